from common import E, L, R, C, N, W, S, gold

TITLE = "South desk incident digest: Odesa and Mykolaiv regions, 15-18 June 2023"
TEXT = """PONTIC INCIDENT DESK
Digest › South › 2023 › week 24
South desk incident digest: Odesa and Mykolaiv regions, 15-18 June 2023
Compiled by volunteers from regional administrations, city councils and emergency services. Tags: [RU] attributed to Russian forces by the source; [?] no attribution in the source. Place names are copied as the sources spelled them; our gazetteer fixes are in brackets.

Thu 15/06 — Odessa, Peresypsky district: warehouse of a food company hit by a Kalibr missile, 3 workers injured [RU]
Thu 15/06 — Dachnoye (Odesa raion): summer houses damaged by debris of a downed drone, no casualties [RU]
Fri 16/06 — Nikolaev, Zavodskyi dist.: two cruise missiles on an industrial area, fire; 1 killed [RU]
Fri 16/06 — Ochakov: port and fishing boats shelled from the Kinburn Spit, 2 injured [RU]
Sat 17/06 — Yuzhnoye (Pivdenne): explosion at the seaport, a crane damaged; cause not established [?]
Sat 17/06 — Odessa, Khadzhibeysky district: drone hit an apartment block, 1 dead, 4 injured [RU]
Sat 17/06 — Odessa, Khadzhibeysky district: apartment block, drone — entered twice, see the row above
Sun 18/06 — Shirokaya Balka, Odesa oblast: anti-ship mine washed ashore exploded on the beach, 2 holidaymakers injured [?]
Sun 18/06 — Ilyichevsk (Chornomorsk): power substation hit, 9,000 subscribers without light [RU]
Sun 18/06 — Mykolaiv, Tsentralnyi district: "missile hit the regional administration" — retracted by the city council: an old photo

Fix 19/06 07:15: the Ochakov row — injured 2 → 3 (a harbour guard was hospitalised later on Friday).

Support the desk · Contact · Data licence CC BY-NC 4.0
This digest is not an official source. Verify before publishing.
"""
DOC = {"id": "ka15", "date": "2023-06-19", "source": "Pontic Incident Desk (volunteer digest)",
       "url": "https://pontic-desk.example.org/digest/south/2023/w24", "text": TEXT}

F = ["air_drone_strike"]
EVENTS = [
    E("ka15-1", "missile_artillery_strike", "2023-06-15", L("Odesa", 1, "Odesa (Peresypskyi district)"), "RU", "UA",
      inj=N(3), weapons=[W("cruise_missile", "Kalibr")],
      note="Odessa = Odesa, Peresypsky district = Peresypskyi district of the city (precision 1); Kalibr"),
    E("ka15-2", "air_drone_strike", "2023-06-15", L("Dachne-Od", 1, "Dachne (Dachnoye)"), "RU", "UA", fat=N(0),
      inj=N(0), weapons=[W("drone")], note="Russian form 'Dachnoye' = Dachne, Odesa raion (707756, not the Crimean "
                                           "Dachne); debris of a downed drone: strike typed by the weapon; 0/0"),
    E("ka15-3", "missile_artillery_strike", "2023-06-16", L("Mykolaiv", 1, "Mykolaiv (Zavodskyi district)"), "RU", "UA",
      fat=N(1), weapons=[W("cruise_missile", launched=N(2))], note="Nikolaev = Mykolaiv; two cruise missiles"),
    E("ka15-4", "missile_artillery_strike", "2023-06-16", L("Ochakiv", 1, "Ochakiv (Ochakov)"), "RU", "UA", inj=N(3),
      note="shelled from the Kinburn Spit (the launch area is not the place); the fix raises the injured 2 → 3"),
    E("ka15-5", "remote_explosive", "2023-06-17", L("Pivdenne", 1, "Pivdenne (Yuzhnoye)"), None, "UA",
      family=["missile_artillery_strike", "air_drone_strike"],
      note="'Yuzhnoye' = Pivdenne (formerly Yuzhne); explosion of unestablished cause, [?]: remote_explosive with both "
           "strike types accepted (blind4 call 7), actor1 null"),
    E("ka15-6", "air_drone_strike", "2023-06-17", L("Odesa", 1, "Odesa (Khadzhybeiskyi district)"), "RU", "UA", fat=N(1),
      inj=N(4), weapons=[W("drone")], note="Khadzhibeysky = Khadzhybeiskyi district; the next row is a marked duplicate"),
    E("ka15-7", "remote_explosive", "2023-06-18", L("Shyroka Balka-Od", 1, "Shyroka Balka (Shirokaya Balka)"), None,
      "UA", inj=N(2), note="drifting anti-ship mine exploded on the beach, [?]: remote_explosive, actor1 null "
                           "(blind4 call 8); Shyroka Balka of Odesa oblast (694062)"),
    E("ka15-8", "missile_artillery_strike", "2023-06-18", L("Chornomorsk", 1, "Chornomorsk (Ilyichevsk)"), "RU", "UA",
      family=F, note="old Soviet name 'Ilyichevsk' = Chornomorsk; substation hit, weapon not said"),
    E("ka15-9", "infrastructure_disruption", "2023-06-18", L("Chornomorsk", 1, "Chornomorsk (Ilyichevsk)"), "RU", "UA",
      note="9,000 subscribers without light. The retracted Mykolaiv row (old photo) is no event"),
]
STATEMENTS = []
MUST_NOT = ["PONTIC INCIDENT DESK", "Digest › South › 2023 › week 24",
            "Support the desk · Contact · Data licence CC BY-NC 4.0",
            "This digest is not an official source. Verify before publishing."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
