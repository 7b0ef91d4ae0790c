from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Air defence destroys 47 Ukrainian drones over four regions overnight - Defence Ministry"
TEXT = """VPA — ВЕСТИ-ПРЕСС
VESTI-PRESS AGENCY · English service
Russia | World | Special military operation | Economy | Science | Sport
Special military operation › Latest
16 OCT 2024, 09:38 · Updated 11:05
Text size: A A A
Air defence destroys 47 Ukrainian drones over four regions overnight - Defence Ministry
MOSCOW, October 16. /VPA/. Russian air defence systems intercepted and destroyed 47 Ukrainian fixed-wing unmanned aerial vehicles over four regions overnight, the Russian Defence Ministry reported on Wednesday.

"Eighteen UAVs were destroyed over the territory of the Bryansk region, 14 over the Kursk region, nine over the Voronezh region and six over the Belgorod region," the ministry said on its Telegram channel.

In the Voronezh region, debris of a downed drone fell on the premises of an industrial enterprise in the Liski district and started a fire, which was quickly put out, according to the regional governor. There were no casualties. "The fire affected a storage shed; production was not stopped for a single hour," Sergei Prokhorov, the enterprise's chief engineer, told VPA.

On Tuesday evening, a Ukrainian drone attacked a passenger car on the outskirts of Klimovo in the Bryansk region, the governor of that region said. The driver, a local resident, was wounded and taken to the district hospital.

The Armed Forces of Ukraine shelled Rylsk in the Kursk region this morning. According to the acting governor, a shell hit a power substation, and about 1,200 residents were temporarily left without electricity. No one was hurt.

The day before, the Kiev regime attempted to strike facilities in the Rostov region with six ATACMS operational-tactical missiles made in the United States, the Defence Ministry said. All six were shot down by S-400 and Pantsir-S1 air defence systems, the ministry stressed, and there was no damage on the ground.

In the zone of the special military operation, units of the Center group of forces liberated the settlement of Grodovka in the Donetsk People's Republic, the ministry added. "Units of the group continue to advance deep into the enemy's defences," it said.

The Foreign Ministry's spokeswoman said in Moscow that the use of American missiles against Russian regions "will not go unanswered." Since August, the Armed Forces of Ukraine have been shelling settlements of the Kursk region almost daily.
Read also: Governor: schools in Rylsk to switch to remote learning until the end of the week
VPA in Telegram | VK | OK
© Vesti-Press Agency, 2024. When using materials, a hyperlink to VPA is required. 18+
"""
DOC = {"id": "kx08", "date": "2024-10-16", "source": "VPA Vesti-Press Agency (Russian state news agency, English service)",
       "url": "https://vpa.example/en/smo/20241016/47-drones-four-regions-1293847.html", "text": TEXT}

