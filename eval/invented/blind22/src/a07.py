from common import E, L, R, C, N, W, S, gold

TITLE = "Shelling of Sumy region over the past day (07.04, 08:00 – 08.04, 08:00)"
TEXT = """Sumy Regional Military Administration | EN
✅ Verified channel
📍 Shelling of Sumy region over the past day (07.04, 08:00 – 08.04, 08:00)

Over the past day, the Russians carried out 72 attacks on 29 settlements in 11 hromadas of the region. 163 explosions were recorded. 2 civilians were killed and 5 were injured.

▪️ Krasnopillia hromada: mortar attack (9 explosions). A 62-year-old man was injured, he is in hospital.
▪️ Velyka Pysarivka hromada: enemy aviation dropped 2 KABs. Farm buildings and a shop were damaged.
▪️ Khotin hromada: FPV drone attack (3 explosions). A woman was killed on the road near her home.
▪️ Myropillia hromada: artillery shelling (17 explosions) and an MLRS attack (11 explosions). Houses and an outbuilding damaged.
▪️ Bilopillia hromada: drones dropped explosives (4 explosions). A power line was damaged, about 1,200 subscribers are without electricity.
▪️ Yunakivka hromada: mortar attack (12 explosions).
▪️ Esman hromada: strike by a Lancet loitering munition (1 explosion). A garage was destroyed.
▪️ Seredyna-Buda hromada: artillery shelling (5 explosions).
▪️ Nyzhnia Syrovatka hromada: a Shahed UAV hit the territory of an agricultural enterprise. A 57-year-old worker was killed.
▪️ Shostka hromada: at 22:40 a drone hit the premises of a utility company. One employee was injured.
▪️ Okhtyrka hromada: the situation is calm.

🏙 Sumy: at 03:20 the enemy attacked the city with attack drones. Hits were recorded in the Zarichnyi district – an apartment block and three cars were damaged. Three people were injured, including a 15-year-old boy. All received medical help.

🛡 Over the Trostianets hromada, air defence destroyed 2 Shahed-type drones. No damage.

🙏 We thank the rescuers, medics and utility workers who worked through the night.
💬 Comments are closed
👍 412  😢 96  🙏 218
1.9K views 08:47
Join 👉 t.me/sumy_ova_en_example
"""
DOC = {"id": "a07", "date": "2025-04-08", "source": "Sumy Regional Military Administration (Telegram, English channel)",
       "url": "https://t.me/sumy_ova_en_example/7731", "text": TEXT}

D, Y = "2025-04-08", "2025-04-07"
PAST = dict(prec="range", end=D)


def H(gid, etype, key, name, weapons=None, fat=None, inj=None, note="", family=None):
    return E(gid, etype, Y, L(key, 2, name), "RU", "UA", fat=fat, inj=inj, weapons=weapons, parent="a07-1",
             family=family, note="hromada line without an hour: past-day range, child of the tally; hromada named after "
                                 "its town = precision 2" + (" ; " + note if note else ""), **PAST)


EVENTS = [
    E("a07-1", "missile_artillery_strike", Y, R("UA-59", "Sumy region"), "RU", "UA", agg=True, fat=N(2), inj=N(5),
      family=["air_drone_strike"], note="past-day tally (72 attacks, 163 explosions, 2 k / 5 w): aggregate range", **PAST),
    H("a07-2", "missile_artillery_strike", "Krasnopillia", "Krasnopillia hromada", [W("artillery")], inj=N(1),
      note="mortar = artillery; in hospital = injured"),
    H("a07-3", "air_drone_strike", "Velyka Pysarivka", "Velyka Pysarivka hromada", [W("guided_bomb", "KAB", launched=N(2))],
      note="two KABs; casualties not stated"),
    H("a07-4", "air_drone_strike", "Khotin", "Khotin hromada", [W("drone", "FPV")], fat=N(1),
      note="Khotin 706253 (Sumy oblast, not Khotyn in Chernivtsi)"),
    H("a07-5", "missile_artillery_strike", "Myropillia", "Myropillia hromada", [W("artillery"), W("mlrs")],
      note="artillery and MLRS in one line: one event with both weapons"),
    H("a07-6", "air_drone_strike", "Bilopillia", "Bilopillia hromada", [W("drone")], note="drone drops"),
    H("a07-7", "infrastructure_disruption", "Bilopillia", "Bilopillia hromada",
      note="about 1,200 subscribers without electricity after the power line was damaged"),
    H("a07-8", "missile_artillery_strike", "Yunakivka", "Yunakivka hromada", [W("artillery")], note="mortar"),
    H("a07-9", "air_drone_strike", "Esman", "Esman hromada", [W("drone", "Lancet")], note="Lancet loitering munition"),
    H("a07-10", "missile_artillery_strike", "Seredyna-Buda", "Seredyna-Buda hromada", [W("artillery")]),
    H("a07-11", "air_drone_strike", "Nyzhnia Syrovatka", "Nyzhnia Syrovatka hromada", [W("drone", "Shahed-136")],
      fat=N(1)),
    E("a07-12", "air_drone_strike", Y, L("Shostka", 2, "Shostka hromada"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      parent="a07-1", note="'at 22:40' inside the window 07.04 08:00 - 08.04 08:00 = 7 April"),
    E("a07-13", "air_drone_strike", D, L("Sumy", 1, "Sumy (Zarichnyi district)"), "RU", "UA", inj=N(3),
      weapons=[W("drone")], parent="a07-1", note="'at 03:20' = 8 April; city district = the city; "
                                                 "'received medical help' = injured"),
    E("a07-14", "interception", Y, L("Trostianets", 2, "Trostianets hromada"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(2))], prec="range", end=D,
      note="2 Shaheds destroyed over the hromada, no hour: past-day range; 'No damage' gives no strike event"),
]
STATEMENTS = []
MUST_NOT = ["Sumy Regional Military Administration | EN", "✅ Verified channel", "💬 Comments are closed",
            "👍 412  😢 96  🙏 218", "1.9K views 08:47", "Join 👉 t.me/sumy_ova_en_example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
