from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Ukraine war: Russia targets power plants in the west, two killed in Khmelnytskyi"
TEXT = """WBC NEWS
Home · News · Sport · Business · Culture · Audio · Weather
World › Europe
Ukraine war: Russia targets power plants in the west, two killed in Khmelnytskyi
15 February 2024
Eleanor Pike, Eastern Europe correspondent, reporting from Lviv
Share ↗ | Save ☆
Image source: WBC/Andriy Tkach
Russia has launched one of its largest combined attacks of the winter on Ukraine's energy system, firing 22 missiles and 64 Shahed-type drones overnight, the Ukrainian air force says.

Of the missiles, 18 were Kh-101 cruise missiles launched from strategic bombers and four were Iskander-M ballistic missiles. Air defence units destroyed 15 of the cruise missiles and 57 of the drones. All four ballistic missiles got through.

One of them hit an industrial area in the western city of Khmelnytskyi shortly after 05:00 local time (03:00 GMT), killing two people and injuring three, the regional administration said.

"It was like a thunderclap right above the roof, and then the windows were gone," said Vasyl Melnyk, who lives in a block of flats about 300 metres from the site.

Further west, a missile struck the Dobrotvir thermal power station in the Lviv region, starting a fire in the turbine hall. No-one was hurt, according to the regional governor. Six cruise missiles were brought down over the Lviv region in the course of the night, he added.

Over the neighbouring Khmelnytskyi region, 11 drones were shot down, the regional administration said. Air defences were also active over the Ivano-Frankivsk and Ternopil regions.

In central Ukraine, drones damaged a substation in Kryvyi Rih, leaving about 8,000 households without electricity, the city's military administration said.

Ukraine's national grid operator said scheduled power cuts would be introduced in five regions from 18:00 on Thursday while repairs are carried out.

"The ballistic missiles are the problem. Against Iskanders only Patriot really works, and there are not enough Patriots for every city," air force spokesman Ostap Hrynchuk told Ukrainian television.

Ukraine's energy minister said Russia's aim was "to leave Ukrainians in the cold and dark". Russia has repeatedly targeted Ukraine's power plants and substations since October 2022, and it says it strikes only military and related infrastructure.

The attack came less than a week after a drone strike on Odesa. Last Friday, five people were killed there when Shahed drones hit a nine-storey apartment block.

Analysts say Russia is trying to exhaust Ukraine's stock of interceptors before the spring. "Every drone that is shot down by a missile worth a million dollars is a small win for Moscow," said Dr Fiona Aldridge of the Thameside Institute for Defence Studies in London.
Related Topics
Russia-Ukraine war | Ukraine | Energy
More on this story
"""
DOC = {"id": "kx11", "date": "2024-02-15", "source": "WBC News (British broadcaster website)",
       "url": "https://www.wbc.example/news/world-europe-68301452", "text": TEXT}

