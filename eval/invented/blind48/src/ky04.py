from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Operational situation in the border districts over the past day"
TEXT = """GOVERNMENT OF THE KURSK REGION
Official portal · Официальный портал
Главная / Пресс-центр / Оперативная обстановка
This page has been translated automatically. Show original (Русский)
22 июля 2025, 09:14 · Пресс-служба Губернатора
Operational situation in the border districts over the past day
Over the past day the enemy launched 96 drones against the territory of the Kursk region and fired 57 artillery shells and rockets, the Governor said in his morning address. Two civilians were killed and seven were wounded.

Glushkovsky district. In Tyotkino, at 10:15, an FPV drone of the AFU struck a tractor working in a field; the tractor driver, a 44-year-old man, received shrapnel wounds and was taken to the Kursk regional hospital. In the district centre, Glushkovo, a shell damaged the roof of the House of Culture.

Rylsky district. In the evening the enemy attacked a minibus at the bus station in Rylsk with a drone. A woman born in 1961 died at the scene; three passengers were wounded.

Khomutovsky district. Overnight a heavy multicopter of the "Baba Yaga" type dropped explosives on a private garage in Khomutovka. The garage and two cars burned down. There were no casualties.

Korenevsky district. A 67-year-old resident of Korenevo was killed in his own yard by a kamikaze drone. Three streets of the settlement were left without electricity; repair crews will begin work as soon as the security situation permits.

Lgov. The Kiev regime's formations fired HIMARS rockets at the outskirts of the city, damaging an industrial enterprise. No one was hurt.

Belovsky district. In the village of Belaya two women were wounded by artillery fire; they received medical aid on the spot.

Kurchatov. Debris of a UAV shot down over the city damaged the roof of a five-storey building, and a man was cut by broken glass.

According to the Russian Ministry of Defence, 38 Ukrainian UAVs were intercepted and destroyed over the Kursk region overnight.

In the Sudzhansky district, sappers of the Ministry of Defence continue to clear the territory; 112 explosive objects were removed over the past week. Residents are not yet allowed to return. Since August 2024, more than 350 civilians of the region have been killed by the enemy.

"People in Rylsk know the sound of a drone better than the sound of the church bell now," said Andrei Lukin, head of the Rylsky district. "We ask them not to gather at stops, but the bus is the only way to get to work."
The Governor thanked the air defence crews and said that "not a single family will be left without help".
Hotline of the regional operational headquarters: 122
Share: VK | OK | Telegram | MAX
© 2025 Government of the Kursk Region. All rights reserved. 18+
"""
DOC = {"id": "ky04", "date": "2025-07-22", "source": "Government of the Kursk Region (official portal, machine-translated)",
       "url": "https://kursk-gov.example/press/operational/2025-07-22", "text": TEXT}

D, Y = "2025-07-22", "2025-07-21"
T = "ky04-1"
A = dict(prec="range", end=D, parent=T)  # a paragraph with no hour: the past day
EVENTS = [
    E(T, MAS, Y, R("RU-KRS", "Kursk region"), "UA", "RU", prec="range", end=D, agg=True, fat=N(2), inj=N(7),
      family=[ADS], weapons=[W("drone", launched=N(96)), W("artillery", launched=N(57))],
      note="'Over the past day the enemy launched 96 drones … and fired 57 artillery shells and rockets … Two "
           "civilians were killed and seven were wounded': the governor's past-day tally, aggregate range at region "
           "level, parent of the district paragraphs; attacker UA"),
    E("ky04-2", ADS, Y, L("Tyotkino"), "UA", "RU", inj=N(1), weapons=[W("drone")], parent=T,
      note="'In Tyotkino, at 10:15' in a morning digest = Mon 21 Jul; FPV drone on a tractor, the driver wounded"),
    E("ky04-3", MAS, Y, L("Glushkovo"), "UA", "RU", weapons=[W("artillery")], **A,
      note="'In the district centre, Glushkovo, a shell damaged the roof of the House of Culture': damage only, "
           "casualties not stated; no hour -> past-day range"),
    E("ky04-4", ADS, Y, L("Rylsk"), "UA", "RU", fat=N(1), inj=N(3), weapons=[W("drone")], parent=T,
      note="'In the evening' of the past day (the digest is published on Tuesday morning) = Mon 21 Jul; drone on a "
           "minibus at the Rylsk bus station, 1 killed 3 wounded"),
    E("ky04-5", ADS, D, L("Khomutovka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone", "Baba Yaga")], parent=T,
      note="'Overnight' in a morning digest = 22 Jul; a heavy multicopter dropping explosives is an air_drone_strike; "
           "'There were no casualties' = 0/0"),
    E("ky04-6", ADS, Y, L("Korenevo"), "UA", "RU", fat=N(1), weapons=[W("drone")], **A,
      note="kamikaze drone killed a 67-year-old resident of Korenevo in his yard; no hour -> range"),
    E("ky04-7", DIS, Y, L("Korenevo"), "UA", "RU", prec="range", end=D, parent="ky04-6",
      note="'Three streets of the settlement were left without electricity'; the repair 'will begin … as soon as' is "
           "future"),
    E("ky04-8", MAS, Y, H("Lgov", "outskirts of Lgov"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("mlrs", "HIMARS")], **A,
      note="'fired HIMARS rockets at the outskirts of the city' (the 'Kiev regime's formations' = UA): outskirts -> "
           "precision 2; 'No one was hurt' = 0/0; no hour -> range"),
    E("ky04-9", MAS, Y, L("Belaya"), "UA", "RU", inj=N(2), weapons=[W("artillery")], **A,
      note="'In the village of Belaya two women were wounded by artillery fire' (Belovsky district, Kursk region, "
           "578230); no hour -> range"),
    E("ky04-10", ADS, Y, L("Kurchatov"), "UA", "RU", inj=N(1), weapons=[W("drone")], **A,
      note="debris of a UAV shot down over the city damaged a roof, a man cut by glass = 1 injured (a debris strike "
           "child); no hour -> range"),
    E("ky04-11", INT, Y, L("Kurchatov"), "RU", "UA", optional=True, prec="range", end=D, weapons=[W("drone")],
      note="the UAV 'shot down over the city': an implied interception without a count -> optional"),
    E("ky04-12", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(38))],
      claimant="Russian Ministry of Defence",
      note="'38 Ukrainian UAVs were intercepted and destroyed over the Kursk region overnight' = 22 Jul: a region with "
           "a count (required)"),
]
# Not events: the repair crews that 'will begin work' (future); the Sudzhansky district demining and '112 explosive
# objects … over the past week' (clearance, no attack); 'Residents are not yet allowed to return' (standing order);
# 'Since August 2024, more than 350 civilians … killed' (cumulative); the Governor's thanks and his 'not a single family
# will be left without help' (title-only speaker); the district head's advice (statement). Check of the header:
# killed Rylsk 1, Korenevo 1 = 2; wounded Tyotkino 1, Rylsk 3, Belaya 2, Kurchatov 1 = 7.
STATEMENTS = [
    S("Andrei Lukin", "RU", "know the sound of a drone better than the sound of the church bell",
      "head of the Rylsky district"),
]
MUST_NOT = ["GOVERNMENT OF THE KURSK REGION", "Official portal · Официальный портал",
            "Главная / Пресс-центр / Оперативная обстановка",
            "This page has been translated automatically. Show original (Русский)",
            "22 июля 2025, 09:14 · Пресс-служба Губернатора",
            "Hotline of the regional operational headquarters: 122", "Share: VK | OK | Telegram | MAX",
            "© 2025 Government of the Kursk Region. All rights reserved. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
