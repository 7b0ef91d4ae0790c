from common import E, L, R, C, N, W, S, gold

TITLE = "Occupiers shelled 27 settlements of Kharkiv region in a day: a man killed in Vovchansk"
TEXT = """SLOBOZHANSKYI VISNYK
Kharkiv news 24/7
УКР | ENG
Home | Kharkiv | Region | Front | Economy | Culture | Sport
News of the region
Occupiers shelled 27 settlements of Kharkiv region in a day: a man killed in Vovchansk
14 March 2024, 09:12
Views: 3 518
Over the past day, Russian troops fired on 27 towns and villages of the Kharkiv region with artillery, mortars, rocket launchers, drones and guided bombs, the head of the regional military administration reported on Thursday morning.

In Vovchansk, five kilometres from the border, a 64-year-old man was killed when an artillery shell exploded in the yard of his house. The town's centre came under mortar fire several times during the day.

"The shell came at lunchtime. He had just gone out to feed the dog," said his neighbour, Lidiia Kobzar, one of about 1,500 people who still live in the town.

At about 19:30 yesterday, the enemy hit the outskirts of Zolochiv with a guided aerial bomb. Two women, aged 47 and 70, were injured; both were hospitalised with shrapnel wounds.

Grad rockets struck Kozacha Lopan, destroying a grocery shop and a garage. There were no casualties.

Near Velykyi Burluk, a Russian FPV drone hit a car carrying a local farmer, who was injured and taken to hospital.

In the Derhachi hromada, two private houses caught fire after a drone attack.

Kupiansk and Petropavlivka also came under fire.

In Kharkiv itself, drones struck a non-residential building in the Kyivskyi district late on Wednesday, the mayor said. No one was injured.

This morning, at 06:40, the occupiers dropped a guided aerial bomb on Lyptsi. Information about casualties is being clarified.

Photo: Kharkiv Regional Military Administration

On the Kupiansk axis, Ukrainian defenders repelled five Russian assaults near Kindrashivka and Kurylivka over the past day, the General Staff said.

"They come in groups of three or four, on foot or on motorbikes, and the drones see them long before they reach us," a platoon commander who gave only his call sign, Hrim, told our correspondent.

The regional police spokeswoman, Hanna Vorobei, urged residents of border villages not to return home even for a few hours. "Every week we document cases where people come back for their belongings and come under fire," she said.

Mandatory evacuation of families with children from five more villages of the Kupiansk district will begin on Friday, the regional administration announced.

Subscribe to our Telegram channel to be the first to know the news of Kharkiv region
Tags: #Vovchansk #Zolochiv #Lyptsi #shelling
If you noticed a mistake, select it and press Ctrl+Enter
"""
DOC = {"id": "kw04", "date": "2024-03-14", "source": "Slobozhanskyi Visnyk (Kharkiv regional news site, English edition)",
       "url": "https://slobvisnyk.example/en/region/2024/03/14/okupanty-obstrilialy-27-naselenykh-punktiv", "text": TEXT}

