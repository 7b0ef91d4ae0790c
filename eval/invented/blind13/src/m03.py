from common import E, L, R, C, N, W, S, gold

TITLE = "Two injured as Ukrainian drone hits car in Belgorod Region, substation damaged in Valuiki"
TEXT = """RUSPRESS | Russian News Agency
Home / Russia / Military operation in Ukraine
4 JUN, 09:52
Updated 4 JUN, 11:20
Two injured as Ukrainian drone hits car in Belgorod Region, substation damaged in Valuiki

BELGOROD, June 4. /RUSPRESS/. Two civilians were injured when a Ukrainian drone dropped an explosive device on a passenger car in the village of Golovchino in the Grayvoron District on Tuesday morning, Belgorod Region Governor said on his Telegram channel.

"A man and a woman were taken to the Belgorod regional hospital with shrapnel wounds. The car was destroyed," the governor wrote.

On Monday evening, the Ukrainian armed forces shelled the town of Valuiki with multiple rocket launchers. A power substation was damaged, and part of the town was left without electricity overnight, the governor said.

In the Shebekino urban district, the settlement of Maslova Pristan came under artillery fire twice overnight. A private house and a farm building were damaged. There were no casualties.

Debris of a drone shot down over Belgorod fell on the territory of an industrial enterprise in the city. Nobody was hurt; windows in the administrative building were broken, the regional emergencies department reported.

According to the governor, the Kiev regime's forces fired more than 110 munitions at 16 settlements of the region over the past day and launched 37 drones.

The Russian Defense Ministry said air defense systems had destroyed eight rockets of the Vampire multiple rocket launcher and two unmanned aerial vehicles over the Belgorod Region overnight.

READ ALSO
Russian troops liberate two settlements in Kharkov Region over week - top brass
Kremlin says talks with Kiev possible only on basis of "realities on the ground"

In the neighboring Kursk Region, the Ukrainian military struck the village of Popovo-Lezhachi in the Glushkovo District with artillery on Monday afternoon, damaging a school and two houses, acting governor said. Nobody was injured.

An FPV drone also attacked a truck near the village of Guyevo in the Sudzha District on Tuesday morning, wounding the driver, who was taken to hospital in Kursk.

The Belgorod Region, which borders Ukraine's Kharkov Region, has come under regular attack since 2022. More than 200 civilians have been killed there since then, according to regional authorities. The governor said compensation for destroyed cars would be paid within 10 days and that residents of the border villages who had left would receive temporary housing.

Tags: Military operation in Ukraine · Belgorod Region · Kursk Region

© 2024 RUSPRESS News Agency. All rights reserved. 18+
Subscribe to RUSPRESS on Telegram
"""
DOC = {"id": "m03", "date": "2024-06-04", "source": "RUSPRESS", "url": "https://ruspress.example/en/military-operation/1844217",
       "text": TEXT}

D = "2024-06-04"
EVENTS = [
    E("m03-1", "air_drone_strike", D, L("Golovchino"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Belgorod regional governor", note="drone drop on a car in Golovchino (Grayvoron district)"),
    E("m03-2", "missile_artillery_strike", "2024-06-03", L("Valuyki", name="Valuiki"), "UA", "RU", weapons=[W("mlrs")],
      claimant="Belgorod regional governor",
      note="'On Monday evening' = 3 Jun; no casualty count given (absent). Geonames 'Valuyki', text 'Valuiki'"),
    E("m03-3", "infrastructure_disruption", "2024-06-03", L("Valuyki", name="Valuiki"), "UA", "RU",
      claimant="Belgorod regional governor",
      note="substation damaged, part of the town without electricity overnight "),
    E("m03-4", "missile_artillery_strike", D, L("Maslova Pristan"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Belgorod regional governor",
      note="'came under artillery fire twice overnight': one event; 'There were no casualties' = 0/0"),
    E("m03-5", "air_drone_strike", D, L("Belgorod"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Belgorod regional emergencies department",
      note="debris of a downed drone on an enterprise: a strike typed by the weapon (debris convention)"),
    E("m03-6", "missile_artillery_strike", "2024-06-03", R("RU-BEL", "Belgorod Region"), "UA", "RU", end=D,
      prec="range", agg=True, family=["air_drone_strike"], claimant="Belgorod regional governor",
      note="past-day regional tally (more than 110 munitions, 37 drones); mixed weapons, so both strike types"),
    E("m03-7", "interception", D, R("RU-BEL", "Belgorod Region"), "RU", "UA",
      weapons=[W("mlrs", "Vampire", intercepted=N(8)), W("drone", intercepted=N(2))], claimant="Russian Defence Ministry",
      note="region with counts: required"),
    E("m03-8", "missile_artillery_strike", "2024-06-03", L("Popovo-Lezhachi"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Kursk acting governor",
      note="'on Monday afternoon' = 3 Jun; 'Nobody was injured' = 0/0"),
    E("m03-9", "air_drone_strike", D, L("Guyevo", 2, "near Guyevo"), "UA", "RU", inj=N(1), weapons=[W("drone", "FPV")],
      claimant="Kursk acting governor", note="'near the village of Guyevo' = precision 2; the driver wounded"),
]
STATEMENTS = []
MUST_NOT = ["RUSPRESS | Russian News Agency", "Home / Russia / Military operation in Ukraine", "4 JUN, 09:52", "Updated 4 JUN, 11:20",
            "READ ALSO",
            "Russian troops liberate two settlements in Kharkov Region over week - top brass",
            "Kremlin says talks with Kiev possible only on basis of \"realities on the ground\"",
            "Tags: Military operation in Ukraine · Belgorod Region · Kursk Region",
            "© 2024 RUSPRESS News Agency. All rights reserved. 18+", "Subscribe to RUSPRESS on Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
