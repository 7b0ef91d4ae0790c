from common import E, L, H, R, C, N, W, S, gold, MAS, ADS, INT, DIS

TITLE = "Missile strike on Zaporizhzhia: updated information"
TEXT = """ZAPORIZHZHIA CITY COUNCIL
Official portal of the city of Zaporizhzhia
УКР | ENG
City | Council | Executive committee | Services | Documents | Press centre
Press centre › News
29.09.2022 | 09:15 | Views: 8,412
Missile strike on Zaporizhzhia: updated information
UPDATED 18:30

At 05:40 this morning the occupiers struck Zaporizhzhia with six S-300 missiles. As of 18:30, five people have been killed and 19 injured, two children among them. Earlier in the day the figures stood at two dead and twelve injured, then at four and fifteen.

In the Oleksandrivskyi district, one of the missiles destroyed an entrance of a five-storey residential building; rescuers pulled three people from under the rubble alive. In the Komunarskyi district a car service station burned down and the windows of a kindergarten were blown out.

"We worked by hand for the first hour, because the slabs could have come down on the people underneath," said Serhii Hordiienko, a senior rescuer of the State Emergency Service.

Because of damage to a water main, part of the Komunarskyi district has been left without water supply. Drinking water is brought by tankers to the addresses listed on the page of the water utility.

At 13:10 a kamikaze drone hit the territory of an industrial enterprise in the Zavodskyi district. The fire was extinguished within forty minutes; there were no casualties. Two more Shahed-136 drones were shot down over the city in the afternoon by units of the Air Command "Skhid".

Yesterday, at 21:30, the occupiers fired Grad rockets at Balabyne. One person was wounded, and three houses were damaged.

"Three families from the destroyed entrance will move into the modular town today. Nobody will be left on the street," said Iryna Bondarchuk, director of the city council's housing department.

By decision of the executive committee, 30 September has been declared a day of mourning in Zaporizhzhia. Residents whose homes were damaged can apply for compensation at any administrative services centre from Monday.
Photo: press service of the city council
Previous news: Heating season: schedule of pressure tests for the Komunarskyi district
City council hotline: 15-80
© 2022 Zaporizhzhia City Council. Materials may be used with a link to the source.
"""
DOC = {"id": "lc09", "date": "2022-09-29", "source": "Zaporizhzhia City Council (official city portal, English version)",
       "url": "https://zp.example/en/news/2022-09-29/raketnyi-udar-onovlena-informatsiia", "text": TEXT}

D, WED = "2022-09-29", "2022-09-28"
EVENTS = [
    E("lc09-1", MAS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(5), inj=N(19), weapons=[W("missile", "S-300", launched=N(6))],
      ev="At 05:40 this morning the occupiers struck Zaporizhzhia with six S-300 missiles.",
      note="six S-300 missiles at 05:40 on Thursday 29 Sep: the toll rose 2/12 -> 4/15 -> 5 killed 19 injured 'As of "
           "18:30' (the latest figure wins); the Oleksandrivskyi and Komunarskyi district lines are the same strike at "
           "the same place (one event, blind44 call 2); S-300 = category missile, launched 6"),
    E("lc09-2", DIS, D, L("Zaporizhzhia"), "RU", "UA", parent="lc09-1",
      ev="Because of damage to a water main, part of the Komunarskyi district has been left without water supply.",
      note="part of the Komunarskyi district (= the city) without water after the strike damaged a water main"),
    E("lc09-3", ADS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="At 13:10 a kamikaze drone hit the territory of an industrial enterprise in the Zavodskyi district.",
      note="13:10 kamikaze drone on an industrial enterprise in the Zavodskyi district: a second site at another hour "
           "with another weapon = its own event (blind43 call 2); 'there were no casualties' = 0/0"),
    E("lc09-4", INT, D, L("Zaporizhzhia"), "UA", "RU", weapons=[W("drone", "Shahed-136", intercepted=N(2))],
      ev="Two more Shahed-136 drones were shot down over the city in the afternoon by units of the Air Command \"Skhid\".",
      note="two Shahed-136 shot down over the city in the afternoon (agentless passive with a late by-phrase): "
           "interception at the city"),
    E("lc09-5", MAS, WED, L("Balabyne"), "RU", "UA", inj=N(1), weapons=[W("mlrs", "Grad")],
      ev="Yesterday, at 21:30, the occupiers fired Grad rockets at Balabyne.",
      note="'Yesterday, at 21:30' (Wednesday 28 Sep): Grad rockets on Balabyne (a town south of the city, 712934): 1 "
           "wounded; not part of the morning's toll"),
]
# Not events: the rescue of three people (part of lc09-1), water brought by tankers (relief), the families' move
# 'today' into the modular town (relief, plan), the day of mourning on 30 September (a commemoration, blind41 kr03), the
# compensation 'from Monday' (future), the 'Previous news' headline (furniture).
STATEMENTS = [
    S("Serhii Hordiienko", "UA", "We worked by hand for the first hour", "senior rescuer, State Emergency Service"),
    S("Iryna Bondarchuk", "UA", "Nobody will be left on the street", "director, housing department of the city council"),
]
# Not gold: "Skhid" (a unit's name).
MUST_NOT = ["ZAPORIZHZHIA CITY COUNCIL", "Official portal of the city of Zaporizhzhia", "УКР | ENG",
            "City | Council | Executive committee | Services | Documents | Press centre", "Press centre › News",
            "29.09.2022 | 09:15 | Views: 8,412", "Photo: press service of the city council",
            "Previous news: Heating season: schedule of pressure tests for the Komunarskyi district",
            "City council hotline: 15-80",
            "© 2022 Zaporizhzhia City Council. Materials may be used with a link to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
