from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, INT, DIP, POL

TITLE = "Lucerne summit: many signatures, little else — and a missile on Kyiv as the guests arrived"
TEXT = """ZÜRCHER ABENDPOST
International edition in English
Switzerland | International | Economy | Culture | Opinion
International › Ukraine
Lucerne summit: many signatures, little else — and a missile on Kyiv as the guests arrived
Thirty-eight governments came to the lake. Russia was not invited, China stayed away, and the communiqué says what everyone already knew.
Marc Vogel, Lucerne
17.05.2026, 06.00 Uhr · 5 min
For one day, Lucerne was the capital of European diplomacy. Heads of state and government and ministers from 38 countries, together with the Ukrainian president, met on Saturday in the congress centre on the lakeshore to discuss what a lasting peace in Ukraine might look like.

What they produced is a communiqué of two pages. It calls for the return of deported children, for safe navigation in the Black Sea and for the protection of nuclear plants — the same three points that earlier conferences had already agreed on. Thirty-three delegations signed it. Brazil, India, Saudi Arabia, South Africa and Indonesia sent observers and did not sign.

"A summit is not a ceasefire, and nobody here pretended it was. But a text that thirty-three governments sign is a floor below which nobody can fall," said Regula Stähli, the Swiss diplomat who led the preparations.

Hours before the delegations' cars lined up at the congress centre, the war reminded them of itself. Russia launched two ballistic missiles and 58 drones at Ukraine overnight, the Ukrainian air force said; 40 of the drones were shot down. One of the missiles struck an apartment building in Kyiv's Holosiivskyi district in the early hours of Saturday, killing three people. In the afternoon, the Ukrainian president showed the hall a photograph of the building.

It was not the first such reminder this month. On 2 May, a missile killed nine people in Odesa, most of them at a bus stop near the railway station.

"They strike before every meeting. We have stopped taking it personally; we take it as their answer," said Mykhailo Rudenko, an adviser to the Ukrainian delegation.

Switzerland, neutral and mindful of it, was careful with its own role. On Wednesday the Federal Council approved a further 1.2 billion francs for Ukraine's reconstruction until 2028, a sum focused on demining, energy and housing; arms exports remain excluded by law. On Friday evening the Ukrainian president was received in Bern, where he held talks with the Swiss president on the reconstruction programme and on the re-export of Swiss-made ammunition, which Bern still refuses.

Moscow dismissed the summit in advance as "a meeting about Russia without Russia". The Kremlin has said it would take part in a future conference only if its "new territorial realities" were recognised.

The next meeting of this format is to be held in Oslo in the autumn. Whether it will bring more than another communiqué depends less on the hosts than on what happens at the front in the summer.
Abo: read everything for CHF 1 in the first month
Copyright © Zürcher Abendpost AG. All rights reserved. Any further use only with the permission of the publisher.
"""
DOC = {"id": "ls11", "date": "2026-05-17", "source": "Zürcher Abendpost (Swiss paper, English edition)",
       "url": "https://abendpost.example/international/ukraine/lucerne-summit-communique-ld.1913387", "text": TEXT}

D, SAT, FRI, WED = "2026-05-17", "2026-05-16", "2026-05-15", "2026-05-13"
WAVE = "ls11-3"
EVENTS = [
    E("ls11-1", DIP, SAT, L("Lucerne"), None, None,
      note="'Heads of state and government and ministers from 38 countries, together with the Ukrainian president, met "
           "on Saturday in the congress centre on the lakeshore' -> a multilateral meeting, sides null (blind13 call "
           "10), Sat 16 May (Sunday paper), Lucerne (CH-LU); the communiqué and its signatures are part of it"),
    E("ls11-2", DIP, FRI, L("Bern"), "UA", "CH",
      note="'On Friday evening the Ukrainian president was received in Bern, where he held talks with the Swiss "
           "president' -> the visitor who holds talks is actor1, at Bern, Fri 15 May"),
    E(WAVE, MAS, SAT, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", launched=N(2)), W("drone", launched=N(58))],
      note="'Russia launched two ballistic missiles and 58 drones at Ukraine overnight' -> the night before the Saturday "
           "summit ('Hours before the delegations' cars lined up'), Sat 16 May; typed by its missiles"),
    E("ls11-4", INT, SAT, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, weapons=[W("drone", intercepted=N(40))],
      claimant="Ukrainian Air Force", note="'40 of the drones were shot down' -> the wave's interception"),
    E("ls11-5", MAS, SAT, L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(3), weapons=[W("ballistic_missile", launched=N(1))],
      note="'One of the missiles struck an apartment building in Kyiv's Holosiivskyi district in the early hours of "
           "Saturday, killing three people' -> Sat 16 May, the district is the city; one of the two ballistic missiles"),
    E("ls11-6", MAS, "2026-05-02", L("Odesa"), None, "UA", fat=N(9), weapons=[W("missile", launched=N(1))],
      note="recap with its own date: 'On 2 May, a missile killed nine people in Odesa' -> required on 2 May (a recalled "
           "event with a day); agentless -> actor1 null"),
    E("ls11-7", POL, WED, C("CH", "Switzerland"), "CH", "UA", claimant="Swiss Federal Council",
      note="'On Wednesday the Federal Council approved a further 1.2 billion francs for Ukraine's reconstruction' -> an "
           "aid decision at the deciding country, Wed 13 May; 'arms exports remain excluded by law' is a standing rule"),
]
# Not events: what the communiqué 'calls for' (demands), 'the same three points that earlier conferences had already
# agreed on' (history), the observers who 'did not sign' (negation), the president showing a photograph (part of the
# meeting), 'It was not the first such reminder' (summary), Rudenko's 'They strike before every meeting' (habit), Bern
# 'still refuses' re-export (standing refusal), Moscow's dismissal 'in advance' and the Kremlin's 'would take part … only
# if' (conditional), the next meeting 'in Oslo in the autumn' (plan). Not gold statements: the Kremlin's "a meeting about
# Russia without Russia" and "new territorial realities" (institution, title only). The standfirst stays as text.
STATEMENTS = [
    S("Regula Stähli", "CH", "A summit is not a ceasefire, and nobody here pretended it was", "Swiss diplomat, summit preparations"),
    S("Mykhailo Rudenko", "UA", "we take it as their answer", "adviser to the Ukrainian delegation"),
]
MUST_NOT = ["ZÜRCHER ABENDPOST", "International edition in English", "Switzerland | International | Economy | Culture | Opinion",
            "International › Ukraine", "Marc Vogel, Lucerne", "17.05.2026, 06.00 Uhr · 5 min",
            "Abo: read everything for CHF 1 in the first month",
            "Copyright © Zürcher Abendpost AG. All rights reserved. Any further use only with the permission of the publisher."]
EVIDENCE = {
    "ls11-1": "Heads of state and government and ministers from 38 countries, together with the Ukrainian president, met on Saturday in the congress centre on the lakeshore",
    "ls11-2": "On Friday evening the Ukrainian president was received in Bern, where he held talks with the Swiss president",
    "ls11-3": "Russia launched two ballistic missiles and 58 drones at Ukraine overnight, the Ukrainian air force said",
    "ls11-4": "40 of the drones were shot down",
    "ls11-5": "One of the missiles struck an apartment building in Kyiv's Holosiivskyi district in the early hours of Saturday, killing three people.",
    "ls11-6": "On 2 May, a missile killed nine people in Odesa, most of them at a bus stop near the railway station.",
    "ls11-7": "On Wednesday the Federal Council approved a further 1.2 billion francs for Ukraine's reconstruction until 2028",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
