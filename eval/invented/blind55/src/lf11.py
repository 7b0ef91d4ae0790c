from common import E, L, R, C, N, W, S, H, gold, MAS, DIS, TER, DIP, POL, ATT

TITLE = "Mass burial site found in forest near Izium after Russian retreat"
TEXT = """THE PRAIRIE SENTINEL
Winfield, Kansas · Serving Cowley County since 1889
Home | Local | Sports | Obituaries | Opinion | Nation & World | Classifieds | e-Edition
Nation & World › Europe
Mass burial site found in forest near Izium after Russian retreat
By DARIA KOVAL and JONAH WRIGHT Meridian Press Agency
Posted Sep 16, 2022 | Updated 4:51 p.m.
IZIUM, Ukraine (MPA) — Ukrainian authorities began exhuming bodies Friday from a mass burial site in a pine forest on the edge of Izium, a day after investigators found more than 440 graves there, most marked only with wooden crosses and numbers.

Most of the dead were civilians, said Oleh Kuts, a regional police investigator leading the work, and some of the bodies bore signs of torture. Others had been killed by shelling and air strikes during the battle for the city in March, local officials said. One trench held the bodies of 17 soldiers.

"We found a man with his hands tied and a rope around his neck. We don't know yet how many more like him there are," Kuts said at the site, as workers in white protective suits lifted a body bag from a pit.

Tetiana Bilenka, 56, stood at the edge of the forest with a photo of her brother. "He went out for water in March and never came back. A neighbor told me he was buried here, under a number," she said.
Advertisement
Ukrainian forces recaptured Izium on Saturday, as Russian troops pulled back across much of the Kharkiv region in the face of a lightning counteroffensive that began in early September.

Balakliia, the first sizable town to fall in the push, was back in Ukrainian hands by Thursday, Sept. 8, and the rail hub of Kupiansk on the Oskil River followed on Saturday. Ukrainian officials say more than 300 settlements and 8,000 square kilometers (3,100 square miles) have been retaken since Sept. 6. Russia's Defense Ministry described its withdrawal as a planned "regrouping" toward the Donetsk region.

Ukraine's president walked through the center of Izium on Wednesday, shaking hands with soldiers in front of the burned-out city hall. There was no immediate comment from Moscow on the burial site.

"Retaking ground is the easy part of a counteroffensive. Holding it through the winter, when the Russians have time to dig in along the Oskil, is where this gets decided," said Rachel Hennings, a senior fellow at the Great Plains Institute for Security Studies.

Also on Wednesday, Russian missiles hit a dam on the Inhulets River in Kryvyi Rih, the president's hometown, flooding more than 100 houses and forcing the evacuation of two districts. The water supply to parts of the city was cut. Local officials said Russian missiles struck hydraulic structures in the city again on Thursday.

In Samarkand, Uzbekistan, the Russian president met China's leader on Thursday on the sidelines of a summit of the Shanghai Cooperation Organization and acknowledged that Beijing had "questions and concerns" about the war. On Friday he met India's prime minister, who told him that "today's era is not an era of war."

In Washington, the Pentagon announced Thursday a further $600 million in weapons and equipment for Ukraine, including ammunition for HIMARS rocket launchers.
© 2022 Meridian Press Agency. Reprinted under license; further redistribution prohibited.
Sign up for The Sentinel's daily headlines newsletter
Comments (0)
© 2022 The Prairie Sentinel, 218 E. Ninth Ave., Winfield, KS 67156
"""
DOC = {"id": "lf11", "date": "2022-09-16", "source": "The Prairie Sentinel (US regional newspaper) reprinting Meridian Press Agency",
       "url": "https://www.prairiesentinel.example/news/nation-world/mass-burial-site-found-izium/article_5c1e.html",
       "text": TEXT}

