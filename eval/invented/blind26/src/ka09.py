from common import E, L, R, C, N, W, S, gold

TITLE = "Over the past day the enemy launched 486 strikes on 14 settlements of Zaporizhzhia oblast"
TEXT = """ZAPORIZHZHIA OVA | official
channel · 212,904 subscribers
— — — — — 10 June — — — — —
Over the past day the enemy launched 486 strikes on 14 settlements of Zaporizhzhia oblast

Over the past day the Russian army launched 486 strikes on 14 settlements of Zaporizhzhia oblast. One person was killed and four were injured.

✈️ 6 air strikes hit Stepnohirsk and Mala Tokmachka.
🛸 287 UAVs of various modifications (mostly FPV) attacked Huliaipole, Orikhiv, Bilenke and Prymorske.
🚀 9 MLRS attacks targeted Kamianske and Malokaterynivka.
💥 184 artillery strikes hit the territories of Komyshuvakha, Preobrazhenka and Vilniansk.

27 reports of damage to housing, cars and infrastructure objects were received.

In Orikhiv an FPV drone hit a man near his house; he died on the spot.
In Vilniansk a 57-year-old woman was injured in a drone attack.

In Zaporizhzhia, at 17:45 yesterday, the enemy struck the Khortytskyi district with a drone: a 48-year-old man was wounded, garages and a car were damaged.

Overnight the enemy attacked Zaporizhzhia with missiles. An industrial enterprise in the Voznesenivskyi district was hit; two employees were injured. 3,400 customers were left without electricity.

Air raid alert in the oblast lasted 11 hours 40 minutes over the day.

❗️Do not ignore air raid alerts!
❤️ 3.4K  😢 1.1K  🤬 870
👁 96K · 08:12
"""
DOC = {"id": "ka09", "date": "2025-06-10", "source": "Zaporizhzhia Regional Military Administration (Telegram)",
       "url": "https://t.me/zoda_gov_example/30217", "text": TEXT}

D, Y = "2025-06-10", "2025-06-09"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("ka09-1", "missile_artillery_strike", Y, R("UA-23", "Zaporizhzhia oblast"), "RU", "UA", agg=True, fat=N(1),
      inj=N(4), family=["air_drone_strike"],
      note="past-day tally 486 strikes, 14 settlements, 1 k / 4 w (the overnight Zaporizhzhia missile strike is a "
           "separate publication-day event; the tally's 4 w = Vilniansk, Khortytskyi, two employees)", **PAST),
    E("ka09-2", "air_drone_strike", Y, L("Stepnohirsk"), "RU", "UA", weapons=[W("aircraft")], parent="ka09-1",
      note="'6 air strikes hit Stepnohirsk and Mala Tokmachka': one event per listed place", **PAST),
    E("ka09-3", "air_drone_strike", Y, L("Mala Tokmachka"), "RU", "UA", weapons=[W("aircraft")], parent="ka09-1",
      note="listed air-strike place", **PAST),
    E("ka09-4", "air_drone_strike", Y, L("Huliaipole"), "RU", "UA", weapons=[W("drone")], parent="ka09-1",
      note="listed UAV place", **PAST),
    E("ka09-5", "air_drone_strike", Y, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("drone")], parent="ka09-1",
      note="listed UAV place; the FPV death in Orikhiv is this event's casualty (same place, same weapon, same day)",
      **PAST),
    E("ka09-6", "air_drone_strike", Y, L("Bilenke-Zp"), "RU", "UA", weapons=[W("drone")], parent="ka09-1",
      note="Bilenke of Zaporizhzhia oblast (712642)", **PAST),
    E("ka09-7", "air_drone_strike", Y, L("Prymorske-Zp"), "RU", "UA", weapons=[W("drone")], parent="ka09-1",
      note="Prymorske of Zaporizhzhia oblast (696278)", **PAST),
    E("ka09-8", "missile_artillery_strike", Y, L("Kamianske-Zp"), "RU", "UA", weapons=[W("mlrs")], parent="ka09-1",
      note="listed MLRS place; Kamianske of Zaporizhzhia oblast (706967), not the Dnipropetrovsk city", **PAST),
    E("ka09-9", "missile_artillery_strike", Y, L("Malokaterynivka"), "RU", "UA", weapons=[W("mlrs")], parent="ka09-1",
      note="listed MLRS place", **PAST),
    E("ka09-10", "missile_artillery_strike", Y, L("Komyshuvakha-Zp"), "RU", "UA", weapons=[W("artillery")],
      parent="ka09-1", note="listed artillery place (706941, Zaporizhzhia oblast)", **PAST),
    E("ka09-11", "missile_artillery_strike", Y, L("Preobrazhenka-Zp"), "RU", "UA", weapons=[W("artillery")],
      parent="ka09-1", note="listed artillery place (696348, Zaporizhzhia oblast)", **PAST),
    E("ka09-12", "missile_artillery_strike", Y, L("Vilniansk"), "RU", "UA", weapons=[W("artillery")], parent="ka09-1",
      note="listed artillery place", **PAST),
    E("ka09-13", "air_drone_strike", Y, L("Vilniansk"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="ka09-1",
      note="drone attack injuring a woman: a second event in Vilniansk (other weapon)", **PAST),
    E("ka09-14", "air_drone_strike", Y, L("Zaporizhzhia", 1, "Zaporizhzhia (Khortytskyi district)"), "RU", "UA",
      inj=N(1), weapons=[W("drone")], note="'at 17:45 yesterday' = 9 June; city district = the city"),
    E("ka09-15", "missile_artillery_strike", D, L("Zaporizhzhia", 1, "Zaporizhzhia (Voznesenivskyi district)"), "RU", "UA",
      inj=N(2), weapons=[W("missile")], note="'Overnight' in a morning post = 10 June; missiles, kind not said"),
    E("ka09-16", "infrastructure_disruption", D, L("Zaporizhzhia"), "RU", "UA",
      note="3,400 customers without electricity after the overnight strike"),
    E("ka09-17", "military_mobilization", Y, R("UA-23", "Zaporizhzhia oblast"), None, None, optional=True,
      note="air raid alert lasting 11 h 40 min over the day: a general alert notice, optional (as ka04-9)", **PAST),
]
STATEMENTS = []
MUST_NOT = ["ZAPORIZHZHIA OVA | official", "channel · 212,904 subscribers", "— — — — — 10 June — — — — —",
            "❤️ 3.4K  😢 1.1K  🤬 870", "👁 96K · 08:12"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
