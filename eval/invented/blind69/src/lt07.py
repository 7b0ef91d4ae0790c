from common import E, L, R, C, N, W, S, H, gold, MAS, INT, DIS

TITLE = "The day Ukraine went dark: what is known about Wednesday's missile strike on the grid"
TEXT = """CHAS.UA
Ukrainian time. News without pause
УКР | ENG | RUS
News | War | Energy | Economy | Regions | Opinions
Main › War › Energy
The day Ukraine went dark: what is known about Wednesday's missile strike on the grid
24 November 2022, 08:40 | Author: Marta Pylypenko | Views: 48,112
For the first time since independence, all of Ukraine's nuclear power plants were disconnected from the grid at once. By the morning of 24 November, a part of the country had power again; Kyiv and Lviv were still largely dark.

At about two in the afternoon on Wednesday, Russia launched 67 cruise missiles and ten Shahed drones at Ukraine. Of these, 51 missiles and five drones were shot down, the Air Force command said in the evening.

The strike was aimed at power stations and substations across the country. By four o'clock, the grid operator reported that the nuclear plants had been switched off by automatic protection and that the majority of consumers in every region had lost electricity. "The system did exactly what it was built to do. It saved itself, and for that it had to switch all of you off," said Oleksandr Tymoshchuk, a dispatcher at the national grid operator.

In the capital, a missile struck a two-storey residential building in the Holosiivskyi district. Three people, among them a girl of 17, were killed and 14 were injured, according to the head of the city military administration. Kyiv's water supply stopped across the whole city when the pumping stations lost power; it was partly restored in the left-bank districts overnight.

North of the capital, in Vyshhorod, two people died when a missile hit a block of flats. Rescuers were still searching the rubble on Thursday morning. "We heard someone knocking for an hour, then it went quiet," said Ihor Zavhorodnii, a rescuer from the local fire station.

Lviv, hundreds of kilometres from the front, lost power completely for the first time in the war; trams stopped and the city's mayor said that the whole city was without electricity and water by evening.

The Wednesday afternoon attack was not the only one. Hours earlier, just after midnight, a missile hit the maternity ward of the hospital in Vilniansk, a small town near Zaporizhzhia, the regional governor said. A two-day-old baby was killed; his mother and a doctor were pulled from the rubble alive.

The blackout crossed the border. Moldova's government said that about half of that country, including Chisinau, had lost power on Wednesday evening after the strikes on Ukrainian lines automatically disconnected its grid.

On Thursday morning, the Russians shelled liberated Kherson. Four people were killed near a bus stop and a pharmacy, the head of the regional military administration said.

"Please, don't turn on everything at once when the light comes back," Kyiv resident Nataliia Osadcha wrote on her Facebook page, which was widely shared. "Charge the phones, boil the kettle, and that's it."

The grid operator said emergency outage schedules will be introduced in every region from Friday. Russia's defence ministry said its forces had carried out a "massive strike with high-precision long-range weapons" and that "all assigned targets were hit".
Read also: How to prepare your flat for a long blackout
Subscribe to Chas.ua on Telegram and Viber
© 2010-2022 Chas.ua. When using materials, a hyperlink to chas.ua is mandatory.
"""
DOC = {"id": "lt07", "date": "2022-11-24", "source": "Chas.ua (Ukrainian national news site)",
       "url": "https://chas-ua.example/war/energy/2022/11/24/den-koly-ukraina-zgasla", "text": TEXT}

