from common import E, L, R, C, N, W, S, gold

TITLE = "Border regions: weekly incident log, 8–14 June"
TEXT = """POGRANICHYE WATCH | independent monitoring of Russia's border regions
English digest · Русская версия · Archive · Support us
Border regions: weekly incident log, 8–14 June
Compiled 14.06.2025
All incidents are as reported by the Belgorod, Kursk and Bryansk governors and the Russian Defence Ministry, who attribute them to the Ukrainian armed forces (VSU). Not independently verified.

08.06 — Shebekino: FPV drone hit a minibus at the bus station. 1 killed, 4 injured.
08.06 — Maslova Pristan (Shebekino disrtict): power substation damaged by shelling, about 1,200 residents without electricity.
08.06 — Shebekino: minibus at the bus station hit by drone (duplicate of the entry above, ignore).
09.06 — Grayvoron: drone dropped an explosive device into the yard of a private house. No one hurt.
10.06 — Belgorod: air defence shot down 3 Vampire MLRS rockets over the city; debris damaged two cars in a courtyard. No casualties.
10.06 — Borisovka: strike on the grounds of an agricultural enterprise, grain storage on fire.
11.06 — Khomutovka (Kursk region): drone attack on the fire station, one firefighter injured.
11.06 — L'gov: drone hit the railway station building; local trains delayed by up to two hours.
12.06 — Pogar (Bryansk region): two shells landed on the outskirts of the town, no casualties.
12.06 — near Sevsk: drone hit a car on the road to the town, the driver was killed.
13.06 — Belgorod regoin, whole day: the governor reported 58 attacks with 112 munitions on 14 settlements; 3 people injured.
14.06 — Kursk region: the Defence Ministry said 12 Ukrainian UAVs were destroyed over the region overnight.
14.06 — Valuyki: debris of a downed drone fell on a school stadium. No casualties.
Correction (13.06): for Shebekino, 08.06, the governor updated the number of injured to 5.

Week total (8–14 June), as reported: 3 killed, 27 injured in the three regions.

Support Pogranichye Watch — 150 roubles a month keeps us going.
Share: Telegram · VK · Copy link
© 2025 Pogranichye Watch. Reposting with a link is welcome.
"""
DOC = {"id": "k07", "date": "2025-06-14", "source": "Pogranichye Watch (English digest)",
       "url": "https://pogranichye-watch.example/en/weekly/2025-06-08-14", "text": TEXT}

FAM = ["air_drone_strike"]
EVENTS = [
    E("k07-1", "air_drone_strike", "2025-06-08", L("Shebekino"), "UA", "RU", fat=N(1), inj=N(5),
      weapons=[W("drone", "FPV")], claimant="Belgorod governor",
      note="header attribution: governors attribute all incidents to the VSU (actor1 UA); the correction raises the "
           "injured to 5 (latest figure wins); the third line of 08.06 is a marked duplicate"),
    E("k07-2", "missile_artillery_strike", "2025-06-08", L("Maslova Pristan"), "UA", "RU", weapons=[W("artillery")],
      note="'Shebekino disrtict' typo; substation damaged by shelling"),
    E("k07-3", "infrastructure_disruption", "2025-06-08", L("Maslova Pristan"), "UA", "RU",
      note="about 1,200 residents without electricity"),
    E("k07-4", "air_drone_strike", "2025-06-09", L("Grayvoron"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")]),
    E("k07-5", "interception", "2025-06-10", L("Belgorod"), "RU", "UA",
      weapons=[W("mlrs", "Vampire", intercepted=N(3))], note="interception: actor1 = the defender"),
    E("k07-6", "missile_artillery_strike", "2025-06-10", L("Belgorod"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("mlrs", "Vampire")], note="debris of the downed rockets damaged two cars: a strike typed by its weapon"),
    E("k07-7", "missile_artillery_strike", "2025-06-10", L("Borisovka"), "UA", "RU", family=FAM,
      note="'strike on the grounds of an agricultural enterprise': weapon unstated"),
    E("k07-8", "air_drone_strike", "2025-06-11", L("Khomutovka"), "UA", "RU", inj=N(1), weapons=[W("drone")]),
    E("k07-9", "air_drone_strike", "2025-06-11", L("Lgov", 1, "L'gov"), "UA", "RU", weapons=[W("drone")]),
    E("k07-10", "infrastructure_disruption", "2025-06-11", L("Lgov", 1, "L'gov"), "UA", "RU",
      note="local trains delayed by up to two hours (blind9 call 11: train delays caused by an attack)"),
    E("k07-11", "missile_artillery_strike", "2025-06-12", L("Pogar", 2, "outskirts of Pogar"), "UA", "RU", fat=N(0),
      inj=N(0), weapons=[W("artillery", launched=N(2))]),
    E("k07-12", "air_drone_strike", "2025-06-12", L("Sevsk", 2, "near Sevsk"), "UA", "RU", fat=N(1),
      weapons=[W("drone")]),
    E("k07-13", "missile_artillery_strike", "2025-06-13", R("RU-BEL", "Belgorod region"), "UA", "RU", agg=True,
      inj=N(3), family=FAM, weapons=[W("mixed", launched=N(112))],
      note="the governor's whole-day tally (58 attacks, 112 munitions, 14 settlements): aggregate of one day; typo 'regoin'"),
    E("k07-14", "interception", "2025-06-14", R("RU-KRS", "Kursk region"), "RU", "UA",
      weapons=[W("drone", intercepted=N(12))], claimant="Russian Defence Ministry", note="'overnight' = 14 June"),
    E("k07-15", "air_drone_strike", "2025-06-14", L("Valuyki"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone; no counted interception over Belgorod region that day"),
    E("k07-16", "air_drone_strike", "2025-06-08", C("RU", "Russia (Belgorod, Kursk, Bryansk regions)"), "UA", "RU",
      prec="week", end="2025-06-14", agg=True, fat=N(3), inj=N(27), optional=True, family=["missile_artillery_strike"],
      note="week total over three regions: optional aggregate (country level)"),
]
STATEMENTS = []
MUST_NOT = [
    "POGRANICHYE WATCH | independent monitoring of Russia's border regions",
    "English digest · Русская версия · Archive · Support us",
    "Compiled 14.06.2025",
    "Support Pogranichye Watch — 150 roubles a month keeps us going.",
    "Share: Telegram · VK · Copy link",
    "© 2025 Pogranichye Watch. Reposting with a link is welcome.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
