from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, TER, POL

TITLE = "Fourth day of the incursion: fighting near Korenevo, evacuation ordered in the Belovsky district, missile debris on Kursk"
TEXT = """КУРСКИЕ ВЕСТИ ONLINE
Kursk Vesti Online — the region's news every day
News | Operational headquarters | Help for residents | City | Districts | Sport | Advertising
News / Society / Security
Fourth day of the incursion: fighting near Korenevo, evacuation ordered in the Belovsky district, missile debris on Kursk
Friday, 9 August 2024, 12:10
Author: Dmitry Seleznyov
Photo: press service of the regional government
The situation in the border districts remains difficult, the acting governor said at a meeting of the operational headquarters on Friday morning. Here is what is known by midday.

How it began. In the early hours of Tuesday, Ukrainian units numbering, according to the General Staff of the Russian armed forces, up to a thousand servicemen, with tanks and armoured vehicles, crossed the state border in the Sudzha district and attacked the positions of border guards. Fighting broke out near Sudzha and spread to the neighbouring villages within hours.

On Wednesday, a regional state of emergency was declared in the Kursk region by the acting governor. The decision makes it possible to pay residents of the border areas faster and to bring in rescuers from other regions.

The fighting. According to the Defence Ministry, on Thursday units of the Sever group repelled attacks by mobile groups of the armed forces of Ukraine in the direction of Korenevo and of Bolshoye Soldatskoye, destroying several armoured vehicles. The ministry said on Friday that the enemy's advance "has been stopped", and denied that any settlement of the Korenevo district had been lost.

Kyiv, which kept silent about the operation for three days, changed its tone on Thursday evening: a Ukrainian brigade published a video of soldiers raising a flag over the administration building of a village near Sudzha and said the village was "under the full control" of its troops. The Russian ministry did not comment on the video.

"We left with what we had on, in two cars, eleven people. Behind us the road was already burning," said Lyudmila Starikova, 58, who reached Kursk from Sudzha on Wednesday.

Evacuation. On Thursday, the acting governor ordered the evacuation of residents of eleven villages of the Belovsky district that lie along the border. Buses were sent to the district centre, Belaya, in the evening. The residents of the Sudzha and Korenevo districts have been leaving since Tuesday.

"Yesterday we took in four hundred people, today I expect as many again. What we need most is medicine for the elderly and nappies," said Oksana Pryadko, a coordinator of the temporary accommodation centre at a Kursk sports school.

Strikes on the region. Overnight into Friday, air defence units intercepted and destroyed eighteen drones and two Tochka-U tactical missiles over the Kursk region, the Defence Ministry said. Debris of a missile shot down over Kursk fell on a nine-storey residential building in the Seimsky district of the city. Thirteen residents were injured, two of them seriously; the upper floors of one entrance were destroyed.

On Thursday evening, a drone attacked a car on the outskirts of Lgov. The driver, a 41-year-old resident of the town, died at the scene.

Rylsk was shelled with artillery on Thursday afternoon. Nobody was hurt, but the shelling damaged a substation, and the northern part of the town has been without electricity since then.

"The line was hit twice in two hours. As soon as the brigade gets permission, they will go out, but for now we are handing out generators," said Viktor Ushakov, head of the Rylsky district.

The toll. Speaking on Thursday, the acting governor said that since Tuesday five civilians had been killed and 31 injured in the region, among them four children.

Help. Kursk Vostochny airport has suspended flights until 15 August. Hotlines for relatives looking for people from the border villages work around the clock. Blood donors are asked to come to the regional transfusion station on Sumskaya Street. More than 76,000 people have been moved out of the border districts since the start of the week, according to the headquarters.
Read also: Where to bring humanitarian aid in Kursk: addresses of collection points
Our channel on Telegram: news of the region first
Kursk Vesti Online. Registration certificate EL No. FS 77-00002. Reprinting only with an active hyperlink. 12+
"""
DOC = {"id": "lm05", "date": "2024-08-09", "source": "Kursk Vesti Online (Russian regional portal of the Kursk region, in translation)",
       "url": "https://kurskie-vesti.example/news/2024/08/09/chetvertyj-den", "text": TEXT}

