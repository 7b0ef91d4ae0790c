from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, ARR

TITLE = "Drones hit the Novokuibyshevsk refinery again; Samara and Kazan airports closed for hours"
TEXT = """BEREG
independent news about Russia · Riga
News | Investigations | War | Regions | Podcasts | Donate
THIS MATERIAL IS PRODUCED BY A MEDIA OUTLET THAT THE RUSSIAN AUTHORITIES HAVE DECLARED AN "UNDESIRABLE ORGANIZATION"
Drones hit the Novokuibyshevsk refinery again; Samara and Kazan airports closed for hours
11 March 2026, 12:18 · Bereg regions desk
For the second time in less than three weeks, Ukrainian drones reached the oil refinery in Novokuibyshevsk, a town of 100,000 on the Volga just outside Samara. The attack came overnight into Wednesday; residents posted videos of a column of black smoke over the primary processing unit, and at least three explosions can be heard on them. The region's governor said no one had been injured and that the fire had been put out by morning.

"The windows were shaking, and then the sky over the plant went orange. We took the children to the bathroom and waited," said Yelena Maltseva, who lives about two kilometres from the refinery.

Russia's Defence Ministry said 64 Ukrainian drones had been shot down over eight regions overnight, 17 of them over the Samara region. According to pro-war bloggers, the drones were launched from the Sumy and Kharkiv regions and flew more than 1,000 kilometres.

Restrictions on flights were in force at Samara's Kurumoch airport for almost six hours and at Kazan airport for four, the federal air transport agency said. At least 30 flights were delayed.

In neighbouring Tatarstan, a drone fell on the grounds of a petrochemical plant in Nizhnekamsk, injuring two workers, the head of the republic said. Local Telegram channels wrote that a second drone had hit a storage tank; the authorities did not confirm this.

On Tuesday, the FSB said it had detained a 34-year-old resident of Tolyatti who, according to the service, had passed the coordinates of the refinery's units to Ukrainian military intelligence. He has been charged with treason and faces life imprisonment. "My client denies everything. He is an electrician, he has never been inside the refinery," his lawyer, Ilya Gorelik, told Bereg.

The refinery was last hit on 21 February, when drones set fire to a distillation column and two workers were hospitalised with smoke poisoning. By Bereg's count, drones have attacked at least 11 Russian refineries since the start of the year.

"Each of these plants can be repaired in weeks. The problem for Moscow is that there are now ten of them in repair at the same time," said Anton Reichert, an energy analyst who left Russia in 2022.
Bereg lives on readers' donations. Chip in
Read Bereg without VPN: mirror.bereg.example
© Bereg Media, 2026
"""
DOC = {"id": "lk06", "date": "2026-03-11", "source": "Bereg (Russian independent outlet in exile, Riga)",
       "url": "https://bereg.example/news/2026/03/11/novokuibyshevsk-refinery-drones", "text": TEXT}

D, TUE = "2026-03-11", "2026-03-10"
MOD = "Russian Ministry of Defence"
EVENTS = [
    E("lk06-1", ADS, D, L("Novokuibyshevsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Samara governor",
      evidence="For the second time in less than three weeks, Ukrainian drones reached the oil refinery in Novokuibyshevsk",
      note="'The attack came overnight into Wednesday' -> 11 Mar; 'no one had been injured' -> 0/0 (the governor's "
           "word; the videos add no count); the town 'just outside Samara' is Novokuibyshevsk itself, not Samara"),
    E("lk06-2", INT, D, C("RU", "Russia"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(64))],
      evidence="Russia's Defence Ministry said 64 Ukrainian drones had been shot down over eight regions overnight",
      note="the MoD's overnight total over Russia: 64 drones, country precision"),
    E("lk06-3", INT, D, R("RU-SAM", "Samara region"), "RU", "UA", parent="lk06-2", claimant=MOD,
      weapons=[W("drone", intercepted=N(17))],
      evidence="17 of them over the Samara region",
      note="'17 of them over the Samara region': a region with its own count -> required (ANNOTATION rule 3)"),
    E("lk06-4", DIS, D, H("Samara", "Kurumoch airport, Samara"), None, None,
      claimant="federal air transport agency",
      evidence="Restrictions on flights were in force at Samara's Kurumoch airport for almost six hours and at Kazan airport for four",
      note="airport restrictions are infrastructure_disruption with both sides null (blind49 conventions); 'Samara's "
           "Kurumoch airport' lies outside the city -> Samara's point at precision 2; one event per airport"),
    E("lk06-5", DIS, D, H("Kazan", "Kazan airport"), None, None, claimant="federal air transport agency",
      evidence="Restrictions on flights were in force at Samara's Kurumoch airport for almost six hours and at Kazan airport for four",
      note="the second airport of the same sentence: Kazan (Tatarstan, RU-TA), four hours; precision 2 as the first"),
    E("lk06-6", ADS, D, L("Nizhnekamsk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="head of the Republic of Tatarstan",
      evidence="In neighbouring Tatarstan, a drone fell on the grounds of a petrochemical plant in Nizhnekamsk, injuring two workers",
      note="overnight (no other time given in a story about the night) -> 11 Mar; 2 w; the unconfirmed second drone is "
           "part of the same event, not another one"),
    E("lk06-7", ARR, TUE, L("Tolyatti"), "RU", "RU", claimant="FSB",
      evidence="On Tuesday, the FSB said it had detained a 34-year-old resident of Tolyatti",
      note="'On Tuesday, the FSB said it had detained …': a detention known only by the announcement day takes that day "
           "(blind49 kz11-3) -> 10 Mar; the man is a resident of Tolyatti (the place; no other place of arrest named)"),
    E("lk06-8", ADS, "2026-02-21", L("Novokuibyshevsk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      evidence="The refinery was last hit on 21 February, when drones set fire to a distillation column",
      note="background with its own date: 'last hit on 21 February, when drones set fire to a distillation column' -> a "
           "recalled strike, required; 'two workers were hospitalised with smoke poisoning' -> 2 injured (hospitalised = injured, ANNOTATION rule 7)"),
]
# Not events: the launch areas of the pro-war bloggers (the Sumy and Kharkiv regions: not places hit), the treason
# charge and 'faces life imprisonment' (legal step, possible future), 'at least 11 Russian refineries since the start
# of the year' (a count), 'ten of them in repair at the same time' (analysis), the unconfirmed second drone
# (part of lk06-6). Not gold: the governor's words (reported speech). Masthead, tagline, menu, the "undesirable
# organization" warning, date/desk line, donation line, mirror line and © are furniture.
STATEMENTS = [
    S("Yelena Maltseva", "RU", "the sky over the plant went orange", "resident, Novokuibyshevsk"),
    S("Ilya Gorelik", "RU", "he has never been inside the refinery", "lawyer of the detained man"),
    S("Anton Reichert", None, "there are now ten of them in repair at the same time", "energy analyst"),
]
MUST_NOT = ["BEREG", "independent news about Russia · Riga", "News | Investigations | War | Regions | Podcasts | Donate",
            "THIS MATERIAL IS PRODUCED BY A MEDIA OUTLET THAT THE RUSSIAN AUTHORITIES HAVE DECLARED AN "
            "\"UNDESIRABLE ORGANIZATION\"",
            "11 March 2026, 12:18 · Bereg regions desk", "Bereg lives on readers' donations. Chip in",
            "Read Bereg without VPN: mirror.bereg.example", "© Bereg Media, 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
