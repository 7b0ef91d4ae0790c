from common import E, L, R, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Shells by the city market, a drone on a bus in Marhanets: another day in the Nikopol district"
TEXT = """NIKOPOL PANORAMA
News of Nikopol, Marhanets, Pokrov and the hromadas
News | Shelling | City | Hromadas | Announcements | Obituaries
News → Shelling
Shells by the city market, a drone on a bus in Marhanets: another day in the Nikopol district
16 April 2024 · 13:05
Text: Nikopol Panorama newsroom
A man of 58 and a woman of 71 were killed on Monday afternoon when Russian artillery shelled the area around Nikopol's central market. Seven people were wounded, two of them seriously. The first shells landed at about 13:30, when the rows were at their busiest; several stalls and a pharmacy were wrecked.
"I had just given a woman her change when it hit. I don't know her name, I only remember the red bag," said Liudmyla Honcharenko, who has sold vegetables at the market for eighteen years.
Watch: the market after the shelling (video, 0:58)
The market will stay closed until Thursday, the city's military administration said.

Today, at 10:40, Russian troops attacked a municipal bus in Marhanets with an FPV drone. The bus was standing at a stop near the central hospital; four passengers and the driver were injured. "The driver managed to open the doors before the cabin filled with smoke — that is why everyone got out," said Oleksandr Bilyk, director of the municipal transport company. Buses in the town are running with gaps today.

What the morning summary said
In the morning, before the bus was hit, the head of the regional military administration reported that Russian forces had shelled the Nikopol district more than 20 times over the past day with heavy artillery and kamikaze drones. In all, two people were killed and nine wounded in the district. Besides the market, the summary listed:
• Chervonohryhorivka hromada — drones dropped explosives on two private houses; no one was hurt.
• Pokrov — artillery damaged a power line; about 3,400 families were left without electricity on Monday evening, and by the morning engineers had reconnected 1,200 of them.
• Myrove hromada — in the village of Myrove, a 46-year-old man was wounded by an FPV drone.
• Tomakivka hromada — on Monday evening, a car on the road outside Tomakivka came under attack from an FPV drone; the driver, 29, was injured.
Over Dnipropetrovsk region, air defence destroyed five drones overnight, the head of the administration added.
Nikopol, which lies across the reservoir from the occupied Enerhodar, has been shelled almost every day since the summer of 2022.
Nikopol Panorama on Viber: the first to know about shelling
Tags: #Nikopol #Marhanets #Pokrov #shelling
All rights reserved © 2024 Nikopol Panorama
"""
DOC = {"id": "lp06", "date": "2024-04-16", "source": "Nikopol Panorama (Nikopol-area news site, English version)",
       "url": "https://nikopol-panorama.example/en/shelling/2024-04-16-market-bus", "text": TEXT}

