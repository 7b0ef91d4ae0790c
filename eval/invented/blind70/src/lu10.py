from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, CLA, TER, AGR

TITLE = "Front review, week 15: a foothold in Chasiv Yar, an armoured push at Kupiansk and ground regained at Stepnohirsk"
TEXT = """THE TRENCH LINE
independent defence blog · maps, orbats, analysis
Home | Front reviews | Equipment | Maps | Support us
Front review, week 15: a foothold in Chasiv Yar, an armoured push at Kupiansk and ground regained at Stepnohirsk
Posted on Sunday, 13 April 2025 by Rafał "Okop" Mazur · reading time 5 min
As usual, the review runs north to south and then turns to the strikes. Dates are those of the events, not of the posts that reported them.

Kupiansk. The week's biggest set-piece came on Thursday, when a Russian column of roughly a battalion's strength, tanks and BMPs in front, tried to break through near Kupiansk. It was stopped in the fields east of the town; the Ukrainian brigade there claims nine armoured vehicles destroyed. "They came in a column at dawn, as if it were 2022," said Senior Lieutenant Yevhen Kolomiiets of the brigade's drone company. Russian milbloggers, usually loud about such pushes, said nothing.

Chasiv Yar. Footage geolocated by several open-source accounts, and dated to Tuesday, shows Russian infantry moving through the Zhovtnevyi quarter in the west of Chasiv Yar. A foothold there is not control of the town, but it is a foothold.

Toretsk. Fighting went on near Toretsk on Wednesday, with small Russian groups infiltrating along the railway line; no change of positions was confirmed.

Stepnohirsk. Good news from the south: on Saturday, Ukrainian troops retook a strongpoint west of Stepnohirsk that had been lost in March, the local brigade said. "We took it back with a platoon and two drones overhead, and nobody was killed on our side," said its spokesman, Major Taras Levchenko.

Strikes. In the small hours of Monday, Ukrainian drones went after the Beriev aircraft plant in Taganrog; the Rostov governor admitted a fire in a workshop and three injured. On Wednesday, an Iskander-M ballistic missile struck a training area near Pavlohrad; the army says casualties are being established. Kharkiv had a bad night into Friday, when two Shaheds hit the Kyivskyi district and five residents were injured. And this morning, a guided bomb killed one man in Kostiantynivka.

Exchange. On Saturday, 175 Ukrainian prisoners of war came home, and the same number went back to Russia.

Numbers. In his Sunday address, the president said that over the week Russia had used some 1,460 attack drones, about 1,280 guided bombs and 24 missiles against Ukraine. The General Staff counted 1,147 combat clashes along the whole front.

What I am watching next week: whether the Kupiansk attempt was a probe or the start of something larger. If the Russians bring up a second echelon, the town's northern flank becomes the story.
Support the blog on Patreon: maps and orbat files for supporters
Tags: Kupiansk, Chasiv Yar, Toretsk, Stepnohirsk, weekly
11 comments
"""
DOC = {"id": "lu10", "date": "2025-04-13", "source": "The Trench Line (independent defence blog, weekly front review)",
       "url": "https://trenchline.example/2025/04/13/front-review-week-15", "text": TEXT}


def d(n):
    return f"2025-04-{n:02d}"


