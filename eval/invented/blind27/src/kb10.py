from common import E, L, R, C, N, W, S, gold

TITLE = "Russian troops liberate Shcherbinovka in DPR, air defences down 49 Ukrainian UAVs overnight"
TEXT = """VOLGA PRESS AGENCY
International service in English
22 JAN 2025, 11:20 MSK
Russian troops liberate Shcherbinovka in DPR, air defences down 49 Ukrainian UAVs overnight
Military operation in Ukraine

MOSCOW, January 22. /Volga Press/. Units of the Russian Center battlegroup have liberated the settlement of Shcherbinovka in the Donetsk People's Republic, the Russian Defence Ministry said on Wednesday.

"Through decisive actions, units of the Center battlegroup liberated the settlement of Shcherbinovka of the Donetsk People's Republic," the ministry said in its daily bulletin. According to the ministry, fighting to clear the town of Dzerzhinsk continued, and Russian units repelled three counterattacks by Ukrainian assault groups on its northern outskirts over the past day.

The ministry said air defence systems intercepted and destroyed 49 Ukrainian fixed-wing unmanned aerial vehicles over Russian regions overnight: 20 over the Kursk Region, 12 over the Bryansk Region, 7 over the Belgorod Region, and the rest over the Oryol and Voronezh Regions.

In the Kursk Region, Ukrainian formations attempted to attack in the area of the village of Tetkino in the Glushkovo district, but the attack was repelled, the Defence Ministry said. Up to 30 Ukrainian servicemen and two armoured vehicles were destroyed, it said.

The governor of the Kursk Region said on his Telegram channel that Ukrainian forces shelled the town of Rylsk with HIMARS multiple rocket launchers on Wednesday morning, damaging a school building and a power line. No one was hurt, he said. Part of the town was left without electricity, and repair crews were working to restore supplies.

In the Belgorod Region, a Ukrainian drone attacked a car in the town of Shebekino on Tuesday evening, injuring two men, the regional governor said. Both were taken to the Shebekino central district hospital with shrapnel wounds. The governor said the region had come under attack from 58 drones and 21 shells over the past day.

Since the beginning of the special military operation, Russian air defences have shot down more than 40,000 Ukrainian unmanned aerial vehicles, according to the ministry's running tally.

Earlier, the Russian president said that Moscow remained open to talks with Kyiv, but only on the basis of "realities on the ground". The Kremlin spokesman said on Tuesday that no contacts with the new U.S. administration on Ukraine had yet been scheduled.

Tags: Special military operation, Donetsk People's Republic, Kursk Region, Belgorod Region
Subscribe to Volga Press on Telegram
"""
DOC = {"id": "kb10", "date": "2025-01-22", "source": "Volga Press Agency (Russian state news agency, English)",
       "url": "https://volgapress.example.ru/en/military-operation/2025-01-22-shcherbinovka", "text": TEXT}

D = "2025-01-22"
EVENTS = [
    E("kb10-1", "territory_change", D, L("Shcherbynivka", 1, "Shcherbinovka"), "RU", "UA", claimant="Russian MoD",
      note="MoD 'liberated' claim in the Wednesday bulletin = territory_change dated the claim's day; Russian spelling "
           "Shcherbinovka = Shcherbynivka (694290)"),
    E("kb10-2", "armed_clash", "2025-01-21", L("Toretsk", 1, "Dzerzhinsk"), "RU", "UA", prec="range", end=D,
      note="'fighting to clear the town of Dzerzhinsk continued' over the daily bulletin's day: Dzerzhinsk = Toretsk "
           "(Russian name), past-day range (blind16 call 2)"),
    E("kb10-3", "armed_clash", "2025-01-21", L("Toretsk", 2, "northern outskirts of Dzerzhinsk"), "UA", "RU",
      prec="range", end=D, optional=True,
      note="three Ukrainian counterattacks repelled 'on its northern outskirts over the past day': the same fight seen "
           "from the other side (actor1 UA): optional duplicate of kb10-2"),
    E("kb10-4", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(49))],
      note="49 UAVs 'over Russian regions overnight'"),
    E("kb10-5", "interception", D, R("RU-KRS", "Kursk Region"), "RU", "UA", weapons=[W("drone", intercepted=N(20))],
      note="per-region count: required"),
    E("kb10-6", "interception", D, R("RU-BRY", "Bryansk Region"), "RU", "UA", weapons=[W("drone", intercepted=N(12))],
      note="per-region count: required"),
    E("kb10-7", "interception", D, R("RU-BEL", "Belgorod Region"), "RU", "UA", weapons=[W("drone", intercepted=N(7))],
      note="per-region count: required"),
    E("kb10-8", "interception", D, R("RU-ORL", "Oryol Region"), "RU", "UA", optional=True,
      note="'the rest over the Oryol and Voronezh Regions': merely listed, optional"),
    E("kb10-9", "interception", D, R("RU-VOR", "Voronezh Region"), "RU", "UA", optional=True,
      note="merely listed, optional"),
    E("kb10-10", "armed_clash", "2025-01-21", L("Tetkino", 2, "area of Tetkino"), "UA", "RU", prec="range", end=D,
      note="'attempted to attack in the area of the village of Tetkino … repelled' (bulletin item, no time: past-day "
           "range); actor1 = the attacker UA; 'up to 30 … destroyed' are losses, not fatalities"),
    E("kb10-11", "missile_artillery_strike", D, L("Rylsk"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("mlrs", "HIMARS")], note="HIMARS on Rylsk on Wednesday morning; 'No one was hurt' = 0/0"),
    E("kb10-12", "infrastructure_disruption", D, L("Rylsk"), "UA", "RU", parent="kb10-11",
      note="'Part of the town was left without electricity' after the strike"),
    E("kb10-13", "air_drone_strike", "2025-01-21", L("Shebekino"), "UA", "RU", inj=N(2),
      note="drone on a car 'on Tuesday evening' = 21 Jan; two men injured"),
    E("kb10-14", "air_drone_strike", "2025-01-21", R("RU-BEL", "Belgorod Region"), "UA", "RU", prec="range", end=D,
      agg=True, optional=True, family=["missile_artillery_strike"], weapons=[W("drone", launched=N(58))],
      note="governor's '58 drones and 21 shells over the past day': regional past-day aggregate, optional; the MoD's "
           "'more than 40,000 since the beginning' is not an event"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "units of the Center battlegroup liberated the settlement of Shcherbinovka"),
]
MUST_NOT = ["VOLGA PRESS AGENCY", "International service in English", "22 JAN 2025, 11:20 MSK",
            "Military operation in Ukraine",
            "Tags: Special military operation, Donetsk People's Republic, Kursk Region, Belgorod Region",
            "Subscribe to Volga Press on Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
