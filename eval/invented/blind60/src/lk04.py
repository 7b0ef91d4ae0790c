from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Russian strikes on Ukraine's grid kill 12 as Ternopil digs out its dead"
TEXT = """CONTINENTAL NEWSWIRE
Home · World · Business · Energy · Ukraine War · Data
UPDATE 4
Russian strikes on Ukraine's grid kill 12 as Ternopil digs out its dead
By Anton Kravets and Lena Borowski
November 13, 2025 · 8:41 PM GMT+2 · Updated 3 hours ago
Adds final toll, Kharkiv background, analyst comment
KYIV, Nov 13 (CNW) - Russia pounded Ukraine's power system and several residential districts with 52 missiles and 431 drones overnight, killing at least nine people and forcing grid operators to cut electricity in much of the country on Thursday, Ukrainian officials said.

Air defences destroyed 41 of the missiles and 402 of the drones, including six missiles and 34 drones over the western Lviv region, where the attack appeared to be aimed at gas storage and power plants, the air force said. Tu-95 bombers fired cruise missiles from the Saratov region and over the Caspian Sea, while the drones were launched from the Kursk and Oryol regions and from Primorsko-Akhtarsk on the Sea of Azov.

The deadliest strike was in Ternopil, where two missiles hit a nine-storey apartment block shortly before 6 a.m. and brought down two of its stairwells. The city council said at midday that five people had been killed. By evening rescuers had recovered two more bodies from the rubble, and the number of wounded stood at 38, including nine children.

"I heard the wall go. Then nothing, just dust, and my daughter calling from the other room," said Taras Hrynyshyn, 44, who climbed out of a third-floor window onto a fire ladder.

In the central city of Dnipro, a missile hit a bus station, killing three people and wounding 14, the regional governor said. Elsewhere in the region, drones damaged a substation in Pavlohrad and a grain elevator in Synelnykove. The hit on the substation also left about 30,000 households without electricity, the regional power company said.

In the Lviv region, drones set fire to a gas facility near Stryi; no one was hurt, the governor said. Across the border, Poland scrambled fighter jets and put its ground-based air defences on alert for as long as the attack on western Ukraine lasted, its operational command said.

In the eastern Kharkiv region, two men were killed when a drone hit their car near Balakliia, police said.

The national grid operator imposed emergency outages in 11 regions on Thursday and said hourly schedules would return on Friday in most of them.

"Every generating company in the country was hit at least once tonight. Some plants were hit for the third time since October," said Olena Vashchuk, a spokeswoman for the operator.

Russia's defence ministry said it had carried out a "massive strike with high-precision long-range weapons" on energy facilities serving Ukraine's defence industry and that all designated targets had been hit.

It was the third large attack on the energy system in a month. Last Saturday, Nov. 8, a combined missile and drone strike on Kharkiv killed four people in the city's Kholodnohirskyi district.

"Russia is now hitting the same plants again before the repairs are finished. That is a strategy of exhaustion, and it works best in November," said Marek Vondracek, an energy security analyst at the Centre for Eastern Energy Studies in Prague.

By Thursday evening, the national death toll had risen to 12, the interior ministry said, up from nine in the morning.
Reporting by Anton Kravets in Kyiv and Lena Borowski in Warsaw; additional reporting by Yurii Sas in Ternopil; Editing by Clare Whitlock
Our Standards: The CNW Trust Principles
"""
DOC = {"id": "lk04", "date": "2025-11-13", "source": "Continental Newswire (CNW, international wire, full story)",
       "url": "https://cnwire.example/world/europe/russian-strikes-ukraine-grid-ternopil-2025-11-13", "text": TEXT}

