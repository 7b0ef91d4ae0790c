from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, CLA

TITLE = "173 clashes in a day, a third of them near Pokrovsk: General Staff on the situation at the front"
TEXT = """VARTOVYI
news from the front and the rear
Front | Rear | Economy | Analytics | Volunteers | Ukrainian
Front › General Staff updates
173 clashes in a day, a third of them near Pokrovsk: General Staff on the situation at the front
20 August 2025, 09:12
Author: Taras Hrebeniuk
Over the past day, 173 combat clashes were recorded along the front, according to the update that the General Staff of Ukraine's armed forces published as of 08:00 on 20 August. The enemy carried out one missile strike with three missiles and 71 air strikes, dropping 124 guided aerial bombs, and used 5,230 kamikaze drones. Russian troops also carried out 4,870 attacks on the positions of our troops and on settlements, many of them with multiple rocket launchers.

The night was also restless in the rear. According to the Air Force, Russia attacked Ukraine overnight with 93 Shahed-type strike drones and decoys and one Iskander-M ballistic missile. Sixty-two of the drones were shot down or suppressed by electronic warfare; hits were recorded in eight locations, which the Air Force did not name.

Vartovyi goes through the update direction by direction.

North and the Kharkiv region
In the Kharkiv direction, Russian assault groups tried to break through near Vovchansk three times. All three attempts failed. In the Kupiansk direction, there were eleven attacks, most of them near Kindrashivka, where the enemy tries to reach the Oskil from the north.

The Lyman and Kramatorsk directions
Near Torske, on the approaches to Lyman, the defence forces stopped 16 assaults; four battles were still going on when the update was published. In the Kramatorsk direction, Russian infantry attacked near Chasiv Yar, without success.

The Kostiantynivka direction
South of Kostiantynivka, the occupiers launched 19 attacks. The General Staff names only one place, Ivanopillia, where, it says, the enemy is trying to cut the road to Kostiantynivka.

The Pokrovsk direction
As in every update of the past months, Pokrovsk is where the enemy throws most of its strength: 57 attacks in a day, or a third of the whole front. Fighting took place near Rodynske, north of the city, and near Udachne in the south-west, where Ukrainian units have been holding the same tree lines since the spring.

"They bring in fresh infantry every night, and every morning we count the bodies on the drone feed," said Major Roman Kovtun, a spokesman for the troops in the sector, in a comment to Vartovyi. "What they gain in a week, you could walk across in fifteen minutes."

The south
In the Novopavlivka direction, the enemy attacked near Voskresenka. In the Orikhiv direction, Russian troops tried to advance near Stepnohirsk and were thrown back. In the Prydniprovskyi direction, the enemy did not conduct offensive actions during the day, but shelled the right-bank settlements of the Kherson region, the General Staff said. In the Volyn and Polissia directions, no signs of offensive groups being formed were detected.

Our strikes
Overnight, the defence forces struck the oil refinery in Novoshakhtinsk in Russia's Rostov region, the General Staff reported. The site caught fire; the results of the strike are being clarified. The General Staff said the refinery supplies fuel to Russian units in the south of Ukraine.

Over the past day, Ukrainian aviation, missile troops and artillery hit 14 areas of concentration of enemy personnel, two command posts and an artillery system, according to the update.

Enemy losses
Over the past day, according to the General Staff, Russia lost 1,040 personnel killed and wounded, three tanks, 37 artillery systems and 112 operational-tactical drones. Since 24 February 2022, total Russian personnel losses are estimated at more than one million.

What it means
The intensity along the front has not changed much in August: between 150 and 200 clashes a day, with the Pokrovsk and Kostiantynivka directions taking about half. Military analyst Oksana Haidai says the numbers point to an approaching autumn offensive. "If the Russians keep up this rhythm until the rains, they will try to close the ring around Pokrovsk and Myrnohrad before the ground freezes," Haidai said.
Read also: How the defence of Chasiv Yar changed after a year of assaults
Subscribe to Vartovyi on Telegram and WhatsApp
Support Vartovyi: every hryvnia helps us stay independent
© Vartovyi, 2025. Full or partial reproduction only with a hyperlink to the source.
"""
DOC = {"id": "la09", "date": "2025-08-20", "source": "Vartovyi (Ukrainian news site, English version)",
       "url": "https://vartovyi.example/en/front/general-staff-2025-08-20",
       "text": TEXT}

