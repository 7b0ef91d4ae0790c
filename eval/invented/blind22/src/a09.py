from common import E, L, R, C, N, W, S, gold

TITLE = "Donbass Geo Log — incident feed, Donetsk obl., 02.02–04.02.2024"
TEXT = """DGL // incident feed // v3.2
Donbass Geo Log — incident feed, Donetsk obl., 02.02–04.02.2024
Filter: Donetsk obl. | all actors | 72h
Last sync 05.02.2024 06:40 UTC
Actor = RU unless (UA) noted; unclear = (?). Places as in source.

--- Fri 02.02 ---
Selidovo: 2x S-300 impacted residential area near bus station, 1 kiled 3 wounded.
Gorlovka (UA): Nikitovsky raion shelled, 2 civ wounded per occupation admin.
Avdeevka: heavy fighting continues N of the coke plant, RU pushing along the railway.
Pokrovsk: drone strike on car wash on the outskirts, no casualties.

--- Sat 03.02 ---
Kurakhovo: glide bomb hit school bldg, no casualties reported.
Krasnogorovka: mechanised assault repelled, 4 vehicles lost per UA brigade.
Dzerzhinsk (Toretsk): artilery strike, power line down, ~2k ppl w/o electricity.
Novogrodovka: DUPLICATE of 02.02 Selidovo entry — removed.
Mirnograd: explosion at mine admin bldg, cause unclear (?). 1 wounded.

--- Sun 04.02 ---
Konstantinovka: Uragan cluster strike on market, 2 kiled, 9 wounded.
Donetsk (UA): Kievsky raion hit, 1 wounded per DNR 'mayor'.
Avdeevka: RU milbloggers claim control of Zenit position S of town — unconfirmed.
Ocheretino: FPV hit police evacuation vehicle, 2 officers wounded.
Kramatorsk: WITHDRAWN — video was from 2023.

corr. 05.02: Selidovo toll now 2 kiled (one died in hospital overnight).

rows: 14 / sources: 38
Flag an error → form
CC BY-NC 4.0 — cite as DGL
"""
DOC = {"id": "a09", "date": "2024-02-05", "source": "Donbass Geo Log (volunteer incident log)",
       "url": "https://dgl.example/feed/donetsk?from=2024-02-02&to=2024-02-04", "text": TEXT}

F, SA, SU = "2024-02-02", "2024-02-03", "2024-02-04"
EVENTS = [
    E("a09-1", "missile_artillery_strike", F, L("Selydove", 1, "Selidovo"), "RU", "UA", fat=N(2), inj=N(3),
      weapons=[W("missile", "S-300", launched=N(2))],
      note="S-300 against a ground target = missile_artillery_strike; the 05.02 correction raises the toll 1 -> 2 "
           "killed (latest figure wins); typo 'kiled'"),
    E("a09-2", "missile_artillery_strike", F, L("Horlivka", 1, "Gorlovka (Nikitovsky raion)"), "UA", None, inj=N(2),
      weapons=[W("artillery")], note="(UA) mark = actor1 UA; city district = the city; occupied city: actor2 null"),
    E("a09-3", "armed_clash", F, L("Avdiivka", 2, "north of the Avdeevka coke plant"), "RU", "UA",
      note="'heavy fighting continues' on the day heading: a clash north of the plant (precision 2)"),
    E("a09-4", "air_drone_strike", F, L("Pokrovsk", 2, "outskirts of Pokrovsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="outskirts = precision 2; 'no casualties' = 0/0"),
    E("a09-5", "air_drone_strike", SA, L("Kurakhove", 1, "Kurakhovo"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(1))], note="'no casualties reported' = 0/0"),
    E("a09-6", "armed_clash", SA, L("Krasnohorivka", 1, "Krasnogorovka"), "RU", "UA",
      note="mechanised assault repelled; place line names the town itself"),
    E("a09-7", "missile_artillery_strike", SA, L("Toretsk", 1, "Dzerzhinsk (Toretsk)"), "RU", "UA",
      weapons=[W("artillery")], note="typo 'artilery'; old Russian name Dzerzhinsk; casualties not stated"),
    E("a09-8", "infrastructure_disruption", SA, L("Toretsk", 1, "Dzerzhinsk (Toretsk)"), "RU", "UA",
      note="~2,000 people without electricity after the power line went down"),
    E("a09-9", "remote_explosive", SA, L("Myrnohrad", 1, "Mirnograd"), None, "UA", inj=N(1),
      family=["missile_artillery_strike", "air_drone_strike"],
      note="explosion 'cause unclear (?)': actor1 null by the log's rule; unknown cause = remote_explosive with both "
           "strike types accepted (blind14 call 5)"),
    E("a09-10", "missile_artillery_strike", SU, L("Kostiantynivka", 1, "Konstantinovka"), "RU", "UA", fat=N(2), inj=N(9),
      weapons=[W("mlrs", "Uragan")], note="Uragan MLRS on the market"),
    E("a09-11", "missile_artillery_strike", SU, L("Donetsk", 1, "Donetsk (Kievsky raion)"), "UA", None, inj=N(1),
      family=["air_drone_strike"], note="(UA) mark; 'hit' without a weapon: both strike types; occupied: actor2 null"),
    E("a09-12", "territory_change", SU, L("Avdiivka", 2, "south of Avdeevka"), "RU", "UA", optional=True,
      note="milblogger claim of the Zenit position, 'unconfirmed': optional (blind14 call 7)"),
    E("a09-13", "air_drone_strike", SU, L("Ocheretyne", 1, "Ocheretino"), "RU", "UA", inj=N(2),
      weapons=[W("drone", "FPV")], note="FPV on a police evacuation vehicle"),
]
STATEMENTS = []
MUST_NOT = ["DGL // incident feed // v3.2", "Filter: Donetsk obl. | all actors | 72h", "Last sync 05.02.2024 06:40 UTC",
            "rows: 14 / sources: 38", "Flag an error → form", "CC BY-NC 4.0 — cite as DGL"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
