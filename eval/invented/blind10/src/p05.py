from common import E, L, R, C, N, W, S, gold

TITLE = "Belgorod's March: a chronology of a month on the border"
TEXT = """POLOSA
independent news from the Russian borderlands · English edition
Polosa has been designated a "foreign agent" by the Russian Ministry of Justice. We are required to tell you this. We disagree.
Chronicle
Belgorod's March: a chronology of a month on the border
Text: Anna Vetrova · Editor: Pavel Shumov
2 April 2024, 10:15
Читать на русском

For the residents of Belgorod and the districts along the Ukrainian border, March was the hardest month since the full-scale war began. Shelling and drone attacks had become part of daily life in the region over the winter, but in March the fighting came to the border itself: armed groups of Russian volunteers fighting on Ukraine's side crossed into the region for the second time since May 2023, and schools in the city closed their doors. We have collected the main events of the month, based on the regional governor's Telegram channel, statements by the Russian Defence Ministry and our own reporting. Dates refer to the day of the event.

March 1, Friday
Two drones attacked Razumnoye, a large village on the southeastern edge of Belgorod. One hit the roof of a private house. A 62-year-old man was taken to hospital with shrapnel wounds, the governor said.

March 6, Wednesday
Shebekino was shelled several times in the morning from the Ukranian side of the border. Fourteen private houses and a kindergarten were damaged, according to the governor. No one was hurt. "We no longer go down to the cellar, we just sit in the corridor and wait," said Nina Sidorenko, 71, who has lived on the same street in Shebekino for forty years.

March 12, Tuesday
Shortly before dawn, armed groups of Russian citizens fighting for Ukraine, among them the self-styled Volga Legion, tried to cross the border near the village of Kozinka in the Grayvoron district and near Tyotkino in the neighbouring Kursk region, with the support of armoured vehicles. The Russian Defence Ministry said the attacks had been repelled. "All attempts by Ukrainian terrorist formations to break into Russian territory have been thwarted," the ministry said in a statement. The Volga Legion published a video it said showed its fighters in the streets of Tyotkino; the Kursk governor called it a fake.

March 13, Wednesday
The next day, the governor said that fighting near Kozinka was continuing and that the last residents who had stayed in the village would be taken out. A shell hit an administrative building in Grayvoron itself; no one was injured.

March 15, Friday
On the first day of the presidential election, Belgorod came under fire from Vampire multiple rocket launchers in the afternoon. Two people were killed near a shopping centre on the city's eastern side. The Defence Ministry said air defences had shot down ten rockets over the region. Polling stations in the city stayed open.

March 18, Monday
The authorities switched schools in Belgorod and the eight districts along the border to remote learning until the end of the month. Shopping centres were ordered to close at 6 pm.

March 22, Friday
Drones struck the Belgorod heating plant shortly after midnight, starting a fire in the turbine hall. Several districts of the city were left without heating and hot water. No casualties were reported.

March 25, Monday
A 45-year-old man was killed when a shell exploded in the yard of his house in a village of the Grayvoron district, the governor said.

March 28, Thursday
The FSB said it had detained a 34-year-old resident of Belgorod on suspicion of treason. According to the security service, the man had passed the coordinates of military sites in the region to Ukrainian intelligence.

March 30, Saturday
A drone hit a car on the road outside Valuyki. The driver was taken to hospital with burns.

March 31, Sunday
In total, according to the governor, 39 civilians were killed and 212 injured in the region in March, more than in any month since the war began. He promised that the authorities would "not leave a single family without help" and said the evacuation of children would continue in April.

Polosa survives on reader donations. Support our work with a monthly contribution →
Share: Telegram · VK · X · Copy link
Also on Polosa:
How Shebekino lost half of its population
"They told us it would be over by summer": letters from the border
Subscribe to our evening newsletter
© 2024 Polosa Media. Reproduction only with a hyperlink to the source.
"""
DOC = {"id": "p05", "date": "2024-04-02", "source": "Polosa (English edition)",
       "url": "https://polosa-media.example/en/2024/04/02/belgorod-march-chronology", "text": TEXT}

