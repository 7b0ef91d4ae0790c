from common import E, L, R, C, N, W, S, gold

TITLE = "Dnipropetrovsk region: the night and morning of 27 May"
TEXT = """Dnipropetrovsk Regional Military Administration ✅
📌 Pinned message
⚡️ Dnipropetrovsk region: the night and morning of 27 May

The enemy attacked the Pavlohrad, Synelnykove and Nikopol districts with drones and heavy artillery.

🔻 Pavlohrad. A drone hit an industrial enterprise. A fire broke out, it has been extinguished. A 47-year-old man was wounded, he is in hospital in moderate condition.

🔻 Synelnykove district, Mezhova community. An FPV drone damaged two private houses and a car. People were not injured.

🔻 Nikopol district. Marhanets and the Pokrov community were shelled with heavy artillery. In Pokrov, a 72-year-old woman was killed. In Marhanets, a power line was damaged – 3,100 families were left without electricity. Power engineers will start repairs as soon as the security situation allows.

🔻 Yesterday evening the occupiers dropped a guided aerial bomb on the Petropavlivka community. A school building was damaged. No one was hurt.

🔻 During the day yesterday, three men aged 38, 51 and 60 were injured in Nikopol by FPV drone attacks. They are being treated as outpatients.

🛡 Overnight, air defence forces destroyed 12 UAVs over the region: 7 over the Pavlohrad district and 5 over the Synelnykove district.

In total, over the past day, 1 person was killed and 4 were injured in the region.

‼️ Do not approach or touch unfamiliar objects and drone fragments. Report them to 101 or 102.

#Dnipropetrovsk_region #attacks #DniproRMA
👁 41.7K  ·  edited 08:14
💬 Comments are turned off
🔔 Subscribe | Dnipropetrovsk RMA
"""
DOC = {"id": "r08", "date": "2025-05-27", "source": "Dnipropetrovsk RMA (Telegram)",
       "url": "https://t.me/dnipropetrovsk_rma_example/30714", "text": TEXT}

D, Y = "2025-05-27", "2025-05-26"
EVENTS = [
    E("r08-1", "air_drone_strike", D, L("Pavlohrad"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'night and morning of 27 May'; hospitalised = injured"),
    E("r08-2", "air_drone_strike", D, L("Mezhova", 2, "Mezhova community"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", "FPV")], note="hromada named after its town: precision 2"),
    E("r08-3", "missile_artillery_strike", D, L("Marhanets"), "RU", "UA", weapons=[W("artillery")]),
    E("r08-4", "missile_artillery_strike", D, L("Pokrov"), "RU", "UA", fat=N(1), weapons=[W("artillery")]),
    E("r08-5", "infrastructure_disruption", D, L("Marhanets"), "RU", "UA", note="3,100 families without electricity"),
    E("r08-6", "air_drone_strike", Y, L("Petropavlivka", 2, "Petropavlivka community"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(1))], note="'Yesterday evening'"),
    E("r08-7", "air_drone_strike", Y, L("Nikopol"), "RU", "UA", inj=N(3), weapons=[W("drone", "FPV")],
      note="'During the day yesterday'; several FPV attacks, coded once"),
    E("r08-8", "interception", D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", weapons=[W("drone", intercepted=N(12))]),
    E("r08-9", "interception", D, L("Pavlohrad", 2, "Pavlohrad district"), "UA", "RU", optional=True,
      weapons=[W("drone", intercepted=N(7))], note="district sub-count of r08-8"),
    E("r08-10", "interception", D, L("Synelnykove", 2, "Synelnykove district"), "UA", "RU", optional=True,
      weapons=[W("drone", intercepted=N(5))], note="district sub-count of r08-8"),
    E("r08-11", "missile_artillery_strike", Y, R("UA-12", "Dnipropetrovsk region"), "RU", "UA", prec="range", end=D,
      agg=True, fat=N(1), inj=N(4), family=["air_drone_strike"], note="past-day regional tally (mixed weapons)"),
]
STATEMENTS = []
MUST_NOT = ["Dnipropetrovsk Regional Military Administration ✅", "📌 Pinned message",
            "‼️ Do not approach or touch unfamiliar objects and drone fragments. Report them to 101 or 102.",
            "#Dnipropetrovsk_region #attacks #DniproRMA", "👁 41.7K  ·  edited 08:14", "💬 Comments are turned off",
            "🔔 Subscribe | Dnipropetrovsk RMA"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
