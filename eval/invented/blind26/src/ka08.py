from common import E, L, R, C, N, W, S, gold

TITLE = "Nikopol district incident sheet, week 41 (07.10-13.10.2024)"
TEXT = """RIVERBANK MONITOR · shared sheet view
File   Edit   View   Insert   Format   Data   Help
Nikopol district incident sheet, week 41 (07.10-13.10.2024)
Last edit was made 2 hours ago by an anonymous contributor
Scope: settlements of the Nikopol district on the Dnipro's right bank, opposite the occupied Zaporizhzhia NPP. One row per incident, from local authorities' posts and residents' photos. Perpetrator is not coded in this sheet.
date | place | what | src
07.10 | Nikopol | Residential building destroyed by shelling, 4 dead | city MA
07.10 | Marhanets community | Power line hit by a drone; 2,100 households without power | community head
08.10 | Pokrov | School damaged, reportedly by artillery. No casualties | city council
08.10 | Chervonohryhorivka community | Strike on a farm by an FPV drone; tractor driver injured | community head
09.10 | Nikopol | Strike on a bus depot; driver injured | city MA
09.10 | Nikopol | Strike on a bus depot; driver injured | dup — same post shared by two channels
09.10 | Marhanets | Water supply restored after the 07.10 damage | utility
10.10 | Myrove community | Private houses damaged by shelling | community head
11.10 | Nykopol | FPV drone hit a car near the central market, 1 dead, 2 injured | city MA
11.10 | Marganets | Heavy artillery shelling of the town, 1 injured | OVA
12.10 | Tomakivka community | WITHDRAWN — it was a falling air-defence fragment, no damage | OVA
13.10 | Pokrov | Kindergarten hit by a drone; no casualties | city council
Note 12.10: row 1 corrected — dead 4 → 5 (a woman died in hospital on 11.10).
Sheet 1  ·  Sheet 2 (archive)  ·  + Add sheet
Comment only · View-only link · Report abuse
"""
DOC = {"id": "ka08", "date": "2024-10-14", "source": "Riverbank Monitor (shared incident sheet)",
       "url": "https://sheets.example.com/riverbank-monitor/nikopol-w41", "text": TEXT}

F = ["air_drone_strike"]
NOTE0 = "; 'Perpetrator is not coded in this sheet' → actor1 null"
EVENTS = [
    E("ka08-1", "missile_artillery_strike", "2024-10-07", L("Nikopol"), None, "UA", fat=N(5),
      note="row 1; the note raises the dead from 4 to 5 (latest figure wins)" + NOTE0),
    E("ka08-2", "air_drone_strike", "2024-10-07", L("Marhanets", 2, "Marhanets community"), None, "UA",
      weapons=[W("drone")], note="row 2; community named after the town = precision 2" + NOTE0),
    E("ka08-3", "infrastructure_disruption", "2024-10-07", L("Marhanets", 2, "Marhanets community"), None, "UA",
      note="row 2: 2,100 households without power; the 09.10 'restored' row is no event"),
    E("ka08-4", "missile_artillery_strike", "2024-10-08", L("Pokrov"), None, "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")], family=F, note="row 3; 'reportedly by artillery' (hedged: both types); 0/0" + NOTE0),
    E("ka08-5", "air_drone_strike", "2024-10-08", L("Chervonohryhorivka", 2, "Chervonohryhorivka community"), None,
      "UA", inj=N(1), weapons=[W("drone")], note="row 4; community = precision 2" + NOTE0),
    E("ka08-6", "missile_artillery_strike", "2024-10-09", L("Nikopol"), None, "UA", inj=N(1), family=F,
      note="row 5, weapon not said; row 6 is its marked duplicate" + NOTE0),
    E("ka08-7", "missile_artillery_strike", "2024-10-10", L("Myrove-Dp", 2, "Myrove community"), None, "UA", family=F,
      note="row 8; Myrove of Nikopol district (701009); community = precision 2" + NOTE0),
    E("ka08-8", "air_drone_strike", "2024-10-11", L("Nikopol", 1, "Nikopol (typo 'Nykopol')"), None, "UA", fat=N(1),
      inj=N(2), weapons=[W("drone")], note="row 9: the typo 'Nykopol' is Nikopol" + NOTE0),
    E("ka08-9", "missile_artillery_strike", "2024-10-11", L("Marhanets", 1, "Marhanets (Marganets)"), None, "UA",
      inj=N(1), weapons=[W("artillery")], note="row 10: Russian form 'Marganets'" + NOTE0),
    E("ka08-10", "air_drone_strike", "2024-10-13", L("Pokrov"), None, "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="row 12; 'no casualties' = 0/0. Row 11 (Tomakivka) is withdrawn: no event" + NOTE0),
]
STATEMENTS = []
MUST_NOT = ["RIVERBANK MONITOR · shared sheet view", "File   Edit   View   Insert   Format   Data   Help",
            "Last edit was made 2 hours ago by an anonymous contributor", "date | place | what | src",
            "Sheet 1  ·  Sheet 2 (archive)  ·  + Add sheet", "Comment only · View-only link · Report abuse"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
