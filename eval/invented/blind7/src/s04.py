from common import E, L, R, C, N, W, S, gold

TITLE = "Situation in the region over the past day"
TEXT = """Belgorod Region Governor | official channel
Situation in the region over the past day

Over the past day, the Armed Forces of Ukraine attacked 19 settlements of the region. 46 drones were launched and 58 munitions fired.

Grayvoron urban district. In the village of Kozinka, an FPV drone attacked a car. The driver was injured — he sustained shrapnel wounds to his legs. He was taken to the Grayvoron central district hospital, then transferred to the city hospital No. 2 in Belgorod. The car was destroyed.
In Grayvoron itself, two drones dropped explosive devices on the territory of an enterprise. A truck and a warehouse were damaged. No one was hurt.

Valuysky district. In the settlement of Urazovo, a drone hit a gas pipeline. Gas supply to 312 households has been interrupted. Emergency services are on site; we expect gas to be restored by the evening.

Shebekino urban district. The village of Novaya Tavolzhanka came under artillery fire — 14 shells. A private house and a power line were damaged. No casualties.

Belgorod. Yesterday evening, the air defence system shot down four aerial targets over the city and the Belgorod district. As a result of falling debris, two cars and the facade of an apartment building on Shchorsa Street were damaged. There were no casualties.

Operational services are clarifying the information on damage in the other settlements. I will report further details.

Dear residents! Please do not ignore the air raid warnings and stay in shelters until the all-clear.

👍 2.1K  💬 348
👁 98.4K views
"""
DOC = {"id": "s04", "date": "2025-02-09", "source": "Belgorod Region Governor (Telegram)",
       "url": "https://t.me/belgorod_gubernator_example/11204", "text": TEXT}

D, Y = "2025-02-09", "2025-02-08"
PAST_DAY = dict(prec="range", end=D)
EVENTS = [
    E("s04-1", "air_drone_strike", Y, R("RU-BEL", "Belgorod region"), "UA", "RU", agg=True, optional=True,
      family=["missile_artillery_strike"], weapons=[W("drone", launched=N(46)), W("artillery", launched=N(58))],
      note="region tally over the past day (19 settlements)", **PAST_DAY),
    E("s04-2", "air_drone_strike", Y, L("Kozinka"), "UA", "RU", inj=N(1), weapons=[W("drone", "FPV")], **PAST_DAY),
    E("s04-3", "air_drone_strike", Y, L("Grayvoron"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone", launched=N(2))],
      **PAST_DAY),
    E("s04-4", "air_drone_strike", Y, L("Urazovo"), "UA", "RU", weapons=[W("drone")], **PAST_DAY),
    E("s04-5", "infrastructure_disruption", D, L("Urazovo"), "UA", "RU", note="gas cut to 312 households, ongoing"),
    E("s04-6", "missile_artillery_strike", Y, L("Novaya Tavolzhanka"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(14))], **PAST_DAY),
    E("s04-7", "interception", Y, L("Belgorod"), "RU", "UA",
      note="'yesterday evening'; four 'aerial targets' of unstated kind: no weapon category in the gold"),
    E("s04-8", "air_drone_strike", Y, L("Belgorod"), "UA", "RU", fat=N(0), inj=N(0),
      family=["missile_artillery_strike"], note="debris of the downed aerial targets; weapon not named"),
]
STATEMENTS = []
MUST_NOT = ["Belgorod Region Governor | official channel",
            "Dear residents! Please do not ignore the air raid warnings and stay in shelters until the all-clear.",
            "👍 2.1K  💬 348", "👁 98.4K views"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
