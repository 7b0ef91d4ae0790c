from common import E, L, R, C, N, W, S, gold

TITLE = "Civilian incident log, Mykolaiv oblast: 9-12 July 2022"
TEXT = """MYKOLAIV CIVIC WATCH — volunteer incident log
Home · Log · Map · Methodology · Donate
Civilian incident log, Mykolaiv oblast: 9-12 July 2022
Last sync: 12.07.2022 09:40 (Kyiv time) · Entries shown: 14
Export CSV | Print
Compiled from official statements, hospital data and residents' reports. Attribution: Russian forces unless marked (?) or stated otherwise.

Sat 9 July
1. Mykolaiv, Inhulskyi dist.: two Uragan rockets hit a five-storey block around 05:10. 1 killed, 4 injured.
2. Bashtanka: shelling of the town outskirts, a grain elevator set on fire. No casualties.
3. Ochakov: port area shelled from the Kinburn spit; 2 fishermen injured, taken to hospital.

Sun 10 July
4. Mykolaiv, Tsentralnyi dist.: S-300 missiles hit a school building and a university campus at 03:40. No casualties.
5. Nikolaev, Tsentralny district: school hit by S-300 — DUPLICATE of entry 4 (copied from a Russian-language channel).
6. Bereznehuvate: house destroyed by shelling, a woman aged 71 killed.
7. Novyi Buh: explosions in the town, cause unknown — WITHDRAWN: sappers destroying a found munition, not an attack.
8. Halytsynove: Grad MLRS fire on a farm, livestock killed, no human casualties.

Mon 11 July
9. Voznesensk: missle stike on a railway facility, 1 worker injured (?)
10. Mykolaiv, Korabelnyi dist.: Smerch cluster rockets on a bus stop and a market around 11:00. 3 killed, 9 injured.
11. Mykolaiv: drinking water supply — still cut since April; kept for reference, not a new incident.
12. Snigirevka (occupied): explosions at an ammunition depot used by Russian forces in the evening. Attribution: Ukrainian forces — Southern Command says its artillery destroyed the depot.
13. Nova Odesa: substation hit in the afternoon, 4,500 households without power (?)

Night 11→12 July
14. Mykolaiv, Zavodskyi dist.: two missiles hit an industrial enterprise at 01:20, fire. No information on casualties yet.

Corr. 12.07 08:55: entry 3 — injured raised from 2 to 3 (a third fisherman was hospitalised on Sunday).

Licence: CC BY 4.0 — cite Mykolaiv Civic Watch
Report an incident: form on the Contacts page
"""
DOC = {"id": "h05", "date": "2022-07-12", "source": "Mykolaiv Civic Watch (volunteer log)",
       "url": "https://mykolaiv-civic-watch.example.org/log/2022-07-12", "text": TEXT}

EVENTS = [
    E("h05-1", "missile_artillery_strike", "2022-07-09", L("Mykolaiv", 1, "Mykolaiv (Inhulskyi district)"), "RU", "UA",
      fat=N(1), inj=N(4), weapons=[W("mlrs", "Uragan", launched=N(2))],
      note="entry 1; city district = the city; attribution from the header"),
    E("h05-2", "missile_artillery_strike", "2022-07-09", L("Bashtanka", 2, "outskirts of Bashtanka"), "RU", "UA",
      fat=N(0), inj=N(0), note="entry 2; 'outskirts of' = precision 2; 'No casualties' = 0/0; shelling, kind not named"),
    E("h05-3", "missile_artillery_strike", "2022-07-09", L("Ochakiv", 1, "Ochakiv (Ochakov), port area"), "RU", "UA",
      inj=N(3), note="entry 3, Russian spelling; the correction raises the injured from 2 to 3 (the latest figure wins); "
                     "fired from the Kinburn spit (the launch area is not the place)"),
    E("h05-4", "missile_artillery_strike", "2022-07-10", L("Mykolaiv", 1, "Mykolaiv (Tsentralnyi district)"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("missile", "S-300")],
      note="entry 4; S-300 against ground targets = missile_artillery_strike (rule 4); entry 5 is its marked duplicate"),
    E("h05-5", "missile_artillery_strike", "2022-07-10", L("Bereznehuvate"), "RU", "UA", fat=N(1),
      note="entry 6; shelling"),
    E("h05-6", "missile_artillery_strike", "2022-07-10", L("Halytsynove"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("mlrs", "Grad")], note="entry 8; 'no human casualties' = 0/0. Entry 7 is withdrawn: no event"),
    E("h05-7", "missile_artillery_strike", "2022-07-11", L("Voznesensk"), None, "UA", inj=N(1), weapons=[W("missile")],
      note="entry 9 marked (?): perpetrator not stated, actor1 null; typos 'missle stike' left in"),
    E("h05-8", "missile_artillery_strike", "2022-07-11", L("Mykolaiv", 1, "Mykolaiv (Korabelnyi district)"), "RU", "UA",
      fat=N(3), inj=N(9), weapons=[W("mlrs", "Smerch")], note="entry 10; cluster rockets from Smerch = MLRS"),
    E("h05-9", "missile_artillery_strike", "2022-07-11", L("Snihurivka", 1, "Snihurivka (Snigirevka)"), "UA", "RU",
      weapons=[W("artillery")], claimant="Southern Command",
      note="entry 12: attribution stated in the line (Ukrainian artillery on a Russian depot in the occupied town)"),
    E("h05-10", "missile_artillery_strike", "2022-07-11", L("Nova Odesa"), None, "UA", family=["air_drone_strike"],
      note="entry 13 marked (?): actor1 null; 'substation hit', weapon not said"),
    E("h05-11", "infrastructure_disruption", "2022-07-11", L("Nova Odesa"), None, "UA",
      note="entry 13: 4,500 households without power; same attribution as its strike"),
    E("h05-12", "missile_artillery_strike", "2022-07-12", L("Mykolaiv", 1, "Mykolaiv (Zavodskyi district)"), "RU", "UA",
      weapons=[W("missile", launched=N(2))],
      note="entry 14, 'Night 11→12 July … at 01:20' = 12 July; casualties unknown (absent). Entry 11 (water cut "
           "since April) is background, no event"),
]
STATEMENTS = []
MUST_NOT = ["MYKOLAIV CIVIC WATCH — volunteer incident log", "Home · Log · Map · Methodology · Donate",
            "Last sync: 12.07.2022 09:40 (Kyiv time) · Entries shown: 14", "Export CSV | Print",
            "Licence: CC BY 4.0 — cite Mykolaiv Civic Watch", "Report an incident: form on the Contacts page"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
