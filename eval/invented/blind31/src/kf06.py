from common import E, L, R, C, N, W, S, gold

TITLE = "EU leaders back €90bn reparations loan from frozen Russian assets after Belgium wins guarantees"
TEXT = """EUROLEDGER
Policy | Markets | Energy | Defence | Tech
Breaking-news alerts: turn on notifications
Friday 20 March 2026
EU leaders back €90bn reparations loan from frozen Russian assets after Belgium wins guarantees
Reading time: 5 min
Written by Pieter Van Damme in Brussels
European Union leaders agreed at a summit in Brussels on Thursday to lend Ukraine €90 billion over two years, financed by the cash balances of immobilised Russian central bank assets, after Belgium secured guarantees that other member states would share the legal risk.

The decision ends months of wrangling over the assets, most of which sit at the Brussels-based depository Euroclear and have been frozen since the first days of the invasion in 2022. Ukraine will repay the loan only if Russia pays reparations for the damage caused by the war.

Hungary did not block the deal but declared it would not contribute to the guarantees. The Commission is expected to present the legal texts next week, and the first tranche could reach Kyiv by June if the European Parliament fast-tracks the file.

This article is free to read. Support independent EU journalism →
Euroclear said it would comply with the decision. "Our priority is legal certainty for all our clients, and the guarantees agreed today go a long way towards that," said Lieve Vermeulen, a spokeswoman for the depository.

Moscow reacted with fury. The Bank of Russia said it would challenge the decision "in all available jurisdictions" and called it "the theft of sovereign property." The Kremlin spokesman warned that Russia would respond and that European investors in Russia "should draw conclusions."

Economists say the legal fight could last years. "The money is there, the politics is there, but every court in Europe will be asked whether immunity still means anything," said Jonas Aalto, a senior fellow at the Kessel Institute in Helsinki. Could Russia seize Western assets in retaliation? It already has a decree that allows it to do so, he noted.

The war itself was not far away. As leaders gathered in Brussels on Thursday evening, a Russian drone hit a school building in Sumy, blowing out windows; no one was hurt, the regional administration said.

Related reading:
— Explainer: what exactly is frozen, and where
— Opinion: the assets were never the real problem

EuroLedger SPRL · Rue Belliard 42, 1040 Brussels · All rights reserved
"""
DOC = {"id": "kf06", "date": "2026-03-20", "source": "EuroLedger (EU policy and finance site)",
       "url": "https://euroledger.example/policy/2026/03/20/eu-reparations-loan-frozen-assets", "text": TEXT}

EVENTS = [
    E("kf06-1", "policy_decision", "2026-03-19", L("Brussels"), None, None,
      note="EU leaders' decision at the Brussels summit 'on Thursday' (19 Mar): policy_decision about the war (aid); "
           "the EU as actor = side null (blind16 convention)"),
    E("kf06-2", "air_drone_strike", "2026-03-19", L("Sumy"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'on Thursday evening, a Russian drone hit a school building in Sumy'; 'no one was hurt' = 0/0"),
]
# Not events: freezing 'since … 2022' (history), Hungary's non-contribution (part of the decision), legal texts
# 'expected next week' and the first tranche 'could reach … if' (plans, conditionals), the Bank of Russia's challenge
# and the Kremlin's warning (threats), the question and the decree (background).
STATEMENTS = [
    S("Lieve Vermeulen", "BE", "Our priority is legal certainty for all our clients", "Euroclear spokeswoman"),
    S("Bank of Russia", "RU", "the theft of sovereign property", "Russian central bank"),
    S("Jonas Aalto", None, "every court in Europe will be asked whether immunity still means anything",
      "senior fellow, Kessel Institute"),
]
MUST_NOT = ["EUROLEDGER", "Policy | Markets | Energy | Defence | Tech", "Breaking-news alerts: turn on notifications",
            "Friday 20 March 2026", "Reading time: 5 min", "Written by Pieter Van Damme in Brussels",
            "This article is free to read. Support independent EU journalism →", "Related reading:",
            "— Explainer: what exactly is frozen, and where", "— Opinion: the assets were never the real problem",
            "EuroLedger SPRL · Rue Belliard 42, 1040 Brussels · All rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
