from common import E, L, R, N, W, S, H, gold, MAS, ADS, INT

TITLE = "27 settlements under fire, four dead: the past day in Kharkiv region"
TEXT = """SLOBOZHANSKYI VISNYK
Kharkiv region news · in English since 2022
News | Front line | Kharkiv | Hromadas | Evacuation | Contacts
News » Front line
27 settlements under fire, four dead: the past day in Kharkiv region
18 June 2024, 09:12 | Views: 2 847
Four people were killed and eleven wounded in Kharkiv region over the past day, as Russian forces shelled, bombed and sent drones against 27 towns and villages, the head of the regional military administration said on Tuesday morning. Below are the consequences by district, in the order he gave them.

Kharkiv district
At about 14:20 on Monday, a guided aerial bomb fell on the grounds of a sports complex in the village of Tsyrkuny (Tsyrkuny hromada). A man of 47 was wounded.
Lyptsi took two KABs. Eleven private houses and a shop were damaged, but no one was hurt.
A 73-year-old woman, hit by shrapnel when Russian artillery fired on Ruska Lozova on Monday evening, died in hospital during the night.
Kharkiv itself was struck shortly after three in the morning: a glide bomb exploded in the yard between two apartment blocks in the Saltivskyi district, injuring four residents, among them a boy of eleven.

Chuhuiv district
Vovchansk, where fighting has not stopped since May, stayed under artillery and mortar fire all day. A police officer was wounded while he was taking two elderly residents out of the town.
"He was carrying a woman of ninety down the steps when the mortar round landed. He put her in the car first, and only then let anyone look at his leg," said Andrii Kravets, a spokesman for the regional police.
On the outskirts of Pechenihy an FPV drone caught up with a private car; its 38-year-old driver is in hospital.

Kupiansk district
The heaviest blow fell on Kupiansk. At 09:40 on Monday, shells hit a five-storey building in the town centre: two men, aged 58 and 64, were killed, and four people were wounded.
"The first shell hit the roof, the second came through the stairwell. We sat in the basement and counted," said Halyna Moroz, who lives on the third floor.
In Petropavlivka, a drone dropped explosives on a 66-year-old man who was working in his garden. He died on the spot.

Izium district
Rockets from an Uragan launcher hit the centre of Borova, damaging the school and the hromada's administrative building. There were no casualties.

Hoptivka and Strilecha were also shelled, the regional administration added, without giving details.

Air defence: of the nine Shahed-type drones launched at the region overnight, seven were shot down, according to the Air Force.

The evacuation from the Vovchansk hromada goes on: on Monday 39 people, four of them children, were taken out. Since 10 May, more than 11,000 residents have left the border areas. The head of the regional administration again urged families with children in the border villages to leave while the roads are still passable.
Tags: Kharkiv region, shelling, Vovchansk, Kupiansk, Lyptsi
Share: Facebook | Telegram | X | Copy link
© 2024 Slobozhanskyi Visnyk. Full or partial reproduction only with an active link.
"""
DOC = {"id": "lp01", "date": "2024-06-18", "source": "Slobozhanskyi Visnyk (Kharkiv regional news site, English edition)",
       "url": "https://slobvisnyk.example/en/front/2024-06-18-past-day-27-settlements", "text": TEXT}