D, THU, WED, TUE = "2024-08-09", "2024-08-08", "2024-08-07", "2024-08-06"
MOD = "Russian Ministry of Defence"
EVENTS = [
    E("lm05-1", CLA, TUE, H("Sudzha", "Sudzha district near Sudzha"), "UA", "RU",
      claimant="Russian General Staff",
      evidence="In the early hours of Tuesday, Ukrainian units numbering, according to the General Staff of the Russian "
               "armed forces, up to a thousand servicemen, with tanks and armoured vehicles, crossed the state border in "
               "the Sudzha district and attacked the positions of border guards.",
      note="recalled with its own day: 'In the early hours of Tuesday' in a Friday page = 6 Aug; the crossing and attack "
           "on border posts with 'Fighting … near Sudzha' = a clash of the attacking side (UA -> RU), the district named "
           "after its centre = precision 2; 'up to a thousand servicemen' is no casualty count"),
    E("lm05-2", POL, WED, R("RU-KRS", "Kursk region"), "RU", None, claimant="Kursk acting governor",
      evidence="On Wednesday, a regional state of emergency was declared in the Kursk region by the acting governor.",
      note="agentless-turned passive 'a regional state of emergency was declared … by the acting governor' on Wednesday 7 "
           "Aug: a regional decision about the war, placed at the deciding region (precision 3)"),
    E("lm05-3", CLA, THU, H("Korenevo", "direction of Korenevo"), "UA", "RU", claimant=MOD,
      evidence="on Thursday units of the Sever group repelled attacks by mobile groups of the armed forces of Ukraine in "
               "the direction of Korenevo and of Bolshoye Soldatskoye",
      note="'repelled attacks … in the direction of Korenevo and of Bolshoye Soldatskoye' on Thursday: one clash per named "
           "place (blind49 call 8), the attacker UA as actor1, precision 2"),
    E("lm05-4", CLA, THU, H("Bolshoye Soldatskoye", "direction of Bolshoye Soldatskoye"), "UA", "RU", claimant=MOD,
      evidence="on Thursday units of the Sever group repelled attacks by mobile groups of the armed forces of Ukraine in "
               "the direction of Korenevo and of Bolshoye Soldatskoye",
      note="second place of the same sentence -> its own clash, precision 2"),
    E("lm05-5", TER, THU, H("Sudzha", "village near Sudzha"), "UA", "RU", claimant="Ukrainian brigade",
      evidence="a Ukrainian brigade published a video of soldiers raising a flag over the administration building of a "
               "village near Sudzha and said the village was \"under the full control\" of its troops",
      note="a capture claim is required on its claim day (Thursday evening, 8 Aug), even though the other side denies "
           "losing settlements (the denial names the Korenevo district); an unnamed village near Sudzha = precision 2"),
    E("lm05-6", POL, THU, H("Belaya", "Belovsky district"), "RU", None, claimant="Kursk acting governor",
      evidence="On Thursday, the acting governor ordered the evacuation of residents of eleven villages of the Belovsky "
               "district that lie along the border.",
      note="an evacuation order for named district villages = policy_decision at precision 2 (blind49 call 8), the "
           "district named after its centre Belaya; the buses and the flight of residents are no event"),
    E("lm05-7", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", claimant=MOD,
      weapons=[W("drone", intercepted=N(18)), W("missile", "Tochka-U", intercepted=N(2))],
      evidence="Overnight into Friday, air defence units intercepted and destroyed eighteen drones and two Tochka-U "
               "tactical missiles over the Kursk region, the Defence Ministry said.",
      note="'Overnight into Friday' = 9 Aug; a region with counts -> required; two weapon entries; Tochka-U kept as the "
           "generic 'missile' the text says (blind53 ld06-7)"),
    E("lm05-8", MAS, D, L("Kursk"), "UA", "RU", inj=N(13), weapons=[W("missile")], claimant="Kursk acting governor",
      evidence="Debris of a missile shot down over Kursk fell on a nine-storey residential building in the Seimsky "
               "district of the city.",
      note="debris of a downed missile that damages a building is the strike (Seimsky district = the city), 13 w; the "
           "shoot-down is one of the two missiles of lm05-7, no separate interception"),
    E("lm05-9", ADS, THU, H("Lgov", "outskirts of Lgov"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      evidence="On Thursday evening, a drone attacked a car on the outskirts of Lgov.",
      note="outskirts = precision 2; 'The driver … died at the scene' -> 1 k"),
    E("lm05-10", MAS, THU, L("Rylsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      evidence="Rylsk was shelled with artillery on Thursday afternoon.",
      note="'Nobody was hurt' -> 0/0"),
    E("lm05-11", DIS, THU, L("Rylsk"), "UA", "RU", parent="lm05-10",
      evidence="the shelling damaged a substation, and the northern part of the town has been without electricity since "
               "then",
      note="outage caused by the shelling, part of the town = the town"),
    E("lm05-12", MAS, TUE, R("RU-KRS", "Kursk region"), "UA", "RU", end=THU, prec="range", agg=True, fat=N(5),
      inj=N(31), family=[ADS], optional=True, claimant="Kursk acting governor",
      evidence="since Tuesday five civilians had been killed and 31 injured in the region, among them four children",
      note="a cumulative toll 'since Tuesday', said on Thursday: a tally of the incursion's days without its incidents "
           "-> optional aggregate (6-8 Aug)"),
]
# Not events: the ministry's 'has been stopped' and its denial that any settlement was lost (claims without an
# incident); 'Kyiv … kept silent' (negation); the buses sent to Belaya and residents 'leaving since Tuesday' (movement,
# no taxonomy event); the airport's suspended flights until 15 August (airport closure: not an event in this set); the
# 76,000 moved out 'since the start of the week' (running count); hotlines, blood donors, the accommodation centre's
# needs; the repair crew that 'will go out' (plan); the faster payments that the decision 'makes possible'. Furniture:
# Cyrillic masthead, tagline, menu, breadcrumb, date, author, own-line photo credit, 'Read also' line, Telegram line,
# registration line.
STATEMENTS = [
    S("Lyudmila Starikova", "RU", "Behind us the road was already burning", "evacuee from Sudzha"),
    S("Oksana Pryadko", "RU", "What we need most is medicine for the elderly and nappies",
      "coordinator, temporary accommodation centre in Kursk"),
    S("Viktor Ushakov", "RU", "for now we are handing out generators", "head of the Rylsky district"),
]
# Not gold: "has been stopped" (ministry fragment), "under the full control" (brigade fragment).
MUST_NOT = ["КУРСКИЕ ВЕСТИ ONLINE", "Kursk Vesti Online — the region's news every day",
            "News | Operational headquarters | Help for residents | City | Districts | Sport | Advertising",
            "News / Society / Security", "Friday, 9 August 2024, 12:10", "Author: Dmitry Seleznyov",
            "Photo: press service of the regional government",
            "Read also: Where to bring humanitarian aid in Kursk: addresses of collection points",
            "Our channel on Telegram: news of the region first",
            "Kursk Vesti Online. Registration certificate EL No. FS 77-00002. Reprinting only with an active hyperlink. 12+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
