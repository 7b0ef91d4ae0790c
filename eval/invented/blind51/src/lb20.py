from common import E, L, R, C, N, W, S, gold

TITLE = "Zaporizhzhia region: 412 strikes on nine settlements in a day, guided bombs on Huliaipole"
TEXT = """ПІВДЕНЬ TV
Pivden TV · Zaporizhzhia news in English
▶ LIVE: watch Pivden TV online
Home / News / Region
Zaporizhzhia region: 412 strikes on nine settlements in a day, guided bombs on Huliaipole
Tuesday, 8 July 2025, 09:47
Russian troops struck nine settlements of the Zaporizhzhia region 412 times over the past day, the head of the regional military administration said on Tuesday morning, listing five guided aerial bombs, 260 drones of various types and 147 artillery shells.

Huliaipole took the heaviest blow. Two guided bombs dropped on the town on Monday afternoon killed a 59-year-old man and destroyed the building of the local administration.

In Stepnohirsk, FPV drones attacked a car and a private house, and a woman was injured. Mala Tokmachka and Prymorske also came under fire.
Video: the aftermath of the night attack in the Komunarskyi district
1:24
The regional centre was attacked overnight. At about 2:30 a.m. drones hit an industrial facility in Zaporizhzhia's Komunarskyi district, injuring two men, the city military administration said; windows were blown out in three high-rise buildings nearby.

Pivden TV correspondent Maksym Kovalenko, who reached the site in the morning, saw firefighters still spraying the smouldering roof of the workshop.

"We have taped the windows with film three times this year. Now there is nothing left to tape," said Liudmyla Sydorenko, who lives in one of the damaged buildings.
Share this news: Facebook · Telegram · Viber
All rights reserved. When quoting, a hyperlink to pivden-tv.example is required.
"""
DOC = {"id": "lb20", "date": "2025-07-08", "source": "Pivden TV (Ukrainian regional television website, English)",
       "url": "https://pivden-tv.example/en/news/region/2025-07-08-412-strikes", "text": TEXT}

D = "2025-07-08"
MON = "2025-07-07"
EVENTS = [
    E("lb20-1", "missile_artillery_strike", MON, R("UA-23", "Zaporizhzhia region"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      weapons=[W("guided_bomb", launched=N(5)), W("drone", launched=N(260)), W("artillery", launched=N(147))],
      evidence="Russian troops struck nine settlements of the Zaporizhzhia region 412 times over the past day",
      note="the regional tally 'over the past day' (Tuesday report -> 7-8 Jul range, aggregate; blind41 call 3); the "
           "three weapon kinds it lists add up to 412 (both strike types accepted)"),
    E("lb20-2", "air_drone_strike", MON, L("Huliaipole"), "RU", "UA", parent="lb20-1", fat=N(1),
      weapons=[W("guided_bomb", launched=N(2))],
      evidence="Two guided bombs dropped on the town on Monday afternoon killed a 59-year-old man",
      note="'Two guided bombs dropped on the town on Monday afternoon' (7 Jul): 1 killed; glide bombs = air strike"),
    E("lb20-3", "air_drone_strike", MON, L("Stepnohirsk"), "RU", "UA", parent="lb20-1", end=D, prec="range",
      inj=N(1), weapons=[W("drone", "FPV")],
      evidence="In Stepnohirsk, FPV drones attacked a car and a private house, and a woman was injured",
      note="FPV drones in Stepnohirsk, 1 injured; the line gives no time -> the past-day range (blind41 call 3)"),
    E("lb20-4", "missile_artillery_strike", MON, L("Mala Tokmachka"), "RU", "UA", parent="lb20-1", end=D,
      prec="range", family=["air_drone_strike"], optional=True,
      evidence="Mala Tokmachka and Prymorske also came under fire",
      note="'also came under fire' without detail -> optional (blind41 call 3)"),
    E("lb20-5", "missile_artillery_strike", MON, L("Prymorske"), "RU", "UA", parent="lb20-1", end=D, prec="range",
      family=["air_drone_strike"], optional=True,
      evidence="Mala Tokmachka and Prymorske also came under fire",
      note="same sentence; Prymorske 696278 of Zaporizhzhia oblast (near Stepnohirsk), not the Odesa, Kherson or "
           "Donetsk homonyms -> optional"),
    E("lb20-6", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      evidence="At about 2:30 a.m. drones hit an industrial facility in Zaporizhzhia's Komunarskyi district, "
               "injuring two men",
      note="'At about 2:30 a.m.' (Tuesday): drones on the Komunarskyi district (= the city), 2 injured; the "
           "correspondent's line that follows is article text (not a byline)"),
]
# Not events: 'taped the windows … three times this year' (habit). The video title and its '1:24' are furniture.
STATEMENTS = [
    S("Liudmyla Sydorenko", "UA", "Now there is nothing left to tape", "resident, Komunarskyi district"),
]
MUST_NOT = ["ПІВДЕНЬ TV", "Pivden TV · Zaporizhzhia news in English", "▶ LIVE: watch Pivden TV online",
            "Home / News / Region", "Tuesday, 8 July 2025, 09:47",
            "Video: the aftermath of the night attack in the Komunarskyi district", "1:24",
            "Share this news: Facebook · Telegram · Viber",
            "All rights reserved. When quoting, a hyperlink to pivden-tv.example is required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
