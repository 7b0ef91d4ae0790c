from common import E, L, R, C, N, W, S, gold

TITLE = "AFU sabotage group repelled in Bryansk region, Belgorod region shelled 31 settlements in a day"
TEXT = """RNS ▪ Russian News Service
Russia | World | Economy | Special military operation | Society | Sport
Special military operation ▸ Border regions
10:52 15.10.2025 (updated: 12:30 15.10.2025)
18+
AFU sabotage group repelled in Bryansk region, Belgorod region shelled 31 settlements in a day
MOSCOW, October 15 – RNS. A Ukrainian sabotage and reconnaissance group attempted to break through into the Klimovo district of the Bryansk region on the night of October 15, the regional governor said on Wednesday.

According to him, the attempt was repelled by border guards of the FSB of Russia together with units of the Armed Forces. There were no casualties among civilians.

"The sabotage group was blocked in a forest belt and, having suffered losses, retreated to the territory of Ukraine," the FSB Border Directorate for the Bryansk region said in a statement.

Earlier on Wednesday, the Russian Defence Ministry reported that air defence systems had intercepted and destroyed 64 Ukrainian unmanned aerial vehicles of the aircraft type over Russian regions overnight. Of these, 23 were shot down over the Bryansk region, 18 over the Kursk region and 12 over the Belgorod region.

In the Belgorod region, the AFU shelled 31 settlements over the past day, firing 42 artillery shells and launching 87 drones, the governor of the region said in his daily report. In Shebekino, a drone struck a passenger car on Tuesday afternoon; the driver, a 52-year-old man, died at the scene. In Grayvoron, an FPV drone attacked a lorry, wounding two men. A woman was injured by shelling in Novaya Tavolzhanka.

Debris from a missile shot down over Belgorod damaged four cars in a residential courtyard in the evening; no one was hurt, the governor added.

"We were standing by the entrance when it thundered above the houses. The glass of the car next to us simply fell out," Dmitry Gusev, a resident of the courtyard, told RNS.

In the Kursk region, a Ukrainian drone attacked an apartment building in Rylsk on Wednesday morning, injuring two people, the acting governor said. In the Glushkovo district, about 3,000 residents were left without electricity after an AFU strike on a substation.

In the Bryansk region, the AFU also fired rocket launchers at Sevsk. A power line was damaged; there were no casualties.

Read also:
Governor: schools in three border districts of the Belgorod region to switch to distance learning
Since the start of the special military operation, the Kiev regime has regularly shelled the border regions of Russia, attacking residential buildings and civilian infrastructure.
Subscribe to RNS on Telegram | VK | Dzen
Media outlet registration certificate EL No. FS 77-90415 issued by Roskomnadzor
"""
DOC = {"id": "kr08", "date": "2025-10-15", "source": "RNS Russian News Service (Russian state news agency, English)",
       "url": "https://rns.example/en/20251015/bryansk-sabotage-group-belgorod-shelling-20551873.html", "text": TEXT}

D, Y = "2025-10-15", "2025-10-14"
EVENTS = [
    E("kr08-1", "armed_clash", D, L("Klimovo", 2, "Klimovo district"), "UA", "RU", claimant="Bryansk governor",
      note="sabotage group 'attempted to break through into the Klimovo district … on the night of October 15', "
           "repelled, 'retreated … having suffered losses': a cross-border raid = clash, attacker UA; 'no casualties "
           "among civilians' is not a total -> counts absent; a district = precision 2"),
    E("kr08-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(64))],
      claimant="Russian Defence Ministry", note="MoD: 64 UAVs destroyed overnight over Russian regions"),
    E("kr08-3", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="kr08-2",
      weapons=[W("drone", intercepted=N(23))], note="'23 were shot down over the Bryansk region'"),
    E("kr08-4", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="kr08-2",
      weapons=[W("drone", intercepted=N(18))], note="'18 over the Kursk region'"),
    E("kr08-5", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="kr08-2",
      weapons=[W("drone", intercepted=N(12))], note="'12 over the Belgorod region'"),
    E("kr08-6", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole, implied by the MoD count: optional (blind37 call 5)"),
    E("kr08-7", "missile_artillery_strike", Y, R("RU-BEL", "Belgorod region"), "UA", "RU", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      weapons=[W("artillery", launched=N(42)), W("drone", launched=N(87))],
      note="'shelled 31 settlements over the past day, firing 42 artillery shells and launching 87 drones': the "
           "governor's regional tally, past-day range, aggregate"),
    E("kr08-8", "air_drone_strike", Y, L("Shebekino"), "UA", "RU", parent="kr08-7", fat=N(1), weapons=[W("drone")],
      note="'In Shebekino, a drone struck a passenger car on Tuesday afternoon' (14 Oct): driver killed"),
    E("kr08-9", "air_drone_strike", Y, L("Grayvoron"), "UA", "RU", parent="kr08-7", end=D, prec="range", inj=N(2),
      weapons=[W("drone")], note="FPV drone on a lorry in Grayvoron: 2 wounded; no time -> the past-day range"),
    E("kr08-10", "missile_artillery_strike", Y, L("Novaya Tavolzhanka"), "UA", "RU", parent="kr08-7", end=D,
      prec="range", inj=N(1), weapons=[W("artillery")], note="'A woman was injured by shelling in Novaya Tavolzhanka'"),
    E("kr08-11", "missile_artillery_strike", Y, L("Belgorod"), "UA", "RU", parent="kr08-7", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      note="debris of a missile shot down over Belgorod 'in the evening' (of the past day = Tuesday) damaged four "
           "cars; 'no one was hurt' = 0/0; an intercepted missile's debris is placed as the strike (blind sets)"),
    E("kr08-12", "air_drone_strike", D, L("Rylsk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="drone on an apartment building in Rylsk 'on Wednesday morning': 2 injured"),
    E("kr08-13", "missile_artillery_strike", D, L("Glushkovo", 2, "Glushkovo district"), "UA", "RU",
      family=["air_drone_strike"],
      note="'an AFU strike on a substation' in the Glushkovo district (weapon not said -> both types); no day -> the "
           "report's day"),
    E("kr08-14", "infrastructure_disruption", D, L("Glushkovo", 2, "Glushkovo district"), "UA", "RU",
      parent="kr08-13", note="'about 3,000 residents were left without electricity'"),
    E("kr08-15", "missile_artillery_strike", D, L("Sevsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("mlrs")],
      note="'fired rocket launchers at Sevsk … there were no casualties' = 0/0; the damaged power line is part of it"),
]
# Not events: the 'Read also' headline about distance learning (furniture), 'Since the start of the special military
# operation, the Kiev regime has regularly shelled' (habitual background).
STATEMENTS = [
    S("FSB Border Directorate for the Bryansk region", "RU", "having suffered losses, retreated to the territory of Ukraine",
      "FSB Border Directorate"),
    S("Dmitry Gusev", "RU", "The glass of the car next to us simply fell out", "resident of Belgorod"),
]
MUST_NOT = ["RNS ▪ Russian News Service", "Russia | World | Economy | Special military operation | Society | Sport",
            "Special military operation ▸ Border regions", "10:52 15.10.2025 (updated: 12:30 15.10.2025)", "18+", "Read also:",
            "Governor: schools in three border districts of the Belgorod region to switch to distance learning",
            "Subscribe to RNS on Telegram | VK | Dzen",
            "Media outlet registration certificate EL No. FS 77-90415 issued by Roskomnadzor"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
