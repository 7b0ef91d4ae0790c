from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Over the past day the AFU attacked 18 settlements of the region"
TEXT = """Telegram Web
Belgorod Region Governor | Official
128 342 subscribers
View in Telegram
Preview channel
Pinned: Where to get help after a shelling
Yesterday, 21:47
🔴 Missile danger in Belgorod and Belgorod district! Go to shelters.
👁 52.1K
Yesterday, 22:09
🟢 All clear in Belgorod and Belgorod district.
👁 48.7K
December 2
Over the past day the AFU attacked 18 settlements of the region
In total, 42 drones were launched and 96 shells fired. One person was killed and four were injured.

🔸 Belgorod district. In the village of Razumnoye, an FPV drone dropped an explosive device on a passenger car. The driver was injured; he was taken to the city hospital with shrapnel wounds to the legs. The car was damaged. Over the Belgorod district, air defence systems shot down 4 UAVs. There were no casualties.

🔸 Shebekino district. The AFU shelled the town of Shebekino — 12 shells. A private house and an outbuilding were damaged, no one was hurt. In the settlement of Maslova Pristan, a drone attacked the territory of a shop; a woman was injured and is being treated as an outpatient.

🔸 Grayvoron district. The village of Kozinka came under artillery fire — 4 shells. Later an FPV drone struck a truck on the Kozinka–Grayvoron road. The driver died of his injuries at the scene. My condolences to the family and friends. In Golovchino, 6 shells; a power line was damaged and part of the village is without electricity.

🔸 Krasnaya Yaruga district. In the settlement of Krasnaya Yaruga, a drone dropped an explosive device on the car of a self-defence unit. Two fighters were wounded and taken to the central district hospital.

🔸 Valuyki district. In Urazovo, a drone attacked an agricultural enterprise; a tractor was damaged.

"The enemy is hunting cars on the roads of the border district. We have put up anti-drone nets on the Kozinka road and will extend them," said Pavel Semykin, head of the Grayvoron municipal district.

Information on the remaining settlements is being clarified.
#Belgorod_region #situation
👁 41.3K  edited 08:51
🔗 Subscribe to the channel
"""
DOC = {"id": "kq02", "date": "2024-12-02", "source": "Belgorod Region Governor | Official (Telegram channel, web preview)",
       "url": "https://t.me/s/belgorod_governor_official_example/18344", "text": TEXT}

D, Y = "2024-12-02", "2024-12-01"
T = "kq02-1"
A = dict(prec="range", end=D, parent=T)
EVENTS = [
    E(T, ADS, Y, R("RU-BEL", "Belgorod region"), "UA", "RU", prec="range", end=D, agg=True, fat=N(1), inj=N(4),
      family=[MAS], weapons=[W("drone", launched=N(42)), W("artillery", launched=N(96))],
      note="'Over the past day the AFU attacked 18 settlements … 42 drones … 96 shells … One person was killed and "
           "four were injured': the governor's past-day tally, aggregate range at region level, parent of the district "
           "paragraphs; drones outnumber shells, both types accepted"),
    E("kq02-2", ADS, Y, L("Razumnoye"), "UA", "RU", inj=N(1), weapons=[W("drone")], **A,
      note="FPV drone dropped an explosive device on a car in Razumnoye: a drone-dropped munition is an "
           "air_drone_strike (blind33 call 8); driver hospitalised = injured"),
    E("kq02-3", INT, Y, H("Belgorod", "Belgorod district"), "RU", "UA", weapons=[W("drone", intercepted=N(4))],
      prec="range", end=D,
      note="'Over the Belgorod district, air defence systems shot down 4 UAVs' with a count -> required interception "
           "(district around the city = precision 2); 'no casualties' gives no strike"),
    E("kq02-4", MAS, Y, L("Shebekino"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery", launched=N(12))], **A,
      note="'The AFU shelled the town of Shebekino — 12 shells', 'no one was hurt' -> 0/0"),
    E("kq02-5", ADS, Y, L("Maslova Pristan"), "UA", "RU", inj=N(1), weapons=[W("drone")], **A,
      note="drone on a shop in Maslova Pristan (geonames Maslova Pristan'), a woman treated as an outpatient = injured"),
    E("kq02-6", MAS, Y, L("Kozinka"), "UA", "RU", weapons=[W("artillery", launched=N(4))], **A,
      note="Kozinka artillery fire, 4 shells; casualties not stated for the shelling"),
    E("kq02-7", ADS, Y, H("Kozinka", "Kozinka–Grayvoron road"), "UA", "RU", fat=N(1), weapons=[W("drone")], **A,
      note="'Later an FPV drone struck a truck on the Kozinka–Grayvoron road', driver killed: a second event (other "
           "strike type); on the road out of Kozinka = precision 2"),
    E("kq02-8", MAS, Y, L("Golovchino"), "UA", "RU", weapons=[W("artillery", launched=N(6))], **A,
      note="Golovchino, 6 shells (the weapon carried over from the district paragraph's shelling)"),
    E("kq02-9", DIS, Y, L("Golovchino"), "UA", "RU", prec="range", end=D, parent="kq02-8",
      note="'part of the village is without electricity' after the power line was damaged"),
    E("kq02-10", ADS, Y, L("Krasnaya Yaruga"), "UA", "RU", inj=N(2), weapons=[W("drone")], **A,
      note="drone dropped an explosive device on a self-defence unit's car, two fighters wounded; target is a "
           "paramilitary unit, still RU"),
    E("kq02-11", ADS, Y, L("Urazovo"), "UA", "RU", weapons=[W("drone")], **A,
      note="Valuyki district: drone on an agricultural enterprise in Urazovo, a tractor damaged; casualties not stated"),
    E("kq02-12", MOB, "2024-12-01", L("Belgorod"), None, None, optional=True,
      note="the previous evening's post 'Missile danger in Belgorod … Go to shelters' (21:47 on 1 December): an alert "
           "is an optional military_mobilization with both sides null (blind26 call 8); the 'All clear' ends it"),
]
# Not events: 'Information on the remaining settlements is being clarified', the anti-drone nets ('have put up' is
# protective work, 'will extend them' a plan), condolences. The post's own headline is its title; the channel header,
# view counters, 'edited', hashtags and the subscribe link are furniture. Header check: 1 killed (Kozinka road), 4
# injured (Razumnoye 1, Maslova Pristan 1, Krasnaya Yaruga 2).
STATEMENTS = [
    S("Pavel Semykin", "RU", "The enemy is hunting cars on the roads of the border district",
      "head of the Grayvoron municipal district"),
]
MUST_NOT = ["Telegram Web", "Belgorod Region Governor | Official", "128 342 subscribers", "View in Telegram",
            "Preview channel", "Pinned: Where to get help after a shelling", "👁 52.1K", "👁 48.7K", "#Belgorod_region #situation", "👁 41.3K  edited 08:51",
            "🔗 Subscribe to the channel"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
