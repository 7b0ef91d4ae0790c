from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Combined strike on Ukraine: 472 drones and missiles, six dead in Kyiv, damage in eight regions"
TEXT = """UKRAINIAN PULSE
National news agency · English service
Ukraine | War | Politics | Economy | World | Society | Photo | Video
War › Russian attacks
17.06.2025 12:41 · 6 815 views
Combined strike on Ukraine: 472 drones and missiles, six dead in Kyiv, damage in eight regions
In the night of 17 June, the Russian army attacked Ukraine with 472 means of air attack of several types, the Air Force of the Armed Forces of Ukraine reported on Telegram.

According to the Air Force, the enemy used:
– 440 Shahed-type attack UAVs and decoy drones of various types, launched from the Kursk, Oryol, Millerovo and Primorsko-Akhtarsk directions;
– 16 Kh-101 cruise missiles, fired by Tu-95MS strategic bombers from the Saratov region;
– 8 Iskander-M ballistic missiles from the Kursk and Voronezh regions;
– 6 Kalibr cruise missiles from ships in the Black Sea;
– 2 Kh-47M2 Kinzhal aeroballistic missiles from MiG-31K aircraft.

By 09:00, air defence had neutralised 428 targets, shooting them down or jamming them with electronic warfare: 404 drones, 15 Kh-101 missiles, 5 Kalibr missiles and 4 Iskander-M missiles. Neither of the Kinzhals was intercepted. Another 29 drones were lost from radar, most likely decoys, the Air Force said; hits of missiles and drones were recorded at 19 locations.

"Fourteen of the sixteen Kh-101 went down before they reached the Dnipro, and the mobile fire groups had a long night in the west," said Oleksandr Pylypchuk, a spokesman for the Air Force.
Read also: Air Force names the regions most often targeted by decoy drones in May
The capital took the heaviest blow. At about 03:10, a ballistic missile hit a nine-storey residential building in the Solomianskyi district, bringing down one entrance from the sixth floor to the ground. Early in the morning officials spoke of two dead; as of noon, six people had been confirmed dead and 27 injured, among them a 14-year-old girl, the head of the Kyiv City Military Administration said. The search under the rubble continues.

"The whole stairwell is gone. We came down over the balconies of the neighbours," said Taras Melnychuk, 52, who lives on the fourth floor of the next entrance.

In the Obolonskyi district, the wreckage of a downed drone set fire to the roof of a supermarket; two people were hospitalised with smoke poisoning.

Around the capital, air defence brought down 41 drones over the Kyiv region during the night. In Bila Tserkva, drones hit the warehouses of a logistics company, and the fire spread over 3,000 square metres. Nobody was hurt.

Over the Lviv region, four cruise missiles and nine drones were destroyed, the regional military administration said. One missile struck an industrial infrastructure facility in the Stryi district; there were no casualties.
Photo: State Emergency Service of Ukraine
In the Ivano-Frankivsk region, drone debris damaged a private house and two cars in Kalush; a 70-year-old woman was injured.

The Khmelnytskyi regional military administration reported that an infrastructure facility in the Starokostiantyniv hromada had been hit, without saying what hit it. No one was hurt. Twenty-one drones and two missiles were shot down over the region.

Drones also damaged an agricultural enterprise in Kalynivka, Vinnytsia region (no casualties), and in Lutsk two drones hit an industrial area, where shrapnel wounded a security guard.

Explosions were heard in Dubno, in the Rivne region, where an energy facility was damaged and part of the town remains without electricity, the regional governor wrote on Telegram.

In Odesa, a drone crashed into the 16th floor of a residential tower in the Kyivskyi district. One person was killed and four were injured, the city military administration said.

Air defence was also active over the Zhytomyr, Ternopil and Chernivtsi regions.

Because of the damage, Ukrenergo applied emergency power cuts in the Volyn, Rivne and Lviv regions in the morning; they were lifted by 11:00.

Poland's Operational Command said Polish and allied aircraft had been scrambled in the early hours and ground-based air defence had been put on maximum alert for as long as the attack lasted.

The Russian Defence Ministry claimed that its forces had struck airfields and enterprises of the military-industrial complex with "high-precision long-range weapons."

The strike came a few hours after Russian troops shelled Kherson. On Monday evening, a 58-year-old man was wounded by artillery fire in the Dniprovskyi district, the regional military administration said.
Subscribe to Ukrainian Pulse on Telegram and WhatsApp
Tags: massive attack, Kyiv, Air Force, Kinzhal, Shahed
When citing and using any materials, a hyperlink to Ukrainian Pulse not lower than the first paragraph is mandatory. © 2015–2025
"""
DOC = {"id": "lo02", "date": "2025-06-17", "source": "Ukrainian Pulse (Ukrainian national news agency, English service)",
       "url": "https://ukrpulse.example/eng/war/combined-strike-on-ukraine-472-drones-and-missiles-2025-06-17",
       "text": TEXT}

