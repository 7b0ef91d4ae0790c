from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones set Tuapse oil terminal ablaze, Russia says 118 downed"
TEXT = """Harbourline News
Markets | World | Energy | Europe | Russia-Ukraine
Ukrainian drones set Tuapse oil terminal ablaze, Russia says 118 downed
By Anna Reinholt and Pyotr Salin
November 21, 2025 11:18 AM GMT+3  ·  Updated 34 min ago
4-minute read

MOSCOW/KYIV, Nov 21 (Harbourline) - Ukrainian drones struck the Black Sea port of Tuapse overnight, setting fire to a tanker berth at the oil terminal, while Russia said its air defences had destroyed 118 Ukrainian drones over nine regions, the Black Sea and Crimea.

The regional emergency headquarters in the Krasnodar region said debris from downed drones had fallen on the port and started a fire at one of the berths, injuring two port workers. The fire was put out by 7 a.m., it said. Ukraine's General Staff said its drones had hit "the Tuapse marine terminal and the refinery that supplies the Russian army with fuel".

It was not possible to independently verify either account. The Tuapse refinery, one of the largest on Russia's Black Sea coast, halted processing after a strike in early November, industry sources said at the time.

Russia's defence ministry said 41 of the drones were destroyed over the Krasnodar region, 26 over the Black Sea, 17 over the Rostov region and 12 over Crimea, with the remainder over the Belgorod, Kursk, Bryansk, Voronezh and Volgograd regions.

In Novorossiysk, about 120 km northwest of Tuapse along the coast, debris damaged three apartment buildings in the city's Yuzhny district, Mayor Konstantin Dobrynin said. No one was injured.

The governor of the Rostov region said drones had been shot down over Kamensk-Shakhtinsky, where falling debris sparked a fire at an industrial facility. There were no casualties, he said.

Russia's aviation watchdog Rosaviatsia said it had restricted flights at the airports of Sochi and Gelendzhik for about five hours overnight. Dozens of flights were delayed.

Ukraine's drone forces have been targeting Russian refineries, oil terminals and fuel depots for more than a year in an effort to cut fuel supplies to the army and revenues for the Kremlin's war budget. "Every barrel that does not leave Tuapse is a barrel that does not pay for the next missile," said Andriy Sklyarenko, a spokesman for Ukraine's Unmanned Systems Forces.

Russia, meanwhile, launched 86 drones at Ukraine overnight, the Ukrainian air force said, adding that 61 had been shot down. In the southern port city of Odesa, a drone hit an apartment building in the Kyivskyi district, injuring three people, the regional governor said.

Moscow has called the attacks on its energy infrastructure acts of terrorism and promised a response. "The Kyiv regime's attempts to strike civilian infrastructure will not go unpunished," the Russian foreign ministry said in a statement on Friday, without elaborating.

Analysts say the strikes have taken roughly a sixth of Russia's refining capacity offline at their peak, forcing the government to extend a ban on gasoline exports until the end of the year.

Reporting by Anna Reinholt in Moscow and Pyotr Salin in Kyiv; Writing by Tomas Varga; Editing by Helen Moorcroft
Our Standards: The Harbourline Trust Principles.
Licensing: Purchase reprint rights, opens new tab
Suggested Topics: Energy · Oil · Russia · Ukraine
"""
DOC = {"id": "n08", "date": "2025-11-21", "source": "Harbourline News",
       "url": "https://harbourline.example/world/europe/ukrainian-drones-tuapse-oil-terminal-2025-11-21/", "text": TEXT}

