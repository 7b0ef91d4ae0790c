from common import E, L, R, C, N, W, S, gold

TITLE = "Situation in Sumy region as of 08:00, 19 October"
TEXT = """Sumy Regional Military Administration
⚡️ Situation in Sumy region as of 08:00, 19 October

Over the past day, Russian troops carried out 96 attacks on 41 settlements in 16 communities of Sumy region.

▪️ Krasnopillia community: artillery shelling (6 explosions) and an FPV drone strike. Private house damaged in Krasnopillia community.
▪️ Bilopillia community: KAB air strike and mortar shelling (14 explosions). Private house and outbuilding damaged in Bilopillia community. A woman, 67, injured.
▪️ Myropillia community: MLRS shelling (8 explosions).
▪️ Khotin community: drone strikes (5 explosions). A man, 52, killed.
▪️ Yunakivka community: FPV drone attacks (11 explosions) and artillery shelling (4 explosions). Power line damaged.
▪️ Velyka Pysarivka community: Lancet strike and mortar shelling (9 explosions). Infrastructure facility damaged.
▪️ Esman community: artillery shelling (3 explosions).
▪️ Seredyna-Buda community: artillery shelling (7 explosions). Farm building damaged.

Shostka. Overnight, enemy drones attacked an energy facility. 24,000 consumers left without electricity. Restoration work is under way.

Sumy. Yesterday at about 19:00, the enemy struck the city with two Shahed drones. Car service station damaged. A man, 38, injured, treated on the spot.

Air defence destroyed 9 UAVs over the region overnight.

In total, over the past day, 1 person was killed and 2 were injured in the region.

Evacuation from the border communities continues: 31 people, including 6 children, were taken out over the day.

❗️ Do not ignore air-raid alerts. Stay in shelters until the all-clear.
Sumy RMA | Subscribe ➡️ t.me/sumy_rma_example
👁 23.9K · 08:06
"""
DOC = {"id": "q08", "date": "2025-10-19", "source": "Sumy Regional Military Administration (Telegram)",
       "url": "https://t.me/sumy_rma_example/21877", "text": TEXT}

D, Y = "2025-10-19", "2025-10-18"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("q08-1", "missile_artillery_strike", Y, R("UA-59", "Sumy region"), "RU", "UA", agg=True, fat=N(1), inj=N(2),
      family=["air_drone_strike"], note="96 attacks over the past day with the regional casualty total", **PAST),
    E("q08-2", "missile_artillery_strike", Y, L("Krasnopillia", 2, "Krasnopillia community"), "RU", "UA",
      weapons=[W("artillery"), W("drone", "FPV")], family=["air_drone_strike"], parent="q08-1",
      note="mixed artillery + FPV: artillery listed first; hromada named after its town: precision 2", **PAST),
    E("q08-3", "air_drone_strike", Y, L("Bilopillia", 2, "Bilopillia community"), "RU", "UA", inj=N(1),
      weapons=[W("guided_bomb"), W("artillery")], family=["missile_artillery_strike"], parent="q08-1",
      note="KAB + mortar: glide bomb heaviest, both types accepted", **PAST),
    E("q08-4", "missile_artillery_strike", Y, L("Myropillia", 2, "Myropillia community"), "RU", "UA",
      weapons=[W("mlrs")], parent="q08-1", **PAST),
    E("q08-5", "air_drone_strike", Y, L("Khotin", 2, "Khotin community"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      parent="q08-1", **PAST),
    E("q08-6", "air_drone_strike", Y, L("Yunakivka", 2, "Yunakivka community"), "RU", "UA",
      weapons=[W("drone", "FPV"), W("artillery")], family=["missile_artillery_strike"], parent="q08-1",
      note="FPV (11) + artillery (4); 'Power line damaged' says nothing of an outage: no disruption event", **PAST),
    E("q08-7", "air_drone_strike", Y, L("Velyka Pysarivka", 2, "Velyka Pysarivka community"), "RU", "UA",
      weapons=[W("drone", "Lancet"), W("artillery")], family=["missile_artillery_strike"], parent="q08-1", **PAST),
    E("q08-8", "missile_artillery_strike", Y, L("Esman", 2, "Esman community"), "RU", "UA", weapons=[W("artillery")],
      parent="q08-1", **PAST),
    E("q08-9", "missile_artillery_strike", Y, L("Seredyna-Buda", 2, "Seredyna-Buda community"), "RU", "UA",
      weapons=[W("artillery")], parent="q08-1", **PAST),
    E("q08-10", "air_drone_strike", D, L("Shostka"), "RU", "UA", weapons=[W("drone")], note="'Overnight' energy facility"),
    E("q08-11", "infrastructure_disruption", D, L("Shostka"), "RU", "UA", note="24,000 consumers without electricity"),
    E("q08-12", "air_drone_strike", Y, L("Sumy"), "RU", "UA", inj=N(1),
      weapons=[W("drone", "Shahed-136", launched=N(2))], note="'Yesterday at about 19:00'"),
    E("q08-13", "interception", D, R("UA-59", "Sumy region"), "UA", "RU", weapons=[W("drone", intercepted=N(9))]),
]
STATEMENTS = []
MUST_NOT = ["Sumy Regional Military Administration", "❗️ Do not ignore air-raid alerts. Stay in shelters until the all-clear.",
            "Sumy RMA | Subscribe ➡️ t.me/sumy_rma_example", "👁 23.9K · 08:06"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
