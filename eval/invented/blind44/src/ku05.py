from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, REX

TITLE = "Northern border civilian harm log: 19–25 August 2024"
TEXT = """BORDERLINE CIVIC MONITOR
Independent documentation of civilian harm in the border regions of Ukraine
Logs | Methodology | Maps | About us | Support our work
Northern border civilian harm log: 19–25 August 2024
Published 26.08.2024 · Last edited 26.08.2024 11:02
The log records incidents in which Russian strikes or explosive remnants harmed civilians or civilian objects in Sumy, Kharkiv and Chernihiv oblasts. One row is one incident at one place on one day. K = killed, I = injured; "–" means that no figure was reported. Incidents affecting only military personnel and air raid alerts without impacts are not logged.

No. | Date | Oblast | Raion / hromada | Settlement | What happened | K | I | Source
0431 | 19.08 | Sumy | Sumy r. / Krasnopillia h. | Krasnopillia | Shop and private house damaged by mortar fire | 0 | 0 | RMA
0432 | 19.08 | Sumy | Shostka r. / Esman h. | Esman | Car hit by FPV drone in the village centre | 1 | 0 | RMA
0433 | 19.08 | Kharkiv | Kharkiv r. / Kozacha Lopan h. | Kozacha Lopan | Apartment block hit by guided aerial bomb (KAB-250) | 0 | 3 | RMA, police
0434 | 19.08 | Chernihiv | Novhorod-Siverskyi r. / Hremiach h. | Hremiach | Farm shelled with artillery, barn burned down | – | – | local admin
0435 | 20.08 | Sumy | Sumy r. | Sumy | Energy facility hit by Shahed-type drone; part of the city without power until evening | 0 | 1 | RMA
0436 | 20.08 | Sumy | Okhtyrka r. / Velyka Pysarivka h. | Velyka Pysarivka | Administrative building struck by MLRS (Grad) | 0 | 2 | RMA
0437 | 20.08 | Kharkiv | Chuhuiv r. / Staryi Saltiv h. | Staryi Saltiv | Man injured by munition dropped from a drone while working in his garden | 0 | 1 | police
0438 | 20.08 | Kharkiv | Kupiansk r. | Kup'iansk | Multi-storey building in the central district damaged by shelling | 2* | 1 | RMA
0439 | 21.08 | Chernihiv | Novhorod-Siverskyi r. / Semenivka h. | Semenivka | Residential house destroyed by guided aerial bomb | 0 | 0 | RMA
0440 | 21.08 | Sumy | Sumy r. / Myropillia h. | Myropillia | Bus stop hit by Molniya-type drone | 1 | 1 | RMA
0441 | 21.08 | Sumy | Konotop r. / Putyvl h. | Putyvl | Power line damaged by artillery; 2,300 consumers cut off | 0 | 0 | oblenergo
0442 | 21.08 | Kharkiv | Bohodukhiv r. / Zolochiv h. | Zolochiv | School gym destroyed by guided aerial bomb at night | 0 | 0 | RMA
0443 | 22.08 | Kharkiv | Kupiansk r. / Shevchenkove h. | field near Shevchenkove | Tractor ran over an anti-tank mine during the harvest, driver injured | 0 | 1 | police
0444 | 22.08 | Sumy | Sumy r. / Khotin h. | Khotin | Private houses damaged by artillery | 0 | 0 | RMA
0445 | 22.08 | Sumy | Shostka r. | Shostka | Industrial enterprise hit by missile (type not established); fire | 0 | 4 | RMA, SES
0446 | 22.08 | Chernihiv | Novhorod-Siverskyi r. | Novhorod-Siverskyi | Debris of a downed UAV fell in a residential yard | 0 | 0 | RMA
0447 | 23.08 | Sumy | Sumy r. / Yunakivka h. | Yunakivka | Car hit by FPV drone, both occupants killed | 2 | 0 | RMA
0448 | 23.08 | Kharkiv | Kupiansk r. / Velykyi Burluk h. | Velykyi Burluk | Post office damaged in drone attack | – | – | local admin
0449 | 23.08 | Kharkiv | Kharkiv r. | Kharkiv | Two guided bombs hit a residential area of the Kyivskyi district | 0 | 7 | RMA, city council
0450 | 24.08 | Sumy | Okhtyrka r. / Trostianets h. | Trostianets | Warehouse struck by Shahed-type drone at night | 0 | 0 | RMA
0451 | 24.08 | Sumy | Sumy r. / Bilopillia h. | Bilopillia | Hospital building damaged by guided bomb; patients moved to the shelter | 0 | 2 | RMA, MoH
0452 | 24.08 | Chernihiv | Chernihiv r. / Ripky h. | Ripky | Agricultural machinery hit by drone | 0 | 0 | local admin
0453 | 25.08 | Kharkiv | Chuhuiv r. / Pechenihy h. | Pechenihy | Boarding house damaged by ballistic missile (Iskander-M according to the Air Force) | 0 | 0 | RMA
0454 | 25.08 | Sumy | Shostka r. / Seredyna-Buda h. | Seredyna-Buda | Woman killed by shelling next to her house | 1 | 0 | RMA
0455 | 25.08 | Kharkiv | Chuhuiv r. / Vovchans'k h. | – | Two civilians injured by artillery fire during evacuation | 0 | 2 | police

* 0438: two people were injured on 20.08; one of them died in hospital on 21.08 and was moved from I to K.
Held for review, not logged: a strike on a school in Vorozhba (Sumy oblast) on 25.08, mentioned by local chats but not confirmed by any official source.

Week totals: Sumy oblast – 12 incidents, 5 killed, 10 injured; Kharkiv oblast – 9 incidents, 2 killed, 15 injured; Chernihiv oblast – 4 incidents, no one killed or injured.
Download: CSV | XLSX | GeoJSON
Licence: CC BY-NC 4.0. Cite as: Borderline Civic Monitor, Northern border log, week 34/2024.
Corrections and tips: data@borderline-monitor.example
Support our work: one-off or monthly donation
"""
DOC = {"id": "ku05", "date": "2024-08-26", "source": "Borderline Civic Monitor (researchers' incident log)",
       "url": "https://borderline-monitor.example/logs/north/2024-w34", "text": TEXT}

