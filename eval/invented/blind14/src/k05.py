from common import E, L, R, C, N, W, S, gold

TITLE = "Security situation in Kharkiv region as of 8:00 on 16 September"
TEXT = """KHARKIV REGIONAL MILITARY ADMINISTRATION
Official website · Version for the visually impaired · УКР | ENG
Home / News / Security situation
Security situation in Kharkiv region as of 8:00 on 16 September
16.09.2024 08:40 | Press service | Views: 2,431

Over the past day, the occupiers struck 19 settlements of the region. In total, 2 people were killed and 11 were injured.

Kharkiv. At 23:40 an enemy guided aerial bomb hit the Nemyshlianskyi district; a logistics warehouse burned down. Two men, 34 and 51, were injured.

Kupiansk. In the afternoon a drone attacked the city centre: a shop and three cars were damaged, a 62-year-old woman was injured.

Kupiansk district. The village of Kurylivka came under artillery and MLRS fire. A 70-year-old man was killed.

Chuhuiv district. In Staryi Saltiv, an FPV drone hit a car; the driver, 45, was injured.

Kharkiv district. In Tsyrkuny a private house was damaged by a strike; no one was injured. In Cherkaski Tyshky a guided aerial bomb destroyed a farm building. No casualties.

Bohodukhiv district. In Bohodukhiv, debris of a downed drone damaged the roof of a kindergarten. No casualties.

Izium district. In Borova, a 59-year-old man was killed by an explosive device dropped from a drone while he was working in his garden.

Air defence: overnight, 6 of the 9 Shahed drones that attacked the region were shot down.

Front line: the enemy tried to advance near Vovchansk and Lyptsi. Fighting continues.

Correction to yesterday's summary: the woman injured in Zolochiv on 14 September is 41 years old, not 14.

Evacuation from the Kupiansk direction continues: 112 people, including 17 children, left over the past day.

ALERT: High threat of guided bomb strikes on Kharkiv and border districts. Do not ignore air raid alerts.

Print · Share: Facebook | Telegram | X
Other news: Kharkiv district schools stay online until October
© Kharkiv Regional Military Administration, 2024. Use of materials requires a link to the source.
"""
DOC = {"id": "k05", "date": "2024-09-16", "source": "Kharkiv Regional Military Administration (website)",
       "url": "https://kharkiv-rma.example/news/security-situation-2024-09-16", "text": TEXT}

D, Y = "2024-09-16", "2024-09-15"
FAM = ["air_drone_strike"]
EVENTS = [
    E("k05-1", "missile_artillery_strike", Y, R("UA-63", "Kharkiv region"), "RU", "UA", prec="range", end=D, agg=True,
      fat=N(2), inj=N(11), family=FAM, note="past-day regional tally: 19 settlements, 2 killed, 11 injured (aggregate)"),
    E("k05-2", "air_drone_strike", Y, L("Kharkiv", 1, "Kharkiv, Nemyshlianskyi district"), "RU", "UA", inj=N(2),
      weapons=[W("guided_bomb")], parent="k05-1",
      note="'At 23:40' inside the 24 hours ending 08:00 on Monday 16 Sep = Sunday 15 Sep"),
    E("k05-3", "air_drone_strike", Y, L("Kupiansk"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="k05-1",
      note="'In the afternoon' of the past day = 15 Sep"),
    E("k05-4", "missile_artillery_strike", Y, L("Kurylivka"), "RU", "UA", prec="range", end=D, fat=N(1),
      weapons=[W("artillery"), W("mlrs")], parent="k05-1", note="past-day line without an hour: range, not aggregate"),
    E("k05-5", "air_drone_strike", Y, L("Staryi Saltiv"), "RU", "UA", prec="range", end=D, inj=N(1),
      weapons=[W("drone", "FPV")], parent="k05-1"),
    E("k05-6", "missile_artillery_strike", Y, L("Tsyrkuny"), "RU", "UA", prec="range", end=D, fat=N(0), inj=N(0),
      family=FAM, parent="k05-1", note="'damaged by a strike': weapon unstated; 'no one was injured' = 0/0"),
    E("k05-7", "air_drone_strike", Y, L("Cherkaski Tyshky"), "RU", "UA", prec="range", end=D, fat=N(0), inj=N(0),
      weapons=[W("guided_bomb")], parent="k05-1"),
    E("k05-8", "air_drone_strike", D, L("Bohodukhiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone; dated with the overnight interception (16 Sep; ±1 day covers the past day)"),
    E("k05-9", "air_drone_strike", Y, L("Borova"), "RU", "UA", prec="range", end=D, fat=N(1), weapons=[W("drone")],
      parent="k05-1", note="explosive dropped from a drone; Borova of Izium district (711623)"),
    E("k05-10", "interception", D, R("UA-63", "Kharkiv region"), "UA", "RU",
      weapons=[W("drone", "Shahed", launched=N(9), intercepted=N(6))], note="'overnight, 6 of the 9 Shahed drones'"),
    E("k05-11", "air_drone_strike", D, R("UA-63", "Kharkiv region"), "RU", "UA", optional=True,
      weapons=[W("drone", "Shahed", launched=N(9))], note="the drone attack on the region as a strike: optional "
                                                         "(blind12 call 5)"),
    E("k05-12", "armed_clash", Y, L("Vovchansk", 2, "near Vovchansk"), "RU", "UA", prec="range", end=D,
      note="'the enemy tried to advance near Vovchansk and Lyptsi. Fighting continues.'"),
    E("k05-13", "armed_clash", Y, L("Lyptsi", 2, "near Lyptsi"), "RU", "UA", prec="range", end=D),
    E("k05-14", "missile_artillery_strike", "2024-09-14", L("Zolochiv"), "RU", "UA", optional=True, inj=N(1),
      family=FAM, note="known only from the correction note ('the woman injured in Zolochiv on 14 September'): a "
                       "recalled event of the previous summary, weapon unknown; Zolochiv of Kharkiv region (686895)"),
]
STATEMENTS = []
MUST_NOT = [
    "KHARKIV REGIONAL MILITARY ADMINISTRATION",
    "Official website · Version for the visually impaired · УКР | ENG",
    "Home / News / Security situation",
    "16.09.2024 08:40 | Press service | Views: 2,431",
    "Print · Share: Facebook | Telegram | X",
    "Other news: Kharkiv district schools stay online until October",
    "© Kharkiv Regional Military Administration, 2024. Use of materials requires a link to the source.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
