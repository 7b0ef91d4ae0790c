from common import E, L, R, C, N, W, S, gold

TITLE = "Chernihiv region: consequences of enemy attacks over the past day"
TEXT = """Chernihiv Regional Military Administration
📌 Chernihiv region: consequences of enemy attacks over the past day

Over the past day, the enemy carried out 39 attacks on the border communities of the region. 63 explosions were recorded. One person was killed and two were injured.

🔻 Novhorod-Siverskyi community — mortar and artillery shelling, 12 explosions. A 57-year-old man was killed in the yard of his house.
🔻 Semenivka community — an FPV drone attacked a car on the road between two villages. The driver, a 43-year-old woman, was wounded and hospitalised.
🔻 Snovsk community — a drone dropped an explosive device on the territory of an agricultural enterprise. A tractor was damaged, no one was hurt.
🔻 Sosnytsia, Mena and Koriukivka communities — explosions recorded, no damage reported.

🔻 Koriukivka district — overnight, an enemy Shahed hit an energy infrastructure facility. 4,100 consumers were left without electricity. Power engineers will start repairs as soon as the security situation allows.

🛡 Air defence destroyed 5 Shahed-type attack drones over the Chernihiv district overnight.

Stay in shelters during air raid alerts and take care of yourselves!

✅ Subscribe to the Chernihiv RMA channel | 📲 Send us information: @chernihiv_oda_bot
#Chernihiv #border #shelling
👁 12.4K  edited  08:41
"""
DOC = {"id": "s08", "date": "2024-09-18", "source": "Chernihiv Regional Military Administration (Telegram)",
       "url": "https://t.me/chernihiv_oda_example/24511", "text": TEXT}

D, Y = "2024-09-18", "2024-09-17"
PAST_DAY = dict(prec="range", end=D)
EVENTS = [
    E("s08-1", "missile_artillery_strike", Y, R("UA-74", "Chernihiv region"), "RU", "UA", agg=True, fat=N(1), inj=N(2),
      family=["air_drone_strike"], claimant="Chernihiv RMA", note="39 attacks / 63 explosions over the past day", **PAST_DAY),
    E("s08-2", "missile_artillery_strike", Y, L("Novhorod-Siverskyi", 2, "Novhorod-Siverskyi community"), "RU", "UA",
      fat=N(1), weapons=[W("artillery")], **PAST_DAY),
    E("s08-3", "air_drone_strike", Y, L("Semenivka", 2, "Semenivka community"), "RU", "UA", inj=N(1),
      weapons=[W("drone", "FPV")], **PAST_DAY),
    E("s08-4", "air_drone_strike", Y, L("Snovsk", 2, "Snovsk community"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], **PAST_DAY),
    E("s08-5", "missile_artillery_strike", Y, L("Sosnytsia", 2, "Sosnytsia community"), "RU", "UA", optional=True,
      family=["air_drone_strike"], note="communities merely listed with explosions", **PAST_DAY),
    E("s08-6", "missile_artillery_strike", Y, L("Mena", 2, "Mena community"), "RU", "UA", optional=True,
      family=["air_drone_strike"], note="communities merely listed with explosions", **PAST_DAY),
    E("s08-7", "missile_artillery_strike", Y, L("Koriukivka", 2, "Koriukivka community"), "RU", "UA", optional=True,
      family=["air_drone_strike"], note="communities merely listed with explosions", **PAST_DAY),
    E("s08-8", "air_drone_strike", D, L("Koriukivka", 2, "Koriukivka district"), "RU", "UA",
      weapons=[W("drone", "Shahed-136")], note="overnight Shahed on an energy facility"),
    E("s08-9", "infrastructure_disruption", D, L("Koriukivka", 2, "Koriukivka district"), "RU", "UA",
      note="4,100 consumers without electricity"),
    E("s08-10", "interception", D, L("Chernihiv", 2, "Chernihiv district"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(5))]),
]
STATEMENTS = []
MUST_NOT = ["Chernihiv Regional Military Administration",
            "Stay in shelters during air raid alerts and take care of yourselves!",
            "✅ Subscribe to the Chernihiv RMA channel | 📲 Send us information: @chernihiv_oda_bot",
            "#Chernihiv #border #shelling", "👁 12.4K  edited  08:41"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