def d(dd):
    return f"2024-08-{dd}"


EVENTS = [
    E("ku05-1", MAS, d(19), L("Krasnopillia"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="row 0431: agentless 'damaged by mortar fire'; the perpetrator from the log's scope ('Russian strikes or "
           "explosive remnants') -> RU; K 0 / I 0 are stated zeros -> exact 0"),
    E("ku05-2", ADS, d(19), L("Esman"), "RU", "UA", fat=N(1), inj=N(0), weapons=[W("drone")],
      note="row 0432: 'Car hit by FPV drone in the village centre', K 1 I 0"),
    E("ku05-3", ADS, d(19), L("Kozacha Lopan"), "RU", "UA", fat=N(0), inj=N(3), weapons=[W("guided_bomb", "KAB-250")],
      note="row 0433: guided aerial bomb KAB-250 on an apartment block, 3 injured"),
    E("ku05-4", MAS, d(19), L("Hremiach"), "RU", "UA", weapons=[W("artillery")],
      note="row 0434: 'Farm shelled with artillery'; K and I are '–' = no figure reported -> counts absent, not 0"),
    E("ku05-5", ADS, d(20), L("Sumy"), "RU", "UA", fat=N(0), inj=N(1), weapons=[W("drone", "Shahed-136")],
      note="row 0435: Shahed-type drone on an energy facility in Sumy, 1 injured"),
    E("ku05-6", DIS, d(20), L("Sumy"), "RU", "UA", parent="ku05-5",
      note="row 0435 continued: 'part of the city without power until evening' -> the outage is its own event (one row, "
           "two events)"),
    E("ku05-7", MAS, d(20), L("Velyka Pysarivka"), "RU", "UA", fat=N(0), inj=N(2), weapons=[W("mlrs", "Grad")],
      note="row 0436: MLRS (Grad) on an administrative building, 2 injured"),
    E("ku05-8", ADS, d(20), L("Staryi Saltiv"), "RU", "UA", fat=N(0), inj=N(1), weapons=[W("drone")],
      note="row 0437: 'munition dropped from a drone': air_drone_strike (blind40 call 2)"),
    E("ku05-9", MAS, d(20), L("Kupiansk"), "RU", "UA", fat=N(2), inj=N(1), weapons=[W("artillery")],
      note="row 0438 (apostrophised 'Kup'iansk' = Kupiansk 703656) with its footnote: 'K 2*' — one of the two injured died in hospital on 21.08 and was moved from I "
           "to K -> 2 killed, 1 injured; the incident keeps its day (20.08), the death is no second event"),
    E("ku05-10", ADS, d(21), L("Semenivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="row 0439: Semenivka 694590 (Chernihiv oblast, Novhorod-Siverskyi raion), not the Poltava or Zaporizhzhia "
           "namesakes"),
    E("ku05-11", ADS, d(21), L("Myropillia"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("drone", "Molniya")],
      note="row 0440: Molniya-type drone on a bus stop, K 1 I 1"),
    E("ku05-12", MAS, d(21), L("Putyvl"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="row 0441: 'Power line damaged by artillery'"),
    E("ku05-13", DIS, d(21), L("Putyvl"), "RU", "UA", parent="ku05-12",
      note="row 0441 continued: '2,300 consumers cut off'"),
    E("ku05-14", ADS, d(21), L("Zolochiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="row 0442: 'at night' in a row dated 21.08 -> 21 August; Zolochiv 686895 (Kharkiv oblast), not Zolochiv in "
           "Lviv oblast"),
    E("ku05-15", REX, d(22), H("Shevchenkove", "field near Shevchenkove"), None, "UA", fat=N(0), inj=N(1),
      note="row 0443: a tractor 'ran over an anti-tank mine during the harvest': remote_explosive; who laid the mine is "
           "not said -> actor1 null; 'field near Shevchenkove' = precision 2 (Shevchenkove 694137, Kupiansk raion)"),
    E("ku05-16", MAS, d(22), L("Khotin"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="row 0444: Khotin 706253 (Sumy oblast), not Khotyn (Chernivtsi oblast)"),
    E("ku05-17", MAS, d(22), L("Shostka"), "RU", "UA", fat=N(0), inj=N(4), weapons=[W("missile")],
      note="row 0445: 'hit by missile (type not established)' -> category missile; 4 injured"),
    E("ku05-18", ADS, d(22), L("Novhorod-Siverskyi"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="row 0446: debris of a downed UAV in a residential yard: the debris is a strike with 0/0"),
    E("ku05-19", INT, d(22), L("Novhorod-Siverskyi"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="row 0446 implies the shoot-down of one UAV without a count -> optional (blind40 kq01-14)"),
    E("ku05-20", ADS, d(23), L("Yunakivka"), "RU", "UA", fat=N(2), inj=N(0), weapons=[W("drone")],
      note="row 0447: 'Car hit by FPV drone, both occupants killed' -> K 2"),
    E("ku05-21", ADS, d(23), L("Velykyi Burluk"), "RU", "UA", weapons=[W("drone")],
      note="row 0448: 'Post office damaged in drone attack', K and I '–' -> absent"),
    E("ku05-22", ADS, d(23), L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(7), weapons=[W("guided_bomb", launched=N(2))],
      note="row 0449: 'Two guided bombs hit a residential area of the Kyivskyi district' (= the city): launched 2, 7 "
           "injured"),
    E("ku05-23", ADS, d(24), L("Trostianets"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone", "Shahed-136")],
      note="row 0450: Trostianets 691255 (Sumy oblast, Okhtyrka raion), not the Vinnytsia or Lviv namesakes"),
    E("ku05-24", ADS, d(24), L("Bilopillia"), "RU", "UA", fat=N(0), inj=N(2), weapons=[W("guided_bomb")],
      note="row 0451: guided bomb on a hospital building, 2 injured; patients moved to the shelter is the response"),
    E("ku05-25", ADS, d(24), L("Ripky"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="row 0452: 'Agricultural machinery hit by drone'"),
    E("ku05-26", MAS, d(25), L("Pechenihy"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="row 0453: 'ballistic missile (Iskander-M according to the Air Force)'"),
    E("ku05-27", MAS, d(25), L("Seredyna-Buda"), "RU", "UA", fat=N(1), inj=N(0), weapons=[W("artillery")],
      note="row 0454: 'Woman killed by shelling next to her house'"),
    E("ku05-28", MAS, d(25), H("Vovchansk", "Vovchansk hromada"), "RU", "UA", fat=N(0), inj=N(2),
      weapons=[W("artillery")],
      note="row 0455: the settlement column is '–', only the hromada is given ('Vovchans'k h.', soft sign as an "
           "apostrophe) -> precision 2 at the hromada's centre"),
    E("ku05-29", MAS, d(25), L("Vorozhba"), "RU", "UA", optional=True, family=[ADS],
      note="'Held for review, not logged: a strike on a school in Vorozhba … on 25.08 … not confirmed by any official "
           "source': an unconfirmed report the log itself withholds -> optional; weapon not said (both types)"),
    E("ku05-30", MAS, d(19), R("UA-59", "Sumy oblast"), "RU", "UA", optional=True, prec="week", end=d(25), agg=True,
      fat=N(5), inj=N(10), family=[ADS],
      note="'Week totals: Sumy oblast – 12 incidents, 5 killed, 10 injured': the log's sum of its own rows -> optional "
           "week aggregate (blind42 call 7)"),
    E("ku05-31", MAS, d(19), R("UA-63", "Kharkiv oblast"), "RU", "UA", optional=True, prec="week", end=d(25), agg=True,
      fat=N(2), inj=N(15), family=[ADS], note="Kharkiv oblast week total (sum of rows) -> optional"),
    E("ku05-32", MAS, d(19), R("UA-74", "Chernihiv oblast"), "RU", "UA", optional=True, prec="week", end=d(25),
      agg=True, fat=N(0), inj=N(0), family=[ADS], note="Chernihiv oblast week total, 'no one killed or injured' -> optional"),
]
# Not events: the scope line (military casualties and alerts without impacts are not logged), the column header, the
# footnote's death in hospital (it updates row 0438, no second event), 'patients moved to the shelter' (response). The
# download, licence, corrections and support lines and the site header are furniture.
# Row totals check: Sumy 12 rows, K 1+1+2+1 = 5, I 1+2+1+4+2 = 10; Kharkiv 9 rows, K 2, I 3+1+1+1+7+2 = 15; Chernihiv 4.
STATEMENTS = []
MUST_NOT = ["BORDERLINE CIVIC MONITOR",
            "Independent documentation of civilian harm in the border regions of Ukraine",
            "Logs | Methodology | Maps | About us | Support our work",
            "Published 26.08.2024 · Last edited 26.08.2024 11:02", "Download: CSV | XLSX | GeoJSON",
            "Licence: CC BY-NC 4.0. Cite as: Borderline Civic Monitor, Northern border log, week 34/2024.",
            "Corrections and tips: data@borderline-monitor.example",
            "Support our work: one-off or monthly donation"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
