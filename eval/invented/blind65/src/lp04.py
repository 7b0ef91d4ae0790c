from common import E, L, R, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Past day in Kherson region: 412 shells, two people killed, nine wounded"
TEXT = """KHERSON REGIONAL MILITARY ADMINISTRATION
Official website
Ukrainian | English
About | News | Regional programmes | Reconstruction | Appeals
News › Operational information
Past day in Kherson region: 412 shells, two people killed, nine wounded
29 August 2024, 08:40
Over the past day, the enemy carried out 84 attacks, firing 412 shells from artillery, mortars, MLRS, tanks, drones and aircraft. Kherson was shelled 26 times.

Residential areas of Bilozerka, Stanislav, Darivka, Antonivka, Chornobaivka, Beryslav, Tiahynka, Lvove and Mylove, as well as the city of Kherson, came under fire.

The Russian military hit 7 high-rise buildings and 16 private houses. A gas pipeline, an outbuilding of a hospital and private cars were also damaged.

As a result of Russian aggression, 2 people were killed and 9 were injured.

In detail:
— At 07:40 on Wednesday, the Russians attacked Stanislav with a drone. A 56-year-old man was wounded in the legs and taken to hospital.
— Around 11:00, a 62-year-old woman was killed by artillery fire in Bilozerka, next to her own gate.
— In the afternoon, a drone dropped explosives on an ambulance in Darivka. The paramedic and the driver suffered blast injuries and concussion.
— At 19:20, a Russian MLRS hit the Korabelnyi district of Kherson. A man of 71 died of his wounds at the scene.
— A cyclist was injured by an FPV drone in Antonivka.
— Last night, at 03:15, the enemy dropped a guided aerial bomb on Beryslav. Five residents, among them a 16-year-old girl, were injured.
— Shelling damaged an overhead power line in Chornobaivka; about 2,100 consumers there were left without electricity. Power engineers have already restored supply to half of them.

"The girl is in a stable condition. Two of the men from Beryslav will need surgery today," said Olha Marchuk, director of the regional health department.

Over the past day, 14 people, among them 3 children, were evacuated from the dangerous areas of the region.
Share: Facebook  Telegram  Viber
Stay in shelters during air raid alerts. Air raid alert map: alerts.example
© 2024 Kherson Regional Military Administration
"""
DOC = {"id": "lp04", "date": "2024-08-29", "source": "Kherson Regional Military Administration (official website, English version)",
       "url": "https://khoda.example/en/news/operational/2024-08-29-past-day", "text": TEXT}

