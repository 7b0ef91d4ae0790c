from common import E, L, R, C, N, W, S, gold

TITLE = "Summary of the situation in the border districts over the past day"
TEXT = """Igor Belousko | Kursk Region Governor 🇷🇺
Forwarded from Kursk Region Operational Headquarters
Summary of the situation in the border districts over the past day

Over the past day, the Armed Forces of Ukraine shelled the Glushkovsky, Korenevsky, Rylsky and Sudzhansky districts 27 times, using artillery, mortars and drones.

Glushkovsky district. In Tyotkino, a man born in 1968 was wounded by shrapnel when an FPV drone attacked his car. He was taken to the Kursk regional hospital, his condition is assessed as moderate. In the settlement of Glushkovo, a private house and a garage were damaged by artillery fire. No one was hurt.

Korenevsky district. In Korenevo, an enemy drone dropped an explosive device on the territory of an agricultural enterprise. A tractor and the roof of a hangar were damaged.

Sudzhansky district. Sudzha came under mortar fire. A power line was damaged, and part of the town is without electricity. Power engineers will start repairs as soon as the situation allows.

Rylsky district. Air defence shot down two Ukrainian UAVs. There were no casualties or damage.

Tonight our air defence also shot down a drone over Kurchatov. There was no damage.

I have instructed the heads of the districts to assess the damage together with the commissions today. Residents whose homes were damaged will receive payments under the regional programme. Please do not ignore air-raid alerts and stay in shelters while the danger persists.

👍 1.3K  😢 407  🙏 388
👁 61.2K  edited  07:48
#Kursk_region #border #summary
💬 Leave a comment
⭐ Boost the channel so that stories stay available
"""
DOC = {"id": "q07", "date": "2024-04-13", "source": "Kursk Region Governor (Telegram)",
       "url": "https://t.me/kursk_governor_example/9412", "text": TEXT}

D, Y = "2024-04-13", "2024-04-12"
PAST = dict(prec="range", end=D)
GOV = "Igor Belousko"
EVENTS = [
    E("q07-1", "missile_artillery_strike", Y, R("RU-KRS", "Kursk region"), "UA", "RU", agg=True,
      family=["air_drone_strike"], claimant=GOV,
      note="27 shellings of four districts over the past day: regional aggregate (artillery, mortars and drones)", **PAST),
    E("q07-2", "air_drone_strike", Y, L("Tyotkino"), "UA", "RU", inj=N(1), weapons=[W("drone", "FPV")], parent="q07-1",
      claimant=GOV, note="hospitalised = injured", **PAST),
    E("q07-3", "missile_artillery_strike", Y, L("Glushkovo"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      parent="q07-1", claimant=GOV, **PAST),
    E("q07-4", "air_drone_strike", Y, L("Korenevo"), "UA", "RU", weapons=[W("drone")], parent="q07-1", claimant=GOV,
      **PAST),
    E("q07-5", "missile_artillery_strike", Y, L("Sudzha"), "UA", "RU", weapons=[W("artillery")], parent="q07-1",
      claimant=GOV, note="mortar fire = artillery", **PAST),
    E("q07-6", "infrastructure_disruption", Y, L("Sudzha"), "UA", "RU", claimant=GOV,
      note="part of the town without electricity", **PAST),
    E("q07-7", "interception", Y, L("Rylsk", 2, "Rylsky district"), "RU", "UA", weapons=[W("drone", intercepted=N(2))],
      claimant=GOV, note="district named after its town (adjective form): precision 2", **PAST),
    E("q07-8", "interception", D, L("Kurchatov"), "RU", "UA", weapons=[W("drone", intercepted=N(1))], claimant=GOV,
      note="'Tonight' in a morning post = the night into the publication day"),
]
STATEMENTS = []
MUST_NOT = ["Igor Belousko | Kursk Region Governor 🇷🇺", "Forwarded from Kursk Region Operational Headquarters",
            "👍 1.3K  😢 407  🙏 388", "👁 61.2K  edited  07:48", "#Kursk_region #border #summary",
            "💬 Leave a comment", "⭐ Boost the channel so that stories stay available"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
