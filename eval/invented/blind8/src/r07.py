from common import E, L, R, C, N, W, S, gold

TITLE = "\u201cWe are refugees in our own country\u201d: displaced Kursk residents rally outside regional government"
TEXT = """TOCHKA
Independent media about Russia | English edition
This material was produced by Tochka, which the Russian authorities have designated an "undesirable organisation". Sharing it in Russia may be punishable.
\u201cWe are refugees in our own country\u201d: displaced Kursk residents rally outside regional government
5 November 2024
Text: Anna Beletskaya

About 60 residents of the Glushkovo and Korenevo districts, who fled their homes after Ukrainian troops crossed into the Kursk region in August, gathered outside the regional government building in Kursk on Saturday to demand housing certificates and compensation for lost property. Police detained three people, including a woman who had tried to hand a petition to officials at the entrance, according to videos published by local Telegram channels and the protesters themselves.

\u201cWe have been living in dormitories for three months. Nobody tells us when we can go home, or whether we have homes at all,\u201d said Tatyana Kuzmina, a teacher from Glushkovo, who attended the rally with her two children.

Those detained were released in the evening with fines for violating the rules on public gatherings, lawyers from a local human rights group said.

Vice-governor Nikolai Zotov later came out to the crowd and promised that all certificates would be issued \u201cby the end of the year\u201d. The protesters said they would return next Saturday if nothing changed.

On Friday, the day before the rally, the regional administration announced that monthly payments to displaced families would be raised to 15,000 roubles.

Shelling and drones

The border districts continue to come under fire. On Sunday, Ukrainian shelling of Rylsk killed one man and injured two, the regional governor said. Overnight into Monday, a drone hit an administrative building in Kurchatov, the town that houses the Kursk nuclear power plant; no one was hurt, according to local officials.

On Monday, the FSB said it had detained a 34-year-old Kursk resident who allegedly passed the coordinates of military positions to Ukrainian intelligence. He has been charged with treason and faces a life sentence.

According to the regional government, about 112,000 people have left the border districts since August. The Kremlin said last week that everyone would receive help \u201cin full\u201d, without giving any timeline.

Tochka exists thanks to its readers. Support independent journalism \u2192
Share: Telegram \u00b7 VK \u00b7 X
"""
DOC = {"id": "r07", "date": "2024-11-05", "source": "Tochka (Russian exile outlet, English edition)",
       "url": "https://tochka-media.example/en/2024/11/05/kursk-displaced-rally", "text": TEXT}

EVENTS = [
    E("r07-1", "protest", "2024-11-02", L("Kursk"), "RU", "RU", claimant="Tochka",
      note="rally with police detentions: protest with intervention"),
    E("r07-2", "arrest", "2024-11-02", L("Kursk"), "RU", "RU", optional=True,
      note="three detained at the rally (part of r07-1, convention: optional)"),
    E("r07-3", "policy_decision", "2024-11-01", R("RU-KRS", "Kursk region"), "RU", None, optional=True,
      note="payments to displaced families raised; aid to civilians, borderline 'decision about the war'"),
    E("r07-4", "missile_artillery_strike", "2024-11-03", L("Rylsk"), "UA", "RU", fat=N(1), inj=N(2),
      weapons=[W("artillery")], claimant="Kursk regional governor"),
    E("r07-5", "air_drone_strike", "2024-11-04", L("Kurchatov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="local officials", note="overnight into Monday"),
    E("r07-6", "arrest", "2024-11-04", L("Kursk"), "RU", None, claimant="FSB",
      note="detention announced on Monday; detainee is a Kursk resident (place of arrest not stated otherwise)"),
]
STATEMENTS = [
    S("Tatyana Kuzmina", "RU", "Nobody tells us when we can go home", "displaced teacher from Glushkovo"),
    S("Nikolai Zotov", "RU", "by the end of the year", "Kursk vice-governor"),
]
MUST_NOT = ["TOCHKA", "Independent media about Russia | English edition",
            "This material was produced by Tochka, which the Russian authorities have designated an \"undesirable organisation\". Sharing it in Russia may be punishable.",
            "Text: Anna Beletskaya", "Tochka exists thanks to its readers. Support independent journalism \u2192",
            "Share: Telegram \u00b7 VK \u00b7 X"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
