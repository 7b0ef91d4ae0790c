from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, with_evidence

TITLE = "Guided bombs on Zaporizhzhia: four killed, 27 injured; the enemy struck the region 634 times over the past day"
TEXT = """ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION
Official web portal
UA | EN
Home | News | Administration | Documents | Citizens' appeals | Contacts
Home / News / Security situation
14.10.2025 | 12:05
Guided bombs on Zaporizhzhia: four killed, 27 injured; the enemy struck the region 634 times over the past day
Here is what the enemy's attacks caused over the last twenty-four hours, according to the head of the Zaporizhzhia Regional Military Administration.

Yesterday, at around 18:40, the occupiers dropped four guided aerial bombs on Zaporizhzhia. The bombs hit the territory of an industrial enterprise and a residential neighbourhood in the Oleksandrivskyi district. Two private houses were destroyed, and the facades of a school and of 14 apartment blocks were damaged.

One person was initially reported killed and nine injured. Rescuers of the State Emergency Service worked at the site through the night; at 06:20 they recovered the body of a woman from the rubble of a house, and at 09:10 the body of her husband.

As of 11:40, four people are known to have been killed and 27 injured, among them three children. Nineteen of the injured remain in hospital.

"We took in the first nine wounded within forty minutes. By morning we had operated on eleven people, two of them children," said Viktor Pylypenko, director of the city emergency hospital.

Because of the damage to the power grid, 3,100 subscribers of the Oleksandrivskyi district remain without electricity. Power engineers have already reconnected 1,900 households.

Over the past day, the enemy carried out 634 strikes on 18 settlements of the region:
– 9 air strikes with guided bombs on Zaporizhzhia, Huliaipole, Stepnohirsk and Prymorske;
– 412 drones of various modifications attacked Orikhiv, Mala Tokmachka, Stepnohirsk, Kushuhum and other settlements;
– 5 MLRS attacks hit Mala Tokmachka and Huliaipole;
– 208 artillery strikes on the territory of Huliaipole, Orikhiv, Prymorske, Kushuhum and other settlements.

Consequences by settlement:
• Huliaipole — at noon on Monday, a guided bomb hit the town centre. A 57-year-old man was killed.
• Stepnohirsk — a 34-year-old man was injured in an FPV drone attack.
• Orikhiv — this morning, two women were injured by artillery fire.
• Mala Tokmachka — drones damaged three private houses. No casualties.
• Kushuhum — as a result of shelling, a power line was damaged; 640 families are without electricity.
• Prymorske (Zaporizhzhia district) — a guided bomb damaged the premises of an agricultural enterprise. No one was hurt.
• Vilniansk hromada — an FPV drone hit a tractor in a field; the driver was injured.

Air defence forces shot down 16 enemy UAVs over the region over the past day.

Today, from 16:00 to 22:00, outage schedules for household consumers apply throughout the Zaporizhzhia region, the regional power company reported.

"The shock wave threw me against the wardrobe. I crawled out through the window, because the door would not open," said Nadiia Bondar, a resident of Oleksandrivskyi district whose house stands across the street from one of the destroyed ones.

Since the start of October, 386 people, including 97 children, have been evacuated from the frontline hromadas of the region. Shelters in the Oleksandrivskyi district are open around the clock, and psychologists are working with the families of the victims.

Wednesday, 15 October, will be a day of mourning in Zaporizhzhia, the city council decided.
Press service of the Zaporizhzhia Regional Military Administration
Print version
Share: Facebook | Telegram | X
Hotline of the Regional Military Administration: 0 800 50 14 14
© 2025 Zaporizhzhia Regional Military Administration. When using materials, a reference to the site is mandatory
"""
DOC = {"id": "lh07", "date": "2025-10-14", "source": "Zaporizhzhia Regional Military Administration (official portal, news page)",
       "url": "https://zoda.example/en/news/2025/10/14/guided-bombs-zaporizhzhia-634-strikes", "text": TEXT}

