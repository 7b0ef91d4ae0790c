from common import E, L, R, C, N, W, S, gold

TITLE = "The week in Ukraine: a 400-drone night, a swap in the Gulf and a withdrawal near Kostiantynivka"
TEXT = """THE VANTAGE
Politics | World | Ukraine War | Economy | Culture | Podcasts
Subscribe from £1 a week
THE WEEK IN UKRAINE
The week in Ukraine: a 400-drone night, a swap in the Gulf and a withdrawal near Kostiantynivka
By Rosalind Achterberg, Eastern Europe editor
Sunday 8 March 2026, 19:00 GMT
Listen to this article · 11 min
Every Sunday we look back at seven days of the war: what happened, day by day, and what it means. This week Russia returned to the very large combined attacks it had not mounted since January, Ukraine pulled back from another village in Donetsk region, and the two sides swapped prisoners for the first time in a month.

Over the week, Russia launched more than 1,300 attack drones, about 900 guided aerial bombs and 46 missiles against Ukraine, the Ukrainian president said in his Sunday evening address. The General Staff counted 1,124 combat engagements along the front over the same seven days, slightly fewer than the week before.

Monday, 2 March
The week began in Kharkiv, where drones hit a nine-storey residential building in the Saltivskyi district late on Monday, killing one woman and injuring eight people, among them a ten-year-old boy. The city has been attacked on most nights since the new year, and its mayor now publishes a daily count of damaged windows as well as of casualties.

In Brussels, EU foreign ministers discussed a twentieth sanctions package but failed to agree on it after Hungary and Slovakia objected to new restrictions on Russian nuclear fuel. Diplomats expect another attempt at the end of the month.

Also on Monday, Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days, the seventeenth such extension since February 2022. The vote passed with 318 deputies in favour; the opposition abstained in protest at what it called the lack of a debate on demobilisation. Men who have served since the first year of the war still have no fixed date on which they can go home, and their families held small rallies outside parliament in the autumn.

Tuesday, 3 March
A Russian ballistic missile struck the port of Odesa on Tuesday afternoon, killing two port workers and injuring five, the regional governor said. A container ship flagged in Panama was damaged at its berth. It was the fifth attack on the Odesa ports since February, and insurers have raised premiums for ships calling at the city.

Overnight into Tuesday, Ukrainian drones hit the refinery in Tuapse on Russia's Black Sea coast, Ukraine's General Staff said. The regional authorities in Krasnodar Krai said that a fire had broken out at "an industrial site" after a drone attack and that there were no casualties. The refinery had stopped work for several weeks after a similar strike in November.

Wednesday, 4 March
Ukraine and Russia exchanged 200 prisoners of war each on Wednesday, in a swap mediated by the United Arab Emirates. Most of the Ukrainians had been captured in 2022 and 2024, the coordination headquarters for prisoners said. "Some of them did not know until the bus stopped that they were going home," said Oksana Pylypenko, whose brother was among those released. It was the first exchange since early February; both sides said more would follow, but neither named a date.

In Kherson, a Russian drone dropped explosives at a bus stop in the Dniprovskyi district on Wednesday morning, killing a 67-year-old man. Drone attacks on Kherson's streets are now so routine that the city administration publishes maps of the safest routes to the markets.

Thursday, 5 March
Ukraine's army said on Thursday that its troops had withdrawn from Shcherbynivka, a village southeast of Kostiantynivka. "We left the village on Thursday morning to preserve the lives of our soldiers," a spokesman for the brigade holding the sector, Lieutenant Colonel Dmytro Savchuk, told local television. Russia's defence ministry had claimed the capture of the village twice before, in January and in February, and Ukrainian officials had denied both claims.

Also on Thursday, a Russian missile hit an industrial enterprise in Dnipro, injuring three workers. The regional governor did not say what the plant produced.

Friday, 6 March
The Dutch government approved a €350m package on Friday, most of it for drones produced in Ukraine. The Netherlands has now committed more than €8bn in military support since 2022.

In the Sumy region, Russian aircraft dropped guided bombs on Bilopillia on Friday afternoon, killing two people and destroying a school that had been closed since 2024. Bilopillia lies about ten kilometres from the Russian border and has been shelled almost every day for two years.

Saturday, 7 March
The biggest attack of the week came overnight from Friday to Saturday. Russia launched 34 missiles and 410 drones, the Ukrainian air force said; air defence shot down 29 missiles and 372 drones. A cruise missile struck an energy facility in the Ternopil region, leaving about 60,000 households without power for most of the day. In Kyiv, falling drone debris injured two people in the Darnytskyi district.

Poland scrambled fighter jets and put its ground-based air defence on the highest state of readiness during the attack, its operational command said. No Polish airspace was violated.

Sunday, 8 March
On Sunday morning, a Russian drone hit a market in Zaporizhzhia, killing one woman and injuring four people, the regional governor said. Women's Day, which is still widely celebrated in Ukraine, was marked in the city with flowers laid at the site. In his evening address, the Ukrainian president said Russia "answers every proposal for a ceasefire with a new wave of drones."

What it means
Three things stand out from this week. First, the lull in very large combined attacks that began in late January is over. Russia appears to have spent February building up its missile stocks, as it did before its big winter strikes in 2024 and 2025, and it is likely to repeat such attacks every ten days or so while the heating season lasts.

Second, the withdrawal from Shcherbynivka, small in itself, brings Russian forces within about fifteen kilometres of Kostiantynivka's southern edge. If Russian troops reach the town's outskirts in the spring, the last large towns of Donetsk region still under Ukrainian control, Kramatorsk and Sloviansk, would come within range of far more of Russia's artillery and drones.

Third, the prisoner exchange shows that, whatever happens at the negotiating table, the humanitarian channels through the Gulf still work. Ukrainian officials hope to bring home several thousand more prisoners this year.

"Nobody should read too much into a single week," said Kateryna Hnatiuk, a military analyst at the Kyiv Institute for Security Policy. "But the pattern since January is clear: more drones, more bombs, fewer soldiers on each kilometre of front."

By the numbers
- 19: the number of nights this year on which Russia has launched more than 100 drones at Ukraine.
- 15 km: the distance between the new Russian positions near Shcherbynivka and the southern edge of Kostiantynivka.
- 4,700: the number of Ukrainian prisoners of war freed in exchanges since the start of 2025, according to the coordination headquarters.
- 60,000: households in the Ternopil region left without power on Saturday.

From our correspondents
In Kostiantynivka, our reporter found a town that empties a little more each week. The water supply has been cut since the autumn, the last supermarket closed in January, and the evacuation buses run twice a week, when the roads are quiet enough. Those who remain are mostly elderly, and many say they have nowhere else to go. "My son calls every evening and asks when I will leave," said one woman, who asked not to be named, as she queued for bread from a volunteer van. "I tell him: when the house falls down."

In Odesa, port workers say the attacks have become part of the rhythm of the job. Ships keep coming because the corridor along the western Black Sea coast, opened in the summer of 2023, has never been closed for long. Insurance is expensive, but grain still moves, and the port authority says February exports were the highest for that month since the full-scale invasion began.

What to watch next week
- US and Ukrainian officials are due to meet in Geneva on Tuesday to discuss a draft framework for a ceasefire.
- EU leaders meet in Brussels on Thursday and Friday; the sanctions package will be back on the table.
- Ukraine's parliament is expected to vote on a bill lowering the age at which men can volunteer for one-year contracts.

Read more: How Ukraine's drone interceptors changed the winter
Support independent journalism: subscribe to The Vantage
© The Vantage Media Ltd 2026
"""
DOC = {"id": "ks04", "date": "2026-03-08", "source": "The Vantage (weekly magazine site, Sunday round-up)",
       "url": "https://thevantage.example/ukraine-war/2026/03/08/the-week-in-ukraine-400-drone-night", "text": TEXT}

