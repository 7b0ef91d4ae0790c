from common import E, L, R, C, N, W, S, gold

TITLE = "Russia hits gas production in Kharkiv and Poltava regions in massive overnight attack"
TEXT = """UANewsRadar — all Ukrainian news in one place
Trending: Energy | Front | Sanctions | Exchange rates
Russia hits gas production in Kharkiv and Poltava regions in massive overnight attack
Source: UkrBiz Agency · 03.10.2025, 10:58 · 2 min read
Advertisement

Russia launched 381 drones and 35 missiles of various types at Ukraine overnight, targeting gas production facilities in the Kharkiv and Poltava regions, the air force and state gas producer UkrGazDobycha said on Friday.

Air defence forces shot down or suppressed 302 drones and 18 missiles, the air force said. Missile and drone hits were recorded at 14 locations.

"This was the largest attack on our gas production facilities since the beginning of the full-scale war. Some of the facilities are seriously damaged," UkrGazDobycha chief executive Andriy Pashchenko said. "We will restore what can be restored, but some of the equipment cannot be replaced quickly."

He said 35 missiles, many of them ballistic, and about 60 drones had been aimed at the company's sites alone. He did not say which facilities had been hit.

In the Poltava region, the attack hit gas infrastructure in the Myrhorod district, where about 9,000 households were left without gas supply, regional authorities said. There were no casualties.

In the Kharkiv region, a gas production facility was damaged, and emergency power outages were applied across the region in the morning after several energy sites were hit, governor Oleh Tymchenko said. In the town of Balakliia, a drone hit a residential building, injuring three people, including a 10-year-old boy.

Ukraine has been trying to build up gas reserves ahead of the heating season. Analysts estimate that the country may need to import up to 4.5 billion cubic metres of gas this winter if the attacks continue. The government has said it will ask European partners for additional funding for imports.

Originally published at ukrbiz-agency.example
Popular now:
• Hryvnia exchange rate for October 3
• Which regions will have power outages tomorrow: schedules
Install the UANewsRadar app — news without ads
Comments (0)
"""
DOC = {"id": "s07", "date": "2025-10-03", "source": "UANewsRadar (aggregator, copy of UkrBiz Agency)",
       "url": "https://uanewsradar.example/news/2025/10/03/gas-production-attack-884120", "text": TEXT}

D = "2025-10-03"
EVENTS = [
    E("s07-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(381)), W("missile", launched=N(35))], claimant="Ukrainian air force"),
    E("s07-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(302)), W("missile", intercepted=N(18))], claimant="Ukrainian air force"),
    E("s07-3", "missile_artillery_strike", D, L("Myrhorod", 2, "Myrhorod district"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], parent="s07-1", claimant="Poltava regional authorities",
      note="gas infrastructure hit; weapon not named ('There were no casualties')"),
    E("s07-4", "infrastructure_disruption", D, L("Myrhorod", 2, "Myrhorod district"), "RU", "UA",
      note="about 9,000 households without gas"),
    E("s07-5", "missile_artillery_strike", D, R("UA-63", "Kharkiv region"), "RU", "UA", family=["air_drone_strike"],
      parent="s07-1", claimant="Oleh Tymchenko", note="gas production facility and energy sites hit; weapon not named"),
    E("s07-6", "infrastructure_disruption", D, R("UA-63", "Kharkiv region"), "RU", "UA", claimant="Oleh Tymchenko",
      note="emergency power outages across the region"),
    E("s07-7", "air_drone_strike", D, L("Balakliia"), "RU", "UA", inj=N(3), weapons=[W("drone")], parent="s07-1",
      claimant="Oleh Tymchenko"),
]
STATEMENTS = [
    S("Andriy Pashchenko", "UA", "the largest attack on our gas production facilities since the beginning of the full-scale war",
      "UkrGazDobycha chief executive"),
    S("Andriy Pashchenko", "UA", "some of the equipment cannot be replaced quickly", "UkrGazDobycha chief executive"),
]
MUST_NOT = ["UANewsRadar — all Ukrainian news in one place", "Trending: Energy | Front | Sanctions | Exchange rates",
            "Source: UkrBiz Agency · 03.10.2025, 10:58 · 2 min read", "Advertisement",
            "Originally published at ukrbiz-agency.example", "Popular now:",
            "• Hryvnia exchange rate for October 3", "• Which regions will have power outages tomorrow: schedules",
            "Install the UANewsRadar app — news without ads", "Comments (0)"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
