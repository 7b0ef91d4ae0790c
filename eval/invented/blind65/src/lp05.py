from common import E, L, R, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Wednesday's guided bomb strike on Zaporizhzhia: a second death; 583 strikes on the region in a day"
TEXT = """POROHY.NEWS
Zaporizhzhia and the region — news in Ukrainian and English
News | War | City | Region | Business | Opinion
War / Region
Wednesday's guided bomb strike on Zaporizhzhia: a second death; 583 strikes on the region in a day
13.11.2025 · 10:15 · updated 12:30
Editor on duty: Serhii Levchenko
The toll of Wednesday afternoon's guided bomb attack on Zaporizhzhia has risen to two dead and twelve injured, the head of the regional military administration said on Thursday morning. A woman of 79, pulled from the rubble on Wednesday evening, died in hospital overnight. On Wednesday, the administration had spoken of one dead and nine wounded; three more people went to doctors with concussion later in the evening.
At 15:40, Russian aircraft dropped two guided aerial bombs on the Shevchenkivskyi district. One struck a four-storey residential building, the other fell in the yard of a kindergarten that has been closed since 2022.
"The wall simply moved towards us. My husband held the door frame with both hands," said Tetiana Onyshchenko, who lives on the top floor.
Seven of the injured are being treated at the regional hospital, three of them in a serious condition. "We operated through the night, and two more operations are planned for today," said Ruslan Hnatiuk, the hospital's deputy medical director.
Advertisement
The region: 17 settlements, 583 strikes
Across the region, Russian forces struck 17 settlements 583 times over the past day, according to the regional administration's morning summary; the figure does not include Zaporizhzhia itself.
Eight guided aerial bombs were dropped on Huliaipole, Zaliznychne and Ternuvate.
412 drones of various modifications, most of them FPV, attacked Stepnohirsk, Prymorske, Malokaterynivka, Kamianske and Orikhiv.
Eight times the Russians fired multiple rocket launchers at Orikhiv and Mala Tokmachka.
155 artillery shells landed on Huliaipole, Kamianske, Stepnohirsk and other frontline villages.
One person was killed and five were injured in the region. In Huliaipole, a guided bomb destroyed a two-storey house; a 63-year-old man who had refused to leave the town was killed. In Stepnohirsk, an FPV drone hit a utility truck, wounding two workers of the water utility. A drone dropped a munition at a bus stop in Malokaterynivka, where a woman of 45 was injured. In Kamianske, two men repairing a roof were hit by artillery fragments. A Grad salvo set fire to a humanitarian aid warehouse in Orikhiv; nobody was inside.
Overnight, drones struck an energy facility in the Zaporizhzhia district. About 1,800 families in Vilniansk and nearby villages are without electricity, the regional power company said. Air defence forces destroyed 23 drones over the region during the night.
Related: Which shelters in Zaporizhzhia are open around the clock
The city has declared Friday a day of mourning.
Subscribe to Porohy.news on Telegram and WhatsApp
© Porohy.news. Use of materials only with a hyperlink.
"""
DOC = {"id": "lp05", "date": "2025-11-13", "source": "Porohy.news (Zaporizhzhia regional news site, English version)",
       "url": "https://porohy.example/en/war/region/2025-11-13-guided-bombs-zaporizhzhia-toll", "text": TEXT}

