from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Night summary of the governor of the Belgorod region for 5 October"
TEXT = """BELGOROD REGION · GOVERNOR'S CHANNEL (EN)
Unofficial English mirror of the governor's posts · translated automatically, checked by hand
Night summary of the governor of the Belgorod region for 5 October
06:58 · 5.10.2024
Good morning. Here is how the region got through the night. The night cost one civilian life; five people were wounded.

Belgorod district. In Razumnoye a drone attacked a private house: the roof caught fire, the fire has been put out. No one was hurt. In Bessonovka the driver of a car was wounded in a drone attack — shrapnel wounds to the arm and back; he was taken to the regional clinical hospital. Over Belgorod the air defence system was working; there is no damage in the city.
Yakovlevsky municipal district. In Stroitel, wreckage of a UAV brought down by air defence dropped into a kindergarten's playground. Windows were broken; nobody was injured.
Borisovsky district. At 22:10 a drone struck the roof of a multi-storey building in Borisovka. There were no casualties.
Shebekino urban district. Shebekino was fired upon with a multiple rocket launcher — eleven rockets. A woman received a mine-blast injury and is being treated in the Shebekino hospital. In Novaya Tavolzhanka a kamikaze drone hit a commercial building; there were no casualties. In Maslova Pristan two FPV drones went after a farm business; its tractor was damaged and the man driving it was injured.
Graivoron district. Graivoron was shelled with artillery, six shells. Shell fragments cut a power line, and part of the town has been left without electricity; crews will begin the repair at daylight. Tragic news from Golovchino: a drone hit a car and the driver died at the scene. I express my condolences to his family.
Krasnoyaruzhsky district. Three mortar shells landed on the outskirts of Krasnaya Yaruga. No casualties.
Valuyki urban district. In Urazovo a drone struck near a shop; two men were injured.
According to the Ministry of Defence, air defence systems destroyed nineteen Ukrainian unmanned aerial vehicles above the Belgorod region overnight.
"We have counted the windows in the kindergarten already — forty-two panes. Glass will be brought on Monday and the children will be back in their groups by Wednesday," said Yevgeny Borodin, head of the administration of the Yakovlevsky municipal district.
Payments to residents whose property was damaged will be made after the commissions have inspected it.
👉 Subscribe to the mirror | Original channel in Russian: @belgorod_region_head
#Belgorod #Shebekino #Graivoron
"""
DOC = {"id": "lr05", "date": "2024-10-05", "source": "Belgorod governor's channel, unofficial English mirror",
       "url": "https://t.me/belgorod_gov_en/12077", "text": TEXT}

