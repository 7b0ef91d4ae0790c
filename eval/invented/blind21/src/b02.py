from common import E, L, R, C, N, W, S, gold

TITLE = "Death toll from Tuesday's missile strike on Mykolaiv rises to seven"
TEXT = """УКР | ENG
SOUTHERN BUG COURIER
Mykolaiv · Region · Front line · Opinion · Donate
Death toll from Tuesday's missile strike on Mykolaiv rises to seven
Author: Halyna Ostapchuk
20 July 2022, 10:12
Views: 2,341
The number of people killed when Russian missiles hit a residential quarter of Mykolaiv on Tuesday afternoon has risen to seven, the head of the regional military administration said on Wednesday morning, after rescuers recovered two more bodies from the rubble of a two-storey building in the Inhulskyi district.

Eighteen people were injured, eleven of whom remain in hospital, three of them in a serious condition, he said.

According to the administration, four missiles launched from S-300 systems struck the city at about 14:30 on Tuesday. One destroyed a private house and the shop beside it; another tore the roof off School No. 42, which had been empty for the summer holidays.

"They fired at a street where people were queuing for bread. There is nothing military here, nothing at all," the regional head said in a video address.

Serhiy Moroz, who teaches history at the damaged school, spent the evening sweeping glass out of the classrooms. "We were going to open on the first of September. Now I do not know where the children will study," he told the Courier.

Photo: rescuers at the site of the strike in the Inhulskyi district on Tuesday
Photo by Dmytro Sych / Southern Bug Courier

Explosions were heard again overnight in the Korabelnyi district, but no one was killed or injured, the city's mayor wrote on Telegram at 06:40. He urged residents to stay in shelters during alerts: "The enemy is counting on us getting used to the sirens. Do not get used to them."

On Friday, a strike on two university buildings in the city centre wounded a security guard.

Elsewhere in the region, Russian artillery pounded Ochakiv on Tuesday, wounding a 55-year-old man and damaging a boat repair yard, the town's administration reported. Fields near Bashtanka caught fire on Tuesday evening after shelling, and about 30 hectares of wheat burned before firefighters could reach them.

Ukraine's southern forces hit back. Operational Command South said its rocket artillery had destroyed a Russian ammunition depot in Oleshky, across the Dnipro from Kherson, on Tuesday. "The occupiers are losing their logistics one depot after another," spokeswoman Alla Derkach told a briefing in Odesa.

Mykolaiv, a shipbuilding city of about 470,000 people before the war, has been shelled almost every day since late February. It has had no centralised supply of drinking water since April, when the pipeline from the Dnipro was damaged, and residents rely on water trucks and bottled water.

Tags: Mykolaiv, shelling, S-300, Ochakiv, Operational Command South
Found a typo? Highlight it and press Ctrl+Enter
Support independent journalism in the south: become a patron of the Courier
"""
DOC = {"id": "b02", "date": "2022-07-20", "source": "Southern Bug Courier (Mykolaiv regional site, English version)",
       "url": "https://sbcourier.example/en/news/2022/07/20/death-toll-mykolaiv-strike-rises-to-seven", "text": TEXT}

D, Y = "2022-07-20", "2022-07-19"
EVENTS = [
    E("b02-1", "missile_artillery_strike", Y, L("Mykolaiv", 1, "Inhulskyi district, Mykolaiv"), "RU", "UA", fat=N(7),
      inj=N(18), weapons=[W("missile", "S-300", launched=N(4))], claimant="Mykolaiv regional military administration head",
      note="'Tuesday afternoon … at about 14:30' = 19 July; the toll as updated on Wednesday (7 killed, 18 injured) is "
           "the count of the one strike; S-300 against ground targets = missile_artillery_strike; 'missile' category "
           "(kind not said)"),
    E("b02-2", "missile_artillery_strike", D, L("Mykolaiv", 1, "Korabelnyi district, Mykolaiv"), "RU", "UA", fat=N(0),
      inj=N(0), family=["air_drone_strike"], claimant="Mykolaiv mayor",
      note="'explosions were heard again overnight' in a morning report = publication day; 'no one was killed or "
           "injured' = 0/0; weapon not said -> air_drone_strike accepted; Russian by the article's frame"),
    E("b02-3", "missile_artillery_strike", "2022-07-15", L("Mykolaiv"), "RU", "UA", inj=N(1),
      family=["air_drone_strike"],
      note="recalled strike 'On Friday' = 15 July, resolvable day -> its own event (real-gold convention); weapon not "
           "said; perpetrator by the article's frame"),
    E("b02-4", "missile_artillery_strike", Y, L("Ochakiv"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      claimant="Ochakiv town administration", note="artillery on Tuesday, one man wounded"),
    E("b02-5", "missile_artillery_strike", Y, L("Bashtanka", 2, "near Bashtanka"), "RU", "UA", family=["air_drone_strike"],
      note="'Fields near Bashtanka caught fire on Tuesday evening after shelling': shelling = artillery; 'near' = "
           "precision 2; perpetrator implied ('Elsewhere in the region, Russian artillery …' frame)"),
    E("b02-6", "missile_artillery_strike", Y, L("Oleshky"), "UA", "RU", weapons=[W("mlrs")],
      claimant="Operational Command South",
      note="Ukrainian rocket artillery destroys a Russian depot in occupied Oleshky on Tuesday; 'rocket artillery' = mlrs; "
           "occupied place keeps its Ukrainian code UA-65"),
]
STATEMENTS = [
    S("Mykolaiv regional military administration head", "UA", "There is nothing military here, nothing at all",
      "head of the regional military administration"),
    S("Serhiy Moroz", "UA", "Now I do not know where the children will study", "history teacher"),
    S("Mykolaiv mayor", "UA", "Do not get used to them"),
    S("Alla Derkach", "UA", "The occupiers are losing their logistics one depot after another",
      "Operational Command South spokeswoman"),
]
MUST_NOT = ["УКР | ENG", "SOUTHERN BUG COURIER", "Mykolaiv · Region · Front line · Opinion · Donate",
            "Author: Halyna Ostapchuk", "20 July 2022, 10:12", "Views: 2,341",
            "Photo by Dmytro Sych / Southern Bug Courier",
            "Tags: Mykolaiv, shelling, S-300, Ochakiv, Operational Command South",
            "Found a typo? Highlight it and press Ctrl+Enter",
            "Support independent journalism in the south: become a patron of the Courier"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
