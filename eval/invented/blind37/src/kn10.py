from common import E, L, R, C, N, W, S, gold

TITLE = "Russians shell Kupiansk and border villages of Kharkiv Oblast: one killed, three injured"
TEXT = """NOVYNY.UA
Ukrainian | English
News feed | Politics | War | Economy | Columns | Video
Russians shell Kupiansk and border villages of Kharkiv Oblast: one killed, three injured
Wednesday, 14 June 2023, 10:41
Author: Mariia Stasiuk
Over the past day, Russian troops shelled more than 20 settlements in the Kupiansk, Chuhuiv, Kharkiv and Bohodukhiv districts of Kharkiv Oblast. One person was killed and three were injured, the head of the oblast military administration reported on Wednesday.

Source: Kharkiv Oblast Military Administration on Telegram

In Kupiansk, Russian artillery hit a residential area on Tuesday evening. A 52-year-old man was killed, and a man and a woman were injured.

"The shells landed near the water distribution point at the time people were queueing. We are again asking residents to evacuate to safer areas," said Oleh Tkachenko, head of the Kupiansk city military administration.

In the village of Kozacha Lopan, a private house burned down after mortar fire on Tuesday. No one was hurt.

Overnight, a Russian drone dropped an explosive device on a grocery shop in Velykyi Burluk, injuring a 47-year-old saleswoman.
Advertisement:
On Wednesday morning, Russian aircraft struck Vovchansk with a guided aerial bomb. Information about casualties is being clarified.

In the Zolochiv hromada, Grad multiple rocket launchers hit a power line on Tuesday afternoon, leaving three villages without electricity.

"The window is gone, the freezer is gone. I was lucky I was in the back room counting the bread," Liubov Danylenko, the injured saleswoman, told a local radio station by phone from the hospital.

Kupiansk and the villages along the Russian border have been under daily fire since Ukrainian forces liberated the area in September 2022.
Support Novyny.ua on Patreon!
Read also: Presidential adviser: counteroffensive "will not be a one-day event"
"""
DOC = {"id": "kn10", "date": "2023-06-14", "source": "Novyny.ua (Ukrainian national news site, English version)",
       "url": "https://www.novyny.example/eng/news/2023/06/14/7408112/", "text": TEXT}

D, Y = "2023-06-14", "2023-06-13"
EVENTS = [
    E("kn10-1", "missile_artillery_strike", Y, R("UA-63", "Kharkiv Oblast"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(1), inj=N(3), family=["air_drone_strike"],
      note="'Over the past day … shelled more than 20 settlements … One person was killed and three were injured': "
           "required aggregate range 13-14 Jun"),
    E("kn10-2", "missile_artillery_strike", Y, L("Kupiansk"), "RU", "UA", fat=N(1), inj=N(2), parent="kn10-1",
      weapons=[W("artillery")], note="artillery on a residential area 'on Tuesday evening': 1 killed, 2 injured"),
    E("kn10-3", "missile_artillery_strike", Y, L("Kozacha Lopan"), "RU", "UA", fat=N(0), inj=N(0), parent="kn10-1",
      note="house burned down after mortar fire 'on Tuesday', 'No one was hurt' = 0/0"),
    E("kn10-4", "air_drone_strike", D, L("Velykyi Burluk"), "RU", "UA", inj=N(1), parent="kn10-1",
      weapons=[W("drone")], note="'Overnight' (Wednesday report) drone dropped an explosive on a shop: 1 injured"),
    E("kn10-5", "air_drone_strike", D, L("Vovchansk"), "RU", "UA", parent="kn10-1", weapons=[W("guided_bomb")],
      note="guided bomb on Vovchansk 'On Wednesday morning'; casualties 'being clarified' -> counts absent"),
    E("kn10-6", "missile_artillery_strike", Y, L("Zolochiv", 2, "Zolochiv hromada"), "RU", "UA", parent="kn10-1",
      weapons=[W("mlrs", "Grad")],
      note="Grad fire on a power line in the Zolochiv hromada 'on Tuesday afternoon': hromada named after the town = "
           "precision 2 (Zolochiv of Kharkiv Oblast, 686895, not the Lviv one)"),
    E("kn10-7", "infrastructure_disruption", Y, L("Zolochiv", 2, "Zolochiv hromada"), "RU", "UA", parent="kn10-6",
      note="'leaving three villages without electricity'"),
]
# Not events: 'under daily fire since … September 2022' (habitual, history), the evacuation appeal, the 'Read also'
# headline with its quoted 'will not be a one-day event' (furniture).
STATEMENTS = [
    S("Oleh Tkachenko", "UA", "The shells landed near the water distribution point",
      "head of the Kupiansk city military administration"),
    S("Liubov Danylenko", "UA", "I was lucky I was in the back room counting the bread", "injured saleswoman"),
]
MUST_NOT = ["NOVYNY.UA", "Ukrainian | English", "News feed | Politics | War | Economy | Columns | Video",
            "Wednesday, 14 June 2023, 10:41", "Author: Mariia Stasiuk", "Advertisement:", "Support Novyny.ua on Patreon!",
            "Read also: Presidential adviser: counteroffensive \"will not be a one-day event\""]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
