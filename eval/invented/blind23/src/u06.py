from common import E, L, R, C, N, W, S, gold

TITLE = "Gas output hit again as strikes on Poltava fields and Kremenchuk refinery squeeze energy sector"
TEXT = """KAPITAL DAILY
Business · Markets · Energy · Agro · Tech · Opinion
UAH/USD 41.92 ▲0.3%  |  UAH/EUR 43.77 ▼0.1%  |  UX 612.40 ▼1.1%  |  Brent $78.14 ▲0.6%
Premium · Energy & Commodities
Gas output hit again as strikes on Poltava fields and Kremenchuk refinery squeeze energy sector
Russia's winter campaign against Ukrainian gas production forces more imports; the cabinet extends the ban on electricity exports
Oksana Tkachuk, energy editor   ·   5 February 2026, 07:30
Russian drones attacked gas production facilities of the state producer in the Poltava region on Tuesday night, damaging compressor equipment at two fields near Myrhorod, the company said. There were no casualties.

It was the eighth attack on the company's production sites since the start of the heating season. Analysts at ExPro Consulting estimate that daily output has fallen by about 8% since October.

On Wednesday morning, missiles struck the Kremenchuk oil refinery, the last large refinery still operating in Ukraine, regional authorities said. One employee was killed and three were injured; a fire in the tank farm was extinguished by noon.

This article is available to Kapital Pro subscribers. You are reading a free preview (1 of 3 this month).

The grid operator said that on Wednesday it had to disconnect about 320,000 customers in the Odesa region after a drone attack damaged high-voltage substations. By Thursday morning power had been restored to two thirds of them.

On Wednesday the cabinet of ministers extended the ban on electricity exports until the end of March, and ordered state companies to prioritise repairs of gas compressor stations over other investment.

"Every cubic metre we lose has to be bought in Europe at a premium, and that money is not going into new wells," said Viktor Pasko, a partner at ExPro Consulting.

Ukraine also hit Russian energy assets this week. The General Staff said Ukrainian drones had struck the Saratov refinery on Tuesday, causing a fire at a crude distillation unit. The Saratov governor said debris fell on an industrial facility and there were no casualties.

The state producer plans to import 1.2 billion cubic metres of gas by the end of March, and the government is negotiating a new credit line with the European Investment Bank.

Chart: Kapital Daily, based on ExPro data
Gift this article · Save · Print
Oksana Tkachuk writes about oil, gas and power markets. Previously at Energy Review Ukraine.
Kapital Daily is published by Kapital Media Group LLC. Kyiv, 2026. Reproduction of premium content is prohibited.
"""
DOC = {"id": "u06", "date": "2026-02-05", "source": "Kapital Daily (Kyiv business daily)",
       "url": "https://kapitaldaily.example/energy/2026/02/05/gas-output-poltava-kremenchuk", "text": TEXT}
D = "2026-02-05"
TUE = "2026-02-03"
WED = "2026-02-04"
EVENTS = [
    E("u06-1", "air_drone_strike", TUE, L("Myrhorod", 2, "gas fields near Myrhorod"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="state gas producer",
      note="'on Tuesday night' = Tuesday 3 Feb; two fields 'near Myrhorod' = precision 2; 'eighth attack since …' is a "
           "vague tally, no event"),
    E("u06-2", "missile_artillery_strike", WED, L("Kremenchuk", 1, "Kremenchuk oil refinery"), "RU", "UA", fat=N(1),
      inj=N(3), weapons=[W("missile")], claimant="regional authorities",
      note="'On Wednesday morning, missiles struck' the refinery: the Russian perpetrator is implied by the story's "
           "frame (Russia's winter campaign)"),
    E("u06-3", "infrastructure_disruption", WED, R("UA-51", "Odesa Oblast"), "RU", "UA", claimant="grid operator",
      note="about 320,000 customers disconnected on Wednesday after a drone attack on substations: region only"),
    E("u06-4", "air_drone_strike", WED, R("UA-51", "Odesa Oblast"), "RU", "UA", weapons=[W("drone")],
      note="the drone attack that damaged the substations, placed in the region only; date: the same Wednesday (the "
           "text gives no other)"),
    E("u06-5", "policy_decision", WED, L("Kyiv"), "UA", None,
      note="cabinet extended the electricity export ban and ordered repair priorities on Wednesday; placed at the "
           "capital (the cabinet sits in Kyiv, dateline implied)"),
    E("u06-6", "air_drone_strike", TUE, L("Saratov", 1, "Saratov refinery"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Ukrainian General Staff",
      note="Ukrainian claim of a hit on the refinery vs the governor's 'debris … no casualties': one event carrying "
           "both sides' claims; 'no casualties' = 0/0"),
]
STATEMENTS = [
    S("Viktor Pasko", "UA", "Every cubic metre we lose has to be bought in Europe at a premium", "partner at ExPro Consulting"),
]
MUST_NOT = ["KAPITAL DAILY", "Business · Markets · Energy · Agro · Tech · Opinion",
            "UAH/USD 41.92 ▲0.3%  |  UAH/EUR 43.77 ▼0.1%  |  UX 612.40 ▼1.1%  |  Brent $78.14 ▲0.6%",
            "Premium · Energy & Commodities", "Oksana Tkachuk, energy editor   ·   5 February 2026, 07:30",
            "This article is available to Kapital Pro subscribers. You are reading a free preview (1 of 3 this month).",
            "Chart: Kapital Daily, based on ExPro data", "Gift this article · Save · Print",
            "Oksana Tkachuk writes about oil, gas and power markets. Previously at Energy Review Ukraine.",
            "Kapital Daily is published by Kapital Media Group LLC. Kyiv, 2026. Reproduction of premium content is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
