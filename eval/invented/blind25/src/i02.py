from common import E, L, R, C, N, W, S, gold

TITLE = "Situation in Kharkiv region as of 08:00, 9 October"
TEXT = """✅ Official channel of the Kharkiv Regional Military Administration
Situation in Kharkiv region as of 08:00, 9 October

Over the past day the occupiers fired on 17 settlements of the region. 1 person was killed, 7 were injured.

📍 Kharkiv raion
🔸 Lyptsi — KAB strike, 2 private houses destroyed; a man, 58, injured.
🔸 Derhachi — a drone hit a garage cooperative; no one injured.

📍 Kupiansk raion
🔸 Kupiansk — artillery; a woman, 66, killed near her house.
🔸 Kivsharivka — FPV drone on a car; 2 men injured.
🔸 Petropavlivka — MLRS fire; private houses damaged.

📍 Chuhuiv raion
🔸 Pechenihy — drone; a warehouse burnt.

📍 Izium raion
🔸 Borova — KAB; a shop destroyed, no casualties.

📍 Bohodukhiv raion
🔸 Zolochiv — mortars; a power line damaged, 1,200 subscribers without electricity.

🏙 Kharkiv. At 21:40 yesterday the enemy struck the Saltivskyi district with a guided aerial bomb. A five-storey residential building was damaged; 4 people were injured, including a 9-year-old boy.

⚔️ Front. Over the past day the enemy attacked 9 times in the Kupiansk direction, near Kindrashivka and Petropavlivka. All attacks were repelled, the situation is under control.

🚐 126 people, among them 14 children, were evacuated from the Kupiansk raion over the past day.
💣 Pyrotechnicians of the SES defused 71 explosive objects.

👉 Our WhatsApp channel: wa.me/channel/kharkiv-rma-example
👁‍🗨 22 618 · 09:02
🔒 Comments off
"""
DOC = {"id": "i02", "date": "2024-10-09", "source": "Kharkiv RMA (Telegram)",
       "url": "https://t.me/kharkiv_rma_example/31877", "text": TEXT}

D, Y = "2024-10-09", "2024-10-08"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("i02-1", "missile_artillery_strike", Y, R("UA-63", "Kharkiv region"), "RU", "UA", agg=True, fat=N(1), inj=N(7),
      family=["air_drone_strike"], note="past-day tally: 17 settlements, 1 k / 7 w (mixed weapons): aggregate range, "
                                         "parent of the raion lines", **PAST),
    E("i02-2", "air_drone_strike", Y, L("Lyptsi"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb")], parent="i02-1",
      note="terse line 'KAB strike … a man, 58, injured'; past-day line without hour: range", **PAST),
    E("i02-3", "air_drone_strike", Y, L("Derhachi"), "RU", "UA", inj=N(0), weapons=[W("drone")], parent="i02-1",
      note="drone on a garage cooperative; 'no one injured' = injured 0 (fatalities not stated)", **PAST),
    E("i02-4", "missile_artillery_strike", Y, L("Kupiansk"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      parent="i02-1", note="artillery, woman killed", **PAST),
    E("i02-5", "air_drone_strike", Y, L("Kivsharivka"), "RU", "UA", inj=N(2), weapons=[W("drone", "FPV")],
      parent="i02-1", note="FPV on a car, 2 injured", **PAST),
    E("i02-6", "missile_artillery_strike", Y, L("Petropavlivka-Kh"), "RU", "UA", weapons=[W("mlrs")], parent="i02-1",
      note="MLRS = missile_artillery_strike; Petropavlivka 697421 (Kupiansk raion, the heading decides the homonym)",
      **PAST),
    E("i02-7", "air_drone_strike", Y, L("Pechenihy"), "RU", "UA", weapons=[W("drone")], parent="i02-1",
      note="drone, warehouse burnt; casualties not stated", **PAST),
    E("i02-8", "air_drone_strike", Y, L("Borova-Kh"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      parent="i02-1", note="KAB on Borova 711623 (Izium raion heading; not the Kyiv-oblast Borova); 'no casualties'",
      **PAST),
    E("i02-9", "missile_artillery_strike", Y, L("Zolochiv-Kh"), "RU", "UA", weapons=[W("artillery")], parent="i02-1",
      note="mortars = artillery; Zolochiv 686895 in Kharkiv oblast (Bohodukhiv raion), not the Lviv-oblast town",
      **PAST),
    E("i02-10", "infrastructure_disruption", Y, L("Zolochiv-Kh"), "RU", "UA",
      note="1,200 subscribers without electricity after the mortar fire; same dating", **PAST),
    E("i02-11", "air_drone_strike", Y, L("Kharkiv", 1, "Kharkiv (Saltivskyi district)"), "RU", "UA", inj=N(4),
      weapons=[W("guided_bomb")],
      note="'At 21:40 yesterday' = 8 October (own day, hour given); city district = city; residential building"),
    E("i02-12", "armed_clash", Y, L("Kindrashivka", 2, "near Kindrashivka"), "RU", "UA",
      note="'attacked 9 times in the Kupiansk direction, near Kindrashivka and Petropavlivka': one clash event per "
           "named village (precision 2), past-day range; the direction alone is not coded", **PAST),
    E("i02-13", "armed_clash", Y, L("Petropavlivka-Kh", 2, "near Petropavlivka"), "RU", "UA",
      note="second village of the same sentence", **PAST),
]
STATEMENTS = []
MUST_NOT = ["✅ Official channel of the Kharkiv Regional Military Administration",
            "👉 Our WhatsApp channel: wa.me/channel/kharkiv-rma-example", "👁‍🗨 22 618 · 09:02", "🔒 Comments off"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
