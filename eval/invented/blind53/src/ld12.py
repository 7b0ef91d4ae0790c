from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Night 19→20 May in Kharkiv region — summary"
TEXT = """Slobozhanshchyna 24/7 ⚡
64 930 subscribers
📌 Pinned: shelters of Kharkiv on one map
🌙 Night 19→20 May in Kharkiv region — summary
As of 07:30. Data of the RMA, the police and the hromadas, collected by our editors.
📊 Overall: 8 settlements hit, 1 killed, 10 injured.
🏙 Kharkiv — at 23:47 a guided bomb hit the Kholodnohirskyi district: a warehouse and a petrol station damaged, 3 injured.
💥 Vovchansk — artillery and MLRS fire the whole night; 2 wounded (a man, 67, and a woman, 70).
🛸 Lyptsi — a KAB on the village, three houses damaged, no casualties.
🎯 Zolochiv hromada — near Zolochiv an FPV drone hit a civilian car; the driver, 51, was killed.
🔥 Kupiansk — shelling, a warehouse on fire. Casualties being clarified.
💣 Staryi Saltiv — a munition dropped from a drone exploded next to the shop; one woman injured.
🚑 Derhachi — at 05:50 an FPV drone hit a minibus at the bus station, 4 injured.
⚡ Chuhuiv — drone on an energy facility; 1,100 subscribers without power.
🛡 Air defence: 6 of 8 Shaheds shot down over the region.
✅ Balakliia and Izium districts — quiet night, no attacks recorded.
⚠️ Borova hromada: evacuation from 4 villages continues, registration at the hromada office.
👁 18.2K
🕘 09:40
❗️UPD Derhachi: one of the injured from the minibus died in hospital. Now 1 killed and 3 injured there. Overall for the night: 2 killed, 9 injured.
👁 9.7K
#Kharkiv #Vovchansk #Derhachi
👉 Subscribe: @slobozhanshchyna247_example | Bot for your news: @sl247_bot
"""
DOC = {"id": "ld12", "date": "2024-05-20", "source": "Slobozhanshchyna 24/7 (regional Telegram channel, web preview)",
       "url": "https://t.me/s/slobozhanshchyna247_example?before=88310", "text": TEXT}

D, Y = "2024-05-20", "2024-05-19"
T = "ld12-1"
EVENTS = [
    E(T, MAS, Y, R("UA-63", "Kharkiv region"), "RU", "UA", end=D, prec="range", agg=True, fat=N(2), inj=N(9),
      family=[ADS],
      note="'📊 Overall: 8 settlements hit, 1 killed, 10 injured' for the 'Night 19→20 May', raised by the 09:40 UPD "
           "'Overall for the night: 2 killed, 9 injured' -> the night's tally as an aggregate range 19–20 May (it "
           "holds a 23:47 line of 19 May), latest figures 2 k 9 w. Check: killed Zolochiv 1 + Derhachi 1; injured "
           "Kharkiv 3 + Vovchansk 2 + Staryi Saltiv 1 + Derhachi 3 = 9"),
    E("ld12-2", ADS, Y, L("Kharkiv"), "RU", "UA", parent=T, inj=N(3), weapons=[W("guided_bomb")],
      note="'at 23:47 a guided bomb hit the Kholodnohirskyi district' -> 23:47 is still 19 May (the line's own time "
           "wins over the night heading); the district = the city; 3 injured"),
    E("ld12-3", MAS, D, L("Vovchansk"), "RU", "UA", parent=T, inj=N(2), weapons=[W("artillery"), W("mlrs")],
      note="'artillery and MLRS fire the whole night; 2 wounded': one event with two weapons (blind44 call 1); a night "
           "line without a time is dated by the heading's later day (blind44 ku06)"),
    E("ld12-4", ADS, D, L("Lyptsi"), "RU", "UA", parent=T, fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="'a KAB on the village, three houses damaged, no casualties' -> 0/0"),
    E("ld12-5", ADS, D, H("Zolochiv", "near Zolochiv"), "RU", "UA", parent=T, fat=N(1), weapons=[W("drone")],
      note="'Zolochiv hromada — near Zolochiv an FPV drone hit a civilian car; the driver, 51, was killed': near X = "
           "precision 2 (Zolochiv 686895, Kharkiv oblast, not the Lviv-oblast town)"),
    E("ld12-6", MAS, D, L("Kupiansk"), "RU", "UA", parent=T, weapons=[W("artillery")],
      note="'shelling, a warehouse on fire. Casualties being clarified' -> counts absent"),
    E("ld12-7", ADS, D, L("Staryi Saltiv"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone")],
      note="'a munition dropped from a drone exploded next to the shop; one woman injured'"),
    E("ld12-8", ADS, D, L("Derhachi"), "RU", "UA", parent=T, fat=N(1), inj=N(3), weapons=[W("drone")],
      note="'at 05:50 an FPV drone hit a minibus at the bus station, 4 injured', then '❗️UPD Derhachi: one of the "
           "injured … died in hospital. Now 1 killed and 3 injured there' -> 1 k 3 w (the latest figures, one event)"),
    E("ld12-9", ADS, D, L("Chuhuiv"), "RU", "UA", parent=T, weapons=[W("drone")],
      note="'drone on an energy facility' (verbless); casualties not stated"),
    E("ld12-10", DIS, D, L("Chuhuiv"), "RU", "UA", parent="ld12-9", note="'1,100 subscribers without power'"),
    E("ld12-11", INT, D, R("UA-63", "Kharkiv region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", launched=N(8), intercepted=N(6))],
      note="'🛡 Air defence: 6 of 8 Shaheds shot down over the region': a region with a count -> required; launched 8, "
           "intercepted 6 in one weapon entry"),
]
# Not events: '✅ Balakliia and Izium districts — quiet night, no attacks recorded' (negation), '⚠️ Borova hromada:
# evacuation from 4 villages continues' (standing notice), 'As of 07:30 …' (the post's sources). The emoji labels are
# decoration. The channel name, subscriber count, pinned line, 👁 counters, hashtags and the subscribe line are
# furniture; the 🕘 09:40 clock line stays as text.
STATEMENTS = []
MUST_NOT = ["Slobozhanshchyna 24/7 ⚡", "64 930 subscribers", "📌 Pinned: shelters of Kharkiv on one map", "👁 18.2K",
            "👁 9.7K", "#Kharkiv #Vovchansk #Derhachi",
            "👉 Subscribe: @slobozhanshchyna247_example | Bot for your news: @sl247_bot"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
