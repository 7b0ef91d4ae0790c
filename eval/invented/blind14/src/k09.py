from common import E, L, R, C, N, W, S, gold

TITLE = "Port incident log, week 8 (15–21 February 2026)"
TEXT = """PONTIC RISK DESK
Black Sea and Danube maritime security · Clients | Log | Contact
Port incident log, week 8 (15–21 February 2026)
Issued 21.02.2026 · Classification: OPEN · Sources: port authorities, Navy, regional administrations, ship agents
Columns: Date | Port / place | Incident
15.02 | Izmail | Grain terminal on fire after drone attack overnight; two port workers injured
15.02 | Izmail | Loading at the grain terminal suspended for 36 hours
16.02 | Orlivka (Izmail district) | Drone debris fell near the ferry pier; the Orlivka–Isaccea ferry suspended for the day. No casualties
17.02 | Odesa, Khadzhybeiskyi (ex-Suvorovskyi) district | Missile hit a warehouse of a shipping agency near the port; 1 killed, 6 injured
17.02 | Pivdennyi (Yuzhne) | Ballistic missile struck berth 4; Panama-flagged bulk carrier damaged, 3 crew injured
18.02 | Chornomorsk | Cargo vessel at anchor in the outer roads hit by a drone; no injuries
18.02 | Black Sea, ~40 nm SE of Odesa | Tanker hit a drifting mine; hull breach above the waterline, no injuries
19.02 | Bilhorod-Dnistrovskyi | Strike on port infrastructure, reportedly by missile; one gantry crane destroyed
19.02 | Zatoka | Reports of a strike on the railway bridge — unverified, not included in totals
19.02 | Kiliia | Shipyard hit by drone, 1 worker injured
20.02 | Ochakiv (Mykolaiv region) | Artillery fire from the Kinburn Spit on the harbour; a fishing boat sank at its mooring
21.02 | Odesa region | Overnight, air defence shot down 23 of 27 attack drones over the region
21.02 | all ports | Advisory: the Navy warns of drifting mines in the north-western Black Sea
Correction: the 17.02 Pivdennyi entry — the bulk carrier is Liberian-flagged, not Panama-flagged.
Week 8 summary: 11 incidents, 1 killed, 13 injured, 4 merchant vessels damaged.
For information only; not security advice. Clients receive the annex with vessel names.
Subscribe to the weekly log · Previous issue: week 7
© Pontic Risk Desk 2026
"""
DOC = {"id": "k09", "date": "2026-02-21", "source": "Pontic Risk Desk",
       "url": "https://ponticrisk.example/log/2026-w08", "text": TEXT}

EVENTS = [
    E("k09-1", "air_drone_strike", "2026-02-15", L("Izmail"), None, "UA", inj=N(2), weapons=[W("drone")],
      note="the log names no perpetrator in any entry: actor1 null throughout (not scored); 'overnight' in an "
           "entry dated 15.02 = 15 Feb"),
    E("k09-2", "infrastructure_disruption", "2026-02-15", L("Izmail"), None, "UA",
      note="grain loading suspended for 36 hours (port operations halted by the attack)"),
    E("k09-3", "air_drone_strike", "2026-02-16", L("Orlivka", 2, "ferry pier, Orlivka"), None, "UA", fat=N(0),
      inj=N(0), weapons=[W("drone")], note="drone debris near the pier; Orlivka of Izmail district (698379)"),
    E("k09-4", "infrastructure_disruption", "2026-02-16", L("Orlivka"), None, "UA",
      note="Orlivka–Isaccea ferry suspended for the day"),
    E("k09-5", "missile_artillery_strike", "2026-02-17", L("Odesa", 1, "Odesa, Khadzhybeiskyi district"), None, "UA",
      fat=N(1), inj=N(6), weapons=[W("missile")], note="city district (former Suvorovskyi) coded to the city"),
    E("k09-6", "missile_artillery_strike", "2026-02-17", L("Pivdenne", 1, "Pivdennyi (Yuzhne) port"), None, "UA",
      inj=N(3), weapons=[W("ballistic_missile")], note="port of Pivdennyi = town of Pivdenne (Yuzhne, 687997); the "
                                                       "correction changes only the flag"),
    E("k09-7", "air_drone_strike", "2026-02-18", L("Chornomorsk", 2, "outer roads of Chornomorsk"), None, "UA",
      fat=N(0), inj=N(0), weapons=[W("drone")], note="vessel at anchor off the port: precision 2"),
    E("k09-8", "remote_explosive", "2026-02-18", C(None, "Black Sea, ~40 nm SE of Odesa"), None, None, fat=N(0),
      inj=N(0), note="drifting mine at sea: no country (blind9 call 9), who laid it is not said"),
    E("k09-9", "missile_artillery_strike", "2026-02-19", L("Bilhorod-Dnistrovskyi"), None, "UA",
      weapons=[W("missile")], note="'reportedly by missile' taken as the weapon"),
    E("k09-10", "air_drone_strike", "2026-02-19", L("Kiliia"), None, "UA", inj=N(1), weapons=[W("drone")]),
    E("k09-11", "missile_artillery_strike", "2026-02-20", L("Ochakiv"), None, "UA", weapons=[W("artillery")],
      note="fire 'from the Kinburn Spit' (the firing area, not a target, not an event place); the log names no "
           "perpetrator, so actor1 stays null although the spit is Russian-held"),
    E("k09-12", "interception", "2026-02-21", R("UA-51", "Odesa region"), "UA", "RU",
      weapons=[W("drone", launched=N(27), intercepted=N(23))], ),
    E("k09-13", "air_drone_strike", "2026-02-21", R("UA-51", "Odesa region"), "RU", "UA", optional=True,
      weapons=[W("drone", launched=N(27))], note="the attack on the region as a strike: optional"),
    E("k09-14", "air_drone_strike", "2026-02-15", C("UA", "Ukraine (Odesa and Mykolaiv ports)"), None, "UA",
      prec="week", end="2026-02-21", agg=True, fat=N(1), inj=N(13), optional=True,
      family=["missile_artillery_strike"], note="week-8 summary: optional aggregate"),
]
STATEMENTS = []
MUST_NOT = [
    "PONTIC RISK DESK",
    "Black Sea and Danube maritime security · Clients | Log | Contact",
    "Issued 21.02.2026 · Classification: OPEN · Sources: port authorities, Navy, regional administrations, ship agents",
    "Columns: Date | Port / place | Incident",
    "For information only; not security advice. Clients receive the annex with vessel names.",
    "Subscribe to the weekly log · Previous issue: week 7",
    "© Pontic Risk Desk 2026",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