D, Y = "2025-11-13", "2025-11-12"
PAST = dict(prec="range", end=D)
RMA = "head of the Zaporizhzhia regional military administration"
T = "lp05-2"
EVENTS = [
    E("lp05-1", ADS, Y, L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(12), weapons=[W("guided_bomb", launched=N(2))],
      claimant=RMA,
      evidence="The toll of Wednesday afternoon's guided bomb attack on Zaporizhzhia has risen to two dead and twelve injured",
      note="the strike of 'Wednesday afternoon' ('At 15:40') -> 12 November, the day before the page; a previous "
           "day's toll revised: Wednesday's 'one dead and nine wounded' is superseded by 'two dead and twelve injured' "
           "(the latest figure wins, one event); two guided bombs; Shevchenkivskyi district = the city. Not a child of "
           "the regional count, which 'does not include Zaporizhzhia itself'"),
    E(T, MAS, Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", agg=True, fat=N(1), inj=N(5), family=[ADS],
      weapons=[W("guided_bomb", launched=N(8)), W("drone", launched=N(412)), W("mlrs"), W("artillery", launched=N(155))],
      claimant=RMA,
      evidence="Across the region, Russian forces struck 17 settlements 583 times over the past day",
      note="the morning summary over the past day -> aggregate range 12–13 November, parent of the detailed places; "
           "munitions counted by number are launched counts (8 guided bombs, 412 drones, 155 shells), 'Eight times' "
           "with MLRS is a count of attacks -> mlrs without a number (8 + 412 + 8 + 155 = 583); 1 killed, 5 injured "
           "(Huliaipole 1; Stepnohirsk 2 + Malokaterynivka 1 + Kamianske 2)", **PAST),
    E("lp05-3", ADS, Y, L("Huliaipole"), "RU", "UA", parent=T, fat=N(1), weapons=[W("guided_bomb")], claimant=RMA,
      evidence="In Huliaipole, a guided bomb destroyed a two-storey house; a 63-year-old man who had refused to leave the town was killed.",
      note="the detail line of a place listed under both bombs and shells: the guided bomb that killed decides the "
           "type; no time -> the range (Huliaipole 707898, Zaporizhzhia oblast)", **PAST),
    E("lp05-4", ADS, Y, L("Stepnohirsk"), "RU", "UA", parent=T, inj=N(2), weapons=[W("drone", "FPV")], claimant=RMA,
      evidence="In Stepnohirsk, an FPV drone hit a utility truck, wounding two workers of the water utility.",
      note="FPV drone, 2 wounded; range", **PAST),
    E("lp05-5", ADS, Y, L("Malokaterynivka"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone")], claimant=RMA,
      evidence="A drone dropped a munition at a bus stop in Malokaterynivka, where a woman of 45 was injured.",
      note="a drone drop at a bus stop, 1 injured (Malokaterynivka 702072, Kushuhum hromada); range", **PAST),
    E("lp05-6", MAS, Y, L("Kamianske"), "RU", "UA", parent=T, inj=N(2), weapons=[W("artillery")], claimant=RMA,
      evidence="In Kamianske, two men repairing a roof were hit by artillery fragments.",
      note="artillery fragments, 2 hit = injured; Kamianske 706967 (the Zaporizhzhia-oblast village on the reservoir, "
           "not the Dnipropetrovsk city); range", **PAST),
    E("lp05-7", MAS, Y, L("Orikhiv"), "RU", "UA", parent=T, fat=N(0), inj=N(0), weapons=[W("mlrs", "Grad")],
      claimant=RMA, evidence="A Grad salvo set fire to a humanitarian aid warehouse in Orikhiv; nobody was inside.",
      note="Grad = MLRS; 'nobody was inside' the burning warehouse -> no one hurt, 0/0; range", **PAST),
    E("lp05-8", ADS, D, H("Zaporizhzhia", "Zaporizhzhia district"), "RU", "UA", weapons=[W("drone")],
      evidence="Overnight, drones struck an energy facility in the Zaporizhzhia district.",
      note="'Overnight' in a Thursday page -> 13 November; a raion named after its centre -> the centre's point at "
           "precision 2; casualties not stated"),
    E("lp05-9", DIS, D, L("Vilniansk"), "RU", "UA", parent="lp05-8", claimant="regional power company",
      evidence="About 1,800 families in Vilniansk and nearby villages are without electricity",
      note="the outage from the energy facility, placed at the town it names (Vilniansk 689584)"),
    E("lp05-10", INT, D, R("UA-23", "Zaporizhzhia region"), "UA", "RU", weapons=[W("drone", intercepted=N(23))],
      evidence="Air defence forces destroyed 23 drones over the region during the night.",
      note="a region with its own count -> required interception, the night into 13 November"),
    E("lp05-11", ADS, Y, L("Zaliznychne"), "RU", "UA", parent=T, weapons=[W("guided_bomb")], optional=True, claimant=RMA,
      evidence="Eight guided aerial bombs were dropped on Huliaipole, Zaliznychne and Ternuvate.",
      note="only listed among the targets of the eight bombs, no detail -> optional (Zaliznychne 687796, Huliaipole "
           "hromada)", **PAST),
    E("lp05-12", ADS, Y, L("Ternuvate"), "RU", "UA", parent=T, weapons=[W("guided_bomb")], optional=True, claimant=RMA,
      evidence="Eight guided aerial bombs were dropped on Huliaipole, Zaliznychne and Ternuvate.",
      note="listed only -> optional (Ternuvate 691639, Zaporizhzhia oblast)", **PAST),
    E("lp05-13", ADS, Y, L("Prymorske"), "RU", "UA", parent=T, weapons=[W("drone")], optional=True, claimant=RMA,
      evidence="412 drones of various modifications, most of them FPV, attacked Stepnohirsk, Prymorske, Malokaterynivka, Kamianske and Orikhiv.",
      note="listed only among the drone targets -> optional (Prymorske 696278, Stepnohirsk hromada; not the Odesa, "
           "Kherson or Donetsk namesakes)", **PAST),
    E("lp05-14", MAS, Y, L("Mala Tokmachka"), "RU", "UA", parent=T, weapons=[W("mlrs")], optional=True, claimant=RMA,
      evidence="Eight times the Russians fired multiple rocket launchers at Orikhiv and Mala Tokmachka.",
      note="listed only among the MLRS targets -> optional", **PAST),
]
# Not events: the woman's death overnight and the later concussion cases (they revise lp05-1), 'closed since 2022'
# (background), treatment and 'two more operations are planned' (care, plan), 'other frontline villages' (no place),
# 'who had refused to leave the town' (background of lp05-3), the day of mourning on Friday (future, no event type).
# Kamianske and Stepnohirsk also appear in the shell list and Orikhiv in the drone list: one event each, typed by the
# detail line. Masthead, tagline, menu, breadcrumb, date line, editor line, 'Advertisement', the 'Related' line, the
# subscription line and © are furniture; the subheading stays as text.
STATEMENTS = [
    S("Tetiana Onyshchenko", "UA", "My husband held the door frame with both hands", "resident, Shevchenkivskyi district"),
    S("Ruslan Hnatiuk", "UA", "We operated through the night", "deputy medical director, Zaporizhzhia regional hospital"),
]
MUST_NOT = ["POROHY.NEWS", "Zaporizhzhia and the region — news in Ukrainian and English",
            "News | War | City | Region | Business | Opinion", "War / Region", "13.11.2025 · 10:15 · updated 12:30",
            "Editor on duty: Serhii Levchenko", "Advertisement",
            "Related: Which shelters in Zaporizhzhia are open around the clock",
            "Subscribe to Porohy.news on Telegram and WhatsApp", "© Porohy.news. Use of materials only with a hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
