from common import E, L, R, C, N, W, S, gold

TITLE = "EU adopts 21st sanctions package as Istanbul talks yield only a prisoner deal"
TEXT = """OSTPOLITIK BRIEFING
The daily newsletter on Europe's East · read in your browser
Friday, 26 June 2026 · Issue #1,184
In today's briefing: Brussels summit · Treasury listings · Istanbul round three · Berlin's air-defence money

EU adopts 21st sanctions package as Istanbul talks yield only a prisoner deal

Good morning. European Union leaders on Thursday approved a 21st package of sanctions against Russia at their summit in Brussels, after Hungary dropped its objections in exchange for an exemption for its oil imports through the Druzhba pipeline. The package lists 118 more vessels of Russia's shadow fleet, bans transactions with three Chinese refineries and extends the ban on Russian LNG transshipment.

"Every package narrows the space Russia has to finance this war," said Lotte Verbeek, a spokeswoman for the European Council, after the leaders' dinner.

Slovakia had also threatened to block the package but did not follow through. Its prime minister said on Thursday that he "reserves the right" to veto the next one. Diplomats expect the Commission to present a 22nd package in the autumn, possibly including a full ban on Russian nuclear fuel, though several member states are reluctant.

A day earlier, the US Treasury in Washington added 40 companies and individuals in Russia, the United Arab Emirates and Hong Kong to its sanctions list for supplying drone components to Russia's military industry.

— Sponsored —
Register now for the Eastern Partnership Forum, Vilnius, 14-15 September

Istanbul: round three

Russian and Ukrainian delegations met in Istanbul on Wednesday for a third round of direct talks, which lasted just under two hours. They agreed to exchange 1,200 prisoners of war in stages over the summer but made no progress on a ceasefire. Moscow again demanded that Ukraine withdraw from the remaining parts of four regions, a condition Kyiv rejects.

"We came for a ceasefire and we are leaving with a prisoner exchange. It is something, but it is not peace," said Mykola Derkach, a member of the Ukrainian delegation.

Russia's deputy foreign minister, Pavel Zorin, warned that Western arms deliveries would have "consequences" for any future settlement, and said the next round could take place in July "if the Ukrainian side is ready to be realistic".

The previous exchange took place on Tuesday on the Belarusian-Ukrainian border, when each side returned 390 prisoners.

Berlin's air-defence money

Germany's defence ministry in Berlin announced on Thursday a €1.1 billion package for Ukraine, including two more IRIS-T systems and missiles for those already delivered. Berlin still refuses to send Taurus cruise missiles, and the government has said Ukraine may use German-supplied long-range weapons against targets in Russia only in the border areas.

Will the sanctions bite? Russia's oil revenues fell by about a fifth in the first five months of the year, according to a Kyiv School of Economics estimate, but the budget deficit has so far been covered by tax rises and the National Wealth Fund.

What else is happening

Hours after the summit ended, early on Friday, Russian drones hit port infrastructure in Odesa, injuring three workers, the regional governor said.

NATO defence ministers meet in Brussels next Tuesday to discuss air defence for Ukraine and the alliance's eastern flank.

Forward this newsletter to a colleague · Unsubscribe · Manage preferences
Ostpolitik Briefing is published by Eastern Desk Media GmbH, Berlin. © 2026
"""
DOC = {"id": "d14", "date": "2026-06-26", "source": "Ostpolitik Briefing (daily policy newsletter, web version)",
       "url": "https://ostpolitik-briefing.example.eu/issues/1184", "text": TEXT}

D, THU, WED, TUE = "2026-06-26", "2026-06-25", "2026-06-24", "2026-06-23"
EVENTS = [
    E("d14-1", "policy_decision", THU, L("Brussels"), None, "RU",
      note="EU leaders approved the 21st package 'on Thursday' at the Brussels summit; the EU is not a state: actor1 "
           "null (blind16 call 7); Hungary's dropped objection and Slovakia's threat are not events"),
    E("d14-2", "policy_decision", WED, L("Washington"), "US", "RU",
      note="'A day earlier' than Thursday = Wednesday 24 June; Treasury listings in Washington"),
    E("d14-3", "diplomatic_contact", WED, L("Istanbul"), "RU", "UA",
      note="third round of direct talks 'on Wednesday'"),
    E("d14-4", "agreement", WED, L("Istanbul"), "RU", "UA",
      note="agreement to exchange 1,200 POWs reached at the talks (an event; the staged swaps themselves are future)"),
    E("d14-5", "agreement", TUE, C(None, "Belarusian-Ukrainian border"), "RU", "UA",
      note="prisoner exchange 'on Tuesday' (390 each): an agreement (real-gold convention); on the border, no place: "
           "country null (blind4 call 10)"),
    E("d14-6", "policy_decision", THU, L("Berlin"), "DE", "UA",
      note="€1.1 billion aid package announced in Berlin 'on Thursday'; the Taurus refusal and the rule on where "
           "German weapons may be used are not events"),
    E("d14-7", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      claimant="Odesa regional governor", note="'early on Friday' = publication day; port infrastructure, 3 injured"),
]
STATEMENTS = [
    S("Lotte Verbeek", None, "Every package narrows the space Russia has to finance this war",
      "spokeswoman for the European Council"),
    S("Mykola Derkach", "UA", "It is something, but it is not peace", "member of the Ukrainian delegation"),
    S("Pavel Zorin", "RU", "if the Ukrainian side is ready to be realistic", "Russian deputy foreign minister"),
]
MUST_NOT = ["OSTPOLITIK BRIEFING", "The daily newsletter on Europe's East · read in your browser",
            "Friday, 26 June 2026 · Issue #1,184",
            "In today's briefing: Brussels summit · Treasury listings · Istanbul round three · Berlin's air-defence money",
            "— Sponsored —", "Register now for the Eastern Partnership Forum, Vilnius, 14-15 September",
            "Forward this newsletter to a colleague · Unsubscribe · Manage preferences",
            "Ostpolitik Briefing is published by Eastern Desk Media GmbH, Berlin. © 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
