from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, with_evidence

TITLE = "Engels, and the answer: two nights that belong together"
TEXT = """THE LONG REACH
Notes on drones, missiles and air defence in the Russia-Ukraine war
Home · Archive · Maps · About · Support the blog
Engels, and the answer: two nights that belong together
Posted by Kestrel · December 19, 2025 · 9 min read
Filed under: Strike campaigns, Russia, Air defence
Two things happened this week that I think should be read together.

1. Engels

In the early hours of Wednesday, Ukrainian long-range drones reached the Engels-2 air base on the eastern bank of the Volga, just outside the city of Engels and roughly 600 km from the nearest point of the front. Engels is home to most of Russia's Tu-95MS and Tu-160 bombers, the aircraft that launch the Kh-101s.

The Saratov regional governor said on Wednesday morning that an "industrial enterprise" in Engels had been damaged and that one person had been taken to hospital. Ukraine's SBU, for its part, claimed hits on a fuel storage site and on aircraft parking areas of the base. Commercial satellite images taken on Thursday show a burnt patch next to one of the bomber stands and a destroyed fuel truck, but no aircraft wreck that I can confirm.

"The fuel farm is the real target at Engels. Bombers can be moved in a day; a burnt fuel farm takes months," said Pieter Janssens, an open-source imagery analyst who has tracked the base since 2022.

The Russian Defence Ministry said 41 Ukrainian drones were destroyed over Russia overnight, including 12 over the Saratov region. Saratov's Gagarin airport, about 20 km north of the city, halted flights for six hours on Wednesday.

2. The answer

In the early hours of Friday, Russia sent 258 drones and missiles at Ukraine. Here is the Ukrainian Air Force's breakdown by type, with my own column for what got through:

| Type | Launched | Shot down / suppressed | Got through |
| Shahed-136/Geran-2 and decoys | 236 | 201 | 35 |
| Kh-101 cruise missiles | 12 | 10 | 2 |
| Kalibr cruise missiles | 6 | 6 | 0 |
| Iskander-M ballistic missiles | 4 | 1 | 3 |

Forty weapons reached their targets, and three of them were ballistic missiles, which is the number that matters.

The Khmelnytskyi regional administration confirmed a strike on "military infrastructure" near Starokostiantyniv, home of Ukraine's Su-24 bombers that carry Storm Shadow. Officials said there were no casualties and did not say what hit it.

At the port of Pivdennyi, in the town of Pivdenne east of Odesa (Yuzhne until 2024), drones set fire to a tanker at its berth. One crew member was injured, the Odesa regional administration said.

"Russia is telling us very clearly: you hit our bombers, we hit your bomber base. The message is in the choice of targets, not in the size of the raid," said Serhii Marchuk, a retired Ukrainian Air Force colonel who now advises a drone manufacturer.

3. What it means

I expect every Ukrainian strike on a strategic airfield to be answered within 48 hours by a raid on a Ukrainian airbase. That is a forecast, not a fact. Engels was first hit by Ukrainian drones in December 2022, and the base has been attacked at least six times since.
If you find this useful, consider supporting the blog on Patreon.
12 comments
Share this: X · Bluesky · Telegram · Email
← Previous post: How many Shaheds can Russia build in a month?
Content on The Long Reach is licensed under CC BY-NC 4.0.
"""
DOC = {"id": "lh13", "date": "2025-12-19", "source": "The Long Reach (defence blog)",
       "url": "https://thelongreach.example/2025/12/19/engels-and-the-answer/", "text": TEXT}

