from common import E, L, R, C, N, W, S, gold

TITLE = "How the day passed in Zaporizhzhia region: 517 strikes on 14 settlements"
TEXT = """Zaporizhzhia RMA | Oleksandr Hrytsai
How the day passed in Zaporizhzhia region: 517 strikes on 14 settlements

Over the past day, the Russian army carried out 517 strikes on 14 settlements of the region. One person was killed and five were injured.

✈️ 9 air strikes hit Stepnohirsk, Prymorske and Malokaterynivka.
🛸 312 drones of various types, mostly FPV, attacked Huliaipole, Orikhiv, Komyshuvakha, Ternuvate and other settlements.
🚀 6 MLRS attacks hit Ternuvate.
💥 190 artillery strikes hit the territories of Orikhiv, Huliaipole and Stepnohirsk.
We received 63 reports of damage to houses, cars and infrastructure.

Yesterday evening the enemy attacked Zaporizhzhia with attack drones. In the Shevchenkivskyi district a high-rise building was damaged. Three people were injured, among them a 7-year-old girl.

In Orikhiv, a 61-year-old man was killed in an FPV drone attack.

In Stepnohirsk, two private houses were destroyed by guided aerial bombs. No one was hurt.

In Huliaipole, a 49-year-old woman was wounded by artillery fire.

Overnight an infrastructure facility was damaged in the Vilniansk community; part of the community is without electricity. Power engineers are working.

Near Malokaterynivka, a 38-year-old man was injured after stepping on a PFM-1 "petal" mine scattered by the occupiers.

Air defence destroyed 17 attack drones over the region overnight.

Take care of yourselves and do not ignore air raid alerts!
#Zaporizhzhia #shelling #RMA
👁 21.3K
🔗 Verified information — subscribe: t.me/zoda_official_example
"""
DOC = {"id": "v11", "date": "2026-02-12", "source": "Zaporizhzhia Regional Military Administration (Telegram)",
       "url": "https://t.me/zoda_official_example/31877", "text": TEXT}

Y, D = "2026-02-11", "2026-02-12"
RANGE = dict(prec="range", end=D)
EVENTS = [
    E("v11-1", "missile_artillery_strike", Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", agg=True, fat=N(1), inj=N(5),
      family=["air_drone_strike"], note="517 strikes on 14 settlements over the past day", **RANGE),
    E("v11-2", "air_drone_strike", Y, L("Zaporizhzhia", 1, "Zaporizhzhia, Shevchenkivskyi district"), "RU", "UA",
      inj=N(3), weapons=[W("drone")], note="'yesterday evening'"),
    E("v11-3", "air_drone_strike", Y, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("drone", "FPV")], **RANGE),
    E("v11-4", "air_drone_strike", Y, L("Stepnohirsk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      **RANGE),
    E("v11-5", "missile_artillery_strike", Y, L("Huliaipole"), "RU", "UA", inj=N(1), weapons=[W("artillery")], **RANGE),
    E("v11-6", "missile_artillery_strike", D, L("Vilniansk", 2, "Vilniansk community"), "RU", "UA",
      family=["air_drone_strike"], note="infrastructure facility damaged 'overnight', weapon not said"),
    E("v11-7", "infrastructure_disruption", D, L("Vilniansk", 2, "Vilniansk community"), "RU", "UA"),
    E("v11-8", "remote_explosive", Y, L("Malokaterynivka", 2, "near Malokaterynivka"), "RU", "UA", inj=N(1),
      note="PFM-1 mine scattered by the occupiers; time not given", **RANGE),
    E("v11-9", "interception", D, R("UA-23", "Zaporizhzhia region"), "UA", "RU", weapons=[W("drone", intercepted=N(17))]),
    E("v11-10", "air_drone_strike", Y, L("Prymorske"), "RU", "UA", optional=True, weapons=[W("aircraft")],
      note="place merely listed in the air-strike tally", **RANGE),
    E("v11-11", "air_drone_strike", Y, L("Malokaterynivka"), "RU", "UA", optional=True, weapons=[W("aircraft")],
      note="place merely listed in the air-strike tally", **RANGE),
    E("v11-12", "air_drone_strike", Y, L("Komyshuvakha"), "RU", "UA", optional=True, weapons=[W("drone")],
      note="place merely listed in the drone tally", **RANGE),
    E("v11-13", "missile_artillery_strike", Y, L("Ternuvate"), "RU", "UA", optional=True, family=["air_drone_strike"],
      weapons=[W("mlrs", launched=N(6))], note="listed in the MLRS (6 attacks) and drone tallies", **RANGE),
]
STATEMENTS = []
MUST_NOT = ["Zaporizhzhia RMA | Oleksandr Hrytsai", "#Zaporizhzhia #shelling #RMA", "👁 21.3K",
            "🔗 Verified information — subscribe: t.me/zoda_official_example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
