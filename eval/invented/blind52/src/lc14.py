from common import E, L, H, R, C, N, W, S, gold, ADS, CLA, TER

TITLE = "Villages change hands along Sumy border as Russia claims Kindrativka and Ukraine retakes Basivka"
TEXT = """NORTHSTAR PRESS
Menu
U.S. | World | Politics | Sports | Entertainment | Business | Science | Health
RUSSIA-UKRAINE WAR
Villages change hands along Sumy border as Russia claims Kindrativka and Ukraine retakes Basivka
By OLENA ZAREMBA and JAMES HOLLOWAY
Updated 2:41 PM GMT+3, June 19, 2025
Share
Copy Link copied
KYIV, Ukraine (NP) — Russia's Defense Ministry said Thursday that its troops had captured the village of Kindrativka, north of the city of Sumy, while Ukrainian forces said they had pushed Russian units out of another border village, Basivka, as fighting seesawed along a strip of northeastern Ukraine that Moscow calls a "buffer zone."

A spokesman for a Ukrainian air assault brigade defending the area denied the Russian claim, saying fighting was still going on Thursday in the northern part of Kindrativka.

"They put a flag on a ruin and film it. Half an hour later the ruin is ours again. That is how this sector looks," said the spokesman, Lt. Col. Maksym Kryvoruchko.

Basivka was retaken on Tuesday after a three-day assault, the brigade said, releasing drone footage of soldiers walking through the shattered village.

Further east, in Yunakivka, the line moved twice in as many days. Russian infantry seized a foothold in the southern part of the village on Sunday, Ukrainian officials acknowledged, but had been driven out again by Monday evening, according to Ukraine's General Staff.

Over the past day, Russian forces launched 19 assaults in the Sumy sector, the General Staff said, with the heaviest fighting near Khotin and Myropillia.

Russian aircraft dropped three guided bombs on the northern outskirts of Sumy on Wednesday, injuring two people and damaging a gas station, the regional administration said. In Bilopillia, a drone hit a car on Thursday morning, killing a 58-year-old man.

Russia's president ordered the creation of a buffer zone along the border in the spring, and Russian troops crossed into Sumy region in several places after Ukraine's forces were pushed out of Russia's Kursk region.

"Neither side has the men for a breakthrough here. What you see is attrition dressed up as maneuver," said Philip Ashworth, a military analyst at the Halden Institute for Security in Oslo.

Regional authorities said they would expand the mandatory evacuation to 11 more villages next week.
Advertisement
Northstar writer Daria Kosenko in Kyiv contributed to this report.
Follow Northstar's coverage of the war at https://northstar.example/hub/russia-ukraine
Copyright 2025 Northstar Press. All Rights Reserved.
"""
DOC = {"id": "lc14", "date": "2025-06-19", "source": "Northstar Press (US news agency)",
       "url": "https://northstar.example/article/russia-ukraine-war-sumy-kindrativka-basivka-20250619", "text": TEXT}

