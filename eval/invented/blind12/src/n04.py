from common import E, L, R, C, N, W, S, gold

TITLE = "Ten days under fire: a chronology of attacks on Kharkiv and the region, 18–27 April"
TEXT = """NOVA SLOBODA · Kharkiv news
Kharkiv | Region | Front | Economy | City life | Opinion | Ukrainian version
Ten days under fire: a chronology of attacks on Kharkiv and the region, 18–27 April
Editorial team · 28 April 2026, 09:12 · Reading time: 5 min
👁 6 214

Our newsroom has collected the attacks reported by the regional military administration, the city council, the police and the prosecutor's office over the past ten days. Casualty figures are those given on the day of each attack; some of the injured have since been discharged from hospital.

Saturday 18 April
Overnight, attack drones hit the Shevchenkivskyi district of Kharkiv. A warehouse caught fire and two people were injured.
In the afternoon, a guided aerial bomb hit a farm near Zolochiv. A 51-year-old tractor driver was killed.

Sunday 19 April
A KAB-250 guided bomb struck the Slobidskyi district in the morning. Six people were injured, among them a 12-year-old girl.
Russian artillery shelled Kupiansk. A 55-year-old man was killed in the centre of the city.

Monday 20 April
Late the previous evening, a drone hit a private house in Slatyne. No one was hurt.
At 14:20 an Iskander-M ballistic missile hit an infrastructure facility in the Kholodnohirskyi district. There were no casualties, but about 9,000 households in the district were left without electricity until the evening.

Tuesday 21 April
An FPV drone hit a bus near the bus station in Chuhuiv. Five passengers were injured, the driver was unhurt.
Overnight, Russia attacked the region with 14 drones; air defence shot down nine of them, the regional military administration said.

Wednesday 22 April
A drone hit an enterprise in Merefa. A fire broke out; no casualties.
In the evening, a guided bomb destroyed a grocery shop in Derhachi. One person was killed and three were injured.

Thursday 23 April
Russia's Defence Ministry claimed that its troops had "liberated the settlement of Olkhovatka" in the Kharkov region, near the border. The Ukrainian General Staff called the claim false and said fighting continued near Vilkhuvatka (the Ukrainian name of the village).
In the evening, drones hit a sixteen-storey building in the Osnovianskyi district. Eleven people were injured, two of them seriously.

Friday 24 April
Balakliia came under a Smerch rocket attack in the middle of the day. Two people were killed and 12 were injured; a school and the district hospital were damaged. The city announced a day of mourning on Saturday.

Saturday 25 April
A drone hit a garage cooperative on the edge of Izium. No one was injured.
The previous night, Ukrainian forces repelled an attempted Russian assault north of Velykyi Burluk, the local military administration said.

Sunday 26 April
Two guided bombs hit an industrial site in the Industrialnyi district of Kharkiv. Four workers were injured.
Mortar fire on Kozacha Lopan wounded a 60-year-old woman.

Monday 27 April
A drone hit railway infrastructure near Lozova in the morning. Nobody was hurt, but four passenger trains were delayed by up to three hours, Ukrzaliznytsia said.

In total, over these ten days at least five people were killed and more than 40 injured in the Kharkiv region, according to the regional prosecutor's office. The regional governor has asked residents of the northern districts not to ignore air raid alerts: "The bombs arrive before the siren does."

Support Nova Sloboda — independent Kharkiv journalism since 2015
📲 Follow us on Telegram and Viber: @novasloboda_kh
Tags: Kharkiv, shelling, chronology, Balakliia, Kupiansk
Nova Sloboda © 2015–2026. Use of materials is permitted with a hyperlink to the source.
"""
DOC = {"id": "n04", "date": "2026-04-28", "source": "Nova Sloboda (Kharkiv)",
       "url": "https://novasloboda-kh.example/en/chronology-18-27-april", "text": TEXT}

