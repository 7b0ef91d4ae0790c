from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine Campaign Assessment, June 9, 2022"
TEXT = """HARWICK INSTITUTE FOR SECURITY STUDIES
Research | Ukraine Conflict Hub | Maps | Experts | Events | Donate
Russia-Ukraine Campaign Assessment, June 9, 2022
Leonie Marsh, Pavel Grey, Tamsin Okoro, and Ethan Vlasak
June 9, 2022 - 8:10 pm ET
Data cut-off: 2:00 pm ET, June 9. Harwick will cover later reports in the June 10 campaign assessment.
Open Harwick's interactive front-line map (refreshed every evening at about 9 pm ET).

Russian forces continued ground assaults in Sievierodonetsk on June 9 but did not make confirmed gains in the city's industrial zone, where Ukrainian defenders and several hundred civilians remain in the shelters of the Azot chemical plant. The battle has become the grinding urban fight the Russian command sought to avoid after its failure around Kyiv in March. Harwick assesses that Russian forces will likely take Sievierodonetsk in the coming weeks, but that they will struggle to cross the Siverskyi Donets River and seize Lysychansk, which sits on high ground on the western bank. The Russian military already learned the cost of that river in May, when Ukrainian artillery destroyed most of a battalion tactical group trying to cross it near Bilohorivka.

Key Takeaways
• Russian forces continued assaults in Sievierodonetsk and did not make confirmed gains.
• Russian forces attacked south of Lysychansk and made marginal gains toward Hirske.
• Ukrainian forces repelled Russian assaults southeast of Izium.
• Ukrainian forces held their bridgehead over the Inhulets River in Kherson Oblast.
• Occupation authorities in Melitopol detained a school principal who refused to adopt the Russian curriculum.

Sievierodonetsk-Lysychansk Area (Russian main effort)

The Luhansk Oblast Military Administration reported that Russian artillery shelled the Azot plant throughout the day on June 9 and that street fighting continued around the plant's eastern gate. The head of the Lysychansk city military administration, Vadym Korol, said that a Russian shell killed two civilians sheltering in a basement in Lysychansk on the evening of June 8. "We evacuate whoever agrees to leave, but every trip across the bridge is now made under fire," Korol said.

Russian forces attacked south of Lysychansk near Vrubivka and east of it near Toshkivka on June 9, according to the Ukrainian General Staff. Geolocated footage published on June 8 indicates that Russian forces advanced to the southern outskirts of Hirske, likely from positions they seized around Popasna in May. A Russian milblogger claimed on June 9 that Russian troops had taken all of Toshkivka, but Harwick cannot confirm this claim and the General Staff still lists the village as contested. The Russian effort south of Lysychansk is more dangerous to the Ukrainian garrison than the frontal assault on Sievierodonetsk, because an advance of another 15 km would bring the last supply road into the range of Russian tube artillery.

Slovyansk Direction

Ukrainian forces repelled Russian assaults near Dolyna and east of it near Bohorodychne on June 9. The Russian grouping around Izium has barely moved since late April, and its commanders appear to be feeding reinforcements into costly frontal attacks along the same two roads. Russian forces fired Uragan rockets at Slovyansk on the evening of June 8, damaging a hospital and injuring three people, according to the Donetsk Oblast governor.

Kharkiv City Direction

Russian forces focused on holding their positions north of Kharkiv City and made no attempts to regain lost ground on a large scale. Ukrainian forces repelled a Russian reconnaissance-in-force near Ruska Lozova on June 9. Russian artillery struck the Industrialnyi district of Kharkiv City overnight on June 8 to 9, injuring two civilians, according to the Kharkiv Oblast administration. Harwick does not expect a renewed Russian offensive against the city in the coming weeks.

Southern Axis

Ukrainian forces held their bridgehead over the Inhulets River near Davydiv Brid and repelled a Russian attack on its eastern edge on June 9, according to Ukraine's Southern Operational Command. The command also reported that Ukrainian artillery destroyed a Russian ammunition depot near Chornobaivka on June 8. Russian forces did not conduct ground attacks in Zaporizhzhia Oblast and continued to fortify positions south of Orikhiv. Harwick has not observed indicators that Russian forces are preparing an offensive in the south.

The Ukrainian counteroffensive in Kherson Oblast remains limited in scale. It resembles the Soviet bridgeheads on the Dnieper in the autumn of 1943 less than the small, costly footholds the British held on the Somme in 1916: useful for pinning enemy reserves, unlikely to produce a breakthrough on their own. If Ukrainian forces receive the long-range Western artillery systems now in the pipeline, they may be able to threaten Russian logistics across the Dnipro River bridges by late summer.

Activities in Russian-Occupied Areas

Occupation authorities in Melitopol detained the principal of a local secondary school on June 7 after she refused to adopt a Russian curriculum, according to the Ukrainian mayor of Melitopol. Her whereabouts remain unknown. Russian-appointed officials in Kherson Oblast announced that the ruble would become the only legal currency in the region from September. Harwick previously assessed that the Kremlin intends to annex occupied southern Ukraine, possibly through a staged referendum, and these measures are consistent with that assessment.

Mobilization and Force Generation

The head of the Republic of Bashkortostan announced on June 8 the formation of two new volunteer battalions for service in Ukraine. Bashkortostan's deputy prime minister, Rinat Galiev, said that "every volunteer will receive a one-time payment and a full salary from the first day of training." Harwick assesses that the Kremlin is using regional volunteer battalions to avoid declaring a general mobilization, which would be politically costly.

Russian authorities have used similar hidden forms of mobilization before. During the Winter War of 1939-1940, Soviet commanders filled their depleted divisions with hastily raised reservists, with disastrous results on the Finnish front. Harwick does not expect volunteer battalions to change the course of the battle for Sievierodonetsk.

Support Harwick's independent research. Every donation helps us keep our maps free.
Subscribe to receive the daily campaign assessment by email.
Tags: Ukraine, Russia, Donbas, Sievierodonetsk, campaign assessment
© 2022 Harwick Institute for Security Studies. All rights reserved.
"""
DOC = {"id": "k02", "date": "2022-06-09", "source": "Harwick Institute for Security Studies",
       "url": "https://harwick-institute.example/research/russian-offensive-campaign-assessment-2022-06-09",
       "text": TEXT}

