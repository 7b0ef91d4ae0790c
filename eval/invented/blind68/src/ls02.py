from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, INT, CLA, TER, POL

TITLE = "Moscow says it has taken Hryshyne, near Pokrovsk; Kyiv says the fighting goes on"
TEXT = """AIN ENGLISH
Agencia Ibérica de Noticias · English service
Home | International | Spain | Economy | Sport | En español
Moscow says it has taken Hryshyne, near Pokrovsk; Kyiv says the fighting goes on
Kyiv, 18 Sep (AIN).- Russia's Defence Ministry said on Wednesday that its troops had taken control of Hryshyne, a village of some 2,000 inhabitants north-west of the Donetsk region town of Pokrovsk, a claim that Ukraine's military rejected as the battle for the village entered its second week.

"Units of the Centre group of forces have liberated the settlement of Hryshyne," the ministry said in its daily report, without saying when the village had fallen.

The Ukrainian General Staff, in its evening summary, made no mention of a withdrawal. Instead it reported that the Russian army had stormed Ukrainian positions in and around Hryshyne eleven times during the day, and four times near Udachne, a smaller village further to the south-west. All but two of those assaults had been beaten back, it said, and combat was continuing.

Captain Ihor Zadorozhnyi, a spokesman for the brigade holding the sector, told AIN by telephone that Russian infantry had reached the first streets on the eastern edge of Hryshyne on Monday, but had been driven out the same night.

"They come in groups of three or four, on motorbikes, and we burn them. Hryshyne is ours, what is left of it," Zadorozhnyi said.

Pokrovsk itself, a mining town that had 60,000 residents before the war, was shelled on Wednesday morning. Two people were killed near the central market and five were wounded, according to the head of the regional military administration. In neighbouring Myrnohrad, a guided aerial bomb destroyed a school building during the night; nobody was inside.

"The market was the last place where you could buy bread without driving to Dobropillia," said Mykola Shevchuk, a 58-year-old miner who was helping to clear the rubble.

On Tuesday the regional authorities ordered the mandatory evacuation of families with children from eight more villages of the Pokrovsk district. Fewer than 9,000 children remain in the district, according to officials, against some 25,000 in the spring.

Russia's ministry also said that its air defences had downed 14 Ukrainian drones over the Kursk and Belgorod regions overnight.

In Madrid, the Council of Ministers on Tuesday approved a new shipment of military equipment to Ukraine, including ammunition for anti-aircraft systems and armoured ambulances, the government spokeswoman told reporters after the cabinet meeting. Spain's defence minister is expected to travel to Kyiv in October.

For Ramón Echevarría, a military analyst at the Instituto Atlántico de Estudios Estratégicos in Madrid, the village matters because of the road it sits on.

"Losing Hryshyne would not open Pokrovsk, but it would put the road west towards Dnipro in range of their drones, and that road is how the town is supplied," he said.

Russian forces have been advancing in the Pokrovsk direction since the fall of Avdiivka in February, at the cost of heavy losses, according to Western estimates.
mgp/jrs/ia
Keywords: Ukraine, Russia, war, Donetsk, Pokrovsk
(c) AIN Agencia Ibérica de Noticias 2024. All rights reserved. Redistribution without prior written consent is prohibited.
"""
DOC = {"id": "ls02", "date": "2024-09-18", "source": "AIN Agencia Ibérica de Noticias (Spanish wire, English service)",
       "url": "https://ain-english.example/international/2024-09-18/hryshyne-pokrovsk", "text": TEXT}

