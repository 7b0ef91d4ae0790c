from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine war: List of key events, day 560"
TEXT = """Gulf Horizon News
Live   News   Ukraine war   Middle East   Economy   Opinion   Video
LIVE NOW
Russia-Ukraine war: List of key events, day 560
These are the main developments as the Russia-Ukraine war enters its 560th day.
Published On 6 Sep 2023
Save articles to read later and create your own reading list.
Listen to this article: 4 mins
Here is the situation on Wednesday, September 6, 2023.

Fighting
- Russian drones attacked the Danube port of Izmail in the southern Odesa region overnight, damaging grain silos and an administrative building and injuring two people, the regional governor said.
- Ukraine's air force said it destroyed 23 of the 33 Shahed drones that Russia launched overnight from Primorsko-Akhtarsk on the Sea of Azov and from Cape Chauda in occupied Crimea, most of them aimed at the Odesa region.
- Romania's defence ministry said no drone had fallen on Romanian territory, rejecting reports from Kyiv that fragments had landed on the opposite bank of the Danube.
- Russian shelling killed two men in Kherson on Tuesday, one of them in the city's Korabelnyi district, the regional military administration said.
- Ukraine's deputy defence minister said Ukrainian troops advanced near Kurdiumivka, south of Bakhmut, on Monday. "The enemy is trying to hold the railway embankment at any cost, but we are moving forward every day," Kateryna Pylypchuk, a spokeswoman for the eastern group of forces, told national television.
- Russia's defence ministry said its forces repelled four Ukrainian attacks near Verbove in the southern Zaporizhzhia region on Tuesday. The claim could not be independently verified.
- Russia said its air defences shot down three Ukrainian drones overnight, two over the Moscow region and one over the Kursk region. Flights at Moscow's Vnukovo airport were suspended for about two hours.
- In Russia's Belgorod region, a Ukrainian drone dropped a munition on a farm building in Novaya Tavolzhanka on Tuesday, wounding a worker, the regional governor said.

Politics and diplomacy
- Ukraine's prime minister held talks with Canadian officials in Ottawa on Tuesday on reconstruction financing and demining assistance.
- Russia's foreign minister and his Turkish counterpart discussed the Black Sea grain corridor in a phone call on Monday, Moscow said. The Kremlin repeated that it would return to the grain deal only if Western restrictions on its state agricultural bank were lifted.
- The Kremlin said it saw "no basis" for talks with Kyiv as long as Ukraine insisted on the withdrawal of Russian troops from all occupied territory.
- "We will not trade territory for a pause that Russia will use to rearm," Ukraine's presidential adviser Oleksii Savenko said in an interview with a German newspaper.

Weapons
- Lithuania's defence ministry in Vilnius announced on Tuesday a €16m package of air defence ammunition and generators for Ukraine.
- Denmark said the first F-16 fighter jets it has promised would arrive in Ukraine next spring, once pilot training is complete.
- United States officials said Washington was still considering whether to send long-range ATACMS missiles, a decision that would require "a lot of boxes to be ticked".

Economy
- Ukraine's agriculture ministry said grain exports fell by about a fifth in August compared with July, after Russia quit the Black Sea grain deal and attacked port infrastructure on the Danube.
- The European Commission said it would decide by September 15 whether to extend restrictions on Ukrainian grain imports in five neighbouring member states.

Source: Gulf Horizon News and news agencies
Click here to share on social media
Advertisement
MORE FROM UKRAINE WAR
Russia-Ukraine war: List of key events, day 559
Photos: A day at a grain terminal on the Danube
"""
DOC = {"id": "p04", "date": "2023-09-06", "source": "Gulf Horizon News",
       "url": "https://www.gulfhorizon.example/news/2023/9/6/russia-ukraine-war-list-of-key-events-day-560", "text": TEXT}

D, TUE, MON = "2023-09-06", "2023-09-05", "2023-09-04"
EVENTS = [
    E("p04-1", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(33))],
      claimant="Ukraine's air force", note="drones-only wave; Primorsko-Akhtarsk and Cape Chauda are launch sites"),
    E("p04-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="p04-1",
      weapons=[W("drone", "Shahed", intercepted=N(23))]),
    E("p04-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="p04-1",
      claimant="regional governor", note="'overnight' in a Wednesday list = 6 Sept"),
    E("p04-4", "missile_artillery_strike", TUE, L("Kherson", 1, "Kherson, Korabelnyi district"), "RU", "UA",
      fat=N(2), weapons=[W("artillery")], claimant="regional military administration",
      note="two men killed in Kherson, one of them in the Korabelnyi district: one city event"),
    E("p04-5", "territory_change", MON, L("Kurdiumivka", 2, "near Kurdiumivka"), "UA", "RU",
      claimant="Ukraine's deputy defence minister"),
    E("p04-6", "armed_clash", TUE, L("Verbove", 2, "near Verbove"), "UA", "RU", claimant="Russia's defence ministry",
      note="four Ukrainian attacks repelled: actor1 = the attacker"),
    E("p04-7", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(3))]),
    E("p04-8", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", weapons=[W("drone", intercepted=N(2))],
      note="region with a count: required"),
    E("p04-9", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(1))],
      note="region with a count: required"),
    E("p04-15", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the overnight Ukrainian drone attack on Russia as a whole, known through the interceptions"),
    E("p04-10", "infrastructure_disruption", D, L("Vnukovo"), "UA", "RU",
      note="flights suspended for about two hours; Vnukovo airport lies within Moscow city (RU-MOW)"),
    E("p04-11", "air_drone_strike", TUE, L("Novaya Tavolzhanka"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="regional governor"),
    E("p04-12", "diplomatic_contact", TUE, L("Ottawa"), "UA", "CA"),
    E("p04-13", "diplomatic_contact", MON, C(None, "phone call"), "RU", "TR",
      note="phone call: no place; the Kremlin's condition is not an event"),
    E("p04-14", "policy_decision", TUE, L("Vilnius"),
      "LT", "UA", note="aid package announced by the defence ministry in Vilnius"),
]
STATEMENTS = [
    S("Kateryna Pylypchuk", "UA", "we are moving forward every day", "spokeswoman for the eastern group of forces"),
    S("Oleksii Savenko", "UA", "We will not trade territory for a pause that Russia will use to rearm",
      "presidential adviser"),
]
MUST_NOT = [
    "Gulf Horizon News",
    "Live   News   Ukraine war   Middle East   Economy   Opinion   Video",
    "LIVE NOW",
    "Published On 6 Sep 2023",
    "Save articles to read later and create your own reading list.",
    "Listen to this article: 4 mins",
    "Source: Gulf Horizon News and news agencies",
    "Click here to share on social media",
    "Advertisement",
    "MORE FROM UKRAINE WAR",
    "Russia-Ukraine war: List of key events, day 559",
    "Photos: A day at a grain terminal on the Danube",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