EVENTS = [
    E("lu10-1", CLA, d(10), H("Kupiansk", "fields east of Kupiansk"), "RU", "UA", claimant="Ukrainian brigade at Kupiansk",
      evidence="The week's biggest set-piece came on Thursday, when a Russian column of roughly a battalion's strength, tanks and BMPs in front, tried to break through near Kupiansk.",
      note="'on Thursday' in a Sunday review = 10 Apr; a repelled assault is a clash, the attacker RU; near X = "
           "precision 2; nine vehicles destroyed is no casualty count"),
    E("lu10-2", TER, d(8), L("Chasiv Yar"), "RU", "UA", claimant="open-source geolocation",
      evidence="Footage geolocated by several open-source accounts, and dated to Tuesday, shows Russian infantry moving through the Zhovtnevyi quarter in the west of Chasiv Yar.",
      note="a footage-dated advance inside the town -> the footage day Tue 8 Apr, precision 1 (blind63 call 2)"),
    E("lu10-3", CLA, d(9), H("Toretsk", "near Toretsk"), "RU", "UA",
      evidence="Fighting went on near Toretsk on Wednesday",
      note="Wed 9 Apr; infiltrating Russian groups -> RU attacker; 'no change of positions' concerns territory only"),
    E("lu10-4", TER, d(12), H("Stepnohirsk", "west of Stepnohirsk"), "UA", "RU", claimant="Taras Levchenko",
      evidence="on Saturday, Ukrainian troops retook a strongpoint west of Stepnohirsk that had been lost in March",
      note="Sat 12 Apr; a Ukrainian regain, 'west of X' = precision 2; the loss 'in March' is history"),
    E("lu10-5", ADS, d(7), L("Taganrog"), "UA", "RU", inj=N(3), weapons=[W("drone")], claimant="Rostov governor",
      evidence="In the small hours of Monday, Ukrainian drones went after the Beriev aircraft plant in Taganrog",
      note="'In the small hours of Monday' = 7 Apr; the governor's 'three injured'; Taganrog 484907 (RU-ROS)"),
    E("lu10-6", MAS, d(9), H("Pavlohrad", "training area near Pavlohrad"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(1))],
      evidence="On Wednesday, an Iskander-M ballistic missile struck a training area near Pavlohrad",
      note="Wed 9 Apr; near X = precision 2; 'casualties are being established' -> absent"),
    E("lu10-7", ADS, d(11), L("Kharkiv"), "RU", "UA", inj=N(5), weapons=[W("drone", "Shahed-136", launched=N(2))],
      evidence="Kharkiv had a bad night into Friday, when two Shaheds hit the Kyivskyi district and five residents were injured.",
      note="'night into Friday' -> 11 Apr; Kyivskyi district = the city; two Shaheds counted"),
    E("lu10-8", ADS, d(13), L("Kostiantynivka"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      evidence="this morning, a guided bomb killed one man in Kostiantynivka",
      note="'this morning' in a Sunday post = 13 Apr"),
    E("lu10-9", AGR, d(12), C(None, "undisclosed"), "UA", "RU",
      evidence="On Saturday, 175 Ukrainian prisoners of war came home, and the same number went back to Russia.",
      note="a prisoner exchange is an agreement without a place (blind53 ld11-11), Sat 12 Apr"),
    E("lu10-10", MAS, d(7), C("UA", "Ukraine"), "RU", "UA", end=d(13), prec="week", agg=True, family=[ADS],
      claimant="president of Ukraine",
      weapons=[W("drone", launched=N(1460, "about")), W("guided_bomb", launched=N(1280, "about")),
               W("missile", launched=N(24))],
      evidence="the president said that over the week Russia had used some 1,460 attack drones, about 1,280 guided bombs and 24 missiles against Ukraine",
      note="a week tally said on the publication Sunday -> required week aggregate Mon 7 – Sun 13 Apr (blind49 call 2), "
           "typed by the missiles, both strike types; 'some' / 'about' -> about"),
    E("lu10-11", CLA, d(7), C("UA", "Ukraine"), "RU", "UA", end=d(13), prec="week", agg=True, optional=True,
      claimant="General Staff of Ukraine",
      evidence="The General Staff counted 1,147 combat clashes along the whole front.",
      note="a front-wide clash count over the week -> optional (blind53 ld11, blind62 call 6)"),
]
# Not events: 'As usual' (method), the milbloggers' silence (negation), 'as if it were 2022' (comparison), the
# strongpoint 'lost in March' (history, undated), 'nobody was killed on our side' (said of the regain, no strike),
# 'What I am watching next week' and 'If the Russians bring up a second echelon' (forecast, conditional). Furniture:
# masthead, tagline, menu, posted line, Patreon line, tags, comments count.
STATEMENTS = [
    S("Yevhen Kolomiiets", "UA", "They came in a column at dawn", "drone company, Ukrainian brigade at Kupiansk"),
    S("Taras Levchenko", "UA", "We took it back with a platoon and two drones overhead", "brigade spokesman, Stepnohirsk"),
]
MUST_NOT = ["THE TRENCH LINE", "independent defence blog · maps, orbats, analysis",
            "Home | Front reviews | Equipment | Maps | Support us",
            "Posted on Sunday, 13 April 2025 by Rafał \"Okop\" Mazur · reading time 5 min",
            "Support the blog on Patreon: maps and orbat files for supporters",
            "Tags: Kupiansk, Chasiv Yar, Toretsk, Stepnohirsk, weekly", "11 comments"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
