from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles knock out power across Ukraine as temperatures fall below freezing"
TEXT = """CONSOLIDATED PRESS
U.S. News | World News | Politics | Sports | Entertainment | Business | Science | Health
WORLD NEWS
Russian missiles knock out power across Ukraine as temperatures fall below freezing
By OLEKSII BOIKO and MARIA SCHMIDT
Updated 3:18 PM EET, December 7, 2022
Facebook · X · Email · Print
KYIV, Ukraine (CP) — Russia fired more than 60 missiles at Ukraine's power grid in the night to Wednesday, killing at least seven people and leaving much of the country in the dark as the first hard frost of the winter set in.

Ukraine's air force said Russia launched 62 cruise missiles — Kh-101 and Kh-555 from strategic bombers over the Caspian Sea and Kalibr from warships in the Black Sea — and that 51 of them were shot down. Five Iranian-made Shahed drones were also fired, and all of them were destroyed.

In the capital, two people were killed when fragments of a downed missile hit a residential building in the Desnianskyi district, Kyiv's mayor said. Water stopped running in about 40% of the city after pumping stations lost power.

"We lived through March in Kyiv. We will live through this winter too, only with buckets," said Vitalii Hrytsenko, 68, who was carrying two plastic buckets of water up nine flights of stairs.

The deadliest hit was in Kryvyi Rih, where a missile slammed into a five-story apartment building. Rescuers found four bodies in the rubble in the morning; by early afternoon the toll had risen to five, with 11 people wounded, the regional governor said.

In Kharkiv, missiles struck a thermal power plant for the third time in two months. There were no reports of casualties.

Strikes on two high-voltage substations cut electricity to the whole of the Odesa region, the regional administration said. Hospitals switched to generators.

Separately, Russian forces fired S-300 missiles at Zaporizhzhia in the morning, damaging an industrial facility, the city council said.

By midday, emergency power cuts were in force in every region so that the system would not collapse, the national grid operator said.

"There is no reserve left in the system. Every line we repair is knocked out again within days," said Liudmyla Shevchuk, a spokeswoman for the operator.

In neighboring Moldova, the grid operator said an automatic shutdown of a power line linking it to Ukraine had caused outages in several northern districts.

Russia's Defense Ministry described the attack as a "massive strike" on Ukraine's military command and energy systems and said every target had been hit.
___
More CP coverage of the Russia-Ukraine war: consolidatedpress.example/ukraine-war
© 2022 Consolidated Press. All rights reserved. Not for republication or redistribution without written permission.
"""
DOC = {"id": "kt16", "date": "2022-12-07", "source": "Consolidated Press (CP, US news agency)",
       "url": "https://consolidatedpress.example/article/russia-ukraine-war-power-grid-missiles-2022-12-07", "text": TEXT}

D = "2022-12-07"
EVENTS = [
    E("kt16-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", fat=N(7, "at_least"),
      weapons=[W("cruise_missile", launched=N(62)), W("drone", "Shahed", launched=N(5))],
      note="the wave 'in the night to Wednesday': 62 cruise missiles (Kh-101, Kh-555, Kalibr: three models, one "
           "category entry) + 5 Shahed -> country parent; 'killing at least seven people' = at_least 7 (the sum of "
           "the city lines: Kyiv 2 + Kryvyi Rih 5); the lead's 'more than 60' is the same wave"),
    E("kt16-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kt16-1",
      weapons=[W("cruise_missile", intercepted=N(51)), W("drone", intercepted=N(5))],
      note="'51 of them were shot down' + 'all of them were destroyed' (the five drones)"),
    E("kt16-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="kt16-1", fat=N(2),
      weapons=[W("missile")],
      note="fragments of a downed missile on a residential building in the Desnianskyi district (= Kyiv): 2 killed"),
    E("kt16-4", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="kt16-1",
      note="'Water stopped running in about 40% of the city after pumping stations lost power'"),
    E("kt16-5", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", parent="kt16-1", fat=N(5), inj=N(11),
      weapons=[W("missile")],
      note="missile on a five-story apartment building in Kryvyi Rih: four bodies in the morning, 'by early afternoon "
           "the toll had risen to five, with 11 people wounded' -> the latest figure wins"),
    E("kt16-6", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", parent="kt16-1", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      note="'missiles struck a thermal power plant' in Kharkiv; 'There were no reports of casualties' = 'no casualties "
           "were reported' = 0/0 (blind37 call 8)"),
    E("kt16-7", "missile_artillery_strike", D, R("UA-51", "Odesa region"), "RU", "UA", parent="kt16-1",
      family=["air_drone_strike"],
      note="'Strikes on two high-voltage substations' in the Odesa region (no town named, weapon not said -> both "
           "types)"),
    E("kt16-8", "infrastructure_disruption", D, R("UA-51", "Odesa region"), "RU", "UA", parent="kt16-7",
      note="'cut electricity to the whole of the Odesa region'"),
    E("kt16-9", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", weapons=[W("missile", "S-300")],
      note="'Separately, Russian forces fired S-300 missiles at Zaporizhzhia in the morning': S-300 against ground "
           "targets = missile_artillery_strike (ANNOTATION 4), its own event outside the wave"),
    E("kt16-10", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kt16-1",
      family=["policy_decision"],
      note="'emergency power cuts were in force in every region': nationwide disruption on the publication day "
           "(blind41 kr15-9)"),
    E("kt16-11", "infrastructure_disruption", D, C("MD", "Moldova"), None, None, optional=True,
      note="outages in northern Moldova after an automatic shutdown of a line from Ukraine: an indirect effect in a "
           "third country -> optional, sides null"),
]
# Not events: 'for the third time in two months' (tally), hospitals on generators (response), the MoD's 'massive
# strike … every target had been hit' (the same wave, claim), 'We lived through March in Kyiv' (recollection).
STATEMENTS = [
    S("Vitalii Hrytsenko", "UA", "We will live through this winter too, only with buckets", "Kyiv resident"),
    S("Liudmyla Shevchuk", "UA", "Every line we repair is knocked out again within days",
      "spokeswoman for the national grid operator"),
]
# Not gold: the MoD's 'massive strike' (fragment).
MUST_NOT = ["CONSOLIDATED PRESS", "U.S. News | World News | Politics | Sports | Entertainment | Business | Science | Health",
            "WORLD NEWS", "By OLEKSII BOIKO and MARIA SCHMIDT", "Updated 3:18 PM EET, December 7, 2022",
            "Facebook · X · Email · Print",
            "More CP coverage of the Russia-Ukraine war: consolidatedpress.example/ukraine-war",
            "© 2022 Consolidated Press. All rights reserved. Not for republication or redistribution without written "
            "permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
