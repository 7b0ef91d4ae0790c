from common import E, L, R, C, N, W, S, gold

TITLE = "Kherson region: consequences of enemy shelling over the past day"
TEXT = """Kherson Regional Military Administration — English digest
Forwarded from KhersonODA_EN (volunteer translation)
📌 Pinned: shelter addresses in Kherson — see the link in the description
Kherson region: consequences of enemy shelling over the past day

Over the past day the enemy carried out 83 attacks on the Kherson region, firing 467 shells from artillery, mortars, MLRS, tanks, drones and aircraft. 23 settlements of the region were shelled, among them the city of Kherson. 2 people were killed and 9 wounded as a result of Russian aggression.

Residential quarters came under fire. In particular:

▪️ Kherson, Korabelnyi district — a high-rise building and a pharmacy were damaged; a 56-year-old man was killed.
▪️ Kherson, Dniprovskyi district — a drone dropped explosives on a public transport stop; two women were wounded.
▪️ Antonivka — private houses and a gas pipeline were damaged.
▪️ Bilozerka — a 62-year-old man was wounded by artillery fire.
▪️ Stanislav — the lyceum building was damaged by a guided aerial bomb.
▪️ Beryslav — a 71-year-old woman was killed in her yard; her neighbour was wounded.
▪️ Zelenivka, Naddniprianske, Komyshany, Tiahynka — houses damaged.

At 21:40 yesterday the enemy shelled Chornobaivka; a power substation was hit and 1,800 subscribers were left without electricity. Power engineers will start repairs as soon as the security situation allows.

Overnight, air defence destroyed 6 of 8 Shahed attack drones launched at the region.

Information on other casualties is being clarified. Stay in shelters during alerts!

👁 14.2K   ✏️ edited 08:47
🔇 Mute   ·   💬 Comments (117)   ·   ⚡ Boost this channel
#Kherson #shelling #dailysummary
"""
DOC = {"id": "ka02", "date": "2023-11-20", "source": "Kherson Regional Military Administration (Telegram, English digest)",
       "url": "https://t.me/khersonoda_en_example/3318", "text": TEXT}

D, Y = "2023-11-20", "2023-11-19"
PAST = dict(prec="range", end=D)
F = ["air_drone_strike"]
EVENTS = [
    E("ka02-1", "missile_artillery_strike", Y, R("UA-65", "Kherson region"), "RU", "UA", agg=True, fat=N(2), inj=N(9),
      family=F,
      note="past-day tally: 83 attacks, 467 shells of several kinds (no weapon entry, as blind16 h02), 23 settlements, 2 k / 9 w; parent of the "
           "place lines", **PAST),
    E("ka02-2", "missile_artillery_strike", Y, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA", fat=N(1),
      family=F, parent="ka02-1", note="city district = the city; weapon not said (shells in the tally); no hour: range",
      **PAST),
    E("ka02-3", "air_drone_strike", Y, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], parent="ka02-1", note="drone drop on a stop; no hour: range", **PAST),
    E("ka02-4", "missile_artillery_strike", Y, L("Antonivka-Ks"), "RU", "UA", family=F, parent="ka02-1",
      note="Antonivka of Kherson city's outskirts (713304, the one near Kherson); damage only, counts absent; a damaged "
           "pipeline without a stated outage is no disruption event", **PAST),
    E("ka02-5", "missile_artillery_strike", Y, L("Bilozerka"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      parent="ka02-1", note="artillery fire", **PAST),
    E("ka02-6", "air_drone_strike", Y, L("Stanislav"), "RU", "UA", weapons=[W("guided_bomb")], parent="ka02-1",
      note="guided aerial bomb; Stanislav of Kherson oblast (692944), not the old name of Ivano-Frankivsk", **PAST),
    E("ka02-7", "missile_artillery_strike", Y, L("Beryslav"), "RU", "UA", fat=N(1), inj=N(1), family=F,
      parent="ka02-1", note="weapon not said; neighbour wounded = 1 injured", **PAST),
    E("ka02-8", "missile_artillery_strike", Y, L("Zelenivka"), "RU", "UA", family=F, parent="ka02-1",
      note="one line listing four villages with damaged houses: one event per village", **PAST),
    E("ka02-9", "missile_artillery_strike", Y, L("Naddniprianske"), "RU", "UA", family=F, parent="ka02-1",
      note="listed village (see ka02-8)", **PAST),
    E("ka02-10", "missile_artillery_strike", Y, L("Komyshany"), "RU", "UA", family=F, parent="ka02-1",
      note="listed village (see ka02-8)", **PAST),
    E("ka02-11", "missile_artillery_strike", Y, L("Tiahynka"), "RU", "UA", family=F, parent="ka02-1",
      note="listed village (see ka02-8)", **PAST),
    E("ka02-12", "missile_artillery_strike", Y, L("Chornobaivka"), "RU", "UA", parent="ka02-1",
      note="'At 21:40 yesterday' = 19 Nov; shelled"),
    E("ka02-13", "infrastructure_disruption", Y, L("Chornobaivka"), "RU", "UA",
      note="substation hit, 1,800 subscribers without electricity; repairs are a plan"),
    E("ka02-14", "interception", D, R("UA-65", "Kherson region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", launched=N(8), intercepted=N(6))],
      note="'Overnight' in a morning post = the publication day; 6 of 8 Shaheds over the region"),
]
STATEMENTS = []
MUST_NOT = ["Kherson Regional Military Administration — English digest",
            "Forwarded from KhersonODA_EN (volunteer translation)",
            "📌 Pinned: shelter addresses in Kherson — see the link in the description",
            "👁 14.2K   ✏️ edited 08:47", "🔇 Mute   ·   💬 Comments (117)   ·   ⚡ Boost this channel",
            "#Kherson #shelling #dailysummary"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
