from common import E, L, R, C, N, W, S, gold

TITLE = "Situation Report, 16 April 2025: Ukrainian drones strike Engels air base; car bomb in occupied Berdiansk"
TEXT = """EASTWATCH CONFLICT MONITOR
Situation Reports | Maps | Datasets | Occupied Territories Tracker | About | Newsletter
Situation Report, 16 April 2025: Ukrainian drones strike Engels air base; car bomb in occupied Berdiansk
Published 16 April 2025 · 17:20 CEST
Analysts: Jonas Ebbesen, Yaroslava Dub, Miriam Oduya
Reporting period: 14 April, 12:00 CEST – 16 April, 12:00 CEST
Download as PDF · Subscribe to alerts
Eastwatch distinguishes between events it has confirmed (geolocated footage, multiple independent sources), events claimed by one party, and its own assessments. Claims are reported as claims.

OVERVIEW
Ukrainian drones struck the Engels air base in Saratov Oblast, home of Russia's strategic bomber fleet, on the night of 14 to 15 April, the second attack on the base this year. Russia launched a combined missile and drone strike on Ukraine overnight on 15 to 16 April. On the ground, Ukrainian forces recently regained positions in western Toretsk, while Russian forces continued assaults around Chasiv Yar and Kupiansk. In occupied Berdiansk, an occupation official was killed by a car bomb; Ukrainian military intelligence claimed responsibility. Eastwatch assesses that the Russian spring offensive has begun in earnest but has yet to produce gains larger than those of the winter.

1. UKRAINIAN STRIKES IN RUSSIA
Ukrainian drones struck the Engels air base on the night of 14 to 15 April, according to the Ukrainian General Staff, which said the strike hit a fuel depot serving the base and caused a fire. Geolocated footage published on 15 April shows a large fire in the area of the base's fuel storage. The Saratov Oblast governor said that air defence had repelled a "massive drone attack" on Saratov and Engels, that debris had damaged several private houses in Engels, and that no one had been hurt. The Russian Ministry of Defence claimed that Russian air defence destroyed 46 Ukrainian drones over Russia that night, 18 of them over Saratov Oblast.

Eastwatch cannot independently assess the damage to aircraft at the base. Satellite imagery from earlier this month showed fewer Tu-95 and Tu-160 bombers at Engels than in January, which suggests that Russia has moved some aircraft to bases further from Ukraine. If Ukraine continues to strike the base, Russia will likely disperse its bombers further, which would complicate the preparation of large missile strikes.

2. RUSSIAN STRIKES ON UKRAINE
Russia launched two Iskander-M ballistic missiles and 70 Shahed-type and decoy drones against Ukraine overnight on 15 to 16 April, according to the Ukrainian Air Force. Ukrainian forces shot down 42 drones; 21 drones were locationally lost. A ballistic missile struck an industrial area in Kharkiv, injuring five people, the Kharkiv Oblast governor said. Drones damaged energy infrastructure in Pryluky, Chernihiv Oblast, causing power outages in parts of the town, the regional administration said.

Both sides continue to accuse each other of violating the moratorium on strikes against energy infrastructure that they agreed to in March through US mediation. Eastwatch assesses that the moratorium, which was never formalised in writing, has effectively lapsed. Russia has struck Ukrainian energy facilities at least a dozen times since the moratorium was announced, and Ukraine has continued strikes on Russian oil facilities, which Kyiv does not regard as covered by it.

3. GROUND OPERATIONS
Kupiansk direction. Russian forces attacked southeast of Kupiansk near Kivsharivka on 15 April. The Russian Ministry of Defence claimed on 15 April that Russian forces had captured Kivsharivka; Eastwatch has observed footage of Ukrainian forces in the centre of the village published the same day and considers the claim false.

Borova and Lyman directions. Eastwatch observed no ground activity in the Borova direction. Russian forces continue attempts to cross the Zherebets river in the Lyman direction, but Eastwatch has no confirmed reports of fighting in the reporting period.

Chasiv Yar. Russian forces attacked within Chasiv Yar on 15 April. Russian forces have fought for the town since the spring of 2024 and now likely control most of it, but Ukrainian forces continue to hold positions in its southwestern part.

Toretsk. Geolocated footage published on 14 April indicates that Ukrainian forces recently regained positions in western Toretsk, near the town's central mine. Russian forces attacked within Toretsk and west of Toretsk near Shcherbynivka on 14 and 15 April. Russian milbloggers claimed on 15 April that Russian forces had broken into the southeastern outskirts of Kostiantynivka; Eastwatch considers the claim likely false, as no footage supports it and Russian forces would have had to pass through Ukrainian-held positions to reach the town.

Pokrovsk. Russian forces conducted fewer attacks in the Pokrovsk direction than at any time since the summer of 2024. Eastwatch assesses that the Russian command has shifted forces to the Toretsk and Kostiantynivka directions and will likely resume large-scale attacks near Pokrovsk once those units have been replaced.

Zaporizhzhia and Kherson. Eastwatch did not observe confirmed changes to the front line in Zaporizhzhia or Kherson oblasts. Russian forces continue to shell towns along the Dnipro river almost daily.

4. OCCUPIED TERRITORIES
A car bomb killed an official of the Russian-installed administration of Berdiansk on the morning of 15 April, the occupation authorities said. Ukrainian military intelligence (HUR) claimed that its agents had planted the bomb and described the official as "responsible for the deportation of Ukrainian children from the Berdiansk district." The occupation authorities called the bombing "a terrorist attack" and said they had opened a criminal case.

Russian occupation authorities in Melitopol detained two residents on 14 April on suspicion of passing the locations of Russian military equipment to Ukrainian intelligence, according to the Ukrainian-appointed head of the Melitopol city military administration, who works from Zaporizhzhia. Eastwatch's Occupied Territories Tracker has recorded more than 60 such detentions in Zaporizhzhia Oblast since January. Russian authorities continue to transfer children from occupied areas to camps in Russia, and to press residents to accept Russian passports.

"People in Melitopol now choose every word they say in a shop," said Oleksandra Hrytsai, a researcher for the Tracker who interviews residents who have left the city. "They know that a neighbour can report them for the wrong song on a phone."

Crimea. Eastwatch did not observe confirmed Ukrainian strikes on Crimea in the reporting period. Ukrainian forces have regularly struck Russian air-defence systems, radars and airfields on the peninsula since 2023, and Russian milbloggers complained on 15 April that the air-defence cover of the Kerch bridge had been "thinned out" to protect targets in Russia proper. Eastwatch cannot verify this claim. If it is accurate, the bridge and the ferry crossings would become more vulnerable to Ukrainian drones and missiles in the coming months.

Belarus. Eastwatch observed no change in the posture of Belarusian forces. Belarusian and Russian forces will hold the Zapad strategic exercise in September, and the Belarusian defence ministry said on 14 April that planning conferences for the exercise had begun. Eastwatch assesses that the exercise is unlikely to be used as cover for an attack on Ukraine from the north, but it will likely be used to rehearse the use of Russian tactical nuclear weapons stationed in Belarus since 2023.

5. CLAIMS AND COUNTERCLAIMS, 14–15 APRIL
Claimant | Claim | Eastwatch status
Russian Ministry of Defence | Capture of Kivsharivka | False: Ukrainian forces observed in the village
Russian milbloggers | Breakthrough into the southeastern outskirts of Kostiantynivka | Likely false: no footage
Ukrainian General Staff | Strike on a fuel depot at Engels air base | Confirmed: fire geolocated
HUR | Car bomb in Berdiansk | Claim of responsibility; the death is confirmed by the occupation authorities

6. ASSESSMENT AND OUTLOOK
The Russian spring offensive has so far followed the pattern of previous years: a steady increase in the number of daily attacks, the commitment of reserves on two or three directions, and heavy use of glide bombs against towns close to the front. Eastwatch expects Russian forces to concentrate on Toretsk, Chasiv Yar and Kostiantynivka in the coming weeks, with the aim of reaching the outskirts of Kostiantynivka by the summer. Ukraine's ability to hold these towns will depend on the arrival of new brigades and on the supply of artillery ammunition, which European countries have promised to increase.

"The Russians have learned to attack in small groups, but they have not learned to exploit success," said Brigadier (ret.) Arne Tollefsen, an Eastwatch adviser. "Every time they break into a town, it takes them months to finish."

Eastwatch will publish its next situation report on 17 April.
Eastwatch Conflict Monitor is an independent research project. Reproduction permitted with attribution.
"""
DOC = {"id": "ks09", "date": "2025-04-16", "source": "Eastwatch Conflict Monitor (research project, situation report)",
       "url": "https://eastwatch-monitor.example/sitrep/2025-04-16", "text": TEXT}

