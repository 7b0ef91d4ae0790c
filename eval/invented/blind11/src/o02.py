from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian shelling kills 2 in Russian border village as governors report weekend of attacks"
TEXT = """LAKESIDE PRESS ASSOCIATION
WORLD NEWS
Ukrainian shelling kills 2 in Russian border village as governors report weekend of attacks
By YELENA MARCHUK and PETER HOLLOWAY
Published 9:52 AM EDT, July 10, 2023 | Updated 12:31 PM EDT, July 10, 2023
Share ⤴   Copy link

MOSCOW (LPA) — Ukrainian shelling killed two civilians in a village in Russia's Belgorod region on Sunday evening, the regional governor said Monday, as officials in three Russian regions along the border reported a weekend of artillery, mortar and drone attacks.

Grad rockets hit a street of private houses in Novaya Tavolzhanka, a village about 5 kilometers (3 miles) from the Ukrainian border, killing a married couple in their 60s and wounding three neighbors, the governor said on his Telegram channel.

"They were sitting in their garden. There was no siren, there is never time for a siren here," said Dmitry Astakhov, deputy head of the Shebekino district administration, which includes the village.

On Monday morning, a drone dropped an explosive on a car in the village of Kozinka in the Graivoron district, wounding the driver, the governor said.

The shelling came two days after a drone hit the roof of a regional government building in the city of Belgorod, shattering windows but injuring no one.

In the neighboring Kursk region, Ukrainian forces fired 14 mortar rounds at the district center of Belaya late Sunday, damaging a power line and leaving about 300 homes without electricity, the Kursk governor said. No one was hurt.

Farther north, in the Bryansk region, a drone dropped an explosive device on a district administration building in Suzemka on Saturday, injuring two employees, according to the regional governor. He said the Klimovsky district had been shelled "more than 40 times" over the weekend.

Russia's Defense Ministry said Monday its air defenses had shot down eight Ukrainian drones over the Belgorod and Kursk regions over the past 24 hours.

Ukraine's military rarely comments on attacks inside Russia. Col. Vadym Lysenko, a spokesman for Ukraine's northern operational command, said Russian forces had shelled the Sumy and Chernihiv regions more than 200 times over the weekend and that Ukraine "does not fight against civilians, unlike the occupiers."

In the Sumy region, Russian artillery killed a 47-year-old man in the village of Esman on Sunday, the regional administration said.

About 2,000 residents have been moved out of the most exposed villages of the Shebekino district since early June.

"Every such attack only confirms that a buffer zone along the border is needed," said Konstantin Zharov, a member of the Russian parliament's defense committee.

Ukraine says the shelling of its own border communities never stops: the Sumy regional administration counted more than 1,100 attacks in June alone.

___
Follow LPA's coverage of the war in Ukraine at https://lpanews.example/hub/russia-ukraine-war
Copyright 2023 The Lakeside Press Association. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "o02", "date": "2023-07-10", "source": "LPA (Lakeside Press Association)",
       "url": "https://lpanews.example/article/russia-ukraine-war-belgorod-shelling-0710", "text": TEXT}

D, SUN, SAT, FRI = "2023-07-10", "2023-07-09", "2023-07-08", "2023-07-07"
WEEKEND = dict(end=SUN, prec="range", agg=True)
EVENTS = [
    E("o02-1", "missile_artillery_strike", SUN, L("Novaya Tavolzhanka"), "UA", "RU", fat=N(2), inj=N(3),
      weapons=[W("mlrs", "Grad")], claimant="Belgorod regional governor", note="'on Sunday evening' (Monday report)"),
    E("o02-2", "air_drone_strike", D, L("Kozinka"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Belgorod regional governor", note="'On Monday morning' = publication day"),
    E("o02-3", "air_drone_strike", FRI, L("Belgorod", 1, "Belgorod (regional government building)"), "UA", "RU",
      fat=N(0), inj=N(0), weapons=[W("drone")],
      note="recalled in a clause: 'two days after' the Sunday shelling = Friday; 'injuring no one' = 0/0"),
    E("o02-4", "missile_artillery_strike", SUN, L("Belaya"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(14))], claimant="Kursk regional governor",
      note="14 mortar rounds 'late Sunday'; mortars = artillery"),
    E("o02-5", "infrastructure_disruption", SUN, L("Belaya"), "UA", "RU", claimant="Kursk regional governor",
      note="about 300 homes without electricity"),
    E("o02-6", "air_drone_strike", SAT, L("Suzemka"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Bryansk regional governor"),
    E("o02-7", "missile_artillery_strike", SAT, L("Klimovo", 2, "Klimovsky district"), "UA", "RU",
      claimant="Bryansk regional governor", note="'more than 40 times' over the weekend (Sat-Sun): aggregate",
      **WEEKEND),
    E("o02-8", "interception", SUN, C("RU", "Russia"), "RU", "UA", end=D, prec="range", agg=True,
      weapons=[W("drone", intercepted=N(8))], claimant="Russian Defense Ministry",
      note="'over the past 24 hours' in a Monday report; one count for two regions -> country level"),
    E("o02-9", "interception", SUN, R("RU-BEL", "Belgorod region"), "RU", "UA", end=D, prec="range", optional=True,
      note="region named with a shared count"),
    E("o02-10", "interception", SUN, R("RU-KRS", "Kursk region"), "RU", "UA", end=D, prec="range", optional=True,
      note="region named with a shared count"),
    E("o02-11", "missile_artillery_strike", SAT, C("UA", "Ukraine"), "RU", "UA", optional=True, claimant="Vadym Lysenko",
      note="the two-region weekend tally summed up at country level: optional (the regions are the most precise places)",
      **WEEKEND),
    E("o02-12", "missile_artillery_strike", SAT, R("UA-59", "Sumy region"), "RU", "UA", claimant="Vadym Lysenko",
      note="'more than 200 times' over the weekend (Sat-Sun) on two named regions, the count shared: one aggregate "
           "per region, without a count", **WEEKEND),
    E("o02-13", "missile_artillery_strike", SAT, R("UA-74", "Chernihiv region"), "RU", "UA", claimant="Vadym Lysenko",
      note="as o02-12", **WEEKEND),
    E("o02-14", "missile_artillery_strike", SUN, L("Esman"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="Sumy regional administration"),
    E("o02-15", "missile_artillery_strike", "2023-06-01", R("UA-59", "Sumy region"), "RU", "UA", end="2023-06-30",
      prec="month", agg=True, optional=True, claimant="Sumy regional administration",
      note="monthly total 'more than 1,100 attacks in June': optional aggregate"),
]
STATEMENTS = [
    S("Dmitry Astakhov", "RU", "there is never time for a siren here", "deputy head of the Shebekino district"),
    S("Vadym Lysenko", "UA", "does not fight against civilians, unlike the occupiers",
      "spokesman, northern operational command"),
    S("Konstantin Zharov", "RU", "a buffer zone along the border is needed", "member of parliament"),
]
MUST_NOT = ["LAKESIDE PRESS ASSOCIATION", "WORLD NEWS", "By YELENA MARCHUK and PETER HOLLOWAY",
            "Published 9:52 AM EDT, July 10, 2023 | Updated 12:31 PM EDT, July 10, 2023", "Share ⤴   Copy link",
            "Follow LPA's coverage of the war in Ukraine at https://lpanews.example/hub/russia-ukraine-war",
            "Copyright 2023 The Lakeside Press Association. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