D, Y = "2025-08-20", "2025-08-19"
PAST = dict(prec="range", end=D)
GS = "Ukrainian General Staff"
EVENTS = [
    E("la09-1", MAS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, family=[ADS], claimant=GS, **PAST,
      weapons=[W("missile", launched=N(3)), W("guided_bomb", launched=N(124)), W("drone", launched=N(5230))],
      note="'one missile strike with three missiles and 71 air strikes, dropping 124 guided aerial bombs, and used "
           "5,230 kamikaze drones' over the past day (update as of 08:00 on 20 August): a country tally of Russian "
           "fire with munition counts, past-day range, required as the round-ups' tallies are (blind42 ks04); typed by "
           "its heaviest weapon; the 4,870 'attacks' are not munitions"),
    E("la09-2", CLA, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, claimant=GS, **PAST,
      note="'173 combat clashes were recorded along the front': a front-wide clash count -> optional (blind41 call 3)"),
    E("la09-3", MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(93)), W("ballistic_missile", "Iskander-M", launched=N(1))],
      note="Air Force: 'attacked Ukraine overnight with 93 Shahed-type strike drones and decoys and one Iskander-M' "
           "(morning of 20 Aug); typed by the missile; 'hits … in eight locations' unnamed"),
    E("la09-4", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="la09-3", weapons=[W("drone", intercepted=N(62))],
      note="'Sixty-two of the drones were shot down or suppressed by electronic warfare': counted together by the "
           "text (blind41 call 1); the missile's fate not said"),
    E("la09-5", CLA, Y, H("Vovchansk", "near Vovchansk"), "RU", "UA", claimant=GS, **PAST,
      note="'tried to break through near Vovchansk three times. All three attempts failed': one clash at the place, "
           "past-day range, precision 2"),
    E("la09-6", CLA, Y, R("UA-63", "Kupiansk direction, Kharkiv region", 2), "RU", "UA", agg=True, optional=True,
      claimant=GS, **PAST, note="'In the Kupiansk direction, there were eleven attacks': a sector count -> optional"),
    E("la09-7", CLA, Y, H("Kindrashivka", "near Kindrashivka"), "RU", "UA", claimant=GS, **PAST,
      note="'most of them near Kindrashivka': the named place of the Kupiansk direction; 'tries to reach the Oskil' is "
           "intent"),
    E("la09-8", CLA, Y, H("Torske", "near Torske"), "RU", "UA", claimant=GS, **PAST,
      note="'Near Torske, on the approaches to Lyman, the defence forces stopped 16 assaults; four battles were still "
           "going on': one clash at Torske (691358, east of Lyman); 16 is a count of assaults"),
    E("la09-9", CLA, Y, H("Chasiv Yar", "near Chasiv Yar"), "RU", "UA", claimant=GS, **PAST,
      note="'Russian infantry attacked near Chasiv Yar, without success'"),
    E("la09-10", CLA, Y, R("UA-14", "Kostiantynivka direction, Donetsk region", 2), "RU", "UA", agg=True,
      optional=True, claimant=GS, **PAST,
      note="'South of Kostiantynivka, the occupiers launched 19 attacks': a sector count -> optional"),
    E("la09-11", CLA, Y, H("Ivanopillia", "near Ivanopillia"), "RU", "UA", claimant=GS, **PAST,
      note="'The General Staff names only one place, Ivanopillia': a clash there (707464, south-east of "
           "Kostiantynivka); 'trying to cut the road' is intent"),
    E("la09-12", CLA, Y, R("UA-14", "Pokrovsk direction, Donetsk region", 2), "RU", "UA", agg=True, optional=True,
      claimant=GS, **PAST,
      note="'57 attacks in a day, or a third of the whole front': a sector count -> optional; 'As in every update of "
           "the past months' is habit"),
    E("la09-13", CLA, Y, H("Rodynske", "near Rodynske"), "RU", "UA", claimant=GS, **PAST,
      note="'Fighting took place near Rodynske, north of the city'"),
    E("la09-14", CLA, Y, H("Udachne", "near Udachne"), "RU", "UA", claimant=GS, **PAST,
      note="'and near Udachne in the south-west'; holding the tree lines 'since the spring' is background"),
    E("la09-15", CLA, Y, H("Voskresenka", "near Voskresenka"), "RU", "UA", claimant=GS, **PAST,
      note="'In the Novopavlivka direction, the enemy attacked near Voskresenka': Voskresenka 688941 (Donetsk oblast), "
           "not the Zaporizhzhia or Kyiv namesakes; the direction is a sector name (Novopavlivka is in Dnipropetrovsk "
           "oblast)"),
    E("la09-16", CLA, Y, H("Stepnohirsk", "near Stepnohirsk"), "RU", "UA", claimant=GS, **PAST,
      note="'Russian troops tried to advance near Stepnohirsk and were thrown back'"),
    E("la09-17", MAS, Y, R("UA-65", "Kherson region (right bank)"), "RU", "UA", optional=True, family=[ADS],
      claimant=GS, **PAST,
      note="'did not conduct offensive actions … but shelled the right-bank settlements of the Kherson region': "
           "settlements not named -> optional"),
    E("la09-18", ADS, D, L("Novoshakhtinsk"), "UA", "RU", claimant=GS, family=[MAS],
      note="'Overnight, the defence forces struck the oil refinery in Novoshakhtinsk in Russia's Rostov region … The "
           "site caught fire': a claimed Ukrainian strike; weapon not said -> both strike types (drone usual, not "
           "stated)"),
    E("la09-19", MAS, Y, C("UA", "Ukraine"), "UA", "RU", agg=True, optional=True, family=[ADS], claimant=GS, **PAST,
      note="'Ukrainian aviation, missile troops and artillery hit 14 areas of concentration of enemy personnel, two "
           "command posts and an artillery system': a tally without a place -> optional (as la05-9)"),
]
# Not events: the 4,870 'attacks' (not munitions, part of la09-1); 'hits … in eight locations' (unnamed); the Kharkiv
# direction's 'three times' (count behind la09-5); the enemy 'tries to reach the Oskil' and 'trying to cut the road'
# (intent); 'four battles were still going on' (part of la09-8); 'As in every update of the past months' (habit);
# holding tree lines 'since the spring'; the spokesman's 'What they gain in a week' (comment); 'did not conduct offensive
# actions' in the Prydniprovskyi direction and 'no signs of offensive groups' in the Volyn and Polissia directions
# (negations); 'the results of the strike are being clarified' and the refinery's role (description); the 14 areas,
# two command posts and an artillery system hit (the optional la09-19); enemy losses of the day and since 24 February
# 2022 (loss claims, cumulative); 'What it means' (between 150 and 200 clashes a day: rate; the analyst's 'If the
# Russians keep up this rhythm … will try to close the ring': conditional forecast); the 'Read also' headline.
STATEMENTS = [
    S("Roman Kovtun", "UA", "every morning we count the bodies on the drone feed", "spokesman for the troops near Pokrovsk"),
    S("Oksana Haidai", None, "they will try to close the ring around Pokrovsk and Myrnohrad", "military analyst"),
]
MUST_NOT = ["VARTOVYI", "news from the front and the rear", "Front | Rear | Economy | Analytics | Volunteers | Ukrainian",
            "Front › General Staff updates", "20 August 2025, 09:12", "Author: Taras Hrebeniuk",
            "Read also: How the defence of Chasiv Yar changed after a year of assaults",
            "Subscribe to Vartovyi on Telegram and WhatsApp",
            "Support Vartovyi: every hryvnia helps us stay independent",
            "© Vartovyi, 2025. Full or partial reproduction only with a hyperlink to the source."]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la09-1": "The enemy carried out one missile strike with three missiles and 71 air strikes, dropping 124 guided aerial bombs, and used 5,230 kamikaze drones.",
    "la09-2": "Over the past day, 173 combat clashes were recorded along the front",
    "la09-3": "Russia attacked Ukraine overnight with 93 Shahed-type strike drones and decoys and one Iskander-M ballistic missile.",
    "la09-4": "Sixty-two of the drones were shot down or suppressed by electronic warfare",
    "la09-5": "In the Kharkiv direction, Russian assault groups tried to break through near Vovchansk three times.",
    "la09-6": "In the Kupiansk direction, there were eleven attacks",
    "la09-7": "most of them near Kindrashivka",
    "la09-8": "Near Torske, on the approaches to Lyman, the defence forces stopped 16 assaults",
    "la09-9": "In the Kramatorsk direction, Russian infantry attacked near Chasiv Yar, without success.",
    "la09-10": "South of Kostiantynivka, the occupiers launched 19 attacks.",
    "la09-11": "The General Staff names only one place, Ivanopillia",
    "la09-12": "57 attacks in a day, or a third of the whole front",
    "la09-13": "Fighting took place near Rodynske, north of the city",
    "la09-14": "near Udachne in the south-west",
    "la09-15": "In the Novopavlivka direction, the enemy attacked near Voskresenka.",
    "la09-16": "In the Orikhiv direction, Russian troops tried to advance near Stepnohirsk and were thrown back.",
    "la09-17": "but shelled the right-bank settlements of the Kherson region",
    "la09-18": "Overnight, the defence forces struck the oil refinery in Novoshakhtinsk in Russia's Rostov region, the General Staff reported.",
    "la09-19": "Over the past day, Ukrainian aviation, missile troops and artillery hit 14 areas of concentration of enemy personnel, two command posts and an artillery system",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
