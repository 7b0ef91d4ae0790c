from common import E, L, R, C, N, W, S, gold

TITLE = "Russia pounds western Ukraine with hundreds of drones and missiles; 2 killed in Zaporizhzhia"
TEXT = """CONTINENTAL PRESS
Sections
World | U.S. | Politics | Business | Health | Sports | Entertainment
Russia pounds western Ukraine with hundreds of drones and missiles; 2 killed in Zaporizhzhia
By OLENA HRYTSAI and MARK DELACROIX
Published 9:52 AM GMT+3, September 17, 2025
Updated 1:05 PM GMT+3, September 17, 2025
Share
Facebook
Email
KYIV, Ukraine (CP) — Russia launched one of its largest aerial attacks in weeks overnight, sending 415 drones and 40 missiles at Ukraine and targeting energy and industrial sites deep in the country's west, officials said Wednesday.

Ukraine's air force said the barrage included 28 Kh-101 cruise missiles, four Kalibr cruise missiles and eight Iskander-M ballistic missiles. Air defenses shot down 386 of the drones, 24 of the Kh-101s and two of the Kalibrs, it said. None of the ballistic missiles was intercepted.

Two people were killed and four were wounded in Zaporizhzhia when a ballistic missile struck an industrial facility in the city shortly after 4 a.m., the regional governor said.

In the Lviv region, cruise missiles hit an energy facility, the regional administration said, without giving its location. Three people were injured in the city of Lviv, where debris from a downed drone damaged a residential street and a kindergarten, the mayor said.

"The windows came in on top of us. My daughter is still shaking," said Iryna Bodnar, 38, who spent the night in the corridor of her building in Lviv's Sykhiv district.

In the Ivano-Frankivsk region, a power facility in the Burshtyn community was hit, leaving several villages around it without electricity. No casualties were reported.

Five drones were shot down over the Khmelnytskyi region, where debris damaged a dozen private houses in Starokostiantyniv, home to a military air base. No one was hurt, officials said.

In the south, nine drones were downed over the Odesa region. A drone struck port infrastructure in Chornomorsk, injuring two port workers and setting a grain warehouse on fire, the regional administration said.

Air defenses were also active over the Vinnytsia, Rivne and Volyn regions, the air force said.
Advertisement
Ukraine's grid operator said emergency power cuts had been introduced in the Lviv, Ivano-Frankivsk and Khmelnytskyi regions on Wednesday morning and would stay in place at least until the evening.

"This was a night aimed at our energy before the heating season. The enemy chose the west because it thinks we are tired there," air force spokesman Taras Moroz told national television.

In neighboring Poland, the military's Operational Command said Polish and allied aircraft were scrambled early Wednesday as a precaution and ground-based air defense was put on the highest alert.

Russia's Defense Ministry said its forces had carried out a massive strike on Ukrainian military-industrial and energy facilities and that "all designated targets were hit." It said separately that its air defenses had destroyed 57 Ukrainian drones over Russian regions overnight.
___
Continental Press writer Anna Kowal in Warsaw contributed to this report.
Follow CP's coverage of the war in Ukraine: https://continentalpress.example/hub/russia-ukraine
Copyright © 2025 Continental Press. All Rights Reserved.
"""
DOC = {"id": "ko01", "date": "2025-09-17", "source": "Continental Press (US wire agency)",
       "url": "https://continentalpress.example/article/russia-ukraine-war-drones-missiles-lviv-zaporizhzhia-2025-09-17",
       "text": TEXT}