D, D8, D7 = "2022-06-09", "2022-06-08", "2022-06-07"
EVENTS = [
    E("k02-1", "armed_clash", D, L("Sievierodonetsk"), "RU", "UA",
      note="'continued ground assaults in Sievierodonetsk on June 9' + 'street fighting continued around the plant's "
           "eastern gate'; the Key Takeaways repeat it (one event); the negation 'did not make confirmed gains' "
           "removes only a territory_change"),
    E("k02-2", "missile_artillery_strike", D, L("Sievierodonetsk", 1, "Azot chemical plant, Sievierodonetsk"), "RU", "UA",
      weapons=[W("artillery")], note="'Russian artillery shelled the Azot plant throughout the day on June 9'; the "
                                     "plant is in the city (precision 1)"),
    E("k02-3", "missile_artillery_strike", D8, L("Lysychansk"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="'a Russian shell killed two civilians … on the evening of June 8'", claimant="Vadym Korol"),
    E("k02-4", "armed_clash", D, L("Vrubivka", 2, "near Vrubivka"), "RU", "UA",
      note="'attacked south of Lysychansk near Vrubivka and east of it near Toshkivka': a clash at each named "
           "village; the reference town Lysychansk is not a clash place"),
    E("k02-5", "armed_clash", D, L("Toshkivka", 2, "near Toshkivka"), "RU", "UA"),
    E("k02-6", "territory_change", D8, L("Hirske", 2, "southern outskirts of Hirske"), "RU", "UA",
      claimant="geolocated footage", note="geolocated footage published on June 8 dates the advance; 'from positions "
                                          "they seized around Popasna in May' is history (optional k02-17)"),
    E("k02-7", "territory_change", D, L("Toshkivka"), "RU", "UA", optional=True, claimant="Russian milblogger",
      note="milblogger capture claim Harwick cannot confirm; General Staff lists the village as contested"),
    E("k02-8", "armed_clash", D, L("Dolyna", 2, "near Dolyna"), "RU", "UA",
      note="'Ukrainian forces repelled Russian assaults near Dolyna and east of it near Bohorodychne': actor1 = the "
           "attacker (blind4 call 3); Dolyna is the Donetsk-oblast village (709795)"),
    E("k02-9", "armed_clash", D, L("Bohorodychne", 2, "near Bohorodychne"), "RU", "UA"),
    E("k02-10", "missile_artillery_strike", D8, L("Sloviansk", 1, "Slovyansk"), "RU", "UA", inj=N(3),
      weapons=[W("mlrs", "Uragan")], note="'Uragan rockets at Slovyansk on the evening of June 8'; hospital damaged"),
    E("k02-11", "armed_clash", D, L("Ruska Lozova", 2, "near Ruska Lozova"), "RU", "UA",
      note="reconnaissance-in-force repelled = ground clash"),
    E("k02-12", "missile_artillery_strike", D, L("Kharkiv", 1, "Kharkiv, Industrialnyi district"), "RU", "UA",
      inj=N(2), weapons=[W("artillery")], note="'overnight on June 8 to 9' = June 9; city district coded to the city"),
    E("k02-13", "armed_clash", D, L("Davydiv Brid", 2, "near Davydiv Brid"), "RU", "UA",
      note="Russian attack on the bridgehead repelled: actor1 RU"),
    E("k02-14", "missile_artillery_strike", D8, L("Chornobaivka", 2, "near Chornobaivka"), "UA", "RU",
      weapons=[W("artillery")], claimant="Southern Operational Command",
      note="Ukrainian artillery destroyed an ammunition depot near Chornobaivka on June 8 (occupied Kherson region)"),
    E("k02-15", "abduction", D7, L("Melitopol"), "RU", "UA", family=["arrest"],
      note="detention by occupation authorities, whereabouts unknown: abduction (arrest accepted, blind9 call 10)"),
    E("k02-16", "armed_group_change", D8, R("RU-BA", "Republic of Bashkortostan"), "RU", None,
      family=["military_mobilization", "policy_decision"],
      note="formation of two volunteer battalions announced on June 8 (a force forms); placed in the region"),
    E("k02-17", "territory_change", "2022-05-01", L("Popasna", 2, "around Popasna"), "RU", "UA", prec="month",
      end="2022-05-31", optional=True, note="'positions they seized around Popasna in May': recalled in a clause, vague"),
    E("k02-18", "missile_artillery_strike", "2022-05-01", L("Bilohorivka", 2, "near Bilohorivka"), "UA", "RU",
      prec="month", end="2022-05-31", optional=True, family=["armed_clash"],
      note="'in May, when Ukrainian artillery destroyed most of a battalion tactical group trying to cross it near "
           "Bilohorivka': recalled event, month only"),
    E("k02-19", "policy_decision", None, R("UA-65", "Kherson Oblast"), "RU", None, prec="unknown", optional=True,
      note="occupation officials 'announced that the ruble would become the only legal currency … from September': "
           "an occupation measure with no announcement day (the change itself is in the future)"),
]
STATEMENTS = [
    S("Vadym Korol", "UA", "every trip across the bridge is now made under fire", "head of the Lysychansk city military administration"),
    S("Rinat Galiev", "RU", "every volunteer will receive a one-time payment", "deputy prime minister of Bashkortostan"),
]
MUST_NOT = [
    "HARWICK INSTITUTE FOR SECURITY STUDIES",
    "Research | Ukraine Conflict Hub | Maps | Experts | Events | Donate",
    "Leonie Marsh, Pavel Grey, Tamsin Okoro, and Ethan Vlasak",
    "June 9, 2022 - 8:10 pm ET",
    "Data cut-off: 2:00 pm ET, June 9. Harwick will cover later reports in the June 10 campaign assessment.",
    "Open Harwick's interactive front-line map (refreshed every evening at about 9 pm ET).",
    "Support Harwick's independent research. Every donation helps us keep our maps free.",
    "Subscribe to receive the daily campaign assessment by email.",
    "Tags: Ukraine, Russia, Donbas, Sievierodonetsk, campaign assessment",
    "© 2022 Harwick Institute for Security Studies. All rights reserved.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
