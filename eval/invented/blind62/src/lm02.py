from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, ARR, POL, MOB

TITLE = "What the Russian state agency reported over the weekend: autumn call-up decree, drones over three regions, treason arrest in Bryansk"
TEXT = """EURASIA MONITOR
Independent news from Almaty · Қазақша | Русский | English
Home | Kazakhstan | Central Asia | Russia | World | Opinion
Russia › State media digest
What the Russian state agency reported over the weekend: autumn call-up decree, drones over three regions, treason arrest in Bryansk
02.10.2023 | 10:40
Every Monday we retell the main reports of RIA Federatsiya, Russia's largest state news agency, about the war. We do not verify them; where the Ukrainian side has answered, we say so.

The call-up. The president of Russia on Friday signed a decree on the autumn conscription campaign. Between 1 October and 31 December, 130,000 citizens aged 18 to 27 are to be called up for military service, the agency reported, quoting the text published on the legal information portal. Conscripts from the four regions that Moscow annexed last year are, for the first time, included in the campaign.

"Conscripts will not be sent to the zone of the special military operation or to the new regions; they will serve at their units' permanent bases," Colonel Vladimir Tsymbal, deputy head of the Main Organisational and Mobilisation Directorate of the General Staff, told the agency.

Drones. On Sunday evening, according to the Defence Ministry as quoted by RIA Federatsiya, air defence systems destroyed three Ukrainian drones over the Kursk region and two over the Bryansk region. Early on Monday, one more drone was brought down over the Kaluga region; the ministry did not say whether anything had been damaged.

The arrest. On Saturday, officers of the Federal Security Service detained a 46-year-old resident of Bryansk on suspicion of high treason, the agency reported, citing the FSB's press office. According to the service, the man photographed military trains at the city's railway stations and sent the pictures to a handler in Ukrainian intelligence over a messenger app. A court is to decide on his arrest.

The border. The Bryansk governor reported that Klimovo had been shelled from Ukrainian territory on Sunday afternoon; a woman was wounded and a house and two barns were damaged. In the Belgorod region, Shebekino came under fire on Sunday evening, and a damaged power line left about 1,500 residents without electricity, the Belgorod governor said.

"We have our own generator now, but the neighbours sit in the dark and charge their phones at our place," said Valentina Yerofeyeva, a pensioner from Shebekino, in a telephone interview broadcast by the agency.

Donetsk. The head of Donetsk, installed by Moscow, told RIA Federatsiya that one civilian had been killed on Sunday when Ukrainian artillery shelled the Kuibyshevsky district of the city. The Ukrainian side did not comment.

The Kremlin. The Kremlin spokesman told the agency that Moscow "does not see any prerequisites" for talks with Kyiv and that the special military operation would continue until its goals are achieved.
Subscribe to the Monday digest: digest@eurasia-monitor.example
EurAsia Monitor does not endorse the content of the reports it retells.
© EurAsia Monitor, 2023
"""
DOC = {"id": "lm02", "date": "2023-10-02", "source": "EurAsia Monitor (Kazakh site retelling the Russian state news agency)",
       "url": "https://eurasia-monitor.example/russia/state-media-digest/2023-10-02", "text": TEXT}