D, Y = "2024-06-18", "2024-06-17"
PAST = dict(prec="range", end=D)
RMA = "head of the Kharkiv regional military administration"
T = "lp01-1"
EVENTS = [
    E(T, MAS, Y, R("UA-63", "Kharkiv region"), "RU", "UA", agg=True, fat=N(4), inj=N(11), family=[ADS], claimant=RMA,
      evidence="Four people were killed and eleven wounded in Kharkiv region over the past day, as Russian forces "
               "shelled, bombed and sent drones against 27 towns and villages",
      note="the morning summary 'over the past day' (Tuesday page) -> aggregate range 17–18 June, parent of the lines; "
           "shelling, bombs and drones together -> missile_artillery_strike with the air type accepted; counts in words "
           "(four, eleven). Check: killed Ruska Lozova 1 + Kupiansk 2 + Petropavlivka 1 = 4; wounded Tsyrkuny 1 + "
           "Kharkiv 4 + Vovchansk 1 + Pechenihy 1 + Kupiansk 4 = 11; '27 towns and villages' is no count", **PAST),
    E("lp01-2", ADS, Y, L("Tsyrkuny"), "RU", "UA", parent=T, inj=N(1), weapons=[W("guided_bomb", launched=N(1))],
      claimant=RMA, evidence="At about 14:20 on Monday, a guided aerial bomb fell on the grounds of a sports complex in the village of Tsyrkuny (Tsyrkuny hromada). A man of 47 was wounded.",
      note="the line's own time 'At about 14:20 on Monday' -> 17 June (day, not the range); a village with its hromada "
           "in brackets is the village (691084, Tsyrkuny hromada, Kharkiv district); 'a guided aerial bomb' = one"),
    E("lp01-3", ADS, Y, L("Lyptsi"), "RU", "UA", parent=T, fat=N(0), inj=N(0), weapons=[W("guided_bomb", launched=N(2))],
      claimant=RMA, evidence="Lyptsi took two KABs. Eleven private houses and a shop were damaged, but no one was hurt.",
      note="'Lyptsi took two KABs' (verb without agent, KAB = guided bomb, launched 2); 'no one was hurt' -> 0/0; no "
           "time -> the past-day range", **PAST),
    E("lp01-4", MAS, Y, L("Ruska Lozova"), "RU", "UA", parent=T, fat=N(1), weapons=[W("artillery")], claimant=RMA,
      evidence="A 73-year-old woman, hit by shrapnel when Russian artillery fired on Ruska Lozova on Monday evening, died in hospital during the night.",
      note="the strike is 'on Monday evening' (17 June); the woman died 'during the night' -> one killed, dated by the "
           "strike, not by the death; Ruska Lozova 695106 (Derhachi hromada)"),
    E("lp01-5", ADS, D, L("Kharkiv"), "RU", "UA", parent=T, inj=N(4), weapons=[W("guided_bomb", launched=N(1))],
      claimant=RMA, evidence="Kharkiv itself was struck shortly after three in the morning: a glide bomb exploded in the yard between two apartment blocks in the Saltivskyi district, injuring four residents",
      note="'shortly after three in the morning' in a Tuesday-morning summary -> 18 June; Saltivskyi district = the "
           "city; glide bomb = guided bomb; 4 injured (the boy among them)"),
    E("lp01-6", MAS, Y, L("Vovchansk"), "RU", "UA", parent=T, inj=N(1), weapons=[W("artillery")], claimant=RMA,
      evidence="Vovchansk, where fighting has not stopped since May, stayed under artillery and mortar fire all day. A police officer was wounded",
      note="artillery and mortars 'all day' (mortar = artillery, one weapon entry) -> the past-day range; the police "
           "officer wounded while evacuating = 1 injured; 'since May' is background", **PAST),
    E("lp01-7", ADS, Y, H("Pechenihy", "outskirts of Pechenihy"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone", "FPV")],
      claimant=RMA, evidence="On the outskirts of Pechenihy an FPV drone caught up with a private car; its 38-year-old driver is in hospital.",
      note="outskirts of X -> precision 2; the driver 'is in hospital' = injured (hospitalised counts as injured)", **PAST),
    E("lp01-8", MAS, Y, L("Kupiansk"), "RU", "UA", parent=T, fat=N(2), inj=N(4), weapons=[W("artillery")], claimant=RMA,
      evidence="At 09:40 on Monday, shells hit a five-storey building in the town centre: two men, aged 58 and 64, were killed, and four people were wounded.",
      note="'At 09:40 on Monday' -> 17 June; shells = artillery; 2 killed (the two ages), 4 wounded"),
    E("lp01-9", ADS, Y, L("Petropavlivka"), "RU", "UA", parent=T, fat=N(1), weapons=[W("drone")], claimant=RMA,
      evidence="In Petropavlivka, a drone dropped explosives on a 66-year-old man who was working in his garden. He died on the spot.",
      note="a drone drop kills one; Petropavlivka 697421 (Kupiansk district, east of Kupiansk; not the Dnipropetrovsk, "
           "Odesa or Mykolaiv namesakes); no time -> range", **PAST),
    E("lp01-10", MAS, Y, L("Borova"), "RU", "UA", parent=T, fat=N(0), inj=N(0), weapons=[W("mlrs", "Uragan")], claimant=RMA,
      evidence="Rockets from an Uragan launcher hit the centre of Borova, damaging the school and the hromada's administrative building. There were no casualties.",
      note="Uragan = MLRS; 'no casualties' -> 0/0; Borova 711623 (Izium district, not the Kyiv-oblast village)", **PAST),
    E("lp01-11", MAS, Y, L("Hoptivka"), "RU", "UA", parent=T, family=[ADS], optional=True, claimant=RMA,
      evidence="Hoptivka and Strilecha were also shelled, the regional administration added, without giving details.",
      note="'also shelled … without giving details' -> optional (blind51 lb20, blind50 la06)", **PAST),
    E("lp01-12", MAS, Y, L("Strilecha"), "RU", "UA", parent=T, family=[ADS], optional=True, claimant=RMA,
      evidence="Hoptivka and Strilecha were also shelled, the regional administration added, without giving details.",
      note="second listed village without details -> optional", **PAST),
    E("lp01-13", INT, D, R("UA-63", "Kharkiv region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", launched=N(9), intercepted=N(7))], claimant="Ukrainian Air Force",
      evidence="of the nine Shahed-type drones launched at the region overnight, seven were shot down, according to the Air Force.",
      note="'of the nine Shahed-type drones launched at the region overnight, seven were shot down': a region with its "
           "own count -> required interception (blind53 ld12), launched 9 and intercepted 7 in one entry; overnight "
           "in a Tuesday-morning page -> 18 June"),
]
# Not events: the evacuation that 'goes on' (39 people on Monday, more than 11,000 'Since 10 May': an ongoing tally),
# the appeal to families with children, 'fighting has not stopped since May' (background). The police officer carrying
# the woman belongs to lp01-6. Masthead, tagline, menu, breadcrumb, date/views line, tags, share row and the
# © line are furniture; the district headings stay as text.
STATEMENTS = [
    S("Andrii Kravets", "UA", "He was carrying a woman of ninety down the steps when the mortar round landed",
      "spokesman, Kharkiv regional police"),
    S("Halyna Moroz", "UA", "We sat in the basement and counted", "resident, Kupiansk"),
]
MUST_NOT = ["SLOBOZHANSKYI VISNYK", "Kharkiv region news · in English since 2022",
            "News | Front line | Kharkiv | Hromadas | Evacuation | Contacts", "News » Front line",
            "18 June 2024, 09:12 | Views: 2 847", "Tags: Kharkiv region, shelling, Vovchansk, Kupiansk, Lyptsi",
            "Share: Facebook | Telegram | X | Copy link",
            "© 2024 Slobozhanskyi Visnyk. Full or partial reproduction only with an active link."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
