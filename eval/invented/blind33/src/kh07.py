from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Left bank, weekend of 19–20 August: what the occupation administration reported"
TEXT = """LEFT BANK CHRONICLE
translated summaries of what the Russian-installed authorities in occupied Kherson oblast publish
Left bank, weekend of 19–20 August: what the occupation administration reported
Mon 21 Aug 2023 · summary No. 212 · reading time 2 min
How to read this: each line is the occupation administration's own claim, in its own place names (we add the Ukrainian name in brackets the first time). The administration blames every strike on the "AFU". We do not verify these claims and publish them as given.
Key: 💥 shelling · 🛸 drone · ⚡ outage · 🔁 repeat · ❌ withdrawn · ✏️ correction

— Sat 19.08 —
💥 Novaya Kakhovka (Nova Kakhovka): artillery hit the central market in the morning, 2 civilians injured.
🛸 Aleshki (Oleshky): a drone dropped a munition on a bus stop, 1 killed.
💥 Golaya Pristan (Hola Prystan): 14 shells on residential streets, houses damaged, no casualties.
💥⚡ Kakhovka: shelling cut a 10 kV line; the northern part of the town is without electricity.
💥 Kozachi Lageri (Kozachi Laheri): shells set a house on fire, no casualties.

— Sun 20.08 —
🛸 Zheleznyi Port (Zaliznyi Port): drone attack on a recreation centre, 3 injured.
💥 Radensk (Radensk): rockets hit the outskirts of the village; casualties not reported.
💥 Kardashinka (Kardashynka): mortar fire, 1 injured.
🛸 Dneprany (Dnipriany): an FPV drone hit a car, 1 killed, 1 injured.
🛸 Kakhovka: a drone hit a car of the town administration near the hospital, the driver injured.
🔁 Aleshki: the bus stop strike was posted again on Sunday with new photos — same incident as Saturday's.
❌ Skadovsk: "missile strike on the port" — the administration deleted the post an hour later and called it an air defence launch.
✏️ Novaya Kakhovka (Saturday): the number of injured has risen to 3, one more woman sought help.

The administration also listed nine more "attacks" on Sunday without naming any place; we leave them out, as we do every time. Its weekly figure of "over 300 shells" is not broken down by settlement and is not reproduced here either.

Previous summary: No. 211 · Next summary: Tuesday evening
Support the Chronicle: we are reader-funded, no grants, no ads
"""
DOC = {"id": "kh07", "date": "2023-08-21", "source": "Left Bank Chronicle (monitoring newsletter)",
       "url": "https://leftbank-chronicle.example/212", "text": TEXT}

EVENTS = [
    E("kh07-1", MAS, "2023-08-19", L("Nova Kakhovka"), "UA", None, inj=N(3), weapons=[W("artillery")],
      note="Sat 19.08 'Novaya Kakhovka' artillery on the market; the ✏️ correction raises the injured 2 → 3; "
           "occupation claim as given: actor1 UA, actor2 null for the occupied town"),
    E("kh07-2", ADS, "2023-08-19", L("Oleshky"), "UA", None, fat=N(1), weapons=[W("drone")],
      note="'Aleshki' drone drop on a bus stop, 1 killed; the 🔁 Sunday repost is the same incident"),
    E("kh07-3", MAS, "2023-08-19", L("Hola Prystan"), "UA", None, fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(14))], note="'Golaya Pristan' 14 shells, 'no casualties' = 0/0"),
    E("kh07-4", MAS, "2023-08-19", L("Kakhovka"), "UA", None, weapons=[W("artillery")],
      note="Kakhovka shelling that cut a 10 kV line; casualties not stated"),
    E("kh07-5", DIS, "2023-08-19", L("Kakhovka"), "UA", None, parent="kh07-4",
      note="'the northern part of the town is without electricity'"),
    E("kh07-6", ADS, "2023-08-20", L("Zaliznyi Port"), "UA", None, inj=N(3), weapons=[W("drone")],
      note="Sun 20.08 'Zheleznyi Port' drone attack on a recreation centre, 3 injured"),
    E("kh07-7", MAS, "2023-08-20", H("Radensk", "outskirts of Radensk"), "UA", None, weapons=[W("missile")],
      note="'rockets hit the outskirts of the village' = precision 2; 'casualties not reported' = null; rockets of "
           "unstated kind = generic missile"),
    E("kh07-8", MAS, "2023-08-20", L("Kardashynka"), "UA", None, inj=N(1), weapons=[W("artillery")],
      note="'Kardashinka' mortar fire, 1 injured"),
    E("kh07-9", ADS, "2023-08-20", L("Dnipriany"), "UA", None, fat=N(1), inj=N(1), weapons=[W("drone")],
      note="'Dneprany' FPV drone on a car, 1 killed 1 injured"),
    E("kh07-10", MAS, "2023-08-19", L("Kozachi Laheri"), "UA", None, fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'Kozachi Lageri' = Kozachi Laheri; shells set a house on fire, 'no casualties' = 0/0"),
    E("kh07-11", ADS, "2023-08-20", L("Kakhovka"), "UA", None, inj=N(1), weapons=[W("drone")],
      note="Sun 20.08 Kakhovka drone on an administration car, driver injured — a second Kakhovka event, another day"),
    E("kh07-12", MAS, "2023-08-15", R("UA-65", "Kherson oblast (occupied left bank)"), "UA", None, end="2023-08-21",
      prec="week", agg=True, weapons=[W("artillery", launched=N(300, "at_least"))], optional=True,
      note="the administration's 'weekly figure of \"over 300 shells\"', quoted only to say it is not reproduced; "
           "its period is not stated: optional week aggregate (reference-6 … reference)"),
]
# Not events: the nine unplaced Sunday 'attacks' (no place, left out by the Chronicle itself), the 🔁 Aleshki repeat, the ❌ Skadovsk post (withdrawn; called an air defence launch, no interception
# stated), the ✏️ line (changes kh07-1).
STATEMENTS = []
MUST_NOT = ["LEFT BANK CHRONICLE",
            "translated summaries of what the Russian-installed authorities in occupied Kherson oblast publish",
            "Mon 21 Aug 2023 · summary No. 212 · reading time 2 min",
            "Previous summary: No. 211 · Next summary: Tuesday evening",
            "Support the Chronicle: we are reader-funded, no grants, no ads"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
