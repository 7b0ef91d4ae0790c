from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, DIS, POL, REX

TITLE = "Ukraine: Humanitarian Situation Report No. 21 — October 2023"
TEXT = """RELIEF COORDINATION PLATFORM FOR UKRAINE
Home | Situation reports | Maps and data | Funding | Partners | Contact
Situation reports › 2023
Ukraine: Humanitarian Situation Report No. 21 — October 2023
Reporting period: 1–31 October 2023 · Published: 9 November 2023
Available in: English | Українська
Contents
1. Key figures ........ 1
2. Situation overview ........ 2
3. Civilian casualties by oblast ........ 3
4. Attacks on health care ........ 4
5. Displacement and evacuations ........ 5
6. Water, power and heating ........ 6
7. Funding ........ 7

1. Key figures
The Platform's partners recorded at least 203 civilians killed and 587 injured in Ukraine in October 2023, the highest monthly figure since March. Five health facilities and two ambulances were damaged or destroyed in incidents that partners were able to verify, and humanitarian organisations reached about 1.2 million people with some form of assistance during the month.

2. Situation overview
October saw a sharp escalation of hostilities in the east of the country. Russian forces launched a large offensive around Avdiivka in Donetsk oblast in the second week of the month, and the town, which had some 1,600 residents left at the start of October, came under near-constant shelling and air strikes. In Kharkiv oblast, fighting intensified along the Kupiansk axis, and the authorities extended evacuation orders to new settlements. Along the Dnipro in Kherson oblast, shelling of the right bank continued on most days of the month.

Humanitarian access to frontline communities remained severely constrained. Partners delivered assistance to settlements within 10 kilometres of the front line on 43 occasions in October, compared with 51 in September, mostly through inter-agency convoys. Several deliveries had to be postponed because of shelling. Access to areas of Ukraine under the military control of the Russian Federation remained impossible for humanitarian organisations. Partners also report rising fuel costs for convoys and a shortage of armoured vehicles, which limits how often the most exposed communities can be reached, particularly in the Kupiansk and Avdiivka areas.

"People in these towns have stopped asking when the war will end. They ask whether the water truck will come on Thursday," said Marguerite Aubry-Sandoval, the Platform's head of field coordination in the east.

3. Civilian casualties by oblast
The casualty figures below are those that partners were able to verify by 6 November. The actual numbers are likely to be considerably higher, in particular in Donetsk oblast, where access for verification is limited. Most casualties were caused by explosive weapons with wide area effects, including artillery shells, rockets, guided bombs and missiles.

Oblast | Killed | Injured
Donetsk oblast | 94 | 251
Kharkiv oblast | 38 | 117
Kherson oblast | 41 | 132
Zaporizhzhia oblast | 17 | 48
Other oblasts | 13 | 39
Total | 203 | 587

In Donetsk oblast, 94 civilians were killed and 251 injured, almost half of the national total; in Kherson oblast the figures were 41 and 132. Children accounted for 11 of those killed and 36 of those injured nationwide. Compared with September, verified civilian deaths rose by about 30 per cent.

4. Attacks on health care
Five attacks on health facilities and two on ambulances were verified during the month. Further reports are being verified and may be added in the next report.

On 4 October, shelling damaged the regional children's hospital in Kherson, injuring a nurse who was working in the intensive care unit. Patients were moved to the basement.

On 9 October, a Russian drone struck a clearly marked ambulance on a road near Kupiansk, killing a paramedic and injuring the driver.

"She had done that road a hundred times. We drove with the lights off because we knew the drones watched for lights, and it did not help," said Vitalii Horban, the head of the district's emergency medical station.

On 13 October, guided bombs destroyed most of the central hospital building in Avdiivka. The hospital had been evacuated earlier, and nobody was inside at the time, according to the local authorities.

On 18 October, artillery fire destroyed an outpatient clinic in Beryslav; no casualties were reported.

On 24 October, a missile struck the grounds of a maternity hospital in Kramatorsk, blowing out windows in two wards and injuring two members of staff. Two expectant mothers were transferred to a hospital in Dnipro.

"We cannot teach women to give birth in basements. But that is where we spend our nights now," said Tetiana Bilous, a senior midwife at the hospital.

Health partners note that the repeated damage to health facilities in frontline areas has pushed many medical workers to leave. In some districts of Donetsk oblast, one doctor now serves a population that had five before 2022.

5. Displacement and evacuations
The number of internally displaced people in Ukraine remained at about 3.7 million, according to the latest survey, with little change since the summer. Most new displacement in October came from frontline communities in Donetsk, Kharkiv and Kherson oblasts.

On 17 October, the authorities ordered the mandatory evacuation of families with children from 31 settlements of the Kupiansk district in Kharkiv oblast. By the end of the month, about 260 people had left under the order, most of them with the help of volunteers and partners' transport. Many older residents have refused to leave.

On 26 October, shelling struck a point in Bilozerka where an inter-agency convoy was unloading food parcels and hygiene kits, injuring two aid workers. The convoy was suspended for the rest of the week.

"We had the parcels on the ground and people in line. Twenty minutes later we were counting bruises and shrapnel holes in the truck," said Ahmed Qureshi, a logistics officer with one of the partner organisations.

In Avdiivka, police units known as the White Angels continued to evacuate residents who agreed to leave; since the start of the offensive, about 400 people have left the town, according to the local authorities. Most of those who remain live in basements and depend on the police and a handful of volunteers for food and water. Partners have been unable to reach the town since the middle of the month.

Partners continued to support collective centres in Dnipro, Zaporizhzhia and Kharkiv, which receive most of the evacuees from the east. Many of these centres need insulation and heating before the winter.

6. Water, power and heating
On 21 October, shelling damaged a substation in the Dniprovskyi district of Kherson, leaving some 12,000 consumers without electricity for two days. Repair crews restored power on 23 October.

On 30 October, a tractor driver was killed by a landmine in a field near Izium, in a part of Kharkiv oblast that was occupied until September 2022. Large parts of the oblast's farmland remain contaminated by mines and unexploded ordnance.

Partners are preparing for a winter in which attacks on the energy system are expected to resume. The Platform's winterisation plan covers 1.7 million people, including the distribution of solid fuel, heaters and thermal clothing in frontline oblasts. If attacks on the grid reach the scale of last winter, partners estimate that up to 3 million people could need heating support.

Protection and mine action
Protection partners report growing needs among older people who stay in frontline settlements, many of whom live alone and have limited mobility. In October, partners provided legal assistance to about 21,000 people, most often to help them restore lost documents, claim compensation for destroyed housing or register as displaced persons. Psychosocial support reached about 64,000 people, including children in schools that have moved online.

Mine action partners surveyed about 1,900 hectares of agricultural land in Kharkiv, Kherson and Mykolaiv oblasts during the month and cleared about 300 hectares. At the current pace, clearing the land that has been identified as contaminated will take many years; the Government of Ukraine estimates that about a quarter of the country's territory may need to be surveyed.

"Farmers ask us for one thing: a signed paper saying that a field is safe. Some of them start ploughing before we arrive, and some of them pay for it," said Olena Dovbysh, who leads a mine-risk education team in Kharkiv oblast.

Education
About 1,300 schools in Ukraine remained fully online in October because they lack bomb shelters or are located too close to the front line. Partners supported the construction or repair of 27 school shelters during the month. In Kharkiv, classes for some 1,000 pupils continued in stations of the metro, where desks were set up on the platforms.

7. Funding
As of 31 October, the 2023 Humanitarian Response Plan for Ukraine was 62 per cent funded, having received about US$2.4 billion of the US$3.9 billion required. Winter activities remain underfunded.

Note: Figures are those verified by Platform partners. The Platform does not attribute responsibility for incidents where it could not verify it.
For further information: Media relations, media@rcpu.example
Sign up to receive situation reports by email
This report is produced by the Relief Coordination Platform for Ukraine in collaboration with humanitarian partners. © RCPU 2023
"""
DOC = {"id": "lq06", "date": "2023-11-09", "source": "Relief Coordination Platform for Ukraine (humanitarian agency, monthly situation report)",
       "url": "https://rcpu.example/situation-reports/2023/ukraine-sitrep-21-october-2023", "text": TEXT}


