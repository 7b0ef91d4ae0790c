from common import E, L, R, C, N, W, S, gold

TITLE = "Russia strikes Mykolaiv port, shells Kherson in night and morning attacks on the south"
TEXT = """THE KYIV SENTINEL
Become a member — support independent journalism in Ukraine
War | Business | Opinion | Investigations | Kyiv
Editor's note: The Kyiv Sentinel does not report the exact locations of strikes on energy facilities at the request of the authorities.
Russia strikes Mykolaiv port, shells Kherson in night and morning attacks on the south
by Iryna Savchuk
September 21, 2023 1:34 pm
Russian forces hit the southern cities of Mykolaiv and Kherson overnight and on the morning of Sept. 21, killing one person and wounding six, regional officials said.

In Mykolaiv, two Kalibr cruise missiles launched from the Black Sea struck port infrastructure shortly after 4 a.m., wounding two security guards, the regional governor said. Six Shahed-type drones were shot down over the Mykolaiv region during the same attack.

"The guards had just gone down to the shelter. Another minute on the pier and we would be counting the dead," said Vitalii Koval, deputy director of the port's security service.

In Kherson, Russian artillery hit a residential area in the Korabelnyi district at around 9 a.m., killing a 64-year-old man and wounding four people. A transformer station was damaged, and about 2,300 subscribers in the district lost power, the regional military administration reported.

Russia has shelled Kherson almost daily since Ukrainian troops liberated the city in November 2022.
Correction (Sept. 21, 3:05 pm): This story has been updated to fix the number of drones downed over the Mykolaiv region.
Iryna Savchuk is a reporter at the Kyiv Sentinel covering southern Ukraine. She previously worked for regional media in Odesa.
© 2023 The Kyiv Sentinel. All rights reserved.
"""
DOC = {"id": "lb18", "date": "2023-09-21", "source": "The Kyiv Sentinel (Ukrainian English-language news site)",
       "url": "https://kyivsentinel.example/russia-strikes-mykolaiv-port-shells-kherson/", "text": TEXT}

D = "2023-09-21"
EVENTS = [
    E("lb18-1", "missile_artillery_strike", D, L("Mykolaiv"), "RU", "UA", inj=N(2),
      weapons=[W("cruise_missile", "Kalibr", launched=N(2))],
      evidence="two Kalibr cruise missiles launched from the Black Sea struck port infrastructure shortly after 4 "
               "a.m., wounding two security guards",
      note="'shortly after 4 a.m.' (Thursday page, 'overnight … Sept. 21'): 2 Kalibr on Mykolaiv port, 2 wounded; the "
           "lede's 'one … and six' is the sum of this and lb18-3 (no event of its own)"),
    E("lb18-2", "interception", D, R("UA-48", "Mykolaiv region"), "UA", "RU",
      weapons=[W("drone", "Shahed", intercepted=N(6))],
      evidence="Six Shahed-type drones were shot down over the Mykolaiv region during the same attack",
      note="'Six Shahed-type drones were shot down over the Mykolaiv region': regional count -> required (the "
           "correction note under the story is furniture; the body carries the corrected figure)"),
    E("lb18-3", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("artillery")],
      evidence="In Kherson, Russian artillery hit a residential area in the Korabelnyi district at around 9 a.m., "
               "killing a 64-year-old man and wounding four people",
      note="artillery on the Korabelnyi district (= the city) 'at around 9 a.m.' (Sept. 21): 1 killed, 4 wounded"),
    E("lb18-4", "infrastructure_disruption", D, L("Kherson"), "RU", "UA", parent="lb18-3",
      evidence="about 2,300 subscribers in the district lost power",
      note="transformer station damaged by the same shelling, about 2,300 subscribers without power"),
]
# Not events: 'Another minute on the pier and we would be counting the dead' (counterfactual), 'shelled Kherson almost
# daily since … November 2022' (habit, history). The editor's note, the correction note and the author bio are
# furniture.
STATEMENTS = [
    S("Vitalii Koval", "UA", "The guards had just gone down to the shelter", "deputy director, port security service"),
]
MUST_NOT = ["THE KYIV SENTINEL", "Become a member — support independent journalism in Ukraine",
            "War | Business | Opinion | Investigations | Kyiv",
            "Editor's note: The Kyiv Sentinel does not report the exact locations of strikes on energy facilities at "
            "the request of the authorities.",
            "by Iryna Savchuk", "September 21, 2023 1:34 pm",
            "Correction (Sept. 21, 3:05 pm): This story has been updated to fix the number of drones downed over the "
            "Mykolaiv region.",
            "Iryna Savchuk is a reporter at the Kyiv Sentinel covering southern Ukraine. She previously worked for "
            "regional media in Odesa.",
            "© 2023 The Kyiv Sentinel. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
