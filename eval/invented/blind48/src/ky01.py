from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Daily incident log: 10–11 July 2024"
TEXT = """RUBIZH CIVIC MONITOR
Log · Map · Method · Archive · Support the monitor
Daily log No. 873 · compiled 11.07.2024, 08:40 Kyiv time · 6 min read
Daily incident log: 10–11 July 2024
Reporting window: from 08:00 on Wednesday, 10 July, to 08:00 on Thursday, 11 July (Kyiv time). Lines run from north to south. Each gives the settlement, its oblast and what the local authorities or the monitor's own correspondents reported. Where a raion is added in brackets, it tells the settlement apart from others of the same name.

NATIONWIDE
Ukraine: Russia sent 27 Shahed-type attack drones against the country during the night, according to the Air Force's morning report; 24 of them were brought down over eight oblasts.

CHERNIHIV AND SUMY
Semenivka (Novhorod-Siverskyi raion), Chernihiv oblast: tube artillery fired at the southern streets of the town in the afternoon; a barn burned down, nobody was hurt.
Vorozhba, Sumy oblast: shortly after 19:00 a Lancet loitering munition hit a shunting locomotive at the station, wounding the driver's assistant.
Sumy, Sumy oblast: two of the night's Shaheds were shot down over the city after midnight. Falling fragments broke the windows of a student dormitory; no one was injured.

KHARKIV
Zolochiv (Bohodukhiv raion), Kharkiv oblast: at about 15:30 a guided aerial bomb landed on the grounds of a grain elevator, and two workers were injured.
Kharkiv, Kharkiv oblast: at 05:12 a missile, identified by the regional prosecutor's office as an S-300, struck the Slobidskyi district. Three people were wounded, one of them a girl of fourteen.

DONETSK
Mykolaivka (Kramatorsk raion), Donetsk oblast: two KAB-250 bombs fell on a residential quarter at 11:40. A woman was killed and four residents were wounded.

DNIPROPETROVSK
Marhanets, Dnipropetrovsk oblast: heavy artillery brought down a power line, and some 2,100 households were left without electricity.

ZAPORIZHZHIA
Zaporihzzhia, Zaporizhzhia oblast: a missile hit an industrial site at 23:10 on Wednesday. Three employees were taken to hospital.

KHERSON
Kherson, Kherson oblast: in the Dniprovskyi district a drone dropped a munition on a man riding a bicycle. He was 45 and died of his wounds in hospital.

ODESA AND POLTAVA
Odesa, Odesa oblast: five drones were destroyed over the oblast overnight. Debris fell on the roof of a warehouse in the Peresypskyi district; there were no injuries.
Poltava, Poltava oblast: the night alert lasted two hours and forty minutes. The explosions heard in the city, the regional administration said, were air defence at work; no damage was found.
Lviv, Volyn and Rivne oblasts: no incidents recorded.

TOTALS
Across the window the monitor counted two people killed and 13 injured in five oblasts. Every line above is confirmed by a named authority.

"We write down what a named authority or one of our own people on the ground has confirmed, and nothing else," said Nataliia Ostapchuk, the monitor's coordinator. "A rumour of a strike is not a strike."
This log is free to republish with attribution. Corrections: corrections@rubizh-monitor.example
Get the log in your inbox every morning → Sign up
◀ Log No. 872 | Log No. 874 ▶
Rubizh Civic Monitor is an independent project registered in Dnipro. Licence CC BY 4.0.
"""
DOC = {"id": "ky01", "date": "2024-07-11", "source": "Rubizh Civic Monitor (civic monitoring project, daily log)",
       "url": "https://rubizh-monitor.example/log/873", "text": TEXT}

