from common import E, L, R, C, N, W, S, gold

TITLE = "Civilian harm register — incidents of 1–7 March 2024"
TEXT = """CIVIC HARM WATCH
Register  ·  Map  ·  Methods  ·  Reports  ·  Donate  ·  UA / EN
Civilian harm register — incidents of 1–7 March 2024
Published 8 March 2024 · Register version 3.14 · Next update: 15 March
Export: CSV | XLSX | JSON

How to read this register: each line is one incident, listed by date (day.month) and settlement. All entries below are attributed to Russian forces unless marked "UA" (attributed to Ukrainian forces) or "n/d" (responsible party not determined). Casualty figures are civilians only and reflect what was known at verification.

01.03  Kostiantynivka: Residential building destroyed by shelling, 4 dead.
01.03  Kurakhove: School damaged, reportedly by artillery.
02.03  Selydove: Hospital damaged by guided bomb; 1 dead, 6 injured.
02.03  Kherson, Dniprovskyi district: Bus stop hit by munition dropped from a drone; 2 injured.
03.03  Myrnohrad: Apartment block damaged in strike, weapon unknown; no casualties reported.
03.03  Donetsk, Kuibyshevskyi district: Market shelled, 3 dead, 9 injured. UA
04.03  Chasiv Yar: Several houses destroyed by shelling, 2–4 killed.
04.03  Beryslav: Administrative building hit by guided bomb; up to 5 injured.
05.03  Toretsk: Humanitarain aid point hit by drone, 1 dead.
05.03  Hirnyk: Water pumping station damaged by strike; water supply to the town interrupted.
05.03  Horlivka: Minibus hit by drone, 1 dead, 2 injured. n/d
06.03  Nikopol: Private houses damaged by artillery fire, 1 injured.
06.03  Ukrainsk: Car drove over an anti-tank mine on a field road, 2 dead. n/d
07.03  Pokrovsk: Kindergarten hit, reportedly by S-300 missile; no casualties reported.
07.03  Kurakhove: Electrical substation damaged by shelling; about 3,000 subscribers without electricity.

Incidents this week: 15 · Civilians killed: at least 14 · Civilians injured: 20–25

Corrections? Write to register@civicharmwatch.example — we answer within 48 hours.
Civic Harm Watch is an independent monitoring project. Donate to keep the register open.
Licence: CC BY-SA 4.0 · Civic Harm Watch 2024
"""
DOC = {"id": "n05", "date": "2024-03-08", "source": "Civic Harm Watch",
       "url": "https://civicharmwatch.example/register/2024-03-01_07", "text": TEXT}

FAM = ["air_drone_strike"]
EVENTS = [
    E("n05-1", "missile_artillery_strike", "2024-03-01", L("Kostiantynivka"), "RU", "UA", fat=N(4),
      weapons=[W("artillery")], note="attribution by the register's header (no 'UA'/'n/d' mark)"),
    E("n05-2", "missile_artillery_strike", "2024-03-01", L("Kurakhove"), "RU", "UA", weapons=[W("artillery")],
      note="'reportedly by artillery' taken as the weapon; casualties not given (absent)"),
    E("n05-3", "air_drone_strike", "2024-03-02", L("Selydove"), "RU", "UA", fat=N(1), inj=N(6),
      weapons=[W("guided_bomb")]),
    E("n05-4", "air_drone_strike", "2024-03-02", L("Kherson", 1, "Kherson, Dniprovskyi district"), "RU", "UA",
      inj=N(2), weapons=[W("drone")], note="drone-dropped munition; city district coded to the city"),
    E("n05-5", "missile_artillery_strike", "2024-03-03", L("Myrnohrad"), "RU", "UA", fat=N(0), inj=N(0), family=FAM,
      note="'weapon unknown' (rule 4); 'no casualties reported' = 0/0"),
    E("n05-6", "missile_artillery_strike", "2024-03-03", L("Donetsk", 1, "Donetsk, Kuibyshevskyi district"), "UA",
      None, fat=N(3), inj=N(9), weapons=[W("artillery")],
      note="marked UA: actor1 UA; occupied city, victims' side left null (blind9 call 10)"),
    E("n05-7", "missile_artillery_strike", "2024-03-04", L("Chasiv Yar"), "RU", "UA", fat=N(2, "at_least", high=4),
      weapons=[W("artillery")], note="'2–4 killed': low 2, high 4, best the lower figure (blind10 call 6)"),
    E("n05-8", "air_drone_strike", "2024-03-04", L("Beryslav"), "RU", "UA", inj=N(5, "at_most"),
      weapons=[W("guided_bomb")], note="'up to 5 injured' = at_most 5"),
    E("n05-9", "air_drone_strike", "2024-03-05", L("Toretsk"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="typo 'Humanitarain' in the source line"),
    E("n05-10", "missile_artillery_strike", "2024-03-05", L("Hirnyk"), "RU", "UA", family=FAM,
      note="'damaged by strike': weapon unstated"),
    E("n05-11", "infrastructure_disruption", "2024-03-05", L("Hirnyk"), "RU", "UA",
      note="water supply to the town interrupted"),
    E("n05-12", "air_drone_strike", "2024-03-05", L("Horlivka"), None, None, fat=N(1), inj=N(2), weapons=[W("drone")],
      note="marked n/d: both sides null"),
    E("n05-13", "missile_artillery_strike", "2024-03-06", L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="Nikopol of Dnipropetrovsk oblast (UA-12); a Donetsk-oblast village has the same name"),
    E("n05-14", "remote_explosive", "2024-03-06", L("Ukrainsk", 2, "field road near Ukrainsk"), None, None, fat=N(2),
      note="anti-tank mine, marked n/d: sides null"),
    E("n05-15", "missile_artillery_strike", "2024-03-07", L("Pokrovsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile", "S-300")], note="S-300 against a ground target = missile strike (rule 4)"),
    E("n05-16", "missile_artillery_strike", "2024-03-07", L("Kurakhove"), "RU", "UA", weapons=[W("artillery")]),
    E("n05-17", "infrastructure_disruption", "2024-03-07", L("Kurakhove"), "RU", "UA",
      note="about 3,000 subscribers without electricity"),
    E("n05-18", "missile_artillery_strike", "2024-03-01", C("UA", "Ukraine"), None, None, prec="week",
      end="2024-03-07", agg=True, fat=N(14, "at_least"), inj=N(20, "at_least", high=25), optional=True, family=FAM,
      note="weekly register total (several oblasts, mixed attribution): optional aggregate, country level"),
]
STATEMENTS = []
MUST_NOT = [
    "CIVIC HARM WATCH",
    "Register  ·  Map  ·  Methods  ·  Reports  ·  Donate  ·  UA / EN",
    "Published 8 March 2024 · Register version 3.14 · Next update: 15 March",
    "Export: CSV | XLSX | JSON",
    "Corrections? Write to register@civicharmwatch.example — we answer within 48 hours.",
    "Civic Harm Watch is an independent monitoring project. Donate to keep the register open.",
    "Licence: CC BY-SA 4.0 · Civic Harm Watch 2024",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
