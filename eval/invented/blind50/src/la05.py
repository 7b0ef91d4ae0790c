from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, CLA, TER

TITLE = "Russian troops liberate Kindratovka in Sumy region and Zelyony Gai in DPR - Defence Ministry"
TEXT = """DERZHAVA NEWS
Politics | Economy | Special Military Operation | Society | Regions | Sport
РУС | ENG
SPECIAL MILITARY OPERATION
Russian troops liberate Kindratovka in Sumy region and Zelyony Gai in DPR - Defence Ministry
05.06.2025, 13:48 | Updated 14:20
18+
Units of the Sever group of forces have liberated the village of Kindratovka in the Sumy region, and fighters of the Vostok group have completed the liberation of Zelyony Gai in the Donetsk People's Republic, the Russian Defence Ministry said on Thursday in its daily summary of the special military operation.

According to the ministry, Kindratovka lies on the road from the border to the regional centre, Sumy, which the Kiev regime has turned into a hub for its troops in the area. The creation of a security zone along the border, ordered by the Supreme Commander-in-Chief after the Kursk region was cleared of Ukrainian formations in the spring, is continuing, the ministry said.

Groups of forces on the line of contact
Around Kupyansk in the Kharkov region, the Zapad group improved its tactical position and defeated units of two Ukrainian mechanised brigades. The Ukrainian side lost up to 230 servicemen in this direction over the past day, according to the summary.

In the Krasnoarmeysk direction, units of the Tsentr group, backed by aviation and artillery, struck Ukrainian troops and vehicles around Krasnoarmeysk and Dimitrov. Near Konstantinovka, units of the Yug group repelled four counterattacks by assault groups of the Ukrainian armed forces, the ministry reported.

The Dnepr group of forces continues to hold its lines along the lower Dnieper, the ministry said, without reporting any fighting there.

On Wednesday evening, an Iskander-M operational-tactical missile system struck a training camp of a Ukrainian mechanised brigade near Novopavlovka in the Dnepropetrovsk region, the ministry said. According to the summary, up to 70 servicemen and instructors were eliminated. The claim could not be independently verified; the Ukrainian command did not comment.

Across the whole line of contact, aviation, strike drones, missiles and artillery hit concentrations of Ukrainian troops and equipment in 147 areas during the day, the summary says.

Air defence
In the preceding 24 hours, according to the ministry, Russian air-defence crews downed four JDAM guided aerial bombs, six rockets fired from HIMARS launchers and 218 fixed-wing unmanned aerial vehicles.

"During the night, the Kiev regime again tried to strike Russian towns and enterprises with aircraft-type drones, and again failed," the ministry said. Duty air-defence crews brought down 40 drones in all: 19 above the Kursk region, four above the Moscow region, two of which were heading for Moscow, three above the Republic of Crimea, with the remainder over the Bryansk and Belgorod regions.

The mayor of Moscow wrote on his Telegram channel that there was no damage in the city.

In the border regions
The governor of the Belgorod region reported that a Ukrainian FPV drone struck a private car in the village of Novaya Tavolzhanka in the Shebekino district on Thursday morning. A woman driving the car was wounded and taken to the Shebekino hospital.

In the neighbouring Kursk region, a Ukrainian drone strike on Rylsk on Wednesday evening killed a 58-year-old man outside a shop in the town centre, the acting governor of the region said. Rylsk residents have been asking for additional anti-drone nets on the road to the town since the spring.

"We drive with the windows open so we can hear them. If you hear the buzzing, you stop the car and run into the trees," said Tatyana Gromova, a teacher from Rylsk, in a telephone interview with Derzhava.

In the Donetsk People's Republic, the head of the Gorlovka city administration said that shelling by Ukrainian formations wounded two residents of the Nikitovsky district of the city on Wednesday.

Expert opinion
Military expert, retired colonel Gennady Shpakov told Derzhava that the advance in the Sumy region shows the security zone is taking shape faster than Western analysts expected. "The enemy keeps its reserves near Sumy because it fears for the city itself. Every kilometre of the zone we take pushes his artillery out of range of our villages," Shpakov said.

He added that, in his opinion, the front in the Krasnoarmeysk direction could shift by the end of the summer if the Ukrainian command continued to move brigades from there to the north.

On Thursday the Kremlin spokesman repeated that Moscow was prepared to meet Kiev's delegation again, adding that no date had been fixed.

The ministry's running totals since February 2022 stand at 661 aircraft, 283 helicopters, 59,400 unmanned aerial vehicles and more than 23,000 tanks and other armoured vehicles of the AFU destroyed.
Read also: Kindratovka: what is known about the liberated village
Subscribe to Derzhava News on Telegram and VK
Registration certificate EL No. FS 77-81453. Use of materials is permitted with an active link to the source.
© 2025 Derzhava News
"""
DOC = {"id": "la05", "date": "2025-06-05", "source": "Derzhava News (Russian news site, English edition)",
       "url": "https://derzhava-news.example/en/svo/2025/06/05/kindratovka-zelyony-gai-liberated",
       "text": TEXT}

