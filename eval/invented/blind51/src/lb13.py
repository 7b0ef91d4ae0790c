from common import E, L, R, C, N, W, S, gold

TITLE = "Ballistic missile strike on Kyiv apartment block kills one, injures nine"
TEXT = """WQN NEWS
Live TV | Local | National | World | Weather | Investigations
Watch: Rescuers search rubble in Kyiv after overnight attack
0:58
Autoplay: ON
Ballistic missile strike on Kyiv apartment block kills one, injures nine
By Marcus Delgado, WQN News
Published January 16, 2026 6:12 AM EST
KYIV, Ukraine — A Russian ballistic missile slammed into a nine-story apartment building in Kyiv's Darnytskyi district before dawn Friday, killing a man on the top floor and injuring nine other residents, city officials said.

Rescue crews worked through the morning, in temperatures of 14 degrees below zero, to pull people from the damaged stairwell. The blast also knocked out heating to about 180 apartment buildings across the river, on Kyiv's left bank, the city's military administration said.

Two Iskander-M ballistic missiles and 64 attack drones were fired at Ukraine overnight, according to the air force. Fifty-one of the drones were downed or jammed; neither of the missiles was intercepted.
Download the WQN News app for breaking news alerts

"I thought it was thunder. In January," said Nadiia Kovalchuk, a 66-year-old retiree who lives across the courtyard. "Then the glass came in."

WQN's Anna Petrenko, who reached the building shortly after 7 a.m., said smoke was still rising from the top floor as residents carried out blankets and cats.

The White House said the president would speak with European leaders about air defense next week.
© 2026 WQN Broadcasting, Inc. Reproduction, rebroadcast or redistribution without permission is prohibited.
"""
DOC = {"id": "lb13", "date": "2026-01-16", "source": "WQN News (US television network website)",
       "url": "https://wqnnews.example/world/kyiv-ballistic-missile-apartment-darnytskyi-2026-01-16", "text": TEXT}

D = "2026-01-16"
EVENTS = [
    E("lb13-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2)), W("drone", launched=N(64))],
      evidence="Two Iskander-M ballistic missiles and 64 attack drones were fired at Ukraine overnight",
      note="the night wave (Friday page): 2 Iskander-M + 64 drones -> country parent typed by the missiles"),
    E("lb13-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="lb13-1",
      weapons=[W("drone", intercepted=N(51)), W("ballistic_missile", intercepted=N(0))],
      evidence="Fifty-one of the drones were downed or jammed; neither of the missiles was intercepted",
      note="'Fifty-one of the drones were downed or jammed' (counted together by the text) and 'neither of the "
           "missiles was intercepted' = an exact 0 (blind43 call 1)"),
    E("lb13-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="lb13-1", fat=N(1), inj=N(9),
      weapons=[W("ballistic_missile")],
      evidence="A Russian ballistic missile slammed into a nine-story apartment building in Kyiv's Darnytskyi "
               "district before dawn Friday, killing a man on the top floor and injuring nine other residents",
      note="ballistic missile on a block in the Darnytskyi district (= the city) 'before dawn Friday': 1 killed, 9 "
           "injured; the reporter's line (WQN's Anna Petrenko …) is article text and adds nothing"),
    E("lb13-4", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="lb13-3",
      evidence="The blast also knocked out heating to about 180 apartment buildings across the river",
      note="heating cut to about 180 buildings on the left bank by the same blast"),
]
# Not events: the rescue work (response), the president 'would speak with European leaders … next week' (future).
# The video line 'Watch: Rescuers search rubble …' is furniture.
STATEMENTS = [
    S("Nadiia Kovalchuk", "UA", "I thought it was thunder", "retiree, Darnytskyi district"),
]
MUST_NOT = ["WQN NEWS", "Live TV | Local | National | World | Weather | Investigations",
            "Watch: Rescuers search rubble in Kyiv after overnight attack", "0:58", "Autoplay: ON",
            "By Marcus Delgado, WQN News", "Download the WQN News app for breaking news alerts", "Published January 16, 2026 6:12 AM EST",
            "© 2026 WQN Broadcasting, Inc. Reproduction, rebroadcast or redistribution without permission is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
