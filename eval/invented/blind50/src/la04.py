from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA, TER

TITLE = "Ukraine Battlefield Assessment, October 22, 2025"
TEXT = """PENROSE CENTRE FOR SECURITY ANALYSIS
About | Research | Ukraine Assessments | Maps | Podcast | Donate
Research › Europe › Ukraine Assessments
Ukraine Battlefield Assessment, October 22, 2025
Lauren Whitcombe, Pavlo Dudnyk, Sigrid Aune and the Penrose Ukraine team
October 22, 2025 · 7:15 pm ET
Download this assessment as a PDF
Data cut-off: 1:30 pm ET on October 22. Penrose will cover developments after the cut-off in tomorrow's assessment.

Key Takeaways
1. Overnight on October 21 to 22, Russia paired ballistic and cruise missiles with a large drone salvo, aiming chiefly at energy and gas facilities in Chernihiv and Poltava oblasts.
2. Russian troops have recently gained ground in central Pokrovsk; Ukrainian troops have recently gained ground near Udachne.
3. The Afipsky oil refinery in Krasnodar Krai burned after a Ukrainian drone strike on the night of October 20 to 21.
4. The Kremlin continues to reject a ceasefire along the current front line, likely to set conditions for further territorial demands.

Russian strike campaign
The night's salvo, according to the Ukrainian Air Force, consisted of four Iskander-M ballistic missiles, three Kh-101 cruise missiles and 160 drones, a mix of Shaheds and decoys, all of it fired overnight on October 21 to 22. Air defenders downed one Iskander-M, all three Kh-101s and 131 drones; another 19 drones were "locationally lost," presumably to electronic warfare. In Kyiv's Holosiivskyi Raion, two civilians were hurt when the wreckage of an intercepted drone came down on an apartment building, Kyiv city officials said. About 40,000 consumers in Chernihiv City lost electricity after drones hit an energy facility there, and the Poltava Oblast governor reported that an Iskander-M had hit a gas production facility in his oblast.

Ukrainian Air Force spokesperson Vadym Kostenko said the decoys now make up almost half of each wave. "Every decoy we shoot down costs us an interceptor that a real Shahed does not get," Kostenko said.

Penrose has observed Russian forces striking Ukrainian gas production facilities in Kharkiv and Poltava oblasts roughly once a week since early October. Russian forces will likely intensify these strikes as temperatures drop, in an effort to force Ukraine to import gas it cannot afford.

Ukrainian strikes in Russia
On the night of October 20 to 21, Ukrainian drones hit the primary processing unit of the Afipsky oil refinery in Krasnodar Krai, according to the Ukrainian General Staff. Krai officials spoke only of a fire at "an industrial enterprise" in Afipsky caused by falling debris, and said no one was hurt. Footage geolocated by Penrose and published on October 21 shows flames rising over the refinery's units. For the following night, October 21 to 22, Russia's Ministry of Defense (MoD) said its air defenses destroyed 58 Ukrainian drones over Russian territory, 21 of them over Bryansk Oblast.

Kupiansk direction
Fighting continued inside Kupiansk on October 21, with no confirmed change in the lines. Near Petropavlivka (east of Kupiansk), which saw the heaviest Russian pressure earlier this month, no attacks were reported. On October 21 a Russian milblogger asserted that Russian troops had taken the Kupiansk railway station; Penrose has seen no evidence for this. Small Russian groups have been slipping into Kupiansk since late August, and Penrose assesses that the Russian command likely overstates how many of its soldiers are inside the town.

"The town is not ours and not theirs; it is a town of cellars," wrote Semyon Arkhipov, a Russian milblogger who has been critical of the MoD's claims about Kupiansk.

The Kharkiv direction was quiet on October 21 and 22: Penrose recorded no Russian ground attacks there.

Lyman and Siversk directions
Near Torske (east of Lyman), Russian assaults on October 21 and 22 gained no ground. There were no ground attacks in the Siversk direction, and Penrose has seen no Russian activity near Serebrianka (northeast of Siversk) this week. A Ukrainian brigade operating near Lyman reported that Russian units come on motorcycles while the ground is wet and bring armored vehicles only once it freezes, a pattern that will likely repeat this winter.

Kostiantynivka direction
Southeast of Kostiantynivka, Russian troops assaulted Ukrainian positions near Shcherbynivka on October 21. The same day, glide bombs dropped by Russian aircraft killed one civilian and wounded two in Kostiantynivka itself, the Donetsk Oblast governor said. Kostiantynivka, Druzhkivka and Kramatorsk are hit with glide bombs and FPV drones as a matter of routine, and Penrose assesses that the goal is to make the cities uninhabitable before Russian infantry ever reaches them.

Pokrovsk direction
Footage geolocated and published on October 21 places Russian troops in central Pokrovsk, north of the railway line, indicating a recent Russian advance. Inside Pokrovsk, fighting went on through October 21 and 22; north of the town, Russian troops also attacked near Rodynske on October 21. Penrose assesses that Russian forces likely hold positions in several parts of southern Pokrovsk but do not control the town.

A Ukrainian battalion commander in the area, Major Andriy Bilous, described the Russian tactics in an interview with a Ukrainian outlet. "They do not storm buildings anymore; they walk in at night, two or three men at a time, and hide until there are twenty," Bilous said.

If Russian forces consolidate their positions north of the railway line, they will likely try to cut the road between Pokrovsk and Myrnohrad within weeks.

Novopavlivka direction
Ukrainian troops, for their part, have recently pushed forward north of Udachne (southwest of Pokrovsk), as footage geolocated and published on October 20 shows. Russian milbloggers acknowledged the Ukrainian gain and blamed it on poor coordination between two Russian regiments.

Huliaipole and Orikhiv directions
On October 21, Russian units assaulted Ukrainian positions near Uspenivka (northeast of Huliaipole; a different village from the Uspenivka in Donetsk Oblast). The MoD announced on October 22 that Uspenivka had been taken; Penrose has not seen confirmation. West of Orikhiv, an attack near Stepnohirsk on October 21 made no progress, while a Russian milblogger said that Russian troops have been attacking near Malokaterynivka almost daily since early October.

Kherson direction
Two civilians were hurt on October 21 when a Russian drone hit a bus in Kherson City, the oblast administration reported. Drone strikes on Kherson City and the riverside settlements are a daily occurrence, and Ukrainian officials describe them as a deliberate campaign against civilians.

Kremlin messaging
Speaking on October 22, the Kremlin spokesperson said Russia "sees no basis" for a ceasefire along the current front line and repeated that Ukraine must withdraw from the rest of Donetsk Oblast before talks can make progress. Penrose continues to assess that the Kremlin uses the language of negotiations to buy time for further offensive operations.

Belarus
Penrose observed no changes in the posture of Russian or Belarusian forces in Belarus. Belarus is scheduled to host a joint command-post exercise with Russia in February 2026.
Note: Penrose does not report detailed information on Ukrainian military activity that could endanger Ukrainian forces.
Support our daily Ukraine coverage: become a Penrose member
© 2025 Penrose Centre for Security Analysis
"""
DOC = {"id": "la04", "date": "2025-10-22", "source": "Penrose Centre for Security Analysis (think tank, daily assessment)",
       "url": "https://penrose-centre.example/research/ukraine-battlefield-assessment-october-22-2025",
       "text": TEXT}