D, WED = "2025-12-19", "2025-12-17"
W1 = "lh13-5"
EVENTS = [
    E("lh13-1", ADS, WED, H("Engels", "Engels-2 air base just outside Engels"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], claimant="SBU; Saratov regional governor",
      note="'In the early hours of Wednesday, Ukrainian long-range drones reached the Engels-2 air base … just outside the "
           "city of Engels' (Friday post -> 17 Dec); the governor's 'industrial enterprise' with 'one person … taken to "
           "hospital' (= 1 injured) and the SBU's hits are the same event; a military target -> actor2 RU; just outside "
           "X = precision 2"),
    E("lh13-2", INT, WED, C("RU", "Russia"), "RU", "UA", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(41))],
      note="'41 Ukrainian drones were destroyed over Russia overnight' (the Wednesday night of Engels) -> national count"),
    E("lh13-3", INT, WED, R("RU-SAR", "Saratov region"), "RU", "UA", parent="lh13-2", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(12))],
      note="'including 12 over the Saratov region': a regional count -> required"),
    E("lh13-4", DIS, WED, H("Saratov", "Gagarin airport north of Saratov"), None, None,
      note="'Saratov's Gagarin airport, about 20 km north of the city, halted flights for six hours on Wednesday': an "
           "airport closure, sides null; the airport is outside the city -> precision 2"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", launched=N(236)), W("cruise_missile", "Kh-101", launched=N(12)),
               W("cruise_missile", "Kalibr", launched=N(6)), W("ballistic_missile", "Iskander-M", launched=N(4))],
      note="'In the early hours of Friday, Russia sent 258 drones and missiles' with the table's Launched column: 236 "
           "drones, 12 Kh-101, 6 Kalibr (two rows, two entries), 4 Iskander-M -> the nationwide wave of 19 Dec, typed by "
           "the missiles"),
    E("lh13-6", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(201)), W("cruise_missile", "Kh-101", intercepted=N(10)),
               W("cruise_missile", "Kalibr", intercepted=N(6)), W("ballistic_missile", "Iskander-M", intercepted=N(1))],
      note="the table's 'Shot down / suppressed' column: 201, 10, 6, 1; the blogger's 'Got through' column (35, 2, 0, 3; "
           "'Forty weapons reached their targets') is the remainder, no field"),
    E("lh13-7", MAS, D, H("Starokostiantyniv", "near Starokostiantyniv"), "RU", "UA", parent=W1, fat=N(0), inj=N(0),
      family=[ADS], claimant="Khmelnytskyi regional administration",
      note="'a strike on \"military infrastructure\" near Starokostiantyniv … no casualties and did not say what hit it' "
           "-> 0/0, both strike types, near X = precision 2"),
    E("lh13-8", ADS, D, L("Pivdenne"), "RU", "UA", parent=W1, inj=N(1), weapons=[W("drone")],
      claimant="Odesa regional administration",
      note="'At the port of Pivdennyi, in the town of Pivdenne east of Odesa (Yuzhne until 2024), drones set fire to a "
           "tanker at its berth. One crew member was injured' -> Pivdenne 687997 (the Odesa-region port town, not the "
           "Kharkiv or Donetsk namesakes)"),
]
# Not events: Engels as home of the bombers (description), the satellite images of Thursday (evidence of lh13-1), 'no
# aircraft wreck that I can confirm' (negation), Janssens' general point, 'Forty weapons reached their targets' and the
# 'Got through' column (remainders of lh13-5/6), Marchuk's reading of the message, the blogger's forecast 'within 48
# hours', 'first hit … in December 2022' (month without a day) and 'attacked at least six times since' (cumulative). The
# numbered headings and the table stay as text. Not gold statements: the governor's "industrial enterprise" and the
# regional administration's "military infrastructure" (fragments, title only).
STATEMENTS = [
    S("Pieter Janssens", None, "a burnt fuel farm takes months", "open-source imagery analyst"),
    S("Serhii Marchuk", "UA", "The message is in the choice of targets, not in the size of the raid",
      "retired Ukrainian Air Force colonel"),
]
MUST_NOT = ["THE LONG REACH", "Notes on drones, missiles and air defence in the Russia-Ukraine war",
            "Home · Archive · Maps · About · Support the blog", "Posted by Kestrel · December 19, 2025 · 9 min read",
            "Filed under: Strike campaigns, Russia, Air defence",
            "If you find this useful, consider supporting the blog on Patreon.", "12 comments",
            "Share this: X · Bluesky · Telegram · Email", "← Previous post: How many Shaheds can Russia build in a month?",
            "Content on The Long Reach is licensed under CC BY-NC 4.0."]

EVIDENCE = {
    'lh13-1': "In the early hours of Wednesday, Ukrainian long-range drones reached the Engels-2 air base on the eastern bank of the Volga, just outside the city of Engels",
    'lh13-2': "The Russian Defence Ministry said 41 Ukrainian drones were destroyed over Russia overnight",
    'lh13-3': "including 12 over the Saratov region",
    'lh13-4': "Saratov's Gagarin airport, about 20 km north of the city, halted flights for six hours on Wednesday.",
    'lh13-5': "In the early hours of Friday, Russia sent 258 drones and missiles at Ukraine.",
    'lh13-6': "| Shahed-136/Geran-2 and decoys | 236 | 201 | 35 |",
    'lh13-7': "The Khmelnytskyi regional administration confirmed a strike on \"military infrastructure\" near Starokostiantyniv",
    'lh13-8': "drones set fire to a tanker at its berth. One crew member was injured, the Odesa regional administration said.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
