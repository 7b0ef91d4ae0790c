from common import E, L, R, C, N, W, S, gold

TITLE = "Man killed by artillery in Kherson, guided bombs hit Bilozerka: 2 dead, 14 injured in region over past day"
TEXT = """KHERSONSKYI VISNYK
UA | EN
Air alert map | Shelter addresses | Aid points
Home › News › Shelling
Man killed by artillery in Kherson, guided bombs hit Bilozerka: 2 dead, 14 injured in region over past day
21.08.2024 · 09:52
Russian troops attacked the Kherson region 412 times over the past day, using artillery, multiple rocket launchers, drones and aircraft, the regional military administration reported on Wednesday morning. Two people were killed and 14 injured.

The shelling hit Kherson, Bilozerka, Komyshany, Antonivka, Beryslav and 19 other settlements along the right bank of the Dnipro, the administration said.

In Kherson, a Russian shell exploded in the yard of a private house in the Korabelnyi district at about 07:15 on Wednesday, killing a 61-year-old man. On Tuesday afternoon a drone dropped an explosive on a car in the Dniprovskyi district, injuring two men.

Russian aircraft dropped two guided bombs on Bilozerka on Tuesday evening. One of them hit the yard of a school, the other damaged five houses; a 44-year-old woman was taken to hospital with a concussion and cuts.

"The children are on holiday, so the school was empty. The gym roof is gone, the windows are gone," said Viktoriia Malyk, head of the Bilozerka village council's education department.
Photo: Kherson Regional Military Administration
In Beryslav, a drone struck a point where volunteers were handing out bread, killing a 53-year-old man, police said.

In Antonivka, shelling damaged a power line, leaving about 1,800 households without electricity. Power engineers will start repairs once the security situation allows, the administration said.

"They fire at anything that moves on the embankment. We have told people again: do not go near the river," said Yaroslav Bondar, spokesman for the regional military administration.
Subscribe to our Telegram channel to get the news first
In the neighbouring Dnipropetrovsk region, Russian forces struck Nikopol with artillery and drones eight times overnight, injuring a 70-year-old man and damaging a gas pipeline, the regional governor said.

Russian forces have shelled the right-bank communities of the Kherson region daily since Ukraine liberated the city in November 2022.
Read also: Kherson introduces new curfew hours for the embankment
Tags: shelling, Kherson, Bilozerka, guided bombs, Nikopol
© 2016–2024 Khersonskyi Visnyk. When using materials, a hyperlink is mandatory.
"""
DOC = {"id": "kn04", "date": "2024-08-21", "source": "Khersonskyi Visnyk (Kherson regional news site, English version)",
       "url": "https://khvisnyk.example/en/news/2024/08/21/kherson-bilozerka-shelling", "text": TEXT}

D, Y = "2024-08-21", "2024-08-20"
EVENTS = [
    E("kn04-1", "missile_artillery_strike", Y, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(2), inj=N(14), family=["air_drone_strike"],
      note="'412 times over the past day' with artillery, MLRS, drones and aircraft: required aggregate range 20-21 Aug, "
           "2 killed / 14 injured (attack counts are not munitions)"),
    E("kn04-2", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", fat=N(1), parent="kn04-1",
      weapons=[W("artillery")],
      note="shell in a yard, Korabelnyi district (= the city) 'at about 07:15 on Wednesday': 1 killed"),
    E("kn04-3", "air_drone_strike", Y, L("Kherson"), "RU", "UA", inj=N(2), parent="kn04-1", weapons=[W("drone")],
      note="drone dropped an explosive on a car in the Dniprovskyi district 'on Tuesday afternoon': 2 injured (another "
           "day and weapon than kn04-2: its own event)"),
    E("kn04-4", "air_drone_strike", Y, L("Bilozerka"), "RU", "UA", inj=N(1), parent="kn04-1",
      weapons=[W("guided_bomb", launched=N(2))],
      note="two guided bombs on Bilozerka 'on Tuesday evening': school yard and five houses, 1 woman hospitalised"),
    E("kn04-5", "air_drone_strike", Y, L("Beryslav"), "RU", "UA", fat=N(1), end=D, prec="range", parent="kn04-1",
      weapons=[W("drone")],
      note="drone on a bread-distribution point in Beryslav, 1 killed; no day given -> within the past-day report "
           "(range, not aggregate)"),
    E("kn04-6", "missile_artillery_strike", Y, L("Antonivka"), "RU", "UA", end=D, prec="range", parent="kn04-1",
      note="shelling damaged a power line in Antonivka (Kherson suburb, own geonames point); no day -> past-day range"),
    E("kn04-7", "infrastructure_disruption", Y, L("Antonivka"), "RU", "UA", end=D, prec="range", parent="kn04-6",
      note="about 1,800 households without electricity; repairs 'once the security situation allows' is a plan"),
    E("kn04-8", "missile_artillery_strike", Y, L("Komyshany"), "RU", "UA", end=D, prec="range", parent="kn04-1",
      optional=True,
      note="Komyshany only in the list of settlements hit, no detail: optional (blind26 call 1: the detailed places are "
           "required by their own lines)"),
    E("kn04-9", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", inj=N(1), family=["air_drone_strike"],
      weapons=[W("artillery"), W("drone")],
      note="Nikopol struck 'with artillery and drones eight times overnight': 1 injured, gas pipeline damaged; which "
           "weapon hurt the man is not said -> both types (blind26 call 3)"),
]
# Not events: the curfew headline (furniture), 'daily since … November 2022' (habitual, history), repairs 'once the
# security situation allows' (plan), 'We have told people again' (advice).
STATEMENTS = [
    S("Viktoriia Malyk", "UA", "The gym roof is gone, the windows are gone",
      "head of the Bilozerka village council's education department"),
    S("Yaroslav Bondar", "UA", "They fire at anything that moves on the embankment",
      "spokesman, Kherson regional military administration"),
]
MUST_NOT = ["KHERSONSKYI VISNYK", "UA | EN", "Air alert map | Shelter addresses | Aid points", "Home › News › Shelling",
            "21.08.2024 · 09:52", "Photo: Kherson Regional Military Administration",
            "Subscribe to our Telegram channel to get the news first",
            "Read also: Kherson introduces new curfew hours for the embankment",
            "Tags: shelling, Kherson, Bilozerka, guided bombs, Nikopol",
            "© 2016–2024 Khersonskyi Visnyk. When using materials, a hyperlink is mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
