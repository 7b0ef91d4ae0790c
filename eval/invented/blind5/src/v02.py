from common import E, L, R, C, N, W, S, gold

TITLE = "Information on the situation in the border areas as of 09:00, 9 April"
TEXT = """Governor of Bryansk Region | V. Shatalov
📌 Pinned message
Information on the situation in the border areas as of 09:00, 9 April

Over the past day the Armed Forces of Ukraine shelled 11 settlements in the Klimovsky, Sevsky, Suzemsky and Pogarsky districts of our region. More than 90 munitions were fired, including from multiple rocket launchers and mortars, and 14 attacks by drones were recorded.

In the Klimovsky district, an enemy drone dropped an explosive device on a tractor working in a field near the district centre. The tractor driver was wounded. He was taken to the Klimovo central district hospital, his condition is stable.

In Sevsk, a shell hit a private house on Sovetskaya Street. A 67-year-old woman was killed. I express my deep condolences to her family and friends. The district administration will provide all necessary help.

The settlement of Suzemka came under fire from a multiple rocket launcher. A power line was damaged: 230 subscribers were left without electricity. Emergency crews will begin repairs as soon as the shelling stops. There were no casualties.

In Pogar, a drone attacked a truck belonging to a local agricultural company. The vehicle was damaged, the driver was not hurt.

Yesterday evening, air defence forces destroyed 7 Ukrainian UAVs over the Bryansky district. Falling debris damaged the roof of a garage and a car in one of the villages of the district. No one was hurt.

In addition, in the morning border guards of the FSB of Russia, together with units of the Ministry of Defence, prevented an attempt by a Ukrainian sabotage and reconnaissance group to cross the state border in the Pogarsky district. The enemy retreated after a firefight and suffered losses.

From 10 April, civilian vehicles will be allowed into the five-kilometre border zone of the Klimovsky and Suzemsky districts only with passes issued by the district administrations. I have signed the corresponding decree.

The situation is under control. Operational services and emergency crews are working at the sites.

❗️ If you find fragments of drones or unexploded munitions, do not touch them, call 112.
👍 2.4K  😢 618  🙏 301
👁 48.9K  edited  09:14
Subscribe to the channel | Send news
"""
DOC = {"id": "v02", "date": "2024-04-09", "source": "Governor of Bryansk Region (Telegram)",
       "url": "https://t.me/bryansk_governor_example/7715", "text": TEXT}

Y, D = "2024-04-08", "2024-04-09"
RANGE = dict(prec="range", end=D)
EVENTS = [
    E("v02-1", "missile_artillery_strike", Y, R("RU-BRY", "Bryansk region"), "UA", "RU", agg=True,
      family=["air_drone_strike"],
      note="past-day tally: 11 settlements in 4 districts, more than 90 munitions, 14 drone attacks", **RANGE),
    E("v02-2", "air_drone_strike", Y, L("Klimovo", 2, "near Klimovo (Klimovsky district)"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], note="past-day item without hour", **RANGE),
    E("v02-3", "missile_artillery_strike", Y, L("Sevsk"), "UA", "RU", fat=N(1), weapons=[W("artillery")], **RANGE),
    E("v02-4", "missile_artillery_strike", Y, L("Suzemka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("mlrs")],
      **RANGE),
    E("v02-5", "infrastructure_disruption", Y, L("Suzemka"), "UA", "RU", note="230 subscribers without power", **RANGE),
    E("v02-6", "air_drone_strike", Y, L("Pogar"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'the driver was not hurt' (the only person mentioned) = 0/0", **RANGE),
    E("v02-7", "interception", Y, L("Bryansk", 2, "over the Bryansky district"), "RU", "UA",
      weapons=[W("drone", intercepted=N(7))], note="'yesterday evening'"),
    E("v02-8", "air_drone_strike", Y, L("Bryansk", 2, "a village of the Bryansky district"), "UA", "RU",
      fat=N(0), inj=N(0), weapons=[W("drone")], note="falling debris damage"),
    E("v02-9", "armed_clash", D, L("Pogar", 2, "border in the Pogarsky district"), "UA", "RU",
      note="'in the morning': sabotage group repelled at the border; actor1 = attacking side"),
    E("v02-10", "policy_decision", "2024-04-10", R("RU-BRY", "border zone of the Klimovsky and Suzemsky districts", 2), "RU",
      None, note="pass regime signed now, in force 'from 10 April' (scheduled restriction, ANNOTATION rule 2)"),
]
STATEMENTS = []
MUST_NOT = ["Governor of Bryansk Region | V. Shatalov", "📌 Pinned message",
            "👍 2.4K  😢 618  🙏 301", "👁 48.9K  edited  09:14", "Subscribe to the channel | Send news"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
