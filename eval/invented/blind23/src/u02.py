from common import E, L, R, C, N, W, S, gold

TITLE = "Two guided bombs hit Kharkiv's Saltivka, four killed across the region in a day"
TEXT = """VISTI UKRAINY · English edition
News  |  War  |  Regions  |  Kharkiv oblast
🕑 19:46, 08.06.24   👁 3 214
Two guided bombs hit Kharkiv's Saltivka, four killed across the region in a day
Russian forces dropped two guided aerial bombs on Kharkiv's Saltivskyi district at about 14:10 on Saturday, killing two people and injuring 11, the head of the Kharkiv regional military administration said.

The bombs hit the yard of a nine-storey building and a row of kiosks near a tram stop. Among the injured are a 9-year-old girl and two tram drivers, the city's mayor said. "They are hitting the districts where people queue for bread and water," he wrote on Telegram.

Over the past day, Russian troops shelled 23 settlements in the Kharkiv region, killing four people and injuring 19, including those in Kharkiv, the administration said.

In Kupiansk, which Russian officials call Kupyansk, a 62-year-old woman was killed when an artillery shell hit her courtyard at about 21:30 on Friday. A Russian FPV drone struck a car in Kozacha Lopan on Saturday morning, injuring two men who were delivering humanitarian aid, and another drone wounded a tractor driver near Zolochiv.

📲 Our channels: Telegram | Viber | Threads — choose where to read us

In the north of the region, fighting in Vovchansk continued around the aggregate plant, where Russian infantry tried to storm Ukrainian positions three times during the night and were pushed back, a spokesman for the operational-tactical group said. Near Lyptsi, a Russian assault supported by two armoured vehicles was repelled on Saturday morning.

"The enemy has not advanced in the Vovchansk direction over the past day, but is accumulating reserves," the spokesman, Col. Andrii Shelest, said.

Photos: Kharkiv Regional Prosecutor's Office
Prosecutors examine the crater left by a guided bomb in the Saltivskyi district of Kharkiv on 8 June 2024.

The regional authorities said evacuation from villages of the Vovchansk hromada would be expanded next week if shelling continues. Russia launched its offensive in the north of the region on 10 May.

Support the newsroom: card 5375 4141 0000 2024 (Visti Ukrainy NGO)
💬 12 comments · Log in to comment
Visti Ukrainy © 2016–2024. Citing is allowed with an active link to vistiukrainy.example.
"""
DOC = {"id": "u02", "date": "2024-06-08", "source": "Visti Ukrainy (English edition)",
       "url": "https://vistiukrainy.example/en/news/2024/06/08/kharkiv-saltivka-kab", "text": TEXT}
D = "2024-06-08"
RMA = "Kharkiv regional military administration"
EVENTS = [
    E("u02-1", "missile_artillery_strike", "2024-06-07", R("UA-63", "Kharkiv Oblast"), "RU", "UA", end=D,
      prec="range", agg=True, fat=N(4), inj=N(19), claimant=RMA, family=["air_drone_strike"],
      note="past-day regional tally (23 settlements, 4 k / 19 w, Kharkiv included): required aggregate range; "
           "weapons mixed, shelling named"),
    E("u02-2", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv (Saltivskyi district)"), "RU", "UA", fat=N(2), inj=N(11),
      weapons=[W("guided_bomb", launched=N(2))], claimant=RMA, parent="u02-1",
      note="two guided aerial bombs 'at about 14:10 on Saturday'; city district = city; 'Saltivka' in the title is the "
           "same district; the caption repeats the event"),
    E("u02-3", "missile_artillery_strike", "2024-06-07", L("Kupiansk", 1, "Kupiansk (Kupyansk)"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], parent="u02-1",
      note="'at about 21:30 on Friday' = 7 June; Russian form Kupyansk given in the text"),
    E("u02-4", "air_drone_strike", D, L("Kozacha Lopan"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="u02-1",
      note="FPV drone on a car 'on Saturday morning'"),
    E("u02-5", "air_drone_strike", D, L("Zolochiv-Kh", 2, "near Zolochiv"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      parent="u02-1", note="'near Zolochiv' = precision 2 (Kharkiv oblast Zolochiv, not the Lviv one); day: the "
           "sentence continues the Saturday report (another drone)"),
    E("u02-6", "armed_clash", D, L("Vovchansk"), "RU", "UA",
      note="three storming attempts 'during the night' pushed back around the aggregate plant in the town: actor1 RU "
           "(attackers); night before a Saturday-evening report = Saturday (ANNOTATION rule 6)"),
    E("u02-7", "armed_clash", D, L("Lyptsi", 2, "near Lyptsi"), "RU", "UA",
      note="assault repelled near Lyptsi on Saturday morning"),
]
STATEMENTS = [
    S("Kharkiv mayor", "UA", "They are hitting the districts where people queue for bread and water", "mayor of Kharkiv"),
    S("Andrii Shelest", "UA", "The enemy has not advanced in the Vovchansk direction over the past day",
      "spokesman for the operational-tactical group"),
]
MUST_NOT = ["VISTI UKRAINY · English edition", "News  |  War  |  Regions  |  Kharkiv oblast", "🕑 19:46, 08.06.24   👁 3 214",
            "📲 Our channels: Telegram | Viber | Threads — choose where to read us",
            "Photos: Kharkiv Regional Prosecutor's Office",
            "Support the newsroom: card 5375 4141 0000 2024 (Visti Ukrainy NGO)",
            "💬 12 comments · Log in to comment",
            "Visti Ukrainy © 2016–2024. Citing is allowed with an active link to vistiukrainy.example."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
