from common import E, L, R, C, N, W, S, gold

TITLE = "Russians attack 11 settlements in Kharkiv Oblast: 2 killed, 5 injured"
TEXT = """NOVA PRAVDA | ENGLISH
UKR  ENG  RUS
News | War | Politics | Economy | Columns
Russians attack 11 settlements in Kharkiv Oblast: 2 killed, 5 injured
Iryna Kutsenko — Monday, 19 February 2024, 10:31
Russian forces attacked 11 settlements in Kharkiv Oblast with artillery, multiple-launch rocket systems, guided aerial bombs and drones over the past day, killing two civilians and injuring five.

Source: Kharkiv Oblast Military Administration on Telegram

Details: In Kupiansk, a 62-year-old man was killed. A private house and two garages were destroyed.

The town of Vovchansk was shelled; a 57-year-old woman was wounded. An administrative building was damaged.

Kozacha Lopan was struck by a guided aerial bomb at 14:20 yesterday. A school was damaged in the strike. No one was hurt.

Near Lyptsi, a civilian car was hit by an FPV drone. The 44-year-old driver was killed.

Support Nova Pravda or become our patron!

In Borova hromada, three people, including a teenage girl, were injured when the village came under fire. In Kivsharivka, a 40-year-old man sustained shrapnel wounds.

Zolochiv was shelled in the evening. A power line was damaged, and 2,300 consumers were left without electricity. Repair crews will start work once the security situation allows.

In Kharkiv, an infrastructure facility was hit by a drone overnight. A fire broke out and was extinguished by rescuers. There were no casualties.

Quote from the head of the Oblast Military Administration: "The enemy keeps terrorising border communities. I urge residents of Vovchansk and Kupiansk hromadas to evacuate while the roads are still open."

Background: Since January, the mandatory evacuation of families with children has been in force in 16 settlements of Kupiansk district.

Read more:
Kharkiv air defence downs drones over city for second night
Journalists are not soldiers, but the information front is also a front. Support us.
Advertisement
"""
DOC = {"id": "g10", "date": "2024-02-19", "source": "Nova Pravda English (online news)",
       "url": "https://www.novapravda.example/eng/news/2024/02/19/7442210/", "text": TEXT}

D = "2024-02-19"
D0 = "2024-02-18"
RNG = dict(prec="range", end=D)
EVENTS = [
    E("g10-1", "missile_artillery_strike", D0, R("UA-63", "Kharkiv Oblast"), "RU", "UA", agg=True, fat=N(2), inj=N(5),
      family=["air_drone_strike"], claimant="Kharkiv Oblast Military Administration", **RNG,
      note="past-day regional tally (11 settlements, 2 k / 5 w): aggregate range; mixed weapons (artillery, MLRS, "
           "KABs, drones) → missile type with air accepted"),
    E("g10-2", "missile_artillery_strike", D0, L("Kupiansk"), "RU", "UA", fat=N(1), family=["air_drone_strike"],
      parent="g10-1", **RNG,
      note="agentless 'was killed … destroyed': actor1 RU from the lede ('Russian forces attacked'); weapon not said"),
    E("g10-3", "missile_artillery_strike", D0, L("Vovchansk"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      parent="g10-1", **RNG, note="'was shelled' = shelling (artillery); passive, RU from the lede"),
    E("g10-4", "air_drone_strike", D0, L("Kozacha Lopan"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb")], parent="g10-1",
      note="'at 14:20 yesterday' = 18 Feb; 'A school was damaged in the strike. No one was hurt.' = 0/0"),
    E("g10-5", "air_drone_strike", D0, L("Lyptsi", 2, "near Lyptsi"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      parent="g10-1", **RNG, note="FPV drone on a car 'near' the village: precision 2"),
    E("g10-6", "missile_artillery_strike", D0, L("Borova-Kh", 2, "Borova hromada"), "RU", "UA", inj=N(3),
      family=["air_drone_strike"], parent="g10-1", **RNG,
      note="'came under fire' (weapon unstated); hromada named after its town = precision 2 (Borova of Kharkiv oblast)"),
    E("g10-7", "missile_artillery_strike", D0, L("Kivsharivka"), "RU", "UA", inj=N(1), family=["air_drone_strike"],
      parent="g10-1", **RNG, note="shrapnel wounds, weapon unstated"),
    E("g10-8", "missile_artillery_strike", D0, L("Zolochiv-Kh"), "RU", "UA", weapons=[W("artillery")], parent="g10-1",
      note="'shelled in the evening' = 18 Feb evening (a morning report); Zolochiv of Kharkiv oblast (686895), not Lviv's"),
    E("g10-9", "infrastructure_disruption", D0, L("Zolochiv-Kh"), "RU", "UA", parent="g10-1",
      note="2,300 consumers without electricity after the power line was damaged"),
    E("g10-10", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="g10-1", note="'overnight' in a morning report = publication day; 'There were no casualties' = 0/0"),
]
STATEMENTS = [
    S("Kharkiv Oblast Military Administration head", "UA", "The enemy keeps terrorising border communities",
      "head of the Oblast Military Administration"),
]
MUST_NOT = ["NOVA PRAVDA | ENGLISH", "UKR  ENG  RUS", "News | War | Politics | Economy | Columns",
            "Iryna Kutsenko — Monday, 19 February 2024, 10:31", "Support Nova Pravda or become our patron!",
            "Read more:", "Kharkiv air defence downs drones over city for second night",
            "Journalists are not soldiers, but the information front is also a front. Support us.", "Advertisement"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
