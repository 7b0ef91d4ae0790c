from common import E, L, R, C, N, W, S, gold

TITLE = "The week in Ukraine: the biggest drone night yet, a swap, and a refinery on fire"
TEXT = """View this email in your browser
THE KYIV LEDGER · WEEKENDER
Issue No. 143 — Saturday 14 June 2025
You're reading the members' edition. Forwarded this? Join 38,000 readers
The week in Ukraine: the biggest drone night yet, a swap, and a refinery on fire
Estimated reading: 9 minutes

Good morning from Kyiv. This was a week in which the numbers got bigger again: Russia's largest drone raid of the war so far, a prisoner exchange that brought home a few hundred men and the bodies of thousands more, and a Ukrainian long-range campaign that reached deeper into Russia's Volga region. Below is our day-by-day summary, followed by what we think it means.

Sunday 8 June

Kharkiv woke up to explosions shortly after 3am. Russian drones hit two apartment blocks and a tram depot in the city's Industrialnyi and Kyivskyi districts, killing two people and injuring 17, among them a 12-year-old girl, the mayor's office said. Eleven Shahed-type drones reached the city in less than twenty minutes.

Also on Sunday, Russia's Defence Ministry announced that its troops had reached the western administrative border of Donetsk region and were "developing the offensive" into Dnipropetrovsk region. Ukraine's army denied any breakthrough, and none of the open-source mapping groups we follow showed a change on the border that day. We file the claim under propaganda until there is evidence.

Monday 9 June

The night from Sunday into Monday brought what the air force called the largest combined attack since February 2022: 479 drones and decoys and 20 missiles, among them Kh-101 cruise missiles and Iskander-M ballistic missiles. Ukrainian air defence shot down or jammed 277 drones and 19 of the missiles, the air force said.

In Kyiv, debris fell in three districts, causing fires in a warehouse and a parked-car lot; four people were hurt, according to the city military administration. In Bila Tserkva, south of the capital, a drone hit an industrial site; the regional governor said nobody was hurt there.

Poland's operational command scrambled fighter jets on Monday morning and said its ground-based air defences were on the highest readiness while the attack on western Ukraine lasted. No Polish airspace violation was reported.

Tuesday 10 June

Odesa was the target on Tuesday night. A drone struck the upper floors of a nine-storey apartment building in the Kyivskyi district shortly before midnight, killing two residents and injuring nine, regional officials said. A maternity ward nearby lost its windows, but its staff and patients had already moved into the basement when the sirens began.

"We have been doing this every night for three years, and the women still apologise to us for the inconvenience," said Svitlana Moroz, the ward's senior midwife.

Wednesday 11 June

The week's one piece of good news: 250 Ukrainian servicemen, most of them under 25, came home in a prisoner exchange with Russia carried out on Wednesday on the Belarusian border, in return for the same number of Russian soldiers. It was the second stage of the exchanges agreed at the talks in Istanbul earlier this month, and Ukraine also received the bodies of 1,200 fallen soldiers.

"Every face on that bus was a victory, but we still have thousands to bring home," said Oksana Lytvynenko of the Coordination Headquarters for the Treatment of Prisoners of War.

Thursday 12 June

Ukrainian drones set fire to the oil refinery in Saratov early on Thursday. The regional governor said on Telegram that debris from a downed drone had fallen on "an industrial enterprise" in the city and that one worker had been injured; local residents posted footage of a large blaze at the refinery. Russia's Defence Ministry said 38 Ukrainian drones were shot down over five regions overnight, 14 of them over the Saratov region.

A source in Ukraine's SBU security service told us the refinery's primary processing unit had been hit. We could not verify the claim.

Friday 13 June

A ballistic missile struck the centre of Dnipro on Friday afternoon, killing three people and injuring 20, regional officials said. The missile hit a bus stop next to a university building during the lunch break.

On the same day, Ukraine's president met the visiting Austrian chancellor in Kyiv to discuss reconstruction financing and the European Union's next sanctions package.

By the numbers

Over the past week, Russia launched around 1,900 drones, 70 missiles and more than 1,200 guided aerial bombs against Ukraine, the president said in his Saturday morning address.

What it means

Three things stand out. First, the size of the raids. A year ago, a night with 100 drones was a headline; now 400 is routine, and Russia has shown it can launch twice that in a single night. Shahed production at the Alabuga plant has almost certainly outpaced Ukraine's ability to buy interceptors, and the air force has become increasingly dependent on mobile fire groups with machine guns and on interceptor drones that cost a fraction of a missile. If the trend continues, it is only a matter of time before Russia tries a 1,000-drone night.

Second, Ukraine's own long-range campaign is starting to bite. Refineries in the Volga region used to be out of range; this spring they are not. Analysts we spoke to estimate that up to a tenth of Russia's refining capacity was offline at some point in May. That will not end the war, but it raises the cost of it, and it does so without Western missiles.

Third, the exchanges. The Istanbul format has produced prisoner swaps and little else. Nobody in Kyiv expects a ceasefire to come out of it this summer, and Moscow's memorandum, which demands that Ukraine withdraw from four regions it still partly controls, is a list of conditions for surrender rather than a negotiating position. Still, each exchange matters to the families, and the next stage is expected before the end of the month.

What to watch next week

The G7 summit in Canada starts on Sunday. Expect a lot of talk about a price cap on Russian oil and much less about air defence deliveries. Ukraine's parliament will also vote on the extension of martial law and general mobilisation, which is now a formality every ninety days.

Elsewhere in the world

— Sudan: fighting around El Fasher continued for a fifth week, aid agencies said.
— Middle East: airstrikes in Gaza were reported throughout the week as ceasefire talks in Doha stalled.
— Football: Ukraine's under-21s beat Denmark 2-1 in the European Championship in Slovakia.

That's all for this week. Send us your questions: we answer a selection every Saturday.
— Daryna Kovalchuk and the Weekender desk
Reply to this email to reach the editors · Manage your preferences · Unsubscribe
The Kyiv Ledger Media LLC, 11 Reitarska St, Kyiv 01030
"""
DOC = {"id": "l02", "date": "2025-06-14", "source": "The Kyiv Ledger (weekly newsletter)",
       "url": "https://kyivledger.example.com/weekender/143", "text": TEXT}