D, Y, Y2 = "2025-10-22", "2025-10-21", "2025-10-20"
EVENTS = [
    E("la04-1", MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("cruise_missile", "Kh-101", launched=N(3)),
               W("drone", launched=N(160))],
      note="'fired overnight on October 21 to 22' in the October 22 assessment = Oct 22 (the night's later day); the first "
           "takeaway repeats it (one event); typed by the missiles"),
    E("la04-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="la04-1",
      weapons=[W("ballistic_missile", intercepted=N(1)), W("cruise_missile", intercepted=N(3)),
               W("drone", intercepted=N(131))],
      note="'Air defenders downed one Iskander-M, all three Kh-101s and 131 drones'; the 19 'locationally lost' are not counted"),
    E("la04-3", ADS, D, L("Kyiv"), "RU", "UA", parent="la04-1", inj=N(2), weapons=[W("drone")],
      note="wreckage of an intercepted drone on an apartment building in Holosiivskyi Raion (= the city), two "
           "civilians hurt"),
    E("la04-4", ADS, D, L("Chernihiv"), "RU", "UA", parent="la04-1", weapons=[W("drone")],
      note="'drones hit an energy facility there' (Chernihiv City)"),
    E("la04-5", DIS, D, L("Chernihiv"), "RU", "UA", parent="la04-4",
      note="'About 40,000 consumers in Chernihiv City lost electricity'"),
    E("la04-6", MAS, D, R("UA-53", "Poltava Oblast"), "RU", "UA", parent="la04-1",
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="'an Iskander-M had hit a gas production facility in his oblast' (Poltava): region only -> precision 3"),
    E("la04-7", ADS, Y, L("Afipsky"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff; Krasnodar Krai officials",
      note="'on the night of October 20 to 21' = Oct 21; the General Staff's refinery hit and the officials' fire at "
           "'an industrial enterprise' are one event (blind42 call 5); 'no casualties' = 0/0; the takeaway and the "
           "footage repeat it"),
    E("la04-8", INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian MoD", weapons=[W("drone", intercepted=N(58))],
      note="MoD: 'For the following night, October 21 to 22 … destroyed 58 Ukrainian drones over Russian territory' -> Oct 22"),
    E("la04-9", INT, D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", parent="la04-8", claimant="Russian MoD",
      weapons=[W("drone", intercepted=N(21))], note="'21 of them over Bryansk Oblast' -> region with a count"),
    E("la04-10", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional"),
    E("la04-11", CLA, Y, L("Kupiansk"), "RU", "UA",
      note="'Fighting continued inside Kupiansk on October 21': within the town = precision 1; groups slipping in "
           "'since late August' is habit"),
    E("la04-13", TER, Y, L("Kupiansk", name="Kupiansk railway station"), "RU", "UA", optional=True,
      claimant="Russian milblogger",
      note="milblogger's claim that Russian troops had taken the Kupiansk railway station; Penrose 'has seen no "
           "evidence': optional"),
    E("la04-14", CLA, Y, H("Torske", "near Torske"), "RU", "UA", end=D, prec="range",
      note="'Near Torske (east of Lyman), Russian assaults on October 21 and 22': range from the first day"),
    E("la04-16", CLA, Y, H("Shcherbynivka", "near Shcherbynivka"), "RU", "UA",
      note="'Southeast of Kostiantynivka, Russian troops assaulted Ukrainian positions near Shcherbynivka on October "
           "21'"),
    E("la04-17", ADS, Y, L("Kostiantynivka"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("guided_bomb")],
      note="'The same day, glide bombs dropped by Russian aircraft killed one civilian and wounded two in "
           "Kostiantynivka itself'; the routine strikes on Kostiantynivka, Druzhkivka and Kramatorsk are habit"),
    E("la04-18", TER, Y, L("Pokrovsk"), "RU", "UA",
      note="'Footage geolocated and published on October 21 places Russian troops in central Pokrovsk … "
           "indicating a recent Russian advance': dated by the footage, within the town (precision 1); the second takeaway repeats it"),
    E("la04-19", CLA, Y, L("Pokrovsk"), "RU", "UA", end=D, prec="range",
      note="'Inside Pokrovsk, fighting went on through October 21 and 22': range from the first day"),
    E("la04-20", CLA, Y, H("Rodynske", "near Rodynske"), "RU", "UA", note="'north of the town, Russian troops also attacked near Rodynske on October 21'"),
    E("la04-21", TER, Y2, H("Udachne", "north of Udachne"), "UA", "RU",
      note="'Ukrainian troops … have recently pushed forward north of Udachne …, as footage geolocated and "
           "published on October 20 shows': a Ukrainian gain dated by the footage (Oct 20), 'north of X' = precision 2; Udachne 690841"),
    E("la04-22", CLA, Y, H("Uspenivka", "near Uspenivka"), "RU", "UA",
      note="'On October 21, Russian units assaulted Ukrainian positions near Uspenivka (northeast of Huliaipole; a "
           "different village from the Uspenivka in Donetsk Oblast)': "
           "Uspenivka 690619 (Zaporizhzhia oblast), the homonym the text warns about"),
    E("la04-23", TER, D, L("Uspenivka"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="the MoD's October 22 announcement that Uspenivka had been taken, 'Penrose has not seen confirmation': "
           "optional"),
    E("la04-24", CLA, Y, H("Stepnohirsk", "near Stepnohirsk"), "RU", "UA",
      note="'West of Orikhiv, an attack near Stepnohirsk on October 21 made no progress'; the Malokaterynivka "
           "attacks 'almost daily since early October' are a milblogger's habit claim"),
    E("la04-26", ADS, Y, L("Kherson"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'Two civilians were hurt on October 21 when a Russian drone hit a bus in Kherson City'; the daily "
           "drone strikes are habit"),
]
# Not events: the takeaways (repeats of la04-1, -7, -18, -21; the Kremlin takeaway is assessment); the decoys making up
# 'almost half of each wave' (trend); gas strikes 'roughly once a week since early October' (habit) and 'will likely
# intensify' (forecast); the refinery footage (repeats la04-7); 'no confirmed change in the lines' (negation); no
# attacks near Petropavlivka, which saw 'the heaviest Russian pressure earlier this month' (negation, history without a
# day); groups 'slipping into Kupiansk since late August' and 'likely overstates' (habit, assessment); 'The Kharkiv
# direction was quiet' and 'no ground attacks in the Siversk direction', nothing near Serebrianka 'this week'
# (negations); the Lyman brigade's pattern (motorcycles while the ground is wet) and 'will likely repeat this winter';
# Kostiantynivka, Druzhkivka and Kramatorsk hit 'as a matter of routine' (habit) and the assessment of the goal; 'likely
# hold positions in several parts of southern Pokrovsk' (assessment); 'If Russian forces consolidate … will likely try
# to cut the road' (conditional forecast); the milbloggers' blaming of two regiments (comment); the Malokaterynivka
# attacks 'almost daily since early October' (a milblogger's habit claim); the daily drone strikes on Kherson (habit);
# Kremlin messaging (statement, assessment); Belarus (negation; the exercise in February 2026 is future); the cut-off
# line.
STATEMENTS = [
    S("Vadym Kostenko", "UA", "Every decoy we shoot down costs us an interceptor", "Ukrainian Air Force spokesperson"),
    S("Semyon Arkhipov", "RU", "it is a town of cellars", "Russian milblogger"),
    S("Andriy Bilous", "UA", "they walk in at night, two or three men at a time", "Ukrainian battalion commander"),
]
# Not gold: the Kremlin spokesperson (title only: "sees no basis"), the officials' fragment "an industrial enterprise",
# the Air Force's "locationally lost".
MUST_NOT = ["PENROSE CENTRE FOR SECURITY ANALYSIS", "About | Research | Ukraine Assessments | Maps | Podcast | Donate",
            "Research › Europe › Ukraine Assessments",
            "Lauren Whitcombe, Pavlo Dudnyk, Sigrid Aune and the Penrose Ukraine team",
            "October 22, 2025 · 7:15 pm ET", "Download this assessment as a PDF",
            "Note: Penrose does not report detailed information on Ukrainian military activity that could endanger "
            "Ukrainian forces.",
            "Support our daily Ukraine coverage: become a Penrose member",
            "© 2025 Penrose Centre for Security Analysis"]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la04-1": "The night's salvo, according to the Ukrainian Air Force, consisted of four Iskander-M ballistic missiles, three Kh-101 cruise missiles and 160 drones",
    "la04-2": "Air defenders downed one Iskander-M, all three Kh-101s and 131 drones",
    "la04-3": "In Kyiv's Holosiivskyi Raion, two civilians were hurt when the wreckage of an intercepted drone came down on an apartment building",
    "la04-4": "after drones hit an energy facility there",
    "la04-5": "About 40,000 consumers in Chernihiv City lost electricity",
    "la04-6": "an Iskander-M had hit a gas production facility in his oblast",
    "la04-7": "On the night of October 20 to 21, Ukrainian drones hit the primary processing unit of the Afipsky oil refinery in Krasnodar Krai",
    "la04-8": "Russia's Ministry of Defense (MoD) said its air defenses destroyed 58 Ukrainian drones over Russian territory",
    "la04-9": "21 of them over Bryansk Oblast",
    "la04-10": "Russia's Ministry of Defense (MoD) said its air defenses destroyed 58 Ukrainian drones over Russian territory",
    "la04-11": "Fighting continued inside Kupiansk on October 21",
    "la04-13": "On October 21 a Russian milblogger asserted that Russian troops had taken the Kupiansk railway station",
    "la04-14": "Near Torske (east of Lyman), Russian assaults on October 21 and 22 gained no ground.",
    "la04-16": "Southeast of Kostiantynivka, Russian troops assaulted Ukrainian positions near Shcherbynivka on October 21.",
    "la04-17": "glide bombs dropped by Russian aircraft killed one civilian and wounded two in Kostiantynivka itself",
    "la04-18": "Footage geolocated and published on October 21 places Russian troops in central Pokrovsk, north of the railway line, indicating a recent Russian advance.",
    "la04-19": "Inside Pokrovsk, fighting went on through October 21 and 22",
    "la04-20": "north of the town, Russian troops also attacked near Rodynske on October 21",
    "la04-21": "Ukrainian troops, for their part, have recently pushed forward north of Udachne (southwest of Pokrovsk), as footage geolocated and published on October 20 shows.",
    "la04-22": "On October 21, Russian units assaulted Ukrainian positions near Uspenivka",
    "la04-23": "The MoD announced on October 22 that Uspenivka had been taken",
    "la04-24": "West of Orikhiv, an attack near Stepnohirsk on October 21 made no progress",
    "la04-26": "Two civilians were hurt on October 21 when a Russian drone hit a bus in Kherson City",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
