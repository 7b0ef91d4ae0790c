from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Night chronicle, 12–13 February: drones on Ochakiv and Chornomorsk, a ballistic missile on the port of Odesa"
TEXT = """PRYCHORNOMORKA.NET
Mykolaiv · Odesa · Kherson · Ochakiv | Новини Півдня
Chronicle › The night in the south
Night chronicle, 12–13 February: drones on Ochakiv and Chornomorsk, a ballistic missile on the port of Odesa
Updated continuously · last entry 07:58 · 21 comments
We follow the night as it happens. Times are Kyiv time; the chronicle opened at 20:00 on Thursday.

20:14 — The Air Force reports a group of Shahed drones approaching Ochakiv from the sea.
20:52 — Explosions in Ochakiv. According to the head of the hromada, a drone hit a private house near the seafront; a woman of 71 is wounded.
21:30 — Air defence is working over Mykolaiv. Stay in shelters.
22:05 — Mykolaiv: a drone has hit a warehouse in the Inhulskyi district. A fire broke out, but there are no casualties, the mayor reports.
23:48 — Odesa: threat of ballistic missiles from Crimea.
23:56 — Odesa: two powerful explosions. An Iskander-M hit port infrastructure, the regional administration says; three port workers are injured.
00:40 — Chornomorks: drones hit an energy facility, and part of the town is without electricity.
01:15 — Izmail: drones attacked the port. A truck driver waiting at the terminal was killed.
02:30 — Romania's defence ministry says two of its F-16s took off to watch the airspace along the Danube. No drone entered Romanian airspace, the ministry adds.
03:10 — Quiet in Mykolaiv. The all-clear sounded at 03:22.
05:50 — The Air Force's summary: overnight Russia launched 94 drones and three Iskander-M ballistic missiles. Seventy-eight drones were destroyed; none of the missiles was intercepted.
06:20 — The governor of the Mykolaiv region: fourteen drones were shot down over the region during the night.
06:45 — Odesa region: 31 drones were downed over the region. Repair crews are restoring power in Chornomorsk.
07:30 — Update on Odesa: the number of port workers injured has risen to five, two of them in a serious condition. "Two of our people are in intensive care; the others should be home within days," said Iryna Bondar, a spokeswoman for the port operator.
07:58 — Kherson: Russian artillery shelled the Korabelnyi district at 07:40. A man of 60 was killed at a bus stop, the regional military administration reports.
Tip us off: news@prychornomorka.example
Where to hide: the shelter map of Mykolaiv →
Prychornomorka.net © 2026 · Reprinting requires an active link
"""
DOC = {"id": "ky08", "date": "2026-02-13", "source": "Prychornomorka.net (southern Ukrainian regional site)",
       "url": "https://prychornomorka.example/chronicle/2026-02-13-night", "text": TEXT}

D, Y = "2026-02-13", "2026-02-12"
WAVE = "ky08-9"
EVENTS = [
    E("ky08-1", ADS, Y, L("Ochakiv"), "RU", "UA", parent=WAVE, inj=N(1), weapons=[W("drone")],
      note="'20:52' in a chronicle that opened 'at 20:00 on Thursday' = Thu 12 Feb (before midnight): a drone on a "
           "private house, a woman wounded"),
    E("ky08-2", INT, Y, L("Mykolaiv"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="21:30 'Air defence is working over Mykolaiv': an interception listed without a count -> optional"),
    E("ky08-3", ADS, Y, L("Mykolaiv"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="22:05 (12 Feb): a drone hit a warehouse in the Inhulskyi district (= the city); 'no casualties' = 0/0"),
    E("ky08-4", MAS, Y, L("Odesa"), "RU", "UA", parent=WAVE, inj=N(5), weapons=[W("ballistic_missile", "Iskander-M")],
      note="23:56 (still Thursday 12 Feb): an Iskander-M on port infrastructure, three injured -> the 07:30 update "
           "'has risen to five': the latest figure wins; the 23:48 threat is no event"),
    E("ky08-5", ADS, D, L("Chornomorsk", name="Chornomorsk (typo 'Chornomorks')"), "RU", "UA", parent=WAVE,
      weapons=[W("drone")],
      note="00:40 = Fri 13 Feb (after midnight); typo 'Chornomorks' (the 06:45 entry spells it right); drones on an "
           "energy facility, casualties not stated"),
    E("ky08-6", DIS, D, L("Chornomorsk", name="Chornomorsk (typo 'Chornomorks')"), "RU", "UA", parent="ky08-5",
      note="'part of the town is without electricity'; the repair crews at 06:45 are not a second event"),
    E("ky08-7", ADS, D, L("Izmail"), "RU", "UA", parent=WAVE, fat=N(1), weapons=[W("drone")],
      note="01:15 = 13 Feb: drones on the port of Izmail, a truck driver killed"),
    E("ky08-8", MOB, D, C("RO", "Romania"), "RO", None,
      note="02:30: two Romanian F-16s 'took off to watch the airspace along the Danube' = a scramble of the defending "
           "state; 'No drone entered Romanian airspace' gives no airspace event"),
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(94)), W("ballistic_missile", "Iskander-M", launched=N(3))],
      note="05:50 Air Force summary: 'overnight Russia launched 94 drones and three Iskander-M ballistic missiles' in a "
           "morning page = 13 Feb; its children keep their own days (the hits before midnight are 12 Feb)"),
    E("ky08-10", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE,
      weapons=[W("drone", intercepted=N(78)), W("ballistic_missile", intercepted=N(0))],
      note="'Seventy-eight drones were destroyed; none of the missiles was intercepted' (an exact 0)"),
    E("ky08-11", INT, D, R("UA-48", "Mykolaiv region"), "UA", "RU", parent="ky08-10",
      weapons=[W("drone", intercepted=N(14))],
      note="06:20: 'fourteen drones were shot down over the region during the night' (morning report = 13 Feb), a "
           "region with a count (required)"),
    E("ky08-12", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent="ky08-10",
      weapons=[W("drone", intercepted=N(31))], note="06:45: '31 drones were downed over the region' (required)"),
    E("ky08-13", MAS, D, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="07:58 entry: artillery on the Korabelnyi district (= the city) 'at 07:40' on 13 Feb, a man killed; not "
           "part of the night's drone-and-missile wave"),
]
# Not events: the 20:14 Air Force warning and the 23:48 ballistic threat (threats, no strike); the 03:10 all-clear;
# 'No drone entered Romanian airspace' (negation); 'Stay in shelters'; the restoration of power in Chornomorsk; the
# superseded three injured in Odesa; the port spokeswoman's quote (statement).
STATEMENTS = [
    S("Iryna Bondar", "UA", "Two of our people are in intensive care", "spokeswoman, Odesa port operator"),
]
MUST_NOT = ["PRYCHORNOMORKA.NET", "Mykolaiv · Odesa · Kherson · Ochakiv | Новини Півдня",
            "Chronicle › The night in the south", "Updated continuously · last entry 07:58 · 21 comments",
            "Tip us off: news@prychornomorka.example", "Where to hide: the shelter map of Mykolaiv →",
            "Prychornomorka.net © 2026 · Reprinting requires an active link"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