D = "2025-11-21"
EVENTS = [
    E("n08-1", "air_drone_strike", D, L("Tuapse"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Krasnodar regional emergency headquarters; Ukrainian General Staff",
      note="one hit, two versions (debris on the port vs hit on the terminal): one event with two claims "
           "(blind10 call 4); only the Russian side gives a count (2 injured); deaths not stated (absent)"),
    E("n08-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(118))],
      claimant="Russian defence ministry"),
    E("n08-3", "interception", D, R("RU-KDA", "Krasnodar region"), "RU", "UA", weapons=[W("drone", intercepted=N(41))],
      claimant="Russian defence ministry", note="region with a count: required"),
    E("n08-4", "interception", D, C(None, "Black Sea"), "RU", "UA", weapons=[W("drone", intercepted=N(26))],
      optional=True, claimant="Russian defence ministry", note="over the open sea: no country or region; optional"),
    E("n08-5", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", weapons=[W("drone", intercepted=N(17))],
      claimant="Russian defence ministry"),
    E("n08-6", "interception", D, R("UA-43", "Crimea"), "RU", "UA", weapons=[W("drone", intercepted=N(12))],
      claimant="Russian defence ministry", note="occupied Crimea keeps its Ukrainian code UA-43"),
    E("n08-7", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True, note="merely listed"),
    E("n08-8", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True, note="merely listed"),
    E("n08-9", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", optional=True, note="merely listed"),
    E("n08-10", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", optional=True, note="merely listed"),
    E("n08-11", "interception", D, R("RU-VGG", "Volgograd region"), "RU", "UA", optional=True, note="merely listed"),
    E("n08-12", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the Ukrainian attack on Russia as a whole, known through interception counts: optional (blind10 call 3)"),
    E("n08-13", "air_drone_strike", D, L("Novorossiysk", 1, "Novorossiysk, Yuzhny district"), "UA", "RU",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Konstantin Dobrynin",
      note="debris damage; 'No one was injured' = 0/0"),
    E("n08-14", "air_drone_strike", D, L("Kamensk-Shakhtinsky"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Rostov governor", note="debris fire at an industrial facility; 'no casualties' = 0/0"),
    E("n08-15", "infrastructure_disruption", D, L("Sochi"), "UA", "RU", claimant="Rosaviatsia",
      note="airport restrictions, one event per airport (blind9 call 12)"),
    E("n08-16", "infrastructure_disruption", D, L("Gelendzhik"), "UA", "RU", claimant="Rosaviatsia"),
    E("n08-17", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(86))],
      claimant="Ukrainian air force", note="drones-only Russian wave the same night: air_drone_strike parent"),
    E("n08-18", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(61))],
      claimant="Ukrainian air force"),
    E("n08-19", "air_drone_strike", D, L("Odesa", 1, "Odesa, Kyivskyi district"), "RU", "UA", inj=N(3),
      weapons=[W("drone")], parent="n08-17", claimant="Odesa regional governor",
      note="Kyivskyi is a district of Odesa, not Kyiv"),
    E("n08-20", "air_drone_strike", "2025-11-01", L("Tuapse"), "UA", "RU", prec="range", end="2025-11-10",
      optional=True, note="'a strike in early November' recalled: optional"),
    E("n08-21", "policy_decision", None, C("RU", "Russia"), "RU", None, prec="unknown", optional=True,
      note="extension of the gasoline export ban, undated and told as background: optional"),
]
STATEMENTS = [
    S("Ukrainian General Staff", "UA", "the Tuapse marine terminal and the refinery that supplies the Russian army"),
    S("Andriy Sklyarenko", "UA", "Every barrel that does not leave Tuapse", "spokesman, Unmanned Systems Forces"),
    S("Russian Foreign Ministry", "RU", "attempts to strike civilian infrastructure will not go unpunished"),
]
MUST_NOT = [
    "Harbourline News",
    "Markets | World | Energy | Europe | Russia-Ukraine",
    "By Anna Reinholt and Pyotr Salin",
    "November 21, 2025 11:18 AM GMT+3  ·  Updated 34 min ago",
    "4-minute read",
    "Reporting by Anna Reinholt in Moscow and Pyotr Salin in Kyiv; Writing by Tomas Varga; Editing by Helen Moorcroft",
    "Our Standards: The Harbourline Trust Principles.",
    "Licensing: Purchase reprint rights, opens new tab",
    "Suggested Topics: Energy · Oil · Russia · Ukraine",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
