from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, CLA, POL, DIP, PRO

TITLE = "Cabinet keeps the ammunition initiative going as Czech volunteer is hurt in Kharkiv"
TEXT = """PRAŽSKÝ PŘEHLED
Czech news in English
Domácí | Zahraničí | Ekonomika | Názory | English
Zahraničí › Ukrajina
Cabinet keeps the ammunition initiative going as Czech volunteer is hurt in Kharkiv
Úterý 20. ledna 2026, 16:05 · Aktualizováno 17:40 · ČTK, red
PRAGUE – The government on Monday approved a further 1.9 billion crowns for the Czech-run scheme that purchases large-calibre shells for Ukraine outside the European Union, keeping it running at least until the summer. The defence minister said that about 400,000 large-calibre shells should reach Ukraine through the scheme this year.

Hours after the cabinet met, two Iskander-M ballistic missiles hit the Kyivskyi district of Kharkiv. A man was killed and 17 people were injured, among them a 29-year-old Czech volunteer who had been bringing generators to a school, the Foreign Ministry said on Tuesday. The strike came at about 21:30 on Monday.

"Jakub was standing by the van when the first one came. He was thrown against the wall, but he was conscious and joking in the ambulance," said Petra Novotná, coordinator of the aid group Sousedé, which he volunteers for.

The ministry summoned the Russian ambassador to its seat in Prague on Tuesday morning and handed him a protest note.

Overnight into Tuesday, debris from a drone shot down over Kyiv fell into the courtyard of a building in the Shevchenkivskyi district that houses the Sousedé office. Nobody was in the building, and the damage was limited to windows and a car, Novotná said.

The strike came eight days after a Czech volunteer fighter, a 34-year-old from Brno, was killed near Pokrovsk on 11 January while his unit was beating back a Russian assault, according to the Czech company of Ukraine's international legion.

On Sunday afternoon, some 3,000 people rallied on Wenceslas Square in Prague in support of Ukraine and of the ammunition scheme, which the opposition wants to move under NATO. "As long as they need shells, we will send shells. This square has said that before," said the organiser, Lukáš Hrabě.

Analysts say the money will not be enough for the whole year. "At current prices, 1.9 billion buys the initiative until June, perhaps July. After that the question comes back," said Tereza Vaňková of the Institute for Security Policy in Brno.
Související články: Who pays for the shells?
Sdílet: Facebook · X · E-mail
© Pražský přehled, a.s., 2026. Všechna práva vyhrazena.
"""
DOC = {"id": "lk10", "date": "2026-01-20", "source": "Pražský přehled (Czech news site, English section)",
       "url": "https://prazskyprehled.example/english/zahranici/2026-01-20-ammunition-kharkiv-volunteer", "text": TEXT}

D, MON, SUN = "2026-01-20", "2026-01-19", "2026-01-18"
EVENTS = [
    E("lk10-1", POL, MON, C("CZ", "Czechia"), "CZ", "UA", claimant="Czech government",
      evidence="The government on Monday approved a further 1.9 billion crowns for the Czech-run scheme that purchases large-calibre shells for Ukraine",
      note="a funding decision 'on Monday' (19 Jan) -> policy_decision at the deciding country (blind49 call 10); the "
           "PRAGUE dateline changes nothing; the 400,000 shells 'should reach Ukraine' are a plan"),
    E("lk10-2", MAS, MON, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(17),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2))], claimant="Czech Foreign Ministry",
      evidence="Hours after the cabinet met, two Iskander-M ballistic missiles hit the Kyivskyi district of Kharkiv.",
      note="'Hours after the cabinet met' and 'The strike came at about 21:30 on Monday' -> 19 Jan (not the Tuesday "
           "of the ministry's statement); the Kyivskyi district is the city; 1 k 17 w, 'among them a … Czech "
           "volunteer' (inside the 17); two Iskander-M"),
    E("lk10-3", DIP, D, L("Prague"), "CZ", "RU", claimant="Czech Foreign Ministry",
      evidence="The ministry summoned the Russian ambassador to its seat in Prague on Tuesday morning and handed him a protest note.",
      note="a summons 'on Tuesday morning' (20 Jan) at the ministry 'in Prague' -> diplomatic_contact at the named "
           "capital (blind49 call 9), the summoning state as actor1"),
    E("lk10-4", ADS, D, L("Kyiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Overnight into Tuesday, debris from a drone shot down over Kyiv fell into the courtyard of a building in the Shevchenkivskyi district",
      note="'Overnight into Tuesday' -> 20 Jan; debris damage is the strike; 'Nobody was in the building, and the damage "
           "was limited to windows and a car' -> nobody hurt, 0/0; the Shevchenkivskyi district is Kyiv's"),
    E("lk10-5", CLA, "2026-01-11", H("Pokrovsk", "near Pokrovsk"), "RU", "UA", fat=N(1),
      claimant="Czech company of the international legion",
      evidence="was killed near Pokrovsk on 11 January while his unit was beating back a Russian assault",
      note="background with its own date: a volunteer fighter 'killed near Pokrovsk on 11 January while his unit was beating "
           "back a Russian assault' -> a recalled clash (blind49 kz06-2: a foreign fighter of the Ukrainian side killed, attacker RU), near X = "
           "precision 2, 1 k; Brno is his home town"),
    E("lk10-6", PRO, SUN, L("Prague"), "CZ", None,
      evidence="On Sunday afternoon, some 3,000 people rallied on Wenceslas Square in Prague in support of Ukraine",
      note="'On Sunday afternoon' -> 18 Jan; a peaceful rally in Prague = protest of the country where it happens "
           "(blind49 kz05-8), actor2 null"),
]
# Not events: the 400,000 shells that 'should reach Ukraine … this year' (plan), the opposition 'wants to move' the
# scheme under NATO (wish), the money 'until June, perhaps July' (forecast), 'keeping it running at least until the
# summer' (part of lk10-1). The Foreign Ministry's statement day (Tuesday) is not the strike day. Masthead, tagline,
# Czech menu and breadcrumb, date/update/agency line, 'Související články' item, share row and © are furniture.
STATEMENTS = [
    S("Petra Novotná", "CZ", "he was conscious and joking in the ambulance", "coordinator, aid group Sousedé"),
    S("Lukáš Hrabě", "CZ", "As long as they need shells, we will send shells", "rally organiser, Prague"),
    S("Tereza Vaňková", None, "1.9 billion buys the initiative until June, perhaps July",
      "Institute for Security Policy, Brno"),
]
MUST_NOT = ["PRAŽSKÝ PŘEHLED", "Czech news in English", "Domácí | Zahraničí | Ekonomika | Názory | English",
            "Zahraničí › Ukrajina", "Úterý 20. ledna 2026, 16:05 · Aktualizováno 17:40 · ČTK, red",
            "Související články: Who pays for the shells?", "Sdílet: Facebook · X · E-mail",
            "© Pražský přehled, a.s., 2026. Všechna práva vyhrazena."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