D, MON = "2025-06-17", "2025-06-16"
W1, I1 = "lo02-1", "lo02-2"
AF = "Ukrainian Air Force"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant=AF,
      weapons=[W("drone", launched=N(440)), W("cruise_missile", "Kh-101", launched=N(16)),
               W("ballistic_missile", "Iskander-M", launched=N(8)), W("cruise_missile", "Kalibr", launched=N(6)),
               W("ballistic_missile", "Kh-47M2 Kinzhal", launched=N(2))],
      note="'In the night of 17 June, the Russian army attacked Ukraine with 472 means of air attack' (Tuesday page): "
           "the nationwide wave, country precision, typed by its heaviest weapon; per-type counts from the list "
           "(440 + 16 + 8 + 6 + 2 = 472; Shahed-type and decoy drones in one figure -> one drone entry without "
           "a model); two cruise-missile models and two ballistic models are separate entries; "
           "the MoD's 'high-precision long-range weapons' claim is its version of the same wave"),
    E(I1, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant=AF,
      weapons=[W("drone", intercepted=N(404)), W("cruise_missile", "Kh-101", intercepted=N(15)),
               W("cruise_missile", "Kalibr", intercepted=N(5)), W("ballistic_missile", "Iskander-M", intercepted=N(4)),
               W("ballistic_missile", "Kh-47M2 Kinzhal", intercepted=N(0))],
      note="'neutralised 428 targets, shooting them down or jamming them …: 404 drones, 15 Kh-101 …, 5 Kalibr … and 4 "
           "Iskander-M' (shot down and jammed counted together, blind49 call 1); 'Neither of the Kinzhals was "
           "intercepted' -> an exact 0; the 29 drones 'lost from radar, most likely decoys' are not intercepted "
           "(404, not 433); the spokesman's 'Fourteen of the sixteen … before they reached the Dnipro' is a part of the 15, not the count; "
           "'Shahed-type … and decoy drones' together -> one drone entry without a model"),
    E("lo02-3", MAS, D, L("Kyiv"), "RU", "UA", parent=W1, fat=N(6), inj=N(27),
      weapons=[W("ballistic_missile")],
      note="'At about 03:10, a ballistic missile hit a nine-storey residential building in the Solomianskyi district' "
           "(a Kyiv district = the city): 'Early in the morning officials spoke of two dead; as of noon, six … dead and "
           "27 injured' -> the latest figure 6 k 27 w"),
    E("lo02-4", ADS, D, L("Kyiv"), "RU", "UA", parent=W1, inj=N(2), weapons=[W("drone")],
      note="'In the Obolonskyi district, the wreckage of a downed drone set fire to the roof of a supermarket; two people "
           "were hospitalised' (hospitalised = injured): a second Kyiv site with another weapon = its own event "
           "(blind53 call 6)"),
    E("lo02-5", INT, D, R("UA-32", "Kyiv region"), "UA", "RU", parent=I1, weapons=[W("drone", intercepted=N(41))],
      note="'air defence brought down 41 drones over the Kyiv region during the night': a region with its own count -> required "
           "(the Kyiv region, UA-32, not the city UA-30)"),
    E("lo02-6", ADS, D, L("Bila Tserkva"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'In Bila Tserkva, drones hit the warehouses of a logistics company … Nobody was hurt' -> 0/0"),
    E("lo02-7", INT, D, R("UA-46", "Lviv region"), "UA", "RU", parent=I1,
      weapons=[W("cruise_missile", intercepted=N(4)), W("drone", intercepted=N(9))],
      note="'Over the Lviv region, four cruise missiles and nine drones were destroyed': a regional count (required), "
           "models not split -> one cruise_missile entry"),
    E("lo02-8", MAS, D, H("Stryi", "Stryi district"), "RU", "UA", parent=W1, fat=N(0), inj=N(0),
      weapons=[W("cruise_missile")],
      note="'One missile struck an industrial infrastructure facility in the Stryi district; there were no casualties' "
           "(the missile of the sentence before = a cruise missile); a raion named after its centre = precision 2"),
    E("lo02-9", ADS, D, L("Kalush"), "RU", "UA", parent=W1, inj=N(1), weapons=[W("drone")],
      note="'drone debris damaged a private house and two cars in Kalush; a 70-year-old woman was injured' "
           "(Ivano-Frankivsk region, UA-26)"),
    E("lo02-10", MAS, D, H("Starokostiantyniv", "Starokostiantyniv hromada"), "RU", "UA", parent=W1, fat=N(0),
      inj=N(0), family=[ADS],
      note="'an infrastructure facility in the Starokostiantyniv hromada had been hit, without saying what hit it. No "
           "one was hurt': weapon unsaid in a mixed wave -> the wave's type with the other strike type accepted; a "
           "hromada = precision 2; 0/0"),
    E("lo02-11", INT, D, R("UA-68", "Khmelnytskyi region"), "UA", "RU", parent=I1,
      weapons=[W("drone", intercepted=N(21)), W("missile", intercepted=N(2))],
      note="fronted number 'Twenty-one drones and two missiles were shot down over the region' (Khmelnytskyi): "
           "required regional interception; the kind of missile is not said -> `missile`"),
    E("lo02-12", ADS, D, L("Kalynivka"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Drones also damaged an agricultural enterprise in Kalynivka, Vinnytsia region (no casualties)': the "
           "parenthesis gives 0/0; Kalynivka 707155 of Vinnytsia oblast (not the Donetsk or Mykolaiv namesakes)"),
    E("lo02-13", ADS, D, L("Lutsk"), "RU", "UA", parent=W1, inj=N(1), weapons=[W("drone", launched=N(2))],
      note="'in Lutsk two drones hit an industrial area, where shrapnel wounded a security guard': drones counted by "
           "number -> launched 2; 1 injured"),
    E("lo02-14", MAS, D, L("Dubno"), "RU", "UA", parent=W1, family=[ADS],
      note="'Explosions were heard in Dubno … where an energy facility was damaged': the weapon is not said (both "
           "strike types); casualties not stated (absent)"),
    E("lo02-15", DIS, D, L("Dubno"), "RU", "UA", parent="lo02-14",
      note="'part of the town remains without electricity': outage caused by lo02-14"),
    E("lo02-16", ADS, D, L("Odesa"), "RU", "UA", parent=W1, fat=N(1), inj=N(4), weapons=[W("drone")],
      note="'In Odesa, a drone crashed into the 16th floor of a residential tower in the Kyivskyi district. One "
           "person was killed and four were injured'"),
    E("lo02-17", DIS, D, C("UA", "Ukraine"), "RU", "UA", parent=W1,
      note="'Ukrenergo applied emergency power cuts in the Volyn, Rivne and Lviv regions in the morning; they were lifted "
           "by 11:00': one grid measure over three regions caused by the wave -> country precision (no single "
           "region); lifted the same morning is still an outage"),
    E("lo02-18", MOB, D, C("PL", "Poland"), "PL", None,
      note="'Polish and allied aircraft had been scrambled in the early hours': a scramble is a military_mobilization of "
           "the scrambling state, no base named -> country; no parent (Poland's own measure)"),
    E("lo02-19", MAS, MON, L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'On Monday evening, a 58-year-old man was wounded by artillery fire in the Dniprovskyi district' (of "
           "Kherson, a Tuesday page) -> 16 June, not part of the night wave"),
    E("lo02-20", INT, D, R("UA-18", "Zhytomyr region"), "UA", "RU", parent=I1, optional=True,
      note="'Air defence was also active over the Zhytomyr, Ternopil and Chernivtsi regions': regions merely listed -> "
           "optional interceptions (ANNOTATION rule 3)"),
    E("lo02-21", INT, D, R("UA-61", "Ternopil region"), "UA", "RU", parent=I1, optional=True,
      note="listed region without a count -> optional"),
    E("lo02-22", INT, D, R("UA-77", "Chernivtsi region"), "UA", "RU", parent=I1, optional=True,
      note="listed region without a count -> optional"),
]
# Not events: 'hits … were recorded at 19 locations' (summary of the children), the 29 drones 'lost from radar' (not
# intercepted), the stages of the Kyiv toll ('two dead' early in the morning), the search under the rubble (part of
# lo02-3), the MoD's claim (the same wave), 'ground-based air defence … put on maximum alert' (part of lo02-18),
# 'The strike came a few hours after' (link sentence). 'Read also' and its headline, the own-line photo credit,
# the Telegram line, tags and the citation rule are furniture.
# Not gold statements: the MoD's "high-precision long-range weapons" (institutional fragment).
STATEMENTS = [
    S("Oleksandr Pylypchuk", "UA", "the mobile fire groups had a long night in the west", "spokesman, Air Force"),
    S("Taras Melnychuk", "UA", "We came down over the balconies of the neighbours", "resident, Solomianskyi district"),
]
MUST_NOT = ["UKRAINIAN PULSE", "National news agency · English service",
            "Ukraine | War | Politics | Economy | World | Society | Photo | Video", "War › Russian attacks",
            "17.06.2025 12:41 · 6 815 views",
            "Read also: Air Force names the regions most often targeted by decoy drones in May",
            "Photo: State Emergency Service of Ukraine", "Subscribe to Ukrainian Pulse on Telegram and WhatsApp",
            "Tags: massive attack, Kyiv, Air Force, Kinzhal, Shahed",
            "When citing and using any materials, a hyperlink to Ukrainian Pulse not lower than the first paragraph is "
            "mandatory. © 2015–2025"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo02-1': "In the night of 17 June, the Russian army attacked Ukraine with 472 means of air attack of several types",
    'lo02-2': "By 09:00, air defence had neutralised 428 targets, shooting them down or jamming them with electronic warfare: 404 drones, 15 Kh-101 missiles, 5 Kalibr missiles and 4 Iskander-M missiles.",
    'lo02-3': "At about 03:10, a ballistic missile hit a nine-storey residential building in the Solomianskyi district",
    'lo02-4': "In the Obolonskyi district, the wreckage of a downed drone set fire to the roof of a supermarket; two people were hospitalised with smoke poisoning.",
    'lo02-5': "air defence brought down 41 drones over the Kyiv region during the night",
    'lo02-6': "In Bila Tserkva, drones hit the warehouses of a logistics company",
    'lo02-7': "Over the Lviv region, four cruise missiles and nine drones were destroyed",
    'lo02-8': "One missile struck an industrial infrastructure facility in the Stryi district; there were no casualties.",
    'lo02-9': "drone debris damaged a private house and two cars in Kalush; a 70-year-old woman was injured.",
    'lo02-10': "an infrastructure facility in the Starokostiantyniv hromada had been hit, without saying what hit it",
    'lo02-11': "Twenty-one drones and two missiles were shot down over the region.",
    'lo02-12': "Drones also damaged an agricultural enterprise in Kalynivka, Vinnytsia region (no casualties)",
    'lo02-13': "in Lutsk two drones hit an industrial area, where shrapnel wounded a security guard",
    'lo02-14': "Explosions were heard in Dubno, in the Rivne region, where an energy facility was damaged",
    'lo02-15': "part of the town remains without electricity",
    'lo02-16': "In Odesa, a drone crashed into the 16th floor of a residential tower in the Kyivskyi district.",
    'lo02-17': "Ukrenergo applied emergency power cuts in the Volyn, Rivne and Lviv regions in the morning",
    'lo02-18': "Polish and allied aircraft had been scrambled in the early hours",
    'lo02-19': "On Monday evening, a 58-year-old man was wounded by artillery fire in the Dniprovskyi district",
    'lo02-20': "Air defence was also active over the Zhytomyr, Ternopil and Chernivtsi regions.",
    'lo02-21': "Air defence was also active over the Zhytomyr, Ternopil and Chernivtsi regions.",
    'lo02-22': "Air defence was also active over the Zhytomyr, Ternopil and Chernivtsi regions.",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
