from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones set Volgograd refinery ablaze, Kyiv says airfield also hit"
TEXT = """AGP - Agence Globale de Presse
Monde | Europe | Russie-Ukraine
Ukrainian drones set Volgograd refinery ablaze, Kyiv says airfield also hit
Published on 03/02/2025 at 10:05 - Modified on 03/02/2025 at 14:26
Reading time: 3 min
Ukrainian drones struck an oil refinery in the southern Russian city of Volgograd overnight into Monday, starting a fire that took firefighters several hours to extinguish, the regional governor said, as Kyiv claimed a separate hit on a military airfield in the neighbouring Rostov region.

The governor of the Volgograd region said on Telegram that debris from a drone "suppressed by air defence" had fallen on the territory of the refinery, sparking a blaze in one of its installations. "There are no casualties," he wrote, adding that the fire had been put out by 7 a.m.

Ukraine's General Staff offered a different account, saying its long-range drones had "successfully hit" the refinery's primary oil processing unit and that several explosions had been recorded at the site. The plant processes about 15 million tonnes of crude a year and is one of the largest in southern Russia.

Russia's aviation authority suspended flights at Volgograd airport for more than four hours overnight to "ensure safety", it said.

The General Staff also said Ukrainian forces had hit the Morozovsk airfield in the Rostov region, where Russian Su-34 fighter-bombers are based, and that the results were "being clarified".

The Rostov region's acting governor said on Telegram that a massive drone attack on the Kamensky and Morozovsky districts had been repelled overnight. In Kamensk-Shakhtinsky, falling fragments shattered windows in several homes and slightly injured a 60-year-old woman, he said.

Advertising

Russia's Defence Ministry said its air defence systems had intercepted and destroyed 65 Ukrainian drones overnight, including 27 over the Volgograd region and 21 over the Rostov region. Others were downed over the Belgorod, Kursk and Voronezh regions, it said, without giving a breakdown.

Read also: Kremlin says "no date" yet for talks on energy truce

Ukraine has stepped up strikes on Russian oil facilities in recent months, arguing that they deprive Moscow of revenue used to fund its war. The Volgograd refinery has been targeted several times since 2023, including in a raid last month that briefly halted production, according to industry sources.

The Kremlin's spokesman said the attacks showed that Kyiv "is not interested in any peaceful settlement", while the Ukrainian foreign ministry said Russia's own strikes on Ukrainian energy had made such targets "legitimate".

Meanwhile, Ukraine's air force said Russia had launched 72 drones and two Iskander-M ballistic missiles at Ukraine overnight, of which 46 drones were shot down. It did not say whether the missiles had been intercepted.

mba/lk/phz
© AGP 2025 - All rights reserved
More on the same topic
"""
DOC = {"id": "g02", "date": "2025-02-03", "source": "Agence Globale de Presse (wire)",
       "url": "https://www.agp-wire.example/monde/europe/2025/02/03/ukrainian-drones-volgograd-refinery", "text": TEXT}

D = "2025-02-03"
EVENTS = [
    E("g02-1", "air_drone_strike", D, L("Volgograd"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Volgograd region governor",
      note="governor's 'debris … fell on the territory of the refinery' and General Staff's 'successfully hit' are "
           "one strike event (two claims); 'There are no casualties' = 0/0; refinery coded to the city"),
    E("g02-2", "infrastructure_disruption", D, L("Volgograd"), None, "RU", family=["policy_decision"],
      note="flights at Volgograd airport suspended for four hours overnight (aviation authority for safety: actor1 "
           "null, as earlier sets code alert-driven airport suspensions)"),
    E("g02-3", "air_drone_strike", D, L("Morozovsk"), "UA", "RU", weapons=[W("drone")], claimant="General Staff of Ukraine",
      note="General Staff claims a hit on the Morozovsk airfield; no weapon named in that sentence, but the report "
           "is about the same drone raid (its long-range drones) — typed drone, missile family accepted",
      family=["missile_artillery_strike"]),
    E("g02-4", "interception", D, R("RU-ROS", "Rostov Oblast", 2), "RU", "UA", claimant="Rostov region acting governor",
      optional=True,
      note="'attack on the Kamensky and Morozovsky districts had been repelled' (districts of two towns, no count): "
           "optional, the MoD's Rostov count is the required interception"),
    E("g02-5", "air_drone_strike", D, L("Kamensk-Shakhtinsky"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="falling fragments shatter windows, one woman slightly injured: drone-debris child typed by weapon"),
    E("g02-6", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(65))],
      claimant="Russian Defence Ministry", note="MoD nationwide overnight tally (country)"),
    E("g02-7", "interception", D, R("RU-VGG", "Volgograd Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(27))],
      parent="g02-6", note="regional count: required"),
    E("g02-8", "interception", D, R("RU-ROS", "Rostov Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(21))],
      parent="g02-6", note="regional count: required"),
    E("g02-9", "interception", D, R("RU-BEL", "Belgorod Oblast"), "RU", "UA", parent="g02-6", optional=True,
      note="merely listed region: optional"),
    E("g02-10", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", parent="g02-6", optional=True,
      note="merely listed region: optional"),
    E("g02-11", "interception", D, R("RU-VOR", "Voronezh Oblast"), "RU", "UA", parent="g02-6", optional=True,
      note="merely listed region: optional"),
    E("g02-12", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(72)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      claimant="Ukrainian Air Force",
      note="Russian overnight wave on Ukraine (country); typed by the heaviest weapon"),
    E("g02-13", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(46))],
      parent="g02-12", note="46 drones; the missiles' fate not said: no missile intercepted count"),
]
STATEMENTS = [
    S("Volgograd region governor", "RU", "There are no casualties"),
    S("Kremlin spokesman", "RU", "is not interested in any peaceful settlement"),
]
MUST_NOT = ["AGP - Agence Globale de Presse", "Monde | Europe | Russie-Ukraine",
            "Published on 03/02/2025 at 10:05 - Modified on 03/02/2025 at 14:26", "Reading time: 3 min",
            "Advertising", 'Read also: Kremlin says "no date" yet for talks on energy truce', "mba/lk/phz",
            "© AGP 2025 - All rights reserved", "More on the same topic"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