D, Y = "2024-07-11", "2024-07-10"
A = dict(prec="range", end=D)  # a line with no hour: the log's window (08:00 Wed to 08:00 Thu)
WAVE, INTC = "ky01-1", "ky01-2"
EVENTS = [
    E(WAVE, ADS, D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(27))],
      note="'Russia sent 27 Shahed-type attack drones … during the night' in a morning log = 11 Jul; the night's "
           "drone wave at country level (drones only -> air_drone_strike)"),
    E(INTC, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, weapons=[W("drone", intercepted=N(24))],
      note="'24 of them were brought down over eight oblasts': the country interception (the eight oblasts unnamed)"),
    E("ky01-3", MAS, Y, L("Semenivka", name="Semenivka (Novhorod-Siverskyi raion)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      note="tube artillery 'in the afternoon' of the window = Wed 10 Jul; 'fired at the southern streets of the town' "
           "= the town itself; the raion makes it the Chernihiv-oblast Semenivka 694590, not the Poltava-oblast town; "
           "'nobody was hurt' = 0/0"),
    E("ky01-4", ADS, Y, L("Vorozhba"), "RU", "UA", inj=N(1), weapons=[W("drone", "Lancet")],
      note="'shortly after 19:00' within the window = 10 Jul; Lancet loitering munition on a locomotive at the "
           "station; the driver's assistant wounded"),
    E("ky01-5", INT, D, L("Sumy"), "UA", "RU", parent=INTC, weapons=[W("drone", intercepted=N(2))],
      note="'two of the night's Shaheds were shot down over the city after midnight' = 11 Jul: a city with a count "
           "of its own (required)"),
    E("ky01-6", ADS, D, L("Sumy"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="falling fragments broke dormitory windows, 'no one was injured' = 0/0: debris that damages something is a "
           "strike child of the wave"),
    E("ky01-7", ADS, Y, L("Zolochiv", name="Zolochiv (Bohodukhiv raion)"), "RU", "UA", inj=N(2),
      weapons=[W("guided_bomb")],
      note="'at about 15:30' = 10 Jul; guided aerial bomb on a grain elevator, 2 injured; Bohodukhiv raion = the "
           "Kharkiv-oblast Zolochiv 686895, not the Lviv-oblast town"),
    E("ky01-8", MAS, D, L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("missile", "S-300")],
      note="'at 05:12' before the 08:00 end of the window = 11 Jul; an S-300 on a ground target is a "
           "missile_artillery_strike (ANNOTATION rule 4); Slobidskyi district = the city; 3 wounded"),
    E("ky01-9", ADS, Y, L("Mykolaivka", name="Mykolaivka (Kramatorsk raion)"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("guided_bomb", "KAB-250", launched=N(2))],
      note="'two KAB-250 bombs … at 11:40' = 10 Jul; 1 killed 4 wounded; the raion makes it the Donetsk-oblast "
           "Mykolaivka 700119 (near Sloviansk), not the Luhansk-oblast or Odesa-oblast villages"),
    E("ky01-10", MAS, Y, L("Marhanets"), "RU", "UA", weapons=[W("artillery")], **A,
      note="heavy artillery brought down a power line: a strike, casualties not stated -> absent; no hour -> range"),
    E("ky01-11", DIS, Y, L("Marhanets"), "RU", "UA", parent="ky01-10", **A,
      note="'some 2,100 households were left without electricity' after the artillery hit the line"),
    E("ky01-12", MAS, Y, L("Zaporizhzhia", name="Zaporizhzhia (typo 'Zaporihzzhia')"), "RU", "UA", inj=N(3),
      weapons=[W("missile")],
      note="typo 'Zaporihzzhia' for the oblast centre; 'at 23:10 on Wednesday' = 10 Jul; 'Three employees were taken "
           "to hospital' = 3 injured (hospitalised counts as injured)"),
    E("ky01-13", ADS, Y, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("drone")], **A,
      note="drone-dropped munition on a cyclist in the Dniprovskyi district (= the city); he 'died of his wounds in "
           "hospital' = 1 killed; no hour -> range"),
    E("ky01-14", INT, D, R("UA-51", "Odesa oblast"), "UA", "RU", parent=INTC, weapons=[W("drone", intercepted=N(5))],
      note="'five drones were destroyed over the oblast overnight' = 11 Jul: a region with a count (required)"),
    E("ky01-15", ADS, D, L("Odesa"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris on a warehouse roof in the Peresypskyi district (= the city), 'no injuries' = 0/0"),
    E("ky01-16", INT, D, L("Poltava"), "UA", "RU", optional=True,
      note="'the explosions heard in the city … were air defence at work' during the night alert: an interception "
           "without a count or a target named -> optional"),
    E("ky01-17", MAS, Y, C("UA", "Ukraine"), "RU", "UA", optional=True, agg=True, fat=N(2), inj=N(13),
      family=[ADS], **A,
      note="the log's totals, 'two people killed and 13 injured in five oblasts': the sum of the lines above, a "
           "country-wide window aggregate -> optional"),
]
# Not events: the alert itself in Poltava (only the air-defence work is listed, optional); 'Lviv, Volyn and Rivne
# oblasts: no incidents recorded' (negation); the eight oblasts of the interception (unnamed); 'A rumour of a strike is
# not a strike' and the coordinator's method (statement).
# Check of the totals: killed Mykolaivka 1, Kherson 1 = 2; injured Vorozhba 1, Zolochiv 2, Kharkiv 3, Mykolaivka 4,
# Zaporizhzhia 3 = 13; five oblasts (Sumy, Kharkiv, Donetsk, Zaporizhzhia, Kherson).
STATEMENTS = [
    S("Nataliia Ostapchuk", None, "We write down what a named authority or one of our own people on the ground has "
      "confirmed", "coordinator of the Rubizh Civic Monitor"),
]
MUST_NOT = ["RUBIZH CIVIC MONITOR", "Log · Map · Method · Archive · Support the monitor",
            "Daily log No. 873 · compiled 11.07.2024, 08:40 Kyiv time · 6 min read",
            "This log is free to republish with attribution. Corrections: corrections@rubizh-monitor.example",
            "Get the log in your inbox every morning → Sign up", "◀ Log No. 872 | Log No. 874 ▶",
            "Rubizh Civic Monitor is an independent project registered in Dnipro. Licence CC BY 4.0."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