D, Y = "2024-04-16", "2024-04-15"
PAST = dict(prec="range", end=D)
RMA = "head of the Dnipropetrovsk regional military administration"
T = "lp06-3"
EVENTS = [
    E("lp06-1", MAS, Y, L("Nikopol"), "RU", "UA", parent=T, fat=N(2), inj=N(7), weapons=[W("artillery")],
      evidence="A man of 58 and a woman of 71 were killed on Monday afternoon when Russian artillery shelled the area around Nikopol's central market. Seven people were wounded",
      note="'on Monday afternoon … at about 13:30' -> 15 April (Tuesday page); artillery on the market; 2 killed (the "
           "two listed), 7 wounded (a number in words); 'Besides the market, the summary listed' -> a child of the "
           "morning summary (Nikopol 700051, Dnipropetrovsk; not the Donetsk village)"),
    E("lp06-2", ADS, D, L("Marhanets"), "RU", "UA", inj=N(5), weapons=[W("drone", "FPV")],
      claimant="Nikopol Panorama",
      evidence="Today, at 10:40, Russian troops attacked a municipal bus in Marhanets with an FPV drone.",
      note="'Today, at 10:40' -> 16 April; 'four passengers and the driver' = 5 injured; it came after the morning "
           "summary ('before the bus was hit'), so it is no child of it and not in its 2 killed / 9 wounded"),
    E(T, MAS, Y, H("Nikopol", "Nikopol district"), "RU", "UA", agg=True, fat=N(2), inj=N(9), family=[ADS],
      weapons=[W("artillery"), W("drone")], claimant=RMA,
      evidence="Russian forces had shelled the Nikopol district more than 20 times over the past day with heavy artillery and kamikaze drones",
      note="the morning summary 'over the past day' -> aggregate range 15–16 April over the district (a raion named "
           "after its centre -> precision 2); 'more than 20 times' is no munition count; 2 killed (market), 9 wounded "
           "(market 7 + Myrove 1 + Tomakivka 1)", **PAST),
    E("lp06-4", ADS, Y, H("Chervonohryhorivka", "Chervonohryhorivka hromada"), "RU", "UA", parent=T, fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant=RMA,
      evidence="Chervonohryhorivka hromada — drones dropped explosives on two private houses; no one was hurt.",
      note="hromada only -> precision 2; 'no one was hurt' -> 0/0; no time -> range", **PAST),
    E("lp06-5", MAS, Y, L("Pokrov"), "RU", "UA", parent=T, weapons=[W("artillery")], claimant=RMA,
      evidence="Pokrov — artillery damaged a power line",
      note="Pokrov 698436 (the town; not the villages Pokrovske of the Nikopol or Synelnykove districts); dated with "
           "the outage it caused 'on Monday evening' -> 15 April; casualties not stated"),
    E("lp06-6", DIS, Y, L("Pokrov"), "RU", "UA", parent="lp06-5", claimant=RMA,
      evidence="about 3,400 families were left without electricity on Monday evening, and by the morning engineers had reconnected 1,200 of them",
      note="outage 'on Monday evening' -> 15 April; partly reconnected is still an outage"),
    E("lp06-7", ADS, Y, L("Myrove"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone", "FPV")], claimant=RMA,
      evidence="Myrove hromada — in the village of Myrove, a 46-year-old man was wounded by an FPV drone.",
      note="village under its hromada -> the village (Myrove 701009, Nikopol district; not Myrove in Kharkiv or "
           "Donetsk oblast); no time -> range", **PAST),
    E("lp06-8", ADS, Y, H("Tomakivka", "road outside Tomakivka"), "RU", "UA", parent=T, inj=N(1),
      weapons=[W("drone", "FPV")], claimant=RMA,
      evidence="Tomakivka hromada — on Monday evening, a car on the road outside Tomakivka came under attack from an FPV drone; the driver, 29, was injured.",
      note="'on Monday evening' -> 15 April; road outside X -> precision 2 (Tomakivka 691435, Nikopol district)"),
    E("lp06-9", INT, D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", weapons=[W("drone", intercepted=N(5))],
      claimant=RMA, evidence="Over Dnipropetrovsk region, air defence destroyed five drones overnight",
      note="a region with its own count -> required; overnight into Tuesday 16 April"),
]
# Not events: the market 'will stay closed until Thursday' (future), 'Buses … are running with gaps today' (a
# timetable note, not an outage of infrastructure), 'shelled almost every day since the summer of 2022' (habit,
# history). 'What the morning summary said' is a subheading (text). Masthead, tagline, menu, breadcrumb, date line,
# newsroom line, the video line, the Viber line, tags and © are furniture.
STATEMENTS = [
    S("Liudmyla Honcharenko", "UA", "I only remember the red bag", "vegetable seller, Nikopol central market"),
    S("Oleksandr Bilyk", "UA", "The driver managed to open the doors before the cabin filled with smoke",
      "director of the Marhanets municipal transport company"),
]
MUST_NOT = ["NIKOPOL PANORAMA", "News of Nikopol, Marhanets, Pokrov and the hromadas",
            "News | Shelling | City | Hromadas | Announcements | Obituaries", "News → Shelling", "16 April 2024 · 13:05",
            "Text: Nikopol Panorama newsroom", "Watch: the market after the shelling (video, 0:58)",
            "Nikopol Panorama on Viber: the first to know about shelling", "Tags: #Nikopol #Marhanets #Pokrov #shelling",
            "All rights reserved © 2024 Nikopol Panorama"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
