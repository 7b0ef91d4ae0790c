from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS

TITLE = "Ukrainian drones set Syzran refinery ablaze; Samara airport halts flights"
TEXT = """BNPA · BALTIC-NORDIC PRESS AGENCY
Latest | Nordics | Baltics | Europe | Energy | Markets
ENERGY · RUSSIA · UKRAINE
Ukrainian drones set Syzran refinery ablaze; Samara airport halts flights
17.03.2026 12:31 CET · 3 min read
SAMARA, March 17 (BNPA) – Ukrainian drones struck the Syzran oil refinery in Russia's Samara region overnight, starting a fire that took several hours to put out, the regional governor said on Tuesday. Nobody was hurt, he said, describing the site only as "an industrial facility".

A source in Ukraine's SBU security service told BNPA that the service's long-range drones had hit the refinery's primary processing unit. It was the fourth strike on the plant since last August, the source said.

Russia's Defence Ministry said its air defences had destroyed 84 Ukrainian drones over nine regions overnight, among them 21 over the Samara region and 17 over the Saratov region. Drones were also shot down over the Bryansk and Voronezh regions, the ministry said, without giving figures.

In the city of Saratov, debris from a downed drone fell on a residential street, injuring two people, the Saratov regional governor said.

Kurumoch airport, which serves Samara, suspended flights for more than five hours and 14 departures were delayed, the aviation authority Rosaviatsia said.

Ukraine has stepped up its attacks on Russian refineries since last summer, arguing that the fuel they produce feeds Russia's war. "The price of Russian diesel is now partly set in Kyiv," said Ingrid Solheim, an oil market analyst at Nordic Risk Desk in Oslo. The Kremlin spokesman said Russia would respond to what he called terrorist attacks.
BNPA / Reporting by Kaja Lindholm; editing by Per Aasen
More on Energy: Norway's gas exports hit a winter record
© BNPA 2026. All rights reserved. Republication requires written permission.
"""
DOC = {"id": "ky11", "date": "2026-03-17", "source": "BNPA Baltic-Nordic Press Agency (newswire)",
       "url": "https://bnpa.example/energy/2026/03/17/syzran-refinery-drones", "text": TEXT}

D = "2026-03-17"
EVENTS = [
    E("ky11-1", ADS, D, L("Syzran"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Ukrainian drones struck the Syzran oil refinery … overnight' (Tuesday wire = 17 Mar); the governor's "
           "'industrial facility' and the SBU source's hit on the processing unit are one event; 'Nobody was hurt' = "
           "0/0; 'the fourth strike … since last August' is history"),
    E("ky11-2", INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(84))],
      claimant="Russian Defence Ministry", note="'destroyed 84 Ukrainian drones over nine regions overnight'"),
    E("ky11-3", INT, D, R("RU-SAM", "Samara region"), "RU", "UA", parent="ky11-2",
      weapons=[W("drone", intercepted=N(21))], note="'21 over the Samara region' (required)"),
    E("ky11-4", INT, D, R("RU-SAR", "Saratov region"), "RU", "UA", parent="ky11-2",
      weapons=[W("drone", intercepted=N(17))], note="'17 over the Saratov region' (required)"),
    E("ky11-5", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="ky11-2", optional=True,
      weapons=[W("drone")], note="'also shot down over the Bryansk and Voronezh regions … without giving figures': "
      "listed regions -> optional"),
    E("ky11-6", INT, D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent="ky11-2", optional=True,
      weapons=[W("drone")], note="listed without a figure -> optional"),
    E("ky11-7", ADS, D, L("Saratov"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="debris of a downed drone on a residential street in Saratov, 2 injured: a debris strike (overnight)"),
    E("ky11-8", DIS, D, H("Samara", "Kurumoch airport, Samara"), None, None,
      note="'Kurumoch airport, which serves Samara, suspended flights for more than five hours': airport restriction, "
           "sides null (blind38/41 convention); the airport lies outside the city -> precision 2 at Samara"),
    E("ky11-9", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole: optional (blind37 call 5)"),
]
# Not events: 'the fourth strike on the plant since last August' and attacks 'stepped up … since last summer'
# (history, trend); the analyst's quote (statement); the Kremlin spokesman's 'would respond' (future, title-only);
# the governor's 'an industrial facility' (a fragment of his claim); the 'More on Energy' headline (furniture).
STATEMENTS = [
    S("Ingrid Solheim", None, "The price of Russian diesel is now partly set in Kyiv", "oil market analyst, Nordic Risk Desk"),
]
MUST_NOT = ["BNPA · BALTIC-NORDIC PRESS AGENCY", "Latest | Nordics | Baltics | Europe | Energy | Markets",
            "ENERGY · RUSSIA · UKRAINE", "17.03.2026 12:31 CET · 3 min read",
            "BNPA / Reporting by Kaja Lindholm; editing by Per Aasen",
            "More on Energy: Norway's gas exports hit a winter record",
            "© BNPA 2026. All rights reserved. Republication requires written permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
