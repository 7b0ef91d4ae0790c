from common import E, L, R, C, N, W, S, gold

TITLE = "Rail network disruption register, 15–17 January 2025 (public extract)"
TEXT = """RAILWATCH UA — independent tracker of rail operations in wartime
Register | Map | Weekly digest | About | Support us
Rail network disruption register, 15–17 January 2025 (public extract)
Extract generated 17.01.2025 11:05 EET · rows 0141–0150 · filter: all regions, all causes
Causes as reported by the operator's regional branches and passenger notices. "Attack" = Russian missile or drone attack. Delays are for long-distance trains unless stated.

No. | Date / time | Section or station | Cause | Impact | Status
0141 | 15.01 06:20 | Koziatyn junction (Vinnytsia obl.) | drone attack on traction substation | no power on the catenary; 9 long-distance trains delayed 2–4 h, diesel locomotives brought in | restored 14:00
0142 | 15.01 07:05 | Fastiv – Bila Tserkva | grid outage after overnight attack on regional energy company (no railway asset hit) | 6 suburban trains cancelled | restored 12:30
0143 | 15.01 — | Shepetivka – Zdolbuniv | scheduled track renewal | single-line working | planned, until 31.01
0144 | 16.01 02:40 | Korosten, locomotive depot | missile attack; depot building and two shunting locomotives damaged, 1 employee injured | freight trains rerouted via Zhytomyr | partly restored
0145 | 16.01 05:15 | Kremenchuk – Poltava, near Kremenchuk | debris of a downed drone on the track | traffic halted for 3 h, 4 trains delayed | restored 08:10
0146 | 16.01 13:00 | Smila station | suspicious object on platform; police and explosives team found no explosive | station closed 40 min | false alarm
0147 | 17.01 03:15 | Lozova station (Kharkiv obl.) | attack by Shahed-type drones; station building and a passenger car damaged, 2 employees injured | 3 trains held at Pavlohrad and Balakliia | traffic resumed 07:30
0148 | 17.01 — | Kupiansk-Vuzlovyi | line closed since September 2022 (shelling); listed for reference | no service | closed
0149 | 17.01 06:00–10:00 | Zdolbuniv | stabilisation power outages under the national schedule | station on backup generator, no delays | ongoing
0150 | 17.01 03:15 | Lozova | duplicate of 0147 (entered twice by branch) | — | merged

Correction 17.01 10:40: row 0144 — injured raised from 1 to 2 (second employee treated as an outpatient).

Data may be reused with attribution "RailWatch UA". Not an official source of the operator.
Back to top ↑
"""
DOC = {"id": "d09", "date": "2025-01-17", "source": "RailWatch UA (rail disruption register)",
       "url": "https://railwatch-ua.example.org/register/2025-01-15_17", "text": TEXT}

D15, D16, D17 = "2025-01-15", "2025-01-16", "2025-01-17"
EVENTS = [
    E("d09-1", "air_drone_strike", D15, L("Koziatyn", 1, "Koziatyn junction"), "RU", "UA", weapons=[W("drone")],
      note="row 0141: 'attack' = Russian by the header; traction substation at the junction"),
    E("d09-2", "infrastructure_disruption", D15, L("Koziatyn"), "RU", "UA",
      note="row 0141: catenary without power, 9 trains delayed"),
    E("d09-3", "infrastructure_disruption", D15, L("Fastiv", 2, "Fastiv – Bila Tserkva section"), "RU", "UA",
      note="row 0142: suburban trains cancelled after a grid outage caused by an overnight attack; the attack's own "
           "place is not named (no strike event); a section between two towns = precision 2 at the first named"),
    E("d09-4", "missile_artillery_strike", D16, L("Korosten", 1, "Korosten, locomotive depot"), "RU", "UA", inj=N(2),
      weapons=[W("missile")], note="row 0144; the correction raises the injured from 1 to 2 (latest figure wins)"),
    E("d09-5", "infrastructure_disruption", D16, L("Korosten"), "RU", "UA",
      note="row 0144: freight trains rerouted via Zhytomyr"),
    E("d09-6", "air_drone_strike", D16, L("Kremenchuk", 2, "near Kremenchuk"), "RU", "UA", weapons=[W("drone")],
      note="row 0145: debris of a downed drone on the track = a drone-type strike (blind8 call 4); no casualties "
           "stated (absent)"),
    E("d09-7", "infrastructure_disruption", D16, L("Kremenchuk", 2, "Kremenchuk – Poltava, near Kremenchuk"), "RU", "UA",
      note="row 0145: traffic halted 3 h"),
    E("d09-8", "air_drone_strike", D17, L("Lozova"), "RU", "UA", inj=N(2), weapons=[W("drone", "Shahed-136")],
      note="row 0147 ('Shahed-type'); row 0150 is its merged duplicate"),
    E("d09-9", "infrastructure_disruption", D17, L("Lozova"), "RU", "UA",
      note="row 0147: trains held, traffic resumed 07:30 (the holding stations Pavlohrad/Balakliia are not the place)"),
    E("d09-10", "infrastructure_disruption", D17, L("Zdolbuniv"), None, "UA", optional=True,
      note="row 0149: national stabilisation outage schedule at a station with 'no delays': caused by the war but no "
           "attack named here — optional"),
]
STATEMENTS = []
MUST_NOT = ["RAILWATCH UA — independent tracker of rail operations in wartime",
            "Register | Map | Weekly digest | About | Support us",
            "Extract generated 17.01.2025 11:05 EET · rows 0141–0150 · filter: all regions, all causes",
            "No. | Date / time | Section or station | Cause | Impact | Status",
            "Data may be reused with attribution \"RailWatch UA\". Not an official source of the operator.",
            "Back to top ↑"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