D = "2025-11-13"
W1, I1 = "lk04-1", "lk04-2"
AF = "Ukrainian Air Force"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", fat=N(12), claimant=AF,
      weapons=[W("missile", launched=N(52)), W("drone", launched=N(431))],
      evidence="Russia pounded Ukraine's power system and several residential districts with 52 missiles and 431 drones overnight",
      note="the nationwide wave (overnight in a Thursday story = 13 Nov): country precision, typed by the missiles "
           "(types not split: one `missile` entry), 52 + 431; its death toll rises down the page from 'at least nine' "
           "to 'By Thursday evening, the national death toll had risen to 12' -> 12 (the latest figure; it equals the "
           "places' sum: Ternopil 7 + Dnipro 3 + near Balakliia 2)"),
    E(I1, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant=AF,
      weapons=[W("missile", intercepted=N(41)), W("drone", intercepted=N(402))],
      evidence="Air defences destroyed 41 of the missiles and 402 of the drones",
      note="the wave's interception: 41 missiles and 402 drones (the 'including' clause that follows is a region's "
           "share, not the total)"),
    E("lk04-3", INT, D, R("UA-46", "Lviv region"), "UA", "RU", parent=I1, claimant=AF,
      weapons=[W("missile", intercepted=N(6)), W("drone", intercepted=N(34))],
      evidence="including six missiles and 34 drones over the western Lviv region",
      note="'including six missiles and 34 drones over the western Lviv region': a region with its own count inside the "
           "total -> required regional interception (ANNOTATION rule 3)"),
    E("lk04-4", MAS, D, L("Ternopil"), "RU", "UA", parent=W1, fat=N(7), inj=N(38), claimant="Ternopil city council",
      weapons=[W("missile", launched=N(2))],
      evidence="The deadliest strike was in Ternopil, where two missiles hit a nine-storey apartment block shortly before 6 a.m.",
      note="two missiles on an apartment block; toll revised through the day: 'at midday that five people had been "
           "killed' then 'By evening rescuers had recovered two more bodies' -> 7 killed (5 + 2), and 'the number of "
           "wounded stood at 38, including nine children' -> 38 (the children are inside, not a count of their own)"),
    E("lk04-5", MAS, D, L("Dnipro"), "RU", "UA", parent=W1, fat=N(3), inj=N(14), weapons=[W("missile")],
      evidence="In the central city of Dnipro, a missile hit a bus station, killing three people and wounding 14",
      note="a missile on a bus station in Dnipro: 3 k 14 w"),
    E("lk04-6", ADS, D, L("Pavlohrad"), "RU", "UA", parent=W1, weapons=[W("drone")],
      evidence="drones damaged a substation in Pavlohrad and a grain elevator in Synelnykove",
      note="two incidents in one sentence with two places: the Pavlohrad substation is one event (casualties not "
           "stated: absent)"),
    E("lk04-7", DIS, D, L("Pavlohrad"), "RU", "UA", parent="lk04-6",
      evidence="The hit on the substation also left about 30,000 households without electricity",
      note="a follow-up sentence naming no place ('The hit on the substation also left about 30,000 households without "
           "electricity') -> the Pavlohrad outage"),
    E("lk04-8", ADS, D, L("Synelnykove"), "RU", "UA", parent=W1, weapons=[W("drone")],
      evidence="drones damaged a substation in Pavlohrad and a grain elevator in Synelnykove",
      note="the second incident of the same sentence: the grain elevator in Synelnykove, its own event"),
    E("lk04-9", ADS, D, H("Stryi", "near Stryi"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="In the Lviv region, drones set fire to a gas facility near Stryi; no one was hurt, the governor said.",
      note="'drones set fire to a gas facility near Stryi; no one was hurt' -> near X = precision 2, 0/0"),
    E("lk04-10", MOB, D, C("PL", "Poland"), "PL", None,
      evidence="Across the border, Poland scrambled fighter jets and put its ground-based air defences on alert",
      note="'Poland scrambled fighter jets and put its ground-based air defences on alert' -> the scrambling state's "
           "military_mobilization at country precision (blind49 call 9), actor2 null"),
    E("lk04-11", ADS, D, H("Balakliia", "near Balakliia"), "RU", "UA", parent=W1, fat=N(2), weapons=[W("drone")],
      evidence="two men were killed when a drone hit their car near Balakliia, police said",
      note="'two men were killed when a drone hit their car near Balakliia' -> near X = precision 2, 2 k (Balakliia "
           "712926, Kharkiv oblast, not the Poltava village)"),
    E("lk04-12", DIS, D, C("UA", "Ukraine"), "RU", "UA", parent=W1, family=["policy_decision"],
      evidence="The national grid operator imposed emergency outages in 11 regions on Thursday",
      note="'imposed emergency outages in 11 regions on Thursday' -> a nationwide disruption caused by the wave "
           "(blind43 kt16-10; policy accepted); the schedules that 'would return on Friday' are future"),
    E("lk04-13", MAS, "2025-11-08", L("Kharkiv"), "RU", "UA", fat=N(4), weapons=[W("missile"), W("drone")],
      evidence="Last Saturday, Nov. 8, a combined missile and drone strike on Kharkiv killed four people",
      note="background with its own date: 'Last Saturday, Nov. 8' (a Saturday before the Thursday page) -> a recalled "
           "strike, required; combined missile and drone -> typed by the missiles, 4 k; the Kholodnohirskyi district is "
           "the city"),
]
# Not events: the launch areas (the Saratov region, the Caspian Sea, the Kursk and Oryol regions, Primorsko-Akhtarsk);
# the Russian MoD's "massive strike" (the same wave, told by the attacker); schedules that 'would return on Friday'
# (future); 'Some plants were hit for the third time since October' and 'the third large attack … in a month' (counts
# of earlier attacks); the morning toll of nine (a stage of the wave's toll). The dateline 'KYIV, Nov 13 (CNW) -' is not the place of any
# event. Not gold: the MoD's "massive strike with high-precision long-range weapons" (institution, no named speaker).
# Masthead, menu, UPDATE label, byline, date line, update note, reporting/editing line and standards line are furniture.
STATEMENTS = [
    S("Taras Hrynyshyn", "UA", "I heard the wall go. Then nothing, just dust", "resident, Ternopil"),
    S("Olena Vashchuk", "UA", "Every generating company in the country was hit at least once tonight",
      "spokeswoman, national grid operator"),
    S("Marek Vondracek", None, "That is a strategy of exhaustion, and it works best in November",
      "energy security analyst, Centre for Eastern Energy Studies, Prague"),
]
MUST_NOT = ["CONTINENTAL NEWSWIRE", "Home · World · Business · Energy · Ukraine War · Data", "UPDATE 4",
            "By Anton Kravets and Lena Borowski", "November 13, 2025 · 8:41 PM GMT+2 · Updated 3 hours ago",
            "Adds final toll, Kharkiv background, analyst comment",
            "Reporting by Anton Kravets in Kyiv and Lena Borowski in Warsaw; additional reporting by Yurii Sas in "
            "Ternopil; Editing by Clare Whitlock",
            "Our Standards: The CNW Trust Principles"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
