from common import E, L, R, C, N, W, S, gold

TITLE = "Kherson oblast civilian harm log — 8–10 March 2024"
TEXT = """Open Civilian Harm Monitor (OCHM) / Ukraine / Kherson oblast
log v3.2 · public mirror · auto-generated from our spreadsheet
Kherson oblast civilian harm log — 8–10 March 2024
Perpetrator: Russian armed forces unless entry says otherwise. [?] = attribution not established. Sources: regional military administration (RMA), hromada heads, hospitals, OCHM volunteers. Times Kyiv.
entries: 14 | verified: 11 | pending: 1 | excluded: 1 | duplicate: 1

08.03.2024
Kherson, Dniprovskyi dist.: man (58) injured by explosive dropped from drone near the river port, hospitalised.
Beloserka: private house hit by arty in the evening, woman (66) killed.
Antonovka: bus stop shelled at 14:20, 2 wounded. Bus was empty.
Chernobaevka: car attacked by FPV drone on the Mykolaiv highway, driver injured (RMA).

09.03.2024
Kherson, Korabelnyi dist.: 5-storey residential building struck by guided aerial bomb (KAB), 4 wounded, one of them died in hospital on 10.03.
Stanislav: fishing boat hit by FPV drone on the Dnipro-Buh estuary, fisherman killed.
Beryslav: district hospital damaged by shelling, no casualties reported.
Tyahinka: woman injuried by mine while collecting firewood in forest belt [?]
Kherson, Dniprovskyi dist.: man injured by drone drop near river port — DUPLICATE of 08.03 entry, reposted by RMA on 09.03, not counted.

10.03.2024
Kozatske: volunteers' evacuation van attacked by drone on approach to the village, 2 volunteers injured, van burnt.
Kherson, Suvorovskyi dist.: power line damaged by shelling at 06:40, 3,200 subscribers without electricity until evening.
Kherson, Tsentralnyi dist.: reports of shelling near the regional administration building — PENDING, checking with RMA.
Hola Prystan (occupied): explosions reported by residents, cause unknown — EXCLUDED (not verifiable, no access).
Bilozerka hromada: 19 shells fired in the afternoon, residential buildings and a school damaged, no casualties.

Cite as: OCHM (2024), Kherson oblast civilian harm log, v3.2.
Data licence: ODbL · Code: MIT · Found an error? Write to corrections@ochm.example.org
"""
DOC = {"id": "d08", "date": "2024-03-11", "source": "Open Civilian Harm Monitor (open-source civilian-harm log)",
       "url": "https://ochm.example.org/ukraine/kherson/log/2024-03-08_10", "text": TEXT}

D8, D9, D10 = "2024-03-08", "2024-03-09", "2024-03-10"
EVENTS = [
    E("d08-1", "air_drone_strike", D8, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], note="city district = the city; the 09.03 entry is its marked duplicate (no event)"),
    E("d08-2", "missile_artillery_strike", D8, L("Bilozerka", 1, "Beloserka"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], note="Russian-style spelling 'Beloserka' (Belozerka/Bilozerka); 'arty' = artillery"),
    E("d08-3", "missile_artillery_strike", D8, L("Antonivka-Kh", 1, "Antonovka"), "RU", "UA", inj=N(2),
      note="Russian form of Antonivka (713304, the Kherson suburb); shelled, weapon kind not named"),
    E("d08-4", "air_drone_strike", D8, L("Chornobaivka", 1, "Chernobaevka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="Russian form; 'on the Mykolaiv highway' at the village: precision 1 kept"),
    E("d08-5", "air_drone_strike", D9, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA", fat=N(1), inj=N(3),
      weapons=[W("guided_bomb", "KAB")],
      note="'4 wounded, one of them died in hospital on 10.03': the strike is 09.03; 1 killed and 3 injured (the dead "
           "man no longer counted among the wounded)"),
    E("d08-6", "air_drone_strike", D9, L("Stanislav-Kh", 1, "Stanislav"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="Stanislav 692944 in Kherson oblast (not the old name of Ivano-Frankivsk); boat on the estuary by the village"),
    E("d08-7", "missile_artillery_strike", D9, L("Beryslav"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'no casualties reported' = 0/0"),
    E("d08-8", "remote_explosive", D9, L("Tiahynka", 1, "Tyahinka"), None, "UA", inj=N(1),
      note="mine, marked [?]: actor1 null; misspelled 'Tyahinka', typo 'injuried' left in"),
    E("d08-9", "air_drone_strike", D10, L("Kozatske-Kh", 2, "on approach to Kozatske"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], note="'on approach to the village' = precision 2; Kozatske 706566 (Kherson oblast)"),
    E("d08-10", "missile_artillery_strike", D10, L("Kherson", 1, "Kherson (Suvorovskyi district)"), "RU", "UA",
      weapons=[W("artillery")], note="power line damaged by shelling; no casualties stated (absent)"),
    E("d08-11", "infrastructure_disruption", D10, L("Kherson", 1, "Kherson (Suvorovskyi district)"), "RU", "UA",
      note="3,200 subscribers without electricity until evening"),
    E("d08-12", "missile_artillery_strike", D10, L("Kherson", 1, "Kherson (Tsentralnyi district)"), "RU", "UA",
      optional=True, note="PENDING, 'checking with RMA': optional (blind14 call 1)"),
    E("d08-13", "missile_artillery_strike", D10, L("Bilozerka", 2, "Bilozerka hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(19))],
      note="hromada named after its town = precision 2; 19 shells; 'no casualties' = 0/0. The EXCLUDED Hola Prystan "
           "row is no event"),
]
STATEMENTS = []
MUST_NOT = ["Open Civilian Harm Monitor (OCHM) / Ukraine / Kherson oblast",
            "log v3.2 · public mirror · auto-generated from our spreadsheet",
            "entries: 14 | verified: 11 | pending: 1 | excluded: 1 | duplicate: 1",
            "Cite as: OCHM (2024), Kherson oblast civilian harm log, v3.2.",
            "Data licence: ODbL · Code: MIT · Found an error? Write to corrections@ochm.example.org"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
