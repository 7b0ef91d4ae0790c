from common import E, L, R, C, N, W, S, H, gold, MAS, ADS

TITLE = "Donetsk oblast: civilians killed and injured, 2–8 September 2024"
TEXT = """SKHID DATA PROJECT
Registers | Methodology | Downloads | Team | Українська
Civilian Harm Register › Donetsk oblast › 2024 › Week 36
Release 2024-W36 · published 09.09.2024 · dataset v3.12
Donetsk oblast: civilians killed and injured, 2–8 September 2024
The register lists every incident in Donetsk oblast in which civilians were killed or injured during the week from Monday 2 to Sunday 8 September. Each row is one incident. The raion column separates settlements that share a name with others elsewhere in Ukraine. A dagger (†) marks a row that rests on a single unconfirmed source.
⤓ CSV | ⤓ XLSX | ⤓ GeoJSON | Embed this table
Rows shown: 15 of 15 · Sort by: date ▾

| # | Date | Time | Settlement | Raion | Weapon | Killed | Injured | Source |
|---|---|---|---|---|---|---|---|---|
| 1 | 02.09 | 06:40 | Pokrovsk | Pokrovsk | KAB guided bomb | 2 | 5 | Oblast military administration |
| 2 | 02.09 | 14:10 | Selydove | Pokrovsk | artillery | 1 | 0 | National Police |
| 3 | 03.09 | 09:30 | Kostiantynivka | Kramatorsk | MLRS (Uragan) | 1 | 3 | Oblast military administration |
| 4 | 03.09 | 21:05 | Slovainsk | Kramatorsk | Iskander-M ballistic missile | 0 | 7 | Oblast military administration |
| 5 | 04.09 | — | Mykolaivka | Kramatorsk | FPV drone | 0 | 2 | Hromada administration |
| 6 | 04.09 | 12:50 | Myrnohrad | Pokrovsk | artillery | 1 | 1 | National Police |
| 7 | 05.09 | 07:15 | Druzhkivka | Kramatorsk | KAB-250 guided bomb | 0 | 4 | Oblast military administration |
| 8 | 05.09 | 16:20 | Ivanivka | Kramatorsk | FPV drone | 1 | 0 | Hromada administration |
| 9 | 05.09 | — | Novohrodivka † | Pokrovsk | KAB guided bomb | 1 | — | Telegram channel |
| 10 | 06.09 | 11:00 | Dobropillia | Pokrovsk | MLRS (Smerch) | 0 | 3 | Oblast military administration |
| 11 | 06.09 | — | Kurakhove | Pokrovsk | artillery | 2 | 2 | Oblast military administration |
| 12 | 07.09 | 08:45 | Bilenke | Kramatorsk | Lancet loitering munition | 0 | 1 | Hromada administration |
| 13 | 07.09 | 19:30 | Kramatorsk | Kramatorsk | Iskander-M ballistic missile | 2 | 11 | Oblast military administration |
| 14 | 08.09 | 05:55 | Siversk | Bakhmut | artillery | 1 | 0 | National Police |
| 15 | 08.09 | 13:40 | Toretsk | Bakhmut | not established | 0 | 2 | Oblast military administration |
| Total | | | 15 incidents | | | 12 | 41 | |

Notes. Row 9 rests on one post in a local Telegram channel and has not been confirmed by any authority; it will be dropped if no confirmation arrives within fourteen days. The toll in row 13 is final as of Sunday evening. For row 15 neither the police nor the military administration established what kind of weapon was used.

The occupation authorities in Horlivka claimed that Ukrainian shelling killed two people in the city on 4 September. The claim falls outside the register's scope and has not been verified.

Attacks on Pokrovsk and Myrnohrad were reported on every day of the week; only incidents with civilian victims are listed.

"A row is a person, not a number, and we would rather publish a week late than publish a wrong row," said Olha Vdovychenko, the register's lead researcher.
Data licence: ODC-BY 1.0 · Cite as: Skhid Data Project, Civilian Harm Register, release 2024-W36
Questions about a row? Write to data@skhid-data.example quoting the row number.
"""
DOC = {"id": "ky09", "date": "2024-09-09", "source": "Skhid Data Project (civilian harm register, weekly release)",
       "url": "https://skhid-data.example/register/donetsk/2024-w36", "text": TEXT}

DAY = {d: f"2024-09-0{d}" for d in range(2, 9)}


def row(n, etype, day, place, fat, inj, weapons, note, name=None, family=None, optional=False, **kw):
    """One table row: its own date (the Date column), the settlement at precision 1, counts from the two columns."""
    return E(f"ky09-{n}", etype, DAY[day], L(place, name=name), "RU", "UA", fat=fat, inj=inj, weapons=weapons,
             family=family, optional=optional, note=f"row {n}: " + note, **kw)