D = "2025-09-17"
EVENTS = [
    E("ko01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(415)), W("cruise_missile", "Kh-101", launched=N(28)),
               W("cruise_missile", "Kalibr", launched=N(4)), W("ballistic_missile", "Iskander-M", launched=N(8))],
      note="the overnight wave of 415 drones and 40 missiles (28 Kh-101 + 4 Kalibr + 8 Iskander-M): country parent "
           "typed by the missiles; the Russian MoD's 'massive strike' is the same wave"),
    E("ko01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ko01-1",
      weapons=[W("drone", intercepted=N(386)), W("cruise_missile", "Kh-101", intercepted=N(24)),
               W("cruise_missile", "Kalibr", intercepted=N(2)), W("ballistic_missile", "Iskander-M", intercepted=N(0))],
      note="'shot down 386 of the drones, 24 of the Kh-101s and two of the Kalibrs'; 'None of the ballistic missiles "
           "was intercepted' = exact 0 (blind36 call 6)"),
    E("ko01-3", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", parent="ko01-1", fat=N(2), inj=N(4),
      weapons=[W("ballistic_missile")],
      note="ballistic missile on an industrial facility in the city 'shortly after 4 a.m.': 2 killed, 4 wounded"),
    E("ko01-4", "missile_artillery_strike", D, R("UA-46", "Lviv region"), "RU", "UA", parent="ko01-1",
      weapons=[W("cruise_missile")],
      note="'cruise missiles hit an energy facility' in the Lviv region 'without giving its location' -> region"),
    E("ko01-5", "air_drone_strike", D, L("Lviv"), "RU", "UA", parent="ko01-1", inj=N(3), weapons=[W("drone")],
      note="debris of a downed drone in the city of Lviv (Sykhiv district = the city): 3 injured"),
    E("ko01-6", "missile_artillery_strike", D, L("Burshtyn", 2, "Burshtyn community"), "RU", "UA", parent="ko01-1",
      family=["air_drone_strike"], fat=N(0), inj=N(0),
      note="power facility 'in the Burshtyn community' (hromada = precision 2); weapon not said -> both types; "
           "'No casualties were reported' = 0/0"),
    E("ko01-7", "infrastructure_disruption", D, L("Burshtyn", 2, "villages around Burshtyn"), "RU", "UA",
      parent="ko01-6", note="'leaving several villages around it without electricity'"),
    E("ko01-8", "interception", D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", parent="ko01-2",
      weapons=[W("drone", intercepted=N(5))],
      note="'Five drones were shot down over the Khmelnytskyi region': a region with a count -> required"),
    E("ko01-9", "air_drone_strike", D, L("Starokostiantyniv"), "RU", "UA", parent="ko01-1", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="debris damaged a dozen houses in Starokostiantyniv; 'No one was hurt' = 0/0; the air base is background"),
    E("ko01-10", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", parent="ko01-2",
      weapons=[W("drone", intercepted=N(9))], note="'nine drones were downed over the Odesa region'"),
    E("ko01-11", "air_drone_strike", D, L("Chornomorsk"), "RU", "UA", parent="ko01-1", inj=N(2), weapons=[W("drone")],
      note="drone on port infrastructure in Chornomorsk: 2 port workers injured, warehouse fire"),
    E("ko01-12", "interception", D, R("UA-05", "Vinnytsia region"), "UA", "RU", parent="ko01-2", optional=True,
      note="'Air defenses were also active over the Vinnytsia, Rivne and Volyn regions': listed without a count -> "
           "optional (ANNOTATION rule 3)"),
    E("ko01-13", "interception", D, R("UA-56", "Rivne region"), "UA", "RU", parent="ko01-2", optional=True,
      note="same list: Rivne region, optional"),
    E("ko01-14", "interception", D, R("UA-07", "Volyn region"), "UA", "RU", parent="ko01-2", optional=True,
      note="same list: Volyn region, optional"),
    E("ko01-15", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="ko01-1",
      note="emergency power cuts introduced by the grid operator 'on Wednesday morning' in three regions: one decision "
           "of the operator -> one disruption at country precision (a region-level prediction is compatible)"),
    E("ko01-16", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="Polish and allied aircraft scrambled 'early Wednesday' + air defence on highest alert: military_mobilization "
           "of Poland, country precision"),
    E("ko01-17", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(57))],
      note="Russian MoD: 57 Ukrainian drones destroyed over Russian regions overnight: the Russian country interception"),
    E("ko01-18", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the Ukrainian drone attack on Russia implied by the MoD count: optional (blind37 call 5)"),
]
# Not events: cuts that 'would stay in place at least until the evening' (part of ko01-15), 'home to a military air
# base' (background), the MoD's 'all designated targets were hit' (claim about the same wave), 'largest … in weeks'
# (comparison), the contributor line (furniture).
STATEMENTS = [
    S("Iryna Bodnar", "UA", "My daughter is still shaking", "resident, Lviv"),
    S("Taras Moroz", "UA", "The enemy chose the west because it thinks we are tired there", "air force spokesman"),
    S("Russian Defense Ministry", "RU", "all designated targets were hit", "Russian Defense Ministry"),
]
MUST_NOT = ["CONTINENTAL PRESS", "Sections", "World | U.S. | Politics | Business | Health | Sports | Entertainment",
            "By OLENA HRYTSAI and MARK DELACROIX", "Published 9:52 AM GMT+3, September 17, 2025",
            "Updated 1:05 PM GMT+3, September 17, 2025", "Share", "Facebook", "Email", "Advertisement", "___",
            "Continental Press writer Anna Kowal in Warsaw contributed to this report.",
            "Follow CP's coverage of the war in Ukraine: https://continentalpress.example/hub/russia-ukraine",
            "Copyright © 2025 Continental Press. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
