from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Russian missile kills two in Kryvyi Rih as drones hit Sumy, Poltava region"
TEXT = """MERIDIAN PRESS AGENCY
Top News | Europe | Markets | Ukraine Conflict | Wire Briefs
BRIEF
Russian missile kills two in Kryvyi Rih as drones hit Sumy, Poltava region
February 18, 2025 09:54 UTC · 2 min read
KYIV, Feb 18 (MPA) - A ballistic missile killed two people in Kryvyi Rih, drones set fire to a printing house in Sumy and a gas production site in the Poltava region was damaged as Russia attacked Ukraine overnight, Ukrainian officials said on Tuesday.

Russia launched one Iskander-M ballistic missile and 167 drones, the air force said. Ninety-eight of the drones were shot down and another 62 were "lost" to electronic jamming; the statement did not say what became of the missile.

The missile came down on a five-storey hostel in Kryvyi Rih shortly after 3 a.m. Besides the two dead, six people were wounded, a 14-year-old girl among them, according to the head of the city's military administration.

"She was asleep by the window. She has cuts on her face and arms, but she is talking to us," said Iryna Dovzhenko, a nurse at the city's children's hospital.

A night watchman suffered burns when the printing house in Sumy caught fire, regional officials said. The state gas producer said output at the damaged Poltava site had been partly halted, without saying what had struck it.

Kryvyi Rih was last hit on Feb. 4, when a missile struck the city centre and killed four people.
(Reporting by Oksana Bilyk; Editing by Martin Greaves)
© 2025 Meridian Press Agency. All rights reserved.
"""
DOC = {"id": "lk01", "date": "2025-02-18", "source": "Meridian Press Agency (MPA, international wire, brief)",
       "url": "https://meridianpress.example/briefs/ukraine-kryvyi-rih-missile-2025-02-18", "text": TEXT}

D = "2025-02-18"
W1 = "lk01-1"
AF = "Ukrainian Air Force"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant=AF,
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(1)), W("drone", launched=N(167))],
      evidence="Russia launched one Iskander-M ballistic missile and 167 drones, the air force said.",
      note="the overnight wave of a Tuesday morning wire = 18 Feb: one country-level event typed by its heaviest "
           "weapon (a ballistic missile), carrying the air force's totals (1 Iskander-M, 167 drones); the lead's "
           "three places are its children"),
    E("lk01-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant=AF,
      weapons=[W("drone", intercepted=N(98))],
      evidence="Ninety-eight of the drones were shot down",
      note="'Ninety-eight of the drones were shot down' (a number in words opening the sentence): 98; the 62 'lost' to "
           "jamming are not counted as intercepted (blind49 call 1), and nothing is said of the missile (absent, not 0)"),
    E("lk01-3", MAS, D, L("Kryvyi Rih"), "RU", "UA", parent=W1, fat=N(2), inj=N(6),
      weapons=[W("ballistic_missile", "Iskander-M")],
      evidence="The missile came down on a five-storey hostel in Kryvyi Rih shortly after 3 a.m.",
      note="'A ballistic missile killed two people in Kryvyi Rih' + 'Besides the two dead, six people were wounded, a "
           "14-year-old girl among them' -> 2 k 6 w (the girl is inside the six); the dateline KYIV is not the place"),
    E("lk01-4", ADS, D, L("Sumy"), "RU", "UA", parent=W1, inj=N(1), weapons=[W("drone")],
      evidence="A night watchman suffered burns when the printing house in Sumy caught fire",
      note="'drones set fire to a printing house in Sumy' (lead) + 'A night watchman suffered burns' -> 1 injured"),
    E("lk01-5", MAS, D, R("UA-53", "Poltava region"), "RU", "UA", parent=W1, family=[ADS],
      evidence="a gas production site in the Poltava region was damaged as Russia attacked Ukraine overnight",
      note="agentless 'a gas production site in the Poltava region was damaged' during the wave; 'without saying what "
           "had struck it' -> weapon unknown, both strike types; region only (precision 3)"),
    E("lk01-6", DIS, D, R("UA-53", "Poltava region"), "RU", "UA", parent="lk01-5",
      evidence="The state gas producer said output at the damaged Poltava site had been partly halted",
      note="'output at the damaged Poltava site had been partly halted' -> a production halt caused by the strike "
           "(blind49 kz13's 'production halted')"),
    E("lk01-7", MAS, "2025-02-04", L("Kryvyi Rih"), "RU", "UA", fat=N(4), weapons=[W("missile")],
      evidence="Kryvyi Rih was last hit on Feb. 4, when a missile struck the city centre and killed four people.",
      note="background with its own date: 'on Feb. 4, when a missile struck the city centre and killed four people' -> "
           "a recalled event with a resolvable day is required (blind49 conventions), 4 k"),
]
# Not events: the 62 drones 'lost' to jamming (not intercepted); the missile's fate (not said). The dateline 'KYIV,
# Feb 18 (MPA) -' stays as text. Not gold statements: the air force's "lost" (a fragment, no named speaker).
# Masthead, menu, BRIEF label, date/reading-time line, reporting/editing line and © are furniture.
STATEMENTS = [
    S("Iryna Dovzhenko", "UA", "She has cuts on her face and arms, but she is talking to us",
      "nurse, Kryvyi Rih children's hospital"),
]
MUST_NOT = ["MERIDIAN PRESS AGENCY", "Top News | Europe | Markets | Ukraine Conflict | Wire Briefs", "BRIEF",
            "February 18, 2025 09:54 UTC · 2 min read", "(Reporting by Oksana Bilyk; Editing by Martin Greaves)",
            "© 2025 Meridian Press Agency. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
