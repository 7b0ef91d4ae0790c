from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Drones attack aid convoy on the road to Bilozerka: driver killed, volunteer and police officer wounded"
TEXT = """KHERSON LINE
News of Kherson and the region
UA | EN
Main · Kherson · Right bank · Occupation · Help · Contacts
Evacuation and humanitarian hotline: 0 800 30 15 65 (free of charge)
Events › Region
Drones attack aid convoy on the road to Bilozerka: driver killed, volunteer and police officer wounded
15 January 2025 · 13:27
Author: Anastasiia Moroz
Photo: Kherson Regional Military Administration
A convoy carrying drinking water and food parcels to Bilozerka came under a Russian drone attack on Wednesday morning, about two kilometres before the village's eastern entrance. The driver of the lead truck, a 44-year-old man, was killed. A volunteer travelling with him was wounded.

Twenty minutes later, as police officers arrived to close the road, a second drone struck the same spot. One of the officers suffered shrapnel wounds, the regional police reported.

The three trucks, marked as humanitarian vehicles on their roofs and sides, had left Kherson at 08:30 for their weekly run. They belonged to the charity foundation Tepla Khata, which has been supplying the villages west of the city since the liberation of the right bank.

"We agreed the route with the military administration the evening before. Whoever was flying that drone could see exactly what he was hitting," said Oksana Deineka, the foundation's coordinator.

Speaking from a hospital bed in Kherson, the wounded volunteer, Maksym Lozynskyi, said he had heard the buzzing only seconds before the impact. "I shouted to Petro to brake, and then the windscreen came in," he said.

The foundation will decide on Thursday whether to resume deliveries to Bilozerka, where about 3,000 people still live. The UN humanitarian coordinator for Ukraine condemned the attack as "a blatant violation of international humanitarian law".

Since the summer, Russian drones have been hunting vehicles on the roads west of Kherson almost daily, and local residents call the stretch to Bilozerka "the road of death".

The rest of the region had a heavy day as well. Over the past day, according to the morning summary of the regional military administration, Russian troops shelled 31 settlements, killing one person and injuring eight.

Kherson. At about 18:00 yesterday, artillery hit the Dniprovskyi district, wounding a 61-year-old man. At 06:30 today, a drone dropped an explosive device on a bus stop in the Korabelnyi district; two women were injured.

Antonivka. A woman was killed by shelling in the yard of her house.

Stanislav. The occupiers dropped three guided aerial bombs on the village, damaging houses and the outpatient clinic.

Beryslav. A drone hit a power line, leaving 2,300 subscribers without electricity.

Chornobaivka, Zelenivka and Darivka were also under fire.
Subscribe to Kherson Line on Telegram and Viber
Read also: Where to get drinking water in Kherson: the list of points for January
Tags: Bilozerka, humanitarian aid, drones, Kherson region
When using materials, a hyperlink to Kherson Line is mandatory
"""
DOC = {"id": "kx09", "date": "2025-01-15", "source": "Kherson Line (Kherson regional news site, English version)",
       "url": "https://khersonline.example/en/events/2025/01/15/drones-attack-aid-convoy-bilozerka", "text": TEXT}

