from common import E, L, R, C, N, W, S, gold

TITLE = "Russia hits Ukrainian rail and power sites with drones and missiles, four killed"
TEXT = """Skip to main content
World · Business · Markets · Europe · Ukraine war
Russia hits Ukrainian rail and power sites with drones and missiles, four killed
By Halyna Sorokopud and Dmitri Lang
February 1, 2025 10:17 AM GMT+2 · Updated an hour ago
4 min read

KYIV, Feb 1 (KWS) - Russia attacked Ukraine overnight with 121 drones, three Kh-101 cruise missiles and two Iskander-M ballistic missiles, killing four people and damaging railway and energy facilities in the north and centre of the country, officials said on Saturday.

Air defence units destroyed 79 of the drones and all three cruise missiles, the air force said. Another 34 drones were lost from radar, most likely jammed by electronic warfare, while neither ballistic missile was shot down.

"We see the Iskanders on radar for about three minutes, and without more Patriot interceptors we can't cover every city," air force spokesman Ivan Dovhaliuk told national television.

In the central city of Poltava, a drone hit a five-storey apartment block in the Kyivskyi district shortly before 4 a.m., killing three people, among them a 15-year-old boy, and injuring nine, governor Serhiy Pylypenko said.

"We pulled a woman and her daughter out alive at six in the morning. The boy we could not save," said Oleksandr Diachuk, who led one of the rescue crews.

One of the ballistic missiles struck railway infrastructure in the Shostka district of the northern Sumy region, killing a railway worker and wounding two others, state railway operator Ukrzaliznytsia said. Several trains to Kyiv were running up to three hours late.

Private energy company Pivnichenergo said one of its thermal power plants had been damaged for the second time this winter. It did not say where the plant was or which weapons hit it, citing security rules.

In the Kyiv region, where nine drones were shot down, falling debris set two private houses on fire in the Bila Tserkva district and a 72-year-old woman was taken to hospital with burns, the regional military administration said.

Air defences were also in action over the Cherkasy, Vinnytsia and Khmelnytskyi regions.

Grid operator Ukrenergo said it had applied emergency power cuts in the Sumy and Poltava regions on Saturday morning. Outages could be extended to other regions on Sunday if repairs take longer than expected, company spokeswoman Maryna Kostiv said.

Russia's defence ministry said its forces had carried out a "massive strike" on facilities of Ukraine's military-industrial complex and the energy sites that power them, and that all targets had been hit. It also said air defences had destroyed 26 Ukrainian drones overnight, 11 of them over the Bryansk region and the rest over the Kursk and Belgorod regions.

The governor of Russia's Belgorod region said a Ukrainian drone had hit a fuel station on the outskirts of Belgorod early on Saturday, injuring a customer.

Ukrzaliznytsia says Russian strikes have damaged more than 200 locomotives since September. Kyiv has asked allies for 10 more Patriot batteries; a decision is expected at a meeting of defence ministers in Brussels later this month.

Reporting by Halyna Sorokopud in Kyiv and Dmitri Lang in Gdansk; Writing by Ines Carvalho; Editing by Tom Whitby
The KWS Editorial Code of Practice applies to this story.
Licensing & reprints
"""
DOC = {"id": "o01", "date": "2025-02-01", "source": "KWS (Keystone Wire Service)",
       "url": "https://www.keystonewire.example/world/europe/russia-hits-ukrainian-rail-power-sites-2025-02-01/",
       "text": TEXT}

