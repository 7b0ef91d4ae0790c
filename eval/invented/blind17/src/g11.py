from common import E, L, R, C, N, W, S, gold

TITLE = "Russian troops liberate Ternovaya in Kharkov Region, repel AFU counterattacks near Volchansk"
TEXT = """RUSINFORM
Russian News Agency  |  РУС  ENG
Military operation in Ukraine
Russian troops liberate Ternovaya in Kharkov Region, repel AFU counterattacks near Volchansk
20 MAY, 13:47
MOSCOW, May 20. /RusInform/. Units of the Battlegroup North have liberated the community of Ternovaya in the Kharkov Region and improved their tactical position, the Russian Defense Ministry reported on Monday.

"Units of the Battlegroup North continued active offensive operations, liberated the community of Ternovaya in the Kharkov Region and inflicted fire damage on manpower and equipment of four Ukrainian brigades," the ministry said.

According to the ministry, three counterattacks by assault groups of the Ukrainian army were repelled near Volchansk over the past day. The enemy lost up to 240 servicemen in the Kharkov direction, the ministry said.

READ ALSO
Kremlin says West's weapons supplies to Kiev will not change outcome of special operation

Over the past day, Russian air defense forces shot down 12 rockets of the Vampire multiple rocket launcher and 31 unmanned aerial vehicles over the Belgorod Region, the ministry said.

Meanwhile, Belgorod Region Governor said that the Ukrainian armed forces had shelled the city of Shebekino on Sunday evening. "A man was killed on the spot, three more people, including a woman and a 14-year-old boy, were wounded. All of them have been taken to the Shebekino central district hospital," the governor wrote on his Telegram channel. Four private houses and a gas pipeline were damaged in the shelling, he said.

On Monday morning, a Ukrainian drone dropped an explosive device on a car on the outskirts of Grayvoron, the governor said. Two men received shrapnel wounds and were hospitalized.

Ukraine has not commented on the attacks. The Kiev regime has stepped up shelling of the Belgorod Region since the beginning of the year, in what Russian officials describe as an attempt to disrupt life in the border areas.

Tags
Belgorod Region  Kharkov Region  Special military operation in Ukraine
© 2024 RusInform. 18+
"""
DOC = {"id": "g11", "date": "2024-05-20", "source": "RusInform (state news agency, English service)",
       "url": "https://rusinform.example/en/military-operation/1792231", "text": TEXT}

D = "2024-05-20"
D0 = "2024-05-19"
MOD = "Russian Defense Ministry"
EVENTS = [
    E("g11-1", "territory_change", D0, L("Ternova"), "RU", "UA", prec="range", end=D, claimant=MOD,
      note="MoD daily briefing item without a time marker: past-day range; Ternovaya = Ternova (691637, Kharkiv oblast)"),
    E("g11-2", "armed_clash", D0, L("Vovchansk", 2, "near Volchansk"), "UA", "RU", prec="range", end=D, claimant=MOD,
      note="three counterattacks by Ukrainian assault groups repelled near Volchansk (= Vovchansk): actor1 UA "
           "(the attacker); precision 2"),
    E("g11-3", "armed_clash", D0, R("UA-63", "Kharkiv Oblast", 2), "RU", "UA", prec="range", end=D, optional=True,
      claimant=MOD, note="'fire damage on … four brigades' and 'lost up to 240 servicemen in the Kharkov direction': no "
                         "settlement, losses not fatalities: optional"),
    E("g11-4", "interception", D0, R("RU-BEL", "Belgorod Oblast"), "RU", "UA", prec="range", end=D, claimant=MOD,
      weapons=[W("mlrs", "Vampire", intercepted=N(12)), W("drone", intercepted=N(31))],
      note="past-day interception tally over the Belgorod region: 12 Vampire rockets + 31 UAVs"),
    E("g11-5", "missile_artillery_strike", D0, L("Shebekino"), "UA", "RU", fat=N(1), inj=N(3),
      weapons=[W("artillery")], claimant="Belgorod Region Governor",
      note="'shelled … on Sunday evening' = 19 May; 1 killed, 3 wounded (hospitalised); damage to houses and a gas "
           "pipeline (passive) belongs to the same event"),
    E("g11-6", "air_drone_strike", D, L("Grayvoron", 2, "outskirts of Grayvoron"), "UA", "RU", inj=N(2),
      weapons=[W("drone")], claimant="Belgorod Region Governor",
      note="drone-dropped explosive device on a car 'On Monday morning'; 'outskirts of' = precision 2"),
]
STATEMENTS = [
    S(MOD, "RU", "liberated the community of Ternovaya in the Kharkov Region"),
    S("Belgorod Region Governor", "RU", "A man was killed on the spot, three more people", "governor"),
]
MUST_NOT = ["RUSINFORM", "Russian News Agency  |  РУС  ENG", "Military operation in Ukraine", "20 MAY, 13:47", "READ ALSO",
            "Kremlin says West's weapons supplies to Kiev will not change outcome of special operation", "Tags",
            "Belgorod Region  Kharkov Region  Special military operation in Ukraine", "© 2024 RusInform. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
