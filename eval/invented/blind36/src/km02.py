from common import E, L, R, C, N, W, S, gold

TITLE = "Russian strikes halt part of Ukraine's gas output as heating season starts"
TEXT = """THE MERIDIAN LEDGER
Markets | Energy | Commodities | Emerging Europe | Opinion
TTF front-month €31.84 ▲3.6% · Brent $65.02 ▼0.3% · EUR/UAH 48.71 ▲0.1% · delayed 15 min
Energy › Gas
Russian strikes halt part of Ukraine's gas output as heating season starts
Producer says drones and missiles hit fields in two regions; Kyiv may need to import more gas before winter
Katarzyna Wilde in Warsaw and Dmytro Sirenko in Kyiv
Wednesday 8 October 2025
Russia struck gas production facilities in Ukraine's Kharkiv and Poltava regions overnight, forcing a partial halt in output at the start of the heating season, the country's largest state-owned producer, Skhidgaz, said on Wednesday.

The company said 53 drones and 14 missiles were aimed at its facilities. Processing units at a field near Krasnohrad in the Kharkiv region and a gas treatment plant in the Myrhorod district of the Poltava region were damaged. None of the staff on shift were injured, it said.

Correction, 8 October, 14:10: An earlier version of this story said 35 drones were used in the attack. The company's figure is 53.

Gas supply to about 12,000 households in the Myrhorod district was interrupted on Wednesday morning, the regional gas distributor said, and crews were laying a temporary bypass.

"We are producing, but not at the volumes we planned for November. Every week without repairs costs us roughly 1.5 million cubic metres a day," Skhidgaz chief executive Roman Tkachuk told The Meridian Ledger.
You've read 2 of 3 free articles this month. Subscribe for €1 for the first 3 months to keep reading.
Already a subscriber? Sign in
The overnight attack followed a drone strike on a compressor station in the Poltava region on Friday, which the company said had caused no casualties but damaged a pipeline section.

Ukraine entered October with about 13.2 billion cubic metres of gas in storage, below the level the government had targeted. Analysts said the country could need to import as much as 4.5 bcm before March if attacks continue at the current pace.

"The arithmetic is not dramatic yet, but it is moving in the wrong direction. If storage drops under 10 bcm by January, Kyiv would be buying at peak prices," said Ingrid Solheim, a gas analyst at the consultancy Nordpol Energy in Oslo.

The energy ministry is in talks with European lenders about financing for additional imports and plans to ask the European Commission to extend a guarantee scheme, according to two people familiar with the discussions. Neither the ministry nor the Commission commented.

European gas prices rose 3.6 per cent on Wednesday. Traders said the Ukrainian figures mattered less than cold weather forecasts for north-west Europe, but that further attacks could tighten the regional market.

Russia's defence ministry said its forces had struck "energy facilities supporting the Ukrainian military-industrial complex", without naming them.
More from Energy
Norwegian gas flows dip as maintenance season overruns
Romania's Black Sea gas project reaches first milestone
© The Meridian Ledger Ltd. All rights reserved. Not for redistribution.
"""
DOC = {"id": "km02", "date": "2025-10-08", "source": "The Meridian Ledger (business newspaper)",
       "url": "https://meridianledger.example/energy/gas/2025/10/08/russian-strikes-halt-ukraine-gas-output", "text": TEXT}

D = "2025-10-08"
EVENTS = [
    E("km02-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(53)), W("missile", launched=N(14))], claimant="Skhidgaz",
      note="one combined attack on the producer's sites in two regions 'overnight' (Wed 8 Oct): the parent at "
           "country precision, typed by its heaviest weapon; drones 53 as the in-text correction says (not 35)"),
    E("km02-2", "missile_artillery_strike", D, L("Krasnohrad", 2, "near Krasnohrad"), "RU", "UA", fat=N(0), inj=N(0),
      parent="km02-1", family=["air_drone_strike"],
      note="processing units at a field 'near Krasnohrad' damaged; weapon per site not said -> both strike types; "
           "'None of the staff on shift were injured' = 0/0 for each site"),
    E("km02-3", "missile_artillery_strike", D, L("Myrhorod", 2, "Myrhorod district"), "RU", "UA", fat=N(0), inj=N(0),
      parent="km02-1", family=["air_drone_strike"],
      note="gas treatment plant 'in the Myrhorod district' (district named after the town = precision 2); weapon not "
           "said -> both types; 0/0"),
    E("km02-4", "infrastructure_disruption", D, L("Myrhorod", 2, "Myrhorod district"), "RU", "UA", parent="km02-3",
      note="gas supply to about 12,000 households in the Myrhorod district interrupted 'on Wednesday morning'"),
    E("km02-5", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", optional=True, parent="km02-1",
      note="'a partial halt in output': a producer's output stopping without a stated consumer outage is optional "
           "(blind16 call 4)"),
    E("km02-6", "air_drone_strike", "2025-10-03", R("UA-53", "Poltava region"), "RU", "UA", fat=N(0), inj=N(0),
      note="recalled with a day: drone strike on a compressor station in the Poltava region 'on Friday' (3 Oct, the "
           "Friday before Wednesday 8 Oct); 'no casualties' = 0/0; actor RU from context (Russian strikes on the producer)"),
]
# Not events: storage level on 1 October and the import forecast ('could need … if attacks continue'), Solheim's
# conditional, the ministry's talks and 'plans to ask' (no decision, unnamed sources), gas price moves, the Russian
# MoD's generic claim (the same attack, no extra event), the correction line itself (kept as text: it changes a count).
STATEMENTS = [
    S("Roman Tkachuk", "UA", "Every week without repairs costs us roughly 1.5 million cubic metres a day",
      "Skhidgaz chief executive"),
    S("Ingrid Solheim", None, "The arithmetic is not dramatic yet", "gas analyst, Nordpol Energy"),
    S("Russian Defence Ministry", "RU", "energy facilities supporting the Ukrainian military-industrial complex",
      "Russian Defence Ministry"),
]
MUST_NOT = ["THE MERIDIAN LEDGER", "Markets | Energy | Commodities | Emerging Europe | Opinion",
            "TTF front-month €31.84 ▲3.6% · Brent $65.02 ▼0.3% · EUR/UAH 48.71 ▲0.1% · delayed 15 min",
            "Energy › Gas", "Katarzyna Wilde in Warsaw and Dmytro Sirenko in Kyiv", "Wednesday 8 October 2025",
            "You've read 2 of 3 free articles this month. Subscribe for €1 for the first 3 months to keep reading.",
            "Already a subscriber? Sign in", "More from Energy",
            "Norwegian gas flows dip as maintenance season overruns",
            "Romania's Black Sea gas project reaches first milestone",
            "© The Meridian Ledger Ltd. All rights reserved. Not for redistribution."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
