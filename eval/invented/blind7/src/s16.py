from common import E, L, R, C, N, W, S, gold

TITLE = "Explainer: How do prisoner exchanges between Ukraine and Russia work?"
TEXT = """Northbound Broadcasting — NBD World Desk
Explainers
Explainer: How do prisoner exchanges between Ukraine and Russia work?
Updated June 8, 2026, 7:30 AM UTC / Source: NBD World Desk
By Rachel Ostrowski
Add NBD World Desk on Google
Share · Tweet · Email · Print

More than 200 Ukrainian soldiers and civilians returned home on Friday in the latest prisoner exchange between Ukraine and Russia, which was again mediated by the United Arab Emirates. Ukraine's coordination headquarters for the treatment of prisoners of war said 210 Ukrainians had been freed; Russia's defence ministry said 210 Russian servicemen had been returned in return.

On Sunday, hundreds of relatives of Ukrainians still held in Russia rallied in central Kyiv, carrying portraits of their loved ones and demanding an "all for all" exchange. The rally passed peacefully.

Swaps like Friday's have become one of the few areas in which Kyiv and Moscow still cooperate. Here is how they work.

How many exchanges have there been?

Ukraine says more than 70 exchanges have taken place since the start of the full-scale invasion in February 2022, bringing home more than 6,000 people. The first swap took place in March 2022, just weeks after the invasion began, when one Russian serviceman was exchanged for a Ukrainian officer. Some of the largest exchanges followed the fall of the Azovstal steelworks in Mariupol in May 2022, when hundreds of defenders of the plant surrendered and were taken to Russian-held territory.

Exchanges paused for months at a time, sometimes because of disagreements over lists, sometimes because of events on the battlefield. After Ukraine's incursion into Russia's Kursk region in August 2024, Kyiv had hundreds of Russian conscripts in captivity, which increased its leverage.

Who organises them?

In Ukraine, exchanges are run by the coordination headquarters, a body that brings together military intelligence, the Security Service, the ombudsman and other agencies. On the Russian side, the defence ministry and the Federal Security Service are in charge. Negotiations are usually conducted through intermediaries: the United Arab Emirates has mediated most of the swaps since 2024, and Turkey, Qatar and Saudi Arabia have also helped.

"Every exchange is the result of months of work. Nothing is agreed until the buses cross the line," said Yevhen Koval, a spokesman for the coordination headquarters. "We fight for every name on the list."

Lists are the hardest part. Each side proposes names, and each side can refuse. Ukraine prioritises the seriously wounded, the sick, and people who have been held the longest. Russia, Ukrainian officials say, often refuses to release defenders of Mariupol and soldiers it has prosecuted in its own courts.

Where do the exchanges take place?

Most swaps take place on Ukraine's border with Belarus, in an area that both sides agree not to strike during the handover. The freed prisoners are usually taken to a hospital in the Chernihiv region for medical checks before they are reunited with their families. The details are rarely made public for security reasons.

What about civilians?

Thousands of Ukrainian civilians are believed to be held in Russia, many of them detained in occupied areas. International law does not allow civilians to be used in exchanges, but Kyiv has managed to include some of them in recent swaps. Ukraine's ombudsman, Halyna Stepaniuk, says at least 16,000 civilians remain in Russian detention, a figure that cannot be independently verified.

Could there be an "all for all" exchange?

Kyiv has repeatedly proposed exchanging all prisoners held by both sides. Moscow has so far rejected the idea. Because Ukraine holds far fewer Russian prisoners than Russia holds Ukrainians, an "all for all" swap would mainly benefit Ukraine. Analysts say such a deal would probably be possible only as part of a wider ceasefire agreement.

"If there is a ceasefire, the first thing we will demand is the release of everyone," Stepaniuk told NBD World Desk last month. "Until then, we will bring them back in groups of one hundred, two hundred — as many as we can."

What happens to prisoners after they return?

Returned soldiers receive medical and psychological treatment and a payment from the state. Many report torture, hunger and beatings in Russian captivity, which UN monitors have documented since 2022. Russia denies mistreating prisoners.

The next exchange has not been announced. The coordination headquarters said on Friday that work on new lists was "already under way."

Related: The families waiting for Ukraine's missing soldiers
Watch: Freed prisoners arrive home after months in captivity
Copyright © 2026 Northbound Broadcasting. All rights reserved.
"""
DOC = {"id": "s16", "date": "2026-06-08", "source": "NBD World Desk (Western broadcaster explainer)",
       "url": "https://www.nbdworlddesk.example/news/world/explainer-prisoner-exchanges-ukraine-russia", "text": TEXT}

EVENTS = [
    E("s16-1", "agreement", "2026-06-05", C(None, "place not given"), "UA", "RU",
      claimant="coordination headquarters / Russian defence ministry",
      note="210-for-210 exchange on Friday, UAE mediation; the usual place (Belarus border) is background, not this swap's"),
    E("s16-2", "protest", "2026-06-07", L("Kyiv"), "UA", None, note="peaceful rally of POW relatives on Sunday"),
]
STATEMENTS = [
    S("Yevhen Koval", "UA", "Nothing is agreed until the buses cross the line", "spokesman, coordination headquarters"),
    S("Halyna Stepaniuk", "UA", "the first thing we will demand is the release of everyone", "Ukrainian ombudsman"),
]
MUST_NOT = ["Northbound Broadcasting — NBD World Desk", "Explainers",
            "Updated June 8, 2026, 7:30 AM UTC / Source: NBD World Desk", "By Rachel Ostrowski",
            "Add NBD World Desk on Google", "Share · Tweet · Email · Print",
            "Related: The families waiting for Ukraine's missing soldiers",
            "Watch: Freed prisoners arrive home after months in captivity",
            "Copyright © 2026 Northbound Broadcasting. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
