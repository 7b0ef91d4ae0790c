from common import E, L, R, C, N, W, S, H, gold, MAS, INT, CLA, POL, PRO

TITLE = "State agency: Kremlin signs 'accession' of four Ukrainian regions; Zaporizhzhia convoy attack blamed on Kyiv"
TEXT = """EASTERN PRESS REVIEW
Monitoring and translation of Russian, Belarusian and Ukrainian media
Home | Daily digests | Russia | Belarus | Ukraine | Methodology | About
Digests › Russian state media › 30 September 2022
State agency: Kremlin signs 'accession' of four Ukrainian regions; Zaporizhzhia convoy attack blamed on Kyiv
Compiled by the EPR monitoring desk · 30 September 2022, 19:40 CET
Source: RIA-Tsentr (Russian state news agency), retold and translated. The items are the agency's claims and have not been verified by EPR.
RIA-Tsentr built its Friday around the Kremlin ceremony. Below are its main items in the order the agency ran them, retold; our own additions are in square brackets.

09:40 MSK. Citing the Russian-installed head of the Zaporizhzhia region, the agency reported that "Ukrainian militants" had fired missiles at a column of civilian cars gathered at a car market on the southern outskirts of Zaporizhzhia, where people were waiting to cross into "the liberated territories". It gave the toll as 23 dead. [The Ukrainian governor of the region blamed Russia, said S-300 missiles had been used and by the afternoon put the toll at 30 killed and 88 wounded.]

11:15 MSK. The defence ministry's briefing said Ukrainian units had tried on Thursday to break through near Krasny Liman [Lyman, in the Donetsk region] and had been thrown back, with "up to 200" of their men killed. Air defences had shot down four HIMARS rockets over the Kherson region in the past 24 hours, the ministry said.

13:05 MSK. Ukrainian shells hit a school and two houses in Shebekino in the morning, Belgorod's governor said. Nobody was hurt.

15:00 MSK. In the St George's Hall of the Kremlin, the president signed "treaties on the accession" to Russia of the "Donetsk and Luhansk People's Republics" and of the Zaporizhzhia and Kherson regions, with the four Russian-installed leaders signing alongside him. The agency carried long passages of his speech, in which he said the people of the four regions were "becoming our citizens forever". [The agency recalled that "referendums" had been held in the four regions from 23 to 27 September and quoted the Russian-installed election officials' figures of 87 to 99 per cent in favour. Kyiv and Western governments call the votes a sham.]

"From today an attack on Zaporizhzhia or Kherson is an attack on Russia, with everything that follows from that," the agency quoted Yevgeny Kolpakov, a member of the State Duma's defence committee, as saying.

"We waited for this day for eight years in Donbas and for seven months here. Whoever shells us now shells Russia," Vitaly Sukhov, a member of the Russian-installed regional council in Zaporizhzhia, told the agency.

16:30 MSK. Under the headline "Kyiv answers with a provocation", the agency reported that Ukraine had "submitted an application" to join NATO under an accelerated procedure. [Ukraine's president signed the application in Kyiv in the afternoon, flanked by the speaker of parliament and the prime minister.]

17:45 MSK. The agency said the US Treasury had imposed sanctions on "hundreds" of Russian officials and companies, among them the governor of the central bank, and quoted the foreign ministry as calling the move "a futile attempt to intimidate".

19:00 MSK. A concert-rally titled "Together forever" began on Red Square; the agency put the crowd at "tens of thousands".

"For most of the day the agency treated the convoy as a Ukrainian crime and gave no Ukrainian figure at all. The governor's toll appeared on its feed only after 18:00, as 'Kyiv's version'," said Marta Jurgelionytė, who heads EPR's Russia desk.
Previous digest: 29 September 2022 | Next digest: 1 October 2022
Receive EPR digests by e-mail: digests@epr-monitor.example
© 2022 Eastern Press Review. Quotations from RIA-Tsentr are translated by EPR.
"""
DOC = {"id": "lf09", "date": "2022-09-30", "source": "Eastern Press Review (media monitoring digest retelling the Russian state agency RIA-Tsentr)",
       "url": "https://www.epr-monitor.example/digests/russian-state-media/2022-09-30", "text": TEXT}

