from common import E, L, R, C, N, W, S, gold

TITLE = "Over the past day, the enemy shelled 41 settlements of Kherson region"
TEXT = """Херсонська ОВА | Kherson Regional Military Administration
248 903 subscribers
📌 Pinned message: Where to find Invincibility Points in Kherson — the full list
Forwarded from Kherson City Military Administration
⚡️ At 06:40 this morning the occupiers attacked a minibus on Perekopska street in the Dniprovskyi district with a drone. Two passengers, women aged 49 and 56, were injured. They are receiving medical care.
👁 53.4K · 08:02
Over the past day, the enemy shelled 41 settlements of Kherson region
Over the past day, the enemy shelled 41 settlements of Kherson region, including the city of Kherson, with artillery, MLRS, drones and aviation.

Russian troops targeted residential quarters, critical infrastructure, a medical facility and a Nova Poshta branch. 9 private houses and a high-rise building were damaged, as were 4 cars.

As a result of Russian aggression, 1 person was killed and 11 people were injured.

🔹 Kherson: at 22:10 yesterday the Russians shelled the Korabelnyi district. A 67-year-old man was killed in the courtyard of his house.
🔹 Antonivka: a drone dropped explosives on a private house, a 73-year-old woman was injured.
🔹 Bilozerka: artillery shelling, two men aged 38 and 45 were injured.
🔹 Beryslav: the Russian army dropped 3 guided aerial bombs on the town. Three people were injured, 5 houses were destroyed.
🔹 Stanislav: an FPV drone attacked a car, the driver was injured.

📍 Information about other consequences is being clarified.

"The enemy does not stop hunting for civilians even on the roads. Please do not use private cars near the riverbank unless absolutely necessary," the head of the regional military administration said.

‼️ During an air raid alert, stay in shelters!
#Kherson #KhersonRegion #shelling
😢 1.2K  🙏 412  😡 305  👍 64
👁 61.2K · edited 08:47
💬 93 comments
"""
DOC = {"id": "e13", "date": "2025-01-28", "source": "Kherson Regional Military Administration (Telegram channel)",
       "url": "https://t.me/kherson_rma_example/41873", "text": TEXT}

D0, D = "2025-01-27", "2025-01-28"
RMA = "Kherson Regional Military Administration"
EVENTS = [
    E("e13-1", "missile_artillery_strike", D0, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(1), inj=N(11), family=["air_drone_strike"], claimant=RMA,
      weapons=[W("artillery"), W("mlrs"), W("drone"), W("aircraft")],
      note="past-day tally with casualties: required aggregate range (blind16 call 1), parent of the place lines; "
           "mixed weapons, typed by the heaviest"),
    E("e13-2", "missile_artillery_strike", D0, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], parent="e13-1", claimant=RMA,
      note="'at 22:10 yesterday' in a Tuesday post = Monday 27 Jan; city district = city"),
    E("e13-3", "air_drone_strike", D0, L("Antonivka-Kh"), "RU", "UA", end=D, prec="range", inj=N(1),
      weapons=[W("drone")], parent="e13-1", claimant=RMA,
      note="place line without an hour: past-day range (not aggregate); Antonivka = the Kherson suburb 713304"),
    E("e13-4", "missile_artillery_strike", D0, L("Bilozerka"), "RU", "UA", end=D, prec="range", inj=N(2),
      weapons=[W("artillery")], parent="e13-1", claimant=RMA, note="place line without an hour: range"),
    E("e13-5", "air_drone_strike", D0, L("Beryslav"), "RU", "UA", end=D, prec="range", inj=N(3),
      weapons=[W("guided_bomb", launched=N(3))], parent="e13-1", claimant=RMA,
      note="3 guided aerial bombs = air_drone_strike; place line without an hour: range"),
    E("e13-6", "air_drone_strike", D0, L("Stanislav"), "RU", "UA", end=D, prec="range", inj=N(1),
      weapons=[W("drone")], parent="e13-1", claimant=RMA, note="FPV drone on a car; range"),
    E("e13-7", "air_drone_strike", D, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], claimant="Kherson City Military Administration",
      note="forwarded post: 'At 06:40 this morning' = publication day; minibus hit by a drone; forwarded-from line "
           "and its views line are furniture, the post text is content"),
]
STATEMENTS = [
    S("head of the Kherson regional military administration", "UA",
      "The enemy does not stop hunting for civilians even on the roads", "title only"),
]
MUST_NOT = ["Херсонська ОВА | Kherson Regional Military Administration", "248 903 subscribers",
            "📌 Pinned message: Where to find Invincibility Points in Kherson — the full list",
            "Forwarded from Kherson City Military Administration", "👁 53.4K · 08:02",
            "‼️ During an air raid alert, stay in shelters!", "#Kherson #KhersonRegion #shelling",
            "😢 1.2K  🙏 412  😡 305  👍 64", "👁 61.2K · edited 08:47", "💬 93 comments"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
