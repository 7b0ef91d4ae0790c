from common import E, L, R, N, W, S, H, gold, MAS, ADS, INT, POL

TITLE = "Shelling of the border hromadas: summary for Sunday, 23 March"
TEXT = """SUMY REGIONAL MILITARY ADMINISTRATION
Official web portal of the Sumy Regional State (Military) Administration
UA | EN
Administration | News | Documents | Civil protection | Appeals | Contacts
Home / News / Security situation
Shelling of the border hromadas: summary for Sunday, 23 March
24.03.2025 08:05
Printable version
On 23 March, Russian troops carried out 81 attacks on 27 settlements in 8 hromadas of Sumy region. 126 explosions were recorded. Two civilians were wounded.

Khotin hromada: artillery shelling (18 explosions).
Yunakivka hromada: 2 guided aerial bombs (KAB); FPV drone attacks (9 explosions).
Myropillia hromada: mortar fire (23 explosions). In Myropillia, a 61-year-old man was wounded.
Bilopillia hromada: artillery (15 explosions). In the town of Bilopillia, a strike drone hit the post office building (1 explosion); four houses nearby were damaged.
Vorozhba hromada: FPV drones (7 explosions); a truck of an agricultural company burned down.
Velyka Pysarivka hromada: artillery (12 explosions). A resident of the village of Popivka was wounded by shrapnel.
Nova Sloboda hromada: artillery shelling (17 explosions).
Krasnopillia hromada: FPV drone attacks (21 explosions) and a KAB (1 explosion); the damage is being established.

Overnight into 24 March, air defence forces destroyed 11 enemy UAVs over the region.

By decision of the Defence Council of the region adopted on 23 March, the mandatory evacuation of children together with their parents or legal representatives has been extended to five more settlements of the Khotin hromada: Andriivka, Bilovody, Veselivka, Vodolahy and Zhuravka.
"Buses will be waiting at the hromada council every morning at nine. Nobody will be left to sort this out alone," said Viktor Lytvynenko, head of the Khotin hromada.
Since the beginning of the year, 2,140 residents, 311 of them children, have been evacuated from the border strip of the region. Families who have not yet left are asked to call the evacuation line.
"Every family gets a place in a temporary accommodation centre and a social worker on the first day," said Natalia Hordiienko, director of the regional department of social protection.
Hotline of the regional administration: 15-42 (free of charge, 24/7)
Subscribe to the official Telegram channel: t.me/sumy_ova_example
© Sumy Regional Military Administration, 2025. Materials may be used with a reference to the source.
"""
DOC = {"id": "lp02", "date": "2025-03-24", "source": "Sumy Regional Military Administration (official portal, English version)",
       "url": "https://sumy-ova.example/en/news/security/2025-03-24-summary-23-march", "text": TEXT}