D, FRI = "2024-02-15", "2024-02-09"
EVENTS = [
    E("kx11-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("drone", "Shahed", launched=N(64)), W("cruise_missile", "Kh-101", launched=N(18)),
               W("ballistic_missile", "Iskander-M", launched=N(4))],
      note="'firing 22 missiles and 64 Shahed-type drones overnight' (Thursday report): the country wave, 18 Kh-101 + "
           "4 Iskander-M, typed by the missiles"),
    E("kx11-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kx11-1",
      weapons=[W("cruise_missile", intercepted=N(15)), W("drone", intercepted=N(57)),
               W("ballistic_missile", intercepted=N(0))],
      note="'destroyed 15 of the cruise missiles and 57 of the drones. All four ballistic missiles got through' -> "
           "ballistic intercepted = exact 0 (blind38 call 1)"),
    E("kx11-3", "missile_artillery_strike", D, L("Khmelnytskyi"), "RU", "UA", parent="kx11-1", fat=N(2), inj=N(3),
      weapons=[W("ballistic_missile")],
      note="'One of them' (a ballistic missile) 'hit an industrial area in the western city of Khmelnytskyi shortly "
           "after 05:00': 2 killed, 3 injured"),
    E("kx11-4", "missile_artillery_strike", D, L("Dobrotvir"), "RU", "UA", parent="kx11-1", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      note="'a missile struck the Dobrotvir thermal power station in the Lviv region', fire in the turbine hall; "
           "'No-one was hurt' = 0/0"),
    E("kx11-5", "interception", D, R("UA-46", "Lviv region"), "UA", "RU", parent="kx11-2",
      weapons=[W("cruise_missile", intercepted=N(6))],
      note="'Six cruise missiles were brought down over the Lviv region' (the governor): regional count -> required"),
    E("kx11-6", "interception", D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", parent="kx11-2",
      weapons=[W("drone", intercepted=N(11))],
      note="'Over the neighbouring Khmelnytskyi region, 11 drones were shot down' (fronted adverbial): required"),
    E("kx11-7", "interception", D, R("UA-26", "Ivano-Frankivsk region"), "UA", "RU", parent="kx11-2", optional=True,
      note="'Air defences were also active over the Ivano-Frankivsk and Ternopil regions': listed -> optional"),
    E("kx11-8", "interception", D, R("UA-61", "Ternopil region"), "UA", "RU", parent="kx11-2", optional=True,
      note="listed -> optional"),
    E("kx11-9", "air_drone_strike", D, L("Kryvyi Rih"), "RU", "UA", parent="kx11-1", weapons=[W("drone")],
      note="'drones damaged a substation in Kryvyi Rih'; no casualty statement -> counts absent"),
    E("kx11-10", "infrastructure_disruption", D, L("Kryvyi Rih"), "RU", "UA", parent="kx11-9",
      note="'leaving about 8,000 households without electricity'"),
    E("kx11-11", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="kx11-1",
      family=["policy_decision"],
      note="'scheduled power cuts would be introduced in five regions from 18:00 on Thursday': restrictions in force "
           "from the publication day (ANNOTATION rule 2, blind41 kr15-9) -> one country-level disruption"),
    E("kx11-12", "air_drone_strike", FRI, L("Odesa"), "RU", "UA", fat=N(5), weapons=[W("drone", "Shahed")],
      note="recalled with a day: 'Last Friday, five people were killed there when Shahed drones hit a nine-storey "
           "apartment block' (9 Feb) -> required"),
]
# Not events: 'one of its largest combined attacks of the winter' (comparison), the energy minister's 'to leave
# Ukrainians in the cold and dark' (title-only quote), 'repeatedly targeted … since October 2022' (history), Russia's
# 'strikes only military … infrastructure' (general denial), repairs being carried out (response), 'trying to exhaust
# Ukraine's stock of interceptors before the spring' (analysis).
STATEMENTS = [
    S("Vasyl Melnyk", "UA", "It was like a thunderclap right above the roof", "resident of Khmelnytskyi"),
    S("Ostap Hrynchuk", "UA", "Against Iskanders only Patriot really works", "spokesman, Ukrainian air force"),
    S("Fiona Aldridge", None, "is a small win for Moscow", "analyst, Thameside Institute for Defence Studies"),
]
# Not gold: the energy minister's 'to leave Ukrainians in the cold and dark' (title-only speaker).
MUST_NOT = ["WBC NEWS", "Home · News · Sport · Business · Culture · Audio · Weather", "World › Europe", "15 February 2024",
            "Eleanor Pike, Eastern Europe correspondent, reporting from Lviv", "Share ↗ | Save ☆",
            "Image source: WBC/Andriy Tkach", "Related Topics", "Russia-Ukraine war | Ukraine | Energy",
            "More on this story"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx11-1': 'firing 22 missiles and 64 Shahed-type drones overnight',
    'kx11-2': 'Air defence units destroyed 15 of the cruise missiles and 57 of the drones. All four ballistic missiles got through.',
    'kx11-3': 'One of them hit an industrial area in the western city of Khmelnytskyi shortly after 05:00 local time (03:00 GMT), killing two people and injuring three',
    'kx11-4': 'a missile struck the Dobrotvir thermal power station in the Lviv region',
    'kx11-5': 'Six cruise missiles were brought down over the Lviv region',
    'kx11-6': 'Over the neighbouring Khmelnytskyi region, 11 drones were shot down',
    'kx11-7': 'Air defences were also active over the Ivano-Frankivsk and Ternopil regions.',
    'kx11-8': 'Air defences were also active over the Ivano-Frankivsk and Ternopil regions.',
    'kx11-9': 'drones damaged a substation in Kryvyi Rih',
    'kx11-10': 'leaving about 8,000 households without electricity',
    'kx11-11': 'scheduled power cuts would be introduced in five regions from 18:00 on Thursday',
    'kx11-12': 'Last Friday, five people were killed there when Shahed drones hit a nine-storey apartment block.',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