D, SUN, SAT, FRI = "2023-10-02", "2023-10-01", "2023-09-30", "2023-09-29"
MOD = "Russian Ministry of Defence"
EVENTS = [
    E("lm02-1", POL, FRI, C("RU", "Russia"), "RU", None, family=[MOB], claimant="RIA Federatsiya",
      evidence="The president of Russia on Friday signed a decree on the autumn conscription campaign.",
      note="the conscription decree 'on Friday' in a Monday page = 29 Sep: a government decision about the armed forces, "
           "placed at the deciding country (precision 4); military_mobilization accepted; the call-up period 1 Oct - 31 "
           "Dec and the 130,000 are its content, not a count"),
    E("lm02-2", INT, SUN, R("RU-KRS", "Kursk region"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(3))],
      evidence="air defence systems destroyed three Ukrainian drones over the Kursk region and two over the Bryansk region",
      note="'On Sunday evening' = 1 Oct; a region with its own count -> required"),
    E("lm02-3", INT, SUN, R("RU-BRY", "Bryansk region"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(2))],
      evidence="air defence systems destroyed three Ukrainian drones over the Kursk region and two over the Bryansk region",
      note="elliptic second count 'and two over the Bryansk region' -> its own required interception"),
    E("lm02-4", INT, D, R("RU-KLU", "Kaluga region"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(1))],
      evidence="Early on Monday, one more drone was brought down over the Kaluga region",
      note="'Early on Monday' = the publication day; 'one more drone' = 1 over a named region -> required; damage not "
           "stated"),
    E("lm02-5", ARR, SAT, L("Bryansk"), "RU", None, claimant="FSB",
      evidence="On Saturday, officers of the Federal Security Service detained a 46-year-old resident of Bryansk on "
               "suspicion of high treason",
      note="a treason detention with its own day ('On Saturday' = 30 Sep), the arresting state as actor1, actor2 null "
           "(blind51 call 7); the court's decision 'is to' come (future)"),
    E("lm02-6", MAS, SUN, L("Klimovo"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      claimant="Bryansk governor",
      evidence="Klimovo had been shelled from Ukrainian territory on Sunday afternoon; a woman was wounded",
      note="reported speech: 'had been shelled … on Sunday afternoon' = 1 Oct; shelling = artillery; 1 w"),
    E("lm02-7", MAS, SUN, L("Shebekino"), "UA", "RU", family=[ADS], claimant="Belgorod governor",
      evidence="Shebekino came under fire on Sunday evening",
      note="'came under fire' without a weapon -> both strike types; casualties not stated -> absent"),
    E("lm02-8", DIS, SUN, L("Shebekino"), "UA", "RU", parent="lm02-7", claimant="Belgorod governor",
      evidence="a damaged power line left about 1,500 residents without electricity",
      note="an outage caused by the fire"),
    E("lm02-9", MAS, SUN, L("Donetsk"), "UA", None, fat=N(1), weapons=[W("artillery")],
      claimant="Russian-installed head of Donetsk",
      evidence="one civilian had been killed on Sunday when Ukrainian artillery shelled the Kuibyshevsky district of the "
               "city",
      note="occupation-side claim: the claimed attacker UA, actor2 null (blind53 call 5); Kuibyshevsky district = the "
           "city of Donetsk (UA-14); 1 k"),
]
# Not events: the call-up period and the inclusion of the annexed regions (content of lm02-1); the colonel's 'will not
# be sent' (negation, a promise); the court that 'is to decide' (future); 'The Ukrainian side did not comment'; the
# Kremlin's 'does not see any prerequisites' and 'would continue' (opinion, future); 'the ministry did not say whether
# anything had been damaged'. Furniture: masthead, tagline with the language row, menu, breadcrumb, date, subscription
# line, endorsement disclaimer, ©; the digest's opening note stays as text.
STATEMENTS = [
    S("Vladimir Tsymbal", "RU", "they will serve at their units' permanent bases",
      "deputy head, Main Organisational and Mobilisation Directorate of the General Staff"),
    S("Valentina Yerofeyeva", "RU", "the neighbours sit in the dark and charge their phones at our place",
      "pensioner, Shebekino"),
]
# Not gold: the Kremlin spokesman's "does not see any prerequisites" (title only, fragment).
MUST_NOT = ["EURASIA MONITOR", "Independent news from Almaty · Қазақша | Русский | English",
            "Home | Kazakhstan | Central Asia | Russia | World | Opinion", "Russia › State media digest",
            "02.10.2023 | 10:40", "Subscribe to the Monday digest: digest@eurasia-monitor.example",
            "EurAsia Monitor does not endorse the content of the reports it retells.", "© EurAsia Monitor, 2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