D, DAY = "2025-03-24", "2025-03-23"
OVA = "Sumy Regional Military Administration"
T = "lp02-1"
EVENTS = [
    E(T, MAS, DAY, R("UA-59", "Sumy region"), "RU", "UA", agg=True, inj=N(2), family=[ADS], claimant=OVA,
      evidence="On 23 March, Russian troops carried out 81 attacks on 27 settlements in 8 hromadas of Sumy region. 126 explosions were recorded. Two civilians were wounded.",
      note="a summary 'for Sunday, 23 March' published on Monday: a named day, so day precision, not a past-24-hours "
           "range (blind53 ld05); aggregate parent of the hromada lines; artillery, bombs and drones -> "
           "missile_artillery_strike with the air type accepted; 81 attacks and 126 explosions are not munitions; 2 "
           "wounded (Myropillia, Popivka); fatalities not stated"),
    E("lp02-2", MAS, DAY, H("Khotin", "Khotin hromada"), "RU", "UA", parent=T, weapons=[W("artillery")], claimant=OVA,
      evidence="Khotin hromada: artillery shelling (18 explosions).",
      note="a hromada line without a village -> precision 2 at the centre (Khotin 706253, Sumy district; not Khotyn in "
           "Chernivtsi oblast); explosions are not a launched count; casualties not stated"),
    E("lp02-3", ADS, DAY, H("Yunakivka", "Yunakivka hromada"), "RU", "UA", parent=T,
      weapons=[W("guided_bomb", "KAB", launched=N(2)), W("drone", "FPV")], claimant=OVA,
      evidence="Yunakivka hromada: 2 guided aerial bombs (KAB); FPV drone attacks (9 explosions).",
      note="two guided bombs (a number of munitions: launched 2) and FPV drones (explosions only) on one hromada in "
           "one line -> one air_drone_strike with two weapons; precision 2"),
    E("lp02-4", MAS, DAY, L("Myropillia"), "RU", "UA", parent=T, inj=N(1), weapons=[W("artillery")], claimant=OVA,
      evidence="Myropillia hromada: mortar fire (23 explosions). In Myropillia, a 61-year-old man was wounded.",
      note="the hromada line names its centre village where the man was wounded -> Myropillia itself (701020), "
           "mortar = artillery, 1 wounded"),
    E("lp02-5", MAS, DAY, H("Bilopillia", "Bilopillia hromada"), "RU", "UA", parent=T, weapons=[W("artillery")],
      claimant=OVA, evidence="Bilopillia hromada: artillery (15 explosions).",
      note="the hromada's artillery (precision 2); the drone on the town is told apart in the next sentence and is "
           "its own event with its own weapon (lp02-6)"),
    E("lp02-6", ADS, DAY, L("Bilopillia"), "RU", "UA", parent=T, weapons=[W("drone")], claimant=OVA,
      evidence="In the town of Bilopillia, a strike drone hit the post office building (1 explosion); four houses nearby were damaged.",
      note="'In the town of Bilopillia, a strike drone hit the post office building' -> the town itself (712559), "
           "casualties not stated (absent)"),
    E("lp02-7", ADS, DAY, H("Vorozhba", "Vorozhba hromada"), "RU", "UA", parent=T, weapons=[W("drone", "FPV")],
      claimant=OVA, evidence="Vorozhba hromada: FPV drones (7 explosions); a truck of an agricultural company burned down.",
      note="hromada only -> precision 2; a burned truck, casualties not stated"),
    E("lp02-8", MAS, DAY, L("Popivka"), "RU", "UA", parent=T, inj=N(1), weapons=[W("artillery")], claimant=OVA,
      evidence="Velyka Pysarivka hromada: artillery (12 explosions). A resident of the village of Popivka was wounded by shrapnel.",
      note="the village named under its hromada -> the village: Popivka 696519 (Velyka Pysarivka hromada per KATOTTG, "
           "about 9 km NNW of Velyka Pysarivka; not the Popivka near Konotop or the Poltava villages); 1 wounded"),
    E("lp02-9", MAS, DAY, H("Nova Sloboda", "Nova Sloboda hromada"), "RU", "UA", parent=T, weapons=[W("artillery")],
      claimant=OVA, evidence="Nova Sloboda hromada: artillery shelling (17 explosions).",
      note="hromada only -> precision 2 (Nova Sloboda 699790, Putyvl area)"),
    E("lp02-10", ADS, DAY, H("Krasnopillia", "Krasnopillia hromada"), "RU", "UA", parent=T,
      weapons=[W("drone", "FPV"), W("guided_bomb", "KAB", launched=N(1))], claimant=OVA,
      evidence="Krasnopillia hromada: FPV drone attacks (21 explosions) and a KAB (1 explosion); the damage is being established.",
      note="FPV drones and 'a KAB' (one guided bomb) -> one air_drone_strike with two weapons; 'damage is being "
           "established' gives no casualty count; Krasnopillia 704343 (Sumy, not the Mykolaiv village)"),
    E("lp02-11", INT, D, R("UA-59", "Sumy region"), "UA", "RU", weapons=[W("drone", intercepted=N(11))], claimant=OVA,
      evidence="Overnight into 24 March, air defence forces destroyed 11 enemy UAVs over the region.",
      note="'Overnight into 24 March' -> 24 March, the publication day, not the summary's Sunday; a region with a count "
           "-> required interception"),
    E("lp02-12", POL, DAY, H("Khotin", "Khotin hromada"), "UA", None, claimant="Defence Council of Sumy region",
      evidence="By decision of the Defence Council of the region adopted on 23 March, the mandatory evacuation of children together with their parents or legal representatives has been extended to five more settlements of the Khotin hromada",
      note="a decision ordering the mandatory evacuation of children from five named villages of a hromada -> "
           "policy_decision of UA at the hromada (precision 2; blind50 la03-16, blind49 kz15), dated by the decision "
           "'adopted on 23 March'; the five villages are below the geonames threshold, so the hromada is the place"),
]
# Not events: the buses 'every morning at nine' (standing arrangement), the 2,140 residents evacuated 'Since the
# beginning of the year' (period tally of evacuations, no taxonomy event), the request to call the evacuation line
# (appeal), the accommodation centres (service). Portal name, portal line, language row, menu, breadcrumb, date line,
# 'Printable version', hotline, Telegram line and © are furniture.
STATEMENTS = [
    S("Viktor Lytvynenko", "UA", "Nobody will be left to sort this out alone", "head of the Khotin hromada"),
    S("Natalia Hordiienko", "UA", "a social worker on the first day",
      "director of the regional department of social protection"),
]
MUST_NOT = ["SUMY REGIONAL MILITARY ADMINISTRATION",
            "Official web portal of the Sumy Regional State (Military) Administration", "UA | EN",
            "Administration | News | Documents | Civil protection | Appeals | Contacts",
            "Home / News / Security situation", "24.03.2025 08:05", "Printable version",
            "Hotline of the regional administration: 15-42 (free of charge, 24/7)",
            "Subscribe to the official Telegram channel: t.me/sumy_ova_example",
            "© Sumy Regional Military Administration, 2025. Materials may be used with a reference to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
