from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine, Russia agree to swap 1,200 prisoners each at Istanbul talks, no deal on ceasefire"
TEXT = """BOSPHORUS DAILY
Türkiye | World | Politics | Economy | Opinion | Sports
WORLD
Ukraine, Russia agree to swap 1,200 prisoners each at Istanbul talks, no deal on ceasefire
BD STAFF WITH WIRES
ISTANBUL
Published May 20, 2026 10:14
Copy link
WhatsApp | X | Facebook
Delegations from Ukraine and Russia agreed on Tuesday in Istanbul to exchange 1,200 prisoners of war each and to hand over the bodies of fallen soldiers, but made no progress toward a ceasefire, officials from both sides said after a third round of direct talks hosted by Türkiye.

The meeting at the Çırağan Palace, chaired by Türkiye's foreign minister, lasted a little under two hours. It was the first face-to-face contact between the two delegations since February.

"We came here for a ceasefire and we leave with an exchange. An exchange is important; it is not enough," Oleksandr Kyrylenko, deputy head of the Ukrainian delegation, told reporters outside the palace.

The Russian side said it had proposed a 30-day pause in strikes on energy facilities, provided Kyiv withdrew its troops from two more regions – a condition Ukraine rejected as "an ultimatum, not a proposal." Pavel Zorin, a spokesman for the Russian delegation, said Moscow was "ready to continue the dialogue at the level of experts."

The exchange would be carried out in stages, the first of them "within the coming weeks," according to the Turkish foreign ministry. Ankara offered to host a meeting of the two presidents if the working groups made progress, but neither Kyiv nor Moscow committed to a date.

"Türkiye has never closed its door to either side. As long as they are willing to sit at the same table, we will provide the table," said Serdar Yavuz, a spokesman for the Turkish foreign ministry.

The talks were overshadowed by an attack on a Turkish-owned ship in the Ukrainian Danube port of Izmail. A Russian drone hit the bulk carrier on Monday night as it was loading grain, injuring two crew members, Ukraine's regional authorities said. The Turkish foreign ministry said it had conveyed its "deep concern" to Moscow.

"The drone came in from the river side. We heard it, we shouted, and then the bridge windows were gone," said Captain Murat Kaya, the ship's master, who was not hurt.

Türkiye, a NATO member that controls access to the Black Sea through the Bosporus and Dardanelles straits, has maintained working ties with both Kyiv and Moscow since the start of the war in 2022.
Keep up with the latest news via our WhatsApp channel
Recommended
Türkiye's exports to Ukraine rise 14% in first quarter
"""
DOC = {"id": "kr12", "date": "2026-05-20", "source": "Bosphorus Daily (Turkish news site in English)",
       "url": "https://www.bosphorusdaily.example/world/ukraine-russia-agree-to-swap-1200-prisoners-at-istanbul-talks",
       "text": TEXT}

D, Y, MON = "2026-05-20", "2026-05-19", "2026-05-18"
EVENTS = [
    E("kr12-1", "diplomatic_contact", Y, L("Istanbul"), None, None,
      note="third round of direct talks 'on Tuesday in Istanbul', Çırağan Palace, chaired by Türkiye's foreign "
           "minister: meeting, sides null (blind36 call 9)"),
    E("kr12-2", "agreement", Y, L("Istanbul"), "UA", "RU", family=["diplomatic_contact"],
      note="'agreed … to exchange 1,200 prisoners of war each and to hand over the bodies': the deal reached at the "
           "meeting is an agreement (blind36 call 9); the exchange itself is future"),
    E("kr12-3", "air_drone_strike", MON, L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'A Russian drone hit the bulk carrier on Monday night' (18 May) in Izmail port: 2 crew injured"),
]
# Not events: 'made no progress toward a ceasefire' (negation), the Russian 'proposed a 30-day pause … provided Kyiv
# withdrew' (conditional proposal), rejected 'ultimatum', 'ready to continue the dialogue' (stance), the exchange 'would
# be carried out in stages … within the coming weeks' (future), Ankara's offer to host the presidents 'if' (conditional),
# the ministry's 'deep concern' (statement), 'since February' (the previous round, no day), 'since the start of the
# war in 2022' (history).
STATEMENTS = [
    S("Oleksandr Kyrylenko", "UA", "An exchange is important; it is not enough", "deputy head of the Ukrainian delegation"),
    S("Pavel Zorin", "RU", "ready to continue the dialogue at the level of experts",
      "spokesman for the Russian delegation"),
    S("Serdar Yavuz", "TR", "we will provide the table", "spokesman, Turkish foreign ministry"),
    S("Murat Kaya", "TR", "then the bridge windows were gone", "master of the bulk carrier"),
]
MUST_NOT = ["BOSPHORUS DAILY", "Türkiye | World | Politics | Economy | Opinion | Sports", "WORLD",
            "BD STAFF WITH WIRES", "ISTANBUL", "Published May 20, 2026 10:14", "Copy link",
            "WhatsApp | X | Facebook", "Keep up with the latest news via our WhatsApp channel", "Recommended",
            "Türkiye's exports to Ukraine rise 14% in first quarter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
