from common import E, L, R, C, N, W, S, gold

TITLE = "Live: Russia attacks Kyiv, Kharkiv and Odesa overnight — updates"
TEXT = """THE DNIPRO DISPATCH
LIVE
Live: Russia attacks Kyiv, Kharkiv and Odesa overnight — updates
Updated 22 January 2026, 09:52 · Live coverage by Olena Marchuk and Chris Haddon
Pinned
Key points: ballistic missiles and drones hit Kyiv's left bank; one dead and seven injured in Darnytskyi district; power cuts on the left bank; three injured in Kharkiv.
Show newest first

21:40
Air raid alert across the eastern regions. Monitoring channels report groups of Shahed drones heading for Kharkiv from the north-east.

22:15
Explosions in Kharkiv. The mayor says a drone hit a five-storey building in the Kyivskyi district; two people are injured.

23:05
Odesa: a drone hit an infrastructure facility in the Prymorskyi district, causing a fire, the regional governor says. No casualties.

00:32
Ballistic missile threat for Kyiv. Explosions heard on the left bank.

00:48
Kyiv city military administration: debris of a downed missile fell on a 16-storey residential building in the Darnytskyi district. Fire on the upper floors, four injured so far.

01:20
Second wave of drones over the capital. A drone hit a non-residential building in the Obolonskyi district, no casualties, according to the city military administration.

02:10
Bila Tserkva, Kyiv region: an infrastructure facility was hit. Part of the city is without electricity, the city's mayor says.

03:30
DTEK Kyiv Electric Grids: emergency outages on the left bank of the capital — Darnytskyi, Dniprovskyi and Desnianskyi districts.

Advertisement

06:10
Khmelnytskyi region: an enterprise was damaged in the Starokostiantyniv hromada during the night, the regional administration reports. No one was hurt.

07:45
Air force summary: since 18:00 yesterday, Russia launched 24 missiles — 6 Iskander-M ballistic missiles and 18 Kh-101 cruise missiles — and 137 attack drones. Air defence shot down 15 missiles (all of them Kh-101) and 110 drones.

08:05
Kharkiv: the number of injured in the Kyivskyi district has risen to three, the mayor says.

08:30
"The night was hard, but the city is working. Heating on the left bank will be restored by the evening," said Taras Melnyk, head of the Kyiv city military administration.

09:00
Poland's Operational Command says Polish and allied aircraft were scrambled overnight because of the Russian attack on western Ukraine. They have since returned to base.

09:40
A man pulled from the rubble of the building in Darnytskyi district has died in hospital. The number of injured has risen to seven, the city military administration says.

This live page is no longer being updated. Follow our coverage on the war in Ukraine here.
Dnipro Dispatch · Independent · Since 2015
"""
DOC = {"id": "d10", "date": "2026-01-22", "source": "The Dnipro Dispatch (live blog)",
       "url": "https://dniprodispatch.example.com/live/2026/01/21/russia-attacks-kyiv-kharkiv-odesa", "text": TEXT}

D, Y = "2026-01-22", "2026-01-21"
AF = "Ukrainian air force"
KMA = "Kyiv city military administration"
EVENTS = [
    E("d10-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(6)), W("cruise_missile", "Kh-101", launched=N(18)),
               W("drone", launched=N(137))], claimant=AF,
      note="overnight wave, dated the publication morning (the overnight convention) though it began 'since 18:00 "
           "yesterday'; missile kinds given separately are separate weapon entries (blind16 call 5)"),
    E("d10-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="d10-1",
      weapons=[W("cruise_missile", "Kh-101", intercepted=N(15)), W("drone", intercepted=N(110))], claimant=AF,
      note="'15 missiles (all of them Kh-101) and 110 drones'"),
    E("d10-3", "air_drone_strike", Y, L("Kharkiv", 1, "Kharkiv (Kyivskyi district)"), "RU", "UA", inj=N(3),
      weapons=[W("drone")], parent="d10-1", claimant="Kharkiv mayor",
      note="entry 22:15 = 21 January (before midnight); the 08:05 update raises the injured from 2 to 3; Kharkiv's "
           "Kyivskyi district is not Kyiv"),
    E("d10-4", "air_drone_strike", Y, L("Odesa", 1, "Odesa (Prymorskyi district)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="d10-1", claimant="Odesa regional governor",
      note="entry 23:05 = 21 January; 'No casualties' = 0/0"),
    E("d10-5", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Darnytskyi district)"), "RU", "UA", fat=N(1),
      inj=N(7), weapons=[W("ballistic_missile")], parent="d10-1", claimant=KMA,
      note="00:48 = 22 January; debris of a downed missile after a ballistic threat: missile-type child (blind8 "
           "call 4); the 09:40 update gives 1 dead, 7 injured (latest figures)"),
    E("d10-6", "air_drone_strike", D, L("Kyiv", 1, "Kyiv (Obolonskyi district)"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="d10-1", claimant=KMA, note="01:20; 'no casualties' = 0/0"),
    E("d10-7", "missile_artillery_strike", D, L("Bila Tserkva"), "RU", "UA", family=["air_drone_strike"],
      parent="d10-1", note="02:10; infrastructure facility hit, weapon not said (rule 4)"),
    E("d10-8", "infrastructure_disruption", D, L("Bila Tserkva"), "RU", "UA", parent="d10-1",
      note="part of the city without electricity"),
    E("d10-9", "infrastructure_disruption", D, L("Kyiv", 1, "Kyiv left bank (Darnytskyi, Dniprovskyi, Desnianskyi)"),
      "RU", "UA", parent="d10-1",
      note="03:30 emergency outages in three districts of the capital: one event in Kyiv; the 08:30 heating remark "
           "belongs to it"),
    E("d10-10", "missile_artillery_strike", D, L("Starokostiantyniv", 2, "Starokostiantyniv hromada"), "RU", "UA",
      fat=N(0), inj=N(0), family=["air_drone_strike"], parent="d10-1",
      note="06:10 'during the night' = 22 January; hromada = precision 2; weapon not said; 'No one was hurt' = 0/0"),
    E("d10-11", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Polish Operational Command",
      note="aircraft scrambled overnight; no place named"),
]
STATEMENTS = [
    S("Taras Melnyk", "UA", "The night was hard, but the city is working", "head of the Kyiv city military administration"),
]
MUST_NOT = ["THE DNIPRO DISPATCH", "LIVE",
            "Updated 22 January 2026, 09:52 · Live coverage by Olena Marchuk and Chris Haddon", "Pinned",
            "Show newest first", "Advertisement",
            "This live page is no longer being updated. Follow our coverage on the war in Ukraine here.",
            "Dnipro Dispatch · Independent · Since 2015"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