D, PREV = "2024-10-05", "2024-10-04"
T = "lr05-1"
GOV = "Belgorod governor"
A = dict(parent=T, claimant=GOV)
EVENTS = [
    E(T, MAS, PREV, R("RU-BEL", "Belgorod region"), "UA", "RU", end=D, prec="range", agg=True, fat=N(1), inj=N(5),
      family=[ADS], claimant=GOV,
      evidence="Here is how the region got through the night. The night cost one civilian life; five people were wounded.",
      note="a governor's night summary: range over the night 4-5 Oct, aggregate parent of its lines (blind53 ld12); "
           "typed by the heaviest weapon (rockets, shells), drones accepted; 1 k = Golovchino; 5 w = Bessonovka, "
           "Shebekino, Maslova Pristan, Urazovo 2"),
    E("lr05-2", ADS, D, L("Razumnoye"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="In Razumnoye a drone attacked a private house: the roof caught fire, the fire has been put out. No one was hurt.",
      note="a night line without a time -> 5 Oct; 0/0"),
    E("lr05-3", ADS, D, L("Bessonovka"), "UA", "RU", inj=N(1), weapons=[W("drone")], **A,
      evidence="In Bessonovka the driver of a car was wounded in a drone attack",
      note="Bessonovka 576666 (Belgorod district, not the Penza town); 1 w"),
    E("lr05-4", ADS, D, L("Stroitel"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="In Stroitel, wreckage of a UAV brought down by air defence dropped into a kindergarten's playground. Windows were broken; nobody was injured.",
      note="debris that breaks windows is placed as a strike; the shoot-down has no count of its own; 0/0"),
    E("lr05-5", ADS, PREV, L("Borisovka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="At 22:10 a drone struck the roof of a multi-storey building in Borisovka. There were no casualties.",
      note="'At 22:10' in a night summary posted at 06:58 -> the evening before, 4 Oct; 0/0"),
    E("lr05-6", MAS, D, L("Shebekino"), "UA", "RU", inj=N(1), weapons=[W("mlrs", launched=N(11))], **A,
      evidence="Shebekino was fired upon with a multiple rocket launcher — eleven rockets.",
      note="rockets counted in words -> launched 11; 'A woman received a mine-blast injury' -> 1 w"),
    E("lr05-7", ADS, D, L("Novaya Tavolzhanka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="In Novaya Tavolzhanka a kamikaze drone hit a commercial building; there were no casualties.",
      note="a kamikaze drone on a commercial building, 0/0"),
    E("lr05-8", ADS, D, L("Maslova Pristan"), "UA", "RU", inj=N(1), weapons=[W("drone", launched=N(2))], **A,
      evidence="In Maslova Pristan two FPV drones went after a farm business",
      note="two FPV drones -> launched 2; 'the man driving it was injured' -> 1 w"),
    E("lr05-9", MAS, D, L("Graivoron"), "UA", "RU", weapons=[W("artillery", launched=N(6))], **A,
      evidence="Graivoron was shelled with artillery, six shells.",
      note="Graivoron (geonames Grayvoron); six shells -> launched 6; casualties not stated -> absent"),
    E("lr05-10", DIS, D, L("Graivoron"), "UA", "RU", parent="lr05-9", claimant=GOV,
      evidence="part of the town has been left without electricity",
      note="an outage caused by the shelling (a damaged line); the repair 'at daylight' is a plan"),
    E("lr05-11", ADS, D, L("Golovchino"), "UA", "RU", fat=N(1), weapons=[W("drone")], **A,
      evidence="Tragic news from Golovchino: a drone hit a car and the driver died at the scene.",
      note="1 k"),
    E("lr05-12", MAS, D, H("Krasnaya Yaruga", "outskirts of Krasnaya Yaruga"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(3))], **A,
      evidence="Three mortar shells landed on the outskirts of Krasnaya Yaruga. No casualties.",
      note="outskirts -> precision 2; mortar shells counted -> launched 3; 0/0"),
    E("lr05-13", ADS, D, L("Urazovo"), "UA", "RU", inj=N(2), weapons=[W("drone")], **A,
      evidence="In Urazovo a drone struck near a shop; two men were injured.",
      note="'near a shop' is inside the town -> precision 1; 2 w"),
    E("lr05-14", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(19))],
      evidence="air defence systems destroyed nineteen Ukrainian unmanned aerial vehicles above the Belgorod region overnight",
      note="a region with its own count (in words) -> required interception, 'overnight' -> 5 Oct; not a child of the tally"),
    E("lr05-15", INT, D, L("Belgorod"), "RU", "UA", optional=True, claimant=GOV,
      evidence="Over Belgorod the air defence system was working; there is no damage in the city.",
      note="air defence 'working' over the city without a count -> optional interception (a listed place)"),
]
# Not events: kindergarten glass 'on Monday' and the children back 'by Wednesday' (plans); payments 'will be made after
# the commissions have inspected' (plan); the repair 'at daylight' (plan); condolences. Channel name, mirror line, time
# line, subscribe line and hashtags are furniture; the district names opening each paragraph are text.
STATEMENTS = [
    S("Yevgeny Borodin", "RU", "We have counted the windows in the kindergarten already", "head of the Yakovlevsky municipal district administration"),
]
# Not gold: the governor (title only; his posts are not in quotation marks).
MUST_NOT = ["BELGOROD REGION · GOVERNOR'S CHANNEL (EN)",
            "Unofficial English mirror of the governor's posts · translated automatically, checked by hand",
            "06:58 · 5.10.2024", "👉 Subscribe to the mirror | Original channel in Russian: @belgorod_region_head",
            "#Belgorod #Shebekino #Graivoron"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
