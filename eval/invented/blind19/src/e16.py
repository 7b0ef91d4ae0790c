from common import E, L, R, C, N, W, S, gold

TITLE = "Geneva talks: Kyiv and Moscow agree 300-for-300 prisoner swap, no deal on energy truce"
TEXT = """LÉMAN REVIEW
FR | DE | EN
Dossier: The Geneva track
Geneva talks: Kyiv and Moscow agree 300-for-300 prisoner swap, no deal on energy truce
After nine hours at the Palais des Nations, the delegations parted with one humanitarian agreement and a long list of disagreements.
Clara Vuilleumier, Geneva | 09.04.2026 – 08:40 | Reading time: 5 min
🔊 Listen to this article (synthetic voice, 6:02)
Delegations from Ukraine and Russia met in Geneva on Wednesday for their third round of direct talks this year and agreed to exchange 300 prisoners of war each, but failed to agree on a moratorium on strikes against energy infrastructure, both sides said.

The exchange would take place "in the coming days", said the head of the Ukrainian delegation, Taras Melnyk, at a late-evening press conference. "It is not peace. But three hundred families will sleep differently tonight," he said.

The Russian delegation's head, a deputy foreign minister, told Russian state television that the energy moratorium had been blocked by Kyiv's "unacceptable preconditions". "We proposed a concrete text. The Ukrainian side was not ready," he said.

Melnyk rejected that. The Russian text, he said, would have allowed strikes on "so-called dual-use facilities, which in their language means everything".

Swiss mediators did not take part in the sessions themselves. Switzerland's foreign minister, who hosted a dinner for both delegations on Tuesday evening, said only that "the fact that they are still in the same building is worth something."

Hours after the talks ended, a Russian drone struck a residential building in the northern Ukrainian city of Sumy, injuring four people, the regional administration said on Thursday. Moscow did not comment.

The next round could take place in May, diplomats said, but no date has been set. Whether it would address a broader ceasefire remained unclear; Moscow has repeatedly said it will not discuss one "until the root causes are eliminated".

This article is part of our dossier "The Geneva track". All articles
Read in French: Pourparlers de Genève: échange de 300 prisonniers, pas de trêve énergétique
Support independent journalism from Geneva – subscribe from CHF 9 per month
© Léman Review SA, 2026 – reproduction prohibited
"""
DOC = {"id": "e16", "date": "2026-04-09", "source": "Léman Review (Swiss news site, English edition)",
       "url": "https://www.lemanreview.example/en/geneva-track/geneva-talks-prisoner-swap-300-2026-04-09", "text": TEXT}

EVENTS = [
    E("e16-1", "diplomatic_contact", "2026-04-08", L("Geneva"), "UA", "RU",
      note="delegations met in Geneva 'on Wednesday' (third round this year is history; the next round 'could' be in "
           "May: no event)"),
    E("e16-2", "agreement", "2026-04-08", L("Geneva"), "UA", "RU", claimant="Taras Melnyk; Russian delegation",
      note="agreement to exchange 300 POWs each reached at the talks (blind4 call 12: the agreement is an event; the "
           "swap itself 'in the coming days' is not); the failed energy moratorium is a negation"),
    E("e16-3", "diplomatic_contact", "2026-04-07", L("Geneva"), "CH", None, optional=True,
      note="Swiss foreign minister hosted a dinner for both delegations 'on Tuesday evening': a contact, but "
           "incidental; optional"),
    E("e16-4", "air_drone_strike", "2026-04-08", L("Sumy"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      claimant="Sumy regional administration",
      note="'Hours after the talks ended' (Wednesday late evening/night), reported on Thursday: dated Wednesday 8 "
           "April; date_acc tolerance covers a post-midnight hit"),
]
STATEMENTS = [
    S("Taras Melnyk", "UA", "three hundred families will sleep differently tonight", "head of the Ukrainian delegation"),
    S("Taras Melnyk", "UA", "which in their language means everything", "head of the Ukrainian delegation"),
    S("head of the Russian delegation", "RU", "We proposed a concrete text. The Ukrainian side was not ready",
      "deputy foreign minister (title only)"),
    S("Swiss foreign minister", "CH", "the fact that they are still in the same building is worth something",
      "title only"),
]
MUST_NOT = ["LÉMAN REVIEW", "FR | DE | EN", "Dossier: The Geneva track",
            "Clara Vuilleumier, Geneva | 09.04.2026 – 08:40 | Reading time: 5 min",
            "🔊 Listen to this article (synthetic voice, 6:02)",
            "This article is part of our dossier \"The Geneva track\". All articles",
            "Read in French: Pourparlers de Genève: échange de 300 prisonniers, pas de trêve énergétique",
            "Support independent journalism from Geneva – subscribe from CHF 9 per month",
            "© Léman Review SA, 2026 – reproduction prohibited"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