D, THU, WED, SAT = "2022-09-16", "2022-09-15", "2022-09-14", "2022-09-10"
EVENTS = [
    E("lf11-1", TER, SAT, L("Izium"), "UA", "RU",
      evidence="Ukrainian forces recaptured Izium on Saturday",
      note="'on Saturday' of a Friday page = 10 September; Ukraine regains the city"),
    E("lf11-2", TER, "2022-09-08", L("Balakliia"), "UA", "RU",
      evidence="Balakliia, the first sizable town to fall in the push, was back in Ukrainian hands by Thursday, Sept. 8",
      note="'by Thursday, Sept. 8' -> 8 September (the day given); Balakliia 712926 (Kharkiv oblast, not the Poltava "
           "namesake)"),
    E("lf11-3", TER, SAT, L("Kupiansk"), "UA", "RU",
      evidence="the rail hub of Kupiansk on the Oskil River followed on Saturday",
      note="'followed on Saturday' = 10 September"),
    E("lf11-4", TER, "2022-09-06", R("UA-63", "Kharkiv region"), "UA", "RU", end=D, prec="range", agg=True,
      optional=True,
      evidence="Ukrainian officials say more than 300 settlements and 8,000 square kilometers (3,100 square miles) have been retaken since Sept. 6",
      note="a tally of ground 'since Sept. 6' up to the page: aggregate territory_change over a range -> optional"),
    E("lf11-5", ATT, None, H("Izium", "pine forest on the edge of Izium"), "RU", "UA", prec="unknown", optional=True,
      evidence="Most of the dead were civilians, said Oleh Kuts, a regional police investigator leading the work, and some of the bodies bore signs of torture",
      note="the killings behind the graves: civilians, some tortured, during the occupation (the shelling deaths of "
           "'March' are part of the battle) - no day -> optional attack_on_civilians, date null (blind50: a specific "
           "harmful incident without a day is optional); the finding of the graves on Thursday and the exhumation on "
           "Friday are not events of the taxonomy"),
    E("lf11-6", MAS, WED, L("Kryvyi Rih"), "RU", "UA", weapons=[W("missile")],
      evidence="Also on Wednesday, Russian missiles hit a dam on the Inhulets River in Kryvyi Rih",
      note="'Also on Wednesday' = 14 September; flooded houses are damage, no casualties given"),
    E("lf11-7", DIS, WED, L("Kryvyi Rih"), "RU", "UA", parent="lf11-6",
      evidence="The water supply to parts of the city was cut",
      note="the water cut caused by the strike on the dam (the evacuation of two districts is part of the same "
           "disruption)"),
    E("lf11-8", MAS, THU, L("Kryvyi Rih"), "RU", "UA", weapons=[W("missile")],
      evidence="Local officials said Russian missiles struck hydraulic structures in the city again on Thursday",
      note="a second strike on the city 'again on Thursday' (15 September): its own event, one day after lf11-6"),
    E("lf11-9", DIP, THU, L("Samarkand"), "RU", "CN",
      evidence="In Samarkand, Uzbekistan, the Russian president met China's leader on Thursday",
      note="a meeting at a named place (Samarkand, UZ-SA) on Thursday 15 September; the Russian president is the "
           "subject -> actor1 RU"),
    E("lf11-10", DIP, D, L("Samarkand"), "RU", "IN",
      evidence="On Friday he met India's prime minister",
      note="'On Friday' (the publication day) the same president met India's prime minister, in Samarkand (the place "
           "of the paragraph)"),
    E("lf11-11", POL, THU, C("US", "United States"), "US", "UA",
      evidence="In Washington, the Pentagon announced Thursday a further $600 million in weapons and equipment for Ukraine",
      note="an aid package announced Thursday (15 September): at the deciding country although Washington is named"),
]
# Not events: the finding of the graves 'a day' before and the exhumation on Friday (investigative steps, no taxonomy
# type), the 17 soldiers in one trench (part of lf11-5's site), Bilenka's brother 'in March' (one of the undated deaths),
# the Russian 'regrouping' (the ministry's word for the same withdrawals), the counteroffensive 'that began in early
# September' (no day), the president walking through Izium on Wednesday (a visit in his own country), 'no immediate
# comment from Moscow' (negation), Hennings's analysis, the evacuation of two districts (inside lf11-7). Quoted fragments
# that are not gold statements: "regrouping" (ministry), "questions and concerns" (the Russian president, title only),
# "today's era is not an era of war" (India's prime minister, title only). Masthead, tagline, menu, section line, byline,
# posted line, 'Advertisement', the wire's copyright line, the newsletter line, the comments line and the paper's footer
# are furniture; the dateline 'IZIUM, Ukraine (MPA) —' stays.
STATEMENTS = [
    S("Oleh Kuts", "UA", "We found a man with his hands tied and a rope around his neck",
      "regional police investigator, Izium"),
    S("Tetiana Bilenka", "UA", "He went out for water in March and never came back", "resident searching for her brother"),
    S("Rachel Hennings", None, "Retaking ground is the easy part of a counteroffensive",
      "senior fellow, Great Plains Institute for Security Studies"),
]
MUST_NOT = ["THE PRAIRIE SENTINEL", "Winfield, Kansas · Serving Cowley County since 1889",
            "Home | Local | Sports | Obituaries | Opinion | Nation & World | Classifieds | e-Edition", "Nation & World › Europe",
            "By DARIA KOVAL and JONAH WRIGHT Meridian Press Agency", "Posted Sep 16, 2022 | Updated 4:51 p.m.",
            "Advertisement",
            "© 2022 Meridian Press Agency. Reprinted under license; further redistribution prohibited.",
            "Sign up for The Sentinel's daily headlines newsletter", "Comments (0)",
            "© 2022 The Prairie Sentinel, 218 E. Ninth Ave., Winfield, KS 67156"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
