from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Russian missiles and drones target Ukraine's grid again; two dead in Kyiv"
TEXT = """NEWSLINE
Wire service for professionals | Sign in
World · Conflict · Energy · Markets · Politics
Ukraine war
Russian missiles and drones target Ukraine's grid again; two dead in Kyiv
Marta Koval and Oliver Grange
Filed 22 Oct 2025 · 07:58 UTC | Revised 10:41 UTC
Image: Newsline/Stepan Hlushko
KYIV, Oct 22 (Newsline) - Two people were killed and nine injured in Kyiv when a ballistic missile tore into a high-rise in the capital's Darnytskyi district before dawn on Wednesday, part of a barrage that once again singled out Ukraine's battered power system.

All told, Russia sent 405 drones and 28 missiles across the border overnight, according to the Ukrainian air force. Nineteen of the missiles were Kh-101 cruise missiles fired from strategic bombers over the Caspian Sea; the remaining nine were Iskander-M ballistic missiles. Shot down or suppressed by electronic warfare, the air force said, were 361 of the drones and 18 of the cruise missiles - but only three of the Iskanders.

The building that was hit, a 16-storey block near a metro depot, lost a section of its upper floors. Rescuers worked through the morning to reach residents trapped above the seventh floor; by 9 a.m. the bodies of a man and a woman had been recovered, the city's military administration said.

"I was holding the door frame and the whole corridor moved, like a boat," said Nadiia Prokopenko, 58, whose ninth-floor flat faces the damaged section.

East of the capital, drones set a heating plant in Brovary ablaze. Nobody was injured there, the town council said, but some 30,000 residents were left without hot water.

Over the Kyiv region as a whole, air defence units destroyed 52 drones and six cruise missiles, the regional governor wrote on Telegram.

Further north, 31 drones were downed over the Chernihiv region, its military administration reported. One that got through struck an energy facility near Nizhyn, cutting electricity to about 46,000 households.

In the central city of Kremenchuk, home to Ukraine's largest oil refinery, a column of black smoke rose over an industrial zone after what the mayor called "a combined strike by missiles and drones". He did not say whether anyone had been hurt.

Air defences were also in action over the Sumy, Cherkasy and Vinnytsia regions, the air force added.

The national grid operator said it had been forced to introduce emergency power cuts in eight regions on Wednesday morning. "The system is holding, but every attack eats into the reserve we need for winter," company spokeswoman Iryna Zadorozhna told Newsline.

Wednesday's barrage was the fourth major strike on energy infrastructure this month. On Saturday, drones knocked out a substation in the Shostka district of the northern Sumy region, leaving the town of Shostka without power for most of the day.

Russia's defence ministry said its forces had carried out "a group strike with long-range precision weapons" against energy facilities that, it said, served Ukraine's military industry, and that all targets had been hit.

"Moscow is running the same playbook as in the last three winters, only with more drones per missile," said Pieter Van Damme, an air-defence analyst at the Noordzee Defence Institute in The Hague. Whether Ukraine's stocks of interceptors would last until spring, he said, depended on deliveries that had been promised but not scheduled.
Reporting by Marta Koval in Kyiv and Oliver Grange in London; editing by Sunita Rao
Newsline · Licensing · Corrections · Contact the desk
© 2025 Newsline Wire Service
"""
DOC = {"id": "kx01", "date": "2025-10-22", "source": "Newsline (international news agency)",
       "url": "https://www.newsline.example/world/ukraine-war/russia-missiles-drones-grid-kyiv-20251022/", "text": TEXT}

