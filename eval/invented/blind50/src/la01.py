from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA, POL

TITLE = "Russia-Ukraine war live: missile on Dnipro rail hub kills three; Norway adds money for shell initiative"
TEXT = """THE CALEDONIAN POST
Home | News | Politics | World | Business | Sport | Opinion
World › Europe › Russia-Ukraine war
Russia-Ukraine war live: missile on Dnipro rail hub kills three; Norway adds money for shell initiative
Updated 19:12 BST
By Morag Sinclair (now) and Ewan Lockhart (earlier)
Key events
4h ago Toll in Dnipro climbs again
7h ago Oslo signs off on new contribution
11h ago What came over the border last night
Pinned
The day at a glance: a ballistic missile struck the railway quarter of Dnipro before dawn, and by the evening three people were confirmed dead there and 19 injured. Overnight Russia sent 36 drones and missiles against Ukraine, most of which were brought down. Norway approved a new contribution to the Czech-led ammunition initiative. Entries on this page run in chronological order, with the oldest at the top.

05:58 BST
Good morning
Good morning from Edinburgh, and welcome to our coverage of the war in Ukraine for Thursday. Ewan Lockhart will be with you until the early afternoon, when Morag Sinclair takes over. As always, the newest posts will appear at the bottom.

06:20 BST
What came across overnight
Ukraine's air force says Russia attacked during the night with 28 Shahed-type drones, six Kh-59 guided missiles fired by Su-34 jets flying over the occupied part of the Kherson region, and two Iskander-M ballistic missiles launched from Crimea. Twenty-two of the drones and four of the Kh-59s were brought down, according to its morning statement. Neither ballistic missile was intercepted, the air force said, without naming where they landed.

06:45 BST
Fire at Odesa port warehouse
Wreckage of a drone shot down over Odesa came down on the grounds of a port warehouse and set it alight, the regional governor said. Firefighters had the blaze under control within an hour. Nobody was hurt.

07:15 BST
Missile hits railway area in Dnipro
A ballistic missile struck close to a railway station in Dnipro shortly after 04:30 local time, damaging tracks, a locomotive depot and a nine-storey apartment block across the road, the regional governor said. In his first statement he reported one person killed and seven injured. Rescuers are searching the upper floors of the block.

07:40 BST
Six drones down over Mykolaiv region, says governor
In the south, the governor of the Mykolaiv region wrote that six drones had been destroyed over his region during the night, adding that there was no damage on the ground.

08:05 BST
Moscow reports drones over three regions
Russia's defence ministry claims its air-defence units downed 14 Ukrainian drones overnight. The Belgorod region accounted for eight; the remainder came down over the Kursk and Voronezh regions, according to the ministry, which as usual said nothing about damage.

08:50 BST
Two men hurt near Belgorod, governor says
Across the border, a car in Razumnoye, a settlement on the south-eastern edge of Belgorod, was hit by a Ukrainian drone early on Thursday, the Belgorod governor wrote on Telegram. Two men in the car were hurt, one of them with shrapnel wounds to both legs. Kyiv rarely says anything about individual strikes inside Russia.

09:30 BST
Your questions: the missile in this morning's figures
The Kh-59, which turns up in Ukrainian air force statements almost every week, has prompted a stream of reader emails. It is a Soviet-designed missile launched from aircraft, steered towards its target by the operator or by satellite navigation, and it flies low enough to be hard to spot on radar. Russian pilots have used it against Ukraine from early in the full-scale invasion, usually against bridges, fuel depots and power plants. Western officials believe Russia can produce only a few dozen a month.

10:10 BST
Kharkiv: second death after Monday's drone strike
A second person has died of injuries sustained when a Russian drone struck a five-storey building in the Kholodnohirskyi district of Kharkiv late on Monday, the city's mayor said. Eight people were hurt in that attack, among them a 12-year-old girl who remains in intensive care.

10:55 BST
Dnipro toll rises to two
Officials in Dnipro now say two people were killed and 14 injured in the morning strike. Most of the injured were residents of the apartment block; two are railway employees who were working in the depot.

Oleksandr Pylypenko, a shunting dispatcher who was at his desk when the missile came down, told local television that the blast lifted the roof of the signal box. "I was lucky that the window frame flew past me and not into me," he said. "The boys in the depot were not so lucky."

11:40 BST
Oslo signs off on shells money
Norway's government on Thursday approved a further 600 million kroner (about £44m) for the Czech-led initiative that buys artillery shells for Ukraine from suppliers outside Europe, the Norwegian defence ministry said. The ministry added that the first rounds paid for by the scheme could reach the front "by early summer".

12:30 BST
Analysis: the arithmetic of air defence
By our defence correspondent
Thursday's numbers tell the story of this spring. The drones are largely being stopped; the ballistic missiles are not. Ukraine has a handful of systems able to intercept an Iskander, and most of them are guarding Kyiv. If more batteries do not arrive soon, cities such as Dnipro, Kharkiv and Odesa will remain exposed to exactly the kind of strike seen this morning.

"A city without a Patriot battery nearby has perhaps four minutes between launch and impact, and nothing that can reach the missile in that time," said Dr Fiona Gallacher, who researches missile defence at the University of St Andrews. "Shelters and sirens are the only defence left."

Western governments have promised to look for spare systems, but none has so far been named.

13:15 BST
Kremlin dismisses Western aid
In Moscow, the Kremlin spokesman said new Western money for Ukraine would "change nothing on the battlefield" and would only prolong the conflict. He declined to comment on the strike in Dnipro.

14:05 BST
Zaporizhzhia region: 296 strikes in a day
Nine settlements of the Zaporizhzhia region were struck 296 times in the space of a day, according to the regional governor. A 44-year-old man was wounded by a drone in Stepnohirsk. In Bilenke, artillery fire set a house alight, but nobody was hurt. Huliaipole and Orikhiv were also shelled.

14:50 BST
Correction
In our 07:40 post we quoted the governor of the Mykolaiv region as saying that six drones had been destroyed over his region overnight. He has since corrected the figure to five. We regret the error.

15:35 BST
Brigade: 14 assaults beaten back around Chasiv Yar
Ukrainian troops repelled 14 Russian assaults over the past 24 hours near Ivanivske and on the eastern outskirts of Chasiv Yar, according to Captain Nazar Voloshyn, a spokesman for one of the brigades holding the town.

"They come in groups of three or four, on foot or on motorbikes," Voloshyn said. "We see them on the drone feeds long before they reach our positions, and that is the only reason we are still here."

Chasiv Yar, on high ground west of Bakhmut, has been under pressure since Russian forces captured Bakhmut in May last year. Military analysts say that if it fell, Russian artillery could reach Kramatorsk and Kostiantynivka more easily.

16:20 BST
Vovchansk: a town that counts the hours
In the Kharkiv region, the governor said Vovchansk, five kilometres from the Russian border, has come under fire "almost every hour" this week, and urged the last residents to leave. About 400 people are believed to remain in a town that had 17,000 before the war.

16:55 BST
Dnipro death toll rises to three
A woman who was pulled from the damaged apartment block this morning has died in hospital, raising the number of people killed in Dnipro to three, the regional governor said. Nineteen people are now listed as injured, two of them children.

17:40 BST
In pictures: clearing the tracks in Dnipro
Railway crews worked through the afternoon to replace damaged rails near the station; a photographer for a local news site followed them. The first suburban trains are expected to run again on Friday morning.

18:30 BST
The day so far
Here is a summary of Thursday's main developments:
- Three people were killed and 19 injured when a ballistic missile hit the railway area of Dnipro.
- Russia sent 28 drones and eight missiles against Ukraine overnight; 22 drones and four missiles were shot down.
- Norway approved 600 million kroner for the Czech-led ammunition initiative.
- Ukrainian troops beat back 14 assaults near Chasiv Yar, a brigade spokesman said.
We are pausing our live coverage for today. Thank you for reading.
Get our Ukraine Briefing in your inbox every weekday morning
Sign up
Show more
Topics: Ukraine | Russia | Dnipro | Air defence | Norway
© 2024 The Caledonian Post Ltd. All rights reserved.
"""
DOC = {"id": "la01", "date": "2024-04-18", "source": "The Caledonian Post (British newspaper site, live blog, oldest entry first)",
       "url": "https://www.caledonianpost.example/world/live/2024/apr/18/russia-ukraine-war-live-dnipro-rail-norway",
       "text": TEXT}

