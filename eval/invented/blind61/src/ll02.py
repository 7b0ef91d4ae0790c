from common import E, L, R, C, N, W, S, H, P, gold, MAS, ADS, INT, AGR, DIP

TITLE = "Istanbul talks end in an hour with deal on new prisoner swap, but no ceasefire"
TEXT = """TKR WORLD
Türkiye | World | Business | Sport | Video | Live TV
EUROPE
Istanbul talks end in an hour with deal on new prisoner swap, but no ceasefire
Türkiye's top diplomat presided over the second round of direct Russia-Ukraine negotiations at Ciragan Palace
by TKR World and agencies
03 JUN 2025 · 11:40 GMT+3
Share: Facebook · X · LinkedIn · WhatsApp
Photo: TKR / Anadolu pool
ISTANBUL — The second round of direct talks between Russian and Ukrainian delegations wrapped up in Istanbul on Monday after little more than an hour, producing an agreement to swap more prisoners of war and to hand back the bodies of thousands of fallen soldiers, but no truce.

Hosted by Türkiye at the Ciragan Palace on the European shore of the Bosphorus, the session was opened by the Turkish foreign minister, who urged both delegations to turn "the language of the battlefield into the language of the table."

Under the memorandum the two sides agreed on Monday, each will release all seriously wounded prisoners and all those aged between 18 and 25 — between 1,000 and 1,200 people from each side, according to Ukraine's delegation head. The first handovers are expected at the weekend.

"We flew in hoping for a truce and we fly home with a humanitarian deal. It is less than we wanted, but it will bring people home," said Oleksandr Kravets, one of the Ukrainian negotiators, speaking to TKR World outside the palace.

Moscow's negotiators handed over a document setting out Russia's conditions for a ceasefire, which Kyiv said it would study. "The paper is on the table. Now the next move belongs to Kyiv," said Vadim Korolyov, an adviser to the Russian delegation.

The first round, held at the Dolmabahce Palace on 16 May, led to the largest exchange of the war, a thousand prisoners for a thousand.

Monday's meeting took place a day after Ukraine's security service said its drones had struck Russian strategic bombers parked at airfields deep inside Russia, an operation Moscow called a terrorist act.

Late on Monday, drones struck Izmail, a port on the Danube, damaging a Turkish-owned cargo ship that was loading grain; two of its Turkish crew members were slightly hurt, the Transport and Infrastructure Ministry in Ankara said.

Overnight into Tuesday, Russia launched 112 drones and five missiles at Ukraine, 86 and two of which respectively were destroyed, according to the Ukrainian air force. In Sumy, a ballistic missile struck a street in the city centre at around 4:30am local time, killing two people and wounding fourteen, the city's acting mayor said.

On Tuesday morning, the Turkish president held a phone call with the Russian president and said Türkiye stood ready to bring the leaders of Russia, Ukraine and the United States together in Istanbul or Ankara.

Selin Aktas, a researcher at the Bosphorus Centre for Regional Studies, said Türkiye remained the one venue where both delegations still agreed to sit at the same table, and that Ankara knew how much that was worth.
Related: Explained — how Türkiye kept a channel open between Moscow and Kyiv
Source: TKR World and agencies
© 2025 TKR. All rights reserved.
"""
DOC = {"id": "ll02", "date": "2025-06-03", "source": "TKR World (English site of a Turkish state broadcaster)",
       "url": "https://www.tkrworld.example/europe/istanbul-talks-end-in-an-hour-with-deal-on-new-prisoner-swap-18394",
       "text": TEXT}

