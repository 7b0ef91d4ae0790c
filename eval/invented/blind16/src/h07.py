from common import E, L, R, C, N, W, S, gold

TITLE = "Energy infrastructure incident register, week 24 (10-16 June 2024)"
TEXT = """GRIDWATCH UA | energy security monitor
Register · Weekly briefs · Data · About · EN | UA
Energy infrastructure incident register, week 24 (10-16 June 2024)
Published 17.06.2024 · Version 1.2 · Rows: 13
Filter: all oblasts ▾ | all site types ▾ | Download .xlsx | API
Sources: grid and plant operators, regional military administrations (RMA), the Air Force. "Attributed to" repeats the source; "—" = the source did not say who attacked.

No | Date | Oblast | Site / settlement | What happened | Supply impact | Attributed to
1 | 10.06 | Kharkiv | Zmiiv TPP | two missiles hit the turbine hall, fire | station output stopped | RU (operator)
2 | 10.06 | Kharkiv | Kharkiv, substation in Kyivskyi district | Shahed drones, transformer destroyed | 23,500 consumers cut for about 9 h | RU (RMA)
3 | 11.06 | Kyiv | Obukhiv district, 330 kV substation | debris of a downed drone, small fire, equipment intact | none | RU (RMA)
4 | 11.06 | Dnipropetrovsk | Kryvyi Rih, substation | missile strike, 2 workers injured | 6,000 households without power | RU (RMA)
5 | 12.06 | Lviv | Dobrotvir TPP | cruise missile hit a power unit | one unit out of operation | RU (operator)
6 | 12.06 | Lviv | Dobrotvir TPP | = row 5 (second report of the same hit, merged) | — | —
7 | 13.06 | Cherkasy | Kaniv HPP | 4 drones shot down on approach, fragments on the dam road, no damage | none | RU (Air Force)
8 | 13.06 | Zaporizhzhia | DniproHES | WITHDRAWN — a March photo re-posted, not a new incident | — | —
9 | 14.06 | Sumy | Okhtyrka CHP | drone hit the boiler house, fire | hot water cut for 12,000 residents | RU (RMA)
10 | 14.06 | Ivano-Frankivsk | Kalush CHP | drone strike, no casualties | no customer impact | RU (RMA)
11 | 15.06 | Donetsk | Kurakhove TPP | shelling, fire in the fuel store, 1 worker killed | station already idle | —
12 | 15.06 | Odesa | Odesa, energy facility | attack, details withheld by the RMA | power cut in parts of two city districts | RU (RMA)
13 | 16.06 | all oblasts | — | grid operator announces household outage schedules from 17.06, up to 8 h a day, citing the generation deficit | nationwide | —

Correction 17.06, 11:30: row 4 happened on the night of 12.06, not on 11.06 (RMA update).

Cite as: GridWatch UA, Energy infrastructure incident register, 2024. Data: CC BY-SA 4.0
Questions and corrections: data@gridwatch-ua.example
Next update: 24.06.2024
"""
DOC = {"id": "h07", "date": "2024-06-17", "source": "GridWatch UA (energy monitoring register)",
       "url": "https://gridwatch-ua.example/register/2024-w24", "text": TEXT}

