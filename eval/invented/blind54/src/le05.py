from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Governor: border areas shelled 56 times in a day, woman killed in Glushkovo"
TEXT = """KURSK TODAY
Kursk region news portal
News | Incidents | Society | Economy | Sport | Weather
Kursk +19°C | USD 89.2 | EUR 96.8
Emergencies
04.06.2024 10:17
Views: 3 812
Governor: border areas shelled 56 times in a day, woman killed in Glushkovo
Over the past 24 hours, Ukrainian formations shelled the border settlements of the Kursk region 56 times, firing 213 munitions of various types, and attacked them with 19 drones, the governor reported on his Telegram channel on Tuesday morning. One civilian was killed and four were injured.

The gravest consequences were in Glushkovo. At 05:40 this morning, an FPV drone struck a car on Sovetskaya Street; the driver, a 56-year-old woman, died at the scene.

Tyotkino again came under mortar fire – 27 mines were counted during the day. A pensioner was wounded by shrapnel while working in her garden and was taken to the district hospital.

In the evening, Popovo-Lezhachi was fired on from multiple launch rocket systems. Two men, aged 44 and 61, received shrapnel wounds and are in a stable condition.

A kamikaze drone hit a transformer substation in Korenevo. The settlement and four nearby villages are without electricity; power engineers are waiting for the military's permission to begin repairs.

Two shells damaged a gas pipe and the roof of the hospital garage in Sudzha. Nobody was hurt.

Over Rylsk, electronic warfare brought down four drones. One of them damaged a power line as it fell, and a 38-year-old man who was standing nearby was injured.

Khomutovka and Belaya were also shelled, without consequences.

Separately, the Russian Defence Ministry said that air defence systems had destroyed nine Ukrainian aircraft-type drones over the Kursk region overnight.

On Saturday, the governor recalled, a drone dropped an explosive device on a tractor working in a field near Tyotkino; the tractor driver was seriously wounded.

“I heard the whistle and lay down between the rows of potatoes. When I got up, my arm was covered in blood,” the wounded pensioner, Valentina Kuzmina, told Kursk Today by phone from the hospital.

“The shelling starts before people go to work and does not stop until night. People are tired, but nobody wants to leave their houses,” said Pavel Zolotaryov, head of the Glushkovo district.

Schoolchildren in the Glushkovo district will finish the school year remotely, and the regional government is arranging for children from Tyotkino and Popovo-Lezhachi to spend the summer in camps away from the border. The family of the woman killed in Glushkovo will receive compensation of one million roubles.

Since the beginning of the year, 23 residents of the region have been killed as a result of attacks by the Ukrainian armed forces.
Subscribe to Kursk Today in Telegram and VK
Comments (0)
Only registered users can leave comments
Read also:
Kursk: summer timetable for suburban trains from June 10
18+ © Kursk Today, 2015–2024. Registration certificate EL No. FS 77-71842
"""
DOC = {"id": "le05", "date": "2024-06-04", "source": "Kursk Today (Russian regional news portal, English version)",
       "url": "https://kursk-today.example/news/incidents/2024/06/04/glushkovo-drone-tyotkino-shelling", "text": TEXT}

