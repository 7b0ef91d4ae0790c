from common import E, L, R, C, N, W, S, gold

TITLE = "Russia pounds Ukraine's power grid with 36 missiles and 402 drones, killing at least four"
TEXT = """GRANITE WIRE SERVICE
World | Europe | Energy | Ukraine crisis
Russia pounds Ukraine's power grid with 36 missiles and 402 drones, killing at least four
By Olha Kravets and Pieter Jansen
January 8, 2026 9:47 AM GMT+2 · Updated 31 min ago
4 min read
KYIV, Jan 8 (GWS) - Russia launched one of its heaviest air attacks of the winter on Ukraine overnight, firing 36 missiles and 402 drones at power plants, substations and cities, killing at least four people and forcing emergency blackouts across much of the country, officials said on Thursday.

Ukraine's air force said the barrage included 14 Kalibr and 12 Kh-101 cruise missiles, seven Iskander-M ballistic missiles and three Kinzhal air-launched ballistic missiles. Air defences shot down 24 missiles and 371 drones, while 19 drones were "locationally lost", the military's term for decoys brought down by electronic jamming.

Nine missiles and 12 drones struck targets at eight locations, the air force said, without naming them.

In Kyiv, a ballistic missile hit a warehouse complex in the Holosiivskyi district, killing two security guards and injuring five people, said Oleh Darchuk, head of the city's military administration. Debris from a downed drone fell on a 16-storey apartment block in the Solomianskyi district, killing a woman and injuring 12 people, two of them children.

"The whole building shook, then the lights went out and there was smoke on the stairs," said Halyna, 64, who lives on the ninth floor.

Photo 1 of 3
Rescuers work at a damaged apartment building in Kyiv's Solomianskyi district, Ukraine, January 8, 2026. GWS/Marta Hrytsak

In the western Lviv region, an energy facility in the Stryi district was hit, regional governor Taras Mazur said, without saying whether it had been struck by missiles or drones. No one was hurt. Drones also hit an industrial site in the city of Ternopil, injuring one man, its mayor said.

In the central city of Dnipro, a ballistic missile landed on the grounds of an industrial enterprise. There were no casualties, the regional administration said. A 70-year-old man was killed when a drone hit his house in the Chuhuiv district of the Kharkiv region, police said.

The national grid operator applied emergency power cuts in Kyiv and in the Kyiv, Lviv, Ternopil, Kharkiv and Dnipropetrovsk regions on Thursday morning.

"This was a deliberate strike on the grid in the coldest week of the year. Engineers are working, but some districts will remain without heating until the weekend," said Iryna Bondar, the chief executive of the grid operator.

Poland's operational command said it had scrambled fighter jets and put ground-based air defences on the highest alert as a precaution during the attack on western Ukraine.

Russia's Defence Ministry said its forces had carried out "a massive strike with long-range precision weapons" on energy facilities that support Ukraine's military industry. "All designated targets have been hit," it said.

Ukraine's foreign minister said Kyiv would ask its partners for more interceptors for Patriot systems at a meeting next week. If the attacks continue at this pace, officials have warned, scheduled outages could last through February.

Russia has struck Ukraine's energy system every winter since October 2022, and the grid now relies heavily on imports from the European Union.

The Europe Briefing newsletter brings you the latest from the continent. Sign up here.
Reporting by Olha Kravets in Kyiv and Pieter Jansen in Warsaw; Editing by Gareth Lowe
Our Standards: The GWS Trust Principles.
Purchase Licensing Rights
Suggested Topics: Europe · Energy · Ukraine
"""
DOC = {"id": "h08", "date": "2026-01-08", "source": "Granite Wire Service (wire)",
       "url": "https://www.granitewire.example/world/europe/russia-pounds-ukraine-grid-2026-01-08/", "text": TEXT}

D = "2026-01-08"
AF = "Ukrainian Air Force"
EVENTS = [
    E("h08-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", fat=N(4, "at_least"),
      weapons=[W("cruise_missile", "Kalibr", launched=N(14)), W("cruise_missile", "Kh-101", launched=N(12)),
               W("ballistic_missile", "Iskander-M", launched=N(7)), W("ballistic_missile", "Kinzhal", launched=N(3)),
               W("drone", launched=N(402))], claimant=AF,
      note="combined wave typed by its heaviest weapon, country precision, not aggregate; 'killing at least four' "
           "carried by the wave; launched counts by kind as the text gives them"),
    E("h08-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(24)), W("drone", intercepted=N(371))], claimant=AF, parent="h08-1",
      note="24 missiles (kinds not given: generic missile) and 371 drones shot down; 19 'locationally lost' not counted"),
    E("h08-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Holosiivskyi district)"), "RU", "UA", fat=N(2), inj=N(5),
      weapons=[W("ballistic_missile")], parent="h08-1", claimant="Oleh Darchuk", note="city district = the city"),
    E("h08-4", "air_drone_strike", D, L("Kyiv", 1, "Kyiv (Solomianskyi district)"), "RU", "UA", fat=N(1), inj=N(12),
      weapons=[W("drone")], parent="h08-1", claimant="Oleh Darchuk",
      note="debris of a downed drone: a drone-type child at the place (the caption repeats it: same event)"),
    E("h08-5", "missile_artillery_strike", D, L("Stryi", 2, "Stryi district"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], parent="h08-1", claimant="Taras Mazur",
      note="'without saying whether … missiles or drones' (rule 4); district named after its town: precision 2; "
           "'No one was hurt' = 0/0"),
    E("h08-6", "air_drone_strike", D, L("Ternopil"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="h08-1",
      note="industrial site in the city"),
    E("h08-7", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile")], parent="h08-1", note="'There were no casualties' = 0/0"),
    E("h08-8", "air_drone_strike", D, L("Chuhuiv", 2, "Chuhuiv district"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      parent="h08-1", note="district named after its town: precision 2"),
    E("h08-9", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="h08-1",
      note="emergency power cuts in Kyiv and five listed regions on Thursday morning: one country-level event (blind8 "
           "r01 convention)"),
    E("h08-10", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="Poland scrambled fighter jets and raised air-defence readiness as a precaution"),
]
STATEMENTS = [
    S("Iryna Bondar", "UA", "deliberate strike on the grid in the coldest week of the year",
      "chief executive of the grid operator"),
    S("Russian Defence Ministry", "RU", "All designated targets have been hit"),
]
MUST_NOT = ["GRANITE WIRE SERVICE", "World | Europe | Energy | Ukraine crisis", "By Olha Kravets and Pieter Jansen",
            "January 8, 2026 9:47 AM GMT+2 · Updated 31 min ago", "4 min read", "Photo 1 of 3",
            "The Europe Briefing newsletter brings you the latest from the continent. Sign up here.",
            "Reporting by Olha Kravets in Kyiv and Pieter Jansen in Warsaw; Editing by Gareth Lowe",
            "Our Standards: The GWS Trust Principles.", "Purchase Licensing Rights",
            "Suggested Topics: Europe · Energy · Ukraine"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
