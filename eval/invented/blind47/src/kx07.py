from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Cabinet extends protection for Ukrainians as EU adopts sanctions Bratislava had held up"
TEXT = """THE SLOVAK CHRONICLE
News from Slovakia in English
SK | EN | HU
Politics | Business | Region | Culture | Opinion | Events
We use cookies to personalise content and analyse traffic. Accept | Settings
Politics › Foreign policy
Cabinet extends protection for Ukrainians as EU adopts sanctions Bratislava had held up
13. 1. 2026 | 09:47
Tomáš Urban
Photo: Slovak Chronicle/Jana Kollárová
Slovakia's government on Monday extended temporary protection for the roughly 130,000 Ukrainians who have found refuge in the country, so that it now runs until March 2027. Without the decision, their residence permits, health insurance and access to the labour market would have lapsed in the spring.

Hours later, in Brussels, the European Union's foreign ministers adopted the bloc's 20th package of sanctions against Russia. Slovakia had blocked the package since mid-December, demanding assurances on gas prices; it lifted its objection on Monday morning after what the prime minister described as "written guarantees" from the European Commission.

Moscow answered with a warning. In a statement posted on Monday night, the Russian embassy said that Bratislava "will bear responsibility for the consequences of joining an illegitimate policy of economic blackmail" and that Russia reserved the right to respond. Diplomats in Bratislava read this as a hint at oil deliveries through the Druzhba pipeline, which still supplies the Slovnaft refinery; the embassy did not say what it had in mind.

"Threats of this kind are a part of Russian diplomacy, not a change of it. What would matter is an actual cut, and nothing suggests that one is imminent," said Zuzana Hlavatá, an analyst at the Bratislava Institute for Central European Policy.

The war itself came closer to the border overnight. Russian drones hit an industrial park on the edge of Mukachevo, in Ukraine's Zakarpattia region, about 40 kilometres from Slovak territory. Two workers on the night shift were injured and a warehouse burned down, the regional administration said.

During the attack, the Slovak armed forces raised the readiness of air-defence units in the east of the country and sent two F-16 fighters into the air, the defence ministry said. No violation of Slovak airspace was recorded.

The foreign minister spoke by phone on Monday evening with his Ukrainian counterpart, his ministry said, and "condemned the attacks on civilian infrastructure close to our border". Ministry spokesman Juraj Kmeť added that Slovakia "will not send weapons from army stocks, but it will not stand in the way of others either".

The government is expected to discuss a proposal on commercial ammunition exports next week. Opposition parties have said they would challenge any restrictions in parliament.
Read more from the region: Košice airport to reopen second runway after repairs
Subscribe to The Slovak Chronicle Today newsletter
© 2026 The Slovak Chronicle, s.r.o. All rights reserved.
"""
DOC = {"id": "kx07", "date": "2026-01-13", "source": "The Slovak Chronicle (Slovak news site in English)",
       "url": "https://slovakchronicle.example/politics/foreign-policy/2026/01/13/protection-ukrainians-sanctions/",
       "text": TEXT}

D, MON = "2026-01-13", "2026-01-12"
EVENTS = [
    E("kx07-1", "policy_decision", MON, C("SK", "Slovakia"), "SK", "UA",
      note="'Slovakia's government on Monday extended temporary protection' for Ukrainians until March 2027: a "
           "government decision about the war's refugees, at the deciding country (precision 4)"),
    E("kx07-2", "policy_decision", MON, L("Brussels"), None, "RU",
      note="'Hours later, in Brussels, the European Union's foreign ministers adopted the bloc's 20th package of "
           "sanctions against Russia' (Monday): an EU decision takes the named venue, actor1 null (blind42 call 6); "
           "Slovakia lifting its objection is part of it"),
    E("kx07-3", "air_drone_strike", D, L("Mukachevo", 2, "edge of Mukachevo"), "RU", "UA", inj=N(2),
      weapons=[W("drone")],
      note="'overnight' (Tuesday report) 'Russian drones hit an industrial park on the edge of Mukachevo': 2 workers "
           "injured; edge of X = precision 2"),
    E("kx07-4", "military_mobilization", D, C("SK", "Slovakia"), "SK", None,
      note="'raised the readiness of air-defence units in the east of the country and sent two F-16 fighters into the "
           "air' during the overnight attack: a scramble, no place named -> country"),
    E("kx07-5", "diplomatic_contact", MON, C(None, "phone call"), "SK", "UA",
      note="the foreign minister 'spoke by phone on Monday evening with his Ukrainian counterpart': phone call, no "
           "place"),
]
# Not events: the lapse of permits 'would have' happened (counterfactual), Slovakia 'had blocked the package since
# mid-December' (no day), the embassy's warning and 'reserved the right to respond' (threat), the Druzhba hint
# (speculation), the analyst's 'What would matter is an actual cut' (conditional), 'No violation of Slovak airspace
# was recorded' (negation), 'will not send weapons' (policy statement, no decision), the cabinet 'is expected to
# discuss … next week' and the opposition 'would challenge' (future), the 'Read more' headline (furniture).
STATEMENTS = [
    S("Zuzana Hlavatá", None, "Threats of this kind are a part of Russian diplomacy, not a change of it",
      "analyst, Bratislava Institute for Central European Policy"),
    S("Juraj Kmeť", "SK", "will not send weapons from army stocks", "spokesman, Slovak Foreign Ministry"),
]
# Not gold: the embassy's statement 'will bear responsibility for the consequences …' (institution, a threat), the
# prime minister's 'written guarantees' and the foreign minister's 'condemned the attacks …' (title-only
# speakers).
MUST_NOT = ["THE SLOVAK CHRONICLE", "News from Slovakia in English", "SK | EN | HU",
            "Politics | Business | Region | Culture | Opinion | Events",
            "We use cookies to personalise content and analyse traffic. Accept | Settings", "Politics › Foreign policy",
            "13. 1. 2026 | 09:47", "Tomáš Urban", "Photo: Slovak Chronicle/Jana Kollárová",
            "Read more from the region: Košice airport to reopen second runway after repairs",
            "Subscribe to The Slovak Chronicle Today newsletter", "© 2026 The Slovak Chronicle, s.r.o. All rights reserved."]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx07-1': "Slovakia's government on Monday extended temporary protection for the roughly 130,000 Ukrainians",
    'kx07-2': "Hours later, in Brussels, the European Union's foreign ministers adopted the bloc's 20th package of sanctions against Russia.",
    'kx07-3': 'Russian drones hit an industrial park on the edge of Mukachevo',
    'kx07-4': 'the Slovak armed forces raised the readiness of air-defence units in the east of the country and sent two F-16 fighters into the air',
    'kx07-5': 'The foreign minister spoke by phone on Monday evening with his Ukrainian counterpart',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
