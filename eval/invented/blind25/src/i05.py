from common import E, L, R, C, N, W, S, gold

TITLE = "Black Sea Coast Strike Log — week 29 (17–23 July 2023)"
TEXT = """coastwatch-ua / strike-log / week29.md
Last commit: "add 23.07 rows, fix Pivdenne" · 3 hours ago
Raw · Blame · History
# Black Sea Coast Strike Log — week 29 (17–23 July 2023)

Scope: Odesa oblast coast and Danube ports. Format: `place: what happened (source)`. All rows are Russian strikes unless tagged [UA-AD] (Ukrainian air defence) or [?] (cause or author unknown). Rows are not deleted; bad rows are struck and tagged.

## Mon 17.07
1. Odesa: explosions heard, air defence active over the city; no damage reported (OVA)

## Tue 18.07
2. Odesa: port infrastructure hit by Kalibr missiles, grain terminal on fire; 1 security guard injured (OVA, port authority)
3. Chornomorsk: grain silo damaged in missile strike; no casualties (city council)
4. Odesa: port infrastructure hit, 1 injured (regional TV) — DUPLICATE of row 2, ignore

## Wed 19.07
5. Odesa oblast: 12 Shahed drones and 4 Kalibr missiles shot down over the region [UA-AD] (Southern Defence Forces)
6. Odesa, Prymorskyi district: 3-storey residential building damaged by missile debris; 2 killed, 5 injured (OVA, SES)

## Thu 20.07
7. Pivdenne: fuel depot struck by Shahed drones, fire; no casualties (city council)
8. Izmail: river port on the Danube hit by drones; 2 grain warehouses destroyed, 3 port workers injured (OVA)
9. ~~Reni: drone debris found near the port~~ — WITHDRAWN: debris photographed in 2022, re-posted
10. Zatoka: road bridge area struck by a missile; bridge closed to traffic (Ukravtodor)

## Fri 21.07
(no rows)

## Sat 22.07
11. Kiliia: explosion on the riverbank, cause unknown; no injuries [?] (local police)

## Sun 23.07
12. Odesa, Kyivskyi district: warehouse hit by drone, fire; no casualties (OVA)
13. Bilhorod-Dnistrovskyi: power substation hit; about 12,000 consumers without electricity (DTEK-like operator notice)

## Corrections
- 24.07: row 7 (Pivdenne) moved from 19.07 to 20.07 — strike was after midnight.
- 24.07: row 8 injured raised from 2 to 3 (OVA update).

Week total (rows 2–13, excluding withdrawn and duplicate): 23 missiles and 41 drones recorded against the coast.

Licence: CC BY-SA 4.0 · Maintained by volunteers · Corrections: open an issue
"""
DOC = {"id": "i05", "date": "2023-07-24", "source": "coastwatch-ua (open-source incident log)",
       "url": "https://git.example.org/coastwatch-ua/strike-log/src/branch/main/week29.md", "text": TEXT}

EVENTS = [
    E("i05-1", "interception", "2023-07-17", L("Odesa"), "UA", "RU", optional=True,
      note="'air defence active over the city; no damage' — no count, no weapon: optional interception"),
    E("i05-2", "missile_artillery_strike", "2023-07-18", L("Odesa"), "RU", "UA", inj=N(1),
      weapons=[W("cruise_missile", "Kalibr")],
      note="agentless passive row; attribution from the log's header rule (Russian unless tagged); Kalibr = cruise; "
           "row 4 is a marked duplicate of this row (no event)"),
    E("i05-3", "missile_artillery_strike", "2023-07-18", L("Chornomorsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], note="'missile strike', 'no casualties' = 0/0"),
    E("i05-4", "interception", "2023-07-19", R("UA-51", "Odesa oblast"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(12)), W("cruise_missile", "Kalibr", intercepted=N(4))],
      note="[UA-AD] row: defender UA = actor1; counts given for the region: required"),
    E("i05-5", "missile_artillery_strike", "2023-07-19", L("Odesa", 1, "Odesa (Prymorskyi district)"), "RU", "UA",
      fat=N(2), inj=N(5), weapons=[W("missile")],
      note="missile debris on a residential building: missile type; city district = the city"),
    E("i05-6", "air_drone_strike", "2023-07-20", L("Pivdenne"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", "Shahed-136")],
      note="row filed under Wed 19.07 but the correction moves it to 20.07 (after midnight)"),
    E("i05-7", "air_drone_strike", "2023-07-20", L("Izmail"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="Danube port hit by drones; injured 3 after the correction (row said 2)"),
    E("i05-8", "missile_artillery_strike", "2023-07-20", L("Zatoka"), "RU", "UA", weapons=[W("missile")],
      note="bridge area struck by a missile; casualties not stated. Row 9 (Reni) is struck through and WITHDRAWN: "
           "no event"),
    E("i05-9", "infrastructure_disruption", "2023-07-20", L("Zatoka"), "RU", "UA", optional=True,
      note="bridge closed to traffic after the strike: a transport disruption (optional, no consumers)"),
    E("i05-10", "remote_explosive", "2023-07-22", L("Kiliia"), None, None, fat=N(0), inj=N(0),
      family=["missile_artillery_strike", "air_drone_strike"],
      note="[?] row: explosion of unknown cause and author → actor1 null; typed as blind4 #7 (remote_explosive, strike "
           "types accepted); 'no injuries' = 0/0"),
    E("i05-11", "air_drone_strike", "2023-07-23", L("Odesa", 1, "Odesa (Kyivskyi district)"), "RU", "UA", fat=N(0),
      inj=N(0), weapons=[W("drone")], note="warehouse hit by drone, 'no casualties'"),
    E("i05-12", "missile_artillery_strike", "2023-07-23", L("Bilhorod-Dnistrovskyi"), "RU", "UA",
      family=["air_drone_strike"], note="'power substation hit' — weapon not said: both strike types"),
    E("i05-13", "infrastructure_disruption", "2023-07-23", L("Bilhorod-Dnistrovskyi"), "RU", "UA",
      note="about 12,000 consumers without electricity"),
    E("i05-14", "missile_artillery_strike", "2023-07-17", R("UA-51", "Odesa oblast"), "RU", "UA", prec="week",
      end="2023-07-23", agg=True, optional=True, family=["air_drone_strike"],
      weapons=[W("missile", launched=N(23)), W("drone", launched=N(41))],
      note="week total of the log (17–23 July, explicit): an aggregate over the rows, optional like monthly totals"),
]
STATEMENTS = []
MUST_NOT = ["coastwatch-ua / strike-log / week29.md", 'Last commit: "add 23.07 rows, fix Pivdenne" · 3 hours ago',
            "Raw · Blame · History", "Licence: CC BY-SA 4.0 · Maintained by volunteers · Corrections: open an issue"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