D, Y = "2024-03-14", "2024-03-13"
RANGE = dict(end=D, prec="range")
EVENTS = [
    E("kw04-1", "missile_artillery_strike", Y, R("UA-63", "Kharkiv region"), "RU", "UA", **RANGE, agg=True,
      family=["air_drone_strike"],
      weapons=[W("artillery"), W("mlrs"), W("drone"), W("guided_bomb")],
      note="'Over the past day, Russian troops fired on 27 towns and villages of the Kharkiv region with artillery, "
           "mortars, rocket launchers, drones and guided bombs': the regional tally, past-day range, aggregate; parent "
           "of the town lines"),
    E("kw04-2", "missile_artillery_strike", Y, L("Vovchansk"), "RU", "UA", parent="kw04-1", **RANGE, fat=N(1),
      weapons=[W("artillery")],
      note="a 64-year-old man killed by an artillery shell in Vovchansk (no hour -> the past-day range); the mortar fire "
           "on the centre is the same town line"),
    E("kw04-3", "air_drone_strike", Y, L("Zolochiv"), "RU", "UA", parent="kw04-1", inj=N(2),
      weapons=[W("guided_bomb")],
      note="'At about 19:30 yesterday … the outskirts of Zolochiv with a guided aerial bomb': the hour gives the day "
           "(13 Mar); 2 women hospitalised; Zolochiv of the Kharkiv region (686895), not the Lviv-region town"),
    E("kw04-4", "missile_artillery_strike", Y, L("Kozacha Lopan"), "RU", "UA", parent="kw04-1", **RANGE, fat=N(0),
      inj=N(0), weapons=[W("mlrs", "Grad")],
      note="'Grad rockets struck Kozacha Lopan … There were no casualties' = 0/0; no hour -> range"),
    E("kw04-5", "air_drone_strike", Y, L("Velykyi Burluk", 2, "near Velykyi Burluk"), "RU", "UA", parent="kw04-1",
      **RANGE, inj=N(1), weapons=[W("drone", "FPV")],
      note="'Near Velykyi Burluk, a Russian FPV drone hit a car … injured' (fronted 'Near X' -> precision 2)"),
    E("kw04-6", "air_drone_strike", Y, L("Derhachi", 2, "Derhachi hromada"), "RU", "UA", parent="kw04-1", **RANGE,
      weapons=[W("drone")],
      note="'In the Derhachi hromada, two private houses caught fire after a drone attack': a hromada = precision 2; "
           "no casualty statement -> counts absent"),
    E("kw04-7", "missile_artillery_strike", Y, L("Kupiansk"), "RU", "UA", parent="kw04-1", **RANGE,
      family=["air_drone_strike"], optional=True,
      note="'Kupiansk and Petropavlivka also came under fire': listed without detail -> optional (blind37 call 7)"),
    E("kw04-8", "missile_artillery_strike", Y, L("Petropavlivka"), "RU", "UA", parent="kw04-1", **RANGE,
      family=["air_drone_strike"], optional=True,
      note="listed without detail -> optional; Petropavlivka of the Kupiansk district (697421)"),
    E("kw04-9", "air_drone_strike", Y, L("Kharkiv"), "RU", "UA", parent="kw04-1", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'In Kharkiv itself, drones struck a non-residential building in the Kyivskyi district late on Wednesday' "
           "(13 Mar); 'No one was injured' = 0/0 (blind41 kr13-4)"),
    E("kw04-10", "air_drone_strike", D, L("Lyptsi"), "RU", "UA", parent="kw04-1", weapons=[W("guided_bomb")],
      note="'This morning, at 06:40, the occupiers dropped a guided aerial bomb on Lyptsi' = the publication day; "
           "'Information about casualties is being clarified' -> counts absent"),
    E("kw04-11", "armed_clash", Y, L("Kindrashivka", 2, "near Kindrashivka"), "RU", "UA", **RANGE,
      claimant="Ukrainian General Staff",
      note="'repelled five Russian assaults near Kindrashivka and Kurylivka over the past day': one clash per place, "
           "past-day range, precision 2 (blind37 call 6)"),
    E("kw04-12", "armed_clash", Y, L("Kurylivka", 2, "near Kurylivka"), "RU", "UA", **RANGE,
      claimant="Ukrainian General Staff", note="same sentence, near Kurylivka"),
]
# Not events: 'about 1,500 people who still live in the town' (background), the police's appeal 'not to return home'
# (advice), 'Every week we document cases' (habitual), the evacuation that 'will begin on Friday' (future), the five
# assaults as a number (carried by the two clashes).
STATEMENTS = [
    S("Lidiia Kobzar", "UA", "He had just gone out to feed the dog", "resident of Vovchansk"),
    S("Hanna Vorobei", "UA", "people come back for their belongings and come under fire",
      "spokeswoman, Kharkiv regional police"),
]
# Not gold: the platoon commander known only by a call sign ('Hrim': no name), the head of the regional military
# administration and the mayor (title only, reported).
MUST_NOT = ["SLOBOZHANSKYI VISNYK", "Kharkiv news 24/7", "УКР | ENG",
            "Home | Kharkiv | Region | Front | Economy | Culture | Sport", "News of the region",
            "14 March 2024, 09:12", "Views: 3 518",
            "Photo: Kharkiv Regional Military Administration",
            "Subscribe to our Telegram channel to be the first to know the news of Kharkiv region",
            "Tags: #Vovchansk #Zolochiv #Lyptsi #shelling",
            "If you noticed a mistake, select it and press Ctrl+Enter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
