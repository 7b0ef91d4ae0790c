from common import E, L, R, C, N, W, S, gold

TITLE = "Daily civilian harm table — Monday 20 July 2026"
TEXT = """HARMCOUNT UA
Daily civilian harm table — Monday 20 July 2026
issue #1,604 · compiled 21 July 2026, 07:00 Kyiv · 9 rows
Methodology in brief: one row per incident with civilian harm or damage to civilian objects, from official regional sources, checked against at least one independent source. Russian attacks unless the row says otherwise.

Total for the day: 7 killed, 15 injured in 6 oblasts.

1) Kostiantynivka, Donetsk oblast — residential building destroyed by a guided bomb, 4 dead, 6 injured.
2) Kherson, Kherson oblast — drone attack on a minibus in the Dniprovskyi district; the driver killed, 3 passengers injured.
3) Nikopol, Dnipropetrovsk oblast — artillery fire on the city centre, 1 injured.
4) Zaporizhzhia, Zaporizhzhia oblast — strike on an industrial site, no casualties; weapon not reported.
5) Kharkiv, Kharkiv oblast — Shahed drone on a warehouse in the Kyivskyi district, 2 injured.
6) Izmail district, Odesa oblast — port infrastructure hit by drones, fire; no casualties.
7) Kremenchuk, Poltava oblast — missile strike on an industrial enterprise, 1 dead, 2 injured.
8) Shostka, Sumy oblast — WITHDRAWN: the regional authorities say the explosion was a gas leak.
9) Pavlohrad, Dnipropetrovsk oblast — shelling, 1 dead, 1 injured (figures unconfirmed; the city council is silent).

Update 21 July, 06:40: row 1 — one of the injured died; now 5 dead, 5 injured. The total above is not yet updated.

Share this table: copy link · download PNG
Supported by readers. No ads, no trackers.
"""
DOC = {"id": "ka13", "date": "2026-07-21", "source": "HarmCount UA (daily table)",
       "url": "https://harmcount.example.org/daily/2026-07-20", "text": TEXT}

Y = "2026-07-20"
F = ["air_drone_strike"]
EVENTS = [
    E("ka13-1", "missile_artillery_strike", Y, C("UA", "Ukraine"), "RU", "UA", agg=True, fat=N(7), inj=N(15),
      family=F, note="country total for the day as printed (7 k / 15 w; the update says the total is not yet updated, "
                     "so the printed figures stand); aggregate at country precision"),
    E("ka13-2", "air_drone_strike", Y, L("Kostiantynivka"), "RU", "UA", fat=N(5), inj=N(5), weapons=[W("guided_bomb")],
      parent="ka13-1", note="row 1; the update moves one injured to the dead: 5 k / 5 w (latest figure wins)"),
    E("ka13-3", "air_drone_strike", Y, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", fat=N(1),
      inj=N(3), weapons=[W("drone")], parent="ka13-1", note="row 2; city district = the city"),
    E("ka13-4", "missile_artillery_strike", Y, L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      parent="ka13-1", note="row 3"),
    E("ka13-5", "missile_artillery_strike", Y, L("Zaporizhzhia"), "RU", "UA", fat=N(0), inj=N(0), family=F,
      parent="ka13-1", note="row 4; 'weapon not reported': both types; 0/0"),
    E("ka13-6", "air_drone_strike", Y, L("Kharkiv", 1, "Kharkiv (Kyivskyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone", "Shahed-136")], parent="ka13-1", note="row 5; Shahed"),
    E("ka13-7", "air_drone_strike", Y, L("Izmail", 2, "Izmail district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="ka13-1", note="row 6; raion named after the town = precision 2"),
    E("ka13-8", "missile_artillery_strike", Y, L("Kremenchuk"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("missile")],
      parent="ka13-1", note="row 7; missile, kind not said"),
    E("ka13-9", "missile_artillery_strike", Y, L("Pavlohrad"), "RU", "UA", fat=N(1), inj=N(1), parent="ka13-1",
      note="row 9: kept in the table with unconfirmed figures: still a required event with the figures given. "
           "Row 8 (Shostka) is withdrawn (gas leak): no event"),
]
STATEMENTS = []
MUST_NOT = ["HARMCOUNT UA", "issue #1,604 · compiled 21 July 2026, 07:00 Kyiv · 9 rows",
            "Share this table: copy link · download PNG", "Supported by readers. No ads, no trackers."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
