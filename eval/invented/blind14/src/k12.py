from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine Frontline Weekly No. 212: the autumn offensive stalls in the mud"
TEXT = """ALBRECHT-LUND DEFENCE CONSULTING
Insights | Frontline Weekly | Country Risk | Training | Client login
Ukraine Frontline Weekly No. 212: the autumn offensive stalls in the mud
Reporting period: Saturday 7 November – Friday 13 November 2026 · Distribution: public edition
Lead analyst: Freya Lindqvist · Contributors: Oleh Marchenko, David Assouline

Bottom line up front

Russia's autumn offensive has slowed markedly over the past fortnight. Rain and the first frosts have turned the ground in eastern Ukraine into the kind of mud that Russian and Soviet commanders have cursed since 1812, and Russian assault groups are now moving almost entirely on foot. The most significant developments of the week were a Russian foothold on the south-eastern edge of Kostiantynivka, a local Ukrainian counterattack near Kupiansk, and the largest Russian strike on the Ukrainian energy system since the spring. We expect fighting to remain positional until the ground freezes, probably in mid-December, when both sides will try to exploit the hard ground before the winter thaw.

Kharkiv and Kupiansk

Geolocated footage published on Sunday shows Ukrainian troops raising a flag in the centre of Kurylivka, south-east of Kupiansk, which Russian forces had claimed to control since September. Russian forces attacked near Kupiansk-Vuzlovyi on Tuesday and Wednesday without success. The Russian grouping in this sector has lost most of its armoured vehicles over the summer, and we see no sign that it will be reinforced before the new year.

Lyman and Siversk

The Russian Defence Ministry claimed on Thursday that its forces had captured Serebrianka, south of Kreminna. The Ukrainian General Staff said the same day that fighting for the village continues. We consider the Russian claim premature. Siversk itself remains under heavy artillery fire but is not under direct ground assault.

Kostiantynivka and Druzhkivka

This is the sector to watch. Geolocated footage published on Wednesday indicates that Russian infantry have established positions in the south-eastern outskirts of Kostiantynivka, the first confirmed Russian presence inside the town. Russian glide bombs struck Druzhkivka on Monday, killing three civilians, according to the regional administration. If Russian forces consolidate in Kostiantynivka, they could bring the road between Druzhkivka and Kramatorsk into drone range within weeks, a repeat of the pattern we saw at Pokrovsk.

The battle for the Donetsk agglomeration increasingly resembles the Russo-Japanese War's siege of Port Arthur in 1904: an attacker willing to pay any price for fortified urban ground, and a defender whose real problem is the supply line rather than the walls.

Dobropillia

Russian forces attacked near Rodynske on Tuesday. The Ukrainian General Staff reported 58 Russian assaults in this sector over the past day on Thursday, in line with recent weeks.

Huliaipole and Zaporizhzhia

Russian forces attacked Huliaipole from the east and were repelled near Uspenivka on Monday and Tuesday, according to the Ukrainian military. Russian forces have been trying to take Huliaipole since the summer, and we assess that they will not succeed before the spring unless Ukrainian units in the sector are withdrawn to reinforce Kostiantynivka.

Kherson

Russian FPV drones attacked Bilozerka on Sunday, injuring four residents. Drone attacks on the right bank of the Dnipro remain a daily occurrence and now reach up to 25 kilometres from the river.

Strikes on Ukraine's energy system

Overnight into Saturday, Russia launched 512 drones and 41 missiles, including 14 Kinzhal and Iskander-M ballistic missiles, at Ukraine. The Ukrainian Air Force said it shot down 468 drones and 29 missiles. A ballistic missile struck a gas production facility in the Poltava region, and drones hit an electrical substation near Kovel and a heating plant in Dolyna, Ivano-Frankivsk region. Emergency power cuts were introduced in seven regions on Saturday. "Every substation we restore is a target again within a week, and our crews know it," said Olena Marchuk, a spokesperson for the Ukrainian energy ministry.

Ukrainian deep strikes

Ukrainian drones struck the Novoshakhtinsk refinery in Russia's Rostov region overnight into Thursday, setting a processing unit on fire, according to the Ukrainian General Staff. The Rostov governor said debris had fallen on an industrial facility and that no one was hurt. The Russian Defence Ministry said it had destroyed 64 Ukrainian drones that night, 23 of them over the Rostov region.

Diplomacy

Ukrainian and Russian delegations met in Doha on Tuesday for a fifth round of technical talks under Qatari mediation. The talks produced an agreement on another prisoner exchange, and on Wednesday the two sides exchanged 210 prisoners of war each. Neither side expects a ceasefire this year. The Kremlin continues to demand Ukrainian withdrawal from the remainder of Donetsk region as a condition for any truce, and Kyiv continues to reject it.

Force generation and industry

Russian recruitment continues to keep pace with losses, by our estimate, but only just. Regional bonuses for new contract soldiers have risen again, and several regions now pay more than three million roubles on signing, roughly twenty times the average monthly wage there. We see no sign of a new mobilisation wave before the spring. On the Ukrainian side, the shortage of infantry remains the main constraint; the lowering of the conscription age that Kyiv has debated for months has not been adopted, and we do not expect a decision this year. European shell production is rising: a new plant in Lower Saxony is expected to open next year, and the European Union's target of two million rounds a year now looks achievable by the end of 2027, a year later than planned.

Outlook

We see three scenarios for the winter. In the most likely, Russian forces continue slow attrition around Kostiantynivka and Huliaipole with marginal gains. In the second, a hard frost in December allows a mechanised push toward Kramatorsk, which would test Ukrainian reserves severely. In the least likely, Russian losses force a pause before the new year. Western deliveries of air defence interceptors remain the single most important variable for Ukraine's winter.

This public edition omits client annexes on logistics and force generation. To request the full report, contact your account manager.
Next issue: Friday 20 November 2026
© 2026 Albrecht-Lund Defence Consulting GmbH. Not investment advice.
"""
DOC = {"id": "k12", "date": "2026-11-13", "source": "Albrecht-Lund Defence Consulting",
       "url": "https://albrecht-lund.example/frontline-weekly/212", "text": TEXT}

