from common import E, L, R, C, N, W, S, H, gold, MAS, INT, CLA, ARR

TITLE = "Saltivka under cluster rockets again, a queue for bread hit in Industrialnyi district"
TEXT = """KHARKIVSKYI KVARTAL
City news portal · Kharkiv
Kharkiv | Region | War | Help and volunteers | Where to get aid | Photo
Kharkiv › War
Saltivka under cluster rockets again, a queue for bread hit in Industrialnyi district
16.04.2022 · 10:20 · 12 comments
Friday turned out to be one of the hardest days for the city this month. Here is what happened, district by district.

Shortly after three in the afternoon on Friday, the northern part of Saltivka was covered by cluster rockets from multiple launch rocket systems. Two people were killed on the spot and eleven were taken to the regional hospital, the head of the regional military administration said. Several rockets fell between apartment blocks where residents were cooking on open fires in the yards.

"Everybody cooks outside now, because there is no gas upstairs. That is why so many were hurt. They were standing by their pots," said Iryna Borysenko, a surgeon on duty at the regional hospital that evening.

About two hours later, shells hit near a volunteer aid point in the Industrialnyi district, where people were queuing for bread and tinned food. One woman was killed and four people were wounded. Volunteers had moved the point to that courtyard only on Wednesday because the previous place had been damaged.

In the night to Saturday, the Kholodnohirskyi district was shelled: rockets damaged the roofs of a school and of two private houses. Nobody was hurt, the State Emergency Service reported this morning.

Derhachi, just north of the city, was also under fire on Friday. A man of 58 was wounded by shrapnel in his garden, the town's military administration said.

Near Tsyrkuny, Russian units tried to break through towards the city's northern outskirts on Friday, but were pushed back, the General Staff said in its evening report. The Russians had "lost a tank and up to a platoon of infantry", according to the report.

Ukraine's air defence shot down a Russian Su-34 bomber near Izium on Friday morning, the Air Force command said. The crew's fate is not known.

The SBU said it had detained a resident of the Shevchenkivskyi district on Thursday, accusing him of sending the coordinates of a power substation to a Russian handler over a messenger app. "He was paid in transfers of 500 hryvnias. That is the price he put on his neighbours," said Oleh Kravets, a spokesman for the SBU regional department.

Metro stations remain open around the clock as shelters; trains have not run since 24 February. The regional military administration repeats: if you can leave the northern districts, leave. Evacuation trains to Lviv depart from the South Station every day at 14:00.
Do you have news from your district? Write to us: news@kvartal.example
Kharkivskyi Kvartal - 18+. Reprinting is permitted only with an active hyperlink.
"""
DOC = {"id": "lt08", "date": "2022-04-16", "source": "Kharkivskyi Kvartal (Kharkiv city news portal)",
       "url": "https://kvartal.example/kharkiv/war/2022-04-16-saltivka-cluster-rockets", "text": TEXT}

D, FRI, THU = "2022-04-16", "2022-04-15", "2022-04-14"
EVENTS = [
    E("lt08-1", MAS, FRI, L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(11), weapons=[W("mlrs")],
      claimant="head of the Kharkiv regional military administration",
      evidence="Shortly after three in the afternoon on Friday, the northern part of Saltivka was covered by cluster rockets from multiple launch rocket systems.",
      note="Saltivka (a residential area of the city) = Kharkiv; cluster rockets from MLRS -> mlrs; 15 Apr; 2 k, 'eleven "
           "were taken to the regional hospital' = 11 injured (ANNOTATION 7)"),
    E("lt08-2", MAS, FRI, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("artillery")],
      evidence="About two hours later, shells hit near a volunteer aid point in the Industrialnyi district",
      note="a second site in another district two hours later -> its own event (blind53 call 6); 'About two hours later' "
           "= Friday 15 Apr; shells -> artillery; 1 k 4 w"),
    E("lt08-3", MAS, D, L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("mlrs")],
      claimant="State Emergency Service",
      evidence="In the night to Saturday, the Kholodnohirskyi district was shelled",
      note="'In the night to Saturday' in a Saturday page -> 16 Apr; rockets -> mlrs; 'Nobody was hurt' -> 0/0; a third "
           "site on another day -> its own event"),
    E("lt08-4", MAS, FRI, L("Derhachi"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      claimant="Derhachi military administration",
      evidence="A man of 58 was wounded by shrapnel in his garden, the town's military administration said.",
      note="'Derhachi … was also under fire on Friday' + shrapnel -> artillery (the weapon is only 'under fire' and "
           "'shrapnel'; shelling read); 15 Apr, 1 w"),
    E("lt08-5", CLA, FRI, H("Tsyrkuny", "near Tsyrkuny"), "RU", "UA", claimant="Ukrainian General Staff",
      evidence="Near Tsyrkuny, Russian units tried to break through towards the city's northern outskirts on Friday, but were pushed back",
      note="an attempted breakthrough pushed back -> clash with the attacker (RU) as actor1, near X -> precision 2; the "
           "'lost a tank and up to a platoon' are loss claims, not fatalities (blind62 call 2)"),
    E("lt08-6", INT, FRI, H("Izium", "near Izium"), "UA", "RU", claimant="Ukrainian Air Force",
      weapons=[W("aircraft", "Su-34", intercepted=N(1))],
      evidence="Ukraine's air defence shot down a Russian Su-34 bomber near Izium on Friday morning",
      note="air defence stops an aircraft -> interception (EVENTS.md), the defender UA as actor1; one aircraft; near X -> "
           "precision 2; 15 Apr"),
    E("lt08-7", ARR, THU, L("Kharkiv"), "UA", None, claimant="SBU",
      evidence="The SBU said it had detained a resident of the Shevchenkivskyi district on Thursday",
      note="a detention by Ukraine's security service -> arrest with actor1 UA, actor2 null (blind62 call 7), 14 Apr; the "
           "Shevchenkivskyi district = the city"),
]
# Not events: residents cooking on open fires and no gas upstairs (a state), the aid point moved 'on Wednesday' (a
# relocation of a volunteer point, no war event), the crew's unknown fate, metro stations as shelters and trains not
# running 'since 24 February' (a standing state), the advice to leave (appeal), daily evacuation trains (a standing
# service). Not gold statements: the General Staff's "lost a tank and up to a platoon of infantry" (institutional
# fragment). Masthead, tagline, menu, breadcrumb, date/comments line, contact line and reprint line are furniture; the
# standfirst ('Friday turned out to be …') stays as text.
STATEMENTS = [
    S("Iryna Borysenko", "UA", "They were standing by their pots", "surgeon, Kharkiv regional hospital"),
    S("Oleh Kravets", "UA", "That is the price he put on his neighbours", "spokesman, SBU regional department"),
]
MUST_NOT = ["KHARKIVSKYI KVARTAL", "City news portal · Kharkiv",
            "Kharkiv | Region | War | Help and volunteers | Where to get aid | Photo", "Kharkiv › War",
            "16.04.2022 · 10:20 · 12 comments", "Do you have news from your district? Write to us: news@kvartal.example",
            "Kharkivskyi Kvartal - 18+. Reprinting is permitted only with an active hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
