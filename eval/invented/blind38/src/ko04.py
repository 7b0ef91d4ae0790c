from common import E, L, R, C, N, W, S, gold

TITLE = "Two civilians injured as Ukrainian forces shell border villages in Kursk, Bryansk regions - governors"
TEXT = """RTA.RU
Russian Telegraph Agency
Russia | World | Economy | Military Operation | Society | Sport
Special military operation
Two civilians injured as Ukrainian forces shell border villages in Kursk, Bryansk regions - governors
22 AUG, 14:17
Updated: 22 AUG, 17:40
KURSK, August 22. /RTA/. Ukrainian armed forces shelled several border settlements in the Kursk and Bryansk regions on Tuesday, injuring two civilians, the governors of the regions said.

According to the Kursk region governor, the village of Tyotkino in the Glushkovo district came under mortar fire in the morning. "A woman was wounded by shrapnel in her own garden and taken to the district hospital. Three houses and a gas pipeline were damaged," said Vladimir Lebedev, head of the Glushkovo district.

In the afternoon, a Ukrainian drone dropped an explosive device on the territory of an agricultural enterprise in the settlement of Glushkovo, damaging a grain truck. No one was hurt.

In the Bryansk region, the settlement of Suzemka was shelled from multiple launch rocket systems, the region's governor said. A man was injured; he was given medical assistance on the spot. A power line was damaged, and part of the settlement was left without electricity.

"The children were at home, we took them to the cellar and sat there for an hour. Then the lights went out," said Nina Gorbunova, a resident of Suzemka.

On Monday evening, the town of Klimovo came under artillery fire, the governor added. There were no casualties.

In the Belgorod region, the village of Kozinka in the Grayvoron district was shelled forty-seven times with mortars and artillery over the past day, the governor said. Two households were damaged, no one was hurt.

Air defence systems on duty intercepted and destroyed nine Ukrainian unmanned aerial vehicles overnight, the Russian Defence Ministry said: six over the Belgorod region, two over the Kursk region and one over the Bryansk region. "The Kiev regime's attempt to carry out a terrorist attack using UAVs has been thwarted," the ministry said.

Since the beginning of the special military operation, settlements in the border districts of the Kursk and Bryansk regions have regularly come under fire from the Ukrainian side.
Related news
Kursk region extends high level of terrorist threat in border districts
Bryansk farmers complete grain harvest ahead of schedule
Follow RTA on Telegram
© RTA 2023. All rights reserved. 18+
"""
DOC = {"id": "ko04", "date": "2023-08-22", "source": "RTA Russian Telegraph Agency (Russian state news agency, English service)",
       "url": "https://rta-news.example/en/military-operation/18220934", "text": TEXT}

D, Y = "2023-08-22", "2023-08-21"
EVENTS = [
    E("ko04-1", "missile_artillery_strike", D, L("Tyotkino"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      note="mortar fire on Tyotkino (Glushkovo district) 'in the morning' of the report day: 1 woman wounded"),
    E("ko04-2", "air_drone_strike", D, L("Glushkovo"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drone drop on an agricultural enterprise in Glushkovo 'In the afternoon': 'No one was hurt' = 0/0"),
    E("ko04-3", "missile_artillery_strike", D, L("Suzemka"), "UA", "RU", inj=N(1), weapons=[W("mlrs")],
      note="MLRS on Suzemka (day of the governor's Tuesday report): 1 injured, treated on the spot"),
    E("ko04-4", "infrastructure_disruption", D, L("Suzemka"), "UA", "RU", parent="ko04-3",
      note="'part of the settlement was left without electricity'"),
    E("ko04-5", "missile_artillery_strike", Y, L("Klimovo"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="artillery fire on Klimovo 'On Monday evening' (21 Aug): 'There were no casualties' = 0/0"),
    E("ko04-6", "missile_artillery_strike", Y, L("Kozinka"), "UA", "RU", end=D, prec="range", fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      note="Kozinka shelled 'forty-seven times with mortars and artillery over the past day': one place over the past "
           "day = range, not aggregate (blind37 kn03); 'no one was hurt' = 0/0"),
    E("ko04-7", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(9))],
      note="MoD: nine UAVs destroyed 'overnight': the country interception"),
    E("ko04-8", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="ko04-7",
      weapons=[W("drone", intercepted=N(6))], note="six over the Belgorod region"),
    E("ko04-9", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="ko04-7",
      weapons=[W("drone", intercepted=N(2))], note="two over the Kursk region"),
    E("ko04-10", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="ko04-7",
      weapons=[W("drone", intercepted=N(1))], note="one over the Bryansk region"),
    E("ko04-11", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack implied by the MoD count ('attempt … thwarted'): optional (blind37 call 5)"),
]
# Not events: 'regularly come under fire' since the start of the operation (habitual background), the 'Related news'
# headlines (furniture), treatment 'on the spot' (part of ko04-3).
STATEMENTS = [
    S("Vladimir Lebedev", "RU", "A woman was wounded by shrapnel in her own garden", "head of the Glushkovo district"),
    S("Nina Gorbunova", "RU", "we took them to the cellar and sat there for an hour", "resident, Suzemka"),
    S("Russian Defence Ministry", "RU", "attempt to carry out a terrorist attack using UAVs has been thwarted",
      "Russian Defence Ministry"),
]
MUST_NOT = ["RTA.RU", "Russian Telegraph Agency", "Russia | World | Economy | Military Operation | Society | Sport",
            "Special military operation", "22 AUG, 14:17", "Updated: 22 AUG, 17:40", "Related news",
            "Kursk region extends high level of terrorist threat in border districts",
            "Bryansk farmers complete grain harvest ahead of schedule", "Follow RTA on Telegram",
            "© RTA 2023. All rights reserved. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