def d(n):
    return f"2023-10-{n:02d}"


MONTH = dict(prec="month", end=d(31), agg=True, optional=True, family=[ADS])
EVENTS = [
    E("lq06-1", MAS, d(1), C("UA", "Ukraine"), "RU", "UA", fat=N(203, "at_least"), inj=N(587, "at_least"), **MONTH,
      note="'at least 203 civilians killed and 587 injured in Ukraine in October 2023': the agency's month total -> "
           "optional month aggregate (blind53 call 3: an NGO's month totals are optional); the table's Total row repeats it"),
    E("lq06-2", MAS, d(1), R("UA-14", "Donetsk oblast"), "RU", "UA", fat=N(94), inj=N(251), **MONTH,
      note="table row 'Donetsk oblast | 94 | 251' and the prose '94 civilians were killed and 251 injured': a month "
           "figure of one oblast -> optional aggregate"),
    E("lq06-3", MAS, d(1), R("UA-63", "Kharkiv oblast"), "RU", "UA", fat=N(38), inj=N(117), **MONTH,
      note="table row 'Kharkiv oblast | 38 | 117' -> optional month aggregate"),
    E("lq06-4", MAS, d(1), R("UA-65", "Kherson oblast"), "RU", "UA", fat=N(41), inj=N(132), **MONTH,
      note="table row 'Kherson oblast | 41 | 132' (and the prose 'the figures were 41 and 132') -> optional"),
    E("lq06-5", MAS, d(1), R("UA-23", "Zaporizhzhia oblast"), "RU", "UA", fat=N(17), inj=N(48), **MONTH,
      note="table row 'Zaporizhzhia oblast | 17 | 48' -> optional; 'Other oblasts' names no place (nothing)"),
    E("lq06-6", MAS, d(4), L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'On 4 October, shelling damaged the regional children's hospital in Kherson, injuring a nurse': a dated "
           "attack on health care; the agency names no perpetrator, but shelling of the right bank from the occupied "
           "left bank is Russian (the overview: 'shelling of the right bank continued')"),
    E("lq06-7", ADS, d(9), H("Kupiansk", "road near Kupiansk"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("drone")],
      note="'On 9 October, a Russian drone struck a clearly marked ambulance on a road near Kupiansk, killing a paramedic "
           "and injuring the driver': near X = precision 2"),
    E("lq06-8", ADS, d(13), L("Avdiivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="'On 13 October, guided bombs destroyed most of the central hospital building in Avdiivka … nobody was inside' "
           "-> 0/0; 'guided bombs' without a number gives no launched count; Avdiivka 713122 (Donetsk), not the Chernihiv "
           "villages; the offensive 'in the second week of the month' is background without a day"),
    E("lq06-9", MAS, d(18), L("Beryslav"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'On 18 October, artillery fire destroyed an outpatient clinic in Beryslav; no casualties were reported' -> "
           "0/0 (blind53 call 1: 'no casualties' is an exact 0)"),
    E("lq06-10", MAS, d(24), L("Kramatorsk"), "RU", "UA", inj=N(2), weapons=[W("missile")],
      note="'On 24 October, a missile struck the grounds of a maternity hospital in Kramatorsk … injuring two members of "
           "staff'; the transfer of two expectant mothers to Dnipro is a response"),
    E("lq06-11", POL, d(17), H("Kupiansk", "Kupiansk district"), "UA", None,
      note="'On 17 October, the authorities ordered the mandatory evacuation of families with children from 31 "
           "settlements of the Kupiansk district': a decision about the war, placed in the district named after its "
           "centre (precision 2); 'about 260 people had left' by the month's end is its result; the overview's 'extended "
           "evacuation orders' is the same decision without a day"),
    E("lq06-12", MAS, d(26), L("Bilozerka"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="'On 26 October, shelling struck a point in Bilozerka where an inter-agency convoy was unloading … injuring "
           "two aid workers'; the convoy's suspension for the week is a response"),
    E("lq06-13", MAS, d(21), L("Kherson"), "RU", "UA", weapons=[W("artillery")],
      note="'On 21 October, shelling damaged a substation in the Dniprovskyi district of Kherson': a city district = the "
           "city; no casualties stated (absent)"),
    E("lq06-14", DIS, d(21), L("Kherson"), "RU", "UA", prec="range", end=d(23), parent="lq06-13",
      note="'leaving some 12,000 consumers without electricity for two days. Repair crews restored power on 23 October': "
           "an outage with its end day -> range 21-23 Oct (blind63 call 4)"),
    E("lq06-15", REX, d(30), H("Izium", "field near Izium"), None, "UA", fat=N(1),
      note="'On 30 October, a tractor driver was killed by a landmine in a field near Izium': a mine without a named "
           "layer -> actor1 null; field near X = precision 2; the occupation 'until September 2022' is history"),
]
# Not events: 'the highest monthly figure since March' (comparison); 'Five health facilities and two ambulances' and
# 'Five attacks on health facilities and two on ambulances were verified' (a count of the incidents below); 1.2 million
# people reached (assistance); the Avdiivka offensive 'in the second week of the month' (background without a day), the
# 1,600 residents 'at the start of October' (statistics); fighting that 'intensified along the Kupiansk axis' and the
# extended evacuation orders without a day (trend; the dated order is lq06-11); right-bank shelling 'on most days of
# the month' (habit); 43 and 51 deliveries, postponed deliveries (statistics, no day); access 'remained impossible'
# (negation); the White Angels' evacuations and 'about 400 people have left' since the start of the offensive (trend),
# 'unable to reach the town since the middle of the month' (negation); legal and psychosocial assistance, hectares surveyed
# and cleared, schools online, 27 shelters, metro classes (statistics, no incident); 'Other oblasts | 13 | 39' (no place); 11 and 36 children, 'about 30 per cent' (breakdowns, comparison);
# 'Further reports are being verified' (no event); patients moved to the basement, mothers transferred (responses);
# medical workers who left, 'one doctor now serves' (trend); 3.7 million displaced (statistics); 'about 260 people had
# left' (result of lq06-11); older residents who 'refused to leave' (state); the convoy suspended (response); collective
# centres (support); contamination 'remain contaminated' (state); winter attacks 'expected to resume … If attacks … reach
# the scale of last winter … could need' (forecast, conditional); funding (statistics).
STATEMENTS = [
    S("Marguerite Aubry-Sandoval", None, "They ask whether the water truck will come on Thursday",
      "head of field coordination in the east, RCPU"),
    S("Vitalii Horban", "UA", "We drove with the lights off because we knew the drones watched for lights",
      "head of the district emergency medical station"),
    S("Tetiana Bilous", "UA", "We cannot teach women to give birth in basements", "senior midwife, Kramatorsk"),
    S("Ahmed Qureshi", None, "we were counting bruises and shrapnel holes in the truck",
      "logistics officer, partner organisation"),
    S("Olena Dovbysh", "UA", "a signed paper saying that a field is safe", "mine-risk education team lead, Kharkiv oblast"),
]
MUST_NOT = ["RELIEF COORDINATION PLATFORM FOR UKRAINE",
            "Home | Situation reports | Maps and data | Funding | Partners | Contact",
            "Situation reports › 2023",
            "Reporting period: 1–31 October 2023 · Published: 9 November 2023",
            "Available in: English | Українська",
            "1. Key figures ........ 1", "2. Situation overview ........ 2",
            "3. Civilian casualties by oblast ........ 3", "4. Attacks on health care ........ 4",
            "5. Displacement and evacuations ........ 5", "6. Water, power and heating ........ 6",
            "7. Funding ........ 7",
            "For further information: Media relations, media@rcpu.example",
            "Sign up to receive situation reports by email",
            "This report is produced by the Relief Coordination Platform for Ukraine in collaboration with humanitarian "
            "partners. © RCPU 2023"]

EVIDENCE = {
    "lq06-1": "The Platform's partners recorded at least 203 civilians killed and 587 injured in Ukraine in October 2023",
    "lq06-2": "Donetsk oblast | 94 | 251",
    "lq06-3": "Kharkiv oblast | 38 | 117",
    "lq06-4": "Kherson oblast | 41 | 132",
    "lq06-5": "Zaporizhzhia oblast | 17 | 48",
    "lq06-6": "On 4 October, shelling damaged the regional children's hospital in Kherson, injuring a nurse who was working in the intensive care unit.",
    "lq06-7": "On 9 October, a Russian drone struck a clearly marked ambulance on a road near Kupiansk, killing a paramedic and injuring the driver.",
    "lq06-8": "On 13 October, guided bombs destroyed most of the central hospital building in Avdiivka.",
    "lq06-9": "On 18 October, artillery fire destroyed an outpatient clinic in Beryslav; no casualties were reported.",
    "lq06-10": "On 24 October, a missile struck the grounds of a maternity hospital in Kramatorsk, blowing out windows in two wards and injuring two members of staff.",
    "lq06-11": "On 17 October, the authorities ordered the mandatory evacuation of families with children from 31 settlements of the Kupiansk district in Kharkiv oblast.",
    "lq06-12": "On 26 October, shelling struck a point in Bilozerka where an inter-agency convoy was unloading food parcels and hygiene kits, injuring two aid workers.",
    "lq06-13": "On 21 October, shelling damaged a substation in the Dniprovskyi district of Kherson",
    "lq06-14": "leaving some 12,000 consumers without electricity for two days. Repair crews restored power on 23 October.",
    "lq06-15": "On 30 October, a tractor driver was killed by a landmine in a field near Izium",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
