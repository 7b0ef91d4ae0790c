from common import E, L, R, C, N, W, S, gold

TITLE = "Cabinet adds CZK 1.5 billion to ammunition initiative as Ukrainian prime minister visits Prague"
TEXT = """VLTAVA REPORT
Czech news in English since 1996
Čeština | Deutsch | English | Français | Español | Русский
News | Politics | Business | Culture | Czech History | Podcasts
25/04/2024
Author: Petra Horáková
Listen to this article
Cabinet adds CZK 1.5 billion to ammunition initiative as Ukrainian prime minister visits Prague
The Czech government on Wednesday approved a further CZK 1.5 billion, roughly EUR 60 million, for the initiative that buys artillery ammunition for Ukraine from countries outside the European Union. The decision was announced a few hours before Ukraine's prime minister landed in Prague.

"The money approved today will buy roughly another ninety thousand rounds. We are not stopping, and we are not asking anyone for permission," Markéta Dvořáková, a spokeswoman for the Defence Ministry, said on Wednesday evening.

On Thursday morning, the Ukrainian prime minister held talks with his Czech counterpart at the Kramář Villa, the premier's official residence. The two discussed the ammunition initiative, repairs to Ukraine's power grid and the reconstruction of a hospital in the Kharkiv region financed by Czech donors. A joint press conference is scheduled for the afternoon.

The first shells bought through the initiative reached Ukraine in early April, according to the government. Their number has not been published.

"Czech shells are fired on the Donetsk front within weeks of arriving. The soldiers know the crates by now," Ukraine's ambassador in Prague, Bohdan Kostiuk, told Vltava Report.

The visit came after another night of Russian strikes. On Wednesday evening, a ballistic missile came down on a residential neighbourhood of Kryvyi Rih, injuring seven people, two of them children, Ukrainian officials said.

Separately, police said on Thursday that they had detained a 34-year-old Czech citizen in Prague on Tuesday on suspicion of passing information about the transport of military materiel to Russian military intelligence. If convicted, he could be jailed for up to two decades.

The Russian embassy in Prague accused the government of "prolonging the bloodshed" and warned that Czech citizens taking part in the supply chain could become legitimate targets. Opposition lawmakers said they would demand a parliamentary debate on the cost of the initiative next month.

"The initiative works because it asks no questions about where the shells come from, only whether they fire," said Ondřej Svoboda, a security analyst at the Prague Institute for European Policy. "That is also why other capitals are nervous about copying it."
Related articles
Czech-funded artillery shells: how the initiative works
The website uses cookies to improve your experience. Find out more.
© Vltava Report 2024
"""
DOC = {"id": "kt12", "date": "2024-04-25", "source": "Vltava Report (Czech public broadcaster's English service)",
       "url": "https://vltavareport.example/en/politics/cabinet-adds-czk-15-billion-ammunition-initiative", "text": TEXT}

D, WED, TUE = "2024-04-25", "2024-04-24", "2024-04-23"
EVENTS = [
    E("kt12-1", "policy_decision", WED, C("CZ", "Czech Republic"), "CZ", "UA",
      note="'The Czech government on Wednesday approved a further CZK 1.5 billion' for the ammunition initiative: aid "
           "decision at the deciding country (precision 4)"),
    E("kt12-2", "diplomatic_contact", D, L("Prague"), "UA", "CZ",
      note="'On Thursday morning, the Ukrainian prime minister held talks with his Czech counterpart at the Kramář "
           "Villa' (Prague): a meeting at a named venue; the visitor as actor1 (blind42 ks03-14)"),
    E("kt12-3", "missile_artillery_strike", WED, L("Kryvyi Rih"), "RU", "UA", inj=N(7), weapons=[W("ballistic_missile")],
      note="'On Wednesday evening, a ballistic missile came down on a residential neighbourhood of Kryvyi Rih, "
           "injuring seven'"),
    E("kt12-4", "arrest", TUE, L("Prague"), "CZ", None,
      note="police 'said on Thursday that they had detained a 34-year-old Czech citizen in Prague on Tuesday' (23 Apr): "
           "an arrest dated the detention day, not the announcement"),
]
# Not events: 'The decision was announced a few hours before … landed' (the landing is part of the visit), the press
# conference 'scheduled for the afternoon' (future), 'reached Ukraine in early April' (no day), 'If convicted, he could be
# jailed' (conditional), the embassy's accusation and warning (threat), the lawmakers' debate 'next month'
# (plan), 'other capitals are nervous' (opinion).
STATEMENTS = [
    S("Markéta Dvořáková", "CZ", "We are not stopping, and we are not asking anyone for permission",
      "spokeswoman, Czech Defence Ministry"),
    S("Bohdan Kostiuk", "UA", "The soldiers know the crates by now", "Ukraine's ambassador in Prague"),
    S("Ondřej Svoboda", None, "it asks no questions about where the shells come from, only whether they fire",
      "security analyst, Prague Institute for European Policy"),
]
# Not gold: the embassy's 'prolonging the bloodshed' (fragment).
MUST_NOT = ["VLTAVA REPORT", "Czech news in English since 1996", "Čeština | Deutsch | English | Français | Español | Русский",
            "News | Politics | Business | Culture | Czech History | Podcasts", "25/04/2024", "Author: Petra Horáková",
            "Listen to this article", "Related articles", "Czech-funded artillery shells: how the initiative works",
            "The website uses cookies to improve your experience. Find out more.", "© Vltava Report 2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
