from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Shelling of the border: situation in Sumy oblast as of 08:00, 14 March"
TEXT = """Sumy Regional Military Administration
Official website · Офіційний сайт
🔍 Search the site    ☰ Sections
Shelling of the border: situation in Sumy oblast as of 08:00, 14 March
14.03.2023 08:12 · Department of Information Policy
Over the past day, the Russians fired 134 times at the border areas of Sumy oblast. 412 explosions were recorded in 11 hromadas. One civilian was killed and two were injured.

By hromada:
▫️ Seredyna-Buda hromada: mortar (14 explosions) and barrel artillery (9 explosions).
▫️ Znob-Novhorodske hromada: the enemy dropped 3 mines from a drone (3 explosions).
▫️ Esman hromada: MLRS (20 explosions). A private house and a power line were damaged.
▫️ Shalyhyne hromada: artillery (31 explosions). A woman was injured in her garden.
▫️ Bilopillia hromada: mortar (18 explosions); in the afternoon the enemy dropped a KAB guided bomb on the outskirts (1 explosion).
▫️ Krasnopillia hromada: artillery (40 explosions).
▫️ Myropillia hromada: mortar and automatic grenade launcher fire (26 explosions).
▫️ Velyka Pysarivka hromada: artillery (23 explosions). A 67-year-old man was killed in his yard.
▫️ Yunakivka hromada: an FPV drone hit a car; the driver was wounded.
▫️ Putyvl hromada: artillery (11 explosions).
▫️ Vorozhba hromada: at 22:50 yesterday a drone attacked an infrastructure facility in the town. Part of Vorozhba is without electricity; power engineers will start repairs once the security situation allows.

In addition, at 04:15 today Sumy was attacked by a Shahed drone; air defence shot it down over the city's outskirts. There were no casualties or damage.

Over the past week, 176 residents of the border villages of the Seredyna-Buda and Esman hromadas were evacuated with the help of the police and volunteers. Evacuation continues.

Residents of the border hromadas are urged to stay in shelters during alerts.
🔗 Share: Facebook · Telegram · Viber
Print version 🖨
Other news of the Administration ⟶
© Sumy RMA, 2023. Materials may be used with a hyperlink to the site.
"""
DOC = {"id": "kh02", "date": "2023-03-14", "source": "Sumy Regional Military Administration (website)",
       "url": "https://sumy-rma.example/news/2023-03-14-situation-0800", "text": TEXT}

A = dict(prec="range", end="2023-03-14", parent="kh02-1")
EVENTS = [
    E("kh02-1", MAS, "2023-03-13", R("UA-59", "Sumy oblast"), "RU", "UA", prec="range", end="2023-03-14", agg=True,
      fat=N(1), inj=N(2), family=[ADS],
      note="'Over the past day … fired 134 times … 11 hromadas … One civilian was killed and two were injured' = "
           "aggregate range 13-14 Mar at region level; parent of the hromada lines; counts of attacks/explosions are "
           "not munitions"),
    E("kh02-2", MAS, "2023-03-13", H("Seredyna-Buda", "Seredyna-Buda hromada"), "RU", "UA", **A,
      weapons=[W("artillery")], note="mortar + barrel artillery: one strike of one type; hromada = precision 2"),
    E("kh02-3", ADS, "2023-03-13", H("Znob-Novhorodske", "Znob-Novhorodske hromada"), "RU", "UA", **A,
      weapons=[W("drone")], note="'dropped 3 mines from a drone' = air_drone_strike"),
    E("kh02-4", MAS, "2023-03-13", H("Esman", "Esman hromada"), "RU", "UA", **A, weapons=[W("mlrs")],
      note="MLRS, house and power line damaged; no outage stated = no infrastructure_disruption"),
    E("kh02-5", MAS, "2023-03-13", H("Shalyhyne", "Shalyhyne hromada"), "RU", "UA", **A, inj=N(1),
      weapons=[W("artillery")], note="artillery, a woman injured"),
    E("kh02-6", MAS, "2023-03-13", H("Bilopillia", "Bilopillia hromada"), "RU", "UA", **A, weapons=[W("artillery")],
      note="mortar line of Bilopillia"),
    E("kh02-7", ADS, "2023-03-13", H("Bilopillia", "outskirts of Bilopillia"), "RU", "UA", **A,
      weapons=[W("guided_bomb", "KAB")],
      note="'dropped a KAB guided bomb on the outskirts' — a second event in the same hromada (other strike type); "
           "'in the afternoon' without a day inside a past-day report stays the range"),
    E("kh02-8", MAS, "2023-03-13", H("Krasnopillia", "Krasnopillia hromada"), "RU", "UA", **A,
      weapons=[W("artillery")], note="artillery (40 explosions)"),
    E("kh02-9", MAS, "2023-03-13", H("Myropillia", "Myropillia hromada"), "RU", "UA", **A,
      note="mortar and automatic grenade launcher fire = missile_artillery_strike (not 'grenade': launcher fire at "
           "range)"),
    E("kh02-10", MAS, "2023-03-13", H("Velyka Pysarivka", "Velyka Pysarivka hromada"), "RU", "UA", **A, fat=N(1),
      weapons=[W("artillery")], note="artillery, a man killed in his yard"),
    E("kh02-11", ADS, "2023-03-13", H("Yunakivka", "Yunakivka hromada"), "RU", "UA", **A, inj=N(1),
      weapons=[W("drone")], note="FPV drone hit a car, driver wounded"),
    E("kh02-12", MAS, "2023-03-13", H("Putyvl", "Putyvl hromada"), "RU", "UA", **A, weapons=[W("artillery")],
      note="artillery (11 explosions)"),
    E("kh02-13", ADS, "2023-03-13", L("Vorozhba"), "RU", "UA", parent="kh02-1", weapons=[W("drone")],
      note="'at 22:50 yesterday a drone attacked an infrastructure facility in the town' = 13 Mar (day); 'in the "
           "town' = Vorozhba itself; casualties not stated"),
    E("kh02-14", DIS, "2023-03-13", L("Vorozhba"), "RU", "UA", parent="kh02-13",
      note="'Part of Vorozhba is without electricity' caused by the 22:50 drone attack (dated with it; still ongoing "
           "at publication)"),
    E("kh02-15", INT, "2023-03-14", H("Sumy", "outskirts of Sumy"), "UA", "RU",
      weapons=[W("drone", "Shahed", intercepted=N(1))],
      note="'at 04:15 today … shot it down over the city's outskirts' = 14 Mar, precision 2; 'no casualties or "
           "damage' gives no strike event; defender UA = actor1; not a child of the tally (an interception, not one of "
           "the enemy's attacks on the hromadas)"),
]
# Not events: the week's evacuation of 176 residents (a humanitarian movement, no type), the repair plan, the shelter advice.
STATEMENTS = []
MUST_NOT = ["Sumy Regional Military Administration", "Official website · Офіційний сайт", "🔍 Search the site    ☰ Sections",
            "14.03.2023 08:12 · Department of Information Policy", "🔗 Share: Facebook · Telegram · Viber",
            "Print version 🖨", "Other news of the Administration ⟶",
            "© Sumy RMA, 2023. Materials may be used with a hyperlink to the site."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
