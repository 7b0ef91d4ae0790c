from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Kharkovshchina log, 17–19 May: civilian harm entries"
TEXT = """kharkovshchina.watch
a volunteer log kept in Russian and translated by a bot; place names are left as the Russian-language sources give them
Kharkovshchina log, 17–19 May: civilian harm entries
posted 20.05.2024 · last edited 20.05.2024 06:58 · 3 editors
Method: one entry per reported incident. The log does not record who fired; we write only what was hit and what it did to people.

17.05 – Volchansk: aerial bombs on the town centre, 2 dead, evacuation ongoing.
17.05 – Liptsy: artillery shelling of a residential street, 1 injured.
17.05 – Tsirkuny: a guided bomb hit a private house, 1 dead, 2 injured.
17.05 – Kupyansk: shelling of an industrial enterprise, no casualties.
18.05 – Staryi Saltov: drone attack on a shop, 2 injured.
18.05 – Kozachya Lopan: power line cut after drone attack; the village has no light.
18.05 – Zmiev: strike on a railway infrastructure object; two suburban trains to Kharkov cancelled.
18.05 – Pechenegi: strike on an agricultural enterprise, 1 injured.
18.05 – Volchansk: aerial bombs on the centre (repost of the 17.05 entry from another channel — duplicate, not counted).
18.05 – Zolochev: explosion at a filling station — WITHDRAWN, the police say it was a gas cylinder, not an attack.
19.05 – Velikiy Burluk: MLRS shelling, 1 dead.
19.05 – Borovaya: FPV drone hit an evacuation car, 2 injured.
19.05 – Shevchenkovo: strike on a grain elevator, fire, casualties not reported.
19.05 – outskirts of Izyum: missile strike, no casualties.
19.05 – Kharkov (Alekseevka): a guided bomb hit a sports complex, 5 injured, one of them a child.

corr. 20.05 – Liptsy (17.05): the injured man died in hospital on 19.05; the entry now reads 1 dead, 0 injured.

Note for readers: the log counts an incident once, under the day it happened, even when the toll changes later. Entries reach us through volunteers in the districts, so the smallest villages are often missing and the list is never complete. Spellings follow the sources; the map layer shows the Ukrainian names.

↻ sync with the map layer: done
mirror of this log: kharkovshchina-watch on Codeberg
"""
DOC = {"id": "kh09", "date": "2024-05-20", "source": "kharkovshchina.watch (volunteer log, machine-translated)",
       "url": "https://kharkovshchina.example/log/2024-05-17_19", "text": TEXT}

N_ = "actor1 null: 'The log does not record who fired'"
EVENTS = [
    E("kh09-1", ADS, "2024-05-17", L("Vovchansk"), None, "UA", fat=N(2), weapons=[W("guided_bomb")],
      note=f"'Volchansk' = Vovchansk; aerial bombs, 2 dead; the 18.05 repost is a duplicate; {N_}"),
    E("kh09-2", MAS, "2024-05-17", L("Lyptsi"), None, "UA", fat=N(1), inj=N(0), weapons=[W("artillery")],
      note=f"'Liptsy' = Lyptsi; correction of 20.05: the injured man died on 19.05 — the 17.05 incident now 1 dead, "
           f"0 injured; {N_}"),
    E("kh09-3", MAS, "2024-05-17", L("Kupiansk"), None, "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note=f"'Kupyansk'; shelling of an industrial enterprise, 'no casualties' = 0/0; {N_}"),
    E("kh09-4", ADS, "2024-05-18", L("Staryi Saltiv"), None, "UA", inj=N(2), weapons=[W("drone")],
      note=f"'Staryi Saltov' = Staryi Saltiv; drone on a shop, 2 injured; {N_}"),
    E("kh09-5", ADS, "2024-05-18", L("Kozacha Lopan"), None, "UA", weapons=[W("drone")],
      note=f"'Kozachya Lopan' = Kozacha Lopan; the drone attack that cut the line; {N_}"),
    E("kh09-6", DIS, "2024-05-18", L("Kozacha Lopan"), None, "UA", parent="kh09-5",
      note="'power line cut after drone attack; the village has no light'"),
    E("kh09-7", MAS, "2024-05-18", L("Pechenihy"), None, "UA", inj=N(1), family=[ADS],
      note=f"'Pechenegi' = Pechenihy; 'strike on an agricultural enterprise' — weapon unstated (both types); {N_}"),
    E("kh09-8", MAS, "2024-05-19", L("Velykyi Burluk"), None, "UA", fat=N(1), weapons=[W("mlrs")],
      note=f"'Velikiy Burluk' = Velykyi Burluk; MLRS, 1 dead; {N_}"),
    E("kh09-9", ADS, "2024-05-19", L("Borova"), None, "UA", inj=N(2), weapons=[W("drone")],
      note=f"'Borovaya' = Borova (711623, Kharkiv oblast); FPV drone on an evacuation car; {N_}"),
    E("kh09-10", MAS, "2024-05-19", L("Shevchenkove-KH"), None, "UA", family=[ADS],
      note=f"'Shevchenkovo' = Shevchenkove (694137, Kharkiv oblast); strike on a grain elevator, weapon unstated, "
           f"'casualties not reported' = null; {N_}"),
    E("kh09-11", MAS, "2024-05-19", H("Izium", "outskirts of Izium"), None, "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], note=f"'outskirts of Izyum' = precision 2; missile, 'no casualties' = 0/0; {N_}"),
    E("kh09-12", ADS, "2024-05-17", L("Tsyrkuny"), None, "UA", fat=N(1), inj=N(2), weapons=[W("guided_bomb")],
      note=f"'Tsirkuny' = Tsyrkuny; guided bomb on a house, 1 dead 2 injured; {N_}"),
    E("kh09-13", MAS, "2024-05-18", L("Zmiiv"), None, "UA", family=[ADS],
      note=f"'Zmiev' = Zmiiv; 'strike on a railway infrastructure object' — weapon unstated (both types); {N_}"),
    E("kh09-14", DIS, "2024-05-18", L("Zmiiv"), None, "UA", parent="kh09-13",
      note="'two suburban trains to Kharkov cancelled' = rail disruption caused by the strike, at the strike's place"),
    E("kh09-15", ADS, "2024-05-19", L("Kharkiv"), None, "UA", inj=N(5), weapons=[W("guided_bomb")],
      note=f"'Kharkov (Alekseevka)' = Kharkiv's Oleksiivka neighbourhood = the city; guided bomb, 5 injured; {N_}"),
]
# Not events: the 18.05 Volchansk repost (duplicate), the WITHDRAWN Zolochev filling-station explosion (a gas
# cylinder), the correction line itself, the evacuation.
STATEMENTS = []
MUST_NOT = ["kharkovshchina.watch",
            "a volunteer log kept in Russian and translated by a bot; place names are left as the Russian-language sources give them",
            "posted 20.05.2024 · last edited 20.05.2024 06:58 · 3 editors",
            "↻ sync with the map layer: done", "mirror of this log: kharkovshchina-watch on Codeberg"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
