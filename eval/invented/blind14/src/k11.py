from common import E, L, R, C, N, W, S, gold

TITLE = "Weekly sheet 04.10–10.10: Dnipropetrovsk region, Zaporizhzhia, Kherson"
TEXT = """PIVDEN HARM MAP — volunteer civilian-harm log of the south
[Sheet: 2026-W41] [Map view] [Add report] [Methodology]
Weekly sheet 04.10–10.10: Dnipropetrovsk region, Zaporizhzhia, Kherson
Perpetrator: Russian forces unless noted. Figures as of Saturday 10.10, 11:00.
date | place | what happened
04.10 | Nikopol' | FPV drone hit a municipal bus, 2 injured
04.10 | Marganets | Residential building destroyed by shelling, 3 dead
05.10 | Kamianske, Nikopol district | Strike on a residential building, no casualties
05.10 | Kryvyi Rih | Ballistic missile hit an industrial enterprise, 5 injured
05.10 | Kryvyi Rih | ^ same enterprise, city council figures (dup)
06.10 | Dnipro, Shevchenkivskyi district | Shahed hit an office building, fire on 4 floors, 1 kiled 9 injured
06.10 | Pokrovske, Dnipropetrovska obl. | KAB on the village centre, post office and a shop destroyed, 1 injured
07.10 | Zaporozhye, Khortytskyi district | Drone attack, private houses damaged, 1 injured
07.10 | Malokaterynivka | Artillery shelling cut a power line, village without electricity
08.10 | Kherson, Shumenskyi | Drone droped explosive on a woman at a bus stop, she died in hospital
08.10 | Chornobaivka | Grain elevator hit by artillery, fire, no injuries
09.10 | Synelnykove | Railway depot damaged, reportedly by drone, some trains running late
09.10 | ALERT | Nikopol district: RMA warns of heavy shelling tonight, stay in shelters
10.10 | Dnipropetrovsk region | Overnight: air defence downed 14 drones over the region. Energy facility damaged in Pavlohrad district, 11,000 households without power
fix 10.10: Marganets entry is 03.10, not 04.10 (date of the RMA post, not of the strike)
week total (04–10.10): 7 dead, 31 injured
Sheet maintained by volunteers. Corrections via the form.
Last edit: 10.10 11:04 · 1,204 views
"""
DOC = {"id": "k11", "date": "2026-10-10", "source": "Pivden Harm Map (volunteer log)",
       "url": "https://pivdenharm.example/sheets/2026-W41", "text": TEXT}

FAM = ["air_drone_strike"]
EVENTS = [
    E("k11-1", "air_drone_strike", "2026-10-04", L("Nikopol", 1, "Nikopol'"), "RU", "UA", inj=N(2),
      weapons=[W("drone", "FPV")], note="header: 'Perpetrator: Russian forces unless noted'"),
    E("k11-2", "missile_artillery_strike", "2026-10-03", L("Marhanets", 1, "Marganets"), "RU", "UA", fat=N(3),
      weapons=[W("artillery")], note="Russian spelling; the 'fix' line moves the date from 04.10 to 03.10 (the "
                                     "corrected date is gold)"),
    E("k11-3", "missile_artillery_strike", "2026-10-05", L("Kamianske-Nikopol", 1, "Kamianske, Nikopol district"), "RU",
      "UA", fat=N(0), inj=N(0), family=FAM,
      note="the village of Nikopol district (706966), not the city of Kamianske (709932) in the same oblast"),
    E("k11-4", "missile_artillery_strike", "2026-10-05", L("Kryvyi Rih"), "RU", "UA", inj=N(5),
      weapons=[W("ballistic_missile")], note="the next line ('^ same enterprise … (dup)') is a duplicate"),
    E("k11-5", "air_drone_strike", "2026-10-06", L("Dnipro", 1, "Dnipro, Shevchenkivskyi district"), "RU", "UA",
      fat=N(1), inj=N(9), weapons=[W("drone", "Shahed")],
      note="Dnipro's Shevchenkivskyi district (Kyiv, Kharkiv and Zaporizhzhia have one too); typo 'kiled'"),
    E("k11-6", "air_drone_strike", "2026-10-06", L("Pokrovske-Dn"), "RU", "UA", inj=N(1),
      weapons=[W("guided_bomb")], note="Pokrovske of Dnipropetrovsk oblast (696720, Synelnykove raion), not "
                                       "Pokrovsk (Donetsk) nor the Nikopol-raion Pokrovske"),
    E("k11-7", "air_drone_strike", "2026-10-07", L("Zaporizhzhia", 1, "Zaporozhye, Khortytskyi district"), "RU", "UA",
      inj=N(1), weapons=[W("drone")], note="Russian spelling 'Zaporozhye'; city district coded to the city"),
    E("k11-8", "missile_artillery_strike", "2026-10-07", L("Malokaterynivka"), "RU", "UA", weapons=[W("artillery")]),
    E("k11-9", "infrastructure_disruption", "2026-10-07", L("Malokaterynivka"), "RU", "UA",
      note="power line cut, village without electricity"),
    E("k11-10", "air_drone_strike", "2026-10-08", L("Kherson", 1, "Kherson, Shumenskyi"), "RU", "UA", fat=N(1),
      weapons=[W("drone")], note="microdistrict coded to the city; typo 'droped'; died in hospital = killed"),
    E("k11-11", "missile_artillery_strike", "2026-10-08", L("Chornobaivka"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")], note="'no injuries' = 0/0 (nobody killed either)"),
    E("k11-12", "air_drone_strike", "2026-10-09", L("Synelnykove"), "RU", "UA", weapons=[W("drone")],
      note="'reportedly by drone' taken as the weapon"),
    E("k11-13", "infrastructure_disruption", "2026-10-09", L("Synelnykove"), "RU", "UA", optional=True,
      note="'some trains running late': vague consequence, optional"),
    E("k11-14", "interception", "2026-10-10", R("UA-12", "Dnipropetrovsk region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(14))]),
    E("k11-15", "air_drone_strike", "2026-10-10", L("Pavlohrad", 2, "Pavlohrad district"), "RU", "UA",
      family=["missile_artillery_strike"], note="energy facility damaged in the overnight drone attack (weapon "
                                                "implied by the line, missile accepted)"),
    E("k11-16", "infrastructure_disruption", "2026-10-10", L("Pavlohrad", 2, "Pavlohrad district"), "RU", "UA",
      note="11,000 households without power"),
    E("k11-17", "missile_artillery_strike", "2026-10-04", C("UA", "Ukraine (three southern oblasts)"), "RU", "UA",
      prec="week", end="2026-10-10", agg=True, fat=N(7), inj=N(31), optional=True, family=FAM,
      note="week total: optional aggregate"),
]
STATEMENTS = []
MUST_NOT = [
    "PIVDEN HARM MAP — volunteer civilian-harm log of the south",
    "[Sheet: 2026-W41] [Map view] [Add report] [Methodology]",
    "date | place | what happened",
    "Sheet maintained by volunteers. Corrections via the form.",
    "Last edit: 10.10 11:04 · 1,204 views",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
