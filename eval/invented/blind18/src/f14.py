from common import E, L, R, C, N, W, S, gold

TITLE = "Two killed as rockets hit Belgorod; pro-Kyiv Russian fighters say battle for border village goes on"
TEXT = """PAN-ATLANTIC WIRE
Breaking · World · Europe · Russia
Two killed as rockets hit Belgorod; pro-Kyiv Russian fighters say battle for border village goes on
By PAW staff
March 16, 2024, 3:48 p.m. ET
MOSCOW (PAW) — Rocket fire killed two people and wounded 11 in the Russian city of Belgorod on Saturday morning, the regional governor said, as Russia held the second day of its three-day presidential election under a barrage of cross-border attacks.

The governor said a man and a woman were killed when rockets hit a residential street and a car park in the city centre. Russia's Defense Ministry said air defenses shot down 10 rockets fired from Vampire multiple rocket launchers over the Belgorod region. It blamed Ukraine's armed forces for the attack.

Late on Friday, a drone dropped an explosive on a car belonging to a territorial defence unit near Grayvoron, killing one of its members, the governor added.

He ordered shopping centres in Belgorod and Shebekino closed on Saturday and Sunday and said schools would stay on remote learning until at least March 22.

Meanwhile, two armed groups of Russian citizens who fight on Ukraine's side — the Russian Volunteer Corps and the Freedom of Russia Legion — said they were still fighting inside the village of Tyotkino, in the neighbouring Kursk region, for a fourth day. Russia's Defense Ministry said attacks by "Ukrainian sabotage and reconnaissance groups" near Tyotkino had been repelled on Friday and that the attackers had lost 40 men.

Neither claim could be independently verified. Videos posted by the groups showed armoured vehicles on the outskirts of the village; geolocation by PAW placed them some two kilometres from the border.

"We will stay until the people of Tyotkino are free," a Russian Volunteer Corps commander who gave his call sign as "Fortuna" said in one of the videos.

Across the border in Ukraine, three people were injured when Russian guided bombs hit Vovchansk, in the Kharkiv region, on Saturday, the regional prosecutor's office said.

The election, which is expected to extend the president's rule until 2030, was marred by several incidents at polling stations across Russia, where voters poured dye into ballot boxes. The Kremlin's spokesman said the attacks on border regions were intended to disrupt the vote. "They will not succeed," he said.
— PAW —
Follow PAW's coverage of the war in Ukraine at paw.example/ukraine
Copyright 2024 Pan-Atlantic Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""
DOC = {"id": "f14", "date": "2024-03-16", "source": "Pan-Atlantic Wire (wire)",
       "url": "https://paw.example/article/russia-belgorod-rocket-attack-election-2024-03-16", "text": TEXT}

D = "2024-03-16"
MOD = "Russian Defense Ministry"
EVENTS = [
    E("f14-1", "missile_artillery_strike", D, L("Belgorod"), "UA", "RU", fat=N(2), inj=N(11),
      weapons=[W("mlrs", "Vampire")], claimant="Belgorod regional governor / Russian Defense Ministry",
      note="rockets on Belgorod on Saturday morning; the MoD blames Ukraine's forces; Vampire MLRS"),
    E("f14-2", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA",
      weapons=[W("mlrs", "Vampire", intercepted=N(10))], claimant=MOD,
      note="10 Vampire rockets shot down over the region: interception (the same attack, its own event)"),
    E("f14-3", "air_drone_strike", "2024-03-15", L("Grayvoron", 2, "near Grayvoron"), "UA", "RU", fat=N(1),
      weapons=[W("drone")], claimant="Belgorod regional governor",
      note="'Late on Friday' drone drop on a territorial-defence car; actor1 UA from context"),
    E("f14-4", "policy_decision", D, L("Belgorod"), "RU", None, family=["infrastructure_disruption"],
      note="the governor ordered shopping centres in Belgorod and Shebekino closed on Saturday and Sunday (in force "
           "from the publication day) and extended remote schooling: one decision placed at the regional capital; "
           "infrastructure_disruption accepted"),
    E("f14-5", "armed_clash", "2024-03-15", L("Tyotkino", 2, "near Tyotkino"), "UA", "RU", claimant=MOD,
      note="MoD: attacks 'near Tyotkino … repelled on Friday' (actor1 = the attackers, Russian groups fighting for "
           "Ukraine: side UA); 'lost 40 men' are MoD losses, not fatalities"),
    E("f14-6", "armed_clash", "2024-03-13", L("Tyotkino"), "UA", "RU", end=D, prec="range", optional=True,
      claimant="Russian Volunteer Corps / Freedom of Russia Legion",
      note="the groups' claim of fighting inside the village 'for a fourth day' (13-16 March): ongoing, unverified, "
           "optional beside the dated MoD clash"),
    E("f14-7", "air_drone_strike", D, L("Vovchansk"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      claimant="Kharkiv regional prosecutor's office", note="guided bombs on Saturday"),
    E("f14-8", "protest", "2024-03-15", C("RU", "Russia"), "RU", None, end=D, prec="range", optional=True, family=["looting_destruction"],
      note="voters pouring dye into ballot boxes at several polling stations during the election (15-16 March), no "
           "place or day: optional"),
]
STATEMENTS = [
    S("Fortuna", "UA", "We will stay until the people of Tyotkino are free", "Russian Volunteer Corps commander"),
    S("Kremlin spokesman", "RU", "They will not succeed"),
]
MUST_NOT = ["PAN-ATLANTIC WIRE", "Breaking · World · Europe · Russia", "By PAW staff", "March 16, 2024, 3:48 p.m. ET",
            "— PAW —", "Follow PAW's coverage of the war in Ukraine at paw.example/ukraine",
            "Copyright 2024 Pan-Atlantic Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
