from common import E, L, R, C, N, W, S, gold

TITLE = "Incident log · Week 25 (14–20 June 2022)"
TEXT = """OPEN HARM LEDGER
Map | Incident log | Methodology | Data downloads | About | Contact
Incident log · Week 25 (14–20 June 2022)
Last updated: 21 June 2022, 17:40 UTC · Compiled by the OHL verification team
Download this week's data (CSV, GeoJSON)
Content warning: some linked footage shows injured and dead people.

Entries are compiled from verified open-source material (photos, videos, official statements) and are listed by the date of the incident. Unless stated otherwise, incidents are attributed to Russian forces. Casualty figures are those reported at the time of verification and may change.

14 June
Kharkiv, Saltivskyi district: Residential building hit by shelling, 3 dead, 5 injured.
Sloviansk: Central market damaged, reportedly by rocket artillery.
Mykolaiv: Strike on a school; no casualties reported.

15 June
Chuhuiv: Bus depot damaged, reportedly by artillery.
Lysychansk: Humanitarian aid point hit while residents queued for water; 4 dead (unconfirmed).
Kramatorsk: Kindergarden destroyed by missile strike overnight; no casualties reported.

16 June
Nikopol: Power line and gas pipeline damaged by MLRS fire; parts of the city without electricity.
Kryvyi Rih district, Zelenodolsk: Grain storage destroyed by strike; 1 worker injured.

17 June
Odesa region: Agricultural warehouse destroyed by cruise missile, 2 injured.
Siversk: Several houses destroyed by shelling, 2-3 killed.

18 June
Bakhmut: Apartment block hit, 1 dead.
Kharkiv, Industrialnyi district: Tram depot set on fire by cluster munitions; no casualties reported.

19 June
Ochakiv: Two-storey residential building destroyed by shelling, 1 dead, 2 injured.
Avdiivka: Coke plant administration building struck; 1 worker killed.

20 June
Donetsk, Kyivskyi district: Bus stop hit by shelling, 2 dead. Responsibility could not be established.
Zolochiv (Kharkiv region): Hospital damaged by strike; up to 3 injured.
Bashtanka district: Farmer killed by an anti-tank mine while ploughing; the field had been mined by Russian forces during the spring.

Logged this week: 17 incidents, at least 15 civilians killed.

Report an incident or send us footage: verify@openharmledger.example
Was this useful? Our verification work is funded by readers. Support OHL
Data licensed CC BY 4.0 · © 2022 Open Harm Ledger
"""
DOC = {"id": "p06", "date": "2022-06-21", "source": "Open Harm Ledger",
       "url": "https://openharmledger.example/log/2022-w25", "text": TEXT}

FAM = ["air_drone_strike"]
EVENTS = [
    E("p06-1", "missile_artillery_strike", "2022-06-14", L("Kharkiv", 1, "Kharkiv, Saltivskyi district"), "RU", "UA",
      fat=N(3), inj=N(5), weapons=[W("artillery")], note="city district coded to the city; attribution by the header"),
    E("p06-2", "missile_artillery_strike", "2022-06-14", L("Sloviansk"), "RU", "UA", weapons=[W("mlrs")],
      note="'reportedly by rocket artillery'; casualties not given (absent)"),
    E("p06-3", "missile_artillery_strike", "2022-06-14", L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0), family=FAM,
      note="'Strike' without weapon (rule 4); 'no casualties reported' = 0/0"),
    E("p06-4", "missile_artillery_strike", "2022-06-15", L("Chuhuiv"), "RU", "UA", weapons=[W("artillery")]),
    E("p06-5", "missile_artillery_strike", "2022-06-15", L("Lysychansk"), "RU", "UA", fat=N(4), family=FAM,
      note="'hit', weapon unstated; Luhansk oblast UA-09"),
    E("p06-6", "missile_artillery_strike", "2022-06-15", L("Kramatorsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], note="'overnight' on a 15 June line = 15 June"),
    E("p06-7", "missile_artillery_strike", "2022-06-16", L("Nikopol"), "RU", "UA", weapons=[W("mlrs")]),
    E("p06-8", "infrastructure_disruption", "2022-06-16", L("Nikopol"), "RU", "UA",
      note="parts of the city without electricity"),
    E("p06-9", "missile_artillery_strike", "2022-06-16", L("Zelenodolsk"), "RU", "UA", inj=N(1), family=FAM,
      note="'Kryvyi Rih district, Zelenodolsk': the named settlement (precision 1), not the district"),
    E("p06-10", "missile_artillery_strike", "2022-06-17", R("UA-51", "Odesa region"), "RU", "UA", inj=N(2),
      weapons=[W("cruise_missile")]),
    E("p06-11", "missile_artillery_strike", "2022-06-17", L("Siversk"), "RU", "UA", fat=N(2, "at_least", high=3),
      weapons=[W("artillery")], note="'2-3 killed': low 2, high 3, best the lower figure"),
    E("p06-12", "missile_artillery_strike", "2022-06-18", L("Bakhmut"), "RU", "UA", fat=N(1), family=FAM),
    E("p06-13", "missile_artillery_strike", "2022-06-18", L("Kharkiv", 1, "Kharkiv, Industrialnyi district"), "RU",
      "UA", fat=N(0), inj=N(0), family=FAM,
      note="cluster munitions (delivered by rockets or shells): missile_artillery_strike, air accepted"),
    E("p06-14", "missile_artillery_strike", "2022-06-19", L("Ochakiv"), "RU", "UA", fat=N(1), inj=N(2),
      weapons=[W("artillery")]),
    E("p06-15", "missile_artillery_strike", "2022-06-19", L("Avdiivka"), "RU", "UA", fat=N(1), family=FAM),
    E("p06-16", "missile_artillery_strike", "2022-06-20", L("Donetsk", 1, "Donetsk, Kyivskyi district"), None, None,
      fat=N(2), weapons=[W("artillery")], note="'Responsibility could not be established': both sides null"),
    E("p06-17", "missile_artillery_strike", "2022-06-20", L("Zolochiv-Kh"), "RU", "UA", inj=N(3, "at_most"),
      family=FAM, note="Kharkiv-region Zolochiv (the text says so), not the Lviv-region town; 'up to 3' = at_most"),
    E("p06-18", "remote_explosive", "2022-06-20", L("Bashtanka", 2, "Bashtanka district"), "RU", "UA", fat=N(1),
      note="landmine laid earlier by Russian forces; the explosion is dated 20 June"),
    E("p06-19", "missile_artillery_strike", "2022-06-14", C("UA", "Ukraine"), "RU", "UA", prec="week",
      end="2022-06-20", agg=True, fat=N(15, "at_least"), family=FAM, optional=True,
      note="weekly log total: optional"),
]
STATEMENTS = []
MUST_NOT = [
    "OPEN HARM LEDGER",
    "Map | Incident log | Methodology | Data downloads | About | Contact",
    "Last updated: 21 June 2022, 17:40 UTC · Compiled by the OHL verification team",
    "Download this week's data (CSV, GeoJSON)",
    "Content warning: some linked footage shows injured and dead people.",
    "Report an incident or send us footage: verify@openharmledger.example",
    "Was this useful? Our verification work is funded by readers. Support OHL",
    "Data licensed CC BY 4.0 · © 2022 Open Harm Ledger",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