EVENTS = [
    E("ks04-1", "missile_artillery_strike", "2026-03-02", C("UA", "Ukraine"), "RU", "UA", end="2026-03-08",
      prec="week", agg=True,
      weapons=[W("drone", launched=N(1300, "at_least")), W("guided_bomb", launched=N(900, "about")),
               W("missile", launched=N(46))],
      note="the week tally 'Over the week … more than 1,300 attack drones, about 900 guided aerial bombs and 46 "
           "missiles' said on the publication Sunday of a round-up: required week aggregate (blind39 call 4), typed by "
           "the heaviest weapon"),
    E("ks04-2", "armed_clash", "2026-03-02", C("UA", "Ukraine"), "RU", "UA", end="2026-03-08", prec="week", agg=True,
      optional=True,
      note="'1,124 combat engagements along the front over the same seven days': a front-wide count without places, "
           "optional (blind39 kp10's past-day count was optional)"),
    E("ks04-3", "air_drone_strike", "2026-03-02", L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(8), weapons=[W("drone")],
      note="Monday heading: drones on a nine-storey building in the Saltivskyi district (= the city) 'late on Monday', "
           "1 k 8 w"),
    E("ks04-4", "diplomatic_contact", "2026-03-02", L("Brussels"), None, None, optional=True,
      note="EU foreign ministers in Brussels discussed the sanctions package and failed to agree: a meeting with no "
           "decision and no party to the war; optional"),
    E("ks04-20", "policy_decision", "2026-03-02", C("UA", "Ukraine"), "UA", None,
      note="Monday: parliament 'voted to extend martial law and general mobilisation for another 90 days' -> a "
           "decision about the war at the deciding country (precision 4); 'the seventeenth such extension' is a tally"),
    E("ks04-5", "missile_artillery_strike", "2026-03-03", L("Odesa"), "RU", "UA", fat=N(2), inj=N(5),
      weapons=[W("ballistic_missile")],
      note="Tuesday: ballistic missile on the port of Odesa 'on Tuesday afternoon', 2 k 5 w"),
    E("ks04-6", "air_drone_strike", "2026-03-03", L("Tuapse"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Overnight into Tuesday' = 3 Mar: Ukrainian drones on the Tuapse refinery; the Krasnodar authorities' fire "
           "at 'an industrial site' is the same event; 'no casualties' = 0/0; the November strike is history"),
    E("ks04-7", "agreement", "2026-03-04", C(None, "undisclosed"), "UA", "RU",
      note="Wednesday: 200-for-200 prisoner exchange mediated by the UAE: an agreement without a place"),
    E("ks04-8", "air_drone_strike", "2026-03-04", L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="Wednesday morning: drone explosives at a bus stop in the Dniprovskyi district (= the city), 1 k"),
    E("ks04-9", "territory_change", "2026-03-05", L("Shcherbynivka"), "RU", "UA",
      note="Thursday: Ukraine's army said its troops 'had withdrawn from Shcherbynivka'; the spokesman's 'We left the "
           "village on Thursday morning' -> territory_change to the advancing side (RU) on 5 Mar; the MoD's earlier claims 'in January and "
           "in February' (denied) are history"),
    E("ks04-10", "missile_artillery_strike", "2026-03-05", L("Dnipro"), "RU", "UA", inj=N(3), weapons=[W("missile")],
      note="Thursday: missile on an industrial enterprise in Dnipro, three workers injured"),
    E("ks04-11", "policy_decision", "2026-03-06", C("NL", "Netherlands"), "NL", "UA",
      note="Friday: the Dutch government approved a €350m package -> the deciding country, precision 4; the '€8bn "
           "since 2022' is a cumulative total"),
    E("ks04-12", "air_drone_strike", "2026-03-06", L("Bilopillia"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="Friday afternoon: guided bombs on Bilopillia, 2 k; the school 'closed since 2024' and shelling 'almost "
           "every day for two years' are background"),
    E("ks04-13", "missile_artillery_strike", "2026-03-07", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(34)), W("drone", launched=N(410))],
      note="Saturday heading: 'overnight from Friday to Saturday' = 7 Mar: 34 missiles and 410 drones (country wave)"),
    E("ks04-14", "interception", "2026-03-07", C("UA", "Ukraine"), "UA", "RU", parent="ks04-13",
      weapons=[W("missile", intercepted=N(29)), W("drone", intercepted=N(372))],
      note="'shot down 29 missiles and 372 drones'"),
    E("ks04-15", "missile_artillery_strike", "2026-03-07", R("UA-61", "Ternopil Oblast"), "RU", "UA", parent="ks04-13",
      weapons=[W("cruise_missile")], note="cruise missile on an energy facility 'in the Ternopil region': region only"),
    E("ks04-16", "infrastructure_disruption", "2026-03-07", R("UA-61", "Ternopil Oblast"), "RU", "UA",
      parent="ks04-15", note="'about 60,000 households without power for most of the day'"),
    E("ks04-17", "air_drone_strike", "2026-03-07", L("Kyiv"), "RU", "UA", parent="ks04-13", inj=N(2),
      weapons=[W("drone")], note="drone debris in the Darnytskyi district (= the city), two injured"),
    E("ks04-18", "military_mobilization", "2026-03-07", C("PL", "Poland"), "PL", None,
      note="Poland 'scrambled fighter jets' and raised air-defence readiness during the attack (the night to Saturday); "
           "'No Polish airspace was violated' gives no airspace event"),
    E("ks04-19", "air_drone_strike", "2026-03-08", L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("drone")], note="Sunday morning: drone on a market in Zaporizhzhia, 1 k 4 w"),
]
# Not events: 'large combined attacks it had not mounted since January', 'the first time in a month' (intro,
# comparisons); the city 'attacked on most nights since the new year' and the mayor's window count (habitual);
# 'Diplomats expect another attempt at the end of the month' (future); the opposition's abstention, demobilisation,
# the families' rallies 'in the autumn' (undated protests); the Panama-flagged ship damaged at its
# berth (part of the Odesa port strike, not a separate event); 'the fifth attack on the Odesa ports since
# February' (tally), insurers' premiums; the refinery stopped 'after a similar strike in November' (history without
# a day); prisoners 'captured in 2022 and 2024' (history), 'more would follow' (future); Kherson drone attacks 'so
# routine' and the route maps (habitual); the MoD's capture claims 'in January and in February', denied (history);
# the Netherlands' '€8bn since 2022' (cumulative); the Bilopillia school 'closed since 2024' and shelling 'almost
# every day for two years' (background); 'No Polish airspace was violated' (negation); flowers laid at the Zaporizhzhia
# market (commemoration); the president's 'answers every proposal for a ceasefire with a new wave of drones'
# (title-only statement); 'What it means' (the lull since late January, stockpiling 'as it did … in 2024 and 2025',
# 'likely to repeat such attacks every ten days', 'If Russian troops reach … would come within range', hopes to bring
# home prisoners 'this year'); the analyst's quote; 'What to watch next week' (Geneva meeting on Tuesday, EU summit
# on Thursday and Friday, the parliament vote: all future); 'By the numbers' (tallies: 19 nights, 15 km, 4,700
# prisoners since 2025, the Ternopil 60,000 repeated); 'From our correspondents' (Kostiantynivka emptying, water cut
# 'since the autumn', the supermarket closed 'in January', buses twice a week, the unnamed woman; the Odesa port
# rhythm, the corridor 'opened in the summer of 2023', February exports: habitual, history, statistics).
STATEMENTS = [
    S("Oksana Pylypenko", "UA", "did not know until the bus stopped that they were going home", "sister of a released prisoner"),
    S("Dmytro Savchuk", "UA", "to preserve the lives of our soldiers", "brigade spokesman"),
    S("Kateryna Hnatiuk", None, "more drones, more bombs, fewer soldiers on each kilometre of front",
      "military analyst, Kyiv Institute for Security Policy"),
]
MUST_NOT = ["THE VANTAGE", "Politics | World | Ukraine War | Economy | Culture | Podcasts", "Subscribe from £1 a week",
            "THE WEEK IN UKRAINE", "By Rosalind Achterberg, Eastern Europe editor", "Sunday 8 March 2026, 19:00 GMT",
            "Listen to this article · 11 min", "Read more: How Ukraine's drone interceptors changed the winter",
            "Support independent journalism: subscribe to The Vantage", "© The Vantage Media Ltd 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
