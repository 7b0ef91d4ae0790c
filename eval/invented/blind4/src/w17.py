from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drones hit Danube ports; wreckage falls in Romania and Moldova"
TEXT = """Russian drones hit Danube ports; wreckage falls in Romania and Moldova
By ELENA POPESCU and MARTA KOVAL
September 4, 2024
ADVERTISEMENT
BUCHAREST, Romania (AtP) — Russian drones attacked Ukraine's Danube river ports overnight, setting a warehouse on fire and injuring a truck driver, and fragments of at least one drone were later found on the Romanian side of the river, officials said Wednesday.

Russia launched 29 Shahed drones and a Kh-59 guided missile at Ukraine overnight, Ukraine's air force said. Air defenses destroyed 22 of the drones and the missile.

In the port of Izmail, drones hit port infrastructure and a grain terminal, and a truck driver waiting to unload was injured, Odesa regional governor Yurii Stepaniuk said. In Reni, further upstream, a fire broke out at a warehouse after a drone strike; firefighters put it out by dawn.

"The Russians are hitting the Danube because it is our last reliable route to the world," Stepaniuk said.

Romania's defense ministry said fragments of a drone were found on Wednesday morning near the village of Plauru in Tulcea county, across the river from Izmail. There was no damage and no one was hurt, the ministry said. Romania scrambled two F-16 fighter jets at 2:10 a.m. and sent RO-Alert text warnings to residents of Tulcea county.

"There was no direct threat to the population, but we are treating this with the utmost seriousness," Defense Minister Andrei Munteanu said.

NATO said there was no indication of an intentional attack on the alliance's territory. Romania's parliament is debating a bill that would allow the military to shoot down drones that enter the country's airspace in peacetime.

In neighboring Moldova, border police found the wreckage of a drone in a field near the town of Ceadîr-Lunga, in the autonomous region of Gagauzia, early on Wednesday. No injuries were reported. Moldova's foreign ministry summoned the Russian ambassador in Chișinău later in the day.

"Our airspace is not a testing ground," Foreign Minister Mihai Rotaru said. The Russian embassy denied that the drone was Russian.
___
Follow Atlantic Press coverage of the war at https://atlanticpress.example/hub/russia-ukraine
Copyright 2024 Atlantic Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""
DOC = {"id": "w17", "date": "2024-09-04", "source": "Atlantic Press",
       "url": "https://atlanticpress.example/article/romania-moldova-drone-danube-izmail-reni-0b44c1", "text": TEXT}

D = "2024-09-04"
EVENTS = [
    E("w17-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(29)), W("missile", "Kh-59", launched=N(1))],
      claimant="Ukrainian Air Force"),
    E("w17-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(22)), W("missile", intercepted=N(1))], claimant="Ukrainian Air Force"),
    E("w17-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(1), parent="w17-1", claimant="Yurii Stepaniuk"),
    E("w17-4", "air_drone_strike", D, L("Reni"), "RU", "UA", parent="w17-1", claimant="Yurii Stepaniuk"),
    E("w17-5", "air_drone_strike", D, L("Plauru", 2, "near Plauru, Tulcea county"), "RU", "RO", fat=N(0), inj=N(0),
      claimant="Romanian defence ministry", note="drone fragments fell on NATO territory"),
    E("w17-6", "military_mobilization", D, R("RO-TL", "Tulcea county"), "RO", None, claimant="Romanian defence ministry"),
    E("w17-7", "air_drone_strike", D, L("Ceadir-Lunga", 2, "near Ceadîr-Lunga, Gagauzia"), "RU", "MD", inj=N(0),
      claimant="Moldovan border police", note="drone wreckage; Russia denies it is Russian"),
    E("w17-8", "diplomatic_contact", D, L("Chisinau"), "MD", "RU", claimant="Atlantic Press"),
]
STATEMENTS = [
    S("Yurii Stepaniuk", "UA", "it is our last reliable route to the world", "Odesa regional governor"),
    S("Andrei Munteanu", "RO", "we are treating this with the utmost seriousness", "Romanian defence minister"),
    S("Mihai Rotaru", "MD", "Our airspace is not a testing ground", "Moldovan foreign minister"),
]
MUST_NOT = ["By ELENA POPESCU and MARTA KOVAL", "ADVERTISEMENT",
            "Follow Atlantic Press coverage of the war at https://atlanticpress.example/hub/russia-ukraine",
            "Copyright 2024 Atlantic Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