D = "2025-02-01"
AF = "Ukrainian air force"
EVENTS = [
    E("o01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(121)), W("cruise_missile", "Kh-101", launched=N(3)),
               W("ballistic_missile", "Iskander-M", launched=N(2))], claimant=AF,
      note="combined wave: missile-typed parent with the nationwide totals; 'killing four' = 3 in Poltava + 1 in the "
           "Shostka district, carried by the children"),
    E("o01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(79)), W("cruise_missile", "Kh-101", intercepted=N(3))], claimant=AF,
      note="'all three cruise missiles' = 3; the 34 drones 'lost from radar' are not intercepted; 'neither ballistic "
           "missile was shot down' gives no ballistic count"),
    E("o01-3", "air_drone_strike", D, L("Poltava", 1, "Poltava, Kyivskyi district"), "RU", "UA", fat=N(3), inj=N(9),
      weapons=[W("drone")], parent="o01-1", claimant="Serhiy Pylypenko"),
    E("o01-4", "missile_artillery_strike", D, L("Shostka", 2, "Shostka district"), "RU", "UA", fat=N(1), inj=N(2),
      weapons=[W("ballistic_missile", "Iskander-M")], parent="o01-1", claimant="Ukrzaliznytsia",
      note="railway infrastructure; district named after the town -> precision 2"),
    E("o01-5", "infrastructure_disruption", D, R("UA-59", "Sumy region"), "RU", "UA", optional=True,
      claimant="Ukrzaliznytsia", note="trains to Kyiv running late: a consequence told in passing, no place of its own"),
    E("o01-6", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", family=["air_drone_strike"],
      parent="o01-1", claimant="Pivnichenergo",
      note="thermal power plant damaged, place and weapon withheld -> country precision, both strike types"),
    E("o01-7", "interception", D, R("UA-32", "Kyiv region"), "UA", "RU", weapons=[W("drone", intercepted=N(9))],
      claimant="Kyiv regional military administration", note="regional count -> required (ANNOTATION rule 3)"),
    E("o01-8", "air_drone_strike", D, L("Bila Tserkva", 2, "Bila Tserkva district"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="o01-1", claimant="Kyiv regional military administration",
      note="debris of downed drones set two houses on fire; 'taken to hospital' = injured"),
    E("o01-9", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU", optional=True, note="listed region"),
    E("o01-10", "interception", D, R("UA-05", "Vinnytsia region"), "UA", "RU", optional=True, note="listed region"),
    E("o01-11", "interception", D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", optional=True,
      note="listed region"),
    E("o01-12", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", optional=True, claimant="Ukrenergo",
      note="the two-region outage summed up at country level: optional (the regions are the most precise places); "
           "the Sunday extension is conditional ('could ... if'), not an event"),
    E("o01-13", "infrastructure_disruption", D, R("UA-59", "Sumy region"), "RU", "UA", claimant="Ukrenergo",
      note="emergency power cuts on Saturday morning, one event per named region"),
    E("o01-14", "infrastructure_disruption", D, R("UA-53", "Poltava region"), "RU", "UA", claimant="Ukrenergo",
      note="emergency power cuts on Saturday morning, one event per named region"),
    E("o01-15", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(26))],
      claimant="Russian defence ministry"),
    E("o01-16", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian defence ministry"),
    E("o01-17", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True,
      note="'the rest over the Kursk and Belgorod regions': listed, no count each"),
    E("o01-18", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True,
      note="listed region, see o01-17"),
    E("o01-19", "air_drone_strike", D, L("Belgorod", 2, "outskirts of Belgorod (fuel station)"), "UA", "RU",
      inj=N(1), weapons=[W("drone")], claimant="Belgorod regional governor",
      note="'on the outskirts of' -> precision 2; 'early on Saturday'"),
]
STATEMENTS = [
    S("Ivan Dovhaliuk", "UA", "without more Patriot interceptors we can't cover every city", "air force spokesman"),
    S("Oleksandr Diachuk", "UA", "The boy we could not save", "rescue crew leader"),
]
MUST_NOT = ["Skip to main content", "World · Business · Markets · Europe · Ukraine war",
            "By Halyna Sorokopud and Dmitri Lang", "February 1, 2025 10:17 AM GMT+2 · Updated an hour ago",
            "4 min read",
            "Reporting by Halyna Sorokopud in Kyiv and Dmitri Lang in Gdansk; Writing by Ines Carvalho; Editing by Tom Whitby",
            "The KWS Editorial Code of Practice applies to this story.", "Licensing & reprints"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
