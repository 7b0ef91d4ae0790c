from common import E, L, R, C, N, W, S, gold

TITLE = "What we know about the battle for Kupiansk, the town both sides say they hold"
TEXT = """TRANSATLANTIC PRESS
Top News | World | U.S. | Politics | Business | Science | Oddities
EXPLAINER
What we know about the battle for Kupiansk, the town both sides say they hold
By Jonah Weiss and Halyna Mazur
Updated 2:41 PM EET, November 26, 2025
Share
Copy link
Print
KYIV, Ukraine (TP) — Moscow says the town is taken. Kyiv says its soldiers are still there and pushing the Russians back. Here is what is known about the fight for Kupiansk, a rail hub on the Oskil River in Ukraine's northeastern Kharkiv region.

WHAT DOES RUSSIA SAY?

Russia's Defense Ministry said Tuesday that its troops had taken full control of Kupiansk and were "clearing the remaining pockets of resistance." Two days earlier, on Sunday, the ministry had announced the capture of Kurylivka, a village on the left bank of the river southeast of the town.

Russian military bloggers posted video of soldiers raising a flag near the town's central square. "The town is ours; what is left is sweeping the basements," wrote one of the best-known of them, who publishes under the name Sever-Z.

WHAT DOES UKRAINE SAY?

Ukraine's military called the Russian claim "a fantasy for the Kremlin's news bulletins." Its troops cleared the area around the central railway station on Monday and were still fighting small Russian groups in the northern districts of the town on Wednesday, said Oleksii Harbuz, a spokesman for the Joint Forces group.

"They are in some basements in the north, yes. They are not in control of anything. Every night we find two or three of them and every night there are fewer," Harbuz told TP.

The General Staff said its forces had repelled 11 Russian assaults near Kurylivka and Petropavlivka over the past day.

WHAT IS HAPPENING TO CIVILIANS?

Fewer than 800 people remain in the town, according to local authorities, most of them elderly. On Tuesday, Russian glide bombs struck Kupiansk-Vuzlovyi, a railway settlement south of the town, killing two civilians.

On Monday, the regional administration ordered the forced evacuation of families with children from twelve more villages around Kupiansk.

WHY DOES KUPIANSK MATTER?

Russian forces seized the town in the first days of the full-scale invasion in 2022; Ukraine took it back that September in a lightning counteroffensive. Its loss would open the way to the Oskil's left bank and, analysts say, give Moscow a symbolic victory as talks about a ceasefire continue.

"The fight is no longer about a line on a map. Both armies are using small groups, drones and fog, and the result is a town that nobody fully controls," said Emma Lindgren, a military analyst at the Baltic Institute for Defence Studies.

WHAT COMES NEXT?

If the Russian units in the north are cut off, Ukrainian commanders say, the town could be fully cleared within weeks. If they are reinforced, the fighting could spread to the eastern bank.
RELATED COVERAGE
Russia says it has captured two more villages in Ukraine's east
___
Follow TP's coverage of the war at https://transatlanticpress.example/russia-ukraine
Copyright 2025 Transatlantic Press. No part of this story may be republished or redistributed without permission.
"""
DOC = {"id": "kz15", "date": "2025-11-26", "source": "Transatlantic Press (US wire, explainer)",
       "url": "https://transatlanticpress.example/article/kupiansk-russia-ukraine-what-we-know-4b7c21", "text": TEXT}

D, TUE, MON, SUN = "2025-11-26", "2025-11-25", "2025-11-24", "2025-11-23"
EVENTS = [
    E("kz15-1", "territory_change", TUE, L("Kupiansk"), "RU", "UA", family=["armed_clash"],
      claimant="Russian Defense Ministry",
      note="'Russia's Defense Ministry said Tuesday that its troops had taken full control of Kupiansk': a capture "
           "claim on its claim day, required though denied (blind41 call 4)"),
    E("kz15-2", "territory_change", SUN, L("Kurylivka"), "RU", "UA", family=["armed_clash"],
      claimant="Russian Defense Ministry",
      note="'Two days earlier, on Sunday, the ministry had announced the capture of Kurylivka' (23 Nov; 'Two days "
           "earlier' than Tuesday): a capture claim on its claim day"),
    E("kz15-3", "territory_change", MON, L("Kupiansk"), "UA", "RU", family=["armed_clash"], claimant="Oleksii Harbuz",
      note="'Its troops cleared the area around the central railway station on Monday': clearing ground inside the town "
           "= Ukraine regains it (blind43 call 6), within the town = precision 1"),
    E("kz15-4", "armed_clash", D, L("Kupiansk"), "RU", "UA", claimant="Oleksii Harbuz",
      note="'still fighting small Russian groups in the northern districts of the town on Wednesday': a clash that day "
           "in the town; the Russian groups hold on inside Ukrainian-held ground (attacker RU)"),
    E("kz15-5", "armed_clash", TUE, L("Kurylivka", 2, "near Kurylivka"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian General Staff",
      note="'repelled 11 Russian assaults near Kurylivka and Petropavlivka over the past day': one clash per place "
           "(blind41 call 4), past-day range"),
    E("kz15-6", "armed_clash", TUE, L("Petropavlivka", 2, "near Petropavlivka"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian General Staff",
      note="same sentence, near Petropavlivka (697421, east of Kupiansk)"),
    E("kz15-7", "air_drone_strike", TUE, L("Kupiansk-Vuzlovyi"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="'On Tuesday, Russian glide bombs struck Kupiansk-Vuzlovyi … killing two civilians'"),
    E("kz15-8", "policy_decision", MON, L("Kupiansk", 2, "villages around Kupiansk"), "UA", None,
      note="'On Monday, the regional administration ordered the forced evacuation of families with children from twelve "
           "more villages around Kupiansk': an evacuation order about a named area = policy_decision there, precision 2 "
           "(blind45 call 4)"),
]
# Not events: the milbloggers' flag video (no day; the claim is kz15-1), 'Fewer than 800 people remain' (state), the
# seizure 'in the first days of the full-scale invasion in 2022' and the recapture 'that September' (history without
# days), 'talks about a ceasefire continue' (background), 'could be fully cleared within weeks' and 'could spread'
# (conditionals), the RELATED COVERAGE headline (furniture).
STATEMENTS = [
    S("Sever-Z", "RU", "what is left is sweeping the basements", "Russian military blogger"),
    S("Oleksii Harbuz", "UA", "Every night we find two or three of them", "spokesman, Joint Forces group"),
    S("Emma Lindgren", None, "a town that nobody fully controls", "military analyst, Baltic Institute for Defence Studies"),
]
# Not gold: the MoD's 'clearing the remaining pockets of resistance' and the Ukrainian military's 'a fantasy for the
# Kremlin's news bulletins' (institutional fragments).
MUST_NOT = ["TRANSATLANTIC PRESS", "Top News | World | U.S. | Politics | Business | Science | Oddities", "EXPLAINER",
            "By Jonah Weiss and Halyna Mazur", "Updated 2:41 PM EET, November 26, 2025", "Share", "Copy link", "Print",
            "RELATED COVERAGE", "Russia says it has captured two more villages in Ukraine's east", "___",
            "Follow TP's coverage of the war at https://transatlanticpress.example/russia-ukraine",
            "Copyright 2025 Transatlantic Press. No part of this story may be republished or redistributed without "
            "permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
