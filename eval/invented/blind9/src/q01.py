from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drones kill port guard in Odesa, ballistic missile hits plant south of Kyiv"
TEXT = """Kestrel News Agency
Sections ▾  World  Business  Markets  Climate  Tech  Investigations
Russian drones kill port guard in Odesa, ballistic missile hits plant south of Kyiv
By Irina Moskalenko and Daniel Ostrander
February 11, 2025 · 11:07 AM GMT+2 · Updated an hour ago
~4 min read

KYIV, Feb 11 (Kestrel) - Russia attacked Ukraine overnight with 141 Shahed-type drones, five Iskander-M ballistic missiles and seven Kh-101 cruise missiles, killing a security guard at an Odesa port terminal and wounding three workers at a plant south of the capital, Ukrainian officials said on Tuesday.

Ukraine's air force said its units had shot down 87 of the drones and six of the cruise missiles. Another 41 drones disappeared from radar screens, most of them decoys without warheads, it said. None of the ballistic missiles was intercepted.

"The ballistic missiles remain the hardest part of every attack. We simply do not have enough interceptors for them," air force spokesman Mykyta Savran told a televised briefing.

In the Black Sea port of Odesa, several drones struck a grain terminal shortly before 4 a.m., setting fire to its administrative building. A 44-year-old security guard was killed and four other workers were injured, regional governor Serhiy Lytvak said.

"We will rebuild the terminal, but we cannot bring back the man who was guarding it," Lytvak wrote on Telegram.

A ballistic missile hit an industrial enterprise in Bila Tserkva, about 80 km (50 miles) south of Kyiv, injuring three people, the Kyiv regional military administration said. The strike cut power to part of the city, and grid operator Ukrenergo said households across the Kyiv region would face hourly outages on Wednesday while repairs were made.

In the capital itself, debris from a downed drone fell on the roof of a kindergarten in the Sviatoshynskyi district. The building was empty at the time and no one was hurt, the city administration said.

Air defence units destroyed five drones over the western Lviv region, governor Taras Kobyliak said, adding that falling debris had damaged a warehouse in the Stryi district.

Hours before the attack began, late on Monday, a Russian drone slammed into a five-storey apartment building in the northeastern city of Sumy, killing two people and injuring nine, among them a 15-year-old boy, the city's acting mayor said.

Poland's Operational Command said it had scrambled Polish and allied aircraft early on Tuesday because of the Russian strikes on western Ukraine, and that ground-based air defence and radar systems had reached their highest state of readiness. The aircraft returned to base after about three hours.

Russia's defence ministry said its forces had carried out a massive strike on "enterprises of the military-industrial complex and the port infrastructure used to bring in Western weapons" and that all designated targets had been hit. It did not mention any specific cities.

Russia has launched more than 1,300 drones at Ukraine since the start of February, according to air force figures. Kyiv has asked its allies for at least ten more Patriot batteries, saying that without them it cannot protect both its cities and its energy system. Officials say a new aid package could be announced at a meeting of Western defence ministers next week.

Reporting by Irina Moskalenko in Kyiv and Marta Zielińska in Warsaw; writing by Daniel Ostrander; editing by Philippa Crane
Suggested Topics: Ukraine · Russia · Energy · Air Defence
Kestrel's editorial standards: read how we report
Licensing & reprints, opens new tab
"""
DOC = {"id": "q01", "date": "2025-02-11", "source": "Kestrel News Agency",
       "url": "https://www.kestrelnews.example/world/europe/russian-drones-kill-port-guard-odesa-2025-02-11/", "text": TEXT}

D, Y = "2025-02-11", "2025-02-10"
EVENTS = [
    E("q01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(141)), W("ballistic_missile", "Iskander-M", launched=N(5)),
               W("cruise_missile", "Kh-101", launched=N(7))], claimant="Ukrainian air force",
      note="combined overnight wave: missile-typed parent at country precision with the launched totals"),
    E("q01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(87)), W("cruise_missile", intercepted=N(6))], claimant="Ukrainian air force",
      note="41 drones that 'disappeared from radar' (decoys) are not intercepted; 'None of the ballistic missiles was "
           "intercepted' gives no ballistic entry (blind8 judgment 1)"),
    E("q01-3", "air_drone_strike", D, L("Odesa"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("drone")],
      parent="q01-1", claimant="Serhiy Lytvak", note="grain terminal in the port; 'shortly before 4 a.m.'"),
    E("q01-4", "missile_artillery_strike", D, L("Bila Tserkva"), "RU", "UA", inj=N(3),
      weapons=[W("ballistic_missile")], parent="q01-1", claimant="Kyiv regional military administration"),
    E("q01-5", "infrastructure_disruption", D, L("Bila Tserkva"), "RU", "UA", claimant="Kyiv regional military administration",
      note="power cut to part of the city after the strike"),
    E("q01-6", "infrastructure_disruption", "2025-02-12", R("UA-32", "Kyiv region"), "RU", "UA", claimant="Ukrenergo",
      note="hourly outages scheduled for Wednesday (scheduled restriction, ANNOTATION rule 2)"),
    E("q01-7", "air_drone_strike", D, L("Kyiv", 1, "Kyiv, Sviatoshynskyi district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="q01-1", claimant="Kyiv city administration",
      note="debris of a downed drone on a kindergarten roof; city district = the city (precision 1)"),
    E("q01-8", "interception", D, R("UA-46", "Lviv region"), "UA", "RU", weapons=[W("drone", intercepted=N(5))],
      claimant="Taras Kobyliak"),
    E("q01-9", "air_drone_strike", D, L("Stryi", 2, "Stryi district"), "RU", "UA", weapons=[W("drone")],
      parent="q01-1", claimant="Taras Kobyliak", note="debris damaged a warehouse; raion named after its town: precision 2"),
    E("q01-10", "air_drone_strike", Y, L("Sumy"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("drone")],
      claimant="Sumy acting mayor", note="'late on Monday', before the wave began: not a child of q01-1"),
    E("q01-11", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Polish Operational Command",
      note="scrambled aircraft and air defence readiness; no Polish place named: country precision"),
]
STATEMENTS = [
    S("Mykyta Savran", "UA", "We simply do not have enough interceptors for them", "air force spokesman"),
    S("Serhiy Lytvak", "UA", "we cannot bring back the man who was guarding it", "Odesa regional governor"),
    S("Russian Defence Ministry", "RU", "port infrastructure used to bring in Western weapons"),
]
MUST_NOT = ["Kestrel News Agency", "Sections ▾  World  Business  Markets  Climate  Tech  Investigations",
            "By Irina Moskalenko and Daniel Ostrander", "February 11, 2025 · 11:07 AM GMT+2 · Updated an hour ago",
            "~4 min read",
            "Reporting by Irina Moskalenko in Kyiv and Marta Zielińska in Warsaw; writing by Daniel Ostrander; editing by Philippa Crane",
            "Suggested Topics: Ukraine · Russia · Energy · Air Defence",
            "Kestrel's editorial standards: read how we report", "Licensing & reprints, opens new tab"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
