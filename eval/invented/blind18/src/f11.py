from common import E, L, R, C, N, W, S, gold

TITLE = "Kherson region: consequences of Russian attacks over the past day"
TEXT = """Kherson Regional Military Administration | English
🇺🇦 Official channel of the Kherson RMA · 48 213 subscribers
📌 Pinned: Evacuation hotline — 0 800 409 109 (free, 24/7)
Kherson region: consequences of Russian attacks over the past day
🔴 Over the past day, the enemy struck 31 settlements of the Kherson region, including the city of Kherson, with artillery, MLRS, drones and aviation. Russian troops dropped 7 guided aerial bombs.

The occupiers hit residential quarters: 2 apartment buildings and 17 private houses were damaged, as well as a gas pipeline and private cars.

As a result of Russian aggression, 1 person was killed and 11 people were injured.

▪️ At 14:10 yesterday, a Russian drone dropped explosives on a civilian car in Bilozerka. A 44-year-old man was injured and taken to hospital.
▪️ In the evening, the enemy shelled the Dniprovskyi district of Kherson. A 67-year-old woman was killed in the yard of her house.
▪️ At night, an enemy drone attacked an ambulance crew in Antonivka. Two paramedics sustained blast injuries and shrapnel wounds.
▪️ Beryslav: artillery fire damaged a power line; 1,800 subscribers are without electricity. Repair crews will start work as soon as the security situation allows.
▪️ Stanislav: a guided aerial bomb hit the outskirts of the village. Two women and a man were injured.

⚠️ Remember: the curfew in Kherson lasts from 20:00 to 06:00. Do not approach downed drones or unexploded munitions — call 101.

#Kherson #Khersonregion #shelling #RussianAggression
👁 14.2K · edited 09:14
😢 412 · 🙏 388 · 😡 97
➡️ Subscribe: t.me/khersonrma_en
"""
DOC = {"id": "f11", "date": "2025-07-08", "source": "Kherson Regional Military Administration (Telegram channel)",
       "url": "https://t.me/khersonrma_en/18342", "text": TEXT}

D0, D1 = "2025-07-07", "2025-07-08"
RMA = "Kherson RMA"
EVENTS = [
    E("f11-1", "missile_artillery_strike", D0, R("UA-65", "Kherson region"), "RU", "UA", end=D1, prec="range", agg=True,
      fat=N(1), inj=N(11), weapons=[W("guided_bomb", launched=N(7))], family=["air_drone_strike"], claimant=RMA,
      note="past-day tally of a morning post: aggregate range (day before → publication day); artillery, MLRS, drones "
           "and aviation: typed by shelling, drone type accepted; '7 guided aerial bombs' is the only count"),
    E("f11-2", "air_drone_strike", D0, L("Bilozerka"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="f11-1",
      claimant=RMA, note="'At 14:10 yesterday' = 7 July"),
    E("f11-3", "missile_artillery_strike", D0, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], parent="f11-1", claimant=RMA,
      note="'In the evening' in a morning post = yesterday evening; city district = city"),
    E("f11-4", "air_drone_strike", D1, L("Antonivka-Kh"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="f11-1",
      claimant=RMA, note="'At night' in a morning post = publication day; Antonivka of Kherson's suburbs (713304)"),
    E("f11-5", "missile_artillery_strike", D0, L("Beryslav"), "RU", "UA", end=D1, prec="range",
      weapons=[W("artillery")], parent="f11-1", claimant=RMA,
      note="line without an hour: a past-day range (not aggregate), child of the tally"),
    E("f11-6", "infrastructure_disruption", D0, L("Beryslav"), "RU", "UA", end=D1, prec="range", parent="f11-5",
      note="1,800 subscribers without electricity"),
    E("f11-7", "air_drone_strike", D0, L("Stanislav", 2, "outskirts of Stanislav"), "RU", "UA", end=D1, prec="range",
      inj=N(3), weapons=[W("guided_bomb")], parent="f11-1", claimant=RMA,
      note="guided bomb on the outskirts (precision 2), line without an hour: past-day range; 'Two women and a man' = 3"),
]
STATEMENTS = []
MUST_NOT = ["Kherson Regional Military Administration | English",
            "🇺🇦 Official channel of the Kherson RMA · 48 213 subscribers",
            "📌 Pinned: Evacuation hotline — 0 800 409 109 (free, 24/7)",
            "#Kherson #Khersonregion #shelling #RussianAggression", "👁 14.2K · edited 09:14", "😢 412 · 🙏 388 · 😡 97",
            "➡️ Subscribe: t.me/khersonrma_en"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
