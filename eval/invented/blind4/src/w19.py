from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine extends martial law as EU adopts new sanctions and Washington unveils arms package"
TEXT = """Ukraine extends martial law as EU adopts new sanctions and Washington unveils arms package
By Léa Marchetti in Kyiv and Pieter Claes in Brussels
Published 12/08/2026 - 10:41
Share on Facebook | Share on Twitter | Email

Kyiv (ACP) - Ukraine's parliament on Tuesday approved the president's decrees extending martial law and general mobilisation for another 90 days, until November 12, the 20th such extension since Russia's full-scale invasion in February 2022.

The decrees were backed by 318 lawmakers in the 450-seat Verkhovna Rada. Deputies also debated, but did not put to a vote, a bill that would lower the minimum age for mobilisation from 25 to 23.

"As long as Russian missiles fly at our cities, there is no question of lifting martial law," said Bohdan Hrytsak, deputy head of parliament's national security committee.

In Brussels, the Council of the European Union said on Monday it had adopted the bloc's 22nd package of sanctions against Russia, adding 105 vessels of Moscow's "shadow fleet" to a port-access ban and cutting off three more Russian banks from the SWIFT messaging system. Last month, the bloc also rolled over its economic sanctions against Russia for a further six months.

Hungary had threatened to block the package until its exemption for Russian pipeline oil was extended, and Slovakia's prime minister said his country could still challenge parts of it in court.

"Every package makes the Kremlin's war more expensive," said Ilse Vermeer, the EU's foreign policy chief. Moscow vowed to retaliate against what its foreign ministry called "illegal unilateral measures".

In Washington, the Pentagon on Tuesday announced a $425 million package of weapons for Ukraine, including interceptors for Patriot air defence systems, artillery shells and spare parts for F-16 fighter jets. Under the terms of the package, Ukraine may use the weapons only in line with international humanitarian law, a Pentagon official said.

The Pentagon said further packages could follow if Congress approves additional funding. Will the interceptors arrive before the winter? Officials declined to give a timetable.

Separately, Ukraine's foreign minister, Daria Lytvyn, met her German counterpart, Friedrich Albers, in Kyiv on Tuesday to discuss air defence and the reconstruction of the energy grid. Albers said Germany was ready to consider further deliveries but made no new commitments.

Kremlin spokesman Arkady Vesnin said Russia "does not take note" of Western sanctions and denied that they had any effect on its economy.
© 2026 ACP
"""
DOC = {"id": "w19", "date": "2026-08-12", "source": "ACP (Agence Continentale de Presse)",
       "url": "https://www.acp-depeches.example/en/europe/20260812-ukraine-martial-law-eu-sanctions-us-aid", "text": TEXT}

EVENTS = [
    E("w19-1", "policy_decision", "2026-08-11", L("Kyiv", 1, "Kyiv (Verkhovna Rada)"), "UA", None,
      family=["military_mobilization"], claimant="ACP", note="parliament vote; Kyiv from the dateline and the Rada"),
    E("w19-2", "policy_decision", "2026-08-10", L("Brussels"), None, "RU", claimant="Council of the EU"),
    E("w19-3", "policy_decision", "2026-07-01", C(None, "European Union"), None, "RU", prec="month", end="2026-07-31",
      optional=True, note="'last month': vague date"),
    E("w19-4", "policy_decision", "2026-08-11", L("Washington"), "US", None, claimant="Pentagon"),
    E("w19-5", "diplomatic_contact", "2026-08-11", L("Kyiv"), "UA", "DE", claimant="ACP"),
]
STATEMENTS = [
    S("Bohdan Hrytsak", "UA", "there is no question of lifting martial law", "deputy head of parliament's national security committee"),
    S("Ilse Vermeer", None, "Every package makes the Kremlin's war more expensive", "EU foreign policy chief"),
    S("Arkady Vesnin", "RU", "does not take note", "Kremlin spokesman"),
]
MUST_NOT = ["By Léa Marchetti in Kyiv and Pieter Claes in Brussels", "Published 12/08/2026 - 10:41",
            "Share on Facebook | Share on Twitter | Email", "© 2026 ACP"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
