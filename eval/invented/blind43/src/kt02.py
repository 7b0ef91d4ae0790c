from common import E, L, R, C, N, W, S, gold

TITLE = "U.S. Clears Ukraine to Fire Long-Range Missiles Into Two Russian Regions"
TEXT = """Skip to contentSkip to site index
THE HUDSON CHRONICLE
Today's Paper
World | U.S. | Politics | Business | Opinion | Arts | Living
Europe
Advertisement
SKIP ADVERTISEMENT
Supported by
U.S. Clears Ukraine to Fire Long-Range Missiles Into Two Russian Regions
The decision, made after weeks of argument inside the administration, covers military targets in the Kursk and Bryansk regions. Moscow said it would respond.
Share full article
By Caroline Ames and Viktor Danylenko
Reporting from Washington and Kyiv
Jan. 14, 2026, 5:00 a.m. ET
The administration has authorized Ukraine to use American-made long-range missiles against military targets inside Russia's Kursk and Bryansk regions, two U.S. officials said on Tuesday, lifting a restriction that Kyiv had complained about for more than a year.

The president signed off on the change on Monday, after a meeting with his national security team that ran late into the evening, according to the officials, who were not authorized to discuss it publicly because the decision had not been formally announced. The permission does not extend to Moscow or to other parts of Russia, and officials said it could be widened only if Russia escalated its own attacks on Ukraine's cities.

The same afternoon, before the decision was final, the secretary of state received Ukraine's foreign minister at the State Department. A readout described the conversation as focused on "air defense, energy resilience and the diplomatic track."

Kyiv did not wait long. Late on Tuesday, Ukraine's General Staff announced an ATACMS strike on an ammunition depot near Karachev, a town in the Bryansk region some 70 miles from the border, saying secondary detonations had continued for hours.

Russia's Defense Ministry gave a different account. Six ATACMS had been fired at the Bryansk region on Tuesday evening, it said, and five of them had been shot down; fragments of the sixth had damaged "a warehouse," with no one hurt.

"Depots within a hundred miles of the border are exactly where Russia stages its glide-bomb campaign against Kharkiv and Sumy," said Megan Torvik, a former Pentagon official who is now a fellow at the Lindell Institute. "Until now, they were safe by our choice, not by theirs."

The decision came as Russia pressed on with its own strikes. On Tuesday evening, a ballistic missile hit the center of Sumy, killing two people and wounding 14, the city's acting mayor said.

"For a year we watched the planes that bomb Kharkiv take off from airfields we were not allowed to touch," said Halyna Voronko, a member of the Ukrainian Parliament's national security committee. "A depot near Karachev is a start."

The Kremlin spokesman said Washington had "crossed a line knowingly" and that Russia would respond "at a moment of its choosing." He did not say how.

Asked about the strike, a State Department spokesman, Derek Olanrewaju, declined to discuss targeting. "What I can tell you is that Ukraine has the right to defend itself against attacks launched from Russian soil, and we are helping it do so," he said.

The Pentagon is expected to announce a new $300 million package of munitions next week, and several Republican senators said they would push for a vote on further sanctions on Russian oil buyers before the end of the month.
Caroline Ames covers the Pentagon and national security for The Hudson Chronicle. Viktor Danylenko reports from Kyiv.
A version of this article appears in print on Jan. 15, 2026, Section A, Page 6 of the New York edition with the headline: U.S. Lets Kyiv Hit Deeper Into Russia.
"""
DOC = {"id": "kt02", "date": "2026-01-14", "source": "The Hudson Chronicle (US newspaper website)",
       "url": "https://www.hudsonchronicle.example/2026/01/14/world/europe/ukraine-long-range-missiles-russia.html",
       "text": TEXT}

D, TUE, MON = "2026-01-14", "2026-01-13", "2026-01-12"
EVENTS = [
    E("kt02-1", "policy_decision", MON, C("US", "United States"), "US", "UA",
      note="'The president signed off on the change on Monday' (12 Jan; officials 'said on Tuesday'): the "
           "permission is a government decision, dated the day it was made, at the deciding country (precision 4)"),
    E("kt02-2", "diplomatic_contact", MON, L("Washington"), "US", "UA",
      note="'The same afternoon' (= Monday) 'the secretary of state received Ukraine's foreign minister at the State "
           "Department': meeting at a named venue (Washington), the host who 'received' (the subject) as actor1"),
    E("kt02-3", "missile_artillery_strike", TUE, L("Karachev", 2, "near Karachev"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "ATACMS", launched=N(6))],
      claimant="Ukrainian General Staff; Russian Defense Ministry",
      note="'Late on Tuesday' the General Staff announced an ATACMS strike on an ammunition depot near Karachev; the "
           "MoD's version of the same strike: six fired at the Bryansk region 'on Tuesday evening', fragments of the "
           "sixth damaged 'a warehouse', 'no one hurt' -> one event (claimed vs minimised, blind38 call 4), 0/0, near "
           "X = precision 2"),
    E("kt02-4", "interception", TUE, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="kt02-3",
      weapons=[W("ballistic_missile", "ATACMS", intercepted=N(5))], claimant="Russian Defense Ministry",
      note="MoD: 'five of them had been shot down' over the Bryansk region: the defender's interception, a separate "
           "event (blind38 call 4)"),
    E("kt02-5", "missile_artillery_strike", TUE, L("Sumy"), "RU", "UA", fat=N(2), inj=N(14),
      weapons=[W("ballistic_missile")],
      note="'On Tuesday evening, a ballistic missile hit the center of Sumy, killing two people and wounding 14'"),
]
# Not events: the restriction 'Kyiv had complained about for more than a year' (history), 'does not extend to Moscow'
# (negation), 'could be widened only if Russia escalated' (conditional), the readout's topics, the Kremlin's 'would
# respond "at a moment of its choosing"' (threat), 'a depot near Karachev is a start' (opinion), the $300 million
# package 'expected … next week' (plan), senators 'would push for a vote' (plan), the dek's summary (repeats kt02-1).
STATEMENTS = [
    S("Megan Torvik", None, "Until now, they were safe by our choice, not by theirs",
      "former Pentagon official, fellow at the Lindell Institute"),
    S("Halyna Voronko", "UA", "we watched the planes that bomb Kharkiv take off from airfields we were not allowed to touch",
      "member of the Ukrainian Parliament's national security committee"),
    S("Derek Olanrewaju", "US", "Ukraine has the right to defend itself against attacks launched from Russian soil",
      "State Department spokesman"),
]
# Not gold: the readout's 'air defense, energy resilience and the diplomatic track' (document fragment), the Kremlin
# spokesman's 'crossed a line knowingly' and 'at a moment of its choosing' (title-only speaker), the MoD's 'a
# warehouse' (fragment).
MUST_NOT = ["Skip to contentSkip to site index", "THE HUDSON CHRONICLE", "Today's Paper",
            "World | U.S. | Politics | Business | Opinion | Arts | Living", "Europe", "Advertisement", "SKIP ADVERTISEMENT",
            "Supported by", "Share full article", "By Caroline Ames and Viktor Danylenko", "Reporting from Washington and Kyiv",
            "Jan. 14, 2026, 5:00 a.m. ET",
            "Caroline Ames covers the Pentagon and national security for The Hudson Chronicle. Viktor Danylenko reports "
            "from Kyiv.",
            "A version of this article appears in print on Jan. 15, 2026, Section A, Page 6 of the New York edition with "
            "the headline: U.S. Lets Kyiv Hit Deeper Into Russia."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
