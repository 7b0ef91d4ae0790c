from common import E, L, R, C, N, W, S, H, gold, ADS, CLASH, TC

TITLE = "Ukraine Daily Brief: Russia claims Serebrianka, Ukrainian troops regain ground north of Kupiansk"
TEXT = """HARWELL CENTRE FOR DEFENCE STUDIES
Research | Experts | Events | Daily Brief | About
Daily Brief › Ukraine › No. 389
Ukraine Daily Brief: Russia claims Serebrianka, Ukrainian troops regain ground north of Kupiansk
16 October 2024 | 18:30 London
Authors: Fiona Redgrave, Daniel Osei and the Harwell Ukraine team
Download PDF
Key points
• Russia's Defence Ministry claimed the capture of Serebrianka in the Siversk direction; Ukraine's General Staff denied it and says fighting continues in the village.
• Ukrainian troops recently advanced on the eastern edge of Kindrashivka, north of Kupiansk.
• Russian forces advanced into the centre of Myrove, west of Kupiansk, and a Ukrainian brigade pulled back from positions south of Petropavlivka.

Siversk direction
The Russian Defence Ministry claimed on 15 October that Russian forces had "liberated" Serebrianka, north of Siversk. Ukraine's General Staff rejected the claim on 16 October, stating that fighting continues in the northern part of the village and that Ukrainian units still hold positions along the river.

Russian forces attacked near Bilohorivka, Zvanivka and Dronivka on 15 and 16 October but made no confirmed advances.

Siversk itself was struck with at least four glide bombs on 15 October, according to the town's military administration.

Harwell did not observe Russian ground attacks south of Siversk on 15 or 16 October. Russian milbloggers have complained for weeks that Ukrainian drones make daylight movement around Serebrianka almost impossible.

"Serebrianka matters less as a village than as a foothold on the bank of the Siverskyi Donets. Whoever holds the forest south of it decides how long Siversk can be supplied," said Fiona Redgrave, who leads Harwell's Ukraine team.

Kupiansk direction
Geolocated footage published on 15 October shows Ukrainian troops clearing a street on the eastern edge of Kindrashivka, indicating a recent Ukrainian advance.

Geolocated footage published on 16 October shows a Russian assault group raising a flag outside the village council building in central Myrove, indicating that Russian forces advanced into the centre of the settlement.

Maksym Dovhal, a spokesperson for a Ukrainian mechanised brigade in the area, said on 16 October that his unit had withdrawn from positions south of Petropavlivka on the night of 14 to 15 October to avoid being encircled. "We gave up the positions, not the people. That was the trade, and I would make it again," he said. A Russian mechanised assault of ten armoured vehicles near Kurylivka was repelled on 16 October, he added.

A prominent Russian milblogger claimed on 16 October that Russian forces had entered Kupiansk itself from the north. Harwell has seen no evidence to support this claim and assesses it to be false.

Russian forces have pressed on the Kupiansk bridgehead east of the Oskil River since late August, and some Russian sources claim that assault units are massing to cross the river north of the town. Harwell has not observed preparations of that kind and treats the reports with caution.

Other directions
Harwell observed no confirmed changes in the Pokrovsk, Kurakhove or Vuhledar directions on 16 October. Ukraine's General Staff reported 141 combat engagements along the whole front on 15 October, 19 of them in the Kupiansk direction.

Assessment
Russian forces have attacked in the Siversk direction almost daily since August. If they seize Serebrianka, they could threaten Siversk's supply lines from the north, and Harwell expects them to commit further reserves there in the coming weeks. A renewed push on Kupiansk is likely once the ground freezes.

Indicators to watch
• A Russian attempt to cross the Siverskyi Donets south of Serebrianka, which would signal an effort to envelop Siversk.
• Any withdrawal of Ukrainian units from the eastern bank of the Oskil near Kupiansk.
• A rise in glide-bomb strikes on Siversk and Kupiansk, which has preceded every major Russian assault in these areas this year.
Maps are updated separately and may lag the text.
Cite this brief: Harwell Centre for Defence Studies, Ukraine Daily Brief No. 389, 16 October 2024.
© Harwell Centre for Defence Studies 2024. All rights reserved.
"""
DOC = {"id": "le07", "date": "2024-10-16", "source": "Harwell Centre for Defence Studies (think tank, daily note)",
       "url": "https://harwell-defence.example/daily-brief/ukraine-389", "text": TEXT}

