from common import E, L, R, C, N, W, S, gold

TITLE = "Shelling of Sumy oblast over the past day: 87 attacks, 319 explosions"
TEXT = """Sumy Regional Military Administration
⚪️ Sumy OVA · morning report
Shelling of Sumy oblast over the past day: 87 attacks, 319 explosions

Over the past day the Russians carried out 87 attacks on the border areas and settlements of Sumy oblast. 319 explosions were recorded. One person was killed and three were injured.

Hromadas that came under fire: Krasnopillia, Velyka Pysarivka, Bilopillia, Myropillia, Khotin, Yunakivka, Seredyna-Buda, Esman, Shalyhyne and Vorozhba.

🔸 Krasnopillia hromada: mortar attack (6 explosions).
🔸 Velyka Pysarivka hromada: the enemy dropped 2 guided aerial bombs (KAB) and attacked with an FPV drone (1 explosion).
🔸 Bilopillia hromada: MLRS attack (12 explosions); a man was injured.
🔸 Myropillia hromada: artillery shelling (8 explosions).
🔸 Khotin hromada: a drone dropped explosive devices (3 explosions).
🔸 Yunakivka hromada: attack by a Molniya-type UAV (1 explosion) and artillery shelling (15 explosions).
🔸 Seredyna-Buda hromada: mortar attack (11 explosions); a private house was destroyed. 600 subscribers were left without power.
🔸 Esman hromada: 1 KAB.
🔸 Shalyhyne hromada: information is being clarified.
🔸 Vorozhba hromada: an FPV drone hit a civilian car; two people were injured.

At 20:15 yesterday the enemy struck Sumy with a drone: a shop in the Kovpakivskyi district was hit, one woman was killed.

Sumy OVA · stay with official sources
🔗 sumy-ova.example.gov.ua  |  Viber  |  WhatsApp
"""
DOC = {"id": "ka11", "date": "2024-09-05", "source": "Sumy Regional Military Administration (Telegram)",
       "url": "https://t.me/sumy_ova_example/22701", "text": TEXT}

D, Y = "2024-09-05", "2024-09-04"
PAST = dict(prec="range", end=D)


def H(key, name):
    return L(key, 2, name + " hromada")


EVENTS = [
    E("ka11-1", "missile_artillery_strike", Y, R("UA-59", "Sumy oblast"), "RU", "UA", agg=True, fat=N(1), inj=N(3),
      family=["air_drone_strike"], note="past-day tally 87 attacks / 319 explosions, 1 k / 3 w; parent; the list of "
                                        "hromadas repeats the lines below (no extra events)", **PAST),
    E("ka11-2", "missile_artillery_strike", Y, H("Krasnopillia", "Krasnopillia"), "RU", "UA",
      weapons=[W("artillery")], parent="ka11-1", note="hromada named after its town = precision 2; mortar", **PAST),
    E("ka11-3", "air_drone_strike", Y, H("Velyka Pysarivka", "Velyka Pysarivka"), "RU", "UA",
      weapons=[W("guided_bomb", "KAB", launched=N(2)), W("drone")], parent="ka11-1",
      note="2 KABs and an FPV drone in one line: one air_drone_strike with two weapon entries", **PAST),
    E("ka11-4", "missile_artillery_strike", Y, H("Bilopillia", "Bilopillia"), "RU", "UA", inj=N(1),
      weapons=[W("mlrs")], parent="ka11-1", note="MLRS, 1 w", **PAST),
    E("ka11-5", "missile_artillery_strike", Y, H("Myropillia", "Myropillia"), "RU", "UA", weapons=[W("artillery")],
      parent="ka11-1", note="artillery", **PAST),
    E("ka11-6", "air_drone_strike", Y, H("Khotin", "Khotin"), "RU", "UA", weapons=[W("drone")], parent="ka11-1",
      note="drone drops; Khotin of Sumy oblast (706253), not Khotyn in Chernivtsi oblast", **PAST),
    E("ka11-7", "air_drone_strike", Y, H("Yunakivka", "Yunakivka"), "RU", "UA", weapons=[W("drone", "Molniya")],
      parent="ka11-1", note="Molniya-type UAV", **PAST),
    E("ka11-8", "missile_artillery_strike", Y, H("Yunakivka", "Yunakivka"), "RU", "UA", weapons=[W("artillery")],
      parent="ka11-1", note="artillery in the same line: a second event (other weapon type)", **PAST),
    E("ka11-9", "missile_artillery_strike", Y, H("Seredyna-Buda", "Seredyna-Buda"), "RU", "UA",
      weapons=[W("artillery")], parent="ka11-1", note="mortar; house destroyed", **PAST),
    E("ka11-10", "infrastructure_disruption", Y, H("Seredyna-Buda", "Seredyna-Buda"), "RU", "UA",
      note="600 subscribers without power", **PAST),
    E("ka11-11", "air_drone_strike", Y, H("Esman", "Esman"), "RU", "UA", weapons=[W("guided_bomb", "KAB", launched=N(1))],
      parent="ka11-1", note="1 KAB", **PAST),
    E("ka11-12", "missile_artillery_strike", Y, H("Shalyhyne", "Shalyhyne"), "RU", "UA", optional=True,
      family=["air_drone_strike"], parent="ka11-1", note="'information is being clarified': optional", **PAST),
    E("ka11-13", "air_drone_strike", Y, H("Vorozhba", "Vorozhba"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      parent="ka11-1", note="FPV on a car, 2 w", **PAST),
    E("ka11-14", "air_drone_strike", Y, L("Sumy", 1, "Sumy (Kovpakivskyi district)"), "RU", "UA", fat=N(1),
      weapons=[W("drone")], parent="ka11-1", note="'At 20:15 yesterday' = 4 Sep; city district = the city"),
]
STATEMENTS = []
MUST_NOT = ["Sumy Regional Military Administration", "⚪️ Sumy OVA · morning report",
            "Sumy OVA · stay with official sources", "🔗 sumy-ova.example.gov.ua  |  Viber  |  WhatsApp"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
