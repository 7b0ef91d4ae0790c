from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones hit Bryansk microelectronics plant as Denmark funds more Ukrainian-built strike systems"
TEXT = """DEFENCE INDUSTRY MONITOR
Land | Air | Naval | Unmanned | Space | Industry | Budget
Unmanned Systems
Ukrainian drones hit Bryansk microelectronics plant as Denmark funds more Ukrainian-built strike systems
By Tomasz Ruda
Mar 13, 2025, 11:20 AM
Share: LinkedIn | X | Email
WARSAW — A plant in the Russian city of Bryansk that makes chips and circuit boards for air-defence radars and electronic-warfare kits was struck by Ukrainian long-range drones overnight into Wednesday, Ukraine's General Staff said, adding that a fire had broken out in one of the production halls.

Bryansk's governor described the raid as "massive" but said it had been repelled, that no one had been hurt and that only "minor damage to a commercial building" had occurred. He did not name the plant. Russia's Defence Ministry said 34 drones had been destroyed over the Bryansk region that night.

It was at least the third attack on the site since last autumn, according to open-source analysts who compared satellite images of the roof.

Russia, for its part, keeps going after Ukrainian industry. Late on Tuesday, Iskander-M ballistic missiles hit an industrial enterprise in Pavlohrad, in the Dnipropetrovsk region, killing two workers and wounding nine, the regional governor said. Moscow's Defence Ministry claimed the target was "a workshop producing solid-fuel rocket motors".

In occupied Crimea, meanwhile, a Neptune missile destroyed a Russian air-defence radar near Yevpatoriia last weekend, the Ukrainian Navy said on Wednesday, publishing a short video of the strike.

Overnight into Thursday, Russia's Defence Ministry reported shooting down 77 Ukrainian drones, 30 of them over the Moscow region, where two airports briefly restricted flights.

The money behind Ukraine's long-range campaign increasingly comes from abroad. On Monday, Denmark's government approved a further 1.2 billion kroner (about $175 million) under the so-called Danish model, in which Copenhagen pays Ukrainian manufacturers directly for weapons that go straight to the front.

"We are buying capacity that already exists and can deliver in weeks, not years," said Rasmus Holt, director of international procurement at the Danish Ministry of Defence.

For Ukrainian producers the Danish orders have become a lifeline. "Three years ago we were twelve people in a garage in Vinnytsia. Today we ship more than four hundred long-range airframes a month, and half of that is paid for by Danish and Norwegian money," said Serhii Kobzar, chief executive of Skyforge, a Kyiv-based drone maker.

Marta Öberg, who follows the Ukrainian defence industry for the Nordic Defence Council, said the bottleneck had moved. "Airframes are no longer the problem. Engines, warheads and navigation modules are, and most of those still come in through long and fragile supply chains," she said.

A German-Ukrainian joint venture to produce artillery shells in western Ukraine is due to start production later this year, the companies said.
Topics: Ukraine, drones, Denmark, defence industry
Sponsored Content
About the author: Tomasz Ruda is Defence Industry Monitor's Central and Eastern Europe correspondent.
Get the DIM Daily briefing in your inbox
© 2025 Defence Industry Monitor. All rights reserved.
"""
DOC = {"id": "kz09", "date": "2025-03-13", "source": "Defence Industry Monitor (defence-industry trade site)",
       "url": "https://www.defenceindustrymonitor.example/unmanned/2025/03/13/ukrainian-drones-hit-bryansk-plant/",
       "text": TEXT}

D, WED, TUE, MON = "2025-03-13", "2025-03-12", "2025-03-11", "2025-03-10"
EVENTS = [
    E("kz09-1", "air_drone_strike", WED, L("Bryansk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff",
      note="plant 'struck by Ukrainian long-range drones overnight into Wednesday' (12 Mar) per the General Staff; the "
           "governor's repelled 'massive' raid with 'minor damage to a commercial building' and 'no one had been hurt' is "
           "the same event -> one event, 0/0 (blind43 call 5)"),
    E("kz09-2", "interception", WED, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(34))],
      claimant="Russian Defence Ministry",
      note="'34 drones had been destroyed over the Bryansk region that night' (the night into Wednesday)"),
    E("kz09-3", "missile_artillery_strike", TUE, L("Pavlohrad"), "RU", "UA", fat=N(2), inj=N(9),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="'Late on Tuesday, Iskander-M ballistic missiles hit an industrial enterprise in Pavlohrad, killing two "
           "workers and wounding nine' (11 Mar); the MoD's 'workshop producing solid-fuel rocket motors' is the same"),
    E("kz09-4", "missile_artillery_strike", "2025-03-08", L("Yevpatoriia", 2, "near Yevpatoriia"), "UA", "RU",
      end="2025-03-09", prec="range", weapons=[W("cruise_missile", "Neptune")], claimant="Ukrainian Navy",
      note="'a Neptune missile destroyed a Russian air-defence radar near Yevpatoriia last weekend' (said Wednesday): "
           "last weekend of a Thursday page = Sat 8 - Sun 9 Mar (range, blind43 kt04 'over the weekend'); near X = "
           "precision 2; a military target -> actor2 RU"),
    E("kz09-5", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(77))],
      claimant="Russian Defence Ministry",
      note="'Overnight into Thursday, Russia's Defence Ministry reported shooting down 77 Ukrainian drones'"),
    E("kz09-6", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", parent="kz09-5",
      weapons=[W("drone", intercepted=N(30))], note="'30 of them over the Moscow region': regional count"),
    E("kz09-7", "infrastructure_disruption", D, R("RU-MOS", "Moscow region"), None, None, optional=True,
      note="'two airports briefly restricted flights' (unnamed airports): an airport restriction has sides null; "
           "unnamed and brief -> optional"),
    E("kz09-8", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the attack on Russia overnight into Thursday, implied by the MoD count: optional (blind37 call 5)"),
    E("kz09-9", "policy_decision", MON, C("DK", "Denmark"), "DK", "UA",
      note="'On Monday, Denmark's government approved a further 1.2 billion kroner … under the so-called Danish model': "
           "aid decision at the deciding country (precision 4)"),
]
# Not events: 'at least the third attack on the site since last autumn' (tally without days), the satellite-image
# comparison, 'keeps going after Ukrainian industry' (habitual), the Skyforge production figures (business data),
# the joint venture 'due to start production later this year' (plan).
STATEMENTS = [
    S("Rasmus Holt", "DK", "can deliver in weeks, not years", "director of international procurement, Danish MoD"),
    S("Serhii Kobzar", "UA", "we were twelve people in a garage in Vinnytsia", "chief executive, Skyforge"),
    S("Marta Öberg", None, "Airframes are no longer the problem", "analyst, Nordic Defence Council"),
]
# Not gold: the governor's 'massive' and 'minor damage to a commercial building', the MoD's 'a workshop producing
# solid-fuel rocket motors' (fragments).
MUST_NOT = ["DEFENCE INDUSTRY MONITOR", "Land | Air | Naval | Unmanned | Space | Industry | Budget", "Unmanned Systems",
            "By Tomasz Ruda", "Mar 13, 2025, 11:20 AM", "Share: LinkedIn | X | Email",
            "Topics: Ukraine, drones, Denmark, defence industry", "Sponsored Content",
            "About the author: Tomasz Ruda is Defence Industry Monitor's Central and Eastern Europe correspondent.",
            "Get the DIM Daily briefing in your inbox", "© 2025 Defence Industry Monitor. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