D, THU = "2022-09-30", "2022-09-29"
EVENTS = [
    E("lf09-1", MAS, D, H("Zaporizhzhia", "southern outskirts of Zaporizhzhia"), None, None, fat=N(30), inj=N(88),
      weapons=[W("missile", "S-300")],
      evidence="had fired missiles at a column of civilian cars gathered at a car market on the southern outskirts of Zaporizhzhia",
      note="the 09:40 item (30 September): the Russian-installed head blames 'Ukrainian militants', the Ukrainian "
           "governor blames Russia -> mutual blame, both sides null (blind51 call 5); outskirts = precision 2; the "
           "agency's morning 23 dead and the governor's afternoon '30 killed and 88 wounded' are figures of opposing "
           "sides at different hours: the later, fuller figure is taken (this set's call 2), the other stays a claim; "
           "S-300 named by the Ukrainian side -> missile"),
    E("lf09-2", CLA, THU, H("Lyman", "near Lyman (Krasny Liman)"), "UA", "RU", fat=N(200, "at_most"),
      claimant="Russian Ministry of Defence",
      evidence="Ukrainian units had tried on Thursday to break through near Krasny Liman [Lyman, in the Donetsk region] and had been thrown back",
      note="the MoD's claim of a repelled Ukrainian attack 'on Thursday' (29 September): a clash, the attacker UA is "
           "actor1; Krasny Liman = Lyman 704204 (Donetsk oblast), near X = precision 2; '\"up to 200\" of their men "
           "killed' -> at_most 200"),
    E("lf09-3", INT, THU, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True,
      claimant="Russian Ministry of Defence", weapons=[W("mlrs", "HIMARS", intercepted=N(4))],
      evidence="Air defences had shot down four HIMARS rockets over the Kherson region in the past 24 hours, the ministry said",
      note="'in the past 24 hours' in a daily briefing -> range 29-30 September (ANNOTATION 6); a region with a count -> "
           "required; the Russian side is the defender (actor1 RU); HIMARS rockets = mlrs"),
    E("lf09-4", MAS, D, L("Shebekino"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      claimant="Belgorod governor",
      evidence="Ukrainian shells hit a school and two houses in Shebekino in the morning, Belgorod's governor said",
      note="the 13:05 item: 'in the morning' of the digest's day (30 September); UA -> RU; 'Nobody was hurt' = 0/0"),
    E("lf09-5", POL, D, C("RU", "Russia"), "RU", "UA",
      evidence="the president signed \"treaties on the accession\" to Russia",
      note="the annexation treaties signed in the Kremlin on Friday: a decision of the Russian state about the war, at "
           "the deciding country (precision 4) although the hall is named (blind51 call 8); the speech is part of it"),
    E("lf09-6", POL, "2022-09-23", C("UA", "four occupied regions of Ukraine"), "RU", "UA", end="2022-09-27",
      prec="range", optional=True,
      evidence="The agency recalled that \"referendums\" had been held in the four regions from 23 to 27 September",
      note="the votes organised by the occupation authorities 23-27 September: a recalled political act with its days, "
           "but no taxonomy type fits a vote -> optional policy_decision (RU), in the four regions -> Ukraine, "
           "precision 4"),
    E("lf09-7", POL, D, C("UA", "Ukraine"), "UA", None,
      evidence="Ukraine had \"submitted an application\" to join NATO under an accelerated procedure",
      note="the application signed 'in Kyiv in the afternoon' (the bracket) on Friday: a decision of Ukraine at the "
           "deciding country; the meeting with the speaker and the prime minister is the signing, not a diplomatic "
           "contact"),
    E("lf09-8", POL, D, C("US", "United States"), "US", "RU",
      evidence="the US Treasury had imposed sanctions on \"hundreds\" of Russian officials and companies",
      note="US sanctions the same day (the 17:45 item reports them as done): at the deciding country"),
    E("lf09-9", PRO, D, L("Moscow"), "RU", None, optional=True,
      evidence="A concert-rally titled \"Together forever\" began on Red Square",
      note="a state-organised concert-rally on Red Square at 19:00 MSK: a gathering in support of the government; whether "
           "it is a demonstration is doubtful -> optional protest"),
]
# Not events: the speech's words and the accusation of the West (claims), the four Russian-installed leaders signing
# alongside (part of lf09-5), 'Kyiv and Western governments call the votes a sham' (opinion), Kolpakov's threat 'an
# attack on Zaporizhzhia … is an attack on Russia' and Sukhov's 'Whoever shells us now shells Russia' (threats), the
# foreign ministry's reaction (opinion), Jurgelionytė's account of the agency's feed. Quoted fragments that are not gold
# statements: "Ukrainian militants", "the liberated territories", "up to 200", "treaties on the accession", "Donetsk and
# Luhansk People's Republics", "becoming our citizens forever" (the president, title only), "referendums", "Kyiv answers
# with a provocation", "submitted an application", "hundreds", "a futile attempt to intimidate", "Together forever",
# "tens of thousands". The agency's time-stamps (MSK) order the items; each event keeps the day its item gives.
# Masthead, tagline, menu, breadcrumb, compiled-by line, the source note, the previous/next line, the e-mail line and the
# copyright line are furniture; the intro line and the bracketed EPR additions stay as text.
STATEMENTS = [
    S("Yevgeny Kolpakov", "RU", "an attack on Zaporizhzhia or Kherson is an attack on Russia",
      "member of the State Duma's defence committee"),
    S("Vitaly Sukhov", "RU", "Whoever shells us now shells Russia",
      "member of the Russian-installed regional council, Zaporizhzhia"),
    S("Marta Jurgelionytė", None, "The governor's toll appeared on its feed only after 18:00",
      "head of EPR's Russia desk"),
]
MUST_NOT = ["EASTERN PRESS REVIEW", "Monitoring and translation of Russian, Belarusian and Ukrainian media",
            "Home | Daily digests | Russia | Belarus | Ukraine | Methodology | About",
            "Digests › Russian state media › 30 September 2022",
            "Compiled by the EPR monitoring desk · 30 September 2022, 19:40 CET",
            "Source: RIA-Tsentr (Russian state news agency), retold and translated. The items are the agency's claims and have not been verified by EPR.",
            "Previous digest: 29 September 2022 | Next digest: 1 October 2022",
            "Receive EPR digests by e-mail: digests@epr-monitor.example",
            "© 2022 Eastern Press Review. Quotations from RIA-Tsentr are translated by EPR."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
