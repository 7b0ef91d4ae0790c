from common import E, L, R, C, N, W, S, gold

TITLE = "Drones hit suburban train near Pavlohrad; overnight strike knocks out power plants"
TEXT = """KYIV COMPASS
News · Economy · Energy · War · Culture · Kyiv
English version of Kyiv Compass. Ukrainian version →
SECTION: ENERGY & INFRASTRUCTURE
Drones hit suburban train near Pavlohrad; overnight strike knocks out power plants
12 January 2026
⏱ 4 min read · 🕒 updated at 14:02
By Yulia Dovzhenko, energy correspondent
Russian drones struck a suburban train near Pavlohrad in the Dnipropetrovsk region on Sunday evening, killing two passengers and injuring 11, the state railway company Ukrzaliznytsia said, hours before Russia launched one of its largest attacks of the winter on Ukraine's power system.

The train, with about 150 people on board, was hit by two drones as it approached a station. One carriage caught fire.

"The second drone came when people were already getting out of the carriages. It was hunting them," said Iryna Soroka, Ukrzaliznytsia's passenger director.

Trains on the Dnipro–Pavlohrad line were running up to three hours late on Monday, the company said.

Power plants hit
Overnight, Russia fired 31 missiles, including six Kinzhal hypersonic missiles, and 146 drones at Ukraine, the air force said. Air defences destroyed 22 missiles and 120 drones.

The private energy company DTEK said its Ladyzhyn thermal power plant in the Vinnytsia region had been hit and its equipment "seriously damaged". In Kharkiv, missiles struck a combined heat and power plant, injuring one worker, the mayor said. About 200,000 people in the city were left without heating on Monday in temperatures of minus 12 C.

The grid operator Ukrenergo said hourly outage schedules would apply in most regions on Monday.

"We repair, they destroy, we repair again. But every time there is less to repair with," said Volodymyr Hnatiuk, an engineer at a Kharkiv plant.

Across the border
On the Russian side, the governor of the Belgorod region said a Ukrainian strike on Sunday had damaged the Belgorod thermal power plant, leaving parts of the city without electricity and heating. He did not say which weapons were used.

Ukrzaliznytsia says its trains and stations have been attacked 17 times since the start of the year.

Yulia Dovzhenko writes about energy and infrastructure. Before joining Kyiv Compass she worked for a grid operator.
Kyiv Compass runs on donations. 🔋 Keep the lights on — support us
Topics: energy · railways · Dnipropetrovsk region · Kharkiv · Belgorod
"""
DOC = {"id": "ke12", "date": "2026-01-12", "source": "Kyiv Compass (Ukrainian news site, English version)",
       "url": "https://kyivcompass.example/en/energy/2026/01/12/pavlohrad-train-power-plants", "text": TEXT}

D = "2026-01-12"
Y = "2026-01-11"
AF = "Ukrainian Air Force"
EVENTS = [
    E("ke12-1", "air_drone_strike", Y, L("Pavlohrad", 2, "near Pavlohrad"), "RU", "UA", fat=N(2), inj=N(11),
      weapons=[W("drone", launched=N(2))], claimant="Ukrzaliznytsia",
      note="train hit 'near Pavlohrad … on Sunday evening' (Monday report) = precision 2; 'hit by two drones'"),
    E("ke12-2", "infrastructure_disruption", D, L("Pavlohrad", 2, "Dnipro–Pavlohrad line"), "RU", "UA",
      note="trains 'running up to three hours late on Monday' after the attack (blind14 call 11: train delays are a "
           "disruption); the line is placed at its struck end, precision 2"),
    E("ke12-3", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(31)), W("drone", launched=N(146))], claimant=AF,
      note="'31 missiles, including six Kinzhal' stays one generic missile entry (blind14 call 9)"),
    E("ke12-4", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(22)), W("drone", intercepted=N(120))], parent="ke12-3", claimant=AF,
      note="'destroyed 22 missiles and 120 drones'"),
    E("ke12-5", "missile_artillery_strike", D, L("Ladyzhyn"), "RU", "UA", family=["air_drone_strike"],
      parent="ke12-3", claimant="DTEK",
      note="thermal power plant hit (plant = its town); weapon not stated: drone type accepted"),
    E("ke12-6", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", inj=N(1), weapons=[W("missile")],
      parent="ke12-3", note="'missiles struck a combined heat and power plant, injuring one worker'"),
    E("ke12-7", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="ke12-3",
      note="'About 200,000 people … without heating on Monday'"),
    E("ke12-8", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", family=["policy_decision"],
      parent="ke12-3",
      note="'hourly outage schedules would apply in most regions on Monday': outages in force on the publication day, "
           "country level (blind16 call 4)"),
    E("ke12-9", "missile_artillery_strike", Y, L("Belgorod"), "UA", "RU", family=["air_drone_strike"],
      claimant="Belgorod region governor",
      note="Ukrainian strike 'on Sunday' on the Belgorod power plant; 'He did not say which weapons': drone type "
           "accepted"),
    E("ke12-10", "infrastructure_disruption", Y, L("Belgorod"), "UA", "RU",
      note="'parts of the city without electricity and heating'"),
    E("ke12-11", "air_drone_strike", "2026-01-01", C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, family=["missile_artillery_strike"],
      note="'attacked 17 times since the start of the year': a period total without places, optional"),
]
STATEMENTS = [
    S("Iryna Soroka", "UA", "It was hunting them", "Ukrzaliznytsia passenger director"),
    S("Volodymyr Hnatiuk", "UA", "We repair, they destroy, we repair again", "power plant engineer"),
]
MUST_NOT = ["KYIV COMPASS", "News · Economy · Energy · War · Culture · Kyiv",
            "English version of Kyiv Compass. Ukrainian version →", "SECTION: ENERGY & INFRASTRUCTURE", "12 January 2026",
            "⏱ 4 min read · 🕒 updated at 14:02", "By Yulia Dovzhenko, energy correspondent",
            "Yulia Dovzhenko writes about energy and infrastructure. Before joining Kyiv Compass she worked for a grid operator.",
            "Kyiv Compass runs on donations. 🔋 Keep the lights on — support us",
            "Topics: energy · railways · Dnipropetrovsk region · Kharkiv · Belgorod"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
