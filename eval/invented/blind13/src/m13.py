from common import E, L, R, C, N, W, S, gold

TITLE = "Allies pledge air defence cash as EU sanctions package stalls again"
TEXT = """BEACON EUROPE
Policy | Defense | Trade | Energy | Newsletters | Events
SECURITY
Allies pledge air defence cash as EU sanctions package stalls again
Norway and the Netherlands lead new commitments at the Contact Group; Slovakia keeps the 24th package on ice.
By Lisa Brandt and Piotr Nowicki
May 21, 2026 7:02 am CET
5 minutes read
Gift this article

BRUSSELS — Ukraine's backers promised fresh money for air defence and drones on Wednesday, but the EU's latest sanctions package remained stuck, leaving Kyiv with a familiar mix of pledges and open questions.

Defence ministers and officials from around 50 countries met at NATO headquarters in Brussels for the Ukraine Defense Contact Group, hours after a Russian ballistic missile hit the port of Odesa overnight, killing three dock workers, according to Ukrainian officials.

Norway announced at the meeting that it would provide 4 billion kroner (€345 million) for air defence, most of it to buy interceptors. The Netherlands had already said on Tuesday in The Hague that it would fund €250 million worth of interceptor drones produced in Ukraine.

"We are not talking about symbolic gestures. This is money for things that will be in Ukraine before next winter," said Eelco van den Berg, a spokesperson for the Dutch defence ministry.

What was missing was a big new American commitment. Washington sent a deputy assistant secretary rather than the defence secretary, and US officials declined to say whether any new package was being prepared.

Sanctions, meanwhile, stalled again. EU ambassadors failed to approve the 24th sanctions package on Wednesday after Slovakia said it could not accept a proposed ban on Russian LNG transshipment without guarantees for its own gas supply. Diplomats said a fresh attempt would be made on Friday, and that if Bratislava did not move, the package could be split.

The US Treasury, by contrast, added 31 companies and 12 tankers of Russia's "shadow fleet" to its sanctions list on Tuesday, targeting firms in the UAE and Hong Kong that it said help Moscow evade the oil price cap.

Moscow called the new measures illegal and said it would respond "in a way that Western capitals will feel". The Kremlin did not say what that would be.

"Every package now is a fight, and the fights get longer," said Jonas Keller, a sanctions specialist at the Berlin-based Centre for European Strategy. "The question is whether Europe still has the appetite to use the frozen assets, because that is the only lever big enough to matter."

The European Commission has proposed using the proceeds of immobilised Russian central bank assets to fund a loan of up to €90 billion for Ukraine's defence in 2027, but Belgium, where most of the assets are held, wants guarantees from other member states before agreeing.

Since February 2022, the EU and its member states have provided about €180 billion in military, financial and humanitarian support to Ukraine, according to Commission figures.

The Contact Group is due to meet again in July, on the margins of the NATO summit.

This article has been updated with the Treasury announcement.

Sign up for Beacon Europe's Security Brief, delivered every weekday morning.
Beacon Europe © 2026. All rights reserved.
"""
DOC = {"id": "m13", "date": "2026-05-21", "source": "Beacon Europe",
       "url": "https://www.beacon-europe.example/security/allies-pledge-air-defence-cash-eu-sanctions-stall/", "text": TEXT}

D = "2026-05-21"
WED = "2026-05-20"
EVENTS = [
    E("m13-1", "diplomatic_contact", WED, L("Brussels"), None, None, claimant="Beacon Europe",
      note="Contact Group meeting at NATO headquarters in Brussels 'on Wednesday': multilateral, sides null "
           "(blind10 call 10)"),
    E("m13-2", "missile_artillery_strike", WED, L("Odesa", name="port of Odesa"), "RU", "UA", fat=N(3),
      weapons=[W("ballistic_missile")], claimant="Ukrainian officials",
      note="'hours after … overnight' relative to the Wednesday meeting: the night into Wednesday, 20 May (not the "
           "publication morning)"),
    E("m13-3", "policy_decision", WED, L("Brussels"), "NO", "UA", claimant="Norway",
      note="Norway's 4 billion kroner pledge, announced at the meeting: placed where announced (Brussels)"),
    E("m13-4", "policy_decision", "2026-05-19", L("The Hague"), "NL", "UA", claimant="Netherlands",
      note="'had already said on Tuesday in The Hague': €250m for interceptor drones (19 May)"),
    E("m13-5", "diplomatic_contact", WED, L("Brussels"), None, None, optional=True,
      note="EU ambassadors' meeting that 'failed to approve' the package: the failure is not an event, the meeting "
           "optional (blind10 call 10)"),
    E("m13-6", "policy_decision", "2026-05-19", C("US", "United States"), "US", "RU", claimant="US Treasury",
      note="US Treasury sanctions listing 'on Tuesday'; no place named ('Washington' elsewhere is metonymy) -> "
           "country (blind4 call 12)"),
]
STATEMENTS = [
    S("Eelco van den Berg", "NL", "This is money for things that will be in Ukraine before next winter",
      "spokesperson, Dutch defence ministry"),
    S("Jonas Keller", None, "Every package now is a fight, and the fights get longer", "sanctions specialist"),
]
MUST_NOT = ["BEACON EUROPE", "Policy | Defense | Trade | Energy | Newsletters | Events", "SECURITY",
            "By Lisa Brandt and Piotr Nowicki", "May 21, 2026 7:02 am CET", "5 minutes read", "Gift this article",
            "This article has been updated with the Treasury announcement.",
            "Sign up for Beacon Europe's Security Brief, delivered every weekday morning.",
            "Beacon Europe © 2026. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