EVENTS = [
    E("p05-1", "air_drone_strike", "2024-03-01", L("Razumnoye"), "UA", "RU", inj=N(1), weapons=[W("drone", launched=N(2))],
      claimant="the governor", note="date heading 'March 1'; hospitalised = injured"),
    E("p05-2", "missile_artillery_strike", "2024-03-06", L("Shebekino"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="the governor", note="'shelled several times': one event; 'No one was hurt' = 0/0"),
    E("p05-3", "armed_clash", "2024-03-12", L("Kozinka", 2, "near Kozinka"), "UA", "RU",
      claimant="Russian Defence Ministry",
      note="Russian volunteer groups fighting for Ukraine: actor1 side UA (the state they fight for)"),
    E("p05-4", "armed_clash", "2024-03-12", L("Tyotkino", 2, "near Tyotkino"), "UA", "RU",
      claimant="Russian Defence Ministry", note="Kursk region (RU-KRS), not Belgorod"),
    E("p05-5", "territory_change", "2024-03-12", L("Tyotkino"), "UA", "RU", optional=True, claimant="Volga Legion",
      note="video claim of fighters in the streets, called a fake by the governor"),
    E("p05-6", "armed_clash", "2024-03-13", L("Kozinka", 2, "near Kozinka"), "UA", "RU", claimant="the governor",
      note="'The next day' under the March 13 heading: fighting continuing"),
    E("p05-7", "policy_decision", "2024-03-13", L("Kozinka"), "RU", None, optional=True,
      note="evacuation of the remaining residents: no taxonomy type fits well"),
    E("p05-8", "missile_artillery_strike", "2024-03-13", L("Grayvoron"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], note="shell on an administrative building in the town itself; 'no one was injured' = 0/0"),
    E("p05-9", "missile_artillery_strike", "2024-03-15", L("Belgorod"), "UA", "RU", fat=N(2),
      weapons=[W("mlrs", "Vampire")], note="MLRS = missile_artillery_strike"),
    E("p05-10", "interception", "2024-03-15", R("RU-BEL", "Belgorod region"), "RU", "UA",
      weapons=[W("mlrs", "Vampire", intercepted=N(10))], claimant="Russian Defence Ministry",
      note="'over the region': region precision"),
    E("p05-11", "policy_decision", "2024-03-18", R("RU-BEL", "Belgorod region"), "RU", None, optional=True,
      note="schools to remote learning, shops close early: a civil measure"),
    E("p05-12", "air_drone_strike", "2024-03-22", L("Belgorod", 1, "Belgorod heating plant"), "UA", "RU", fat=N(0),
      inj=N(0), weapons=[W("drone")], note="'No casualties were reported' = 0/0"),
    E("p05-13", "infrastructure_disruption", "2024-03-22", L("Belgorod"), "UA", "RU",
      note="districts without heating and hot water"),
    E("p05-14", "missile_artillery_strike", "2024-03-25", L("Grayvoron", 2, "a village of the Grayvoron district"),
      "UA", "RU", fat=N(1), weapons=[W("artillery")], note="unnamed village in the district: precision 2"),
    E("p05-15", "arrest", "2024-03-28", L("Belgorod"), "RU", "RU", claimant="FSB",
      note="the FSB 'said it had detained': announced on March 28, the day of the heading"),
    E("p05-16", "air_drone_strike", "2024-03-30", L("Valuyki", 2, "road outside Valuyki"), "UA", "RU", inj=N(1),
      weapons=[W("drone")]),
    E("p05-17", "missile_artillery_strike", "2024-03-01", R("RU-BEL", "Belgorod region"), "UA", "RU", prec="month",
      end="2024-03-31", agg=True, fat=N(39), inj=N(212), family=["air_drone_strike"], optional=True,
      note="monthly regional casualty total (blind6 convention: optional)"),
]
STATEMENTS = [
    S("Nina Sidorenko", "RU", "We no longer go down to the cellar", "Shebekino resident"),
    S("Russian Defence Ministry", "RU", "All attempts by Ukrainian terrorist formations to break into Russian territory"),
]
MUST_NOT = [
    "POLOSA",
    "independent news from the Russian borderlands · English edition",
    'Polosa has been designated a "foreign agent" by the Russian Ministry of Justice. We are required to tell you this. We disagree.',
    "Text: Anna Vetrova · Editor: Pavel Shumov",
    "2 April 2024, 10:15",
    "Читать на русском",
    "Polosa survives on reader donations. Support our work with a monthly contribution →",
    "Share: Telegram · VK · X · Copy link",
    "Also on Polosa:",
    "How Shebekino lost half of its population",
    '"They told us it would be over by summer": letters from the border',
    "Subscribe to our evening newsletter",
    "© 2024 Polosa Media. Reproduction only with a hyperlink to the source.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
