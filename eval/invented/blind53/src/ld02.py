from common import E, L, R, C, N, W, S, H, gold, ADS, POL, DIP

TITLE = "Rada ratifies drone co-production deal as Norway's prime minister visits Kyiv"
TEXT = """THE KYIV CIVIC POST
News | Politics | War | Economy | Opinion | Podcasts
Politics › Parliament
Rada ratifies drone co-production deal as Norway's prime minister visits Kyiv
Lesia Bondar, Politics desk · 12 June 2025, 17:25
Listen to this article · 5 min
Lawmakers on Wednesday ratified an agreement with Norway on the joint production of interceptor and long-range drones, a deal that the government had signed in Oslo in March. It passed with 289 votes, well above the 226 needed.

A day later, the Norwegian prime minister arrived in Kyiv on an unannounced visit and held talks with the president on Thursday, the presidential office said. The two discussed air defence, the drone plants that the deal foresees and Norway's contribution to the fund for Ukraine's energy system, according to the office's readout.

Also on Thursday, the president signed a decree putting into force a decision of the National Security and Defence Council to impose sanctions on 54 companies and 11 individuals. Most of the companies, the decree says, supply Russian arms makers with machine tools and electronic components; two are registered in third countries.

The visit was overshadowed by the night. Hours before the prime minister's train pulled in, a Shahed-type drone struck the upper floors of an apartment building in Kharkiv, injuring three residents, the city's mayor said. The attack came shortly after 2 am.

"Ratification is the easy part. What matters is whether the first line is assembling drones by the autumn or whether we are still arguing about land plots," said Oleh Savchenko, an MP from the defence committee who voted in favour.

Not everyone in the chamber was satisfied. Several opposition deputies said the deal gave too little control to Ukrainian engineers, and a bill on the taxation of joint ventures, which was meant to accompany it, has not yet reached the floor. The speaker said it could be considered "as early as next week" if the budget committee clears it.

"We do not rule out that the sanctions list will be extended to the shipping agents. That work is under way," said Kateryna Yurchenko, a deputy secretary of the NSDC staff.

Elections remain off the table. Under the constitution, no parliamentary or presidential vote can be held while martial law is in force, and the current extension runs until August. Asked about a possible ceasefire, the president's office said only that Kyiv would consider "any format that does not reward aggression".

The Kremlin, for its part, said on Thursday that Moscow would respond to the new sanctions if they targeted Russian state companies, and that talks with Kyiv were possible only if Ukraine accepted "the new realities". It did not say when a new round might take place.

"Norway has moved faster than most of our partners, and the Rada has caught up with it," said Marta Levytska, an analyst at the Podil Policy Lab. "The test will come in the budget, not in this vote."
Read also: How the drone coalition decides which plants to fund
Topics: Verkhovna Rada, Norway, sanctions, Kharkiv
Support independent journalism: become a member of the Civic Post
© 2025 The Kyiv Civic Post. All rights reserved.
"""
DOC = {"id": "ld02", "date": "2025-06-12", "source": "The Kyiv Civic Post (Ukrainian news site, politics page)",
       "url": "https://kyivcivicpost.example/politics/2025/06/12/rada-ratifies-drone-deal-norway-visit", "text": TEXT}

D, WED = "2025-06-12", "2025-06-11"
EVENTS = [
    E("ld02-1", POL, WED, C("UA", "Ukraine"), "UA", None,
      note="'Lawmakers on Wednesday ratified an agreement with Norway on the joint production of … drones' (289 votes): "
           "a war-related decision at the deciding country (precision 4); the signing 'in Oslo in March' is history "
           "without a day"),
    E("ld02-2", DIP, D, L("Kyiv"), "NO", "UA",
      note="'the Norwegian prime minister arrived in Kyiv … and held talks with the president on Thursday': a meeting "
           "with a named place, the visitor who holds talks as actor1 (blind43 call 10)"),
    E("ld02-3", POL, D, C("UA", "Ukraine"), "UA", "RU",
      note="'Also on Thursday, the president signed a decree putting into force a decision of the NSDC to impose "
           "sanctions on 54 companies and 11 individuals' (suppliers of Russian arms makers): policy_decision at the "
           "deciding country"),
    E("ld02-4", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("drone", "Shahed-136")],
      note="'Hours before the prime minister's train pulled in, a Shahed-type drone struck … an apartment building in "
           "Kharkiv, injuring three … shortly after 2 am' (Thursday)"),
]
# Not events: the signing 'in Oslo in March' (history without a day), the readout's topics, the tax bill that 'has not
# yet reached the floor' and 'could be considered as early as next week … if' (plan/conditional), the sanctions list
# that 'will be extended' (possibility), elections 'cannot be held' (negation), martial law 'runs until August' (a
# state, not a decision of this week), Kyiv 'would consider any format' and the Kremlin's 'would respond … if' and
# 'possible only if' (conditionals), 'when a new round might take place' (unknown). Masthead, menu, breadcrumb, byline
# line, listen line, 'Read also' line, topics, membership line and © are furniture. Not gold statements: the speaker's
# "as early as next week", the president's office's "any format …" and the Kremlin's "the new realities" (title-only
# speakers, fragments).
STATEMENTS = [
    S("Oleh Savchenko", "UA", "whether the first line is assembling drones by the autumn", "MP, defence committee"),
    S("Kateryna Yurchenko", "UA", "We do not rule out that the sanctions list will be extended to the shipping agents",
      "deputy secretary, NSDC staff"),
    S("Marta Levytska", None, "Norway has moved faster than most of our partners", "analyst, Podil Policy Lab"),
]
MUST_NOT = ["THE KYIV CIVIC POST", "News | Politics | War | Economy | Opinion | Podcasts", "Politics › Parliament",
            "Lesia Bondar, Politics desk · 12 June 2025, 17:25", "Listen to this article · 5 min",
            "Read also: How the drone coalition decides which plants to fund",
            "Topics: Verkhovna Rada, Norway, sanctions, Kharkiv",
            "Support independent journalism: become a member of the Civic Post",
            "© 2025 The Kyiv Civic Post. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