D, Y = "2025-06-05", "2025-06-04"
PAST = dict(prec="range", end=D)
MOD = "Russian Defence Ministry"
FAM = [ADS, CLA]
EVENTS = [
    E("la05-1", TER, D, L("Kindrativka", name="Kindrativka (Kindratovka)"), "RU", "UA", claimant=MOD,
      note="MoD daily summary 'said on Thursday': Sever 'liberated the village of Kindratovka in the Sumy region': a "
           "capture claim, required on the summary day (blind44 ku12-5); Kindratovka = Kindrativka 705166 north of "
           "Sumy"),
    E("la05-2", TER, D, L("Zelenyi Hai", name="Zelenyi Hai (Zelyony Gai)"), "RU", "UA", claimant=MOD,
      note="Vostok 'completed the liberation of Zelyony Gai in the Donetsk People's Republic': Zelenyi Hai 9112863 "
           "(Donetsk oblast, UA-14), not the Mykolaiv, Zaporizhzhia or Chernivtsi namesakes"),
    E("la05-3", MAS, Y, H("Kupiansk", "area of Kupiansk (Kupyansk)"), "RU", "UA", family=FAM, claimant=MOD, **PAST,
      note="'Around Kupyansk … the Zapad group … defeated units of two Ukrainian mechanised brigades': the MoD's past-day formula, one event per "
           "place, 'in the areas of' = precision 2 (blind44 call 8); 'lost up to 230 servicemen' is no incident toll"),
    E("la05-4", MAS, Y, H("Pokrovsk", "area of Pokrovsk (Krasnoarmeysk)"), "RU", "UA", family=FAM, claimant=MOD,
      weapons=[W("aircraft"), W("artillery")], **PAST,
      note="Tsentr, 'backed by aviation and artillery, struck Ukrainian troops and vehicles around Krasnoarmeysk and "
           "Dimitrov': "
           "Krasnoarmeysk is the Russian name of Pokrovsk; the 'Krasnoarmeysk direction' is a sector, not a place"),
    E("la05-5", MAS, Y, H("Myrnohrad", "area of Myrnohrad (Dimitrov)"), "RU", "UA", family=FAM, claimant=MOD,
      weapons=[W("aircraft"), W("artillery")], **PAST,
      note="second place of the Tsentr sentence: Dimitrov is the Russian (pre-2016) name of Myrnohrad 710035"),
    E("la05-6", CLA, Y, H("Kostiantynivka", "near Kostiantynivka (Konstantinovka)"), "UA", "RU", claimant=MOD, **PAST,
      note="'Near Konstantinovka, units of the Yug group repelled four counterattacks by assault groups of the "
           "Ukrainian armed forces': the attacker is Ukraine -> actor1 UA (blind44 ku12-3); Kostiantynivka 705104 "
           "(Donetsk), near X = precision 2"),
    E("la05-8", MAS, Y, H("Novopavlivka", "near Novopavlivka (Novopavlovka)"), "RU", "UA", claimant=MOD,
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="'On Wednesday evening, an Iskander-M … struck a training camp … near Novopavlovka in the Dnepropetrovsk "
           "region' (4 Jun): a claimed missile strike, near X = precision 2; Novopavlivka 699373 (Dnipropetrovsk "
           "oblast); 'up to 70 … eliminated' is an unverified losses claim, not coded as fatalities"),
    E("la05-9", MAS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, family=[ADS], claimant=MOD, **PAST,
      note="'hit concentrations of Ukrainian troops and equipment in 147 areas during the day': a tally without a place -> optional "
           "(blind44 ku12-14)"),
    E("la05-10", INT, Y, C(None, "not stated"), "RU", "UA", agg=True, claimant=MOD, **PAST,
      weapons=[W("guided_bomb", "JDAM", intercepted=N(4)), W("mlrs", "HIMARS", intercepted=N(6)),
               W("drone", intercepted=N(218))],
      note="'In the preceding 24 hours … downed four JDAM …, six rockets fired from HIMARS launchers and 218 … "
           "unmanned aerial vehicles': "
           "past-day air-defence tally without a place -> country null (blind44 ku12-15)"),
    E("la05-11", INT, D, C("RU", "Russia"), "RU", "UA", claimant=MOD, weapons=[W("drone", intercepted=N(40))],
      note="'During the night … Duty air-defence crews brought down 40 drones in all': the night's interception "
           "over Russia "
           "dated the summary day"),
    E("la05-12", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="la05-11", claimant=MOD,
      weapons=[W("drone", intercepted=N(19))], note="'19 above the Kursk region'"),
    E("la05-13", INT, D, R("RU-MOS", "Moscow region"), "RU", "UA", parent="la05-11", claimant=MOD,
      weapons=[W("drone", intercepted=N(4))],
      note="'four above the Moscow region, two of which were heading for Moscow': one regional count (the two are "
           "among the four); the mayor's 'no damage in the city' is a negation"),
    E("la05-14", INT, D, R("UA-43", "Autonomous Republic of Crimea"), "RU", "UA", parent="la05-11", claimant=MOD,
      weapons=[W("drone", intercepted=N(3))],
      note="'three above the Republic of Crimea': the MoD counts occupied Crimea among Russian regions; its admin1 is "
           "UA-43 (ISO 3166-2, _lib/places.py)"),
    E("la05-15", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="la05-11", claimant=MOD, optional=True,
      weapons=[W("drone")], note="'with the remainder over the Bryansk and Belgorod regions': listed without a count -> optional"),
    E("la05-16", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="la05-11", claimant=MOD, optional=True,
      weapons=[W("drone")], note="second listed region -> optional"),
    E("la05-17", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, claimant=MOD, weapons=[W("drone")],
      note="the overnight drone attack on Russia as a whole ('again tried to strike … and again failed'): optional"),
    E("la05-18", ADS, D, L("Novaya Tavolzhanka"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Belgorod governor",
      note="'a Ukrainian FPV drone struck a private car in the village of Novaya Tavolzhanka … on Thursday morning', "
           "the driver wounded (the Shebekino hospital is where she was taken)"),
    E("la05-19", ADS, Y, L("Rylsk"), "UA", "RU", fat=N(1), weapons=[W("drone")], claimant="Kursk acting governor",
      note="'a Ukrainian drone strike on Rylsk on Wednesday evening killed a 58-year-old man outside a shop in the town "
           "centre' (4 Jun); the town itself (precision 1)"),
    E("la05-20", MAS, Y, L("Horlivka", name="Horlivka (Gorlovka)"), "UA", None, inj=N(2),
      claimant="head of the Russian-installed Gorlovka administration",
      note="'shelling by Ukrainian formations wounded two residents of the Nikitovsky district of the city on "
           "Wednesday': occupation-side claim, claimed attacker kept, actor2 null (blind41 call 6); Gorlovka = "
           "Horlivka"),
]
# Not events: the security zone 'is continuing' and the Kursk region 'cleared … in the spring' (ongoing, history without
# a day); Kindratovka on the road to Sumy (description); 'lost up to 230 servicemen' and 'up to 70 … eliminated' (loss
# claims, no incident tolls); the 'Krasnoarmeysk direction' (sector); the Dnepr group that 'continues to hold its positions' (no fighting reported); the unverifiable claim note; the Moscow mayor's
# 'no damage in the city' (negation); residents 'asking for … nets … since the spring'; the expert's
# opinions ('is taking shape', 'could shift by the end of the summer if' conditional); the Kremlin's talks 'no date had
# been fixed' (plan); the ministry's running totals 'since February 2022'; the 'Read also' headline.
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "the Kiev regime again tried to strike Russian towns and enterprises",
      "ministry (institutional statement)"),
    S("Tatyana Gromova", "RU", "If you hear the buzzing, you stop the car and run into the trees", "teacher, Rylsk"),
    S("Gennady Shpakov", "RU", "Every kilometre of the zone we take pushes his artillery out of range of our villages",
      "retired colonel, military expert"),
]
# Not gold: the Kremlin spokesman and the governors (title only, reported speech).
MUST_NOT = ["DERZHAVA NEWS", "Politics | Economy | Special Military Operation | Society | Regions | Sport", "РУС | ENG",
            "SPECIAL MILITARY OPERATION", "05.06.2025, 13:48 | Updated 14:20", "18+",
            "Read also: Kindratovka: what is known about the liberated village",
            "Subscribe to Derzhava News on Telegram and VK",
            "Registration certificate EL No. FS 77-81453. Use of materials is permitted with an active link to the "
            "source.",
            "© 2025 Derzhava News"]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la05-1": "Units of the Sever group of forces have liberated the village of Kindratovka in the Sumy region",
    "la05-2": "fighters of the Vostok group have completed the liberation of Zelyony Gai in the Donetsk People's Republic",
    "la05-3": "Around Kupyansk in the Kharkov region, the Zapad group improved its tactical position and defeated units of two Ukrainian mechanised brigades.",
    "la05-4": "units of the Tsentr group, backed by aviation and artillery, struck Ukrainian troops and vehicles around Krasnoarmeysk and Dimitrov.",
    "la05-5": "units of the Tsentr group, backed by aviation and artillery, struck Ukrainian troops and vehicles around Krasnoarmeysk and Dimitrov.",
    "la05-6": "Near Konstantinovka, units of the Yug group repelled four counterattacks by assault groups of the Ukrainian armed forces",
    "la05-8": "On Wednesday evening, an Iskander-M operational-tactical missile system struck a training camp of a Ukrainian mechanised brigade near Novopavlovka in the Dnepropetrovsk region",
    "la05-9": "hit concentrations of Ukrainian troops and equipment in 147 areas during the day",
    "la05-10": "In the preceding 24 hours, according to the ministry, Russian air-defence crews downed four JDAM guided aerial bombs, six rockets fired from HIMARS launchers and 218 fixed-wing unmanned aerial vehicles.",
    "la05-11": "Duty air-defence crews brought down 40 drones in all",
    "la05-12": "19 above the Kursk region",
    "la05-13": "four above the Moscow region, two of which were heading for Moscow",
    "la05-14": "three above the Republic of Crimea",
    "la05-15": "with the remainder over the Bryansk and Belgorod regions",
    "la05-16": "with the remainder over the Bryansk and Belgorod regions",
    "la05-17": "During the night, the Kiev regime again tried to strike Russian towns and enterprises with aircraft-type drones, and again failed",
    "la05-18": "a Ukrainian FPV drone struck a private car in the village of Novaya Tavolzhanka in the Shebekino district on Thursday morning",
    "la05-19": "a Ukrainian drone strike on Rylsk on Wednesday evening killed a 58-year-old man outside a shop in the town centre",
    "la05-20": "shelling by Ukrainian formations wounded two residents of the Nikitovsky district of the city on Wednesday",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
