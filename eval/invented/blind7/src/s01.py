from common import E, L, R, C, N, W, S, gold

TITLE = "Russia fires dozens of cruise missiles at Ukraine, hitting industry and power grid"
TEXT = """CONSOLIDATED PRESS
World · Europe · Ukraine crisis
Russia fires dozens of cruise missiles at Ukraine, hitting industry and power grid
By Tomasz Weller and Olha Kravchenko
February 16, 2023 11:42 AM GMT+2 · Updated 3 hours ago
Share on Facebook · Share on Twitter · Email this article

KYIV, Feb 16 (CP) - Russia fired 36 cruise missiles at Ukraine overnight and early on Thursday, striking industrial and energy sites from the Lviv region near the Polish border to the Dnipropetrovsk region in the east, Ukrainian officials said.

Ukraine's air force said its air defences had destroyed 16 of the missiles, Kh-101 and Kh-555 types launched from strategic bombers over the Caspian Sea and from the Black Sea. The bombers took off from an airfield in southern Russia shortly after midnight, the air force said.

"The enemy again tried to break through our air defence by sending missiles in small groups along winding routes," air force spokesman Oleksandr Shypko told national television. "Not all of them could be stopped."

In the central city of Kremenchuk, a missile struck an industrial enterprise, killing one worker and wounding three others, said Serhiy Vlasenko, governor of the Poltava region. A fire broke out at the site and was put out by mid-morning, he said.

A missile also hit a factory in Novomoskovsk, in the Dnipropetrovsk region, injuring eight people, two of them seriously, regional officials said.

In the west, a critical infrastructure facility in the Stryi district of the Lviv region was hit. No one was injured, Lviv governor Roman Hnatyshyn wrote on Telegram, but parts of the town of Stryi were left without electricity.

In Kharkiv, two S-300 missiles fired from Russia's Belgorod region hit an infrastructure facility on the city's outskirts early on Thursday, the regional governor said. There were no casualties.

Two missiles were shot down over the Kirovohrad region, the local administration said. Air defence units were also active over the Kyiv region.

Grid operator Ukrenergo said it was applying emergency power cuts in most regions on Thursday to balance the system after the attack. "The situation is difficult but under control," the company said in a statement.

The Russian Defence Ministry said its forces had delivered "a massive strike with high-precision long-range weapons" on facilities of Ukraine's military-industrial complex and that all assigned targets had been hit.

Russia has been striking Ukraine's energy system with missiles and drones since October, causing rolling blackouts across the country during the winter. Kyiv has asked Western allies for more air defence systems and fighter jets, and officials have warned that further large attacks could follow in the coming weeks.

Read more:
Ukraine says power system holding after winter of attacks
EU agrees tenth package of sanctions? Not yet, diplomats say

Reporting by Tomasz Weller and Olha Kravchenko; Additional reporting by Mark Lindqvist in Moscow; Editing by Janet Orr
Our Standards: The Consolidated Press Trust Principles.
"""
DOC = {"id": "s01", "date": "2023-02-16", "source": "Consolidated Press (wire)",
       "url": "https://www.conspress.example/world/europe/russia-fires-dozens-cruise-missiles-ukraine-2023-02-16/", "text": TEXT}

D = "2023-02-16"
EVENTS = [
    E("s01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", "Kh-101", launched=N(36))], claimant="Ukrainian air force",
      note="Kh-101 and Kh-555; launch areas (Caspian, Black Sea, airfield in southern Russia) are not targets"),
    E("s01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("cruise_missile", intercepted=N(16))],
      claimant="Ukrainian air force"),
    E("s01-3", "missile_artillery_strike", D, L("Kremenchuk"), "RU", "UA", fat=N(1), inj=N(3),
      weapons=[W("cruise_missile")], parent="s01-1", claimant="Serhiy Vlasenko"),
    E("s01-4", "missile_artillery_strike", D, L("Novomoskovsk"), "RU", "UA", inj=N(8), weapons=[W("cruise_missile")],
      parent="s01-1", claimant="regional officials"),
    E("s01-5", "missile_artillery_strike", D, L("Stryi", 2, "Stryi district"), "RU", "UA", fat=N(0), inj=N(0),
      parent="s01-1", claimant="Roman Hnatyshyn", family=["air_drone_strike"],
      note="'was hit' in the missile-wave report; casualties: 'No one was injured' (deaths not stated; 0 read as no casualties)"),
    E("s01-6", "infrastructure_disruption", D, L("Stryi"), "RU", "UA", claimant="Roman Hnatyshyn"),
    E("s01-10", "missile_artillery_strike", D, L("Kharkiv", 2, "outskirts of Kharkiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile", "S-300", launched=N(2))], claimant="Kharkiv regional governor",
      note="S-300 from the Belgorod region (launch area, not target); not counted in the 36 cruise missiles: no parent"),
    E("s01-7", "interception", D, R("UA-35", "Kirovohrad region"), "UA", "RU", weapons=[W("cruise_missile", intercepted=N(2))],
      claimant="local administration"),
    E("s01-8", "interception", D, R("UA-32", "Kyiv region"), "UA", "RU", optional=True,
      note="region merely listed ('also active'), no count"),
    E("s01-9", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrenergo",
      note="emergency power cuts in most regions today"),
]
STATEMENTS = [
    S("Oleksandr Shypko", "UA", "sending missiles in small groups along winding routes", "air force spokesman"),
    S("Ukrenergo", "UA", "The situation is difficult but under control"),
    S("Russian Defence Ministry", "RU", "a massive strike with high-precision long-range weapons"),
]
MUST_NOT = ["CONSOLIDATED PRESS", "World · Europe · Ukraine crisis", "By Tomasz Weller and Olha Kravchenko",
            "February 16, 2023 11:42 AM GMT+2 · Updated 3 hours ago",
            "Share on Facebook · Share on Twitter · Email this article", "Read more:",
            "Ukraine says power system holding after winter of attacks",
            "EU agrees tenth package of sanctions? Not yet, diplomats say",
            "Reporting by Tomasz Weller and Olha Kravchenko; Additional reporting by Mark Lindqvist in Moscow; Editing by Janet Orr",
            "Our Standards: The Consolidated Press Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
