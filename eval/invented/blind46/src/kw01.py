from common import E, L, R, C, N, W, S, gold

TITLE = "Russia aims winter barrage at Ukraine's power plants, knocking out water in Ternopil"
TEXT = """TRANSWORLD PRESS
Menu
World | U.S. | Politics | Business | Science | Oddities | Photography
WORLD NEWS
Russia aims winter barrage at Ukraine's power plants, knocking out water in Ternopil
By HALYNA MOROZ and STEFAN VOGEL
Updated 10:41 AM EET, December 18, 2024
Share this story
KYIV, Ukraine (TWP) — Power plants in western and central Ukraine were hit overnight as Russia fired 69 missiles and 193 drones at the country's battered energy system, Ukrainian officials said Wednesday, forcing rolling blackouts in much of the country on one of the coldest mornings of the winter so far.

Among the missiles were 58 Kh-101 and Kalibr cruise missiles and 11 Iskander-M ballistic missiles, according to Ukraine's air force. Fifty-two of the cruise missiles and three of the ballistic ones were brought down, it said. Of the drones, 115 were shot down; 64 more disappeared from radar, which the military usually attributes to electronic jamming.

At the Dobrotvir thermal power plant in the Lviv region, two missiles set a turbine hall on fire. Nobody was hurt, the regional governor said, but the station — one of the oldest in the west of the country — stopped producing electricity.

Hit hardest by the consequences was Ternopil, a city of about 220,000 people where an energy facility was struck before dawn. By 8 a.m., water had stopped running in most apartment blocks and roughly 60% of households had no power, the mayor said, urging residents to fill containers while pressure lasted.

"We filled every pot and bottle in the flat by seven. Nobody could tell us when the taps would work again," said Oksana Bilyk, a 38-year-old pharmacist who lives on the city's eastern edge.

Further east, debris from a missile that was shot down damaged houses in the Bila Tserkva district of the Kyiv region and wounded a 71-year-old woman, the regional administration reported. Eleven cruise missiles were destroyed over the Khmelnytskyi region alone, its governor wrote on Telegram.

The Rivne, Volyn and Zhytomyr regions also reported attacks on energy infrastructure, without immediate details of the damage.

In the capital, sirens sounded for almost five hours; no damage was recorded there.

Ukraine's national grid operator introduced emergency power cuts in eight regions on Wednesday morning and asked industrial consumers to reduce their use until the evening.

Neighboring Poland said Polish and allied aircraft had been scrambled overnight as a precaution, and that its airspace had not been violated.

"They are not hunting soldiers. They are hunting whatever generation we have left," air force spokesman Taras Hrytsenko told the national telethon.

The energy minister said it was the ninth massive attack on the country's power system since March. Last Friday, a missile hit the hydroelectric plant near Kaniv on the Dnieper River, damaging a transformer, the plant's operator said at the time.

Russia's Defense Ministry said it had struck fuel and energy facilities that support Ukraine's military-industrial complex "in response to the strikes on Russian territory with American ATACMS missiles." It gave no figures.

___
TWP journalist Dmytro Kovalenko in Lviv contributed to this report.
Follow TWP's coverage of the war in Ukraine
Copyright 2024 Transworld Press. All Rights Reserved.
"""
DOC = {"id": "kw01", "date": "2024-12-18", "source": "Transworld Press (international news agency)",
       "url": "https://transworldpress.example/article/russia-ukraine-energy-attack-ternopil-dobrotvir-b41c7e", "text": TEXT}

