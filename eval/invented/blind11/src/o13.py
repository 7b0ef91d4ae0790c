from common import E, L, R, C, N, W, S, gold

TITLE = "Brussels court throws out Russian central bank suit as EU ministers agree new listings"
TEXT = """We use cookies to improve your experience and to measure audiences. Accept all | Manage preferences
Continental Affairs Daily
Europe · Security · Economy · Energy · Newsletters · Events
Brussels court throws out Russian central bank suit as EU ministers agree new listings
The ruling removes one legal obstacle to using immobilised Russian assets for Ukraine, but Hungary still blocks the bigger decision.
By Ana Vrabie | 12 November 2026, 18:40 CET
This article is part of our free coverage of the war in Ukraine. Subscribe for full access to our policy briefings.

A Brussels commercial court on Wednesday dismissed a lawsuit brought by Russia's central bank against a Belgian securities depository that holds most of the Russian state assets immobilised in the EU, ruling that it had no jurisdiction over measures taken under European sanctions law.

The Bank of Russia had demanded damages of roughly €190 billion and said it would appeal. "This decision has no legal force for us, and we will defend the property of the Russian people in every available court," a spokesperson for the bank said in Moscow.

The same day, EU foreign ministers meeting in Brussels agreed to add 14 individuals and nine companies to the bloc's sanctions list, among them operators of tankers in Russia's shadow fleet and two Chinese suppliers of drone engines, the Council said.

But ministers again failed to agree on a proposal to use the immobilised assets to fund a loan of up to €140 billion to Ukraine. Hungary has blocked the plan since July and said on Wednesday it would not change its position "as long as the war continues".

"We are not giving up. If unanimity is impossible, we will look at other legal ways, including a coalition of willing member states," said Belgian Foreign Minister Pieter Claes.

In Berlin, the government on Tuesday approved the delivery of two more IRIS-T air defence systems to Ukraine, worth about €300 million, a defence ministry spokesperson said.

Moscow warned that any use of its assets would be "theft" and threatened to seize the property of Western companies still operating in Russia. "The response will be mirror-like and painful," said Russian Deputy Foreign Minister Grigory Pankov.

Kyiv welcomed the court's decision. "Every euro of these assets should work for the defence of Ukraine and for rebuilding what Russia has destroyed," said Ukrainian Deputy Foreign Minister Kateryna Holub.

Will the money reach Kyiv before the winter? Diplomats doubt it. The European Commission is expected to present a revised legal proposal in December, which could be adopted in January if Budapest relents.

Since 2022, the EU has adopted 21 packages of sanctions against Russia, and about €210 billion of Russian central bank assets have been immobilised in the bloc, the bulk of them in Belgium. A 22nd package, proposed in October, would ban imports of Russian fertiliser.

Belgium's prime minister spoke by phone with Ukraine's president on Wednesday evening and assured him of "Belgium's continued support", his office said. The two leaders last met at an EU summit in Copenhagen in October.

Read more:
EU's 22nd sanctions package: what is in it and who is holding it up
Explainer: How the immobilised Russian assets work

Follow us on LinkedIn and Bluesky
© 2026 Continental Affairs Daily. All rights reserved.
"""
DOC = {"id": "o13", "date": "2026-11-12", "source": "Continental Affairs Daily (EU policy site)",
       "url": "https://continentalaffairs.example/europe/brussels-court-russian-central-bank-suit", "text": TEXT}

D, WED, TUE = "2026-11-12", "2026-11-11", "2026-11-10"
EVENTS = [
    E("o13-1", "policy_decision", WED, L("Brussels"), None, "RU", claimant="Council of the EU",
      note="sanctions listings agreed by EU foreign ministers; the failed asset-loan decision is a negation, not an event"),
    E("o13-2", "policy_decision", TUE, L("Berlin"), "DE", None, claimant="German defence ministry",
      note="'the government ... approved' in Berlin: metonymy for the German government"),
    E("o13-3", "policy_decision", WED, L("Brussels", 1, "Brussels commercial court"), "BE", "RU", optional=True,
      note="court ruling dismissing the Bank of Russia's suit: a judicial decision, not clearly a government "
           "decision about the war"),
    E("o13-4", "diplomatic_contact", WED, C(None, "unspecified (phone call)"), "BE", "UA", optional=True,
      note="phone call without a place"),
    E("o13-5", "diplomatic_contact", "2026-10-01", L("Copenhagen"), "BE", "UA", end="2026-10-31", prec="month",
      optional=True, note="recalled meeting 'in October' at an EU summit: vague date"),
]
STATEMENTS = [
    S("Pieter Claes", "BE", "we will look at other legal ways, including a coalition of willing member states",
      "Belgian foreign minister"),
    S("Grigory Pankov", "RU", "The response will be mirror-like and painful", "Russian deputy foreign minister"),
    S("Kateryna Holub", "UA", "Every euro of these assets should work for the defence of Ukraine",
      "Ukrainian deputy foreign minister"),
]
MUST_NOT = ["We use cookies to improve your experience and to measure audiences. Accept all | Manage preferences",
            "Continental Affairs Daily", "Europe · Security · Economy · Energy · Newsletters · Events",
            "By Ana Vrabie | 12 November 2026, 18:40 CET",
            "This article is part of our free coverage of the war in Ukraine. Subscribe for full access to our policy briefings.",
            "Read more:", "EU's 22nd sanctions package: what is in it and who is holding it up",
            "Explainer: How the immobilised Russian assets work", "Follow us on LinkedIn and Bluesky",
            "© 2026 Continental Affairs Daily. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
