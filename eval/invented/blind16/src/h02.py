from common import E, L, R, C, N, W, S, gold

TITLE = "On the situation in the border districts of our region over the past day"
TEXT = """Governor of the Bryansk Region | official channel
Channel photo updated
subscribers: 96 418
On the situation in the border districts of our region over the past day

Dear residents of the Bryansk region! Over the past day the Armed Forces of Ukraine fired on 8 settlements in five districts of our region, using more than 120 munitions: artillery, mortars, multiple rocket launchers and attack drones. One civilian was killed and one was wounded.

Klimovsky district. The village of Novyy Ropsk came under mortar fire. Two residential houses and a power line were damaged. There were no casualties. Part of the village is without electricity; emergency crews will begin restoration once the shelling stops.

At dawn today, a Ukrainian sabotage and reconnaissance group tried to enter our territory near the village of Churovichi. Border guards of the FSB and units of the Ministry of Defence pushed the enemy back with fire. The situation is under control.

Suzemsky district. A kamikaze drone hit a private house on the outskirts of the settlement of Suzemka. A civilian, a man born in 1968, was wounded by shrapnel. He was taken to the Suzemka central district hospital and is receiving all necessary care.

Pogarsky district. The settlement of Pogar was shelled from multiple rocket launchers. Windows of an administrative building and three cars were damaged. Nobody was hurt.

Sevsky district. Late yesterday evening, at about 22:40, the AFU struck the outskirts of Sevsk with artillery. A 62-year-old woman was killed. I express my deep condolences to her family and friends. The family will receive all necessary assistance.

Trubchevsky district. Our air defence systems shot down three Ukrainian UAVs over the district. In the village of Belaya Berezka, debris damaged the roof of a kindergarten. No one was hurt.

Komarichsky district. At 02:10 a drone attacked an oil pumping station near the village of Lopandino. A fire broke out in a reservoir and was put out by 04:00. There were no casualties, and the station is operating normally.

Information on shelling in the Starodubsky municipal district is being clarified.

Operational services and emergency crews are working at all sites. I ask residents of the border districts not to go out to fields and forest belts close to the border.

👍 2.3K  😢 611  🙏 402
👁 88.1K views
Share  |  Forward
"""
DOC = {"id": "h02", "date": "2023-06-13", "source": "Governor of the Bryansk Region (Telegram)",
       "url": "https://t.me/bryansk_governor_example/6231", "text": TEXT}

D, Y = "2023-06-13", "2023-06-12"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("h02-1", "missile_artillery_strike", Y, R("RU-BRY", "Bryansk region"), "UA", "RU", agg=True, fat=N(1), inj=N(1),
      family=["air_drone_strike"],
      note="past-day regional tally: 8 settlements, 'more than 120 munitions' of several kinds (no weapon entry), "
           "1 k / 1 w", **PAST),
    E("h02-2", "missile_artillery_strike", Y, L("Novyy Ropsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      parent="h02-1", note="Klimovsky district; mortar = artillery; past-day line without an hour: range", **PAST),
    E("h02-3", "infrastructure_disruption", Y, L("Novyy Ropsk"), "UA", "RU",
      note="part of the village without electricity after the shelling", **PAST),
    E("h02-4", "armed_clash", D, L("Churovichi", 2, "near Churovichi"), "UA", "RU",
      note="'At dawn today': sabotage group pushed back at the border; actor1 = the attacking side as told"),
    E("h02-5", "air_drone_strike", Y, L("Suzemka", 2, "outskirts of Suzemka"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], parent="h02-1", note="'outskirts of' = precision 2; hospital = injured", **PAST),
    E("h02-6", "missile_artillery_strike", Y, L("Pogar"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("mlrs")],
      parent="h02-1", note="MLRS; 'Nobody was hurt' = 0/0", **PAST),
    E("h02-7", "missile_artillery_strike", Y, L("Sevsk", 2, "outskirts of Sevsk"), "UA", "RU", fat=N(1),
      weapons=[W("artillery")], parent="h02-1", note="'Late yesterday evening, at about 22:40' = 12 June"),
    E("h02-8", "interception", Y, L("Trubchevsk", 2, "Trubchevsky district"), "RU", "UA",
      weapons=[W("drone", intercepted=N(3))],
      note="district in adjective form named after its town: precision 2; no hour given: past-day range", **PAST),
    E("h02-9", "air_drone_strike", Y, L("Belaya Berezka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="h02-1", note="debris of the downed UAVs on a kindergarten roof; 'No one was hurt' = 0/0", **PAST),
    E("h02-10", "air_drone_strike", D, L("Lopandino", 2, "near Lopandino"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], note="'At 02:10' in a morning digest = 13 June; oil pumping station near the village"),
    E("h02-11", "missile_artillery_strike", Y, L("Starodub", 2, "Starodubsky municipal district"), "UA", "RU",
      optional=True, family=["air_drone_strike"], note="'Information on shelling … is being clarified': vague", **PAST),
]
STATEMENTS = []
MUST_NOT = ["Governor of the Bryansk Region | official channel", "Channel photo updated", "subscribers: 96 418",
            "👍 2.3K  😢 611  🙏 402", "👁 88.1K views", "Share  |  Forward"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
