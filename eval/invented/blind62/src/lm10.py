from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT

TITLE = "Drones target Russia for second night before Victory Day parade, Moscow airports halt flights"
TEXT = """CONTINENTAL PRESS
Top news | World | Europe | Business | Tech | Sport | Photo
Advertisement
Drones target Russia for second night before Victory Day parade, Moscow airports halt flights
By Anneli Kask and Marco Bellandi
Published May 7, 2025 11:26 AM · Last updated 3 hours ago
Share this article
MOSCOW, May 7 (CP) — Ukraine sent more than a hundred drones against Russia for the second night in a row, Russian officials said on Wednesday, two days before a parade on Red Square that foreign leaders are due to attend.

Air defences brought down 105 Ukrainian drones between 21:00 Moscow time on Tuesday and 07:00 on Wednesday, the defence ministry said: 37 over the Kursk region, 26 over the Bryansk region, 19 over the Moscow region, 11 over the Oryol region, seven over the Voronezh region and five over the Tula region.

A day earlier the ministry had reported shooting down 524 drones over the previous 24 hours, one of the highest figures it has ever given for a single day.

Debris from one drone fell onto the Kashirskoye highway in the south of the capital and damaged two cars, the mayor of Moscow said. Nobody was hurt, he added.

All four of the capital's main airports suspended or restricted flights for several hours overnight. More than 350 flights were delayed or diverted, and passengers slept on the floor of the terminals at Sheremetyevo and Domodedovo, according to a tour operators' association.

"They told us at two in the morning that the plane would not fly before noon. Nobody explained anything; people just lay down wherever there was space," said Yelena Markina, who was travelling from Domodedovo to Sochi with two children.

South of Moscow, in the Tula region, drones targeted a chemical plant in Aleksin, the regional governor said. A fire broke out in a warehouse and was put out; one employee suffered minor injuries. A source in Ukraine's SBU security service told CP that at least 30 drones had been sent against the Aleksin plant, which the source said produces components for explosives. The claim could not be verified.

In Voronezh, drone debris fell on a private house in the Levoberezhny district, injuring two women, the regional governor said. In the Kursk region, a drone struck a minibus near Lgov, killing one passenger and wounding four, the acting governor said.

Ukraine's foreign ministry did not comment on the attacks. Kyiv has called Moscow's announced ceasefire for May 8-10 a "theatrical" gesture.

Russia, for its part, attacked Ukraine overnight with 77 drones and two Iskander-M ballistic missiles, Ukraine's air force said, adding that 48 drones had been shot down. In Kyiv, falling debris killed two people, a woman and her adult son, in the northern Obolonskyi district, the head of the city's military administration said.

"Moscow has spent months making the point that the war is far away. A night of closed airports two days before the parade makes the opposite point, and that matters more than the damage," said Hendrik Valk, a security analyst at the Tallinn Centre for Eastern Studies.

The Kremlin said the parade would go ahead as planned and that security measures had been strengthened. China's president is expected to arrive in Moscow later on Wednesday.
(Reporting by Anneli Kask in Tallinn and Marco Bellandi; editing by Ruth Okafor)
More from Continental Press: EU agrees new sanctions package on Russian shadow fleet
© Continental Press 2025. All rights reserved.
"""
DOC = {"id": "lm10", "date": "2025-05-07", "source": "Continental Press (international news agency)",
       "url": "https://continental-press.example/world/europe/drones-russia-second-night-victory-day-2025-05-07",
       "text": TEXT}

D, TUE, MON = "2025-05-07", "2025-05-06", "2025-05-05"
MOD = "Russian Ministry of Defence"
NIGHT = "lm10-1"
EV_LIST = ("37 over the Kursk region, 26 over the Bryansk region, 19 over the Moscow region, 11 over the Oryol region, "
           "seven over the Voronezh region and five over the Tula region")


def region(gid, code, name, n, span, extra=""):
    return E(gid, INT, D, R(code, name), "RU", "UA", parent=NIGHT, claimant=MOD,
             weapons=[W("drone", intercepted=N(n))], evidence=span,
             note=f"'{span}': a region with its own count in the ministry's list -> required interception, child of the "
                  f"night total{extra}")