EVENTS = [
    row(1, ADS, 2, "Pokrovsk", N(2), N(5), [W("guided_bomb", "KAB")], "KAB guided bomb, 02.09 06:40, 2 killed 5 injured"),
    row(2, MAS, 2, "Selydove", N(1), N(0), [W("artillery")], "artillery, 02.09 14:10; the 0 in the Injured column is an "
        "exact 0"),
    row(3, MAS, 3, "Kostiantynivka", N(1), N(3), [W("mlrs", "Uragan")], "MLRS (Uragan), 03.09 09:30"),
    row(4, MAS, 3, "Sloviansk", N(0), N(7), [W("ballistic_missile", "Iskander-M")],
        "typo 'Slovainsk' for Sloviansk (Kramatorsk raion); Iskander-M, 03.09 21:05; Killed 0 = exact 0",
        name="Sloviansk (typo 'Slovainsk')"),
    row(5, ADS, 4, "Mykolaivka", N(0), N(2), [W("drone")], "FPV drone on 04.09, no time (the Date column gives the "
        "day); Kramatorsk raion = Mykolaivka 700119, not the Luhansk- or Odesa-oblast villages",
        name="Mykolaivka (Kramatorsk raion)"),
    row(6, MAS, 4, "Myrnohrad", N(1), N(1), [W("artillery")], "artillery, 04.09 12:50"),
    row(7, ADS, 5, "Druzhkivka", N(0), N(4), [W("guided_bomb", "KAB-250")], "KAB-250 guided bomb, 05.09 07:15"),
    row(8, ADS, 5, "Ivanivka", N(1), N(0), [W("drone")], "FPV drone, 05.09 16:20; Kramatorsk raion = Ivanivka "
        "13645592 west of Kramatorsk, not the many other Ivanivkas (Kherson, Luhansk, Odesa oblasts)",
        name="Ivanivka (Kramatorsk raion)"),
    row(9, ADS, 5, "Novohrodivka", N(1), None, [W("guided_bomb", "KAB")], "marked † (a single Telegram post, not "
        "confirmed, may be dropped): optional; Injured '—' = absent", optional=True),
    row(10, MAS, 6, "Dobropillia", N(0), N(3), [W("mlrs", "Smerch")], "MLRS (Smerch), 06.09 11:00; the town "
        "709900 (Pokrovsk raion)"),
    row(11, MAS, 6, "Kurakhove", N(2), N(2), [W("artillery")], "artillery on 06.09, no time"),
    row(12, ADS, 7, "Bilenke", N(0), N(1), [W("drone", "Lancet")], "Lancet loitering munition, 07.09 08:45; Kramatorsk "
        "raion = the Donetsk-oblast Bilenke 712641, not the Zaporizhzhia-oblast village",
        name="Bilenke (Kramatorsk raion)"),
    row(13, MAS, 7, "Kramatorsk", N(2), N(11), [W("ballistic_missile", "Iskander-M")], "Iskander-M, 07.09 19:30; "
        "'final as of Sunday evening'"),
    row(14, MAS, 8, "Siversk", N(1), N(0), [W("artillery")], "artillery, 08.09 05:55 (Bakhmut raion)"),
    row(15, MAS, 8, "Toretsk", N(0), N(2), None, "weapon 'not established' -> both strike types", family=[ADS]),
    E("ky09-16", MAS, DAY[2], R("UA-14", "Donetsk oblast"), "RU", "UA", end=DAY[8], prec="week", agg=True,
      optional=True, fat=N(12), inj=N(41), family=[ADS],
      note="the Total row '15 incidents … 12 … 41': the sum of the rows (the † row included), a week aggregate of the "
           "oblast -> optional (blind42 call 7)"),
    E("ky09-17", MAS, DAY[4], L("Horlivka"), "UA", None, optional=True, fat=N(2), weapons=[W("artillery")],
      claimant="occupation authorities in Horlivka",
      note="the occupation authorities' claim that Ukrainian shelling killed two in Horlivka on 4 September, which the "
           "register calls outside its scope and unverified: optional; attacker as claimed, actor2 null for the "
           "occupied city (blind37 call 4)"),
]
# Not events: the header row and the Total row (a sum, optional above); 'Attacks on Pokrovsk and Myrnohrad were reported
# on every day of the week' (habitual, no incident); the notes on row 9 (the † row is optional), row 13 ('final') and
# row 15 (weapon not established); the dropping of row 9 'if no confirmation arrives within fourteen days' (future);
# the researcher's method (statement).
STATEMENTS = [
    S("Olha Vdovychenko", None, "A row is a person, not a number", "lead researcher, Skhid Data Project"),
]
MUST_NOT = ["SKHID DATA PROJECT", "Registers | Methodology | Downloads | Team | Українська",
            "Civilian Harm Register › Donetsk oblast › 2024 › Week 36",
            "Release 2024-W36 · published 09.09.2024 · dataset v3.12", "⤓ CSV | ⤓ XLSX | ⤓ GeoJSON | Embed this table",
            "Rows shown: 15 of 15 · Sort by: date ▾",
            "Data licence: ODC-BY 1.0 · Cite as: Skhid Data Project, Civilian Harm Register, release 2024-W36",
            "Questions about a row? Write to data@skhid-data.example quoting the row number."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
