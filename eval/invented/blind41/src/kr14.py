from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine says its sea drones hit Russian patrol boat off Crimea; Russian missile strikes cargo ship near Odesa"
TEXT = """CONTINENTAL PRESS
Menu
World | U.S. | Politics | Sports | Entertainment | Business | Tech
Ukraine says its sea drones hit Russian patrol boat off Crimea; Russian missile strikes cargo ship near Odesa
By STEPHEN HALE and DARIA MOROZ
Updated 4:51 PM GMT+3, August 23, 2023
Share
Copy Link copied
KYIV, Ukraine (CP) — Ukraine's navy said Wednesday that its sea drones had struck a Russian patrol boat off the coast of occupied Crimea, while a Russian missile slammed into a container ship moored at a port near Odesa, wounding three crew members.

The patrol boat was hit late Tuesday near the town of Chornomorske on Crimea's western coast, navy spokesman Capt. Oleh Vaskivskyi said. He did not say whether the vessel sank. "It was on duty guarding the approaches to the Tarkhankut cape. Now it is not on duty," he said on national television.

Russia's Defense Ministry said its Black Sea Fleet had destroyed six Ukrainian uncrewed boats heading toward Sevastopol overnight. It did not mention Chornomorske. The Russian-installed governor of Sevastopol said a man was wounded by fragments on a beach in the Balaklava district during the attack.

Hours later, an Iskander-M ballistic missile struck the Panama-flagged container ship at the port of Pivdenne, east of Odesa, on Wednesday morning, the regional governor said. Three crew members, all Indian citizens, were taken to hospital.

"We were preparing to load when the whole deck shook. There was smoke in the engine room, and two of our boys were bleeding," the ship's chief officer, Rajesh Nair, told The Continental Press by phone.
Advertisement
Separately, Russian drones damaged a grain warehouse in the Danube port of Reni overnight, without causing casualties, the regional administration said.

The strikes are the latest in a series of attacks on Ukraine's southern ports, which have kept exporting grain through a corridor along the western Black Sea coast since Russia quit a U.N.-brokered deal in July. Last Thursday, a drone damaged a tanker waiting in the roadstead off Odesa.

Ship insurers have raised war-risk premiums for Ukrainian ports twice since July and could raise them again if attacks on ships in port continue, said Mark Tolliver, head of research at Sea Risk Analytics in London.

"Sea drones have pushed Russia's fleet out of the western Black Sea. What they cannot stop is a missile fired from Crimea at a ship tied up in port," Tolliver said.
Related Stories
Ships keep sailing through Ukraine's new Black Sea corridor despite port attacks
___
Follow CP's coverage of the war in Ukraine at https://continentalpress.example/hub/russia-ukraine
Copyright 2023 The Continental Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""
DOC = {"id": "kr14", "date": "2023-08-23", "source": "The Continental Press (US wire agency)",
       "url": "https://continentalpress.example/article/ukraine-sea-drones-crimea-patrol-boat-odesa-ship-2023-08-23",
       "text": TEXT}

D, Y = "2023-08-23", "2023-08-22"
EVENTS = [
    E("kr14-1", "air_drone_strike", Y, L("Chornomorske", 2, "off Chornomorske"), "UA", "RU",
      weapons=[W("drone", "sea drone")], claimant="Ukrainian navy",
      note="navy: sea drones hit a patrol boat 'late Tuesday near the town of Chornomorske': naval drones are drone "
           "strikes (blind3 x12), off X = precision 2 (Crimea, UA-43)"),
    E("kr14-2", "interception", D, L("Sevastopol", 2, "approaches to Sevastopol"), "RU", "UA",
      weapons=[W("drone", "uncrewed boat", intercepted=N(6))], claimant="Russian Defense Ministry",
      note="MoD: Black Sea Fleet 'destroyed six Ukrainian uncrewed boats heading toward Sevastopol overnight' "
           "(Wednesday statement): interception near Sevastopol; a separate claim from kr14-1, which Russia does not "
           "mention"),
    E("kr14-3", "air_drone_strike", D, L("Sevastopol"), "UA", None, inj=N(1), weapons=[W("drone")],
      claimant="Russian-installed governor of Sevastopol",
      note="'a man was wounded by fragments on a beach in the Balaklava district during the attack' (Balaklava is a "
           "district of Sevastopol city): occupation claim, actor2 null for the occupied city (blind37 call 4)"),
    E("kr14-4", "missile_artillery_strike", D, L("Pivdenne"), "RU", "UA", inj=N(3),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(1))],
      note="Iskander-M on a container ship at Pivdenne port 'on Wednesday morning': 3 crew hospitalised"),
    E("kr14-5", "air_drone_strike", D, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drones damaged a grain warehouse in Reni 'overnight', 'without causing casualties' = 0/0"),
    E("kr14-6", "air_drone_strike", "2023-08-17", L("Odesa", 2, "roadstead off Odesa"), "RU", "UA",
      weapons=[W("drone")],
      note="recalled: 'Last Thursday, a drone damaged a tanker waiting in the roadstead off Odesa' (17 Aug): required; "
           "attacker from the context of Russian attacks on ports"),
]
# Not events: 'whether the vessel sank' (unknown), 'a series of attacks on Ukraine's southern ports' (habitual),
# 'since Russia quit a U.N.-brokered deal in July' (history without a day), insurers 'raised … twice since July' (no
# day) and 'could raise them again if' (conditional).
STATEMENTS = [
    S("Oleh Vaskivskyi", "UA", "Now it is not on duty", "Ukrainian navy spokesman"),
    S("Rajesh Nair", None, "the whole deck shook", "chief officer of the container ship"),
    S("Mark Tolliver", None, "What they cannot stop is a missile fired from Crimea", "head of research, Sea Risk Analytics"),
]
MUST_NOT = ["CONTINENTAL PRESS", "Menu", "World | U.S. | Politics | Sports | Entertainment | Business | Tech",
            "By STEPHEN HALE and DARIA MOROZ", "Updated 4:51 PM GMT+3, August 23, 2023", "Share", "Copy Link copied",
            "Advertisement", "Related Stories", "Ships keep sailing through Ukraine's new Black Sea corridor despite port attacks", "___",
            "Follow CP's coverage of the war in Ukraine at https://continentalpress.example/hub/russia-ukraine",
            "Copyright 2023 The Continental Press. All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
