from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA, AGR

TITLE = "Ukraine war live: Kyiv left bank without heating after ballistic strike; 138 prisoners home in swap"
TEXT = """THE QUAYSIDE CHRONICLE
News | Sport | Business | Opinion | Culture | Podcasts
News › World › Ukraine
Ukraine war live: Kyiv left bank without heating after ballistic strike; 138 prisoners home in swap
LIVE
Updated 21:47 EET
Edited by Ciara Brennan and Liam Doyle
Pinned post
Where to get warm in Kyiv: the city administration has opened more than 1,200 heating points in schools, libraries and tents run by the emergency service. Most are open around the clock and have generators, water and phone chargers. The nearest one can be found through the Kyiv Digital app or by calling 1551.

21:47
Tonight's summary
If you are only now joining us, this is where things stand on Tuesday evening:
- Two people were killed and eight injured by a ballistic missile in Kyiv's Desnianskyi district; hundreds of apartment buildings on the left bank have no heating.
- Russia attacked overnight with 124 drones and five ballistic missiles.
- A drone killed a minibus driver near Khotin in the Sumy region.
- Ukraine and Russia swapped 138 prisoners each.
- The IAEA says the Zaporizhzhia nuclear plant lost its last external power line.
Thank you for following today's coverage.

21:15
Kyiv toll rises to two
According to the head of the city military administration, a man pulled this morning from the rubble of a two-storey building in the Desnianskyi district has died in hospital. The number of injured in the district has risen to eight.

20:30
Analysis: why heat, and why now
By our Kyiv correspondent
The pattern since the start of the heating season has been consistent: strikes on the thermal plants and heating mains of big cities, timed for the coldest nights. A power outage can be bridged with generators; a heating main that freezes and bursts cannot be repaired for days. Engineers warn that if temperatures stay below minus ten for the rest of the week, parts of the left-bank network could have to be drained to stop the pipes from splitting, which would leave tens of thousands of flats cold until spring.

19:50
Correction: Kharkiv strike
In a post at 15:25 we reported, citing early information, that a missile had hit the Kholodnohirskyi district of Kharkiv. The regional governor has since said the district was struck by two guided aerial bombs, not a missile. The number of injured, five, is unchanged.

19:10
138 prisoners come home
Ukraine and Russia exchanged 138 prisoners of war each on Tuesday, the Ukrainian agency that handles prisoner affairs said. The United Arab Emirates mediated the swap. Most of the Ukrainians released had been held since the spring of 2022, among them defenders of Mariupol.

At a hospital in the Chernihiv region where the men were taken for medical checks, relatives waited behind a rope. "I recognised him by the way he walks before I could see his face," said Liudmyla Hrytsenko, whose son had spent almost four years in captivity.

18:25
Kremlin on talks
The Kremlin spokesman said a new round of talks with the Ukrainian and American delegations "could take place later this month", but that no date or venue had been agreed.

17:40
Zaporizhzhia nuclear plant loses external power again
The International Atomic Energy Agency says the Russian-occupied Zaporizhzhia nuclear power plant was cut off from its last 750-kilovolt line at 04:10 local time on Tuesday and is running its emergency diesel generators. The agency did not say what caused the loss. Moscow and Kyiv blamed each other.

16:55
Assault on Kostiantynivka beaten back, brigade says
Russian troops tried to push into the south-eastern districts of Kostiantynivka with two tanks and several armoured vehicles on Tuesday morning, and were driven back, a brigade defending the town said.

"They came in at first light, under the fog, exactly as they always do," said Lieutenant Iryna Sokil, the brigade's press officer. "This time our drone crews were waiting for them."

16:10
Fire at fuel facility in Russia's Oryol
The governor of Russia's Oryol region said Ukrainian drones set fire to "a fuel and energy facility" in the city of Oryol overnight. No one was hurt, he said. Ukraine's general staff has not commented.

15:25
Missile strike on Kharkiv
A missile hit the Kholodnohirskyi district of Kharkiv at about 15:10, damaging a shopping centre and several cars, the regional governor said. Five people were injured. (See the correction at 19:50.)

14:30
Your questions: can I still travel to Kyiv by train?
Yes. Ukrzaliznytsia says all long-distance trains to and from Kyiv are running, though some arrive up to two hours late because of the power cuts. Trains use diesel locomotives on the affected sections.

13:45
Drone kills minibus driver in Sumy region
A minibus taking workers to a farm was hit by a Russian drone on the road near Khotin, north of Sumy, at about 07:30, the regional military administration said. The driver died at the scene; four of his passengers were wounded. Khotin is about 20 kilometres from the Russian border.

12:50
Odesa: more injured from Sunday's attack
The number of people injured in Sunday's drone attack on Odesa has risen to 11, the regional governor said, after several residents of a damaged building went to hospital with concussion.

12:05
EU sanctions: ambassadors to meet
EU ambassadors will discuss a proposal for a new sanctions package against Russia on Wednesday, diplomats in Brussels said. Two member states have signalled that they could block it unless it includes exemptions for their refineries.

11:20
Left bank without heating
About 600 apartment buildings on Kyiv's left bank are without heating after the morning strike damaged a heating main in the Desnianskyi district, the city administration said. Overnight temperatures are forecast to fall to minus 14C.

"We sleep in our coats and the children sleep between us," said Bohdan Shevchuk, who lives on the eleventh floor of a block in the Troieshchyna neighbourhood. "The radiators were already lukewarm before today."

10:30
Warehouse burns south of Kyiv
In the Obukhiv district south of Kyiv, a drone hit the warehouse of a logistics company, starting a fire that covered about 2,000 square metres, the regional military administration said. There were no casualties.

09:40
Russia says it downed 43 drones
Moscow's defence ministry reported shooting down 43 Ukrainian drones overnight, 19 of them over the Bryansk region. The others were destroyed over the Kursk, Oryol and Kaluga regions, it said.

08:55
Ballistic missile hits Kyiv
A ballistic missile hit the Desnianskyi district of Kyiv at about 05:40, destroying part of a two-storey building and blowing out the windows of a school, the head of the city military administration said. One person was killed and six injured.

08:10
Overnight attack: 124 drones, five ballistic missiles
Russia launched 124 drones, about 70 of them Shahed types and the rest decoys, and five Iskander-M ballistic missiles overnight, Ukraine's air force reported. Of these, 101 drones and two of the missiles were brought down. Another 17 drones were "locationally lost", the air force's term for decoys that disappear from radar.

07:30
Welcome
Good morning. It is minus 12C in Kyiv and there was another heavy attack overnight. Follow our coverage here through the day; the newest posts are at the top.
Show more updates
Ciara Brennan is the Chronicle's live news editor. She has reported on Ukraine since 2022.
The Ukraine Brief: our free newsletter, every Tuesday and Friday
Enter your email address
Subscribe
Tags: Ukraine, Russia, Kyiv, Energy, Prisoner exchange
© 2026 The Quayside Chronicle
"""
DOC = {"id": "la02", "date": "2026-02-10", "source": "The Quayside Chronicle (Irish newspaper site, live blog, newest entry first)",
       "url": "https://www.quaysidechronicle.example/news/world/ukraine-war-live-2026-02-10",
       "text": TEXT}

