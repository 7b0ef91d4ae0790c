from common import E, L, H, R, C, N, W, S, gold, ADS, INT, DIS

TITLE = "Drones hit Konotop railway station as passengers board Kyiv train: two killed, 17 injured"
TEXT = """VISNYK
УКР | РУС | ENG
News | War | Politics | Economy | Regions | Opinions | Special projects
Friday, 14 March 2025, 08:52
Kateryna Shevchuk
Drones hit Konotop railway station as passengers board Kyiv train: two killed, 17 injured
Russian attack drones struck the railway station in Konotop, Sumy Oblast, on Thursday evening as passengers were boarding a train to Kyiv. Two people were killed and 17 injured; as of Friday morning, six of them remain in hospital.

Source: Sumy Oblast Military Administration, Ukrzaliznytsia

Details: According to the regional administration, at least two Shahed drones hit the station building and the first platform at about 19:40. The blast blew out the windows of two carriages standing at the platform.

Passengers from the damaged carriages were moved to a reserve train, which left Konotop two hours late. Suburban trains between Konotop and Bakhmach were cancelled until Friday noon, Ukrzaliznytsia said.
Read also: How Ukrzaliznytsia keeps trains running under fire
Quote from Olena Marchuk, spokesperson for Ukrzaliznytsia: "The conductors had the passengers on the floor within seconds. That is why there are not more dead."

"I had my foot on the step when the first one hit. A soldier pulled me back inside," said Mykola Reva, 67, who was travelling to visit his grandson in Kyiv.

Overnight on 14 March, Russia attacked Ukraine with 178 attack drones of the Shahed type and decoy drones, the Air Force reported. As of 09:00, 94 had been shot down; another 71 decoys were "locationally lost" without consequences.

Seventeen of the downed drones fell to air defence over Sumy Oblast alone, the regional military administration said.

In Poltava, debris of a downed drone fell on the grounds of a school at night. No one was hurt, the head of the city's military administration said.
Read also: Zelenyi Hai: a village that the war moved twice
Background: On Tuesday last week, a drone damaged the canopy over the first platform of the Konotop station; nobody was hurt then. Since the autumn, Russian forces have targeted railway infrastructure in Sumy Oblast almost every day.
Become a Visnyk patron
Subscribe to Visnyk on Telegram: only verified news
Visnyk.ua © 2025. Citing is allowed with a hyperlink to visnyk.ua no lower than the first paragraph.
"""
DOC = {"id": "lc11", "date": "2025-03-14", "source": "Visnyk (Ukrainian national news site, English)",
       "url": "https://visnyk.example/eng/news/2025/03/14/konotop-station-drones", "text": TEXT}

D, THU, TUE4 = "2025-03-14", "2025-03-13", "2025-03-04"
EVENTS = [
    E("lc11-1", ADS, THU, L("Konotop"), "RU", "UA", fat=N(2), inj=N(17), weapons=[W("drone", "Shahed")],
      claimant="Sumy Oblast Military Administration",
      ev="Russian attack drones struck the railway station in Konotop, Sumy Oblast, on Thursday evening as passengers were boarding a train to Kyiv.",
      note="Shahed drones on Konotop station 'on Thursday evening' (13 Mar, Friday page), 'at about 19:40': 2 killed, "
           "17 injured ('six of them remain in hospital' is part of the 17); 'at least two Shahed drones hit' counts "
           "hits, not launches -> no launched count; not part of the night wave (an earlier evening)"),
    E("lc11-2", DIS, THU, L("Konotop"), "RU", "UA", parent="lc11-1",
      ev="Suburban trains between Konotop and Bakhmach were cancelled until Friday noon, Ukrzaliznytsia said.",
      note="the reserve train two hours late and the suburban trains to Bakhmach cancelled: one rail disruption at the "
           "damaged node, from Thursday evening (blind44 call 6)"),
    E("lc11-3", ADS, D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(178))],
      ev="Overnight on 14 March, Russia attacked Ukraine with 178 attack drones of the Shahed type and decoy drones, the Air Force reported.",
      note="the night wave 'Overnight on 14 March': 178 drones (attack and decoy counted together) -> country event, "
           "drones only = air_drone_strike"),
    E("lc11-4", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="lc11-3", weapons=[W("drone", intercepted=N(94))],
      ev="As of 09:00, 94 had been shot down",
      note="94 shot down; the 71 decoys 'locationally lost' are not intercepted (blind41 call 1)"),
    E("lc11-5", INT, D, R("UA-59", "Sumy Oblast"), "UA", "RU", parent="lc11-4", weapons=[W("drone", intercepted=N(17))],
      ev="Seventeen of the downed drones fell to air defence over Sumy Oblast alone",
      note="'Seventeen of the downed drones fell to air defence over Sumy Oblast alone' (number in words, the defender "
           "in a prepositional phrase): regional count -> required"),
    E("lc11-6", ADS, D, L("Poltava"), "RU", "UA", parent="lc11-3", fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="In Poltava, debris of a downed drone fell on the grounds of a school at night.",
      note="drone debris on a school's grounds in Poltava 'at night' (the Friday night wave): 'No one was hurt' = 0/0"),
    E("lc11-7", ADS, TUE4, L("Konotop"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="On Tuesday last week, a drone damaged the canopy over the first platform of the Konotop station; nobody was hurt then.",
      note="recalled under 'Background:': 'On Tuesday last week' (publication Friday 14 Mar -> the previous week's "
           "Tuesday, 4 Mar), drone on the station canopy, 'nobody was hurt' = 0/0 -> required (a resolvable day)"),
]
# Not events: 'six of them remain in hospital' (part of lc11-1), the windows of two carriages (damage of lc11-1), the
# 71 'locationally lost' decoys (not intercepted), 'Since the autumn … almost every day' (habitual), the 'Read also'
# headlines (furniture).
STATEMENTS = [
    S("Olena Marchuk", "UA", "The conductors had the passengers on the floor within seconds", "spokesperson, Ukrzaliznytsia"),
    S("Mykola Reva", "UA", "I had my foot on the step when the first one hit", "passenger"),
]
# Not gold: "locationally lost" (term).
MUST_NOT = ["VISNYK", "УКР | РУС | ENG", "News | War | Politics | Economy | Regions | Opinions | Special projects",
            "Friday, 14 March 2025, 08:52", "Kateryna Shevchuk",
            "Read also: How Ukrzaliznytsia keeps trains running under fire",
            "Read also: Zelenyi Hai: a village that the war moved twice", "Become a Visnyk patron",
            "Subscribe to Visnyk on Telegram: only verified news",
            "Visnyk.ua © 2025. Citing is allowed with a hyperlink to visnyk.ua no lower than the first paragraph."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