K = "Kharkiv"
EVENTS = [
    E("n04-1", "air_drone_strike", "2026-04-18", L(K, 1, "Kharkiv, Shevchenkivskyi district"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], note="the Kharkiv district named Shevchenkivskyi (Kyiv has one too): coded to Kharkiv"),
    E("n04-2", "air_drone_strike", "2026-04-18", L("Zolochiv-Kh", 2, "farm near Zolochiv"), "RU", "UA", fat=N(1),
      weapons=[W("guided_bomb", launched=N(1))], note="Zolochiv of Kharkiv region (UA-63), not the Lviv-region town"),
    E("n04-3", "air_drone_strike", "2026-04-19", L(K, 1, "Kharkiv, Slobidskyi district"), "RU", "UA", inj=N(6),
      weapons=[W("guided_bomb", "KAB-250", launched=N(1))]),
    E("n04-4", "missile_artillery_strike", "2026-04-19", L("Kupiansk"), "RU", "UA", fat=N(1), weapons=[W("artillery")]),
    E("n04-5", "air_drone_strike", "2026-04-19", L("Slatyne"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Late the previous evening' under the Monday 20 April heading = Sunday 19 April"),
    E("n04-6", "missile_artillery_strike", "2026-04-20", L(K, 1, "Kharkiv, Kholodnohirskyi district"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("ballistic_missile", "Iskander-M", launched=N(1))]),
    E("n04-7", "infrastructure_disruption", "2026-04-20", L(K, 1, "Kharkiv, Kholodnohirskyi district"), "RU", "UA",
      note="about 9,000 households without electricity after the missile strike"),
    E("n04-8", "air_drone_strike", "2026-04-21", L("Chuhuiv"), "RU", "UA", inj=N(5),
      weapons=[W("drone", "FPV")],
      note="five passengers injured, the driver unhurt; deaths not stated (absent)"),
    E("n04-9", "interception", "2026-04-21", R("UA-63", "Kharkiv region"), "UA", "RU",
      weapons=[W("drone", launched=N(14), intercepted=N(9))], claimant="regional military administration"),
    E("n04-10", "air_drone_strike", "2026-04-21", R("UA-63", "Kharkiv region"), "RU", "UA", optional=True,
      weapons=[W("drone", launched=N(14))],
      note="the 14-drone attack on the region as a strike: optional (the interception carries the counts)"),
    E("n04-11", "air_drone_strike", "2026-04-22", L("Merefa"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")]),
    E("n04-12", "air_drone_strike", "2026-04-22", L("Derhachi"), "RU", "UA", fat=N(1), inj=N(3),
      weapons=[W("guided_bomb", launched=N(1))]),
    E("n04-13", "territory_change", "2026-04-23", L("Vilkhuvatka"), "RU", "UA", claimant="Russian Defence Ministry",
      note="Russian name Olkhovatka, 'Kharkov region': the Kharkiv-region Vilkhuvatka (Poltava has two homonyms)"),
    E("n04-14", "armed_clash", "2026-04-23", L("Vilkhuvatka", 2, "near Vilkhuvatka"), "RU", "UA",
      claimant="Ukrainian General Staff", note="claim denied, fighting continues (blind4 call 4)"),
    E("n04-15", "air_drone_strike", "2026-04-23", L(K, 1, "Kharkiv, Osnovianskyi district"), "RU", "UA", inj=N(11),
      weapons=[W("drone")]),
    E("n04-16", "missile_artillery_strike", "2026-04-24", L("Balakliia"), "RU", "UA", fat=N(2), inj=N(12),
      weapons=[W("mlrs", "Smerch")], note="Balakliia of Kharkiv region; the day of mourning is not an event"),
    E("n04-17", "air_drone_strike", "2026-04-25", L("Izium", 2, "edge of Izium"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="'No one was injured' = 0/0; 'edge of' = precision 2"),
    E("n04-18", "armed_clash", "2026-04-25", L("Velykyi Burluk", 2, "north of Velykyi Burluk"), "RU", "UA",
      claimant="local military administration",
      note="'The previous night' under the Saturday 25 April heading = the night into Saturday, dated Saturday "
           "like 'overnight' in a morning report (ANNOTATION rule 6)"),
    E("n04-19", "air_drone_strike", "2026-04-26", L(K, 1, "Kharkiv, Industrialnyi district"), "RU", "UA", inj=N(4),
      weapons=[W("guided_bomb", launched=N(2))]),
    E("n04-20", "missile_artillery_strike", "2026-04-26", L("Kozacha Lopan"), "RU", "UA", inj=N(1),
      weapons=[W("artillery", "mortar")]),
    E("n04-21", "air_drone_strike", "2026-04-27", L("Lozova", 2, "railway infrastructure near Lozova"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("drone")]),
    E("n04-22", "infrastructure_disruption", "2026-04-27", L("Lozova", 2, "near Lozova"), "RU", "UA",
      claimant="Ukrzaliznytsia", note="four passenger trains delayed"),
    E("n04-23", "missile_artillery_strike", "2026-04-18", R("UA-63", "Kharkiv region"), "RU", "UA", prec="range",
      end="2026-04-27", agg=True, fat=N(5, "at_least"), inj=N(40, "at_least"), optional=True,
      family=["air_drone_strike"], note="ten-day regional tally: optional aggregate"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "liberated the settlement of Olkhovatka"),
]
MUST_NOT = [
    "NOVA SLOBODA · Kharkiv news",
    "Kharkiv | Region | Front | Economy | City life | Opinion | Ukrainian version",
    "Editorial team · 28 April 2026, 09:12 · Reading time: 5 min",
    "👁 6 214",
    "Support Nova Sloboda — independent Kharkiv journalism since 2015",
    "📲 Follow us on Telegram and Viber: @novasloboda_kh",
    "Tags: Kharkiv, shelling, chronology, Balakliia, Kupiansk",
    "Nova Sloboda © 2015–2026. Use of materials is permitted with a hyperlink to the source.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
