from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Kherson oblast: consequences of Russian attacks, 8 September 08:00 – 9 September 08:00"
TEXT = """Kherson Regional Military Administration — English-language page
⚑ Air raid alert map · Shelters near you · Evacuation
Kherson oblast: consequences of Russian attacks, 8 September 08:00 – 9 September 08:00
Publication: 09/09/2024 08:35 | Section: Security
In the past day the enemy shelled 38 settlements of the oblast, including the city of Kherson. One person was killed and five were injured. Air defence shot down 7 of the 9 attack drones launched at the oblast overnight.

Settlement | Time | Weapon | Consequences
Kherson, Dniprovskyi district | 09:15 | FPV drone | a 58-year-old man riding a bicycle injured
Antonivka | 11:40 | drone drop | bus stop and a shop damaged, no casualties
Bilozerka | 13:05 | artillery | a 71-year-old woman killed in her house
Komyshany | 14:20 | mortar | gas pipeline damaged, 60 households without gas
Kherson, Dniprovskyi district | 09:15 | FPV drone | (entered twice, see first row)
Chornobaivka | 19:30 | Grad MLRS | two men injured near a shop
Kizomys | 17:25 | drone drop | a tractor damaged in a field, no casualties
Stanislav | 21:10 | artillery | fishing boats and a warehouse burned, no casualties
Tiahynka | 23:45 | drone | a 40-year-old man injured
Lvove | 03:20 | artillery | private houses damaged
Darivka | 04:05 | artillery | power line damaged, the village without electricity
Kherson, Korabelnyi district | 05:40 | drone | a utility company car set on fire, driver injured
Beryslav | — | — | information is being clarified

The humanitarian headquarters evacuated 14 people, including two children, from the Bilozerka and Antonivka hromadas over the past day. Those who wish to leave can call the evacuation hotline at any time.

Gas service crews will reconnect Komyshany once the area is quiet. Residents of the Korabelnyi district are asked not to approach the burned vehicle.
Follow the Administration: Telegram · Facebook · X
The RMA's English page is maintained by volunteers of the press service; the Ukrainian version prevails.
"""
DOC = {"id": "kh08", "date": "2024-09-09", "source": "Kherson Regional Military Administration (English page)",
       "url": "https://khoda.example/en/news/2024-09-09-consequences", "text": TEXT}

A = dict(parent="kh08-1")
D8, D9 = "2024-09-08", "2024-09-09"
EVENTS = [
    E("kh08-1", MAS, D8, R("UA-65", "Kherson oblast"), "RU", "UA", prec="range", end=D9, agg=True, fat=N(1), inj=N(5),
      family=[ADS], note="'In the past day the enemy shelled 38 settlements … One person was killed and five were "
                         "injured' = aggregate range 8-9 Sep, parent of the table rows; the enemy = RU"),
    E("kh08-2", INT, D9, R("UA-65", "Kherson oblast"), "UA", "RU", weapons=[W("drone", launched=N(9), intercepted=N(7))],
      note="'shot down 7 of the 9 attack drones launched at the oblast overnight' = 9 Sep, region; defender UA"),
    E("kh08-3", ADS, D8, L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      note="09:15 (8 Sep) FPV drone, Dniprovskyi district = the city; the second 09:15 row is marked 'entered twice'"),
    E("kh08-4", ADS, D8, L("Antonivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      note="11:40 drone drop; 'no casualties' = 0/0 (Antonivka 713304, the Kherson suburb)"),
    E("kh08-5", MAS, D8, L("Bilozerka"), "RU", "UA", fat=N(1), weapons=[W("artillery")], **A,
      note="13:05 artillery, a woman killed"),
    E("kh08-6", MAS, D8, L("Komyshany"), "RU", "UA", weapons=[W("artillery")], **A,
      note="14:20 mortar on Komyshany (casualties not stated)"),
    E("kh08-7", DIS, D8, L("Komyshany"), "RU", "UA", parent="kh08-6",
      note="'gas pipeline damaged, 60 households without gas'"),
    E("kh08-8", MAS, D8, L("Chornobaivka"), "RU", "UA", inj=N(2), weapons=[W("mlrs", "Grad")], **A,
      note="19:30 Grad MLRS, two men injured"),
    E("kh08-9", MAS, D8, L("Stanislav"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")], **A,
      note="21:10 artillery; 'no casualties' = 0/0; Stanislav 692944 of Kherson oblast (not the old name of "
           "Ivano-Frankivsk)"),
    E("kh08-10", ADS, D8, L("Tiahynka"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      note="23:45 (still 8 Sep) drone, a man injured"),
    E("kh08-11", MAS, D9, L("Lvove"), "RU", "UA", weapons=[W("artillery")], **A,
      note="03:20 = 9 Sep (after midnight inside the 08:00-08:00 window); houses damaged, casualties not stated"),
    E("kh08-12", ADS, D9, L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      note="05:40 = 9 Sep, Korabelnyi district = the city; utility car set on fire, driver injured"),
    E("kh08-14", ADS, D8, L("Kizomys"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      note="17:25 drone drop on a tractor; 'no casualties' = 0/0"),
    E("kh08-15", MAS, D9, L("Darivka"), "RU", "UA", weapons=[W("artillery")], **A,
      note="04:05 = 9 Sep; artillery on Darivka (casualties not stated)"),
    E("kh08-16", DIS, D9, L("Darivka"), "RU", "UA", parent="kh08-15",
      note="'power line damaged, the village without electricity'"),
    E("kh08-13", MAS, D8, L("Beryslav"), "RU", "UA", prec="range", end=D9, family=[ADS], optional=True, **A,
      note="'information is being clarified', no time or weapon: optional (blind16 convention)"),
]
# Not events: the duplicate 09:15 row, the reconnection plan, the advice about the burned vehicle.
STATEMENTS = []
MUST_NOT = ["Kherson Regional Military Administration — English-language page",
            "⚑ Air raid alert map · Shelters near you · Evacuation",
            "Publication: 09/09/2024 08:35 | Section: Security",
            "Follow the Administration: Telegram · Facebook · X",
            "The RMA's English page is maintained by volunteers of the press service; the Ukrainian version prevails."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
