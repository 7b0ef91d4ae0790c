from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones hit refinery and port in Russia's Leningrad region, officials say"
TEXT = """CONTINENTAL WIRE
U.S. | World | Politics | Business | Sports | Entertainment
Ukrainian drones hit refinery and port in Russia's Leningrad region, officials say
By ANNA K. MARSH and DMITRI VOLKOV
Updated 11:52 AM EDT, March 23, 2026
Share ▾ | Email | Print
TALLINN, Estonia (CW) — Ukrainian drones attacked an oil refinery and a Baltic Sea port in Russia's Leningrad region overnight, officials on both sides said Monday, in one of the deepest strikes of the war into Russia's northwest.

The region's governor said air defenses shot down seven drones over the Kirishi district and that falling debris started a fire in the industrial zone of the Kirishi refinery, one of the largest in Russia. "There were no casualties. The fire has been localized, and the plant is operating normally," he wrote on Telegram.

Ukraine's General Staff said its forces had hit the refinery's primary processing unit, causing a fire. The strike was carried out "as part of the systematic degradation of the enemy's ability to supply fuel to its army," it said in a statement.

Five more drones were downed over the Kingisepp district, the governor said. The district is home to the port of Ust-Luga, a major outlet for Russian oil and fertilizer exports. Residents posted videos of a large fire in the port area, which the governor did not mention, and a Ukrainian security official told CW that drones had struck a fuel tank at one of the port's terminals.

Pulkovo airport in St. Petersburg suspended departures and arrivals for about four hours during the night, Russia's aviation authority said. Forty-one flights were delayed or diverted to Moscow.

Russia's Defense Ministry said air defenses had destroyed 83 Ukrainian drones overnight over nine regions, including 24 over the Leningrad region, 17 over the Novgorod region and 11 over the Pskov region. The rest were downed over the Tver, Smolensk and Moscow regions, it said.

Estonia's defense forces said they were checking reports that a drone might have crossed into Estonian airspace near Narva. Finland's border guard said it was monitoring the situation.

Russia's Foreign Ministry called the attack "another terrorist act by the Kyiv regime, which shows that it is not interested in peace."

Meanwhile, Russia launched 96 drones at Ukraine overnight, Ukraine's air force said, and 71 of them were shot down or jammed. It did not say where the rest had hit.

Kirishi, about 110 kilometers (70 miles) southeast of St. Petersburg, processes more than 17 million tons of crude a year, and its fuel supplies much of the Baltic region. Ust-Luga handles a large share of the oil that Russia ships through the Baltic Sea on tankers that Western governments say belong to a so-called shadow fleet.

Ukraine has stepped up long-range drone strikes on Russian oil facilities since last summer, aiming to cut revenues that fund Moscow's war. Kyiv says it will continue the campaign as long as Russian missiles keep hitting Ukrainian power plants.

___
Associated Continental Wire writer Oksana Lysenko in Kyiv contributed to this report.
Follow CW's coverage of the war at https://continentalwire.example/hub/russia-ukraine
Copyright 2026 Continental Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "h10", "date": "2026-03-23", "source": "Continental Wire (wire)",
       "url": "https://continentalwire.example/article/russia-ukraine-leningrad-kirishi-ust-luga-drones-0323",
       "text": TEXT}

D = "2026-03-23"
GOV = "Leningrad region governor"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("h10-1", "air_drone_strike", D, L("Kirishi", 1, "Kirishi refinery"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant=GOV,
      note="one event, two claims: the governor's 'falling debris started a fire … no casualties' and the General "
           "Staff's 'hit the primary processing unit'; 0/0 from the governor; refinery coded to its town"),
    E("h10-2", "interception", D, L("Kirishi", 2, "Kirishi district"), "RU", "UA", weapons=[W("drone", intercepted=N(7))],
      claimant=GOV, note="governor's district count (required: he gives no regional total); district named after its "
                         "town: precision 2"),
    E("h10-3", "interception", D, L("Kingisepp", 2, "Kingisepp district"), "RU", "UA",
      weapons=[W("drone", intercepted=N(5))], claimant=GOV, note="governor's district count"),
    E("h10-4", "air_drone_strike", D, L("Ust-Luga", 1, "port of Ust-Luga"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian security official",
      note="fuel tank hit at a port terminal (Ukrainian source, videos of a fire); casualties unknown (absent)"),
    E("h10-5", "infrastructure_disruption", D, L("Saint Petersburg", 1, "Pulkovo airport, St. Petersburg"), None, "RU",
      note="airport suspended flights for about four hours; airport coded to its city; the cause is implied, not "
           "attributed: actor1 null"),
    E("h10-6", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(83))], claimant=MOD,
      note="MoD overnight total over nine regions"),
    E("h10-7", "interception", D, R("RU-LEN", "Leningrad region"), "RU", "UA", weapons=[W("drone", intercepted=N(24))],
      claimant=MOD, note="region with a count: required (rule 3)"),
    E("h10-8", "interception", D, R("RU-NGR", "Novgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(17))],
      claimant=MOD, note="region with a count"),
    E("h10-9", "interception", D, R("RU-PSK", "Pskov region"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant=MOD, note="region with a count"),
    E("h10-10", "interception", D, R("RU-TVE", "Tver region"), "RU", "UA", optional=True, claimant=MOD,
      note="merely listed region"),
    E("h10-11", "interception", D, R("RU-SMO", "Smolensk region"), "RU", "UA", optional=True, claimant=MOD,
      note="merely listed region"),
    E("h10-12", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", optional=True, claimant=MOD,
      note="merely listed region"),
    E("h10-13", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(96))],
      claimant="Ukrainian Air Force", note="Russia's overnight drone wave on Ukraine: country precision, no place hit named"),
    E("h10-14", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(71))],
      parent="h10-13", claimant="Ukrainian Air Force", note="'shot down or jammed' = 71 stopped"),
]
STATEMENTS = [
    S(GOV, "RU", "The fire has been localized, and the plant is operating normally", "governor of the Leningrad region"),
    S("General Staff of the Armed Forces of Ukraine", "UA",
      "systematic degradation of the enemy's ability to supply fuel to its army"),
    S("Russian Foreign Ministry", "RU", "another terrorist act by the Kyiv regime"),
]
MUST_NOT = ["CONTINENTAL WIRE", "U.S. | World | Politics | Business | Sports | Entertainment",
            "By ANNA K. MARSH and DMITRI VOLKOV", "Updated 11:52 AM EDT, March 23, 2026", "Share ▾ | Email | Print",
            "___", "Associated Continental Wire writer Oksana Lysenko in Kyiv contributed to this report.",
            "Follow CW's coverage of the war at https://continentalwire.example/hub/russia-ukraine",
            "Copyright 2026 Continental Wire. All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
