from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA, TER, ABD, ARR

TITLE = "Campaign Update: Russia's War in Ukraine — December 10, 2024"
TEXT = """HALVORSEN INSTITUTE FOR CONFLICT STUDIES
Home | Analysis | Ukraine Campaign Updates | Interactive Map | Events | About | Support
Analysis › Russia and Eurasia › Ukraine Campaign Updates
Campaign Update: Russia's War in Ukraine — December 10, 2024
By Marit Solberg, Daniel Oyelaran, Kateryna Voitenko and Ewan Prys
December 10, 2024, 6:40 pm ET
Download the full update (PDF, 14 pages)
Contents: Key takeaways · Strike campaign · Kursk Oblast · Northeastern Ukraine · Eastern Ukraine · Southern Ukraine · Occupied areas · Belarus · Notes
The cut-off for this update was 1:00 pm ET on December 10. Developments after that hour will appear in the December 11 update.

Key Takeaways
• Russia fired a large package of cruise and ballistic missiles and strike drones into Ukraine overnight on December 9 to 10, concentrating on energy infrastructure in the west of the country.
• Ukrainian troops recently regained ground near Guyevo in Kursk Oblast, while Russian troops keep counterattacking along the whole salient.
• Geolocated footage shows Russian advances in Dvorichna, in eastern Shevchenko south of Pokrovsk, and in the center of Kurakhove.
• Kremlin officials are again presenting any ceasefire as conditional on Ukrainian neutrality, likely to shape Western discussions before the new US administration takes office.
• Occupation authorities continue to detain civilians in occupied Zaporizhia Oblast on accusations of working for Ukrainian intelligence.

Map: Assessed control of terrain in Ukraine, December 10, 2024 (click to enlarge)
Legend: red — assessed Russian advances; hatched red — claimed Russian control; blue — Ukrainian counteroffensive gains; dashed line — pre-invasion line of contact

Strike campaign
The package of the night of December 9 to 10 was the largest Russian strike in almost two weeks. According to the Ukrainian Air Force, it consisted of 14 Kh-101 cruise missiles launched from Tu-95MS strategic bombers over the Caspian Sea, three Iskander-M ballistic missiles fired from Kursk Oblast, and 106 Shahed-type strike drones and decoys.[1] Twelve of the Kh-101s, one Iskander-M and 61 of the drones were shot down, the Air Force said, and a further 38 drones disappeared from radar, probably because of Ukrainian electronic warfare. Ternopil Oblast officials stated that a missile struck an energy facility in the oblast; they did not say whether consumers lost power. In the city of Ivano-Frankivsk, the wreckage of a downed drone fell onto the roof of a five-story apartment building and injured two residents, the city's mayor reported.[2]

HICS assesses that Russian forces are timing their largest packages to coincide with sharp drops in temperature, when damage to generation and transmission capacity is hardest to work around. The Russian command has used this approach every winter since 2022, and there is no sign that it intends to change it. Western Ukraine, which has until now hosted much of the country's spare generation capacity, is likely to remain a priority target for the rest of the heating season.

"The west was meant to be the quiet back room of the grid. After this winter there is no back room," said Oksana Hrytsenko, an energy analyst at the Lviv Institute for Grid Studies.

Ukrainian forces continue their own strike campaign against Russian military logistics. Ukrainian drones struck a fuel depot in Novozybkov, Bryansk Oblast, on the night of December 9 to 10, according to the Ukrainian General Staff, which said the depot supplies Russian formations fighting in Kursk Oblast.[3] The Bryansk Oblast governor claimed that Russian air defenses had repelled the attack and that falling debris damaged "a commercial facility," and said no one was hurt. Geolocated footage published on December 10 shows a large fire in the eastern part of Novozybkov. The Russian Ministry of Defense (MoD) claimed that its forces destroyed 27 Ukrainian drones overnight, 17 of them over Bryansk Oblast and the rest over Kursk and Oryol oblasts.

Kursk Oblast
Ukrainian forces recently regained lost positions in Kursk Oblast amid continued Russian counterattacks. Footage geolocated and published on December 9 shows Ukrainian troops back in a tree line west of Guyevo (south of Sudzha), from which Russian forces had pushed them in late November.[4] Russian forces kept up attacks near Sudzha on December 9 and 10; southeast of Korenevo, Russian units have been probing Ukrainian positions almost daily since the start of the month. A Russian milblogger claimed on December 10 that Russian troops had "cleared" the northern outskirts of Sudzha, though HICS has not seen visual confirmation of the claim. Ukrainian and Western officials have said since November that North Korean troops are deployed in Kursk Oblast; HICS has still not observed footage of North Korean units in combat and cannot confirm their role in these attacks.

"The enemy holds the forest belts south of Sudzha, and every night he feeds fresh infantry into them," wrote Gleb Sadovsky, a Russian milblogger who posts under the name Severny Veter.

Northeastern Ukraine
Russian forces did not conduct ground attacks in the Kharkiv direction on December 9 or 10.

Russian forces continued offensive operations in the Kupiansk direction. A Russian flag was raised over a house in southern Dvorichna (north of Kupiansk) in footage geolocated and published on December 9, indicating that Russian forces recently advanced into the village.[5] Russian forces attacked near Kupiansk itself and east of the city near Petropavlivka on December 9 and 10. Russian milbloggers have been claiming for weeks that Russian assault groups go forward north of the city near Kindrashivka "every day". Russian milbloggers claimed on December 10 that Russian forces had seized Zahryzove (southeast of Kupiansk), but HICS has not observed evidence to support the claim. The Oskil River line north of Kupiansk has been contested since the autumn of 2023, and HICS assesses that Russian forces are trying to collapse the Ukrainian bridgehead on the east bank before the river freezes.

Eastern Ukraine
On December 10, Russian forces attacked northeast of Lyman near Terny. Ukrainian sources noted that Russian infantry in the Lyman direction now moves almost exclusively at night and in groups of two or three soldiers.

Russian forces attacked east of Siversk near Bilohorivka on December 9. "Bilohorivka is a chalk ridge, and whoever keeps the ridge looks down on Siversk," said Ruslan Tkach, a spokesperson of a Ukrainian National Guard brigade in the area.

Fighting continued in central and northern Toretsk on December 9 and 10. Geolocated footage published on December 10 shows a Russian flag over a building in northern Toretsk, but HICS assesses that the footage shows a small infiltration group rather than a consolidated position, and does not assess that Russian forces have advanced there.

Russian forces recently advanced in eastern Shevchenko (south of Pokrovsk), as shown by footage that was geolocated and published on December 9.[6] Russian forces attacked near Pokrovsk itself on December 9 and 10, while the Ukrainian General Staff reported no Russian attacks southwest of the town near Zvirove and Udachne for the second day in a row. Major Taras Hnatiuk, a spokesperson of a Ukrainian mechanized brigade defending Pokrovsk, described the Russian approach. "Our drones see them at night only as heat spots, and by morning the spots are two streets closer," Hnatiuk said. HICS assesses that Russian forces will likely attempt to envelop Pokrovsk from the southwest rather than assault the town head-on, and could cut the main road to Kostiantynivka within weeks if the current pace continues.

Geolocated footage published on December 10 indicates that Russian forces recently advanced to the central square of Kurakhove.[7] Russian assault groups have been fighting inside Kurakhove every day since late November. One Russian milblogger claimed that only "a few hundred" Ukrainian soldiers were left in Kurakhove, a figure HICS cannot verify and which is likely an exaggeration. HICS has not observed Russian ground attacks near Novyi Komar (north of Velyka Novosilka) since December 7.

Southern Ukraine
HICS observed no confirmed ground attacks in the Orikhiv direction on December 9 or 10. The Orikhiv direction has seen only small-scale Russian raids since the summer, and HICS assesses that Russian forces there are holding rather than attacking.

Russian artillery struck a residential neighborhood of Kherson City on December 9, killing one civilian and injuring three, according to the Kherson Oblast Military Administration. On the night of December 8 to 9, Ukrainian drone operators struck a Russian ammunition depot near Hola Prystan on the occupied east bank of the Dnipro River, according to Ukraine's Southern Defense Forces. Russian forces have shelled the right-bank settlements of Kherson Oblast daily since November 2022.

Occupied areas
Russian occupation authorities detained a schoolteacher in occupied Melitopol on December 8, according to the Melitopol City Military Administration, which works from Ukrainian-controlled territory. Occupation officials accused the teacher of passing the locations of Russian units to Ukrainian intelligence. The detention fits a longer pattern: Ukrainian officials say that occupation authorities have detained more than 300 residents of Zaporizhia Oblast this year alone.

Kremlin messaging
The Kremlin spokesperson stated on December 9 that Russia would not accept "a frozen conflict" and that Ukraine's neutrality remained a precondition for any settlement. HICS still judges that the Kremlin treats conditional offers of talks as a tool for slowing Western decisions on military aid, not as a path to ending the war.

Belarus
HICS has seen no change in how Belarusian or Russian forces are positioned in Belarus.

Notes
[1] https://t.me/kpszsu_example/24517
[2] https://t.me/frankivsk_mayor_example/8811
[3] https://www.facebook.com/GeneralStaff.example/posts/90210
[4] https://x.com/geoconfirmed_example/status/1866314
[5] https://t.me/severny_veter_example/30412
[6] https://x.com/geoconfirmed_example/status/1866298
[7] https://t.me/dva_majors_example/59920
Subscribe to receive HICS campaign updates by email
© 2024 Halvorsen Institute for Conflict Studies. All rights reserved.
"""
DOC = {"id": "ln03", "date": "2024-12-10", "source": "Halvorsen Institute for Conflict Studies (think tank, daily campaign update)",
       "url": "https://halvorsen-institute.example/analysis/campaign-update-december-10-2024", "text": TEXT}