EVENTS = [
    E("h07-1", "missile_artillery_strike", "2024-06-10", L("Zmiiv", 1, "Zmiiv TPP"), "RU", "UA",
      weapons=[W("missile", launched=N(2))], note="row 1; plant coded to its town (blind14 convention)"),
    E("h07-2", "infrastructure_disruption", "2024-06-10", L("Zmiiv", 1, "Zmiiv TPP"), "RU", "UA", optional=True,
      note="'station output stopped': a plant stopping is no stated consumer outage — optional"),
    E("h07-3", "air_drone_strike", "2024-06-10", L("Kharkiv", 1, "Kharkiv (Kyivskyi district)"), "RU", "UA",
      weapons=[W("drone", "Shahed-136")], note="row 2"),
    E("h07-4", "infrastructure_disruption", "2024-06-10", L("Kharkiv"), "RU", "UA",
      note="row 2: 23,500 consumers cut for about 9 hours"),
    E("h07-5", "air_drone_strike", "2024-06-11", L("Obukhiv", 2, "Obukhiv district"), "RU", "UA", weapons=[W("drone")],
      note="row 3: debris of a downed drone = a strike of the drone type at the place; district named after its town: "
           "precision 2; no casualty figure given (absent); 'none' supply impact = no disruption"),
    E("h07-6", "missile_artillery_strike", "2024-06-12", L("Kryvyi Rih"), "RU", "UA", inj=N(2), weapons=[W("missile")],
      note="row 4; the correction moves it from 11.06 to the night of 12.06 (the latest figure wins)"),
    E("h07-7", "infrastructure_disruption", "2024-06-12", L("Kryvyi Rih"), "RU", "UA",
      note="row 4: 6,000 households without power; dated with its corrected strike"),
    E("h07-8", "missile_artillery_strike", "2024-06-12", L("Dobrotvir", 1, "Dobrotvir TPP"), "RU", "UA",
      weapons=[W("cruise_missile")], note="row 5; row 6 is the merged duplicate: no event"),
    E("h07-9", "infrastructure_disruption", "2024-06-12", L("Dobrotvir", 1, "Dobrotvir TPP"), "RU", "UA", optional=True,
      note="'one unit out of operation': no stated consumer outage — optional"),
    E("h07-10", "interception", "2024-06-13", L("Kaniv", 2, "on approach to the Kaniv HPP"), "UA", "RU",
      weapons=[W("drone", intercepted=N(4))],
      note="row 7: actor1 = the defender; the attack is attributed to RU by the Air Force"),
    E("h07-11", "air_drone_strike", "2024-06-13", L("Kaniv", 2, "Kaniv HPP dam road"), "RU", "UA", optional=True,
      weapons=[W("drone")], note="row 7: fragments fell but did 'no damage' — optional. Row 8 is withdrawn: no event"),
    E("h07-12", "air_drone_strike", "2024-06-14", L("Okhtyrka", 1, "Okhtyrka CHP"), "RU", "UA", weapons=[W("drone")],
      note="row 9"),
    E("h07-13", "infrastructure_disruption", "2024-06-14", L("Okhtyrka"), "RU", "UA",
      note="row 9: hot water cut for 12,000 residents"),
    E("h07-14", "air_drone_strike", "2024-06-14", L("Kalush", 1, "Kalush CHP"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="row 10: 'no casualties' = 0/0; 'no customer impact' = no disruption"),
    E("h07-15", "missile_artillery_strike", "2024-06-15", L("Kurakhove", 1, "Kurakhove TPP"), None, "UA", fat=N(1),
      weapons=[W("artillery")], note="row 11: 'Attributed to' is '—' → actor1 null; 'station already idle' = no outage"),
    E("h07-16", "missile_artillery_strike", "2024-06-15", L("Odesa", 1, "Odesa, energy facility"), "RU", "UA",
      family=["air_drone_strike"], note="row 12: 'attack', weapon not said"),
    E("h07-17", "infrastructure_disruption", "2024-06-15", L("Odesa"), "RU", "UA",
      note="row 12: power cut in parts of two city districts"),
    E("h07-18", "infrastructure_disruption", "2024-06-17", C("UA", "Ukraine"), None, "UA",
      family=["policy_decision"],
      note="row 13: household outage schedules in force from 17.06 (the publication day; announced 16.06) — a "
           "restriction starting today; no attacker named in the row: actor1 null"),
]
STATEMENTS = []
MUST_NOT = ["GRIDWATCH UA | energy security monitor", "Register · Weekly briefs · Data · About · EN | UA",
            "Published 17.06.2024 · Version 1.2 · Rows: 13",
            "Filter: all oblasts ▾ | all site types ▾ | Download .xlsx | API",
            "No | Date | Oblast | Site / settlement | What happened | Supply impact | Attributed to",
            "Cite as: GridWatch UA, Energy infrastructure incident register, 2024. Data: CC BY-SA 4.0",
            "Questions and corrections: data@gridwatch-ua.example", "Next update: 24.06.2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