EVENTS = [
    E(NIGHT, INT, D, C("RU", "Russia"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(105))],
      evidence="Air defences brought down 105 Ukrainian drones between 21:00 Moscow time on Tuesday and 07:00 on "
               "Wednesday",
      note="the night from 21:00 Tuesday to 07:00 Wednesday = the night ending on the publication day -> 7 May, day "
           "precision (blind50: 'overnight on October 21 to 22' = 22); check 37+26+19+11+7+5 = 105"),
    region("lm10-2", "RU-KRS", "Kursk region", 37, "37 over the Kursk region"),
    region("lm10-3", "RU-BRY", "Bryansk region", 26, "26 over the Bryansk region"),
    region("lm10-4", "RU-MOS", "Moscow region", 19, "19 over the Moscow region",
           "; Moscow region (RU-MOS), not the city (RU-MOW)"),
    region("lm10-5", "RU-ORL", "Oryol region", 11, "11 over the Oryol region"),
    region("lm10-6", "RU-VOR", "Voronezh region", 7, "seven over the Voronezh region", "; the number in words"),
    region("lm10-7", "RU-TUL", "Tula region", 5, "five over the Tula region", "; the number in words"),
    E("lm10-8", INT, MON, C("RU", "Russia"), "RU", "UA", end=TUE, prec="range", agg=True, claimant=MOD,
      weapons=[W("drone", intercepted=N(524))],
      evidence="A day earlier the ministry had reported shooting down 524 drones over the previous 24 hours",
      note="recap with its own date: 'A day earlier' = Tuesday 6 May, 'over the previous 24 hours' -> range 5-6 May, "
           "aggregate; a separate figure, never the night's 105"),
    E("lm10-9", ADS, D, L("Moscow"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Mayor of Moscow",
      evidence="Debris from one drone fell onto the Kashirskoye highway in the south of the capital and damaged two "
               "cars, the mayor of Moscow said.",
      note="debris that damages cars is placed as a strike; 'in the south of the capital' = Moscow city (RU-MOW, "
           "precision 1); 'Nobody was hurt' -> 0/0"),
    E("lm10-10", ADS, D, L("Aleksin"), "UA", "RU", inj=N(1), claimant="Tula governor",
      weapons=[W("drone", launched=N(30, "at_least"))],
      evidence="South of Moscow, in the Tula region, drones targeted a chemical plant in Aleksin, the regional governor "
               "said.",
      note="fronted adverbial; the governor's 'one employee suffered minor injuries' -> 1 w; the SBU source's 'at least "
           "30 drones had been sent against the Aleksin plant' is the other side's figure for the same incident -> "
           "launched at_least 30 on the same event (the MoD's five over the Tula region is another count, lm10-7)"),
    E("lm10-11", ADS, D, L("Voronezh"), "UA", "RU", inj=N(2), weapons=[W("drone")], claimant="Voronezh governor",
      evidence="In Voronezh, drone debris fell on a private house in the Levoberezhny district, injuring two women",
      note="debris on a house in the city (Levoberezhny district = the city), 2 w; the page's night -> 7 May"),
    E("lm10-12", ADS, D, H("Lgov", "near Lgov"), "UA", "RU", fat=N(1), inj=N(4), weapons=[W("drone")],
      claimant="Kursk acting governor",
      evidence="In the Kursk region, a drone struck a minibus near Lgov, killing one passenger and wounding four",
      note="near X = precision 2; 1 k 4 w; no day of its own -> the night's day (7 May)"),
    E("lm10-13", MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", launched=N(77)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      evidence="Russia, for its part, attacked Ukraine overnight with 77 drones and two Iskander-M ballistic missiles, "
               "Ukraine's air force said",
      note="the night wave on Ukraine, country precision, typed by the missiles"),
    E("lm10-14", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="lm10-13", claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(48))],
      evidence="adding that 48 drones had been shot down",
      note="the wave's interception; nothing said about the missiles -> no missile entry"),
    E("lm10-15", ADS, D, L("Kyiv"), "RU", "UA", parent="lm10-13", fat=N(2), weapons=[W("drone")],
      claimant="head of the Kyiv city military administration",
      evidence="In Kyiv, falling debris killed two people, a woman and her adult son, in the northern Obolonskyi "
               "district",
      note="debris of the night's drones (the wave's only place hit), Obolonskyi district = the city; people listed = 2 k"),
]
# Not events: the airports that 'suspended or restricted flights' and the 350 delayed or diverted flights (airport
# closures: not events in this set); the parade 'two days' ahead and 'would go ahead as planned' (future); the
# ceasefire 'for May 8-10' (announced plan, future); China's president 'is expected to arrive' (future); the foreign
# ministry 'did not comment' (negation); the SBU source's description of the plant. Furniture: masthead, menu,
# 'Advertisement', byline, date line, share line, the reporting/editing credit, 'More from' line, ©; the dateline is text.
STATEMENTS = [
    S("Yelena Markina", "RU", "people just lay down wherever there was space", "passenger at Domodedovo"),
    S("Hendrik Valk", None, "A night of closed airports two days before the parade makes the opposite point",
      "security analyst, Tallinn Centre for Eastern Studies"),
]
# Not gold: "theatrical" (Kyiv, fragment, no named speaker).
MUST_NOT = ["CONTINENTAL PRESS", "Top news | World | Europe | Business | Tech | Sport | Photo", "Advertisement",
            "By Anneli Kask and Marco Bellandi", "Published May 7, 2025 11:26 AM · Last updated 3 hours ago",
            "Share this article",
            "(Reporting by Anneli Kask in Tallinn and Marco Bellandi; editing by Ruth Okafor)",
            "More from Continental Press: EU agrees new sanctions package on Russian shadow fleet",
            "© Continental Press 2025. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
