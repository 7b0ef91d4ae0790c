from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims another village near Kostiantynivka, Ukraine says the fight goes on"
TEXT = """UWS
Russia claims another village near Kostiantynivka, Ukraine says the fight goes on
By OLHA PETRENKO and JAMES CARVER
Updated 2:14 PM GMT+2, November 10, 2025
Share
Add UWS on Google

KYIV, Ukraine (UWS) — Russia's Defense Ministry claimed Monday that its troops had captured the village of Ivanopillia, southeast of the embattled city of Kostiantynivka in Ukraine's Donetsk region, as Moscow's forces kept up pressure on one of the last cities still held by Kyiv in the province.

"Units of the Yug group of forces have liberated the settlement of Ivanopolye," the ministry said, using the Russian name for the village.

The Ukrainian military disputed the claim. "Ivanopillia is not under Russian control. Our units are holding positions in the northern part of the village and fighting is going on," Maj. Dmytro Hordiienko, a spokesman for the Ukrainian forces in the area, told The United Wire Service.

Farther north, a Ukrainian brigade said Sunday that it had pulled its troops out of Riznykivka, a small village west of Siversk, to avoid being encircled. The brigade said the soldiers had moved to "more advantageous positions".

Russian forces also advanced about 2 kilometers (1.2 miles) east of Rodynske, near Pokrovsk, over the weekend, according to FrontLens, a Ukrainian group that maps the front line using open-source footage.

On the southern outskirts of Kostiantynivka, Russian assault groups riding motorcycles and buggies tried to push into the city on Sunday but were driven back, the commander of a Ukrainian drone unit said in a video statement.

Ukraine's General Staff said 164 clashes had taken place along the front over the past day, 52 of them in the Pokrovsk direction, the most of any sector.

Russian shelling killed two civilians in Kostiantynivka on Saturday, and a guided bomb hit the center of nearby Druzhkivka on Sunday morning, wounding five people, Donetsk regional Gov. Serhii Marchenko said.

"There is almost no safe place left in Kostiantynivka. We are asking every family that can leave to leave now," Marchenko said.

Russia has been trying to take Kostiantynivka since early 2024, after capturing nearby Bakhmut in May 2023 following months of fighting. If the city falls, analysts say, Russian troops could move on Druzhkivka and on Kramatorsk and Sloviansk, the largest cities left under Ukrainian control in the region.

Can Ukraine hold the line? Military analyst Rebecca Lindqvist of the Nordic Institute for Security Studies said Kyiv's shortage of infantry was the main problem. "Russia is not breaking through, it is seeping through, a few hundred meters at a time," she said.

Copyright 2025 The United Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
Follow UWS's coverage of the war at https://uws.example/hub/russia-ukraine-war
"""
DOC = {"id": "v08", "date": "2025-11-10", "source": "The United Wire Service",
       "url": "https://uws.example/article/russia-ukraine-war-kostiantynivka-ivanopillia-2025-11-10", "text": TEXT}

SAT, SUN, D = "2025-11-08", "2025-11-09", "2025-11-10"
EVENTS = [
    E("v08-1", "territory_change", D, L("Ivanopillia"), "RU", "UA", claimant="Russian Defense Ministry (disputed)",
      note="capture claimed Monday; day of capture not given"),
    E("v08-2", "armed_clash", D, L("Ivanopillia"), "RU", "UA", claimant="Dmytro Hordiienko",
      note="Ukrainian counter-claim: fighting going on in the village"),
    E("v08-3", "territory_change", SUN, L("Riznykivka"), "RU", "UA", claimant="Ukrainian brigade",
      note="Ukrainian withdrawal announced Sunday; actor1 = side gaining ground"),
    E("v08-4", "territory_change", SAT, L("Rodynske", 2, "east of Rodynske"), "RU", "UA", prec="range", end=SUN,
      claimant="FrontLens", note="advance of about 2 km 'over the weekend'"),
    E("v08-5", "armed_clash", SUN, L("Kostiantynivka", 2, "southern outskirts of Kostiantynivka"), "RU", "UA",
      claimant="Ukrainian drone unit commander", note="assault repelled; actor1 = attacking side"),
    E("v08-6", "armed_clash", SUN, C("UA", "Ukraine (whole front)"), "RU", "UA", prec="range", end=D, agg=True,
      claimant="Ukrainian General Staff", note="164 clashes over the past day"),
    E("v08-7", "armed_clash", SUN, L("Pokrovsk", 2, "Pokrovsk direction"), "RU", "UA", prec="range", end=D, agg=True,
      claimant="Ukrainian General Staff", note="52 clashes over the past day"),
    E("v08-8", "missile_artillery_strike", SAT, L("Kostiantynivka"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      claimant="Serhii Marchenko"),
    E("v08-9", "air_drone_strike", SUN, L("Druzhkivka"), "RU", "UA", inj=N(5), weapons=[W("guided_bomb")],
      claimant="Serhii Marchenko"),
]
STATEMENTS = [
    S("Russian Defense Ministry", "RU", "have liberated the settlement of Ivanopolye"),
    S("Dmytro Hordiienko", "UA", "Ivanopillia is not under Russian control", "spokesman for Ukrainian forces"),
    S("Serhii Marchenko", "UA", "There is almost no safe place left in Kostiantynivka", "Donetsk regional governor"),
    S("Rebecca Lindqvist", None, "Russia is not breaking through, it is seeping through", "military analyst"),
]
MUST_NOT = ["By OLHA PETRENKO and JAMES CARVER", "Updated 2:14 PM GMT+2, November 10, 2025", "Add UWS on Google",
            "Copyright 2025 The United Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
            "Follow UWS's coverage of the war at https://uws.example/hub/russia-ukraine-war"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
