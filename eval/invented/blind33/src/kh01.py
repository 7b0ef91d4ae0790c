from common import E, L, H, N, W, S, gold, MAS, ADS, DIS

TITLE = "Mykolaiv oblast — incident register, 8–10 July 2022"
TEXT = """STEPPE HARM REGISTER
⟵ Back to all registers
Keyboard shortcuts: J / K to move between rows, X to expand a source
Mykolaiv oblast — incident register, 8–10 July 2022
Compiled from regional administration posts, local Telegram channels and hospital statements. Column "Side" is filled only where the source names who fired; a dash means the source did not say.
Colour legend: grey = withdrawn, yellow = corrected
#	Date	Settlement	What happened	Side
1	08.07	Mykolaiv, Inhulskyi district	Private house damaged by shelling, 2 injured	RU
2	08.07	Bashtanka	Strike on a grain elevator, fire in the drying tower, no casualties	—
3	08.07	Halytsynove	Power line cut after shelling; village without electricity until evening	RU
4	09.07	Mykolaiv, Tsentralnyi district	Two missiles hit a university building; night watchman wounded	RU
5	09.07	Mykolaiv, Tsentralnyi district	University building hit (same as #4, second channel)	RU
6	09.07	Voskresenske	Cluster munitions over the hromada centre, 1 injured, several roofs pierced	RU
7	09.07	Kutsurub hromada	Fire from the direction of the Kinburn Spit, 2 houses damaged	RU
8	10.07	Snihurivka (occupied)	Explosions at a Russian ammunition depot reported by residents, smoke column for hours	UA
9	10.07	Mykolaiv, Zavodskyi district	Shelling of an industrial enterprise; no injuries reported	RU
10	10.07	Novyi Buh	Missile hit the territory of a fuel depot, 1 injured	RU
11	10.07	Berezanka	Explosion near the village council	—
12	10.07	Shevchenkove (Mykolaiv raion)	Artillery fire corrected by a drone on the school yard; caretaker injured	RU
13	10.07	Mykolaiv, Korabelnyi district	S-300 missile hit a logistics company's warehouse, fire, no casualties	RU
14	10.07	Halytsynove	Power restored in the evening after the cut of 08.07 (see row 3)	—
Row 11 — WITHDRAWN 11.07: the only source deleted its post; no second confirmation.
Row 4 — CORRECTED 11.07: the watchman died in hospital on the morning of 10.07; a cleaner was also hurt. Now 1 killed, 1 injured.
Row 5 is a duplicate of row 4 and is not counted.
Totals for the period (rows 1–13 without duplicates and withdrawn rows): 1 killed, 6 injured.
Rows are entered by volunteers as posts appear and are not re-ordered; a row that only updates an earlier one (like row 14) is kept for the record but not counted.
This view was generated automatically at 06:00 EEST
Volunteer shift: night desk (3 people) · questions to the register's moderators
Released under CC0 — no attribution needed, but please link the row number
"""
DOC = {"id": "kh01", "date": "2022-07-11", "source": "Steppe Harm Register (volunteer incident register)",
       "url": "https://steppe-register.example/oblast/mykolaiv/2022-07-08_10", "text": TEXT}

EVENTS = [
    E("kh01-1", MAS, "2022-07-08", L("Mykolaiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="row 1; Inhulskyi district = the city; 'damaged by shelling, 2 injured'; Side RU"),
    E("kh01-2", MAS, "2022-07-08", L("Bashtanka"), None, "UA", fat=N(0), inj=N(0), family=[ADS],
      note="row 2 'Strike on a grain elevator' — weapon unstated (both strike types), side '—' = actor1 null; "
           "'no casualties' = 0/0"),
    E("kh01-3", MAS, "2022-07-08", L("Halytsynove"), "RU", "UA", weapons=[W("artillery")],
      note="row 3, the shelling that cut the line; no casualties stated"),
    E("kh01-4", DIS, "2022-07-08", L("Halytsynove"), "RU", "UA", parent="kh01-3",
      note="row 3 'village without electricity until evening' = outage caused by the shelling"),
    E("kh01-5", MAS, "2022-07-09", L("Mykolaiv"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("missile", launched=N(2))],
      note="row 4 as CORRECTED on 11.07: 'Now 1 killed, 1 injured' (the watchman died on 10.07, the incident is 09.07); "
           "Tsentralnyi district = the city; row 5 is its duplicate (no event); two missiles = launched 2"),
    E("kh01-6", MAS, "2022-07-09", L("Voskresenske"), "RU", "UA", inj=N(1),
      note="row 6 'Cluster munitions over the hromada centre' — the hromada centre is the village itself (precision "
           "1); cluster munitions are delivered by rockets/shells here = missile_artillery_strike; 1 injured"),
    E("kh01-7", MAS, "2022-07-09", H("Kutsurub", "Kutsurub hromada"), "RU", "UA", weapons=[W("artillery")],
      note="row 7 'Kutsurub hromada' = precision 2 at Kutsurub; 'Fire from the direction of the Kinburn Spit' — "
           "launch direction, no event at the Spit; casualties not stated"),
    E("kh01-8", MAS, "2022-07-10", L("Snihurivka"), "UA", "RU", family=[ADS],
      note="row 8: explosions at a Russian ammunition depot in occupied Snihurivka, Side UA; weapon unstated (both "
           "strike types); target Russian forces = actor2 RU; casualties not stated"),
    E("kh01-9", MAS, "2022-07-10", L("Mykolaiv"), "RU", "UA", inj=N(0), weapons=[W("artillery")],
      note="row 9 'Shelling of an industrial enterprise; no injuries reported' — Zavodskyi district = the city; "
           "'no injuries reported' = injured 0; deaths not stated (null)"),
    E("kh01-10", MAS, "2022-07-10", L("Novyi Buh"), "RU", "UA", inj=N(1), weapons=[W("missile")],
      note="row 10 'Missile hit the territory of a fuel depot, 1 injured'"),
    E("kh01-11", MAS, "2022-07-10", L("Shevchenkove-MK"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="row 12 'Artillery fire corrected by a drone' = artillery strike (the drone only spots; not an "
           "air_drone_strike); 'Shevchenkove (Mykolaiv raion)' = 694148 near Mykolaiv, not the Kharkiv-oblast one"),
    E("kh01-12", MAS, "2022-07-10", L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("missile", "S-300")],
      note="row 13 S-300 used against a ground target = missile_artillery_strike (ANNOTATION 4); Korabelnyi "
           "district = the city; 'no casualties' = 0/0"),
]
# Not events: row 14 (power restored, an update of row 3), row 5 (duplicate of row 4), row 11 (WITHDRAWN), the period totals (1 k, 5 w = a sum of the rows, not a
# separate incident), the Kinburn Spit (launch direction).
STATEMENTS = []
MUST_NOT = ["STEPPE HARM REGISTER", "⟵ Back to all registers",
            "Keyboard shortcuts: J / K to move between rows, X to expand a source",
            "Colour legend: grey = withdrawn, yellow = corrected",
            "This view was generated automatically at 06:00 EEST",
            "Volunteer shift: night desk (3 people) · questions to the register's moderators",
            "Released under CC0 — no attribution needed, but please link the row number"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
