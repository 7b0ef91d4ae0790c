from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS, CLA, TER

TITLE = "Ukraine pulls its troops out of Avdiivka after four months on the brink of encirclement"
TEXT = """THE KYIV LEDGER
Ukraine's independent English-language daily
War | Politics | Business | Opinion | Culture | Podcasts
Become a member: keep independent journalism in Kyiv going
Ukraine pulls its troops out of Avdiivka after four months on the brink of encirclement
by Daria Honchar
February 17, 2024 11:26 am
Editor's note: This story was updated at 11:20 to include the Russian Defence Ministry's statement.
KYIV — February 17, 2024 — Ukrainian forces have withdrawn from Avdiivka, the industrial town north of Donetsk that had held out against a Russian offensive since October, the commander-in-chief of Ukraine's armed forces announced early on Saturday. The last units left the town overnight, he said, to avoid encirclement and to save soldiers' lives.

By Saturday afternoon Russia's Defence Ministry was claiming that Avdiivka was under the "full control" of its troops.

How the town fell
The end came quickly after months in which the front barely moved. On Tuesday, Russian assault groups reached Industrialnyi Avenue in the north of the town and cut Avdiivka in two, according to Ukrainian soldiers and geolocated footage. The southern strongpoint known as Zenit, south-east of the town, was abandoned on Thursday night after being surrounded on three sides.
Fighting went on throughout Friday around the Avdiivka coke plant, once one of the largest in Europe, where the last Ukrainian units held a perimeter of ruined workshops. Russian aircraft dropped 60 glide bombs on the town and its approaches on Friday alone, said Oleksandr Bilyk, who speaks for a brigade that defended the town.
"The last two kilometres we walked out at night through the fields, carrying the wounded on our backs. The drones were hunting every group," said Vadym Sukhorukov, a sergeant whose unit left the coke plant in the early hours of Saturday.
Russian military bloggers published videos of what they said were Ukrainian soldiers taken prisoner during the withdrawal. The Ukrainian command acknowledged that "some" soldiers had been captured but gave no number.

Numbers of the day
In its update on Saturday morning, the General Staff reported 81 combat clashes along the front over the past day. The Avdiivka direction accounted for 33 of them: Russian troops attacked near Novobakhmutivka and Ocheretyne, north-west of the town, and all the attacks were repelled, the General Staff said. In the Marinka direction, 19 attacks were repelled near Krasnohorivka.
Behind the line, a Russian missile hit Selydove on Friday evening, wounding three people, among them a ten-year-old girl, the governor of the Donetsk region said. Overnight into Saturday, Russian drones struck an energy facility in Pokrovsk, and about 1,200 households there lost electricity.

Background
Russia opened its assault on Avdiivka on 10 October last year, sending columns of armour against the town's northern and southern flanks. For weeks those attacks were costly failures. From December onward, Russia switched to small infantry groups backed by overwhelming artillery and guided bombs. The town, which had about 32,000 residents before 2014, had fewer than a thousand left by February.
"Avdiivka was never going to decide the war. The question is what it cost Russia to take it, and whether Ukraine has a prepared line behind it," said Jonas Wetterberg, a military analyst at the Vänern Institute for Defence Studies in Karlstad.
Read also: How Avdiivka became a fortress, 2014–2023
Tags: Avdiivka, Donetsk Oblast, withdrawal, General Staff
© 2024 The Kyiv Ledger. All rights reserved.
"""
DOC = {"id": "lg07", "date": "2024-02-17", "source": "The Kyiv Ledger (Ukrainian English-language daily)",
       "url": "https://kyivledger.example/war/2024/02/17/ukraine-withdraws-from-avdiivka", "text": TEXT}