D, MON, TUE = "2024-09-18", "2024-09-16", "2024-09-17"
MODI = "ls02-9"
EVENTS = [
    E("ls02-1", TER, D, L("Hryshyne"), "RU", "UA", claimant="Russian Ministry of Defence",
      note="'Russia's Defence Ministry said on Wednesday that its troops had taken control of Hryshyne' ('liberated', no "
           "day of the fall given) -> a capture claim, required on the claim day even when denied (blind53 call 5); "
           "Hryshyne 708060, north-west of Pokrovsk (checked on the points)"),
    E("ls02-2", CLA, D, L("Hryshyne"), "RU", "UA", claimant="Ukrainian General Staff",
      note="the denial: 'the Russian army had stormed Ukrainian positions in and around Hryshyne eleven times during the "
           "day … combat was continuing' -> a clash on Wed 18 Sep at the village (attacker RU); 'eleven times' counts "
           "assaults, no field"),
    E("ls02-3", CLA, D, H("Udachne", "near Udachne"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'and four times near Udachne, a smaller village further to the south-west' (elliptic: stormed … near "
           "Udachne) -> its own clash (one per place, blind63), near X = precision 2; Udachne 690841 (Donetsk oblast)"),
    E("ls02-4", CLA, MON, L("Hryshyne"), "RU", "UA", claimant="Ihor Zadorozhnyi",
      note="'Russian infantry had reached the first streets on the eastern edge of Hryshyne on Monday, but had been "
           "driven out the same night' -> a clash on Monday 16 Sep; the street fighting is in the village (precision 1); "
           "no territory change (driven out)"),
    E("ls02-5", MAS, D, L("Pokrovsk"), None, "UA", fat=N(2), inj=N(5), claimant="head of the Donetsk regional military administration",
      note="'Pokrovsk itself … was shelled on Wednesday morning. Two people were killed … and five were wounded': "
           "shelling -> missile_artillery_strike, no weapon count; agentless sentence -> actor1 null (blind22 call 1)"),
    E("ls02-6", ADS, D, L("Myrnohrad"), None, "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb", launched=N(1))],
      note="'In neighbouring Myrnohrad, a guided aerial bomb destroyed a school building during the night; nobody was "
           "inside' -> the night into Wednesday = 18 Sep, 'nobody was inside' read as no casualties (0/0); agentless -> actor1 null"),
    E("ls02-7", POL, TUE, H("Pokrovsk", "Pokrovsk district"), "UA", None,
      claimant="Donetsk regional authorities",
      note="'On Tuesday the regional authorities ordered the mandatory evacuation of families with children from eight "
           "more villages of the Pokrovsk district' -> an evacuation order for district villages: policy_decision at "
           "the district (precision 2, blind62 call 5), Tue 17 Sep; the child counts are statistics"),
    E("ls02-8", POL, TUE, C("ES", "Spain"), "ES", "UA", claimant="Spanish government spokeswoman",
      note="'In Madrid, the Council of Ministers on Tuesday approved a new shipment of military equipment to Ukraine' -> "
           "an aid decision at the deciding country (precision 4); the minister's trip 'in October' is a plan"),
    E(MODI, INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      claimant="Russian Ministry of Defence",
      note="'its air defences had downed 14 Ukrainian drones over the Kursk and Belgorod regions overnight' -> one count "
           "for two regions: the interception at country precision (no single admin1), overnight into Wed 18 Sep; the "
           "two regions are listed without their own counts -> optional children (ANNOTATION rule 3)"),
    E("ls02-10", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent=MODI, optional=True,
      weapons=[W("drone")], note="the Kursk region named in the MoD's shared count: a listed region, optional"),
    E("ls02-11", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent=MODI, optional=True,
      weapons=[W("drone")], note="the Belgorod region named in the MoD's shared count: a listed region, optional"),
]
# Not events: 'without saying when the village had fallen' (the claim is ls02-1), 'made no mention of a withdrawal'
# (negation), 'All but two of those assaults had been beaten back' (part of ls02-2/3), the pre-war population, the
# child counts 'Fewer than 9,000 … against some 25,000 in the spring' (statistics), the defence minister 'is expected
# to travel to Kyiv in October' (plan), Echevarría's 'would not open … would put' (conditional analysis), the advance
# 'since the fall of Avdiivka in February' (history, no day). Not gold statements: the ministry's "Units of the Centre
# group of forces have liberated …" (an institution, no named speaker). The dateline 'Kyiv, 18 Sep (AIN).-' stays as
# text; masthead, service line, menu, the editors' initials line, keywords and rights line are furniture.
STATEMENTS = [
    S("Ihor Zadorozhnyi", "UA", "They come in groups of three or four, on motorbikes", "brigade spokesman"),
    S("Mykola Shevchuk", "UA", "the last place where you could buy bread without driving to Dobropillia", "miner, Pokrovsk"),
    S("Ramón Echevarría", None, "that road is how the town is supplied",
      "military analyst, Instituto Atlántico de Estudios Estratégicos"),
]
MUST_NOT = ["AIN ENGLISH", "Agencia Ibérica de Noticias · English service",
            "Home | International | Spain | Economy | Sport | En español", "mgp/jrs/ia",
            "Keywords: Ukraine, Russia, war, Donetsk, Pokrovsk",
            "(c) AIN Agencia Ibérica de Noticias 2024. All rights reserved. Redistribution without prior written consent is prohibited."]
EVIDENCE = {
    "ls02-1": "Russia's Defence Ministry said on Wednesday that its troops had taken control of Hryshyne",
    "ls02-2": "the Russian army had stormed Ukrainian positions in and around Hryshyne eleven times during the day",
    "ls02-3": "and four times near Udachne, a smaller village further to the south-west",
    "ls02-4": "Russian infantry had reached the first streets on the eastern edge of Hryshyne on Monday, but had been driven out the same night",
    "ls02-5": "Two people were killed near the central market and five were wounded",
    "ls02-6": "In neighbouring Myrnohrad, a guided aerial bomb destroyed a school building during the night; nobody was inside.",
    "ls02-7": "On Tuesday the regional authorities ordered the mandatory evacuation of families with children from eight more villages of the Pokrovsk district.",
    "ls02-8": "In Madrid, the Council of Ministers on Tuesday approved a new shipment of military equipment to Ukraine",
    "ls02-9": "its air defences had downed 14 Ukrainian drones over the Kursk and Belgorod regions overnight",
    "ls02-10": "its air defences had downed 14 Ukrainian drones over the Kursk and Belgorod regions overnight",
    "ls02-11": "its air defences had downed 14 Ukrainian drones over the Kursk and Belgorod regions overnight",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