D, WED, TUE, MON, SUN = "2025-06-19", "2025-06-18", "2025-06-17", "2025-06-16", "2025-06-15"
EVENTS = [
    E("lc14-1", TER, D, L("Kindrativka"), "RU", "UA", family=["armed_clash"], claimant="Russia's Defense Ministry",
      ev="Russia's Defense Ministry said Thursday that its troops had captured the village of Kindrativka, north of the city of Sumy",
      note="capture claim 'said Thursday' (19 Jun), denied by Kyiv: a capture claim is required on the claim day "
           "(blind41 call 4); Kindrativka in Sumy oblast (705166)"),
    E("lc14-2", CLA, D, L("Kindrativka"), "RU", "UA", claimant="Maksym Kryvoruchko",
      ev="saying fighting was still going on Thursday in the northern part of Kindrativka",
      note="the denial's 'fighting was still going on Thursday in the northern part of Kindrativka': a clash that day "
           "(blind41 kr05-2: part of the village = precision 1)"),
    E("lc14-3", TER, TUE, L("Basivka"), "UA", "RU", family=["armed_clash"],
      ev="Basivka was retaken on Tuesday after a three-day assault, the brigade said",
      note="'Basivka was retaken on Tuesday' (17 Jun; agentless passive): Ukraine regains the village (712763, Sumy "
           "oblast); the three-day assault before it has no day of its own"),
    E("lc14-4", TER, SUN, L("Yunakivka"), "RU", "UA", family=["armed_clash"],
      ev="Russian infantry seized a foothold in the southern part of the village on Sunday",
      note="'seized a foothold in the southern part of the village on Sunday' (15 Jun) in Yunakivka: a Russian gain "
           "on its day"),
    E("lc14-5", TER, MON, L("Yunakivka"), "UA", "RU", family=["armed_clash"],
      ev="but had been driven out again by Monday evening, according to Ukraine's General Staff",
      note="'had been driven out again by Monday evening' (16 Jun): the Ukrainian retaking of the same part of "
           "Yunakivka, its own territory_change"),
    E("lc14-6", CLA, WED, R("UA-59", "Sumy sector", 2), "RU", "UA", end=D, prec="range", agg=True, optional=True,
      ev="Over the past day, Russian forces launched 19 assaults in the Sumy sector",
      note="'19 assaults in the Sumy sector' over the past day: a sector tally -> optional aggregate clash (blind41 "
           "call 3)"),
    E("lc14-7", CLA, WED, H("Khotin", "near Khotin"), "RU", "UA", end=D, prec="range",
      ev="with the heaviest fighting near Khotin and Myropillia",
      note="'the heaviest fighting near Khotin and Myropillia' over the past day: one clash per place, past-day range, "
           "precision 2; Khotin = the Sumy-oblast village (706253), not Khotyn in Chernivtsi oblast"),
    E("lc14-8", CLA, WED, H("Myropillia", "near Myropillia"), "RU", "UA", end=D, prec="range",
      ev="with the heaviest fighting near Khotin and Myropillia",
      note="same sentence, near Myropillia"),
    E("lc14-9", ADS, WED, H("Sumy", "northern outskirts of Sumy"), "RU", "UA", inj=N(2),
      weapons=[W("guided_bomb", launched=N(3))],
      ev="Russian aircraft dropped three guided bombs on the northern outskirts of Sumy on Wednesday, injuring two people",
      note="three guided bombs on the northern outskirts of Sumy 'on Wednesday' (18 Jun): 2 injured; outskirts = "
           "precision 2; bombs counted by number = launched 3"),
    E("lc14-10", ADS, D, L("Bilopillia"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      ev="In Bilopillia, a drone hit a car on Thursday morning, killing a 58-year-old man.",
      note="drone on a car in Bilopillia 'on Thursday morning': 1 killed"),
]
# Not events: 'a strip … that Moscow calls a "buffer zone"' (framing), the drone footage (coverage), 'the line moved
# twice in as many days' (summary of lc14-4/5), the president's order 'in the spring' and the crossings 'in several
# places' after Kursk (background without a day), the analyst's 'attrition' (analysis), the evacuation to be expanded
# 'next week' (plan).
STATEMENTS = [
    S("Maksym Kryvoruchko", "UA", "They put a flag on a ruin and film it", "spokesman, Ukrainian air assault brigade"),
    S("Philip Ashworth", None, "What you see is attrition dressed up as maneuver",
      "military analyst, Halden Institute for Security"),
]
# Not gold: "buffer zone" (a term).
MUST_NOT = ["NORTHSTAR PRESS", "Menu", "U.S. | World | Politics | Sports | Entertainment | Business | Science | Health",
            "RUSSIA-UKRAINE WAR", "By OLENA ZAREMBA and JAMES HOLLOWAY", "Updated 2:41 PM GMT+3, June 19, 2025", "Share",
            "Copy Link copied", "Advertisement", "Northstar writer Daria Kosenko in Kyiv contributed to this report.",
            "Follow Northstar's coverage of the war at https://northstar.example/hub/russia-ukraine",
            "Copyright 2025 Northstar Press. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
