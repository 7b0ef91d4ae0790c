from common import E, L, R, C, N, W, S, gold

TITLE = "EU adopts new Russia sanctions but loan for Kyiv stalls; election talk grows in Ukraine"
TEXT = """AMP — Agence Mondiale de Presse
FR | EN | ES | DE | PT | AR
Europe | World | Business | Sport | Culture
EU adopts new Russia sanctions but loan for Kyiv stalls; election talk grows in Ukraine
Published on 20/03/2026 - 11:03
Reading time 4 min
Brussels (AMP) - European Union leaders on Thursday adopted a 21st package of sanctions against Russia at a summit in Brussels, targeting more than 70 tankers of Moscow's "shadow fleet" and a dozen banks in third countries, but failed to agree on a long-term loan for Ukraine backed by frozen Russian assets.

Hungary blocked the loan, arguing that it would expose European taxpayers to legal risks. Diplomats said a deal could still be reached at the next summit in June "if the legal guarantees are strengthened", though several leaders doubted that Budapest would move.

"We are not against Ukraine. We are against Europe paying for a war with money that is not ours," said Gergely Fábián, a spokesman for the Hungarian government.

Ukraine's president, who addressed the leaders by video link on Thursday, urged them not to wait. Without fresh financing, Kyiv could run short of money for salaries and pensions by the summer, finance ministry officials have warned.

"Sanctions are the stick, but the loan is what keeps the lights on. Every month of delay is a month the Kremlin counts on," said Annika Lindqvist, a spokeswoman for the EU's foreign policy chief.

Back in Kyiv, the question of elections, postponed under martial law, is returning to the agenda. Parliament on Wednesday extended martial law and general mobilisation for another 90 days, until late June – the 18th such extension since 2022. The election commission has said a presidential vote could be organised within six months after martial law ends, but not before.

"Elections under fire would be a gift to Moscow. We will hold them the day the guns fall silent, and not one day earlier," said Yaroslav Hnatenko, a member of parliament from the ruling party.

Russia has repeatedly questioned the legitimacy of Ukraine's leadership and has said it might refuse to sign any agreement with the current authorities. The Kremlin spokesman on Friday called the new sanctions "illegitimate" and said Moscow would respond "in its own interests".

The fighting meanwhile went on. Russian drones attacked Odesa overnight, injuring two people and damaging a residential building and a supermarket, the regional governor said on Friday.

"Nobody in Brussels expected a breakthrough on the loan. The package matters more than it looks, because the tanker listings bite within weeks," said Lorenzo Vitale, an analyst at the Istituto per gli Studi Europei in Milan.
lb-jm/rmb
© AMP
Read also
Moldova's president warns of Russian interference ahead of local elections
"""
DOC = {"id": "kr16", "date": "2026-03-20", "source": "AMP Agence Mondiale de Presse (international news agency)",
       "url": "https://www.amp-presse.example/en/eu-adopts-new-russia-sanctions-loan-kyiv-stalls-20260320", "text": TEXT}

D, Y, WED = "2026-03-20", "2026-03-19", "2026-03-18"
EVENTS = [
    E("kr16-1", "policy_decision", Y, L("Brussels"), None, "RU",
      note="'European Union leaders on Thursday adopted a 21st package of sanctions … at a summit in Brussels': a "
           "decision with a named venue (brief convention), EU side null (blind36 km11)"),
    E("kr16-2", "diplomatic_contact", Y, L("Brussels"), "UA", None, optional=True,
      note="the Ukrainian president 'addressed the leaders by video link on Thursday': a remote address to the "
           "summit -> optional"),
    E("kr16-3", "policy_decision", WED, C("UA", "Ukraine"), "UA", None,
      note="'Parliament on Wednesday extended martial law and general mobilisation for another 90 days': a war "
           "decision at the deciding country, precision 4"),
    E("kr16-4", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'Russian drones attacked Odesa overnight, injuring two' (Friday page)"),
]
# Not events: 'failed to agree on a long-term loan' and 'Hungary blocked the loan' (non-decision), a deal 'could
# still be reached … if' (conditional), Kyiv 'could run short … by the summer' (warning), 'the 18th such extension
# since 2022' (tally), a vote 'could be organised … but not before' (modal), 'might refuse to sign' (modal), the
# Kremlin's 'would respond' (threat), the Moldovan headline (furniture).
STATEMENTS = [
    S("Gergely Fábián", "HU", "We are against Europe paying for a war with money that is not ours",
      "spokesman for the Hungarian government"),
    S("Annika Lindqvist", None, "the loan is what keeps the lights on", "spokeswoman for the EU's foreign policy chief"),
    S("Yaroslav Hnatenko", "UA", "We will hold them the day the guns fall silent", "member of parliament"),
    S("Lorenzo Vitale", None, "the tanker listings bite within weeks", "analyst, Istituto per gli Studi Europei"),
]
# Not gold: the diplomats' 'if the legal guarantees are strengthened' (unnamed), the Kremlin spokesman's
# 'illegitimate' and 'in its own interests' (title only, fragments), 'shadow fleet' (term).
MUST_NOT = ["AMP — Agence Mondiale de Presse", "FR | EN | ES | DE | PT | AR", "Europe | World | Business | Sport | Culture",
            "Published on 20/03/2026 - 11:03", "Reading time 4 min", "lb-jm/rmb", "© AMP", "Read also",
            "Moldova's president warns of Russian interference ahead of local elections"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