D, Y = "2024-08-29", "2024-08-28"
PAST = dict(prec="range", end=D)
OVA = "Kherson Regional Military Administration"
T = "lp04-1"
EVENTS = [
    E(T, MAS, Y, R("UA-65", "Kherson region"), "RU", "UA", agg=True, fat=N(2), inj=N(9), family=[ADS],
      weapons=[W("mixed", launched=N(412))], claimant=OVA,
      evidence="Over the past day, the enemy carried out 84 attacks, firing 412 shells from artillery, mortars, MLRS, tanks, drones and aircraft.",
      note="past-day summary -> aggregate range 28–29 August, parent of the detailed lines; '412 shells from "
           "artillery, mortars, MLRS, tanks, drones and aircraft' is one count over mixed means -> one 'mixed' entry "
           "launched 412 (84 attacks and 26 times are not munitions); 2 killed, 9 injured ('As a result of Russian "
           "aggression'). Check: killed Bilozerka + Kherson; injured Stanislav 1 + Darivka 2 + Antonivka 1 + Beryslav 5", **PAST),
    E("lp04-2", ADS, Y, L("Stanislav"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone")], claimant=OVA,
      evidence="At 07:40 on Wednesday, the Russians attacked Stanislav with a drone. A 56-year-old man was wounded in the legs and taken to hospital.",
      note="'At 07:40 on Wednesday' -> 28 August; Stanislav 692944 (Kherson district, not Ivano-Frankivsk's old name)"),
    E("lp04-3", MAS, Y, L("Bilozerka"), "RU", "UA", parent=T, fat=N(1), weapons=[W("artillery")], claimant=OVA,
      evidence="Around 11:00, a 62-year-old woman was killed by artillery fire in Bilozerka, next to her own gate.",
      note="'Around 11:00' continues the Wednesday list (the 07:40 line names the day; the night line says 'Last "
           "night') -> 28 August"),
    E("lp04-4", ADS, Y, L("Darivka"), "RU", "UA", parent=T, inj=N(2), weapons=[W("drone")], claimant=OVA,
      evidence="In the afternoon, a drone dropped explosives on an ambulance in Darivka. The paramedic and the driver suffered blast injuries and concussion.",
      note="'In the afternoon' between the Wednesday 11:00 and 19:20 lines -> 28 August; people listed are counted: "
           "the paramedic and the driver = 2 injured"),
    E("lp04-5", MAS, Y, L("Kherson"), "RU", "UA", parent=T, fat=N(1), weapons=[W("mlrs")], claimant=OVA,
      evidence="At 19:20, a Russian MLRS hit the Korabelnyi district of Kherson. A man of 71 died of his wounds at the scene.",
      note="Korabelnyi district = the city; 19:20 on Wednesday -> 28 August; 1 killed"),
    E("lp04-6", ADS, Y, L("Antonivka"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone", "FPV")], claimant=OVA,
      evidence="A cyclist was injured by an FPV drone in Antonivka.",
      note="no time -> the past-day range; Antonivka 713304 (the Kherson suburb, not the left-bank village 704428)",
      **PAST),
    E("lp04-7", ADS, D, L("Beryslav"), "RU", "UA", parent=T, inj=N(5), weapons=[W("guided_bomb", launched=N(1))],
      claimant=OVA,
      evidence="Last night, at 03:15, the enemy dropped a guided aerial bomb on Beryslav. Five residents, among them a 16-year-old girl, were injured.",
      note="'Last night, at 03:15' in a Thursday 08:40 post -> 29 August; one guided bomb; 5 injured"),
    E("lp04-8", MAS, Y, L("Chornobaivka"), "RU", "UA", parent=T, family=[ADS], claimant=OVA,
      evidence="Shelling damaged an overhead power line in Chornobaivka",
      note="'Shelling' without a weapon named: missile_artillery_strike, the air type accepted (the summaries "
           "call drone attacks 'shelling' too), no weapon entry; no time -> range; casualties not "
           "stated", **PAST),
    E("lp04-9", DIS, Y, L("Chornobaivka"), "RU", "UA", parent="lp04-8", claimant=OVA,
      evidence="about 2,100 consumers there were left without electricity",
      note="the outage caused by the damaged line; half restored is still an outage (blind50 la06-12)", **PAST),
    E("lp04-10", MAS, Y, L("Tiahynka"), "RU", "UA", parent=T, family=[ADS], optional=True, claimant=OVA,
      evidence="Residential areas of Bilozerka, Stanislav, Darivka, Antonivka, Chornobaivka, Beryslav, Tiahynka, Lvove and Mylove, as well as the city of Kherson, came under fire.",
      note="named only in the list of settlements that 'came under fire', no detail line -> optional", **PAST),
    E("lp04-11", MAS, Y, L("Lvove"), "RU", "UA", parent=T, family=[ADS], optional=True, claimant=OVA,
      evidence="Residential areas of Bilozerka, Stanislav, Darivka, Antonivka, Chornobaivka, Beryslav, Tiahynka, Lvove and Mylove, as well as the city of Kherson, came under fire.",
      note="listed only -> optional (Lvove 702545, Beryslav district)", **PAST),
    E("lp04-12", MAS, Y, L("Mylove"), "RU", "UA", parent=T, family=[ADS], optional=True, claimant=OVA,
      evidence="Residential areas of Bilozerka, Stanislav, Darivka, Antonivka, Chornobaivka, Beryslav, Tiahynka, Lvove and Mylove, as well as the city of Kherson, came under fire.",
      note="listed only -> optional (Mylove 700566, Beryslav district)", **PAST),
]
# Not events: 'Kherson was shelled 26 times' and the damage count (7 high-rise buildings, 16 houses, the gas pipeline,
# the hospital outbuilding: part of the tally), the restoration of half the consumers (part of lp04-9), the surgery
# 'today' (treatment), the 14 people evacuated (no taxonomy event). Site name, 'Official website', language row, menu,
# breadcrumb, date line, share row, the shelter/alert-map line and © are furniture; 'In detail:' stays as text.
STATEMENTS = [
    S("Olha Marchuk", "UA", "Two of the men from Beryslav will need surgery today", "director of the regional health department"),
]
MUST_NOT = ["KHERSON REGIONAL MILITARY ADMINISTRATION", "Official website", "Ukrainian | English",
            "About | News | Regional programmes | Reconstruction | Appeals", "News › Operational information",
            "29 August 2024, 08:40", "Share: Facebook  Telegram  Viber",
            "Stay in shelters during air raid alerts. Air raid alert map: alerts.example",
            "© 2024 Kherson Regional Military Administration"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