D, MON, SUN = "2025-06-03", "2025-06-02", "2025-06-01"
W1 = "ll02-6"
EVENTS = [
    E("ll02-1", DIP, MON, L("Istanbul"), None, None,
      note="'The second round of direct talks between Russian and Ukrainian delegations wrapped up in Istanbul on "
           "Monday' (Tuesday page -> 2 Jun), hosted by Türkiye at the Ciragan Palace: a meeting at a named place; "
           "three parties with the host presiding -> sides null (multilateral, blind49 kz03-3)"),
    E("ll02-2", AGR, MON, L("Istanbul"), "UA", "RU",
      note="'Under the memorandum the two sides agreed on Monday, each will release all seriously wounded prisoners "
           "and all those aged between 18 and 25': a deal between the warring parties struck at the Istanbul talks "
           "(the place is named, unlike a swap without venue); the handovers 'expected at the weekend' are future; "
           "sides as for exchanges (UA, RU)"),
    E("ll02-3", DIP, "2025-05-16", L("Istanbul"), None, None,
      note="recap with its own date: 'The first round, held at the Dolmabahce Palace on 16 May' (Istanbul): a "
           "recalled meeting with a day is required; sides null as for the second round; the 'thousand prisoners for "
           "a thousand' exchange it led to has no day here"),
    E("ll02-4", ADS, SUN, C("RU", "Russia"), "UA", "RU", weapons=[W("drone")],
      note="'a day after' Monday's meeting (-> Sunday 1 Jun) 'its drones had struck Russian strategic bombers parked at "
           "airfields deep inside Russia': UA -> RU; no airfield named -> country precision"),
    E("ll02-5", ADS, MON, L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'Late on Monday, drones struck Izmail, a port on the Danube, damaging a Turkish-owned cargo ship … two of its "
           "Turkish crew members were slightly hurt': the attack is on a Ukrainian port -> RU -> UA (blind51 lb07-1), "
           "the foreign crew counted; the attacker is not named but Izmail is hit by Russian drones"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("drone", launched=N(112)), W("missile", launched=N(5))],
      note="'Overnight into Tuesday, Russia launched 112 drones and five missiles' -> 3 Jun, the nationwide wave typed "
           "by the missiles (kind not said -> `missile`)"),
    E("ll02-7", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian air force",
      weapons=[W("drone", intercepted=N(86)), W("missile", intercepted=N(2))],
      note="'86 and two of which respectively were destroyed': 'respectively' maps 86 to the drones and two to the "
           "missiles"),
    E("ll02-8", MAS, D, L("Sumy"), "RU", "UA", parent=W1, fat=N(2), inj=N(14), weapons=[W("ballistic_missile")],
      note="'In Sumy, a ballistic missile struck a street in the city centre at around 4:30am local time, killing two "
           "people and wounding fourteen' (number in words)"),
    E("ll02-9", DIP, D, P(), "TR", "RU",
      note="'On Tuesday morning, the Turkish president held a phone call with the Russian president': a phone call, "
           "no place (blind51 lb07-5); the offer to host a leaders' meeting is a plan"),
]
# Not events: the foreign minister's opening words (title-only speaker, not a gold statement), the first handovers
# 'expected at the weekend' (future), the Russian conditions document 'which Kyiv said it would study' (part of the
# meeting, a plan), the 'thousand prisoners for a thousand' exchange (no day), Moscow's 'terrorist act' (its word on
# ll02-4), the offer to host leaders in Istanbul or Ankara (plan); Aktas's view is reported speech (no gold statement). The standfirst line under the title is text.
STATEMENTS = [
    S("Oleksandr Kravets", "UA", "we fly home with a humanitarian deal",
      "member of the Ukrainian delegation"),
    S("Vadim Korolyov", "RU", "Now the next move belongs to Kyiv", "adviser to the Russian delegation"),
]
MUST_NOT = ["TKR WORLD", "Türkiye | World | Business | Sport | Video | Live TV", "EUROPE", "by TKR World and agencies",
            "03 JUN 2025 · 11:40 GMT+3", "Share: Facebook · X · LinkedIn · WhatsApp", "Photo: TKR / Anadolu pool",
            "Related: Explained — how Türkiye kept a channel open between Moscow and Kyiv",
            "Source: TKR World and agencies", "© 2025 TKR. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