D, Y = "2024-04-18", "2024-04-17"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("la01-1", MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(28)), W("cruise_missile", "Kh-59", launched=N(6)),
               W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="06:20 entry: '28 Shahed-type drones, six Kh-59 guided missiles … and two Iskander-M' overnight (Thursday "
           "morning report = 18 Apr); the wave is one country event typed by its missiles; the pinned post and the "
           "18:30 summary repeat it; launch areas (Kherson region airspace, Crimea) are not places hit"),
    E("la01-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="la01-1",
      weapons=[W("drone", intercepted=N(22)), W("cruise_missile", intercepted=N(4)),
               W("ballistic_missile", intercepted=N(0))],
      note="'Twenty-two of the drones and four of the Kh-59s were brought down'; 'Neither ballistic missile was "
           "intercepted' = an exact 0 (blind43 call 1)"),
    E("la01-3", ADS, D, L("Odesa"), "RU", "UA", parent="la01-1", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="06:45: wreckage of a drone shot down over Odesa set a port warehouse alight; 'Nobody was hurt' = 0/0; debris "
           "that damages something is a strike"),
    E("la01-4", MAS, D, L("Dnipro"), "RU", "UA", parent="la01-1", fat=N(3), inj=N(19),
      weapons=[W("ballistic_missile")],
      note="07:15 ballistic missile near a railway station 'shortly after 04:30': toll 1 k 7 w (07:15) -> 2 k 14 w "
           "(10:55) -> 3 k 19 w (16:55): the latest figure wins; the 17:40 picture entry and the summary repeat it"),
    E("la01-5", INT, D, R("UA-48", "Mykolaiv region"), "UA", "RU", parent="la01-2",
      weapons=[W("drone", intercepted=N(5))],
      note="07:40 said six drones destroyed over the Mykolaiv region; the 14:50 correction (below it, the blog runs "
           "oldest first) changes it to five -> one regional interception with 5 (a region with its own count is "
           "required)"),
    E("la01-6", INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(14))],
      note="08:05: MoD 'downed 14 Ukrainian drones overnight' over three regions -> the country interception"),
    E("la01-7", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="la01-6",
      claimant="Russian Defence Ministry", weapons=[W("drone", intercepted=N(8))],
      note="'The Belgorod region accounted for eight': a region with its own count -> required"),
    E("la01-8", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="la01-6", optional=True,
      weapons=[W("drone")], note="'the remainder over the Kursk and Voronezh regions': listed without a count -> optional"),
    E("la01-9", INT, D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent="la01-6", optional=True,
      weapons=[W("drone")], note="second listed region -> optional"),
    E("la01-10", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional (blind37 call 5)"),
    E("la01-11", ADS, D, L("Razumnoye"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Belgorod governor",
      note="08:50: a car in Razumnoye hit by a Ukrainian drone ('a settlement on the south-eastern edge of Belgorod' is "
           "Razumnoye itself, precision 1) 'early on Thursday', two men hurt"),
    E("la01-12", ADS, "2024-04-15", L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(8), weapons=[W("drone")],
      note="10:10: recalled drone strike on a building in the Kholodnohirskyi district (= the city) 'late on Monday' "
           "(15 Apr), toll now two dead, eight hurt: a recalled event with a day -> required on its own day"),
    E("la01-13", POL, D, C("NO", "Norway"), "NO", "UA",
      note="11:40: 'Norway's government on Thursday approved a further 600 million kroner' for the Czech-led shell "
           "initiative -> policy_decision at the deciding country (precision 4); the shells reaching the front 'by "
           "early summer' is a plan"),
    E("la01-14", MAS, Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", agg=True, family=[ADS], **PAST,
      note="14:05: 'Nine settlements … were struck 296 times in the space of a day': regional past-day tally (aggregate, "
           "range), mixed weapons -> both strike types; parent of the lines"),
    E("la01-15", ADS, Y, L("Stepnohirsk"), "RU", "UA", parent="la01-14", inj=N(1), weapons=[W("drone")], **PAST,
      note="'A 44-year-old man was wounded by a drone in Stepnohirsk': a line of the past-day tally, no hour -> range"),
    E("la01-16", MAS, Y, L("Bilenke"), "RU", "UA", parent="la01-14", fat=N(0), inj=N(0),
      weapons=[W("artillery")], **PAST,
      note="'In Bilenke, artillery fire set a house alight, but nobody was hurt' -> 0/0; Bilenke 712642 (Zaporizhzhia "
           "raion), not the Donetsk or Odesa namesakes"),
    E("la01-17", MAS, Y, L("Huliaipole"), "RU", "UA", parent="la01-14", optional=True, **PAST,
      note="'Huliaipole and Orikhiv were also shelled': listed without detail -> optional"),
    E("la01-18", MAS, Y, L("Orikhiv"), "RU", "UA", parent="la01-14", optional=True, **PAST,
      note="second listed town -> optional"),
    E("la01-19", CLA, Y, H("Ivanivske", "near Ivanivske"), "RU", "UA", **PAST,
      note="15:35: 'repelled 14 Russian assaults over the past 24 hours near Ivanivske and on the eastern outskirts "
           "of Chasiv Yar': one clash per place (blind41 call 4), past-day range; Ivanivske 704285 (west of Bakhmut, "
           "Donetsk oblast), not the Luhansk Ivanivske; near X = precision 2"),
    E("la01-20", CLA, Y, H("Chasiv Yar", "eastern outskirts of Chasiv Yar"), "RU", "UA", **PAST,
      note="'on the eastern outskirts of Chasiv Yar': outskirts = precision 2; Bakhmut's capture 'in May last year' "
           "is history without a day"),
    E("la01-21", DIS, D, L("Dnipro"), "RU", "UA", parent="la01-4", optional=True,
      note="17:40: crews replacing damaged rails near the station and 'The first suburban trains are expected to run "
           "again on Friday morning': the suspension of suburban trains is only implied -> optional"),
]
# Not events: the pinned post and the 18:30 summary (repeats; the summary's 'eight missiles' and 'four missiles' are the
# Kh-59 and Iskander totals of la01-1/-2); the 'Key events' links (furniture); the 07:40 figure of six (corrected to
# five at 14:50, one event); the 09:30 reader question (what a Kh-59 is, used 'from early in the full-scale invasion',
# production 'a few dozen a month'); the shells reaching the front 'by early summer' (plan); the 12:30 analysis ('If more batteries do not
# arrive soon … will remain exposed' conditional, 'none has so far been named'); the Kremlin entry (statement, no
# comment); Bakhmut captured 'in May last year' (history without a day) and 'if it fell, … could reach' (conditional);
# the 16:20 Vovchansk entry (fire 'almost every hour' this week: habit; the governor's appeal; population figures); the 17:40
# picture entry and 'suburban trains are expected to run again on Friday' (plan); the 14 assaults as such
# (the count behind la01-19/-20).
STATEMENTS = [
    S("Oleksandr Pylypenko", "UA", "the window frame flew past me and not into me", "shunting dispatcher, Dnipro"),
    S("Fiona Gallacher", None, "Shelters and sirens are the only defence left", "missile-defence researcher, St Andrews"),
    S("Nazar Voloshyn", "UA", "that is the only reason we are still here", "brigade spokesman near Chasiv Yar"),
]
# Not gold: the Kremlin spokesman (title only: "change nothing on the battlefield"), the Norwegian ministry's fragment
# "by early summer".
MUST_NOT = ["THE CALEDONIAN POST", "Home | News | Politics | World | Business | Sport | Opinion",
            "World › Europe › Russia-Ukraine war", "Updated 19:12 BST",
            "By Morag Sinclair (now) and Ewan Lockhart (earlier)", "Key events",
            "4h ago Toll in Dnipro climbs again", "7h ago Oslo signs off on new contribution",
            "11h ago What came over the border last night", "Pinned",
            "We are pausing our live coverage for today. Thank you for reading.",
            "Get our Ukraine Briefing in your inbox every weekday morning", "Sign up", "Show more",
            "Topics: Ukraine | Russia | Dnipro | Air defence | Norway",
            "© 2024 The Caledonian Post Ltd. All rights reserved."]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la01-1": "Ukraine's air force says Russia attacked during the night with 28 Shahed-type drones, six Kh-59 guided missiles fired by Su-34 jets flying over the occupied part of the Kherson region, and two Iskander-M ballistic missiles launched from Crimea.",
    "la01-2": "Twenty-two of the drones and four of the Kh-59s were brought down, according to its morning statement. Neither ballistic missile was intercepted",
    "la01-3": "Wreckage of a drone shot down over Odesa came down on the grounds of a port warehouse and set it alight",
    "la01-4": "A woman who was pulled from the damaged apartment block this morning has died in hospital, raising the number of people killed in Dnipro to three",
    "la01-5": "He has since corrected the figure to five.",
    "la01-6": "Russia's defence ministry claims its air-defence units downed 14 Ukrainian drones overnight.",
    "la01-7": "The Belgorod region accounted for eight",
    "la01-8": "the remainder came down over the Kursk and Voronezh regions",
    "la01-9": "the remainder came down over the Kursk and Voronezh regions",
    "la01-10": "Russia's defence ministry claims its air-defence units downed 14 Ukrainian drones overnight.",
    "la01-11": "a car in Razumnoye, a settlement on the south-eastern edge of Belgorod, was hit by a Ukrainian drone early on Thursday",
    "la01-12": "A second person has died of injuries sustained when a Russian drone struck a five-storey building in the Kholodnohirskyi district of Kharkiv late on Monday",
    "la01-13": "Norway's government on Thursday approved a further 600 million kroner (about £44m) for the Czech-led initiative",
    "la01-14": "Nine settlements of the Zaporizhzhia region were struck 296 times in the space of a day",
    "la01-15": "A 44-year-old man was wounded by a drone in Stepnohirsk.",
    "la01-16": "In Bilenke, artillery fire set a house alight, but nobody was hurt.",
    "la01-17": "Huliaipole and Orikhiv were also shelled.",
    "la01-18": "Huliaipole and Orikhiv were also shelled.",
    "la01-19": "Ukrainian troops repelled 14 Russian assaults over the past 24 hours near Ivanivske",
    "la01-20": "on the eastern outskirts of Chasiv Yar",
    "la01-21": "The first suburban trains are expected to run again on Friday morning.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
