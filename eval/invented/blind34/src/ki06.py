from common import E, L, R, C, N, W, S, gold

TITLE = "In Nikopol, the drones come down the river road"
TEXT = """THE SUNDAY LONGREAD COLLECTIVE
Dispatches   Essays   Photo stories   About
FROM THE GROUND ›
In Nikopol, the drones come down the river road
Across the reservoir from the occupied nuclear plant, a town of 100,000 has become a town of 40,000 that lives by the sound of rotors.
Story: Mariana Lis-Tomczak · Pictures: Yevhen Hordiienko
14 August 2025 · Nikopol, Dnipropetrovsk region
This dispatch contains descriptions of injuries.
The first thing you notice in Nikopol is the nets. They hang over the road to the hospital, over the bus stop by the market, over the entrance to the bread factory: fishing nets, camouflage nets, even volleyball nets, stretched on poles so that a drone's grenade snags before it reaches a car.

"We started with one street in the spring. Now we have eleven kilometres," says Serhii Bondar, a municipal engineer who coordinates the volunteers who hang them. He is on a ladder as he talks, tying knots with one hand.

The town sits on the northern shore of what used to be the Kakhovka reservoir. The water left after the dam was destroyed in June 2023, and the riverbed between Nikopol and Russian-occupied Enerhodar is now a mile of willow scrub and mud. That is close enough for Russian first-person-view drones, which the town's residents say arrive every morning from the direction of the nuclear plant.

On Tuesday morning, one of them found Oleksandr, a 45-year-old delivery driver, on Heroiv Chornobylia Street. The drone dropped its charge on the roof of his van, and shrapnel went through the windscreen. He was in the trauma ward when we met him on Wednesday, his arm in a frame. "I heard it, I saw it, I couldn't do anything," he said. Two other people were injured by drones in Nikopol the same day, according to the city military administration.

Nights belong to the artillery. Late on Wednesday, Russian shells struck the neighbouring town of Marhanets, killing a 62-year-old woman in her garden and damaging a gas pipeline, the regional governor said. Residents of several streets were left without gas supply until repairs could be made.

People in Nikopol count the war in districts that have emptied. The southern streets nearest the river, once the most expensive in town, are now almost deserted. School lessons have been online since 2022. The town's metallurgical plant, which once employed 6,000 people, works one shift out of three. Shops close at 4pm because the drones fly more often in the evening, and the market opens at dawn.

Photo: Volunteers stretch a net over Elektrometalurhiv Avenue. Yevhen Hordiienko for the Collective
Sponsored: Plan your autumn conference travel with Vayra Airlines

The hospital has moved its operating theatre to the basement and keeps generators fuelled for three days. Doctors say most of the wounded they treat now are hurt by drones rather than shells, which was not the case a year ago. Ambulances wait for a lull before they drive to the riverside streets, and crews have learned to listen for the whine of a small motor before they open the doors.

Why do people stay? Some because they cannot afford to leave, some because they have a parent who will not go, and some, like Liudmyla Petrenko, 71, because they say there is nowhere safer. "In Zaporizhzhia they have missiles. Here at least I can hear what is coming," she said, feeding the stray cats that gather at her gate.

The regional authorities pay families with children to relocate, and about 3,000 people took up the offer last year. The city's head of administration told us that if the attacks continue at this rate the authorities may order the compulsory evacuation of children from the riverside districts, as they did in some frontline villages last summer. No decision has been taken.

On Wednesday evening, as we drove out along the river road, a drone passed overhead and turned back towards the water. Our driver did not slow down. "If you stop, it's worse," he said. Behind us the nets moved in the wind like sails.

Everyone here has a theory about what will happen to the plant across the water, and about whether the reservoir will ever be refilled. Engineers say it would take years, and only after the war. Until then, Nikopol's residents have the mud, the willows and the sound of rotors.

Read this next: The last ferryman of Kherson · Photo essay: A summer of nets
If you value slow journalism, become a member of the Collective for €6 a month.
The Sunday Longread Collective is an independent, reader-funded cooperative registered in Kraków.
"""
DOC = {"id": "ki06", "date": "2025-08-14", "source": "The Sunday Longread Collective (reportage site)",
       "url": "https://longread-collective.example/dispatches/nikopol-river-road", "text": TEXT}

EVENTS = [
    E("ki06-1", "air_drone_strike", "2025-08-12", L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'On Tuesday morning' (12 Aug): FPV drone dropped its charge on a van on a Nikopol street, driver injured"),
    E("ki06-2", "air_drone_strike", "2025-08-12", L("Nikopol"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      optional=True,
      note="'Two other people were injured by drones in Nikopol the same day': other incidents of the same day, not "
           "described one by one; optional (a system may fold them into ki06-1)"),
    E("ki06-3", "missile_artillery_strike", "2025-08-13", L("Marhanets"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], note="'Late on Wednesday' (13 Aug): shells on Marhanets, a woman killed, gas pipeline "
                                     "damaged"),
    E("ki06-4", "infrastructure_disruption", "2025-08-13", L("Marhanets"), "RU", "UA", parent="ki06-3",
      note="several streets left without gas supply after the shelling"),
]
# Not events: the hospital's basement theatre and ambulance routine (habitual); nets hung 'since the spring' and 11 km (civil defence, not an incident); the dam destroyed in June 2023
# (history, no day); drones arrive 'every morning' and nights 'belong to the artillery' (habitual); the hospital
# visit on Wednesday; emptied districts, online school since 2022, the plant's shifts, shop hours (habitual); the
# caption; relocation payments and 3,000 people last year (aggregate of a programme); 'may order the compulsory
# evacuation … if' and 'No decision has been taken' (conditional, negation); the drone that passed overhead on
# Wednesday evening and turned back (no attack); theories about the plant and refilling the reservoir (forecasts).
STATEMENTS = [
    S("Serhii Bondar", "UA", "We started with one street in the spring. Now we have eleven kilometres",
      "municipal engineer"),
    S("Liudmyla Petrenko", "UA", "Here at least I can hear what is coming", "resident"),
]
MUST_NOT = ["THE SUNDAY LONGREAD COLLECTIVE", "Dispatches   Essays   Photo stories   About", "FROM THE GROUND ›",
            "Story: Mariana Lis-Tomczak · Pictures: Yevhen Hordiienko", "14 August 2025 · Nikopol, Dnipropetrovsk region",
            "This dispatch contains descriptions of injuries.",
            "Sponsored: Plan your autumn conference travel with Vayra Airlines",
            "Read this next: The last ferryman of Kherson · Photo essay: A summer of nets",
            "If you value slow journalism, become a member of the Collective for €6 a month.",
            "The Sunday Longread Collective is an independent, reader-funded cooperative registered in Kraków."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
