from common import E, L, R, C, N, W, S, gold

TITLE = "Russia hurls record 550 drones and missiles at Ukraine, Kyiv hit hardest"
TEXT = """MERIDIAN NEWSWIRE
Home > World > Europe
Russia hurls record 550 drones and missiles at Ukraine, Kyiv hit hardest
By Dmytro Savchuk and Helen Marsh
Published July 4, 2025, 8:12 a.m. EEST | Last updated 11:40 a.m.
KYIV, July 4 (Meridian) - Russia pummelled Ukraine overnight with 539 drones and 11 missiles, its largest aerial assault of the war so far, tearing the facades off apartment blocks in Kyiv, killing one man and wounding 23 people in the capital, Ukrainian officials said on Friday.

The air force said on Telegram that its units had brought down 268 drones and two missiles, while another 208 drones were jammed and disappeared from radar. The missiles comprised six Iskander-M ballistic missiles and five Kh-101 cruise missiles fired from strategic bombers over the Caspian Sea, it said.

The bulk of the attack fell on Kyiv, where the barrage lasted almost seven hours. Tymur Hrytsenko, head of the city's military administration, said a 35-year-old man had died in the Sviatoshynskyi district, where drone wreckage set fire to the upper floors of a nine-storey building. Of the 23 wounded, 14 were taken to hospital, among them a 12-year-old girl.

"People spent the night in the metro again. I counted more than forty explosions before I stopped counting," said Oksana, a pharmacist who sheltered at Lukianivska station with her two sons.

Advertisement

Fires were also reported in the Holosiivskyi and Darnytskyi districts. Several metro stations were briefly closed after a power line feeding the system was damaged, the city's transport department said.

Southwest of the capital, a drone struck an infrastructure facility in Bila Tserkva, causing a large fire but no casualties, the Kyiv regional governor said. In the central city of Smila, in the Cherkasy region, two women were injured when a drone crashed into a private house, according to local authorities.

Air defences destroyed 37 drones over the Zhytomyr region, its governor wrote on Facebook, adding that falling debris had damaged a warehouse but no one had been hurt.

RELATED COVERAGE
Ukraine says drone production to double by year-end
EU ministers to discuss frozen Russian assets next week

Far to the west, in Lutsk, a drone hit an industrial enterprise on the city's outskirts, the mayor said, without giving details of the damage.

Russia's Defence Ministry said its forces had carried out "a massive strike with high-precision long-range weapons" against Ukrainian military-industrial sites and airfields. It made no mention of residential buildings.

Ukraine's president said the attack came hours after his phone call with the U.S. president and urged Western partners to deliver more Patriot air defence systems "without delay". Ukraine's foreign minister said he had asked European counterparts to speed up funding for interceptor drones.

Moscow has steadily increased the scale of its long-range attacks since the spring, and Kyiv has repeatedly warned that Russia could soon launch 1,000 drones in a single night.

(Reporting by Dmytro Savchuk in Kyiv and Helen Marsh in London; Editing by Raymond Okafor)
© 2025 Meridian Newswire. All rights reserved.
"""
DOC = {"id": "g01", "date": "2025-07-04", "source": "Meridian Newswire (wire)",
       "url": "https://www.meridiannewswire.example/world/europe/russia-record-drone-missile-attack-kyiv-2025-07-04/",
       "text": TEXT}

D = "2025-07-04"
AF = "Ukrainian Air Force"
EVENTS = [
    E("g01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(539)), W("ballistic_missile", "Iskander-M", launched=N(6)),
               W("cruise_missile", "Kh-101", launched=N(5))], claimant=AF,
      note="combined wave typed by its heaviest weapon; 539 drones + 11 missiles (6 Iskander-M + 5 Kh-101 given by "
           "kind); no nationwide casualty total (the lede's figures are Kyiv's: carried by the Kyiv child)"),
    E("g01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(268)), W("missile", intercepted=N(2))], claimant=AF, parent="g01-1",
      note="268 drones and two missiles brought down (missile kind not said: generic); 208 'jammed and disappeared "
           "from radar' not counted (earlier sets' locationally-lost convention)"),
    E("g01-3", "air_drone_strike", D, L("Kyiv", 1, "Kyiv (Sviatoshynskyi district)"), "RU", "UA", fat=N(1), inj=N(23),
      weapons=[W("drone")], parent="g01-1", claimant="Tymur Hrytsenko",
      note="the capital's toll (1 k, 23 w) as one Kyiv event; the death is from drone wreckage in Sviatoshynskyi; "
           "fires in Holosiivskyi and Darnytskyi districts are the same city event (city districts = the city)"),
    E("g01-4", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="g01-1", optional=True,
      note="metro stations briefly closed after a power line was damaged: a short transport disruption, optional"),
    E("g01-5", "air_drone_strike", D, L("Bila Tserkva"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="g01-1", note="'no casualties' = 0/0"),
    E("g01-6", "air_drone_strike", D, L("Smila"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="g01-1",
      note="drone crashed into a private house, two women injured; deaths not stated"),
    E("g01-7", "interception", D, R("UA-18", "Zhytomyr Oblast"), "UA", "RU", weapons=[W("drone", intercepted=N(37))],
      parent="g01-1", note="regional interception with a count: required (rule 3)"),
    E("g01-8", "air_drone_strike", D, R("UA-18", "Zhytomyr Oblast"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="g01-1",
      note="debris damaged a warehouse, 'no one had been hurt' = 0/0; region only"),
    E("g01-9", "air_drone_strike", D, L("Lutsk", 2, "outskirts of Lutsk"), "RU", "UA", weapons=[W("drone")],
      parent="g01-1", note="'on the city's outskirts' = precision 2; casualties not given"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "a massive strike with high-precision long-range weapons"),
]
MUST_NOT = ["MERIDIAN NEWSWIRE", "Home > World > Europe", "By Dmytro Savchuk and Helen Marsh",
            "Published July 4, 2025, 8:12 a.m. EEST | Last updated 11:40 a.m.", "Advertisement", "RELATED COVERAGE",
            "Ukraine says drone production to double by year-end",
            "EU ministers to discuss frozen Russian assets next week",
            "(Reporting by Dmytro Savchuk in Kyiv and Helen Marsh in London; Editing by Raymond Okafor)",
            "© 2025 Meridian Newswire. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
