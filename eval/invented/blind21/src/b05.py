from common import E, L, R, C, N, W, S, gold

TITLE = "UAV attack sets off explosions at depot in Crimea, residents of three villages evacuated"
TEXT = """NOVOSTI-PLUS | ENGLISH
Politics | World | Economy | Special Military Operation | Sport
18+
UAV attack sets off explosions at depot in Crimea, residents of three villages evacuated
22.07.2023 09:54 (updated 12:31)
SIMFEROPOL, July 22 (NOVOSTI-PLUS) – Detonation of ammunition at a military storage site in Crimea's Dzhankoi District followed a Ukrainian drone attack early on Saturday, the head of the Republic of Crimea said, ordering the evacuation of residents from three nearby villages.

"As a result of the attack by Kiev's UAVs, a fire broke out at a storage facility. There were no casualties," the head of the republic wrote on his Telegram channel. About 1,400 people were being taken to temporary accommodation centres, he added.

Rail traffic on the peninsula was suspended as a precaution, Grand Service Express, which runs passenger trains to Crimea, said. Passengers on two long-distance trains were being moved on by bus.

According to the Russian Defence Ministry, 17 Ukrainian drones were neutralised over Crimea overnight: 14 were destroyed by air defence systems and three were suppressed by electronic warfare and crashed without reaching their targets.

In the Belgorod Region, Ukrainian Armed Forces (AFU) shelled the town of Shebekino on Friday evening, Governor of the region reported. Two men were wounded by shell fragments and were taken to the Shebekino central district hospital; three private houses and a gas pipeline were damaged.

"Our air defence was working over the town, but several shells got through," the governor said, adding that repair crews would restore gas supply by the evening.

A drone dropped an explosive device on a car in the village of Tyotkino in the Kursk Region on Saturday morning, the regional governor said. The driver suffered shrapnel wounds.

In the Bryansk Region, border guards of the FSB repelled an attempt by a Ukrainian sabotage and reconnaissance group to cross the state border near Suzemka on Friday, the regional governor's office said, adding that the group retreated under fire.

Earlier, the Russian Defence Ministry said that on Friday night the Russian Armed Forces had carried out "a group strike with high-precision sea-based weapons" against workshops producing uncrewed boats near Odessa. "All designated objects have been hit," the ministry said in its daily summary.

Kiev has not commented on the reports. Ukrainian forces have repeatedly attempted to attack Crimea with aerial and naval drones since the beginning of the special military operation. On Wednesday, a drone attack set fire to two fuel tanks at an oil depot near Kirovske, in the east of the peninsula.

All news in the "Special Military Operation" section →
Subscribe to NOVOSTI-PLUS on VK and Telegram
The use of materials is permitted only with a hyperlink to novosti-plus.example
"""
DOC = {"id": "b05", "date": "2023-07-22", "source": "NOVOSTI-PLUS (Russian news agency, English edition)",
       "url": "https://novosti-plus.example/en/20230722/crimea-uav-depot-evacuation-1874523.html", "text": TEXT}

D, Y = "2023-07-22", "2023-07-21"
EVENTS = [
    E("b05-1", "air_drone_strike", D, L("Dzhankoi", 2, "Dzhankoi District, Crimea"), "UA", "RU", fat=N(0),
      inj=N(0), weapons=[W("drone")], claimant="Head of the Republic of Crimea",
      note="drone attack 'early on Saturday' detonates ammunition at a storage site; 'Dzhankoi District' is named after "
           "the town Dzhankoi -> precision 2 at the town; occupied Crimea keeps UA-43; 'There were no casualties' = "
           "0/0 (ANNOTATION rule 7)"),
    E("b05-2", "infrastructure_disruption", D, R("UA-43", "Crimea"), "UA", "RU", family=["policy_decision"],
      claimant="Grand Service Express",
      note="rail traffic on the peninsula suspended as a precaution after the attack; region precision; the evacuation "
           "order itself is not coded (blind4 call 7)"),
    E("b05-3", "interception", D, R("UA-43", "Crimea"), "RU", "UA", weapons=[W("drone", intercepted=N(17))],
      claimant="Russian Defence Ministry",
      note="17 'neutralised' overnight: 14 shot down + 3 suppressed by electronic warfare (EW counts as interception, "
           "EVENTS.md); the total is the count"),
    E("b05-4", "missile_artillery_strike", Y, L("Shebekino"), "UA", "RU", inj=N(2), weapons=[W("artillery")],
      claimant="Belgorod region governor", note="'shelled … on Friday evening' = 21 July; 2 wounded"),
    E("b05-5", "air_drone_strike", D, L("Tyotkino"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Kursk region governor", note="drone drop on a car 'on Saturday morning'; driver wounded; perpetrator by the "
                                         "article's frame (AFU attacks)"),
    E("b05-6", "armed_clash", Y, L("Suzemka", 2, "state border near Suzemka"), "UA", "RU",
      claimant="Bryansk regional governor's office",
      note="border crossing attempt by a sabotage group repelled 'on Friday'; actor1 = the attacker (UA); near = 2"),
    E("b05-7", "missile_artillery_strike", Y, L("Odesa", 2, "near Odessa"), "RU", "UA", weapons=[W("missile")],
      claimant="Russian Defence Ministry",
      note="'on Friday night' group strike with sea-based precision weapons on workshops near Odessa: a Russian claim; "
           "'Friday night' taken as 21 July (reported as Friday); sea-launched missiles, kind not named"),
    E("b05-8", "air_drone_strike", "2023-07-19", L("Kirovske-Cr", 2, "oil depot near Kirovske"), "UA", "RU",
      weapons=[W("drone")],
      note="recalled 'On Wednesday' = 19 July, drone attack setting fire to fuel tanks near Kirovske: a recalled event "
           "with a resolvable day is its own event; 'near' = precision 2; Kirovske in Crimea is geonames 705799 "
           "(Islyam-Terek); 'since the beginning of the special military operation' is history"),
]
STATEMENTS = [
    S("Head of the Republic of Crimea", "RU", "As a result of the attack by Kiev's UAVs, a fire broke out"),
    S("Belgorod region governor", "RU", "Our air defence was working over the town, but several shells got through"),
    S("Russian Defence Ministry", "RU", "a group strike with high-precision sea-based weapons"),
    S("Russian Defence Ministry", "RU", "All designated objects have been hit"),
]
MUST_NOT = ["NOVOSTI-PLUS | ENGLISH", "Politics | World | Economy | Special Military Operation | Sport", "18+",
            "22.07.2023 09:54 (updated 12:31)", "All news in the \"Special Military Operation\" section →",
            "Subscribe to NOVOSTI-PLUS on VK and Telegram",
            "The use of materials is permitted only with a hyperlink to novosti-plus.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
