from common import E, L, R, C, N, W, S, gold

TITLE = "KHERSON REGION | Situation as of 08:00, 1 December"
TEXT = """Forwarded from Kherson Operational 🔴
🔴 KHERSON REGION | Situation as of 08:00, 1 December

Over the past day, the enemy shelled 31 settlements of the region, including the city of Kherson. 2 people were killed and 11 injured (data of the regional military administration).

📍 Kherson, Korabelnyi district — a man, 61, injured by an explosive dropped from a drone near his home. Hospitalised with blast injuries.
📍 Kherson, Dniprovskyi district — a high-rise building damaged by artillery fire. No casualties.
📍 Bilozerka — two private houses and a gas pipeline damaged. No one hurt.
📍 Antonivka — guided aerial bomb (KAB) strike on the village, a woman, 74, killed.
📍 Komyshany — a car hit by an FPV drone, the driver wounded.
📍 Stanislav — in the evening a woman was killed by shelling in the yard of her home.
📍 Beryslav — an outbuilding set on fire by shelling. Casualties being clarified.

⚡ Kherson: 4,200 customers in the Dniprovskyi district remain without power after the grid was damaged. Repairs will start once the security situation allows.

✅ Air defence: 18 UAVs shot down over the region overnight.

🕗 Curfew in Kherson to be extended: from 3 December it will last from 19:00 to 06:00.

🙏 Stay in shelters during alerts!
👉 Subscribe: t.me/kherson_oper
🔁 Share with those who stayed
👁 15.2K
"""
DOC = {"id": "w11", "date": "2024-12-01", "source": "Kherson Operational (Telegram)",
       "url": "https://t.me/kherson_oper/48213", "text": TEXT}

P0, P1 = "2024-11-30", "2024-12-01"
RANGE = dict(prec="range", end=P1)   # incidents of the reported day, no hour given
EVENTS = [
    E("w11-1", "missile_artillery_strike", P0, R("UA-65", "Kherson region"), "RU", "UA", agg=True, fat=N(2), inj=N(11),
      family=["air_drone_strike"], claimant="Kherson regional military administration", **RANGE),
    E("w11-2", "air_drone_strike", P0, L("Kherson", 1, "Kherson, Korabelnyi district"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], **RANGE),
    E("w11-3", "missile_artillery_strike", P0, L("Kherson", 1, "Kherson, Dniprovskyi district"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("artillery")], **RANGE),
    E("w11-4", "missile_artillery_strike", P0, L("Bilozerka"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], note="weapon not named", **RANGE),
    E("w11-5", "air_drone_strike", P0, L("Antonivka"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb", "KAB")], **RANGE),
    E("w11-6", "air_drone_strike", P0, L("Komyshany"), "RU", "UA", inj=N(1), weapons=[W("drone", "FPV")], **RANGE),
    E("w11-7", "missile_artillery_strike", P0, L("Stanislav"), "RU", "UA", fat=N(1), note="'in the evening' of the reported day"),
    E("w11-8", "missile_artillery_strike", P0, L("Beryslav"), "RU", "UA", note="casualties unknown", **RANGE),
    E("w11-9", "infrastructure_disruption", P1, L("Kherson", 1, "Kherson, Dniprovskyi district"), "RU", "UA"),
    E("w11-10", "interception", P1, R("UA-65", "Kherson region"), "UA", "RU", weapons=[W("drone", intercepted=N(18))]),
    E("w11-11", "policy_decision", "2024-12-03", L("Kherson"), "UA", None, note="curfew extended from 3 December (scheduled)"),
]
STATEMENTS = []
MUST_NOT = ["Forwarded from Kherson Operational 🔴", "🙏 Stay in shelters during alerts!", "👉 Subscribe: t.me/kherson_oper",
            "🔁 Share with those who stayed", "👁 15.2K"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
