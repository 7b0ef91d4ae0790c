from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT

TITLE = "Diesel spreads widen as drones idle Saratov crude unit and Novorossiysk loadings pause"
TEXT = """THE LEDGER & EXCHANGE
Markets | Companies | Energy | Commodities | Economy | Opinion
Energy › Oil
Diesel spreads widen as drones idle Saratov crude unit and Novorossiysk loadings pause
Wednesday 9 July 2025 · 07:30 BST · Commodities desk
European diesel cracks rose for a third session on Tuesday as fresh Ukrainian attacks on Russian refining and export infrastructure added to worries about summer supply.

The Saratov refinery, with capacity of about 140,000 barrels a day, stopped its main crude distillation unit after drones struck the plant in the early hours of Tuesday, two people familiar with the operations said. The regional governor reported a fire on the site and said nobody had been injured. Russia's defence ministry said 27 drones had been destroyed over the Saratov region overnight.

At Novorossiysk, loadings at the Sheskharis oil terminal were halted for about six hours after uncrewed boats approached the port on Monday evening. The Black Sea Fleet said it had destroyed three of them before they reached the berths, and the port authority reported no damage and no injuries.

"Every outage now lands on a market with no spare diesel in it," said Hannah Oduya, head of oil analysis at the consultancy Northgate Energy. "Saratov alone is a tenth of Russia's diesel exports in a normal month."

Traders are also watching the Afipsky refinery in the Krasnodar region, which was hit by drones last Thursday and is running at reduced rates, according to shipping data.

The war's energy front runs both ways. Russian missiles and drones struck gas production facilities in Ukraine's Kharkiv region on Sunday, the state energy company said, without giving details of the damage; Ukraine will have to import more gas before winter, the company added.

"We saw buyers in the Mediterranean bid up cargoes within the hour," a Geneva-based trader said. Brent crude settled 0.8 per cent higher at $70.15 a barrel.
Related: Tuapse refinery restart slips to August
This article is for subscribers. Share via: Email | LinkedIn | X
© The Ledger & Exchange Ltd 2025
"""
DOC = {"id": "lu12", "date": "2025-07-09", "source": "The Ledger & Exchange (business daily, energy markets)",
       "url": "https://ledgerexchange.example/energy/oil/2025/07/09/diesel-saratov-novorossiysk", "text": TEXT}

TUE, MON = "2025-07-08", "2025-07-07"
EVENTS = [
    E("lu12-1", ADS, TUE, L("Saratov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Saratov governor",
      evidence="after drones struck the plant in the early hours of Tuesday",
      note="'in the early hours of Tuesday' in a Wednesday paper = 8 Jul; the refinery is in the city (RU-SAR); "
           "'nobody had been injured' -> 0/0 (nobody killed is implied by the same sentence's 'nobody')"),
    E("lu12-2", INT, TUE, R("RU-SAR", "Saratov region"), "RU", "UA", parent="lu12-1",
      weapons=[W("drone", intercepted=N(27))], claimant="Russian Ministry of Defence",
      evidence="Russia's defence ministry said 27 drones had been destroyed over the Saratov region overnight.",
      note="a region with its own count -> required interception; overnight into Tuesday 8 Jul"),
    E("lu12-3", ADS, MON, L("Novorossiysk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone", launched=N(3))],
      claimant="Black Sea Fleet; Novorossiysk port authority",
      evidence="uncrewed boats approached the port on Monday evening",
      note="'on Monday evening' = 7 Jul; naval drones (uncrewed boats) -> air_drone_strike; all three destroyed -> "
           "launched 3; 'no damage and no injuries' -> 0/0; the six-hour halt is port operations"),
    E("lu12-4", INT, MON, H("Novorossiysk", "approaches to the port of Novorossiysk"), "RU", "UA", parent="lu12-3",
      weapons=[W("drone", intercepted=N(3))], claimant="Black Sea Fleet",
      evidence="The Black Sea Fleet said it had destroyed three of them before they reached the berths",
      note="a count at a named place -> required; before the berths = the approaches, precision 2"),
    E("lu12-5", ADS, "2025-07-03", L("Afipsky"), "UA", "RU", weapons=[W("drone")],
      evidence="the Afipsky refinery in the Krasnodar region, which was hit by drones last Thursday",
      note="a relative clause carries the event: 'last Thursday' before Wednesday 9 Jul = 3 Jul; Afipsky 584126 "
           "(geonames Afipskiy, RU-KDA); no casualty figure"),
    E("lu12-6", MAS, "2025-07-06", R("UA-63", "Kharkiv region"), "RU", "UA", family=[ADS],
      weapons=[W("missile"), W("drone")], claimant="Ukrainian state energy company",
      evidence="Russian missiles and drones struck gas production facilities in Ukraine's Kharkiv region on Sunday",
      note="'on Sunday' = 6 Jul; missiles and drones -> typed by the missiles, both accepted; region only"),
]
# Not events: diesel cracks and Brent (prices), 'running at reduced rates' (state), 'a tenth of Russia's diesel
# exports in a normal month' (statistic), imports 'before winter' (plan), the Tuapse restart (furniture link). The
# Geneva trader is unnamed: not a gold statement. Furniture: masthead, menu, breadcrumb, date/desk line, related
# link, subscribers/share line, ©.
STATEMENTS = [
    S("Hannah Oduya", None, "no spare diesel in it", "head of oil analysis, Northgate Energy"),
]
MUST_NOT = ["THE LEDGER & EXCHANGE", "Markets | Companies | Energy | Commodities | Economy | Opinion", "Energy › Oil",
            "Wednesday 9 July 2025 · 07:30 BST · Commodities desk", "Related: Tuapse refinery restart slips to August",
            "This article is for subscribers. Share via: Email | LinkedIn | X", "© The Ledger & Exchange Ltd 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
