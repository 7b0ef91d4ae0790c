from common import E, L, R, C, N, W, S, gold

TITLE = "Situation in the region as of the morning of 19 March"
TEXT = """Belgorod Region Governor — official channel (English text as published by the regional press service)
🔊 Voice chat ended · 1:12:40
Situation in the region as of the morning of 19 March

Good morning, dear Belgorod residents! Over the past day the Armed Forces of Ukraine attacked 17 settlements of our region, firing more than 90 munitions and using 24 drones. In total, four civilians were wounded. Here is the situation by district.

Shebekinsky district. The city of Shebekino came under MLRS fire: 36 rockets. A man was wounded — a shrapnel wound to the leg; he was treated at the Shebekino central district hospital and will continue treatment as an outpatient. Windows in four apartment blocks and two cars were damaged. In the village of Novaya Tavolzhanka a drone dropped an explosive device on a tractor; the tractor driver was wounded and taken to the Belgorod regional clinical hospital. In Maslova Pristan a kamikaze drone hit a garage. There were no casualties.

Graivoronsky district. Graivoron was attacked by three FPV drones: a utility truck was damaged, a municipal worker was wounded. The village of Kozinka came under mortar fire, 14 mines; a private house burned down, there were no casualties. In Golovchino a drone attacked a passenger car; two people were wounded, one of them a 16-year-old boy. Both were taken to hospital in Belgorod.

Belgorodsky district. Our air defence systems shot down five rockets of the RM-70 Vampire MLRS over the district. In the city of Belgorod a fragment damaged the facade of a shopping centre; no one was hurt.

Valuysky district. Yesterday at 23:30 a drone attacked an enterprise in Urazovo. A fire broke out and was put out by firefighters. No casualties.

Krasnoyaruzhsky district. Information on the consequences of shelling is being clarified.

Operational services are working at all sites. Damage assessment will begin in the morning; residents will receive compensation for lost property.

👍 1.8K   😡 912   🙏 344
Open comments in the regional app →
"""
DOC = {"id": "ka03", "date": "2024-03-19", "source": "Belgorod Region Governor (Telegram)",
       "url": "https://t.me/belgorod_governor_example/8114", "text": TEXT}

D, Y = "2024-03-19", "2024-03-18"
PAST = dict(prec="range", end=D)
F = ["air_drone_strike"]
EVENTS = [
    E("ka03-1", "missile_artillery_strike", Y, R("RU-BEL", "Belgorod region"), "UA", "RU", agg=True, inj=N(4),
      family=F, weapons=[W("drone", launched=N(24))],
      note="past-day tally: 17 settlements, 'more than 90 munitions' (no weapon entry) and 24 drones, 4 w; parent of "
           "the district lines; fatalities absent (not stated)", **PAST),
    E("ka03-2", "missile_artillery_strike", Y, L("Shebekino"), "UA", "RU", inj=N(1),
      weapons=[W("mlrs", launched=N(36))], parent="ka03-1",
      note="Shebekinsky district: MLRS, 36 rockets; outpatient treatment = injured", **PAST),
    E("ka03-3", "air_drone_strike", Y, L("Novaya Tavolzhanka"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      parent="ka03-1", note="drone drop on a tractor; hospital = injured", **PAST),
    E("ka03-4", "air_drone_strike", Y, L("Maslova Pristan"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="ka03-1", note="kamikaze drone on a garage; 'no casualties' = 0/0", **PAST),
    E("ka03-5", "air_drone_strike", Y, L("Graivoron"), "UA", "RU", inj=N(1), weapons=[W("drone", launched=N(3))],
      parent="ka03-1", note="Graivoronsky district, three FPV drones", **PAST),
    E("ka03-6", "missile_artillery_strike", Y, L("Kozinka"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(14))], parent="ka03-1", note="mortar = artillery, 14 mines; 0/0", **PAST),
    E("ka03-7", "air_drone_strike", Y, L("Golovchino"), "UA", "RU", inj=N(2), weapons=[W("drone")], parent="ka03-1",
      note="drone on a car, 2 w taken to hospital", **PAST),
    E("ka03-8", "interception", Y, L("Belgorod", 2, "Belgorodsky district"), "RU", "UA",
      weapons=[W("mlrs", "RM-70 Vampire", intercepted=N(5))],
      note="'Belgorodsky district' named after the city = precision 2; five Vampire rockets shot down", **PAST),
    E("ka03-9", "missile_artillery_strike", Y, L("Belgorod"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("mlrs")],
      parent="ka03-1", note="fragment of the downed rockets on a shopping centre: a child strike typed by the weapon "
                            "(MLRS); 'no one was hurt' = 0/0", **PAST),
    E("ka03-10", "air_drone_strike", Y, L("Urazovo"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="ka03-1", note="'Yesterday at 23:30' = 18 March; enterprise fire; 0/0"),
    E("ka03-11", "missile_artillery_strike", Y, L("Krasnaya Yaruga", 2, "Krasnoyaruzhsky district"), "UA", "RU",
      optional=True, family=F, note="'being clarified': vague; district adjective named after the settlement", **PAST),
]
STATEMENTS = []
MUST_NOT = ["Belgorod Region Governor — official channel (English text as published by the regional press service)",
            "🔊 Voice chat ended · 1:12:40", "👍 1.8K   😡 912   🙏 344", "Open comments in the regional app →"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