D, SAT = "2025-10-22", "2025-10-18"
EVENTS = [
    E("kx01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("drone", launched=N(405)), W("cruise_missile", "Kh-101", launched=N(19)),
               W("ballistic_missile", "Iskander-M", launched=N(9))],
      note="'Russia sent 405 drones and 28 missiles across the border overnight' (Wednesday report): the country wave, "
           "typed by the missiles; 19 Kh-101 + 9 Iskander-M ('the remaining nine'); the MoD's 'group strike … all "
           "targets had been hit' is this wave"),
    E("kx01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kx01-1",
      weapons=[W("drone", intercepted=N(361)), W("cruise_missile", intercepted=N(18)),
               W("ballistic_missile", intercepted=N(3))],
      note="inverted sentence 'Shot down or suppressed by electronic warfare … were 361 of the drones and 18 of the "
           "cruise missiles - but only three of the Iskanders' (jamming counted together with shooting down, as the "
           "text counts them)"),
    E("kx01-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="kx01-1", fat=N(2), inj=N(9),
      weapons=[W("ballistic_missile")],
      note="ballistic missile on a 16-storey block in the Darnytskyi district (= the city) 'before dawn on Wednesday': "
           "2 killed ('the bodies of a man and a woman'), 9 injured"),
    E("kx01-4", "air_drone_strike", D, L("Brovary"), "RU", "UA", parent="kx01-1", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="drones set a heating plant in Brovary ablaze; 'Nobody was injured there' = 0/0"),
    E("kx01-5", "infrastructure_disruption", D, L("Brovary"), "RU", "UA", parent="kx01-4",
      note="'some 30,000 residents were left without hot water' after the heating plant fire"),
    E("kx01-6", "interception", D, R("UA-32", "Kyiv region"), "UA", "RU", parent="kx01-2",
      weapons=[W("drone", intercepted=N(52)), W("cruise_missile", intercepted=N(6))],
      note="'Over the Kyiv region as a whole, air defence units destroyed 52 drones and six cruise missiles': regional "
           "count -> required (the oblast, UA-32, not the city)"),
    E("kx01-7", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU", parent="kx01-2",
      weapons=[W("drone", intercepted=N(31))],
      note="'31 drones were downed over the Chernihiv region' (passive, number first): regional count -> required"),
    E("kx01-8", "air_drone_strike", D, L("Nizhyn", 2, "near Nizhyn"), "RU", "UA", parent="kx01-1",
      weapons=[W("drone")], note="'One that got through' (a drone) 'struck an energy facility near Nizhyn': near X = "
                                 "precision 2"),
    E("kx01-9", "infrastructure_disruption", D, L("Nizhyn", 2, "near Nizhyn"), "RU", "UA", parent="kx01-8",
      note="'cutting electricity to about 46,000 households' (around the struck facility near Nizhyn)"),
    E("kx01-10", "missile_artillery_strike", D, L("Kremenchuk"), "RU", "UA", parent="kx01-1",
      weapons=[W("missile"), W("drone")],
      note="industrial zone of Kremenchuk hit by 'a combined strike by missiles and drones' (the mayor): typed by the "
           "heaviest weapon; 'He did not say whether anyone had been hurt' -> counts absent"),
    E("kx01-11", "interception", D, R("UA-59", "Sumy region"), "UA", "RU", parent="kx01-2", optional=True,
      note="'Air defences were also in action over the Sumy, Cherkasy and Vinnytsia regions': listed -> optional"),
    E("kx01-12", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU", parent="kx01-2", optional=True,
      note="listed region -> optional"),
    E("kx01-13", "interception", D, R("UA-05", "Vinnytsia region"), "UA", "RU", parent="kx01-2", optional=True,
      note="listed region -> optional"),
    E("kx01-14", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kx01-1",
      note="the grid operator's 'emergency power cuts in eight regions on Wednesday morning': one decision of the "
           "operator -> one disruption at country precision (blind38 ko01-15)"),
    E("kx01-15", "air_drone_strike", SAT, L("Shostka", 2, "Shostka district"), "RU", "UA", weapons=[W("drone")],
      note="recalled with a day: 'On Saturday, drones knocked out a substation in the Shostka district' (18 Oct) -> "
           "required; a district = precision 2 at its town"),
    E("kx01-16", "infrastructure_disruption", SAT, L("Shostka"), "RU", "UA", parent="kx01-15",
      note="'leaving the town of Shostka without power for most of the day' (18 Oct): the town itself"),
]
# Not events: 'the fourth major strike on energy infrastructure this month' (tally), the rescue work (part of kx01-3),
# 'the same playbook as in the last three winters' (analysis), interceptor stocks 'would last until spring' and
# deliveries 'promised but not scheduled' (forecast, plan), the MoD's claim (the same wave as kx01-1).
STATEMENTS = [
    S("Nadiia Prokopenko", "UA", "the whole corridor moved, like a boat", "resident, Darnytskyi district"),
    S("Iryna Zadorozhna", "UA", "every attack eats into the reserve we need for winter", "spokeswoman, grid operator"),
    S("Pieter Van Damme", None, "only with more drones per missile", "analyst, Noordzee Defence Institute"),
]
# Not gold: the mayor of Kremenchuk's 'a combined strike by missiles and drones' (title-only speaker), the defence
# ministry's 'a group strike with long-range precision weapons' (institutional formula).
MUST_NOT = ["NEWSLINE", "Wire service for professionals | Sign in", "World · Conflict · Energy · Markets · Politics",
            "Ukraine war", "Marta Koval and Oliver Grange", "Filed 22 Oct 2025 · 07:58 UTC | Revised 10:41 UTC",
            "Image: Newsline/Stepan Hlushko",
            "Reporting by Marta Koval in Kyiv and Oliver Grange in London; editing by Sunita Rao",
            "Newsline · Licensing · Corrections · Contact the desk", "© 2025 Newsline Wire Service"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx01-1': 'Russia sent 405 drones and 28 missiles across the border overnight',
    'kx01-2': 'were 361 of the drones and 18 of the cruise missiles - but only three of the Iskanders',
    'kx01-3': "Two people were killed and nine injured in Kyiv when a ballistic missile tore into a high-rise in the capital's Darnytskyi district",
    'kx01-4': 'East of the capital, drones set a heating plant in Brovary ablaze',
    'kx01-5': 'some 30,000 residents were left without hot water',
    'kx01-6': 'Over the Kyiv region as a whole, air defence units destroyed 52 drones and six cruise missiles',
    'kx01-7': '31 drones were downed over the Chernihiv region',
    'kx01-8': 'One that got through struck an energy facility near Nizhyn',
    'kx01-9': 'cutting electricity to about 46,000 households',
    'kx01-10': 'a column of black smoke rose over an industrial zone after what the mayor called "a combined strike by missiles and drones"',
    'kx01-11': 'Air defences were also in action over the Sumy, Cherkasy and Vinnytsia regions',
    'kx01-12': 'Air defences were also in action over the Sumy, Cherkasy and Vinnytsia regions',
    'kx01-13': 'Air defences were also in action over the Sumy, Cherkasy and Vinnytsia regions',
    'kx01-14': 'introduce emergency power cuts in eight regions on Wednesday morning',
    'kx01-15': 'On Saturday, drones knocked out a substation in the Shostka district of the northern Sumy region',
    'kx01-16': 'leaving the town of Shostka without power for most of the day',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