D, Y, Y2 = "2024-12-10", "2024-12-09", "2024-12-08"
TWO = dict(prec="range", end=D)  # "on December 9 and 10": range from the first day
WAVE, RUI = "ln03-1", "ln03-6"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kh-101", launched=N(14)), W("ballistic_missile", "Iskander-M", launched=N(3)),
               W("drone", "Shahed-136", launched=N(106))],
      note="'The package of the night of December 9 to 10' in the December 10 update = 10 Dec (the night's later day); "
           "the nationwide wave at country precision, typed by the missiles; the first takeaway repeats it; the Caspian "
           "Sea and Kursk Oblast are launch areas, not places hit"),
    E("ln03-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kh-101", intercepted=N(12)), W("ballistic_missile", "Iskander-M", intercepted=N(1)),
               W("drone", intercepted=N(61))],
      note="'Twelve of the Kh-101s, one Iskander-M and 61 of the drones were shot down' (fronted number, passive); the "
           "38 that 'disappeared from radar, probably because of Ukrainian electronic warfare' are not counted "
           "(blind49 call 1)"),
    E("ln03-3", MAS, D, R("UA-61", "Ternopil Oblast"), "RU", "UA", parent=WAVE, weapons=[W("missile")],
      note="'a missile struck an energy facility in the oblast' (Ternopil): region only -> precision 3; kind of missile "
           "not said -> 'missile'"),
    E("ln03-4", ADS, D, L("Ivano-Frankivsk"), "RU", "UA", parent=WAVE, inj=N(2), weapons=[W("drone")],
      note="'the wreckage of a downed drone fell onto the roof of a five-story apartment building and injured two "
           "residents' in the city of Ivano-Frankivsk: debris that harms is a strike at the place"),
    E("ln03-5", ADS, D, L("Novozybkov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff; Bryansk Oblast governor",
      note="'Ukrainian drones struck a fuel depot in Novozybkov … on the night of December 9 to 10' = 10 Dec; the "
           "governor's debris on 'a commercial facility' with 'no one was hurt' and the footage are the same event "
           "(one event, 0/0)"),
    E(RUI, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian MoD", weapons=[W("drone", intercepted=N(27))],
      note="MoD: 'destroyed 27 Ukrainian drones overnight' -> the country interception on 10 Dec"),
    E("ln03-7", INT, D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", parent=RUI, claimant="Russian MoD",
      weapons=[W("drone", intercepted=N(17))], note="'17 of them over Bryansk Oblast': a region with its own count -> required"),
    E("ln03-8", INT, D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", parent=RUI, optional=True, weapons=[W("drone")],
      note="'the rest over Kursk and Oryol oblasts': listed without a count -> optional"),
    E("ln03-9", INT, D, R("RU-ORL", "Oryol Oblast"), "RU", "UA", parent=RUI, optional=True, weapons=[W("drone")],
      note="second listed region -> optional"),
    E("ln03-10", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional (blind50 la04-10)"),
    E("ln03-11", TER, Y, H("Guyevo", "west of Guyevo"), "UA", "RU",
      note="'Footage geolocated and published on December 9 shows Ukrainian troops back in a tree line west of Guyevo "
           "(south of Sudzha)': a Ukrainian regain dated by the footage (9 Dec), 'west of X' = precision 2; the second "
           "takeaway repeats it; 'in late November' (their loss) has no day"),
    E("ln03-12", CLA, Y, H("Sudzha", "near Sudzha"), "RU", "UA", **TWO,
      note="'Russian forces kept up attacks near Sudzha on December 9 and 10': range from the first day, precision 2; "
           "attacker RU (Ukrainian-held salient); the probing 'southeast of Korenevo … almost daily since the start of "
           "the month' is habit"),
    E("ln03-13", TER, D, H("Sudzha", "northern outskirts of Sudzha"), "RU", "UA", optional=True,
      claimant="Russian milblogger",
      note="milblogger's claim on 10 Dec that Russian troops 'cleared' the northern outskirts of Sudzha; HICS 'has not "
           "seen visual confirmation' -> optional (blind50 call 3)"),
    E("ln03-14", TER, Y, L("Dvorichna"), "RU", "UA",
      note="'A Russian flag was raised over a house in southern Dvorichna … in footage geolocated and published on "
           "December 9, indicating that Russian forces recently advanced into the village': dated by the footage, "
           "inside the village -> precision 1 (blind50 la04-18)"),
    E("ln03-15", CLA, Y, H("Kupiansk", "near Kupiansk"), "RU", "UA", **TWO,
      note="'Russian forces attacked near Kupiansk itself and east of the city near Petropavlivka on December 9 and 10': "
           "one clash per place, range, precision 2"),
    E("ln03-16", CLA, Y, H("Petropavlivka", "near Petropavlivka"), "RU", "UA", **TWO,
      note="second place; Petropavlivka 697421 (Kharkiv oblast, east of Kupiansk), not the Dnipropetrovsk, Odesa or "
           "Mykolaiv namesakes"),
    E("ln03-17", TER, D, L("Zahryzove"), "RU", "UA", optional=True, claimant="Russian milbloggers",
      note="milbloggers' claim on 10 Dec that Russian forces 'had seized Zahryzove'; HICS 'has not observed evidence' "
           "-> optional"),
    E("ln03-18", CLA, D, H("Terny", "near Terny"), "RU", "UA",
      note="'On December 10, Russian forces attacked northeast of Lyman near Terny' (fronted date); Terny 691608 (Donetsk oblast, NE of Lyman), not the much larger Terny "
           "of Dnipropetrovsk oblast or the Sumy one"),
    E("ln03-19", CLA, Y, H("Bilohorivka", "near Bilohorivka"), "RU", "UA",
      note="'Russian forces attacked east of Siversk near Bilohorivka on December 9'; Bilohorivka 712588 lies in "
           "Luhansk oblast (UA-09), east of Siversk (Donetsk)"),
    E("ln03-20", CLA, Y, L("Toretsk"), "RU", "UA", **TWO,
      note="'Fighting continued in central and northern Toretsk on December 9 and 10': inside the town = precision 1, "
           "range; the flag footage is assessed as an infiltration, not an advance -> no territory_change"),
    E("ln03-21", TER, Y, L("Shevchenko"), "RU", "UA",
      note="'Russian forces recently advanced in eastern Shevchenko (south of Pokrovsk), as shown by footage that was "
           "geolocated and published on December 9': dated by the footage, inside the village; Shevchenko 694167 (Donetsk "
           "oblast), not Poltava's Shevchenko district or the Kyiv and Mykolaiv names; the takeaway repeats it"),
    E("ln03-22", CLA, Y, H("Pokrovsk", "near Pokrovsk"), "RU", "UA", **TWO,
      note="'Russian forces attacked near Pokrovsk itself on December 9 and 10': range, precision 2; the General Staff's "
           "'no Russian attacks … near Zvirove and Udachne' is a negation"),
    E("ln03-23", TER, D, L("Kurakhove"), "RU", "UA",
      note="'Geolocated footage published on December 10 indicates that Russian forces recently advanced to the "
           "central square of Kurakhove': dated by the footage, inside the town (precision 1)"),
    E("ln03-24", MAS, Y, L("Kherson"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("artillery")],
      claimant="Kherson Oblast Military Administration",
      note="'Russian artillery struck a residential neighborhood of Kherson City on December 9, killing one civilian "
           "and injuring three'; the daily shelling 'since November 2022' is habit"),
    E("ln03-25", ADS, Y, H("Hola Prystan", "near Hola Prystan"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian Southern Defense Forces",
      note="'On the night of December 8 to 9, Ukrainian drone operators struck a Russian ammunition depot near Hola "
           "Prystan' = 9 Dec; near X = precision 2; a strike on occupied ground is UA -> RU"),
    E("ln03-26", ABD, Y2, L("Melitopol"), "RU", "UA", family=[ARR],
      claimant="Melitopol City Military Administration",
      note="'Russian occupation authorities detained a schoolteacher in occupied Melitopol on December 8': detention of "
           "a civilian by the occupying power = abduction RU -> UA (blind53 ld04), arrest accepted; 'more than 300 "
           "residents … this year alone' is a year tally, not an event"),
]
# Not events: the five takeaways (repeats of ln03-1, -11, -14/-21/-23, and assessment / habit); the map and legend
# (furniture); 'the largest Russian strike in almost two weeks' (comparison); the timing of packages 'every winter since
# 2022' and western Ukraine 'likely to remain a priority target' (assessment, forecast); Russian forces 'had pushed them
# in late November' (history without a day); North Korean troops 'deployed … since November', their role not confirmed
# (background, negation); the probing southeast of Korenevo 'almost daily since the start of the month' (habit);
# 'did not conduct ground attacks in the Kharkiv direction' and 'no confirmed ground attacks in
# the Orikhiv direction' (negations); the Ternopil officials who 'did not say whether consumers lost power' (no outage stated); the
# milbloggers' assaults near Kindrashivka 'every day' for weeks (habit); the Oskil line 'contested since the autumn of 2023' and 'trying to collapse the
# bridgehead' (history, assessment); Lyman infantry moving 'at night and in groups of two or three' (habit); the
# Toretsk flag footage (assessed as an infiltration: 'does not assess that Russian forces have advanced'); the envelopment
# of Pokrovsk 'will likely attempt … could cut the main road … if' (forecast, conditional); 'no Russian attacks … near
# Zvirove and Udachne for the second day in a row' and 'has not observed Russian ground attacks near Novyi Komar … since
# December 7' (negations); Kurakhove 'every day since late November' (habit); 'a few hundred' Ukrainian
# soldiers left in Kurakhove (a milblogger's claim about a state, not an event); Orikhiv 'only small-scale raids since
# the summer' (habit); right-bank shelling 'daily since November 2022' (habit); 'more than 300 residents … this year
# alone' (year tally); Kremlin messaging (statements, assessment); Belarus (negation).
STATEMENTS = [
    S("Oksana Hrytsenko", None, "After this winter there is no back room", "energy analyst, Lviv Institute for Grid Studies"),
    S("Gleb Sadovsky", "RU", "every night he feeds fresh infantry into them", "Russian milblogger (Severny Veter)"),
    S("Ruslan Tkach", "UA", "whoever keeps the ridge looks down on Siversk", "National Guard brigade spokesperson"),
    S("Taras Hnatiuk", "UA", "by morning the spots are two streets closer", "mechanized brigade spokesperson, Pokrovsk"),
]
# Not gold: the Kremlin spokesperson (title only: "a frozen conflict"), the governor's fragment "a commercial facility",
# the milbloggers' "cleared", "every day" and "a few hundred".
MUST_NOT = ["HALVORSEN INSTITUTE FOR CONFLICT STUDIES",
            "Home | Analysis | Ukraine Campaign Updates | Interactive Map | Events | About | Support",
            "Analysis › Russia and Eurasia › Ukraine Campaign Updates",
            "By Marit Solberg, Daniel Oyelaran, Kateryna Voitenko and Ewan Prys",
            "December 10, 2024, 6:40 pm ET", "Download the full update (PDF, 14 pages)",
            "Contents: Key takeaways · Strike campaign · Kursk Oblast · Northeastern Ukraine · Eastern Ukraine · "
            "Southern Ukraine · Occupied areas · Belarus · Notes",
            "Map: Assessed control of terrain in Ukraine, December 10, 2024 (click to enlarge)",
            "Legend: red — assessed Russian advances; hatched red — claimed Russian control; blue — Ukrainian "
            "counteroffensive gains; dashed line — pre-invasion line of contact",
            "[1] https://t.me/kpszsu_example/24517", "[2] https://t.me/frankivsk_mayor_example/8811",
            "[3] https://www.facebook.com/GeneralStaff.example/posts/90210",
            "[4] https://x.com/geoconfirmed_example/status/1866314", "[5] https://t.me/severny_veter_example/30412",
            "[6] https://x.com/geoconfirmed_example/status/1866298", "[7] https://t.me/dva_majors_example/59920",
            "Subscribe to receive HICS campaign updates by email",
            "© 2024 Halvorsen Institute for Conflict Studies. All rights reserved."]

EVIDENCE = {
    "ln03-1": "it consisted of 14 Kh-101 cruise missiles launched from Tu-95MS strategic bombers over the Caspian Sea, three Iskander-M ballistic missiles fired from Kursk Oblast, and 106 Shahed-type strike drones and decoys.",
    "ln03-2": "Twelve of the Kh-101s, one Iskander-M and 61 of the drones were shot down",
    "ln03-3": "Ternopil Oblast officials stated that a missile struck an energy facility in the oblast",
    "ln03-4": "In the city of Ivano-Frankivsk, the wreckage of a downed drone fell onto the roof of a five-story apartment building and injured two residents",
    "ln03-5": "Ukrainian drones struck a fuel depot in Novozybkov, Bryansk Oblast, on the night of December 9 to 10",
    "ln03-6": "The Russian Ministry of Defense (MoD) claimed that its forces destroyed 27 Ukrainian drones overnight",
    "ln03-7": "17 of them over Bryansk Oblast",
    "ln03-8": "the rest over Kursk and Oryol oblasts",
    "ln03-9": "the rest over Kursk and Oryol oblasts",
    "ln03-10": "The Russian Ministry of Defense (MoD) claimed that its forces destroyed 27 Ukrainian drones overnight",
    "ln03-11": "Footage geolocated and published on December 9 shows Ukrainian troops back in a tree line west of Guyevo (south of Sudzha)",
    "ln03-12": "Russian forces kept up attacks near Sudzha on December 9 and 10",
    "ln03-13": "A Russian milblogger claimed on December 10 that Russian troops had \"cleared\" the northern outskirts of Sudzha",
    "ln03-14": "A Russian flag was raised over a house in southern Dvorichna (north of Kupiansk) in footage geolocated and published on December 9, indicating that Russian forces recently advanced into the village.",
    "ln03-15": "Russian forces attacked near Kupiansk itself and east of the city near Petropavlivka on December 9 and 10.",
    "ln03-16": "Russian forces attacked near Kupiansk itself and east of the city near Petropavlivka on December 9 and 10.",
    "ln03-17": "Russian milbloggers claimed on December 10 that Russian forces had seized Zahryzove (southeast of Kupiansk)",
    "ln03-18": "On December 10, Russian forces attacked northeast of Lyman near Terny.",
    "ln03-19": "Russian forces attacked east of Siversk near Bilohorivka on December 9.",
    "ln03-20": "Fighting continued in central and northern Toretsk on December 9 and 10.",
    "ln03-21": "Russian forces recently advanced in eastern Shevchenko (south of Pokrovsk), as shown by footage that was geolocated and published on December 9.",
    "ln03-22": "Russian forces attacked near Pokrovsk itself on December 9 and 10",
    "ln03-23": "Geolocated footage published on December 10 indicates that Russian forces recently advanced to the central square of Kurakhove.",
    "ln03-24": "Russian artillery struck a residential neighborhood of Kherson City on December 9, killing one civilian and injuring three",
    "ln03-25": "On the night of December 8 to 9, Ukrainian drone operators struck a Russian ammunition depot near Hola Prystan on the occupied east bank of the Dnipro River",
    "ln03-26": "Russian occupation authorities detained a schoolteacher in occupied Melitopol on December 8",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
