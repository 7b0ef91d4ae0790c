from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, TER, MOB, POL, DIP, AGR

TITLE = "Seven days in Ukraine: the heaviest night of the month, a swap, and a village lost near Lyman"
TEXT = """NORTHBRIDGE REVIEW
Home · World · Ukraine · Economy · Ideas · Newsletters
SEVEN DAYS IN UKRAINE · Sunday edition
Seven days in Ukraine: the heaviest night of the month, a swap, and a village lost near Lyman
Compiled by the Northbridge foreign desk · 29 June 2025 · 10:00 BST
▶ Listen to this article (11 min)
Over the seven days to Sunday, Russia launched more than 1,900 attack drones, nearly 1,100 guided aerial bombs and 64 missiles of various types against Ukraine, the president wrote on Sunday morning. Ukraine's general staff, for its part, counted 1,084 combat engagements along the front over the same week. Here is how the week unfolded, day by day.

MONDAY, 23 JUNE
Cruise missiles struck the Kremenchuk oil refinery overnight into Monday. The Poltava regional governor said the fire was out by noon and that nobody had been hurt. The plant, hit several times since 2022, has not processed crude at full capacity for months.

TUESDAY, 24 JUNE
Ukraine's army confirmed on Tuesday that its troops had left Torske, a village north-east of Lyman that they had held since the autumn of 2022. "We pulled out of the last positions on Tuesday night, when there was nothing left to hold," said Captain Yevhen Kravets, a spokesman for the brigade that defended it.
Before dawn the same day, Ukrainian drones hit the refinery in Saratov. The regional governor reported that falling debris had injured two people in the city's Zavodskoi district.

WEDNESDAY, 25 JUNE
Three hundred and twenty Ukrainian prisoners of war came home on Wednesday, exchanged for the same number of Russian servicemen. It was the second stage of a swap agreed in Istanbul earlier in the month; a third is expected "in the coming weeks".
In Odesa, drones set fire to a grain elevator in the port overnight into Wednesday, and two workers were hurt.

THURSDAY, 26 JUNE
Norway's government approved 5 billion kroner (about €430 million) for Ukrainian air defence on Thursday, most of it to buy Patriot interceptors on Ukraine's behalf.
In Kyiv, the defence minister hosted his British counterpart, who had arrived by train on Thursday morning, for talks on joint drone production.
That evening two guided bombs fell on Kharkiv's Industrialnyi district. One man was killed and 14 people were injured, three children among them, the mayor said.

FRIDAY, 27 JUNE
Friday began in Kherson with artillery fire on a bus stop in the Dniprovskyi district: two people waiting for the 7:40 bus were killed and three were wounded.
Russia's defence ministry claimed that afternoon that its troops had taken Yunakivka, a village some 20 km north-east of Sumy. Ukraine's border guard service called the claim "a fiction" and said its units still held the village.

SATURDAY, 28 JUNE
The heaviest attack of the week, and of the month, came overnight into Saturday: 410 drones, 19 Kh-101 cruise missiles and six Iskander-M ballistic missiles, according to the air force, which said 365 of the drones and 17 of the cruise missiles had been shot down. None of the ballistic missiles was intercepted.
A missile knocked out a substation in Smila, in the Cherkasy region, leaving about 40,000 households in the town and the villages around it without power for most of the day.
In the Lviv region, drones set fire to an industrial enterprise in Drohobych, injuring two people; nine drones and three missiles were shot down over the region, the governor said.
Poland scrambled its fighter jets, and put ground-based air defence on alert, as the missiles flew west.

SUNDAY, 29 JUNE
Early on Sunday, Smerch rockets slammed into the centre of Sloviansk. Two people were killed and nine wounded, the regional military administration said; rescuers were still searching a damaged block of flats when this round-up was sent.
Russia's defence ministry said it had downed 31 Ukrainian drones overnight, 14 of them over the Kursk region.

WHAT TO WATCH
EU leaders are expected to try again to agree an 18th package of sanctions at their summit, which opens on Thursday. If Russian troops keep advancing east of Lyman, Sloviansk and Kramatorsk will come within range of the smallest FPV drones by the autumn. "Russia is trading villages for time, and so far the trade is working for it," said Lotte Vermeulen, a researcher at the Ghent Institute for Security Studies.

BY THE NUMBERS
1,900+ drones launched this week. 320 prisoners home. 40,000 households in the Cherkasy region without power on Saturday. 3 years and 4 months since the full-scale invasion began.
This round-up is part of our free Sunday newsletter. Sign up here.
Northbridge Review Ltd · Registered in England No. 09271544 · © 2025
"""
DOC = {"id": "ky07", "date": "2025-06-29", "source": "Northbridge Review (weekly magazine site, Sunday round-up)",
       "url": "https://northbridgereview.example/ukraine/seven-days-2025-06-29", "text": TEXT}