D, WED = "2022-11-24", "2022-11-23"
W1 = "lt07-1"
EVENTS = [
    E(W1, MAS, WED, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", launched=N(67)), W("drone", "Shahed-136", launched=N(10))],
      evidence="At about two in the afternoon on Wednesday, Russia launched 67 cruise missiles and ten Shahed drones at Ukraine.",
      note="the nationwide wave on Wednesday 23 Nov (a Thursday page), typed by the missiles; the MoD's 'massive strike' "
           "is its version of the same wave"),
    E("lt07-2", INT, WED, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", intercepted=N(51)), W("drone", "Shahed-136", intercepted=N(5))],
      evidence="Of these, 51 missiles and five drones were shot down, the Air Force command said in the evening.",
      note="interception of the wave at country precision, parent = the wave"),
    E("lt07-3", DIS, WED, C("UA", "Ukraine"), "RU", "UA", parent=W1, claimant="national grid operator",
      evidence="the nuclear plants had been switched off by automatic protection and that the majority of consumers in every region had lost electricity",
      note="a nationwide blackout caused by the wave -> disruption at country level, child of the wave; the lead's 'all "
           "… nuclear power plants were disconnected' repeats it"),
    E("lt07-4", MAS, WED, L("Kyiv"), "RU", "UA", parent=W1, fat=N(3), inj=N(14), weapons=[W("missile")],
      claimant="head of the Kyiv city military administration",
      evidence="In the capital, a missile struck a two-storey residential building in the Holosiivskyi district.",
      note="the Holosiivskyi district = the city (UA-30); 3 k (the girl among them) 14 w"),
    E("lt07-5", DIS, WED, L("Kyiv"), "RU", "UA", parent=W1,
      evidence="Kyiv's water supply stopped across the whole city when the pumping stations lost power",
      note="the capital's water cut by the wave -> disruption; partly restored overnight is still the outage"),
    E("lt07-6", MAS, WED, L("Vyshhorod"), "RU", "UA", parent=W1, fat=N(2), weapons=[W("missile")],
      evidence="North of the capital, in Vyshhorod, two people died when a missile hit a block of flats.",
      note="Vyshhorod (Kyiv oblast UA-32), 2 k; 'still searching the rubble on Thursday' is rescue work"),
    E("lt07-7", DIS, WED, L("Lviv"), "RU", "UA", parent=W1, claimant="mayor of Lviv",
      evidence="the city's mayor said that the whole city was without electricity and water by evening",
      note="Lviv without electricity and water after the wave -> disruption, child; no strike on Lviv itself is told"),
    E("lt07-8", MAS, WED, L("Vilniansk"), "RU", "UA", fat=N(1), weapons=[W("missile")], claimant="Zaporizhzhia governor",
      evidence="Hours earlier, just after midnight, a missile hit the maternity ward of the hospital in Vilniansk",
      note="'Hours earlier, just after midnight' before the Wednesday afternoon attack -> 23 Nov, not part of the wave "
           "(no parent); 1 k; the mother and the doctor 'pulled … alive' give no injured count"),
    E("lt07-9", DIS, WED, C("MD", "Moldova"), "RU", "MD", claimant="Moldovan government",
      evidence="about half of that country, including Chisinau, had lost power on Wednesday evening after the strikes on Ukrainian lines automatically disconnected its grid",
      note="a blackout in Moldova caused by the strikes -> disruption at country level (half the country; Chisinau is an "
           "example), no parent (another country's grid); actor1 RU as the cause, actor2 MD"),
    E("lt07-10", MAS, D, L("Kherson"), "RU", "UA", fat=N(4), weapons=[W("artillery")],
      claimant="head of the Kherson regional military administration",
      evidence="On Thursday morning, the Russians shelled liberated Kherson.",
      note="'On Thursday morning' = the publication day, 24 Nov; shelled -> artillery; 4 k"),
]
# Not events: 'For the first time since independence' (comparison), power back in part of the country by morning
# (restoration), 'the first time in the war' for Lviv (comparison), trams stopping (part of lt07-7), the rescuers'
# search (rescue work), outage schedules 'from Friday' (future), the MoD's claim (the same wave), Osadcha's advice.
# Not gold statements: the MoD's "massive strike …" and "all assigned targets were hit" (title-only source,
# fragments). Masthead, tagline, language row, menu, breadcrumb, date/author/views line, 'Read also', subscribe line and
# © line are furniture; the standfirst ('For the first time since independence …') stays as text.
STATEMENTS = [
    S("Oleksandr Tymoshchuk", "UA", "It saved itself, and for that it had to switch all of you off",
      "dispatcher, national grid operator"),
    S("Ihor Zavhorodnii", "UA", "We heard someone knocking for an hour, then it went quiet", "rescuer, Vyshhorod"),
    S("Nataliia Osadcha", "UA", "Charge the phones, boil the kettle, and that's it", "resident, Kyiv"),
]
MUST_NOT = ["CHAS.UA", "Ukrainian time. News without pause", "УКР | ENG | RUS",
            "News | War | Energy | Economy | Regions | Opinions", "Main › War › Energy",
            "24 November 2022, 08:40 | Author: Marta Pylypenko | Views: 48,112",
            "Read also: How to prepare your flat for a long blackout", "Subscribe to Chas.ua on Telegram and Viber",
            "© 2010-2022 Chas.ua. When using materials, a hyperlink to chas.ua is mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
