from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Cold is a weapon. Europe keeps forgetting it every January"
TEXT = """THE CONTINENTAL REVIEW
Politics | Economy | Security | Culture | Opinion | Letters
OPINION
Cold is a weapon. Europe keeps forgetting it every January
by MAREK WOLNY
Saturday 17 January 2026
Comments (212)
There is a particular silence in a city where the radiators have gone cold. The traffic is still there, the shops are still open, but people walk faster and talk less, as if speaking wasted heat. Kyiv has had that silence since Tuesday.

On Tuesday morning, two ballistic missiles struck the combined heat and power plant on the capital's left bank, injuring one of its workers. Some 400 apartment blocks in the Darnytskyi and Dniprovskyi districts were left without heating, with the thermometer at minus 14. Four days later, many of them are still waiting.

None of this is new, and that is the point. In October 2022 Russia began a campaign against Ukraine's power system that lasted the whole winter; in the spring of 2024 it came back for the power stations themselves. Each time, Europe's capitals reacted as if surprised, held a conference, and found a few more generators. Each time, the next winter arrived on schedule.

History offers no comfort here. Leningrad froze for three winters, from 1941 to 1944, and cold killed as surely as shells did. Sarajevo's residents burned their furniture and their books in the winter of 1992-93. In 1999 NATO's own bombers switched off Serbia's lights with graphite bombs, and nobody in Brussels then pretended that power plants were not a military matter. Ukraine's engineers know all of this. "We do not fix the plant any more; we fix the hole in the plant, and then the next hole," Oleh Savenko, a heating engineer who has worked on the left-bank plant for 22 years, told me in December.

The other side of the argument has also been made this week. On Thursday night, Ukrainian drones set fire to the oil refinery in Saratov, on the Volga, more than 700 km from the border; the Russian regional governor said no one had been hurt. Some in Western capitals will call this escalation. It is better described as arithmetic: every tonne of fuel that does not reach a Russian airfield is a missile that is not carried to Kyiv's left bank.

What would change the arithmetic? If European governments delivered the air-defence systems they announced last year, rather than the fraction of them that has arrived, the plant on the left bank would probably still be working. If the frozen Russian assets were finally used, Ukraine could buy the turbines it needs instead of begging for second-hand ones. Neither decision needs a new summit. Both need a little of the courage that the people of Darnytskyi show every morning when they take a bucket of hot water from the neighbour who still has a gas stove.

"Every war against cities ends up as a war against winter. The only question is who prepared for it," the historian Anna Ferreira-Kolb wrote in her book on the sieges of the last century. Europe has had four winters to prepare. It should not need a fifth.
Marek Wolny is a columnist for The Continental Review and a former correspondent in Kyiv and Warsaw.
The views expressed in this article are the author's own.
Share this column: Email · Facebook · X · LinkedIn
© 2026 The Continental Review. All rights reserved.
"""
DOC = {"id": "li07", "date": "2026-01-17", "source": "The Continental Review (European weekly, opinion column)",
       "url": "https://continentalreview.example/opinion/2026/01/17/cold-is-a-weapon", "text": TEXT}

TUE, THU = "2026-01-13", "2026-01-15"
EVENTS = [
    E("li07-1", MAS, TUE, L("Kyiv"), "RU", "UA", inj=N(1), weapons=[W("ballistic_missile", launched=N(2))],
      evidence="On Tuesday morning, two ballistic missiles struck the combined heat and power plant on the capital's left bank, injuring one of its workers.",
      note="the column's first incident of the week: 'On Tuesday morning' of a Saturday page -> 13 Jan; 'the capital' "
           "= Kyiv (the left bank is inside the city)"),
    E("li07-2", DIS, TUE, L("Kyiv"), "RU", "UA", parent="li07-1",
      evidence="Some 400 apartment blocks in the Darnytskyi and Dniprovskyi districts were left without heating, with the thermometer at minus 14.",
      note="heating cut caused by the strike (two districts of the city = Kyiv); 'still waiting' four days later does "
           "not make it a second event"),
    E("li07-3", ADS, THU, L("Saratov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="On Thursday night, Ukrainian drones set fire to the oil refinery in Saratov, on the Volga, more than 700 km from the border; the Russian regional governor said no one had been hurt.",
      note="the column's second incident: 'On Thursday night' -> 15 Jan; UA -> RU, 0/0 ('no one had been hurt')"),
]
# Not events: the campaign 'In October 2022' and 'in the spring of 2024' (history without a day); Leningrad 1941-44,
# Sarajevo 1992-93 and NATO's bombing of Serbia in 1999 (history, other wars); 'held a conference … found a few more
# generators' (habit); Savenko's remark made 'in December' (a statement); 'Some … will call this escalation' (opinion);
# 'If European governments delivered … would', 'If the frozen Russian assets were finally used … could' (conditionals);
# 'Neither decision needs a new summit' (opinion); the systems 'announced last year' (no day, not a decision of this
# page); the neighbours' buckets of hot water (habit).
STATEMENTS = [
    S("Oleh Savenko", "UA", "we fix the hole in the plant, and then the next hole", "heating engineer, Kyiv"),
    S("Anna Ferreira-Kolb", None, "Every war against cities ends up as a war against winter", "historian"),
]
MUST_NOT = ["THE CONTINENTAL REVIEW", "Politics | Economy | Security | Culture | Opinion | Letters", "OPINION",
            "by MAREK WOLNY", "Saturday 17 January 2026", "Comments (212)",
            "Marek Wolny is a columnist for The Continental Review and a former correspondent in Kyiv and Warsaw.",
            "The views expressed in this article are the author's own.",
            "Share this column: Email · Facebook · X · LinkedIn",
            "© 2026 The Continental Review. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
