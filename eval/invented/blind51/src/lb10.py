from common import E, L, R, C, N, W, S, gold

TITLE = "Guided bomb hits Osnovianskyi district: two dead, 19 injured"
TEXT = """KHARKIV TODAY
Новини Харкова · English
Kharkiv | Region | Front | City life
19 October 2025, 18:02
Guided bomb hits Osnovianskyi district: two dead, 19 injured
A Russian guided aerial bomb struck a residential neighbourhood in Kharkiv's Osnovianskyi district at about 14:30 on Sunday, destroying a two-storey house and damaging a row of shops nearby, the city's mayor said.

At first the authorities reported one woman killed and eleven people wounded.

UPDATE (17:20): the toll has risen to two dead and 19 injured, among them three children, the regional governor said.

The blast ruptured a gas pipeline, and around 600 homes in the area have been cut off from gas while repairs continue.
"The bomb came in without any siren. None," said Oleksandr Hrytsenko.
Hrytsenko, 47, runs a tyre shop on the street.
Photo: Kharkiv Today / Denys Klymenko
Earlier on Sunday, shortly after 8 a.m., a Russian FPV drone struck a car travelling near Zolochiv, in the Bohodukhiv district, killing the 52-year-old driver. In Chuhuiv, artillery shelling in the afternoon wounded a woman, according to the regional police.

On Saturday, police detained a 23-year-old local man who had been filming approaching Russian drones from the roof of a high-rise in the Saltivskyi district; investigators suspect he was sending the footage to a Russian Telegram channel.

Guided bombs have hit Kharkiv more than a dozen times this month.
Have news? Write to our Telegram bot @kharkivtoday_bot
Читайте нас у Telegram, Instagram і YouTube
Related: Metro stations in Kharkiv to stay open as shelters overnight
"""
DOC = {"id": "lb10", "date": "2025-10-19", "source": "Kharkiv Today (Ukrainian city news site, English edition)",
       "url": "https://kharkivtoday.example/en/news/2025/10/19/guided-bomb-osnovianskyi", "text": TEXT}

D = "2025-10-19"
EVENTS = [
    E("lb10-1", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(19), weapons=[W("guided_bomb")],
      evidence="the toll has risen to two dead and 19 injured",
      note="guided aerial bomb on the Osnovianskyi district (= the city) 'at about 14:30 on Sunday' (publication day); "
           "first 1 killed 11 wounded, the body line 'UPDATE (17:20): … two dead and 19 injured' wins (the latest "
           "figure; kept as text although it looks like a live-blog stamp)"),
    E("lb10-2", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="lb10-1",
      evidence="around 600 homes in the area have been cut off from gas",
      note="'The blast ruptured a gas pipeline' -> about 600 homes without gas"),
    E("lb10-3", "air_drone_strike", D, L("Zolochiv", 2, "road near Zolochiv"), "RU", "UA", fat=N(1),
      weapons=[W("drone", "FPV")],
      evidence="a Russian FPV drone struck a car travelling near Zolochiv, in the Bohodukhiv district, killing the "
               "52-year-old driver",
      note="'Earlier on Sunday, shortly after 8 a.m.': FPV drone on a car near Zolochiv — the Kharkiv-oblast town "
           "686895 (Bohodukhiv district), not the larger Zolochiv of Lviv oblast; near X = precision 2"),
    E("lb10-4", "missile_artillery_strike", D, L("Chuhuiv"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      evidence="In Chuhuiv, artillery shelling in the afternoon wounded a woman",
      note="artillery in Chuhuiv 'in the afternoon' (of Sunday): 1 wounded; the attacker follows the page's Russian "
           "strikes"),
    E("lb10-5", "arrest", "2025-10-18", L("Kharkiv"), "UA", None, claimant="police",
      evidence="On Saturday, police detained a 23-year-old local man",
      note="'On Saturday' (18 Oct, in a Sunday page) police detained a man filming drones from a roof in the "
           "Saltivskyi district (= the city): arrest of a suspect, actor2 null"),
]
# Not events: the footage sent to a Telegram channel (suspected, undated), 'Guided bombs have hit Kharkiv more than a dozen times this month' (tally), repairs 'continue'.
STATEMENTS = [
    S("Oleksandr Hrytsenko", "UA", "The bomb came in without any siren", "tyre-shop owner, Osnovianskyi district"),
]
MUST_NOT = ["KHARKIV TODAY", "Новини Харкова · English", "Kharkiv | Region | Front | City life",
            "19 October 2025, 18:02", "Photo: Kharkiv Today / Denys Klymenko",
            "Have news? Write to our Telegram bot @kharkivtoday_bot", "Читайте нас у Telegram, Instagram і YouTube",
            "Related: Metro stations in Kharkiv to stay open as shelters overnight"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