D = "2026-02-10"
EVENTS = [
    E("la02-1", MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(124)), W("ballistic_missile", "Iskander-M", launched=N(5))],
      note="08:10 (the oldest but one, near the bottom): '124 drones … and five Iskander-M ballistic missiles "
           "overnight' (Tuesday morning = 10 Feb); typed by the missiles; the summary repeats it"),
    E("la02-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="la02-1",
      weapons=[W("drone", intercepted=N(101)), W("ballistic_missile", intercepted=N(2))],
      note="'101 drones and two of the missiles were brought down'; the 17 'locationally lost' are not intercepted"),
    E("la02-3", MAS, D, L("Kyiv"), "RU", "UA", parent="la02-1", fat=N(2), inj=N(8),
      weapons=[W("ballistic_missile")],
      note="08:55 ballistic missile on the Desnianskyi district (= the city) at about 05:40, 1 k 6 w -> 21:15 'toll "
           "rises to two … injured … risen to eight' (higher on the page = later): the latest figure wins"),
    E("la02-4", DIS, D, L("Kyiv"), "RU", "UA", parent="la02-3",
      note="11:20: 'About 600 apartment buildings on Kyiv's left bank are without heating after the morning strike "
           "damaged a heating main'"),
    E("la02-5", ADS, D, H("Obukhiv", "Obukhiv district"), "RU", "UA", parent="la02-1", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="10:30: 'In the Obukhiv district south of Kyiv, a drone hit the warehouse … There were no casualties': "
           "district = precision 2; 0/0"),
    E("la02-6", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(5), weapons=[W("guided_bomb", launched=N(2))],
      note="15:25 said 'A missile hit the Kholodnohirskyi district … at about 15:10', five injured; the 19:50 "
           "correction (printed above it) says 'two guided aerial bombs, not a missile' -> one event, "
           "air_drone_strike with two guided bombs (the corrected weapon decides the type)"),
    E("la02-7", ADS, D, H("Khotin", "road near Khotin"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("drone")],
      note="13:45: a minibus 'hit by a Russian drone on the road near Khotin, north of Sumy, at about 07:30', driver "
           "killed, four passengers wounded; near X = precision 2; Khotin 706253 (Sumy oblast), not Khotyn in Chernivtsi oblast"),
    E("la02-8", INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(43))], note="09:40: MoD 'shooting down 43 Ukrainian drones overnight'"),
    E("la02-9", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="la02-8",
      claimant="Russian Defence Ministry", weapons=[W("drone", intercepted=N(19))],
      note="'19 of them over the Bryansk region': region with its own count -> required"),
    E("la02-10", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="la02-8", optional=True,
      weapons=[W("drone")], note="'The others were destroyed over the Kursk, Oryol and Kaluga regions': listed -> optional"),
    E("la02-11", INT, D, R("RU-ORL", "Oryol region"), "RU", "UA", parent="la02-8", optional=True,
      weapons=[W("drone")], note="listed region -> optional"),
    E("la02-12", INT, D, R("RU-KLU", "Kaluga region"), "RU", "UA", parent="la02-8", optional=True,
      weapons=[W("drone")], note="listed region -> optional"),
    E("la02-13", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole: optional"),
    E("la02-14", ADS, D, L("Oryol"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Oryol governor",
      note="16:10: Ukrainian drones set fire to 'a fuel and energy facility' in the city of Oryol overnight; 'No one "
           "was hurt' = 0/0"),
    E("la02-15", AGR, D, C(None, "undisclosed"), "UA", "RU",
      note="19:10: 'exchanged 138 prisoners of war each on Tuesday' (UAE mediation): a prisoner exchange is an "
           "agreement without a place (the Chernihiv-region hospital is where the men were taken afterwards); held "
           "'since the spring of 2022' is history"),
    E("la02-16", ADS, "2026-02-08", L("Odesa"), "RU", "UA", inj=N(11), weapons=[W("drone")],
      note="12:50: 'The number of people injured in Sunday's drone attack on Odesa has risen to 11' -> the recalled "
           "attack on Sunday 8 Feb with its latest figure (required on its own day)"),
    E("la02-17", DIS, D, L("Enerhodar", name="Zaporizhzhia nuclear power plant, Enerhodar"), None, None,
      note="17:40: the plant 'was cut off from its last 750-kilovolt line at 04:10 local time on Tuesday'; the IAEA "
           "'did not say what caused the loss', each side blamed the other -> sides null (blind45 kv05 call); the "
           "plant is at Enerhodar"),
    E("la02-18", CLA, D, L("Kostiantynivka"), "RU", "UA",
      note="16:55: assault 'into the south-eastern districts of Kostiantynivka … on Tuesday morning', driven back: "
           "within the town = precision 1; 'exactly as they always do' is habit"),
]
# Not events: the pinned post (heating points, advice); the 21:47 summary (repeats); the 20:30 analysis ('since the start
# of the heating season' habit, 'if temperatures stay below minus ten … could have to be drained' conditional); the
# 19:50 correction itself (it amends la02-6); the Kremlin's 'could take place later this month' (plan, no date); the
# 14:30 reader question (trains late because of power cuts: generic); the EU ambassadors 'will discuss … on Wednesday'
# and 'could block it' (plan, conditional); the prisoners held 'since the spring of 2022' and the Mariupol defenders
# (history); 'as they always do' (habit); the welcome entry; the overnight temperature forecast.
STATEMENTS = [
    S("Liudmyla Hrytsenko", "UA", "I recognised him by the way he walks", "mother of a released prisoner"),
    S("Iryna Sokil", "UA", "This time our drone crews were waiting for them", "brigade press officer, Kostiantynivka"),
    S("Bohdan Shevchuk", "UA", "We sleep in our coats and the children sleep between us", "Kyiv resident, Troieshchyna"),
]
# Not gold: the Kremlin spokesman (title only: "could take place later this month"), the Oryol governor's fragment
# "a fuel and energy facility", the air force's term "locationally lost".
MUST_NOT = ["THE QUAYSIDE CHRONICLE", "News | Sport | Business | Opinion | Culture | Podcasts", "News › World › Ukraine",
            "LIVE", "Updated 21:47 EET", "Edited by Ciara Brennan and Liam Doyle", "Pinned post", "Show more updates",
            "Ciara Brennan is the Chronicle's live news editor. She has reported on Ukraine since 2022.",
            "The Ukraine Brief: our free newsletter, every Tuesday and Friday", "Enter your email address",
            "Subscribe", "Tags: Ukraine, Russia, Kyiv, Energy, Prisoner exchange", "© 2026 The Quayside Chronicle"]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la02-1": "Russia launched 124 drones, about 70 of them Shahed types and the rest decoys, and five Iskander-M ballistic missiles overnight",
    "la02-2": "Of these, 101 drones and two of the missiles were brought down.",
    "la02-3": "The number of injured in the district has risen to eight.",
    "la02-4": "About 600 apartment buildings on Kyiv's left bank are without heating after the morning strike damaged a heating main in the Desnianskyi district",
    "la02-5": "In the Obukhiv district south of Kyiv, a drone hit the warehouse of a logistics company",
    "la02-6": "The regional governor has since said the district was struck by two guided aerial bombs, not a missile.",
    "la02-7": "A minibus taking workers to a farm was hit by a Russian drone on the road near Khotin, north of Sumy, at about 07:30",
    "la02-8": "Moscow's defence ministry reported shooting down 43 Ukrainian drones overnight",
    "la02-9": "19 of them over the Bryansk region",
    "la02-10": "The others were destroyed over the Kursk, Oryol and Kaluga regions, it said.",
    "la02-11": "The others were destroyed over the Kursk, Oryol and Kaluga regions, it said.",
    "la02-12": "The others were destroyed over the Kursk, Oryol and Kaluga regions, it said.",
    "la02-13": "Moscow's defence ministry reported shooting down 43 Ukrainian drones overnight",
    "la02-14": "Ukrainian drones set fire to \"a fuel and energy facility\" in the city of Oryol overnight. No one was hurt, he said.",
    "la02-15": "Ukraine and Russia exchanged 138 prisoners of war each on Tuesday",
    "la02-16": "The number of people injured in Sunday's drone attack on Odesa has risen to 11",
    "la02-17": "was cut off from its last 750-kilovolt line at 04:10 local time on Tuesday",
    "la02-18": "Russian troops tried to push into the south-eastern districts of Kostiantynivka with two tanks and several armoured vehicles on Tuesday morning, and were driven back",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