SAT, SUN, MON, TUE, WED, THU, FRI = ("2026-11-07", "2026-11-08", "2026-11-09", "2026-11-10", "2026-11-11",
                                      "2026-11-12", "2026-11-13")
EVENTS = [
    E("k12-1", "territory_change", SUN, L("Kurylivka"), "UA", "RU", claimant="geolocated footage",
      note="footage 'published on Sunday' (8 Nov) dates the recapture; Russia's claim 'since September' is history; "
           "Kurylivka of Kharkiv oblast (703610)"),
    E("k12-2", "armed_clash", MON, L("Kupiansk-Vuzlovyi", 2, "near Kupiansk-Vuzlovyi"), "RU", "UA", prec="range",
      end=WED, note="'on Tuesday and Wednesday' (date set below: 10-11 Nov)"),
    E("k12-3", "territory_change", THU, L("Serebrianka"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claimed on Thursday; the other side says fighting continues (k12-4): claim + clash (blind4 call 4)"),
    E("k12-4", "armed_clash", THU, L("Serebrianka", 2, "Serebrianka"), "RU", "UA", claimant="Ukrainian General Staff"),
    E("k12-5", "missile_artillery_strike", FRI, L("Siversk"), "RU", "UA", prec="week", end=FRI, optional=True,
      weapons=[W("artillery")], note="'remains under heavy artillery fire': ongoing, undated, optional"),
    E("k12-6", "territory_change", WED, L("Kostiantynivka", 2, "south-eastern outskirts of Kostiantynivka"), "RU", "UA",
      claimant="geolocated footage", note="footage published on Wednesday (11 Nov); the bottom line repeats it"),
    E("k12-7", "air_drone_strike", MON, L("Druzhkivka"), "RU", "UA", fat=N(3), weapons=[W("guided_bomb")]),
    E("k12-8", "armed_clash", TUE, L("Rodynske", 2, "near Rodynske"), "RU", "UA"),
    E("k12-9", "armed_clash", WED, L("Rodynske", 2, "Dobropillia sector"), "RU", "UA", prec="range", end=THU,
      agg=True, optional=True, note="58 assaults in the sector over the past day (reported on Thursday): optional tally"),
    E("k12-10", "armed_clash", MON, L("Uspenivka-Zp", 2, "near Uspenivka"), "RU", "UA", prec="range", end=TUE,
      note="'attacked Huliaipole from the east and were repelled near Uspenivka on Monday and Tuesday': the clash "
           "place is Uspenivka (Zaporizhzhia oblast, 690619, east of Huliaipole)"),
    E("k12-11", "armed_clash", MON, L("Huliaipole", 2, "east of Huliaipole"), "RU", "UA", prec="range", end=TUE,
      optional=True, note="'attacked Huliaipole from the east': the attack's objective, placed at Uspenivka; a clash "
                          "at Huliaipole itself is optional"),
    E("k12-12", "air_drone_strike", SUN, L("Bilozerka"), "RU", "UA", inj=N(4), weapons=[W("drone", "FPV")]),
    E("k12-13", "missile_artillery_strike", SAT, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(512)), W("missile", launched=N(41))],
      note="'Overnight into Saturday' = 7 Nov (within the reporting period); of the 41 missiles 14 ballistic "
           "(Kinzhal and Iskander-M), kept in the missile total"),
    E("k12-14", "interception", SAT, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(468)), W("missile", intercepted=N(29))]),
    E("k12-15", "missile_artillery_strike", SAT, R("UA-53", "Poltava region"), "RU", "UA",
      weapons=[W("ballistic_missile")], parent="k12-13", note="gas production facility, region only"),
    E("k12-16", "air_drone_strike", SAT, L("Kovel", 2, "near Kovel"), "RU", "UA", weapons=[W("drone")],
      parent="k12-13", note="substation near Kovel"),
    E("k12-17", "air_drone_strike", SAT, L("Dolyna-If"), "RU", "UA", weapons=[W("drone")], parent="k12-13",
      note="Dolyna of Ivano-Frankivsk region (709755), not the Donetsk-oblast village"),
    E("k12-18", "infrastructure_disruption", SAT, C("UA", "Ukraine (seven regions)"), "RU", "UA", parent="k12-13",
      note="emergency power cuts in seven (unnamed) regions"),
    E("k12-19", "air_drone_strike", THU, L("Novoshakhtinsk", 1, "Novoshakhtinsk refinery"), "UA", "RU", fat=N(0),
      inj=N(0), weapons=[W("drone")], claimant="Ukrainian General Staff; Rostov governor",
      note="two versions of one hit (fire vs debris, 'no one was hurt' = 0/0): one event (blind10 call 4)"),
    E("k12-20", "interception", THU, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(64))],
      claimant="Russian Defence Ministry"),
    E("k12-21", "interception", THU, R("RU-ROS", "Rostov region"), "RU", "UA", weapons=[W("drone", intercepted=N(23))],
      claimant="Russian Defence Ministry", note="region with a count: required"),
    E("k12-22", "air_drone_strike", THU, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole: optional"),
    E("k12-23", "diplomatic_contact", TUE, L("Doha"), "UA", "RU", note="fifth round of technical talks in Doha"),
    E("k12-24", "agreement", TUE, L("Doha"), "UA", "RU", optional=True,
      note="the talks 'produced an agreement on another prisoner exchange' (the exchange itself is k12-25): optional"),
    E("k12-25", "agreement", WED, C(None, "place not given"), "UA", "RU",
      note="210-for-210 prisoner exchange on Wednesday: an agreement, no place"),
]
for e in EVENTS:  # "on Tuesday and Wednesday" starts on Tuesday
    if e["gold_id"] == "k12-2":
        e["date"] = TUE
STATEMENTS = [
    S("Olena Marchuk", "UA", "Every substation we restore is a target again within a week", "energy ministry spokesperson"),
]
MUST_NOT = [
    "ALBRECHT-LUND DEFENCE CONSULTING",
    "Insights | Frontline Weekly | Country Risk | Training | Client login",
    "Reporting period: Saturday 7 November – Friday 13 November 2026 · Distribution: public edition",
    "Lead analyst: Freya Lindqvist · Contributors: Oleh Marchenko, David Assouline",
    "This public edition omits client annexes on logistics and force generation. To request the full report, "
    "contact your account manager.",
    "Next issue: Friday 20 November 2026",
    "© 2026 Albrecht-Lund Defence Consulting GmbH. Not investment advice.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