EVENTS = [
    E("l02-1", "air_drone_strike", "2025-06-08", L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(17),
      weapons=[W("drone", "Shahed-136", launched=N(11))],
      note="day heading 'Sunday 8 June' + 'woke up to explosions shortly after 3am': 8 June; two districts of the city = "
           "the city"),
    E("l02-2", "territory_change", "2025-06-08", R("UA-12", "Dnipropetrovsk region"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry",
      note="MoD claim of reaching the border and attacking into Dnipropetrovsk region, denied by Ukraine and unsupported "
           "by mapping: optional, no place"),
    E("l02-3", "missile_artillery_strike", "2025-06-09", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(479)), W("missile", launched=N(20))],
      note="'The night from Sunday into Monday' under the Monday heading: 9 June; combined wave typed by the missiles; "
           "kinds (Kh-101, Iskander-M) named without counts -> one generic missile entry; 'largest since February 2022' "
           "is history"),
    E("l02-4", "interception", "2025-06-09", C("UA", "Ukraine"), "UA", "RU", parent="l02-3",
      weapons=[W("drone", intercepted=N(277)), W("missile", intercepted=N(19))],
      note="'shot down or jammed 277 drones and 19 of the missiles'"),
    E("l02-5", "air_drone_strike", "2025-06-09", L("Kyiv"), "RU", "UA", inj=N(4), parent="l02-3",
      family=["missile_artillery_strike"],
      note="debris in three districts, four hurt; debris of what is not said -> missile type accepted"),
    E("l02-6", "air_drone_strike", "2025-06-09", L("Bila Tserkva"), "RU", "UA", fat=N(0), inj=N(0), parent="l02-3",
      weapons=[W("drone")], note="'nobody was hurt there' = 0/0"),
    E("l02-7", "military_mobilization", "2025-06-09", C("PL", "Poland"), "PL", None,
      note="Poland scrambles jets 'on Monday morning'; 'No Polish airspace violation' is a negation (no event)"),
    E("l02-8", "air_drone_strike", "2025-06-10", L("Odesa", 1, "Odesa, Kyivskyi district"), "RU", "UA", fat=N(2),
      inj=N(9), weapons=[W("drone")],
      note="'on Tuesday night … shortly before midnight' = Tuesday 10 June; the maternity ward's broken windows belong to "
           "the same strike"),
    E("l02-9", "agreement", "2025-06-11", C("UA", "Belarusian border"), "UA", "RU",
      note="prisoner exchange 'on Wednesday on the Belarusian border' (agreement by convention); no town: country "
           "precision, coded UA (the receiving side's border); the Istanbul talks 'earlier this month' are vague history"),
    E("l02-10", "air_drone_strike", "2025-06-12", L("Saratov"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="refinery fire 'early on Thursday'; governor's 'debris … on an industrial enterprise' and the footage are "
           "one event; the SBU source's unit claim is a claim"),
    E("l02-11", "interception", "2025-06-12", C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(38))],
      note="MoD: 38 drones over five regions overnight (country level; the other four regions unnamed)"),
    E("l02-12", "interception", "2025-06-12", R("RU-SAR", "Saratov region"), "RU", "UA",
      weapons=[W("drone", intercepted=N(14))], parent="l02-11",
      note="a region with a count: required (ANNOTATION rule 3)"),
    E("l02-13", "missile_artillery_strike", "2025-06-13", L("Dnipro"), "RU", "UA", fat=N(3), inj=N(20),
      weapons=[W("ballistic_missile")], note="'on Friday afternoon', bus stop in the centre"),
    E("l02-14", "diplomatic_contact", "2025-06-13", L("Kyiv"), "UA", "AT",
      note="president meets the visiting Austrian chancellor 'On the same day' (Friday) in Kyiv"),
    E("l02-15", "missile_artillery_strike", "2025-06-08", C("UA", "Ukraine"), "RU", "UA", prec="range",
      end="2025-06-14", agg=True, family=["air_drone_strike"],
      weapons=[W("drone", launched=N(1900, "about")), W("missile", launched=N(70)),
               W("guided_bomb", launched=N(1200, "at_least"))],
      note="'Over the past week' in the Saturday address = 8-14 June (reference-6 … reference), aggregate"),
]
STATEMENTS = [
    S("Svitlana Moroz", "UA", "the women still apologise to us for the inconvenience", "senior midwife"),
    S("Oksana Lytvynenko", "UA", "Every face on that bus was a victory",
      "Coordination Headquarters for the Treatment of Prisoners of War"),
]
MUST_NOT = ["View this email in your browser", "THE KYIV LEDGER · WEEKENDER",
            "Issue No. 143 — Saturday 14 June 2025",
            "You're reading the members' edition. Forwarded this? Join 38,000 readers",
            "Estimated reading: 9 minutes",
            "— Daryna Kovalchuk and the Weekender desk",
            "Reply to this email to reach the editors · Manage your preferences · Unsubscribe",
            "The Kyiv Ledger Media LLC, 11 Reitarska St, Kyiv 01030"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