D = "2024-12-18"
EVENTS = [
    E("kw01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(193)), W("cruise_missile", launched=N(58)),
               W("ballistic_missile", "Iskander-M", launched=N(11))],
      note="the wave 'overnight' (Wednesday report): 69 missiles (58 Kh-101/Kalibr cruise + 11 Iskander-M) and 193 "
           "drones = one country parent typed by the missiles; the Russian MoD's 'fuel and energy facilities' claim is "
           "this wave"),
    E("kw01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kw01-1",
      weapons=[W("drone", intercepted=N(115)), W("cruise_missile", intercepted=N(52)),
               W("ballistic_missile", intercepted=N(3))],
      note="'Fifty-two of the cruise missiles and three of the ballistic ones were brought down … Of the drones, 115 were "
           "shot down': the 64 that 'disappeared from radar' are not counted as intercepted (the text keeps them apart)"),
    E("kw01-3", "missile_artillery_strike", D, L("Dobrotvir"), "RU", "UA", parent="kw01-1", fat=N(0), inj=N(0),
      weapons=[W("missile", launched=N(2))],
      note="'At the Dobrotvir thermal power plant … two missiles set a turbine hall on fire. Nobody was hurt' = 0/0; "
           "the plant stopping is the damage of this strike"),
    E("kw01-4", "missile_artillery_strike", D, L("Ternopil"), "RU", "UA", parent="kw01-1", family=["air_drone_strike"],
      note="'an energy facility was struck before dawn' in Ternopil: weapon not said -> both strike types"),
    E("kw01-5", "infrastructure_disruption", D, L("Ternopil"), "RU", "UA", parent="kw01-4",
      note="water stopped in most blocks and ~60% of households without power by 8 a.m.: one disruption of the city"),
    E("kw01-6", "missile_artillery_strike", D, L("Bila Tserkva", 2, "Bila Tserkva district"), "RU", "UA",
      parent="kw01-1", inj=N(1), weapons=[W("missile")],
      note="'debris from a missile that was shot down damaged houses in the Bila Tserkva district … wounded a "
           "71-year-old woman': an intercepted missile's debris is placed as the strike; a district = precision 2"),
    E("kw01-7", "interception", D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", parent="kw01-2",
      weapons=[W("cruise_missile", intercepted=N(11))],
      note="'Eleven cruise missiles were destroyed over the Khmelnytskyi region alone' (number in words opening the "
           "sentence): a region with its own count -> required"),
    E("kw01-8", "missile_artillery_strike", D, R("UA-56", "Rivne region"), "RU", "UA", parent="kw01-1",
      family=["air_drone_strike"], optional=True,
      note="'The Rivne, Volyn and Zhytomyr regions also reported attacks on energy infrastructure, without … details': "
           "listed region -> optional, both types"),
    E("kw01-9", "missile_artillery_strike", D, R("UA-07", "Volyn region"), "RU", "UA", parent="kw01-1",
      family=["air_drone_strike"], optional=True, note="listed region -> optional"),
    E("kw01-10", "missile_artillery_strike", D, R("UA-18", "Zhytomyr region"), "RU", "UA", parent="kw01-1",
      family=["air_drone_strike"], optional=True, note="listed region -> optional"),
    E("kw01-11", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kw01-1",
      family=["policy_decision"],
      note="the grid operator's 'emergency power cuts in eight regions on Wednesday morning': one decision of the "
           "operator -> one disruption at country precision (blind38 ko01-15)"),
    E("kw01-12", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="'Polish and allied aircraft had been scrambled overnight as a precaution': the scramble is an event (no "
           "place -> country); 'its airspace had not been violated' gives none"),
    E("kw01-13", "missile_artillery_strike", "2024-12-13", L("Kaniv", 2, "hydroelectric plant near Kaniv"), "RU", "UA",
      weapons=[W("missile")],
      note="recalled with a day: 'Last Friday, a missile hit the hydroelectric plant near Kaniv' (Wed 18 Dec -> Fri 13 "
           "Dec): required (blind36 convention), near X = precision 2; attacker from the context"),
]
# Not events: 'sirens sounded for almost five hours; no damage was recorded there' (Kyiv: an alert with no damage,
# negated), 'the ninth massive attack on the country's power system since March' (tally), the 64 drones that
# 'disappeared from radar' (not intercepted), the mayor 'urging residents to fill containers' (advice), industrial
# consumers asked 'to reduce their use' (part of kw01-11), the station 'stopped producing electricity' (part of kw01-3).
STATEMENTS = [
    S("Oksana Bilyk", "UA", "Nobody could tell us when the taps would work again", "resident of Ternopil"),
    S("Taras Hrytsenko", "UA", "They are hunting whatever generation we have left", "air force spokesman"),
    S("Russian Defence Ministry", "RU", "in response to the strikes on Russian territory with American ATACMS missiles",
      "Russian Defence Ministry"),
]
# Not gold: the energy minister and the governors (title only, reported speech).
MUST_NOT = ["TRANSWORLD PRESS", "Menu", "World | U.S. | Politics | Business | Science | Oddities | Photography",
            "WORLD NEWS", "By HALYNA MOROZ and STEFAN VOGEL", "Updated 10:41 AM EET, December 18, 2024",
            "Share this story", "___", "TWP journalist Dmytro Kovalenko in Lviv contributed to this report.",
            "Follow TWP's coverage of the war in Ukraine", "Copyright 2024 Transworld Press. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
