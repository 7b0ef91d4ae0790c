from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles pound Ukraine's power grid again, knocking out electricity in Kyiv and Lviv"
TEXT = """ALLIED PRESS
Menu
World | U.S. | Politics | Business | Science | Sports
Russian missiles pound Ukraine's power grid again, knocking out electricity in Kyiv and Lviv
By KATERYNA SOLOVEI and JONAH PRIESTLEY
Updated 7:18 PM GMT+2, November 23, 2022
Share
Copy Link copied
KYIV, Ukraine (AP) — Russia fired dozens of cruise missiles at Ukraine's power plants and substations on Wednesday afternoon, plunging much of the country into darkness and killing at least three people in a residential building in the capital, officials said.

The Ukrainian air force said Russia launched 67 cruise missiles from strategic bombers and ships and 10 Shahed-136 attack drones. Air defences brought down 51 of the missiles and five of the drones, it said.

In Kyiv, a missile slammed into a two-storey apartment building in the Holosiivskyi district, the city's military administration said. The death toll rose to three by the evening, after rescuers pulled a woman's body from the rubble; 11 people were wounded. Earlier in the day officials had reported two dead.

"I was making tea and the kitchen wall was just gone," said Ruslan Dovhyi, 47, whose flat on the ground floor was left without windows and doors. "My wife was in the corridor. That saved her."

Water and electricity were cut across the capital, the mayor said, and metro trains were halted so stations could serve as shelters.

In the west, the governor of the Lviv region said two missiles hit an energy facility in the region and the whole city of Lviv lost power. In Dnipro, a missile struck an infrastructure site and injured one person, the regional administration said.

Ukraine's national grid operator said emergency blackouts were being applied in all regions to keep the system stable after several thermal and hydroelectric plants tripped offline.
Advertisement
The strike also cut power in neighbouring Moldova, whose grid is linked to Ukraine's. Moldova's infrastructure minister said "massive outages" had hit large parts of the country, including the capital.

Russia's Defense Ministry said it had carried out "a massive strike with high-precision long-range weapons" on Ukraine's military command system and "associated energy facilities," adding that all targets had been hit. It did not mention civilian casualties.

"They are not hitting our army. They are hitting our kitchens and hospitals," air force spokesman Mykola Shevchuk said on national television.

It was the latest in a series of waves of strikes on energy infrastructure that began in October, as Russian forces lost ground on the battlefield.
___
Follow Allied Press coverage of the war in Ukraine at https://alliedpress.example/hub/russia-ukraine-war
Copyright 2022 Allied Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "kn01", "date": "2022-11-23", "source": "Allied Press (US wire agency)",
       "url": "https://alliedpress.example/article/russia-ukraine-war-missiles-power-grid-kyiv-lviv-2022-11-23", "text": TEXT}

D = "2022-11-23"
EVENTS = [
    E("kn01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(67)), W("drone", "Shahed-136", launched=N(10))],
      note="the wave 'on Wednesday afternoon' (publication day): 67 cruise missiles + 10 Shahed-136 = country parent, "
           "typed by the missiles (EVENTS.md); the Russian MoD's 'massive strike' claim is this same wave"),
    E("kn01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kn01-1",
      weapons=[W("cruise_missile", intercepted=N(51)), W("drone", intercepted=N(5))],
      note="'brought down 51 of the missiles and five of the drones': one country interception, a count per weapon"),
    E("kn01-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="kn01-1", fat=N(3), inj=N(11),
      weapons=[W("cruise_missile")],
      note="missile on an apartment building in Holosiivskyi district (= the city): toll 'rose to three by the "
           "evening' (earlier two: the latest figure wins), 11 wounded; 'at least three' in the lead is the same figure"),
    E("kn01-4", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="kn01-1",
      note="water and electricity cut across the capital, metro halted: one disruption for the city"),
    E("kn01-5", "missile_artillery_strike", D, R("UA-46", "Lviv region"), "RU", "UA", parent="kn01-1",
      weapons=[W("cruise_missile")],
      note="'two missiles hit an energy facility in the region' (no town named) -> region precision"),
    E("kn01-6", "infrastructure_disruption", D, L("Lviv"), "RU", "UA", parent="kn01-1",
      note="'the whole city of Lviv lost power'"),
    E("kn01-7", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", parent="kn01-1", inj=N(1),
      weapons=[W("cruise_missile")], note="missile on an infrastructure site in Dnipro, 1 injured"),
    E("kn01-8", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kn01-1",
      note="emergency blackouts 'in all regions' = one country-level disruption (blind16 call 5)"),
    E("kn01-9", "infrastructure_disruption", D, C("MD", "Moldova"), "RU", "MD", parent="kn01-1",
      note="the strike cut power in Moldova ('massive outages' in large parts of the country): child disruption at "
           "country precision, actor2 MD (blind35 call 8)"),
]
# Not events: 'a series of waves … that began in October' (history), 'as Russian forces lost ground' (background),
# the MoD's 'all targets had been hit' (claim about the same wave), metro stations as shelters (part of kn01-4).
STATEMENTS = [
    S("Ruslan Dovhyi", "UA", "the kitchen wall was just gone", "resident, Holosiivskyi district"),
    S("Russian Defense Ministry", "RU", "a massive strike with high-precision long-range weapons", "Russian Defense Ministry"),
    S("Mykola Shevchuk", "UA", "They are hitting our kitchens and hospitals", "air force spokesman"),
]
MUST_NOT = ["ALLIED PRESS", "Menu", "World | U.S. | Politics | Business | Science | Sports",
            "By KATERYNA SOLOVEI and JONAH PRIESTLEY", "Updated 7:18 PM GMT+2, November 23, 2022", "Share",
            "Copy Link copied", "Advertisement", "___",
            "Follow Allied Press coverage of the war in Ukraine at https://alliedpress.example/hub/russia-ukraine-war",
            "Copyright 2022 Allied Press. All rights reserved. This material may not be published, broadcast, rewritten "
            "or redistributed without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