D, Y, Y2 = "2025-04-16", "2025-04-15", "2025-04-14"
EVENTS = [
    E("ks09-1", "air_drone_strike", Y, L("Engels"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="Engels air base 'on the night of 14 to 15 April' = 15 Apr; the General Staff's fuel-depot hit, the footage "
           "and the governor's debris on houses in Engels ('no one had been hurt') are one event, 0/0; the overview and "
           "the claims table repeat it"),
    E("ks09-2", "interception", Y, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(46))],
      claimant="Russian MoD", note="MoD: 46 Ukrainian drones destroyed over Russia that night"),
    E("ks09-3", "interception", Y, R("RU-SAR", "Saratov Oblast"), "RU", "UA", parent="ks09-2",
      weapons=[W("drone", intercepted=N(18))], note="'18 of them over Saratov Oblast'"),
    E("ks09-4", "air_drone_strike", Y, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional"),
    E("ks09-5", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2)), W("drone", "Shahed-136", launched=N(70))],
      note="'overnight on 15 to 16 April' = 16 Apr: 2 Iskander-M and 70 drones (country); the overview repeats it"),
    E("ks09-6", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ks09-5", weapons=[W("drone", intercepted=N(42))],
      note="'shot down 42 drones'; 21 locationally lost not counted"),
    E("ks09-7", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", parent="ks09-5", inj=N(5),
      weapons=[W("ballistic_missile")], note="ballistic missile on an industrial area in Kharkiv, five injured"),
    E("ks09-8", "air_drone_strike", D, L("Pryluky"), "RU", "UA", parent="ks09-5", weapons=[W("drone")],
      note="drones damaged energy infrastructure in Pryluky"),
    E("ks09-9", "infrastructure_disruption", D, L("Pryluky"), "RU", "UA", parent="ks09-8",
      note="'causing power outages in parts of the town'"),
    E("ks09-10", "armed_clash", Y, L("Kivsharivka", 2), "RU", "UA",
      note="'southeast of Kupiansk near Kivsharivka on 15 April'"),
    E("ks09-11", "territory_change", Y, L("Kivsharivka"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="MoD capture claim of Kivsharivka, judged false by the monitor (also in the claims table): optional"),
    E("ks09-12", "armed_clash", Y, L("Chasiv Yar"), "RU", "UA", note="'attacked within Chasiv Yar on 15 April'"),
    E("ks09-13", "territory_change", Y2, L("Toretsk"), "UA", "RU",
      note="'Geolocated footage published on 14 April indicates that Ukrainian forces recently regained positions in "
           "western Toretsk': dated by the footage, within the town; the overview repeats it"),
    E("ks09-14", "armed_clash", Y2, L("Toretsk"), "RU", "UA", end=Y, prec="range",
      note="'attacked within Toretsk … on 14 and 15 April': range"),
    E("ks09-15", "armed_clash", Y2, L("Shcherbynivka", 2), "RU", "UA", end=Y, prec="range",
      note="'west of Toretsk near Shcherbynivka on 14 and 15 April'"),
    E("ks09-16", "territory_change", Y, L("Kostiantynivka", 2), "RU", "UA", optional=True,
      note="milbloggers' claimed break-in to Kostiantynivka's outskirts, 'likely false': optional"),
    E("ks09-17", "remote_explosive", Y, L("Berdiansk"), "UA", "RU", fat=N(1), claimant="HUR",
      note="car bomb killed an occupation official in Berdiansk 'on the morning of 15 April'; HUR claimed it -> actor1 UA, "
           "the official of the Russian-installed administration -> actor2 RU; the claims table repeats it"),
    E("ks09-18", "arrest", Y2, L("Melitopol"), "RU", "UA",
      note="occupation authorities 'detained two residents on 14 April' in Melitopol (the exiled Ukrainian city "
           "administration's report)"),
]
# Not events: the method paragraph; 'the second attack on the base this year' (tally); bombers moved away
# (satellite imagery 'earlier this month', undated), 'If Ukraine continues … will likely disperse' (conditional);
# the 21 locationally lost drones; the energy moratorium agreed 'in March' (history without a day), mutual
# accusations of violations, 'effectively lapsed' (assessment), 'at least a dozen times since' (tally);
# 'spring offensive has begun in earnest' (assessment); no ground activity in the Borova direction and no confirmed
# fighting in the Lyman direction (negations), attempts to cross the Zherebets (habitual); Chasiv Yar fought over
# 'since the spring of 2024', 'likely control most of it' (history, assessment); Pokrovsk 'fewer attacks … than at
# any time since the summer of 2024' (comparison), 'will likely resume' (forecast); no changes in Zaporizhzhia and
# Kherson (negation), shelling 'almost daily' (habitual); the occupation authorities' 'terrorist attack' and
# criminal case (statements, procedure); 'more than 60 such detentions … since January' (tally); transfers of
# children and passport pressure (habitual); the claims table (repeats the events and claims above); Assessment
# and Outlook ('expects … to concentrate', 'will depend', promised ammunition); the adviser's quote; the next
# report on 17 April; Crimea (no confirmed strikes: negation; strikes 'since 2023' habitual; the milbloggers' 'thinned
# out' complaint about air defence (opinion, unverified), 'If it is accurate … would become more vulnerable'); Belarus
# (no change; Zapad 'in September' (future), planning conferences begun (not a war event), 'unlikely', 'will likely be
# used', weapons stationed 'since 2023').
STATEMENTS = [
    S("Oleksandra Hrytsai", None, "choose every word they say in a shop", "researcher, Occupied Territories Tracker"),
    S("Arne Tollefsen", None, "they have not learned to exploit success", "Eastwatch adviser"),
]
MUST_NOT = ["EASTWATCH CONFLICT MONITOR",
            "Situation Reports | Maps | Datasets | Occupied Territories Tracker | About | Newsletter",
            "Published 16 April 2025 · 17:20 CEST", "Analysts: Jonas Ebbesen, Yaroslava Dub, Miriam Oduya",
            "Download as PDF · Subscribe to alerts",
            "Eastwatch will publish its next situation report on 17 April.",
            "Eastwatch Conflict Monitor is an independent research project. Reproduction permitted with attribution."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
