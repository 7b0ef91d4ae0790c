from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Zaporizhzhia death toll rises to 11 after Russian ballistic missiles hit city"
TEXT = """THE ALBION GAZETTE
Subscribe | Sign in | Newsletters
News | World | Politics | Business | Voices | Culture | Sport
World › Europe › Ukraine war
Zaporizhzhia death toll rises to 11 after Russian ballistic missiles hit city
Rescuers were still searching the rubble of an office block at nightfall; four of the wounded are children
By Harriet Colebrook in Kyiv
Friday 17 May 2024 20:14 BST
Bookmark
Comments
The number of people killed when Russian ballistic missiles slammed into Zaporizhzhia on Friday morning rose to 11 by the evening, Ukrainian officials said, after rescuers lifted two more bodies from the wreckage of a four-storey office block near the river.

At midday the regional governor had spoken of seven dead. By 7pm the figure stood at 11, and 34 people were being treated for wounds, four of them children, according to the regional military administration.

Five Iskander-M missiles were fired at the city shortly after 9am, Ukraine's air force said; two were brought down by air defence before they reached it. The other three hit the office block, a repair workshop and a car park beside a tram depot, all within a few hundred metres of one another.

Hours later, with the search still under way, a guided aerial bomb struck a warehouse on the northern outskirts of the city, wounding three of the men who worked there.

Much of the left bank was left without running water after a main was ruptured by the blasts, the city council said, and tanker lorries were sent to the worst-affected blocks.

The day had started before dawn. Shortly before 3am, Shahed drones set fire to a private house in Vilniansk, a town some 20 miles north of the city; the couple who lived there got out unhurt. Air defence shot down 13 drones over the region overnight, the governor said.

Closer to the front line, about 40 miles to the south-east, Russian artillery pounded Orikhiv throughout Thursday. Two men were wounded, one of them critically, local officials said.

“We had four children in theatre at the same time, and the youngest is six,” said Dr Oksana Mirchuk, a paediatric surgeon at the regional hospital, who had been on shift since the morning. “Nobody here has slept.”

It was the second deadly attack on the city this week. On Tuesday, a 58-year-old man was killed when a drone struck his car as he drove through the Komunarskyi district.

Russia's defence ministry said on Friday that its forces had hit “workshops where attack drones were being assembled”. It did not mention the office block.

Bohdan Levchenko, 63, who runs a kiosk by the tram depot, was sweeping glass from his counter in the afternoon. “The first one I took for our air defence,” he said. “The second blew the windows out of the whole street.”

The city's military administration declared Saturday a day of mourning. The governor said he expected the toll to rise further, as at least four people were still missing.

Zaporizhzhia, whose southern outskirts lie within 20 miles of Russian positions, has been shelled almost daily since the spring of 2022.
Albion Premium: unlimited access to every article for £1 a month
More about: Ukraine war | Zaporizhzhia | Russia | Missile strikes
Join our commenting forum
"""
DOC = {"id": "le01", "date": "2024-05-17", "source": "The Albion Gazette (British newspaper site)",
       "url": "https://www.albiongazette.example/world/europe/zaporizhzhia-missile-strike-death-toll-b2547310.html",
       "text": TEXT}

D, THU, TUE = "2024-05-17", "2024-05-16", "2024-05-14"
EVENTS = [
    E("le01-1", MAS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(11), inj=N(34),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(5))],
      ev="The number of people killed when Russian ballistic missiles slammed into Zaporizhzhia on Friday morning "
         "rose to 11 by the evening",
      note="the Friday-morning strike on the city: the latest toll wins ('rose to 11 by the evening', 'By 7pm … 11'; "
           "the governor's midday seven is superseded), 34 wounded; 'Five Iskander-M missiles were fired at the city' "
           "= launched 5 (the two shot down are the interception le01-2). Three sites within a few hundred metres "
           "(office block, workshop, car park), no toll per site -> one event"),
    E("le01-2", INT, D, L("Zaporizhzhia"), "UA", "RU", parent="le01-1",
      weapons=[W("ballistic_missile", intercepted=N(2))],
      ev="two were brought down by air defence before they reached it",
      note="two of the five Iskander-M 'brought down by air defence before they reached' the city: an interception "
           "with a count, placed at the city the missiles were fired at (a regional answer shares its admin1)"),
    E("le01-3", ADS, D, H("Zaporizhzhia", "northern outskirts of Zaporizhzhia"), "RU", "UA", inj=N(3),
      weapons=[W("guided_bomb")],
      ev="a guided aerial bomb struck a warehouse on the northern outskirts of the city, wounding three",
      note="'Hours later' on Friday: another weapon, another hour, another site -> its own event (blind43 call 2); "
           "outskirts = precision 2; three workers wounded"),
    E("le01-4", DIS, D, L("Zaporizhzhia"), "RU", "UA", parent="le01-1",
      ev="Much of the left bank was left without running water after a main was ruptured by the blasts",
      note="water cut on the left bank (part of the city = the city) because of the morning blasts: a disruption, "
           "child of the strike; the tanker lorries are the response"),
    E("le01-5", ADS, D, L("Vilniansk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="Shortly before 3am, Shahed drones set fire to a private house in Vilniansk",
      note="'Shortly before 3am' on the Friday ('The day had started before dawn'): drones on a house in Vilniansk; "
           "'the couple who lived there got out unhurt' -> 0/0"),
    E("le01-6", INT, D, R("UA-23", "Zaporizhzhia region"), "UA", "RU", weapons=[W("drone", intercepted=N(13))],
      ev="Air defence shot down 13 drones over the region overnight",
      note="'shot down 13 drones over the region overnight' (Friday page): a regional interception with a count -> "
           "required, region only"),
    E("le01-7", MAS, THU, L("Orikhiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      ev="Russian artillery pounded Orikhiv throughout Thursday",
      note="'pounded Orikhiv throughout Thursday' (16 May): one day's shelling of the town = one event; two men "
           "wounded"),
    E("le01-8", ADS, TUE, L("Zaporizhzhia"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      ev="On Tuesday, a 58-year-old man was killed when a drone struck his car",
      note="recalled with a day: 'On Tuesday' (14 May) a drone killed a driver in the Komunarskyi district (= the "
           "city) -> required"),
]
# Not events: the governor's midday 'seven dead' (superseded figure of le01-1), the tanker lorries (response), the
# MoD's 'workshops where attack drones were being assembled' (its version of le01-1), 'declared Saturday a day of
# mourning' (future commemoration), 'expected the toll to rise further' and 'at least four … still missing' (no
# count), 'shelled almost daily since the spring of 2022' (habitual history).
STATEMENTS = [
    S("Oksana Mirchuk", "UA", "We had four children in theatre at the same time", "paediatric surgeon"),
    S("Bohdan Levchenko", "UA", "The second blew the windows out of the whole street", "kiosk owner"),
]
# Not gold: the MoD's fragment 'workshops where attack drones were being assembled' (institution, fragment).
MUST_NOT = ["THE ALBION GAZETTE", "Subscribe | Sign in | Newsletters",
            "News | World | Politics | Business | Voices | Culture | Sport", "World › Europe › Ukraine war",
            "By Harriet Colebrook in Kyiv", "Friday 17 May 2024 20:14 BST", "Bookmark", "Comments",
            "Albion Premium: unlimited access to every article for £1 a month",
            "More about: Ukraine war | Zaporizhzhia | Russia | Missile strikes", "Join our commenting forum"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
