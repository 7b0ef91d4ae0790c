from common import E, L, R, C, N, W, S, gold

TITLE = "Morning summary: Chernihiv region, 19 March, as of 08:00"
TEXT = """Chernihiv Regional Military Administration 🇺🇦
📌 Pinned message
↪️ Forwarded from Chernihiv RMA | news
☀️ Morning summary: Chernihiv region, 19 March, as of 08:00

Over the past day the enemy fired on border hromadas of the Chernihiv, Koriukivka and Novhorod-Siverskyi districts 31 times. 74 explosions were recorded. The occupiers used artillery, mortars, FPV drones and guided aerial bombs.

In total, 1 person was killed and 2 were injured in the region over the past day.

🔹 Semenivka hromada – artillery. A farm building and a barn were destroyed in one of the villages. No one was hurt.

🔹 Novhorod-Siverskyi hromada – a drone dropped an explosive device on a passenger car. The driver, a 54-year-old man, was injured and taken to hospital.

🔹 Snovsk hromada – mortar fire, a private house was damaged.

🔹 Horodnia hromada – an FPV drone hit a tractor working in a field. The 33-year-old tractor driver was killed. Our condolences to the family.

🔹 Mena hromada – two guided aerial bombs landed near a village. A power line was damaged, 2,400 subscribers are without electricity. Power engineers will start repairs as soon as the security situation allows.

🔹 At 23:15 yesterday an enemy drone attacked the Sosnytsia hromada. A warehouse of an agricultural enterprise caught fire; rescuers put it out by midnight. There were no casualties.

🔥 Chernihiv. Overnight the enemy attacked the city with Shahed-type attack drones. An infrastructure facility in the Desnianskyi district was hit. A 61-year-old woman was cut by glass, medics helped her on the spot. Some consumers in the district were left without power; supply has already been restored to most of them.

🛡 During the night air defence destroyed 9 of the 13 attack drones that entered the region.

ℹ️ Sappers plan controlled demolitions of explosive remnants near Horodnia tomorrow from 10:00 to 13:00. Do not be alarmed by the explosions.

❗️ Do not ignore air raid alerts. Stay in shelters until the all-clear!
#Chernihiv_region #summary #ChernihivRMA
👁 12.4K  ✏️ edited 08:21
🔗 Subscribe: t.me/chernihiv_rma_example
"""
DOC = {"id": "h01", "date": "2025-03-19", "source": "Chernihiv RMA (Telegram)",
       "url": "https://t.me/chernihiv_rma_example/18422", "text": TEXT}

D, Y = "2025-03-19", "2025-03-18"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("h01-1", "missile_artillery_strike", Y, R("UA-74", "Chernihiv region"), "RU", "UA", agg=True, fat=N(1), inj=N(2),
      family=["air_drone_strike"], note="past-day regional tally (31 attacks, mixed weapons, 1 k / 2 w): aggregate range",
      **PAST),
    E("h01-2", "missile_artillery_strike", Y, L("Semenivka-Ch", 2, "Semenivka hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")], parent="h01-1",
      note="hromada named after its town: precision 2 (Semenivka 694590, the Chernihiv-region one); past-day line "
           "without an hour: range, not aggregate; 'No one was hurt' = 0/0", **PAST),
    E("h01-3", "air_drone_strike", Y, L("Novhorod-Siverskyi", 2, "Novhorod-Siverskyi hromada"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="h01-1", note="drone drop on a car; hospital = injured; past-day line", **PAST),
    E("h01-4", "missile_artillery_strike", Y, L("Snovsk", 2, "Snovsk hromada"), "RU", "UA", weapons=[W("artillery")],
      parent="h01-1", note="mortar = artillery; casualties not stated (absent)", **PAST),
    E("h01-5", "air_drone_strike", Y, L("Horodnia", 2, "Horodnia hromada"), "RU", "UA", fat=N(1),
      weapons=[W("drone", "FPV")], parent="h01-1", note="FPV on a tractor, driver killed; past-day line", **PAST),
    E("h01-6", "air_drone_strike", Y, L("Mena", 2, "Mena hromada"), "RU", "UA", weapons=[W("guided_bomb", launched=N(2))],
      parent="h01-1", note="two guided aerial bombs = air_drone_strike; casualties not stated", **PAST),
    E("h01-7", "infrastructure_disruption", Y, L("Mena", 2, "Mena hromada"), "RU", "UA",
      note="2,400 subscribers without electricity after the bombs; same dating as its strike", **PAST),
    E("h01-8", "air_drone_strike", Y, L("Sosnytsia", 2, "Sosnytsia hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="'At 23:15 yesterday' = 18 March; 'no casualties' = 0/0"),
    E("h01-9", "air_drone_strike", D, L("Chernihiv", 1, "Chernihiv (Desnianskyi district)"), "RU", "UA", inj=N(1),
      weapons=[W("drone", "Shahed-136")], note="'Overnight' in a morning summary = 19 March; city district = the city; "
                                              "treated on the spot = injured"),
    E("h01-10", "infrastructure_disruption", D, L("Chernihiv"), "RU", "UA",
      note="consumers in the Desnianskyi district without power (mostly restored)"),
    E("h01-11", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU",
      weapons=[W("drone", launched=N(13), intercepted=N(9))], note="9 of 13 drones destroyed over the region during the night"),
]
STATEMENTS = []
MUST_NOT = ["Chernihiv Regional Military Administration 🇺🇦", "📌 Pinned message", "↪️ Forwarded from Chernihiv RMA | news",
            "❗️ Do not ignore air raid alerts. Stay in shelters until the all-clear!",
            "#Chernihiv_region #summary #ChernihivRMA", "👁 12.4K  ✏️ edited 08:21",
            "🔗 Subscribe: t.me/chernihiv_rma_example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
