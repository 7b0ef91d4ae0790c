from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Russia and Ukraine agree on a prisoner swap in Geneva, but not on a ceasefire"
TEXT = """ACI · AGENCE CONTINENTALE D'INFORMATION
EN | FR | ES | DE | PT
International | Europe | Africa | Americas | Asia | Economy | Sport
Russia and Ukraine agree on a prisoner swap in Geneva, but not on a ceasefire
Published 19/02/2026 at 18:44 (Paris) · Updated 20:02
Reading: 4 min
Geneva (ACI) - Russian and Ukrainian negotiators agreed in Geneva on Wednesday to exchange 500 prisoners of war each, the only concrete outcome of five hours of talks under Swiss and American mediation that fell well short of the ceasefire Washington had been pressing for.

The two delegations, each of about a dozen officials and officers, sat across from each other in a conference room of a lakeside hotel, with the US special envoy and a Swiss state secretary at the ends of the table, according to a participant.

"The humanitarian track works. Everything else is still at the stage of maps and red lines," Andrii Kostenko, a member of the Ukrainian delegation, told reporters after the session.

The Russian side struck a harder tone. "We came to Geneva to discuss the root causes of the conflict, not a pause that Kyiv would use to rearm," said Dmitry Lavrentyev, a member of the Russian delegation, as he left the hotel.

No date was set for the swap, which officials on both sides said could take place "within two weeks". Switzerland is ready to host another round "whenever both parties are ready", foreign ministry spokeswoman Annick Favre said on Thursday.

The last face-to-face talks, held in Istanbul in 2025, produced several large exchanges but no political breakthrough.

Moscow raised the stakes on Thursday. The deputy chairman of Russia's Security Council warned that Russia would strike "decision-making centres" in Kyiv if European troops were deployed to Ukraine as part of any settlement.

Canada, meanwhile, announced sanctions on Thursday against 76 individuals and 21 tankers of Russia's so-called shadow fleet, the foreign ministry in Ottawa said.

On the ground, the war went on regardless. Hours before the talks opened, Russian drones struck Odesa overnight into Wednesday, wounding three people and damaging a school, the regional governor said. And on Thursday morning a guided bomb hit a residential street in the Kyivskyi district of Kharkiv, killing a 70-year-old woman, according to the mayor.

"Both sides are negotiating first of all for an audience in Washington, and neither wants to be the one who walks out," said Sophie Marchetti, who follows the talks for the Centre lyonnais d'études stratégiques.
mkl-ard/jh
See also: Swiss neutrality tested as Geneva hosts a second round of talks
© ACI 2026 - reproduction prohibited without written permission
"""
DOC = {"id": "kx12", "date": "2026-02-19", "source": "ACI Agence Continentale d'Information (international news agency)",
       "url": "https://www.aci-info.example/en/international/20260219-russia-ukraine-prisoner-swap-geneva", "text": TEXT}

D, WED = "2026-02-19", "2026-02-18"
EVENTS = [
    E("kx12-1", "diplomatic_contact", WED, L("Geneva"), None, None,
      note="'Russian and Ukrainian negotiators … in Geneva on Wednesday' (18 Feb), five hours of talks under Swiss and "
           "US mediation: talks at the named venue, sides null (blind38 call 9)"),
    E("kx12-2", "agreement", WED, L("Geneva"), "UA", "RU", family=["diplomatic_contact"],
      note="'agreed … to exchange 500 prisoners of war each': the deal reached there is an agreement at the venue; "
           "the swap itself ('could take place within two weeks', no date set) is future, no event"),
    E("kx12-3", "policy_decision", D, C("CA", "Canada"), "CA", "RU",
      note="'Canada … announced sanctions on Thursday against 76 individuals and 21 tankers': a sanction at the "
           "deciding country (precision 4; 'the foreign ministry in Ottawa' names no venue of a meeting)"),
    E("kx12-4", "air_drone_strike", WED, L("Odesa"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="'Russian drones struck Odesa overnight into Wednesday, wounding three people' (18 Feb)"),
    E("kx12-5", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      note="'on Thursday morning a guided bomb hit a residential street in the Kyivskyi district of Kharkiv' (district "
           "= the city): 1 killed"),
]
# Not events: the seating of the delegations (detail of kx12-1), 'fell well short of the ceasefire' (negation), the
# swap 'could take place within two weeks' and Switzerland 'ready to host another round' (future), the Istanbul talks
# 'in 2025' (history without day), the Security Council deputy chairman's warning (threat, conditional, title-only),
# the 'See also' headline (furniture).
STATEMENTS = [
    S("Andrii Kostenko", "UA", "Everything else is still at the stage of maps and red lines",
      "member of the Ukrainian delegation"),
    S("Dmitry Lavrentyev", "RU", "not a pause that Kyiv would use to rearm", "member of the Russian delegation"),
    S("Sophie Marchetti", None, "neither wants to be the one who walks out", "analyst, Centre lyonnais d'études stratégiques"),
]
# Not gold: the Swiss spokeswoman's 'whenever both parties are ready' (a fragment inside reported speech), the
# Security Council deputy chairman's 'decision-making centres' (title-only), 'within two weeks' (no
# named speaker).
MUST_NOT = ["ACI · AGENCE CONTINENTALE D'INFORMATION", "EN | FR | ES | DE | PT",
            "International | Europe | Africa | Americas | Asia | Economy | Sport",
            "Published 19/02/2026 at 18:44 (Paris) · Updated 20:02", "Reading: 4 min", "mkl-ard/jh",
            "See also: Swiss neutrality tested as Geneva hosts a second round of talks",
            "© ACI 2026 - reproduction prohibited without written permission"]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx12-1': 'Russian and Ukrainian negotiators agreed in Geneva on Wednesday',
    'kx12-2': 'agreed in Geneva on Wednesday to exchange 500 prisoners of war each',
    'kx12-3': 'Canada, meanwhile, announced sanctions on Thursday against 76 individuals and 21 tankers',
    'kx12-4': 'Russian drones struck Odesa overnight into Wednesday, wounding three people',
    'kx12-5': 'on Thursday morning a guided bomb hit a residential street in the Kyivskyi district of Kharkiv, killing a 70-year-old woman',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