D, Y = "2024-10-16", "2024-10-15"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("kx08-1", "interception", D, C("RU", "Russia"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(47))],
      note="'destroyed 47 Ukrainian fixed-wing unmanned aerial vehicles over four regions overnight' (Wednesday): the "
           "country interception"),
    E("kx08-2", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="kx08-1", claimant=MOD,
      weapons=[W("drone", intercepted=N(18))], note="'Eighteen UAVs … over the territory of the Bryansk region'"),
    E("kx08-3", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="kx08-1", claimant=MOD,
      weapons=[W("drone", intercepted=N(14))], note="'14 over the Kursk region'"),
    E("kx08-4", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent="kx08-1", claimant=MOD,
      weapons=[W("drone", intercepted=N(9))], note="'nine over the Voronezh region'"),
    E("kx08-5", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="kx08-1", claimant=MOD,
      weapons=[W("drone", intercepted=N(6))], note="'six over the Belgorod region'"),
    E("kx08-6", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole, implied by the MoD count: optional (blind37 call 5)"),
    E("kx08-7", "air_drone_strike", D, L("Liski", 2, "Liski district"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Voronezh governor",
      note="debris of a downed drone fell on an enterprise 'in the Liski district' and started a fire; 'There were no "
           "casualties' = 0/0; debris placed as the strike; a district = precision 2"),
    E("kx08-8", "air_drone_strike", Y, L("Klimovo", 2, "outskirts of Klimovo"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], claimant="Bryansk governor",
      note="'On Tuesday evening, a Ukrainian drone attacked a passenger car on the outskirts of Klimovo' (15 Oct): the "
           "driver wounded; outskirts = precision 2"),
    E("kx08-9", "missile_artillery_strike", D, L("Rylsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      claimant="Kursk acting governor",
      note="'shelled Rylsk … this morning', a shell hit a substation; 'No one was hurt' = 0/0"),
    E("kx08-10", "infrastructure_disruption", D, L("Rylsk"), "UA", "RU", parent="kx08-9",
      note="'about 1,200 residents were temporarily left without electricity'"),
    E("kx08-11", "missile_artillery_strike", Y, R("RU-ROS", "Rostov region"), "UA", "RU", claimant=MOD,
      weapons=[W("ballistic_missile", "ATACMS", launched=N(6))],
      note="'The day before' (Tuesday 15 Oct) 'attempted to strike facilities in the Rostov region with six ATACMS': "
           "the attack itself, region only; 'no damage on the ground' gives no casualty count"),
    E("kx08-12", "interception", Y, R("RU-ROS", "Rostov region"), "RU", "UA", parent="kx08-11", claimant=MOD,
      weapons=[W("ballistic_missile", "ATACMS", intercepted=N(6))],
      note="'All six were shot down by S-400 and Pantsir-S1 air defence systems'"),
    E("kx08-13", "territory_change", D, L("Hrodivka", name="Hrodivka (Grodovka)"), "RU", "UA",
      family=["armed_clash"], claimant=MOD,
      note="'liberated the settlement of Grodovka in the Donetsk People's Republic' (the ministry's Wednesday "
           "summary): Russian form of Hrodivka (708047, Pokrovsk district); a capture claim is required on the claim "
           "day"),
]
# Not events: 'continue to advance deep into the enemy's defences' (vague, no place), the Foreign Ministry's 'will
# not go unanswered' (threat, title-only speaker), 'Since August … shelling … almost daily' (habitual), the fire put
# out (part of kx08-7), the 'Read also' headline about remote learning (furniture).
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "Eighteen UAVs were destroyed over the territory of the Bryansk region",
      "Russian Defence Ministry"),
    S("Sergei Prokhorov", "RU", "production was not stopped for a single hour", "chief engineer, enterprise in the Liski district"),
]
# Not gold: the ministry's second quote (one contains per speaker), the spokeswoman's 'will not go unanswered'
# (title-only speaker).
MUST_NOT = ["VPA — ВЕСТИ-ПРЕСС", "VESTI-PRESS AGENCY · English service",
            "Russia | World | Special military operation | Economy | Science | Sport",
            "Special military operation › Latest", "16 OCT 2024, 09:38 · Updated 11:05", "Text size: A A A",
            "Read also: Governor: schools in Rylsk to switch to remote learning until the end of the week",
            "VPA in Telegram | VK | OK",
            "© Vesti-Press Agency, 2024. When using materials, a hyperlink to VPA is required. 18+"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx08-1': 'Russian air defence systems intercepted and destroyed 47 Ukrainian fixed-wing unmanned aerial vehicles over four regions overnight',
    'kx08-2': 'Eighteen UAVs were destroyed over the territory of the Bryansk region',
    'kx08-3': '14 over the Kursk region',
    'kx08-4': 'nine over the Voronezh region',
    'kx08-5': 'six over the Belgorod region',
    'kx08-6': 'destroyed 47 Ukrainian fixed-wing unmanned aerial vehicles over four regions overnight',
    'kx08-7': 'debris of a downed drone fell on the premises of an industrial enterprise in the Liski district and started a fire',
    'kx08-8': 'On Tuesday evening, a Ukrainian drone attacked a passenger car on the outskirts of Klimovo in the Bryansk region',
    'kx08-9': 'The Armed Forces of Ukraine shelled Rylsk in the Kursk region this morning.',
    'kx08-10': 'about 1,200 residents were temporarily left without electricity',
    'kx08-11': 'the Kiev regime attempted to strike facilities in the Rostov region with six ATACMS operational-tactical missiles',
    'kx08-12': 'All six were shot down by S-400 and Pantsir-S1 air defence systems',
    'kx08-13': "units of the Center group of forces liberated the settlement of Grodovka in the Donetsk People's Republic",
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
