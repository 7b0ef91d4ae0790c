from common import E, L, R, C, N, W, S, gold

TITLE = "Ballistic missiles and drones hit Kyiv overnight: two killed in Solomianskyi district"
TEXT = """Capital Herald
Kyiv | Society | Economy | War | Culture
Ballistic missiles and drones hit Kyiv overnight: two killed in Solomianskyi district
Iryna Moroz
28.11.2024, 08:52
Views: 3 417

Russia attacked Kyiv and the Kyiv region overnight with ballistic missiles and attack drones. Two people were killed and at least 12 injured in the capital.

According to the Air Force, the enemy launched nine ballistic missiles, Iskander-M and North Korean KN-23, and 62 Shahed-type drones at Ukraine. Seven missiles and 51 drones were destroyed; 8 more drones were lost to electronic warfare.

In the airspace over the capital, air defence destroyed more than 30 drones, the head of the Kyiv City Military Administration, Serhiy Lavrenko, said.

"It was one of the longest nights of the autumn: the alert lasted almost six hours, and the enemy combined ballistics with drones to overload our air defence," Lavrenko wrote on Telegram.

In the Solomianskyi district, fragments of a missile hit a nine-storey residential building. Two people were killed and 11 injured, among them a 9-year-old boy. Six of the injured were hospitalised. Rescuers worked at the site until the morning.

In the Darnytskyi district, debris from a downed drone set a warehouse on fire. No one was injured.

A kindergarten was damaged in the Holosiivskyi district: windows were smashed and the facade was cut by fragments. There were no children in the building at night.

In the Desnianskyi district, debris fell in the courtyard of a high-rise building. A 14-year-old girl was injured, she received medical help on the spot.

Because of a power failure at a pumping station, residents of several left-bank neighbourhoods were left without water for about five hours in the morning, Kyivvodokanal reported. Water supply has since been restored.

In the Kyiv region, a drone hit a private house in the Brovary district, injuring a 45-year-old man, the head of the regional military administration, Ruslan Kravchuk, said. In Bila Tserkva, an energy infrastructure facility was damaged; part of the city is without electricity.

"Energy workers are already on site, but residents of Bila Tserkva should prepare for outages until the evening," Kravchuk said.

"We woke up from a terrible blast, the whole stairwell was full of glass," one resident of the damaged building in Solomianskyi district told Capital Herald.

During the alert, about 40,000 people took shelter in metro stations. The city authorities declared Friday a day of mourning in Kyiv.

This was the eleventh attack on the capital since the beginning of November. In total, since the start of the full-scale invasion, more than 900 residential buildings have been damaged in Kyiv.

Photo: Kyiv City Military Administration
Read also: How to prepare your flat for blackouts: advice from energy engineers
Subscribe to Capital Herald on Telegram and Viber
Found a mistake? Select the text and press Ctrl+Enter
Tags: Kyiv, shelling, ballistic missiles, Shahed
© Capital Herald, 2024. All rights reserved.
"""
DOC = {"id": "v04", "date": "2024-11-28", "source": "Capital Herald (Kyiv)",
       "url": "https://capitalherald.example/kyiv/2024/11/28/ballistic-missiles-drones-hit-kyiv", "text": TEXT}

D = "2024-11-28"
EVENTS = [
    E("v04-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", launched=N(9)), W("drone", "Shahed-136", launched=N(62))],
      claimant="Ukrainian Air Force", note="nationwide wave; Iskander-M and KN-23 together"),
    E("v04-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("ballistic_missile", intercepted=N(7)), W("drone", intercepted=N(51))], claimant="Ukrainian Air Force",
      note="8 more drones 'lost' to electronic warfare are not counted as shot down"),
    E("v04-3", "interception", D, L("Kyiv"), "UA", "RU", weapons=[W("drone", intercepted=N(30, "at_least"))],
      claimant="Serhiy Lavrenko", parent="v04-1"),
    E("v04-4", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv, Solomianskyi district"), "RU", "UA", fat=N(2),
      inj=N(11), weapons=[W("ballistic_missile")], parent="v04-1",
      note="'fragments of a missile'; the 'at least 12' of the lead is the city total (11 here + 1 in Desnianskyi)"),
    E("v04-5", "air_drone_strike", D, L("Kyiv", 1, "Kyiv, Darnytskyi district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="v04-1", note="debris of a downed drone; 'No one was injured'"),
    E("v04-6", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv, Holosiivskyi district"), "RU", "UA",
      family=["air_drone_strike"], parent="v04-1", note="kindergarten damaged, agentless, weapon not said"),
    E("v04-7", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv, Desnianskyi district"), "RU", "UA", inj=N(1),
      family=["air_drone_strike"], parent="v04-1", note="debris, weapon not said"),
    E("v04-8", "infrastructure_disruption", D, L("Kyiv", 1, "Kyiv, left bank"), "RU", "UA", claimant="Kyivvodokanal",
      note="water cut about five hours after a power failure at a pumping station"),
    E("v04-9", "air_drone_strike", D, L("Brovary", 2, "Brovary district"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="v04-1", claimant="Ruslan Kravchuk"),
    E("v04-10", "missile_artillery_strike", D, L("Bila Tserkva"), "RU", "UA", family=["air_drone_strike"],
      parent="v04-1", claimant="Ruslan Kravchuk", note="energy facility damaged, weapon not said"),
    E("v04-11", "infrastructure_disruption", D, L("Bila Tserkva"), "RU", "UA", claimant="Ruslan Kravchuk"),
    E("v04-12", "policy_decision", "2024-11-29", L("Kyiv"), "UA", None, optional=True,
      note="day of mourning declared for Friday; a civic decision, borderline for 'decision about the war'"),
]
STATEMENTS = [
    S("Serhiy Lavrenko", "UA", "combined ballistics with drones to overload our air defence",
      "head of the Kyiv City Military Administration"),
    S("Ruslan Kravchuk", "UA", "residents of Bila Tserkva should prepare for outages until the evening",
      "head of the Kyiv regional military administration"),
]
MUST_NOT = ["Iryna Moroz", "Kyiv | Society | Economy | War | Culture", "28.11.2024, 08:52", "Views: 3 417",
            "Photo: Kyiv City Military Administration",
            "Read also: How to prepare your flat for blackouts: advice from energy engineers",
            "Subscribe to Capital Herald on Telegram and Viber",
            "Found a mistake? Select the text and press Ctrl+Enter",
            "Tags: Kyiv, shelling, ballistic missiles, Shahed", "© Capital Herald, 2024. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