MON, TUE, WED, THU, FRI, SAT, SUN = (f"2025-06-{d}" for d in range(23, 30))
WAVE = "ky07-13"
EVENTS = [
    E("ky07-1", MAS, MON, C("UA", "Ukraine"), "RU", "UA", end=SUN, prec="week", agg=True,
      weapons=[W("drone", launched=N(1900, "at_least")), W("guided_bomb", launched=N(1100, "almost")),
               W("missile", launched=N(64))],
      note="'Over the seven days to Sunday … more than 1,900 attack drones, nearly 1,100 guided aerial bombs and 64 "
           "missiles' said on the publication Sunday of a round-up: required week aggregate (blind39 call 4, blind42 "
           "ks04), typed by the heaviest weapon; 'By the numbers' repeats the drones"),
    E("ky07-2", CLA, MON, C("UA", "Ukraine"), "RU", "UA", end=SUN, prec="week", agg=True, optional=True,
      note="'1,084 combat engagements along the front over the same week': a front-wide count without places, optional"),
    E("ky07-3", MAS, MON, L("Kremenchuk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("cruise_missile")],
      note="Monday heading: cruise missiles on the Kremenchuk refinery 'overnight into Monday' = 23 Jun; 'nobody had "
           "been hurt' = 0/0; 'hit several times since 2022' is background"),
    E("ky07-4", TER, TUE, L("Torske"), "RU", "UA",
      note="Tuesday: troops 'had left Torske'; the spokesman's 'We pulled out of the last positions on Tuesday night' "
           "-> territory_change to the advancing side (RU) on 24 Jun; the Donetsk-oblast Torske 691358 'north-east of "
           "Lyman'"),
    E("ky07-5", ADS, TUE, L("Saratov"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="'Before dawn the same day' (Tuesday) Ukrainian drones hit the Saratov refinery; debris injured two in the "
           "Zavodskoi district (= the city)"),
    E("ky07-6", AGR, WED, C(None, "undisclosed"), "UA", "RU",
      note="Wednesday: 'Three hundred and twenty … prisoners of war came home … exchanged for the same number': a "
           "prisoner exchange is an agreement without a place; the Istanbul agreement 'earlier in the month' has no day "
           "and the third stage is future"),
    E("ky07-7", ADS, WED, L("Odesa"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'drones set fire to a grain elevator in the port overnight into Wednesday' = 25 Jun, two workers hurt"),
    E("ky07-8", POL, THU, C("NO", "Norway"), "NO", "UA",
      note="Thursday: 'Norway's government approved 5 billion kroner … for Ukrainian air defence' -> the deciding "
           "country, precision 4"),
    E("ky07-9", DIP, THU, L("Kyiv"), "UA", "GB",
      note="'In Kyiv, the defence minister hosted his British counterpart … on Thursday morning, for talks': a "
           "meeting at the named venue, the host as actor1"),
    E("ky07-10", ADS, THU, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(14),
      weapons=[W("guided_bomb", launched=N(2))],
      note="'That evening' under the Thursday heading = 26 Jun: two guided bombs on the Industrialnyi district (= the "
           "city), 1 killed 14 injured"),
    E("ky07-11", MAS, FRI, L("Kherson"), "RU", "UA", fat=N(2), inj=N(3), weapons=[W("artillery")],
      note="'Friday began in Kherson with artillery fire on a bus stop' = 27 Jun, 2 killed 3 wounded (Dniprovskyi "
           "district = the city)"),
    E("ky07-12", TER, FRI, L("Yunakivka"), "RU", "UA", optional=True, claimant="Russian defence ministry",
      note="the MoD's claim 'that afternoon' that its troops had taken Yunakivka, called 'a fiction' by Ukraine's "
           "border guards who 'still held the village': a capture claim denied as false -> optional (blind42 call 2)"),
    E(WAVE, MAS, SAT, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(410)), W("cruise_missile", "Kh-101", launched=N(19)),
               W("ballistic_missile", "Iskander-M", launched=N(6))],
      note="Saturday heading: 'overnight into Saturday' = 28 Jun: the night's combined wave, typed by the missiles"),
    E("ky07-14", INT, SAT, C("UA", "Ukraine"), "UA", "RU", parent=WAVE,
      weapons=[W("drone", intercepted=N(365)), W("cruise_missile", intercepted=N(17)),
               W("ballistic_missile", intercepted=N(0))],
      note="'365 of the drones and 17 of the cruise missiles had been shot down. None of the ballistic missiles was "
           "intercepted' (an exact 0)"),
    E("ky07-15", MAS, SAT, L("Smila"), "RU", "UA", parent=WAVE, weapons=[W("missile")],
      note="'A missile knocked out a substation in Smila, in the Cherkasy region'"),
    E("ky07-16", DIS, SAT, L("Smila"), "RU", "UA", parent="ky07-15",
      note="'about 40,000 households in the town and the villages around it without power for most of the day'; "
           "'By the numbers' repeats it"),
    E("ky07-17", ADS, SAT, L("Drohobych"), "RU", "UA", parent=WAVE, inj=N(2), weapons=[W("drone")],
      note="drones set fire to an industrial enterprise in Drohobych, 2 injured"),
    E("ky07-18", INT, SAT, R("UA-46", "Lviv region"), "UA", "RU", parent="ky07-14",
      weapons=[W("drone", intercepted=N(9)), W("missile", intercepted=N(3))],
      note="'nine drones and three missiles were shot down over the region': a region with counts (required); the "
           "missiles' kind is not said -> category missile"),
    E("ky07-19", MOB, SAT, C("PL", "Poland"), "PL", None,
      note="'Poland scrambled its fighter jets, and put ground-based air defence on alert, as the missiles flew west' "
           "during the night to Saturday"),
    E("ky07-20", MAS, SUN, L("Sloviansk"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("mlrs", "Smerch")],
      note="'Early on Sunday, Smerch rockets slammed into the centre of Sloviansk', 2 killed 9 wounded (publication "
           "day)"),
    E("ky07-21", INT, SUN, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant="Russian defence ministry", note="'downed 31 Ukrainian drones overnight' on Sunday (country level)"),
    E("ky07-22", INT, SUN, R("RU-KRS", "Kursk region"), "RU", "UA", parent="ky07-21",
      weapons=[W("drone", intercepted=N(14))], note="'14 of them over the Kursk region' (required)"),
    E("ky07-23", ADS, SUN, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole: optional (blind37 call 5)"),
]
# Not events: the Kremenchuk plant 'hit several times since 2022' and not at full capacity 'for months' (background);
# Torske held 'since the autumn of 2022' (history); the Istanbul agreement 'earlier in the month' (no day) and the third
# stage 'in the coming weeks' (future); the Patriot purchases (purpose of the decision); Ukraine's denial of the
# Yunakivka claim (the claim is optional above); the rescuers' search in Sloviansk (part of the strike); 'What to watch'
# (the EU summit that 'opens on Thursday' = future; 'If Russian troops keep advancing … will come within range':
# conditional; the researcher's quote); 'By the numbers' (repeats: drones, prisoners, the Cherkasy outage; '3 years
# and 4 months since the full-scale invasion began').
STATEMENTS = [
    S("Yevhen Kravets", "UA", "We pulled out of the last positions on Tuesday night", "brigade spokesman"),
    S("Lotte Vermeulen", None, "Russia is trading villages for time", "researcher, Ghent Institute for Security Studies"),
]
MUST_NOT = ["NORTHBRIDGE REVIEW", "Home · World · Ukraine · Economy · Ideas · Newsletters",
            "SEVEN DAYS IN UKRAINE · Sunday edition",
            "Compiled by the Northbridge foreign desk · 29 June 2025 · 10:00 BST", "▶ Listen to this article (11 min)",
            "This round-up is part of our free Sunday newsletter. Sign up here.",
            "Northbridge Review Ltd · Registered in England No. 09271544 · © 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
