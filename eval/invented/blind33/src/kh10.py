from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Chernihiv region in the past 24 hours: 47 attacks on border hromadas"
TEXT = """ЧЕРНІГІВСЬКА ОВА · Chernihiv Regional Military Administration
Main ▾   Security ▾   Reconstruction ▾   Appeals ▾
Chernihiv region in the past 24 hours: 47 attacks on border hromadas
22 April 2025 · 08:20
Over the past day, Russian troops carried out 47 attacks on the border areas of the region, with about 140 explosions recorded. Two civilians were injured.

NOVHOROD-SIVERSKYI RAION
• Semenivka hromada — mortar fire, 14 explosions; a farm building was damaged.
• Novhorod-Siverskyi hromada — an FPV drone hit a car; a man was injured.
• Hremiach — two KAB guided bombs; four houses destroyed, no casualties.
• Novhorod-Siverskyi hromada — mortar fire, 21 explosions (a separate attack in the afternoon; no damage recorded).

KORIUKIVKA RAION
• Kholmy hromada — artillery, 6 explosions.
• Snovsk hromada — a drone dropped an explosive on a farm; two cows killed, no people hurt.
• Koriukivka — at 23:10 yesterday a drone hit an energy facility; part of the town is without power.

CHERNIHIV RAION
• Horodnia hromada — MLRS, 9 explosions; a woman was injured.

Overnight the enemy attacked the region with 7 Shahed drones; air defence destroyed 5 of them. At 02:40 one drone hit a warehouse in Chernihiv's Novozavodskyi district. No one was hurt.

The administration reminds residents of the border hromadas that the 5-kilometre zone along the border remains closed to civilian vehicles.

Information on the consequences is updated as reports come in from the hromadas.
Was this page useful?  Yes · No
Spotted a mistake? Highlight the words and tell us with Ctrl+Enter
"""
DOC = {"id": "kh10", "date": "2025-04-22", "source": "Chernihiv Regional Military Administration (website)",
       "url": "https://cg-ova.example/news/2025-04-22-past-24-hours", "text": TEXT}

D1, D2 = "2025-04-21", "2025-04-22"
A = dict(prec="range", end=D2, parent="kh10-1")
EVENTS = [
    E("kh10-1", MAS, D1, R("UA-74", "Chernihiv region"), "RU", "UA", prec="range", end=D2, agg=True, inj=N(2),
      family=[ADS], note="'Over the past day … 47 attacks … Two civilians were injured' = aggregate range 21-22 Apr, "
                         "parent of the hromada lines"),
    E("kh10-2", MAS, D1, H("Semenivka", "Semenivka hromada"), "RU", "UA", weapons=[W("artillery")], **A,
      note="mortar fire, 14 explosions; Semenivka 694590 of Chernihiv oblast; hromada = precision 2"),
    E("kh10-3", ADS, D1, H("Novhorod-Siverskyi", "Novhorod-Siverskyi hromada"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], **A, note="FPV drone on a car, a man injured"),
    E("kh10-4", ADS, D1, L("Hremiach"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb", "KAB", launched=N(2))],
      **A, note="'Hremiach' named without 'hromada' = the village (precision 1); two KABs, 'no casualties' = 0/0"),
    E("kh10-12", MAS, D1, H("Novhorod-Siverskyi", "Novhorod-Siverskyi hromada"), "RU", "UA", weapons=[W("artillery")],
      **A, note="second Novhorod-Siverskyi line: mortar fire, 21 explosions, 'a separate attack' of another type = "
                "its own event"),
    E("kh10-5", MAS, D1, H("Kholmy", "Kholmy hromada"), "RU", "UA", weapons=[W("artillery")], **A,
      note="artillery, 6 explosions"),
    E("kh10-13", ADS, D1, H("Snovsk", "Snovsk hromada"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      note="drone drop on a farm; 'no people hurt' = 0/0 (the cows are not casualties)"),
    E("kh10-6", ADS, D1, L("Koriukivka"), "RU", "UA", weapons=[W("drone")], parent="kh10-1",
      note="'at 23:10 yesterday a drone hit an energy facility' = 21 Apr (day)"),
    E("kh10-7", DIS, D1, L("Koriukivka"), "RU", "UA", parent="kh10-6", note="'part of the town is without power'"),
    E("kh10-8", MAS, D1, H("Horodnia", "Horodnia hromada"), "RU", "UA", inj=N(1), weapons=[W("mlrs")], **A,
      note="MLRS, a woman injured"),
    E("kh10-9", ADS, D2, R("UA-74", "Chernihiv region"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(7))],
      note="'Overnight the enemy attacked the region with 7 Shahed drones' = 22 Apr, regional wave"),
    E("kh10-10", INT, D2, R("UA-74", "Chernihiv region"), "UA", "RU", weapons=[W("drone", "Shahed", intercepted=N(5))],
      parent="kh10-9", note="'air defence destroyed 5 of them'"),
    E("kh10-11", ADS, D2, L("Chernihiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone", "Shahed")],
      parent="kh10-9", note="'At 02:40 one drone hit a warehouse in Chernihiv's Novozavodskyi district' = the city; "
                            "'No one was hurt' = 0/0"),
]
# Not events: the closed 5-kilometre border zone (a standing rule, no day).
STATEMENTS = []
MUST_NOT = ["ЧЕРНІГІВСЬКА ОВА · Chernihiv Regional Military Administration",
            "Main ▾   Security ▾   Reconstruction ▾   Appeals ▾", "22 April 2025 · 08:20",
            "Was this page useful?  Yes · No", "Spotted a mistake? Highlight the words and tell us with Ctrl+Enter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