D, Y = "2024-10-16", "2024-10-15"
RANGE = dict(prec="range", end=D)
EVENTS = [
    E("le07-1", TC, Y, L("Serebrianka"), "RU", "UA", family=[CLASH], claimant="Russian Defence Ministry",
      ev="The Russian Defence Ministry claimed on 15 October that Russian forces had \"liberated\" Serebrianka",
      note="the MoD's capture claim 'on 15 October', denied by the General Staff and not judged by the analysts: a "
           "claimed event, required on the claim day (blind41 call 4); the key point repeats it"),
    E("le07-2", CLASH, D, L("Serebrianka"), "RU", "UA", claimant="Ukraine's General Staff",
      ev="stating that fighting continues in the northern part of the village",
      note="the denial 'on 16 October' that 'fighting continues in the northern part of the village': a clash that day "
           "within the village (precision 1)"),
    E("le07-3", CLASH, Y, H("Bilohorivka", "near Bilohorivka"), "RU", "UA", **RANGE,
      ev="Russian forces attacked near Bilohorivka, Zvanivka and Dronivka on 15 and 16 October",
      note="'attacked near Bilohorivka, Zvanivka and Dronivka on 15 and 16 October': one clash per place, range 15-16 "
           "Oct, near X = precision 2 (Bilohorivka 712588 is in Luhansk oblast, UA-09)"),
    E("le07-4", CLASH, Y, H("Zvanivka", "near Zvanivka"), "RU", "UA", **RANGE,
      ev="Russian forces attacked near Bilohorivka, Zvanivka and Dronivka on 15 and 16 October",
      note="same sentence, near Zvanivka"),
    E("le07-5", CLASH, Y, H("Dronivka", "near Dronivka"), "RU", "UA", **RANGE,
      ev="Russian forces attacked near Bilohorivka, Zvanivka and Dronivka on 15 and 16 October",
      note="same sentence, near Dronivka"),
    E("le07-6", ADS, Y, L("Siversk"), "RU", "UA", weapons=[W("guided_bomb", launched=N(4, "at_least"))],
      ev="Siversk itself was struck with at least four glide bombs on 15 October",
      note="passive 'was struck with at least four glide bombs on 15 October': launched at_least 4; casualties not "
           "stated"),
    E("le07-7", TC, Y, H("Kindrashivka", "eastern edge of Kindrashivka"), "UA", "RU", family=[CLASH],
      ev="Geolocated footage published on 15 October shows Ukrainian troops clearing a street on the eastern edge of "
         "Kindrashivka",
      note="an advance shown by footage 'published on 15 October' is dated by that day (blind42 call 1); 'eastern edge "
           "of' = precision 2; Ukraine regains ground"),
    E("le07-8", TC, D, L("Myrove"), "RU", "UA", family=[CLASH],
      ev="indicating that Russian forces advanced into the centre of the settlement",
      note="footage 'published on 16 October' of a flag in central Myrove (700713, Kharkiv oblast): an advance into "
           "the settlement = precision 1, dated by the footage"),
    E("le07-9", TC, Y, H("Petropavlivka", "south of Petropavlivka"), "RU", "UA", family=[CLASH],
      ev="his unit had withdrawn from positions south of Petropavlivka on the night of 14 to 15 October",
      note="a withdrawal is the advancing side's territory_change on its night: 'the night of 14 to 15 October' = 15 "
           "Oct (said on the 16th: the event day wins, blind43 call 4); 'south of' = precision 2; Petropavlivka 697421 "
           "near Kupiansk, not the Dnipropetrovsk namesake"),
    E("le07-10", CLASH, D, H("Kurylivka", "near Kurylivka"), "RU", "UA",
      ev="A Russian mechanised assault of ten armoured vehicles near Kurylivka was repelled on 16 October",
      note="passive 'was repelled on 16 October': a clash, the Russian side attacking, near X = precision 2; the ten "
           "vehicles are not weapons of the taxonomy"),
    E("le07-11", TC, D, L("Kupiansk"), "RU", "UA", optional=True, claimant="Russian milblogger",
      ev="A prominent Russian milblogger claimed on 16 October that Russian forces had entered Kupiansk itself",
      note="a capture claim the page 'assesses … to be false' -> optional (blind42 call 1)"),
    E("le07-12", CLASH, Y, C("UA", "Ukraine"), "RU", "UA", optional=True, agg=True,
      ev="Ukraine's General Staff reported 141 combat engagements along the whole front on 15 October",
      note="front-wide count of engagements (and the Kupiansk-direction share): optional aggregate (blind41 call 3)"),
]
# Not events: the Key points bullets (repeat le07-1/2, le07-7, le07-8, le07-9), 'made no confirmed advances'
# (negation), 'Ukrainian units still hold positions along the river' (state), 'to avoid being encircled' (reason),
# the Assessment: 'almost daily since August' (habitual), 'If they seize Serebrianka, they could threaten' (conditional),
# 'expects them to commit further reserves … in the coming weeks' and 'A renewed push … is likely' (forecasts); 'did
# not observe Russian ground attacks south of Siversk' and 'no confirmed changes in the Pokrovsk, Kurakhove or Vuhledar
# directions' (negations), the milbloggers' complaints 'for weeks' (habit),
# 'pressed on the Kupiansk bridgehead … since late August' (habitual), units 'massing to cross the river' (claimed
# preparation the page has not observed), the 'Indicators to watch' (hypothetical future events); the
# 'Kupiansk direction' and 'Siversk direction' headings are sectors, not places.
STATEMENTS = [
    S("Fiona Redgrave", None, "Whoever holds the forest south of it decides how long Siversk can be supplied",
      "head of Harwell's Ukraine team"),
    S("Maksym Dovhal", "UA", "We gave up the positions, not the people", "spokesperson, Ukrainian mechanised brigade"),
]
# Not gold: the MoD's '"liberated"' (single word in quotes).
MUST_NOT = ["HARWELL CENTRE FOR DEFENCE STUDIES", "Research | Experts | Events | Daily Brief | About",
            "Daily Brief › Ukraine › No. 389", "16 October 2024 | 18:30 London",
            "Authors: Fiona Redgrave, Daniel Osei and the Harwell Ukraine team", "Download PDF",
            "Maps are updated separately and may lag the text.",
            "Cite this brief: Harwell Centre for Defence Studies, Ukraine Daily Brief No. 389, 16 October 2024.",
            "© Harwell Centre for Defence Studies 2024. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