D, FRI, THU, TUE = "2024-02-17", "2024-02-16", "2024-02-15", "2024-02-13"
PAST = dict(end=D, prec="range")
GS = "Ukrainian General Staff"
EVENTS = [
    E("lg07-1", TER, D, L("Avdiivka"), "RU", "UA", claimant="commander-in-chief of Ukraine's armed forces; Russian MoD",
      evidence="Ukrainian forces have withdrawn from Avdiivka, the industrial town north of Donetsk that had held out against a Russian offensive since October",
      note="'The last units left the town overnight', announced early on Saturday 17 Feb -> the transfer on 17 Feb; "
           "the Ukrainian withdrawal and the MoD's 'full control' on Saturday afternoon are one change of hands (RU "
           "gains); Avdiivka 713122 (Donetsk, not the Chernihiv villages)"),
    E("lg07-2", TER, TUE, L("Avdiivka"), "RU", "UA",
      evidence="On Tuesday, Russian assault groups reached Industrialnyi Avenue in the north of the town and cut Avdiivka in two",
      note="a dated Russian gain inside the town: 'On Tuesday' on a Saturday page -> 13 Feb; within the town = "
           "precision 1"),
    E("lg07-3", TER, THU, H("Avdiivka", "Zenit strongpoint south-east of Avdiivka"), "RU", "UA",
      evidence="The southern strongpoint known as Zenit, south-east of the town, was abandoned on Thursday night after being surrounded on three sides.",
      note="'abandoned on Thursday night' -> 15 Feb (Thursday night = Thursday, as 'on Monday night' in lg01); a "
           "position south-east of the town = precision 2; the Ukrainian abandonment is a Russian gain"),
    E("lg07-4", CLA, FRI, H("Avdiivka", "Avdiivka coke plant"), "RU", "UA",
      evidence="Fighting went on throughout Friday around the Avdiivka coke plant",
      note="'Fighting went on throughout Friday around the Avdiivka coke plant' -> clash 16 Feb, RU attacking; the plant "
           "on the town's edge named with the town = precision 2"),
    E("lg07-5", ADS, FRI, L("Avdiivka"), "RU", "UA", weapons=[W("guided_bomb", launched=N(60))], claimant="Oleksandr Bilyk",
      evidence="Russian aircraft dropped 60 glide bombs on the town and its approaches on Friday alone",
      note="'60 glide bombs on the town and its approaches on Friday alone' -> one day's air strikes with a launched "
           "count of 60 (numbers of bombs are counts, blind53 call 1); the town = precision 1"),
    E("lg07-6", CLA, FRI, H("Novobakhmutivka", "near Novobakhmutivka"), "RU", "UA", claimant=GS, **PAST,
      evidence="Russian troops attacked near Novobakhmutivka and Ocheretyne, north-west of the town, and all the attacks were repelled",
      note="General Staff past-day update on Saturday morning: one clash per named place (range 16-17 Feb, blind50 "
           "la09); Novobakhmutivka 9112922"),
    E("lg07-7", CLA, FRI, H("Ocheretyne", "near Ocheretyne"), "RU", "UA", claimant=GS, **PAST,
      evidence="Russian troops attacked near Novobakhmutivka and Ocheretyne, north-west of the town, and all the attacks were repelled",
      note="the second named place of the same sentence -> its own clash, range; Ocheretyne 698759"),
    E("lg07-8", CLA, FRI, H("Krasnohorivka", "near Krasnohorivka"), "RU", "UA", claimant=GS, **PAST,
      evidence="In the Marinka direction, 19 attacks were repelled near Krasnohorivka.",
      note="'19 attacks were repelled near Krasnohorivka' -> one clash (the 19 attacks are not 19 events), range; "
           "Krasnohorivka 704393 (Donetsk, not the Poltava village)"),
    E("lg07-9", CLA, FRI, C("UA", "Ukraine (whole front)"), "RU", "UA", optional=True, agg=True, claimant=GS, **PAST,
      evidence="the General Staff reported 81 combat clashes along the front over the past day",
      note="front-wide past-day count -> optional aggregate (blind50 call 5)"),
    E("lg07-10", CLA, FRI, R("UA-14", "Avdiivka direction"), "RU", "UA", optional=True, agg=True, claimant=GS, **PAST,
      evidence="The Avdiivka direction accounted for 33 of them",
      note="sector count (33) -> optional; its named places are lg07-6 and lg07-7"),
    E("lg07-11", MAS, FRI, L("Selydove"), "RU", "UA", inj=N(3), weapons=[W("missile")],
      claimant="governor of the Donetsk region",
      evidence="a Russian missile hit Selydove on Friday evening, wounding three people, among them a ten-year-old girl",
      note="'on Friday evening' -> 16 Feb; 3 wounded (the girl is among them)"),
    E("lg07-12", ADS, D, L("Pokrovsk"), "RU", "UA", weapons=[W("drone")],
      evidence="Overnight into Saturday, Russian drones struck an energy facility in Pokrovsk",
      note="'Overnight into Saturday' -> 17 Feb (the publication day); no casualties stated (absent)"),
    E("lg07-13", DIS, D, L("Pokrovsk"), "RU", "UA", parent="lg07-12",
      evidence="about 1,200 households there lost electricity",
      note="outage caused by lg07-12"),
    E("lg07-14", CLA, "2023-10-10", H("Avdiivka", "flanks of Avdiivka"), "RU", "UA",
      evidence="Russia opened its assault on Avdiivka on 10 October last year, sending columns of armour against the town's northern and southern flanks",
      note="background with its own day: 'on 10 October last year' (2023) -> a recalled event with a resolvable day is "
           "required; the flanks = precision 2; 'For weeks those attacks were costly failures' and the switch 'From "
           "December onward' are history without days"),
]
# Not events: the offensive 'since October' in the lead (the same as lg07-14, told without a day); the commander's
# reasons ('to avoid encirclement'); 'the front barely moved' (history); Sukhorukov's unit leaving the coke plant in
# the early hours of Saturday (part of lg07-1); the prisoners shown by bloggers and the command's "some" (soldiers
# captured in combat are no taxonomy event); 'From December onward, Russia switched …' (habit); the population figures;
# Wetterberg's assessment and 'whether Ukraine has a prepared line' (question). Not gold statements: "full control" and
# "some" (fragments, institutions).
STATEMENTS = [
    S("Vadym Sukhorukov", "UA", "carrying the wounded on our backs", "sergeant, Avdiivka"),
    S("Jonas Wetterberg", None, "Avdiivka was never going to decide the war", "military analyst, Vänern Institute for Defence Studies"),
]
MUST_NOT = ["THE KYIV LEDGER", "Ukraine's independent English-language daily",
            "War | Politics | Business | Opinion | Culture | Podcasts",
            "Become a member: keep independent journalism in Kyiv going", "by Daria Honchar", "February 17, 2024 11:26 am",
            "Editor's note: This story was updated at 11:20 to include the Russian Defence Ministry's statement.",
            "Read also: How Avdiivka became a fortress, 2014–2023", "Tags: Avdiivka, Donetsk Oblast, withdrawal, General Staff",
            "© 2024 The Kyiv Ledger. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