D, Y = "2025-01-15", "2025-01-14"
EVENTS = [
    E("kx09-1", "air_drone_strike", D, L("Bilozerka", 2, "road to Bilozerka, two kilometres before the village"),
      "RU", "UA", fat=N(1), inj=N(2), weapons=[W("drone")],
      note="drone attack on a humanitarian convoy 'on Wednesday morning', 'about two kilometres before the village's "
           "eastern entrance' (near X = precision 2): driver killed, volunteer wounded; the second drone 'twenty "
           "minutes later' at 'the same spot' wounded a police officer - a double tap is one event with the combined "
           "toll (blind42 call 5): 1 killed, 2 injured"),
    E("kx09-2", "missile_artillery_strike", Y, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(1), inj=N(8), family=["air_drone_strike"],
      note="the RMA's morning summary: 'Over the past day … shelled 31 settlements, killing one person and injuring "
           "eight' -> regional tally, past-day range, aggregate"),
    E("kx09-3", "missile_artillery_strike", Y, L("Kherson"), "RU", "UA", parent="kx09-2", inj=N(1),
      weapons=[W("artillery")],
      note="'At about 18:00 yesterday, artillery hit the Dniprovskyi district' (14 Jan; district = the city): 1 wounded"),
    E("kx09-4", "air_drone_strike", D, L("Kherson"), "RU", "UA", parent="kx09-2", inj=N(2), weapons=[W("drone")],
      note="'At 06:30 today, a drone dropped an explosive device on a bus stop in the Korabelnyi district' (15 Jan): "
           "2 injured; same city, other day and weapon -> a second event"),
    E("kx09-5", "missile_artillery_strike", Y, L("Antonivka"), "RU", "UA", parent="kx09-2", end=D, prec="range",
      fat=N(1), weapons=[W("artillery")],
      note="'A woman was killed by shelling' in Antonivka (713304, the Kherson suburb); no time -> range"),
    E("kx09-6", "air_drone_strike", Y, L("Stanislav"), "RU", "UA", parent="kx09-2", end=D, prec="range",
      weapons=[W("guided_bomb", launched=N(3))],
      note="'dropped three guided aerial bombs on the village' (Stanislav, Kherson region, not Ivano-Frankivsk's old "
           "name); no casualty statement -> counts absent"),
    E("kx09-7", "air_drone_strike", Y, L("Beryslav"), "RU", "UA", parent="kx09-2", end=D, prec="range",
      weapons=[W("drone")], note="'A drone hit a power line' in Beryslav"),
    E("kx09-8", "infrastructure_disruption", Y, L("Beryslav"), "RU", "UA", parent="kx09-7", end=D, prec="range",
      note="'leaving 2,300 subscribers without electricity' (dated as its cause)"),
    E("kx09-9", "missile_artillery_strike", Y, L("Chornobaivka"), "RU", "UA", parent="kx09-2", end=D, prec="range",
      optional=True, family=["air_drone_strike"], note="'Chornobaivka, Zelenivka and Darivka were also under fire': "
                                                       "listed -> optional"),
    E("kx09-10", "missile_artillery_strike", Y, L("Zelenivka"), "RU", "UA", parent="kx09-2", end=D, prec="range",
      optional=True, family=["air_drone_strike"], note="listed -> optional"),
    E("kx09-11", "missile_artillery_strike", Y, L("Darivka"), "RU", "UA", parent="kx09-2", end=D, prec="range",
      optional=True, family=["air_drone_strike"], note="listed -> optional"),
]
# Not events: the convoy leaving Kherson at 08:30 (part of kx09-1), 'supplying the villages … since the liberation of
# the right bank' (history), the foundation 'will decide on Thursday' (future), the UN coordinator's condemnation
# (statement, title-only speaker), 'Since the summer, Russian drones have been hunting vehicles … almost daily'
# (habitual), 'the road of death' (nickname), the 'Read also' headline (furniture).
STATEMENTS = [
    S("Oksana Deineka", "UA", "could see exactly what he was hitting", "coordinator, Tepla Khata foundation"),
    S("Maksym Lozynskyi", "UA", "and then the windscreen came in", "wounded volunteer"),
]
# Not gold: the UN humanitarian coordinator's 'a blatant violation …' (title-only), 'the road of death' (a nickname).
MUST_NOT = ["KHERSON LINE", "News of Kherson and the region", "UA | EN", "Main · Kherson · Right bank · Occupation · Help · Contacts",
            "Evacuation and humanitarian hotline: 0 800 30 15 65 (free of charge)", "Events › Region",
            "15 January 2025 · 13:27", "Author: Anastasiia Moroz", "Photo: Kherson Regional Military Administration",
            "Subscribe to Kherson Line on Telegram and Viber",
            "Read also: Where to get drinking water in Kherson: the list of points for January",
            "Tags: Bilozerka, humanitarian aid, drones, Kherson region",
            "When using materials, a hyperlink to Kherson Line is mandatory"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx09-1': 'A convoy carrying drinking water and food parcels to Bilozerka came under a Russian drone attack on Wednesday morning',
    'kx09-2': 'Russian troops shelled 31 settlements, killing one person and injuring eight',
    'kx09-3': 'At about 18:00 yesterday, artillery hit the Dniprovskyi district, wounding a 61-year-old man.',
    'kx09-4': 'At 06:30 today, a drone dropped an explosive device on a bus stop in the Korabelnyi district; two women were injured.',
    'kx09-5': 'A woman was killed by shelling in the yard of her house.',
    'kx09-6': 'The occupiers dropped three guided aerial bombs on the village, damaging houses and the outpatient clinic.',
    'kx09-7': 'A drone hit a power line, leaving 2,300 subscribers without electricity.',
    'kx09-8': 'leaving 2,300 subscribers without electricity',
    'kx09-9': 'Chornobaivka, Zelenivka and Darivka were also under fire.',
    'kx09-10': 'Chornobaivka, Zelenivka and Darivka were also under fire.',
    'kx09-11': 'Chornobaivka, Zelenivka and Darivka were also under fire.',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