D, Y, SAT = "2024-06-04", "2024-06-03", "2024-06-01"
T = "le05-1"
A = dict(prec="range", end=D, parent=T)
EVENTS = [
    E(T, MAS, Y, R("RU-KRS", "Kursk region"), "UA", "RU", prec="range", end=D, agg=True, fat=N(1), inj=N(4),
      family=[ADS], weapons=[W("mixed", launched=N(213)), W("drone", launched=N(19))],
      ev="Over the past 24 hours, Ukrainian formations shelled the border settlements of the Kursk region 56 times",
      note="the governor's past-day tally: '56 times, firing 213 munitions of various types, and … 19 drones', 1 "
           "killed, 4 injured: aggregate parent of the lines, past-day range, region; 'munitions of various types' "
           "names no single weapon -> mixed; '56 times' counts attacks, not munitions. Check: killed Glushkovo 1; "
           "injured Tyotkino 1 + Popovo-Lezhachi 2 + Rylsk 1 = 4"),
    E("le05-2", ADS, D, L("Glushkovo"), "UA", "RU", parent=T, fat=N(1), weapons=[W("drone")],
      ev="At 05:40 this morning, an FPV drone struck a car on Sovetskaya Street",
      note="a line with an hour takes its day: '05:40 this morning' = 4 June; FPV drone on a car, the driver killed"),
    E("le05-3", MAS, Y, L("Tyotkino"), "UA", "RU", inj=N(1), weapons=[W("artillery", launched=N(27))], **A,
      ev="Tyotkino again came under mortar fire – 27 mines were counted during the day",
      note="mortar fire on Tyotkino (Russian form; geonames Tëtkino), '27 mines' = launched 27, a pensioner wounded; "
           "'during the day' has no hour -> the past-day range"),
    E("le05-4", MAS, Y, L("Popovo-Lezhachi"), "UA", "RU", parent=T, inj=N(2), weapons=[W("mlrs")],
      ev="In the evening, Popovo-Lezhachi was fired on from multiple launch rocket systems",
      note="fronted 'In the evening' in a Tuesday-morning digest = Monday 3 June evening; MLRS, two men wounded"),
    E("le05-5", ADS, Y, L("Korenevo"), "UA", "RU", weapons=[W("drone")], **A,
      ev="A kamikaze drone hit a transformer substation in Korenevo",
      note="kamikaze drone on a substation in Korenevo (544906, Kursk region, not the Moscow-region namesake); no hour, "
           "no casualties stated -> range, counts absent"),
    E("le05-6", DIS, Y, L("Korenevo"), "UA", "RU", prec="range", end=D, parent="le05-5",
      ev="The settlement and four nearby villages are without electricity",
      note="Korenevo and four villages without power (ongoing); the repairs awaiting permission are a plan"),
    E("le05-7", MAS, Y, L("Sudzha"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery", launched=N(2))], **A,
      ev="Two shells damaged a gas pipe and the roof of the hospital garage in Sudzha",
      note="fronted number: 'Two shells' = launched 2; 'Nobody was hurt' -> 0/0"),
    E("le05-8", INT, Y, L("Rylsk"), "RU", "UA", prec="range", end=D, weapons=[W("drone", intercepted=N(4))],
      ev="Over Rylsk, electronic warfare brought down four drones",
      note="'Over Rylsk, electronic warfare brought down four drones': electronic warfare stopping drones is an "
           "interception (EVENTS.md), a count with a place -> required; no hour -> the past-day range; defender RU"),
    E("le05-9", ADS, Y, L("Rylsk"), "UA", "RU", inj=N(1), weapons=[W("drone")], **A,
      ev="One of them damaged a power line as it fell, and a 38-year-old man who was standing nearby was injured",
      note="the falling drone damaged a power line and injured a man: debris that harms is a strike child (blind44 "
           "ku02-17)"),
    E("le05-10", MAS, Y, L("Khomutovka"), "UA", "RU", optional=True, family=[ADS], **A,
      ev="Khomutovka and Belaya were also shelled, without consequences",
      note="place 'also shelled' without detail -> optional (blind41 call 3)"),
    E("le05-11", MAS, Y, L("Belaya"), "UA", "RU", optional=True, family=[ADS], **A,
      ev="Khomutovka and Belaya were also shelled, without consequences",
      note="Belaya (578230, Kursk region) 'also shelled' -> optional"),
    E("le05-12", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(9))],
      ev="air defence systems had destroyed nine Ukrainian aircraft-type drones over the Kursk region overnight",
      note="the MoD's 'nine … drones over the Kursk region overnight' (a Tuesday report) = 4 June: a regional count "
           "-> required; separate from the electronic-warfare count over Rylsk (another source, another means)"),
    E("le05-13", ADS, SAT, H("Tyotkino", "field near Tyotkino"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      ev="On Saturday, the governor recalled, a drone dropped an explosive device on a tractor working in a field near "
         "Tyotkino",
      note="recalled with a day: 'On Saturday' (1 June), a drone drop on a tractor in a field near Tyotkino (near X = "
           "precision 2), the driver seriously wounded -> required"),
]
# Not events: the power engineers 'waiting for the military's permission' (plan), remote schooling and the summer
# camps (future arrangements), the compensation 'will receive' (future), 'Since the beginning of the year, 23
# residents … killed' (cumulative statistic), the Read-also headline on train timetables (furniture).
STATEMENTS = [
    S("Valentina Kuzmina", "RU", "I heard the whistle and lay down between the rows of potatoes",
      "wounded pensioner from Tyotkino"),
    S("Pavel Zolotaryov", "RU", "nobody wants to leave their houses", "head of the Glushkovo district"),
]
MUST_NOT = ["KURSK TODAY", "Kursk region news portal", "News | Incidents | Society | Economy | Sport | Weather",
            "Kursk +19°C | USD 89.2 | EUR 96.8", "Emergencies", "04.06.2024 10:17", "Views: 3 812",
            "Subscribe to Kursk Today in Telegram and VK", "Comments (0)", "Only registered users can leave comments",
            "Read also:", "Kursk: summer timetable for suburban trains from June 10",
            "18+ © Kursk Today, 2015–2024. Registration certificate EL No. FS 77-71842"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