D, MON = "2025-10-14", "2025-10-13"
PAST = dict(end=D, prec="range")
T1 = "lh07-1"
RMA = "head of the Zaporizhzhia Regional Military Administration"
EVENTS = [
    E(T1, MAS, MON, R("UA-23", "Zaporizhzhia region"), "RU", "UA", agg=True, family=[ADS], claimant=RMA,
      weapons=[W("guided_bomb", launched=N(9)), W("drone", launched=N(412)), W("mlrs", launched=N(5)),
               W("artillery", launched=N(208))],
      note="'Over the past day, the enemy carried out 634 strikes on 18 settlements of the region' with the dash list "
           "(9 guided-bomb strikes, 412 drones, 5 MLRS, 208 artillery): a past-day regional tally, range 13–14 Oct, "
           "aggregate parent of the lines; mixed weapons -> missile_artillery_strike with the air type accepted "
           "(blind49 kz07-3)", **PAST),
    E("lh07-2", ADS, MON, L("Zaporizhzhia"), "RU", "UA", parent=T1, fat=N(4), inj=N(27),
      weapons=[W("guided_bomb", launched=N(4))], claimant=RMA,
      note="'Yesterday, at around 18:40, the occupiers dropped four guided aerial bombs on Zaporizhzhia' (13 Oct; "
           "Oleksandrivskyi district = the city); the toll rises: 'initially … killed and nine injured', two bodies "
           "recovered at 06:20 and 09:10, 'As of 11:40, four … killed and 27 injured' -> the latest 4 k 27 w (the 19 in "
           "hospital are inside the 27); four bombs = launched 4"),
    E("lh07-3", DIS, MON, L("Zaporizhzhia"), "RU", "UA", parent="lh07-2",
      note="'Because of the damage to the power grid, 3,100 subscribers of the Oleksandrivskyi district remain without "
           "electricity' (1,900 reconnected: still an outage); dated with the bombing"),
    E("lh07-4", ADS, MON, L("Huliaipole"), "RU", "UA", parent=T1, fat=N(1), weapons=[W("guided_bomb")],
      note="'Huliaipole — at noon on Monday, a guided bomb hit the town centre. A 57-year-old man was killed': the line's "
           "own day (13 Oct)"),
    E("lh07-5", ADS, MON, L("Stepnohirsk"), "RU", "UA", parent=T1, inj=N(1), weapons=[W("drone")],
      note="'Stepnohirsk — a 34-year-old man was injured in an FPV drone attack': no time -> the past-day range",
      **PAST),
    E("lh07-6", MAS, D, L("Orikhiv"), "RU", "UA", parent=T1, inj=N(2), weapons=[W("artillery")],
      note="'Orikhiv — this morning, two women were injured by artillery fire' -> 14 Oct (publication day)"),
    E("lh07-7", ADS, MON, L("Mala Tokmachka"), "RU", "UA", parent=T1, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Mala Tokmachka — drones damaged three private houses. No casualties' -> 0/0, past-day range", **PAST),
    E("lh07-8", MAS, MON, L("Kushuhum"), "RU", "UA", parent=T1, weapons=[W("artillery")],
      note="'Kushuhum — as a result of shelling, a power line was damaged': shelling = missile_artillery_strike "
           "(artillery), casualties not given, past-day range", **PAST),
    E("lh07-9", DIS, MON, L("Kushuhum"), "RU", "UA", parent="lh07-8",
      note="'640 families are without electricity'", **PAST),
    E("lh07-10", ADS, MON, L("Prymorske"), "RU", "UA", parent=T1, fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="'Prymorske (Zaporizhzhia district) — a guided bomb damaged the premises of an agricultural enterprise. No one "
           "was hurt': the bracket settles the homonym (Prymorske 696278 near Stepnohirsk, not the Odesa or Kherson "
           "villages); past-day range", **PAST),
    E("lh07-11", ADS, MON, H("Vilniansk", "Vilniansk hromada"), "RU", "UA", parent=T1, inj=N(1), weapons=[W("drone")],
      note="'Vilniansk hromada — an FPV drone hit a tractor in a field; the driver was injured': a hromada = "
           "precision 2, past-day range", **PAST),
    E("lh07-12", INT, MON, R("UA-23", "Zaporizhzhia region"), "UA", "RU", weapons=[W("drone", intercepted=N(16))],
      note="'Air defence forces shot down 16 enemy UAVs over the region over the past day': a region with its own count "
           "-> required, past-day range", **PAST),
    E("lh07-13", DIS, D, R("UA-23", "Zaporizhzhia region"), None, None,
      note="'Today, from 16:00 to 22:00, outage schedules for household consumers apply throughout the Zaporizhzhia "
           "region': region-wide schedules of the day, sides null (blind53 ld13)"),
]
# Not events: the initial 'One person … killed and nine injured' and the recoveries at 06:20 and 09:10 (stages of lh07-2),
# the facades and houses damaged (part of lh07-2), the hospital's surgeries (treatment), the 1,900 reconnected households
# (part of lh07-3), the settlements named only in the dash list without an incident of their own, 'Since the start of
# October, 386 people … have been evacuated' (cumulative, evacuation is no taxonomy event), shelters 'open around the
# clock' and psychologists (services), the day of mourning on Wednesday (future, no war event). The head of the RMA is
# title only. The press-service signature, print/share rows and the hotline are furniture.
STATEMENTS = [
    S("Viktor Pylypenko", "UA", "By morning we had operated on eleven people", "director, Zaporizhzhia city emergency hospital"),
    S("Nadiia Bondar", "UA", "I crawled out through the window, because the door would not open",
      "resident, Oleksandrivskyi district"),
]
MUST_NOT = ["ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION", "Official web portal", "UA | EN",
            "Home | News | Administration | Documents | Citizens' appeals | Contacts", "Home / News / Security situation",
            "14.10.2025 | 12:05", "Press service of the Zaporizhzhia Regional Military Administration", "Print version",
            "Share: Facebook | Telegram | X", "Hotline of the Regional Military Administration: 0 800 50 14 14",
            "© 2025 Zaporizhzhia Regional Military Administration. When using materials, a reference to the site is mandatory"]

EVIDENCE = {
    'lh07-1': "Over the past day, the enemy carried out 634 strikes on 18 settlements of the region:",
    'lh07-2': "Yesterday, at around 18:40, the occupiers dropped four guided aerial bombs on Zaporizhzhia.",
    'lh07-3': "Because of the damage to the power grid, 3,100 subscribers of the Oleksandrivskyi district remain without electricity.",
    'lh07-4': "Huliaipole — at noon on Monday, a guided bomb hit the town centre. A 57-year-old man was killed.",
    'lh07-5': "Stepnohirsk — a 34-year-old man was injured in an FPV drone attack.",
    'lh07-6': "Orikhiv — this morning, two women were injured by artillery fire.",
    'lh07-7': "Mala Tokmachka — drones damaged three private houses. No casualties.",
    'lh07-8': "Kushuhum — as a result of shelling, a power line was damaged",
    'lh07-9': "640 families are without electricity.",
    'lh07-10': "Prymorske (Zaporizhzhia district) — a guided bomb damaged the premises of an agricultural enterprise. No one was hurt.",
    'lh07-11': "Vilniansk hromada — an FPV drone hit a tractor in a field; the driver was injured.",
    'lh07-12': "Air defence forces shot down 16 enemy UAVs over the region over the past day.",
    'lh07-13': "Today, from 16:00 to 22:00, outage schedules for household consumers apply throughout the Zaporizhzhia region",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
