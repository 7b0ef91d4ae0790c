from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Missile strike on Mykolaiv: two dead, 22 injured; Ochakiv shelled again"
TEXT = """INHUL ONLINE
News of Mykolaiv and the Mykolaiv region · since 2014
Mykolaiv | Region | War | Economy | Culture | Opinion
War › Mykolaiv
Missile strike on Mykolaiv: two dead, 22 injured; Ochakiv shelled again
16.09.2023, 13:26 | Author: Daryna Lysenko | 4,812 views
By seven in the morning, the courtyard of a four-storey building on a quiet street in the Tsentralnyi district looked like a building site: broken glass underfoot, a burnt-out Lanos by the entrance, residents on the stairs handing down what was left of their window frames. Part of the roof had fallen into the top-floor flats.

This is where one of the Kalibr cruise missiles fired at Mykolaiv overnight came down. Two people were killed and 19 injured, of whom four are children, the head of the regional military administration said in the morning. By noon, the number of injured had risen to 22; eleven of them remain in hospital.

The explosion also damaged a school, two kindergartens and a gas pipeline. Gas has been turned off in about 300 homes while the pipeline is repaired, the city's gas company said.

"We had ten seconds between the siren and the blast, no more. I was still looking for my slippers," said Viktor Hnatiuk, 71, who lives on the second floor.

According to the regional military administration, Russia fired four Kalibr missiles at the region from a ship in the Black Sea and sent seven Shahed-136 drones, launched from occupied Crimea. Air defence destroyed three of the missiles and all seven drones.

The school will not open on Monday. "The windows on the second floor are simply gone, and the gym is full of plaster," said its director, Svitlana Moroz.

Late on Friday, Russian troops again shelled Ochakiv from the Kinburn Spit, across the estuary. A 56-year-old man was wounded in the legs, and the blast wave smashed windows in an apartment block.

Earlier that afternoon, in the Kutsurub hromada, a drone dropped an explosive on a farm shed. Nobody was hurt, the hromada said.

It was the heaviest attack on Mykolaiv since the morning of 6 August, when a missile struck a storage depot in the Zavodskyi district and injured three workers. Ochakiv, on the other hand, is shelled almost every day.
Subscribe to Inhul Online on Telegram and Viber
If you found a mistake, select it and press Ctrl+Enter
© 2014–2023 Inhul Online. Use of materials only with a hyperlink.
"""
DOC = {"id": "lk02", "date": "2023-09-16", "source": "Inhul Online (Ukrainian regional news site, Mykolaiv)",
       "url": "https://inhul.example/war/2023/09/16/raketnyi-udar-mykolaiv", "text": TEXT}

D, FRI = "2023-09-16", "2023-09-15"
W1 = "lk02-1"
RMA = "Mykolaiv regional military administration"
EVENTS = [
    E(W1, MAS, D, R("UA-48", "Mykolaiv region"), "RU", "UA", claimant=RMA,
      weapons=[W("cruise_missile", "Kalibr", launched=N(4)), W("drone", "Shahed-136", launched=N(7))],
      evidence="Russia fired four Kalibr missiles at the region from a ship in the Black Sea and sent seven Shahed-136 drones",
      note="a regional launch with its counts (blind53 ld08-2, ld14-1): four Kalibr + seven Shahed-136 'at the region' "
           "overnight into Saturday 16 Sep -> region precision 3, typed by the missiles, parent of the Mykolaiv hit; "
           "the Black Sea and occupied Crimea are launch areas, not targets"),
    E("lk02-2", INT, D, R("UA-48", "Mykolaiv region"), "UA", "RU", parent=W1, claimant=RMA,
      weapons=[W("cruise_missile", "Kalibr", intercepted=N(3)), W("drone", "Shahed-136", intercepted=N(7))],
      evidence="Air defence destroyed three of the missiles and all seven drones.",
      note="'destroyed three of the missiles and all seven drones' -> 3 + 7 over the region"),
    E("lk02-3", MAS, D, L("Mykolaiv"), "RU", "UA", parent=W1, fat=N(2), inj=N(22),
      weapons=[W("cruise_missile", "Kalibr")],
      evidence="This is where one of the Kalibr cruise missiles fired at Mykolaiv overnight came down.",
      note="told first by its damage (the courtyard 'in the Tsentralnyi district', the city district = Mykolaiv), then "
           "'This is where one of the Kalibr cruise missiles … came down': 2 killed, 19 injured 'of whom four are "
           "children' in the morning, 'By noon … risen to 22' -> 2 k 22 w (the latest figure; the children are inside)"),
    E("lk02-4", DIS, D, L("Mykolaiv"), "RU", "UA", parent="lk02-3",
      evidence="Gas has been turned off in about 300 homes while the pipeline is repaired",
      note="follow-up sentences naming no place ('The explosion also damaged … a gas pipeline. Gas has been turned off "
           "in about 300 homes') belong to the Mykolaiv strike: a gas cut"),
    E("lk02-5", MAS, FRI, L("Ochakiv"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      evidence="Late on Friday, Russian troops again shelled Ochakiv from the Kinburn Spit, across the estuary.",
      note="'Late on Friday' in a Saturday page -> 15 Sep; shelling = artillery; 'A 56-year-old man was wounded' -> 1 w; "
           "the Kinburn Spit is where the fire came from (launch area), not a place hit"),
    E("lk02-6", ADS, FRI, H("Kutsurub", "Kutsurub hromada"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Earlier that afternoon, in the Kutsurub hromada, a drone dropped an explosive on a farm shed.",
      note="'Earlier that afternoon' = Friday afternoon (the paragraph before is 'Late on Friday'); a hromada = "
           "precision 2; 'Nobody was hurt' -> 0/0; actor RU by context (the attacks of the night and the day)"),
    E("lk02-7", MAS, "2023-08-06", L("Mykolaiv"), "RU", "UA", inj=N(3), weapons=[W("missile")],
      evidence="since the morning of 6 August, when a missile struck a storage depot in the Zavodskyi district and injured three workers",
      note="background with its own date: 'the morning of 6 August, when a missile hit a warehouse in the Zavodskyi "
           "district and injured three workers' -> a recalled event, Mykolaiv (city district), 3 w"),
]
# Not events: the school 'will not open on Monday' (future), 'eleven of them remain in hospital' (part of lk02-3's
# injured), 'Ochakiv … is shelled almost every day' (habit), the launch areas (the Black Sea, occupied Crimea, the
# Kinburn Spit). Masthead, tagline, menu, breadcrumb, date/author/views line, subscribe line, Ctrl+Enter line and ©
# are furniture.
STATEMENTS = [
    S("Viktor Hnatiuk", "UA", "We had ten seconds between the siren and the blast, no more", "resident, Mykolaiv"),
    S("Svitlana Moroz", "UA", "The windows on the second floor are simply gone", "school director, Mykolaiv"),
]
MUST_NOT = ["INHUL ONLINE", "News of Mykolaiv and the Mykolaiv region · since 2014",
            "Mykolaiv | Region | War | Economy | Culture | Opinion", "War › Mykolaiv",
            "16.09.2023, 13:26 | Author: Daryna Lysenko | 4,812 views", "Subscribe to Inhul Online on Telegram and Viber",
            "If you found a mistake, select it and press Ctrl+Enter",
            "© 2014–2023 Inhul Online. Use of materials only with a hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
