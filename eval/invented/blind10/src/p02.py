from common import E, L, R, C, N, W, S, gold

TITLE = "The week in the war: Chasiv Yar's canal line bends, and Russia goes after the grid again"
TEXT = """The Weekend Chronicle
News | Opinion | Sport | Culture | Lifestyle | Puzzles
World › Europe › Ukraine
The week in the war
The week in the war: Chasiv Yar's canal line bends, and Russia goes after the grid again
Helena Marsh, Defence correspondent
Sat 13 Apr 2024 07.00 BST
Last modified on Sat 13 Apr 2024 09.12 BST
Ukrainian gunners fire a howitzer towards Russian positions on the approaches to Chasiv Yar. Photograph: Yurii Bondar/Frontline Images

Each Saturday we bring together the week's most important developments on the battlefield, in the air and in the capitals that decide what Ukraine gets to fight with. This week: a hill town in Donbas comes under heavier pressure, another night of attacks on power stations, and another week of silence from Washington.

The front

The fight for Chasiv Yar, the hilltop town that guards the road to Kostiantynivka and beyond it to Kramatorsk, intensified sharply. On Tuesday, Russian forces attacked from the east with a column of about a dozen armoured vehicles near Ivanivske, the village on the highway from Bakhmut. The assault brigade defending that sector said it had destroyed or disabled most of the column with drones and artillery before it reached the canal.

"They came in daylight, nose to tail, like it was 2022," said Lieutenant Colonel Nazar Voloshyn, the brigade's press officer. "We counted twelve vehicles going in and three going back."

The respite was brief. By Thursday, small Russian infantry groups had reached the eastern edge of the Kanal microdistrict, the neighbourhood of five-storey blocks on the near side of the Siverskyi Donets-Donbas canal, according to Ukrainian military bloggers and the brigade itself. Western officials say Russia has massed as many as 20,000 troops in the area and wants to take the town before the anniversary of its victory parade on 9 May. Whether it can do so depends largely on whether Ukraine gets enough artillery shells in the next month.

Further south, Russia's defence ministry claimed on Wednesday that its troops had taken control of Krasnohorivka, a town just west of Donetsk that has been fought over since 2014. "Units of the Southern group of forces have liberated the settlement of Krasnogorovka," the ministry said in its daily report, using the Russian name. On Thursday, Ukraine's military said the claim was false and that fighting was continuing in the town's northern districts, where the brick factory remains in Ukrainian hands.

West of Avdiivka, which fell to Russia in February, the picture was less dramatic but no better for Kyiv. Russian units edged forward along the railway towards Ocheretyne during the week, and on Friday Ukraine's general staff counted 27 Russian assaults in that sector over the previous day, more than in any other part of the front. Ukrainian officers there complain that the new defensive lines were dug too late and too far back. "We are building the second line while the first one is already burning," a company commander told a local news site.

In the south, Ukrainian marines still holding a sliver of the left bank of the Dnipro around the village of Krynky said they repelled three Russian assaults on Sunday. The bridgehead, established last autumn, has cost both sides heavily and its military value is disputed; its political value, to a Ukrainian leadership short of good news, is not.

The air war

The week's heaviest attack came in the early hours of Thursday, when Russia fired 36 missiles and 47 Shahed drones at Ukraine, aiming once again at the electricity system. Ukraine's air force said it shot down 22 of the missiles and 40 of the drones.

In Kharkiv, missiles struck a substation and a thermal power plant on the city's outskirts, leaving some 200,000 people without electricity for most of the day, the city's mayor said. In Odesa, drones hit port infrastructure in the Prymorskyi district, injuring two dock workers. In the west, an attack damaged a gas facility in the Stryi district of the Lviv region; the regional governor did not say whether it had been hit by a missile or a drone.

Earlier in the week, on Monday, a Russian glide bomb hit the village of Lyptsi, north of Kharkiv, killing three people in a shop. Late on Friday, a drone struck a minibus in Nikopol, across the Dnipro from the occupied Zaporizhzhia nuclear power plant, killing its driver.

Ukraine's energy minister said the country had now lost about 80 per cent of its thermal generation since the spring strikes began, a figure that Western engineers say is plausible. Restoring it would take years, not months, and would require equipment that is no longer produced in Europe.

Russia's rear

Ukraine kept up its own campaign against targets inside Russia. In the early hours of Wednesday, Ukrainian drones set fire to an electricity substation in Russia's Belgorod region, cutting power to twelve villages, the regional governor said. Russia's defence ministry said it downed 23 drones over the Belgorod, Kursk and Voronezh regions that night. It did not mention the substation.

Kyiv rarely comments on individual strikes on Russian territory, but officials have been increasingly open about the logic of the campaign. "Every litre of fuel they cannot refine and every transformer they have to replace is a litre and a transformer that does not reach the front," said Maksym Dovhan, an adviser to Ukraine's security service.

Diplomacy and aid

On Tuesday Denmark announced a new €400m military aid package, including artillery ammunition and funding for Ukrainian-built drones, at a press conference in Copenhagen. The Danish defence minister said the package would be "front-loaded" so that most of it arrived before the summer.

In Washington, the $60bn aid bill remained stuck. The House of Representatives again did not schedule a vote, and the Speaker said only that one could come "soon". If the aid is not passed, Ukraine could run out of interceptors for its Patriot systems within weeks, warned Fiona Clarke, an air defence analyst at the Harwell Institute in London. "There is no European stock that can fill a gap of that size," she said. "None."

On Friday, Ukraine's foreign minister met his Polish counterpart in Warsaw to discuss air defence and the long-running dispute over grain imports, which both sides described as "constructive". Poland is not expected to lift its ban on Ukrainian grain before the harvest.

The week in numbers

About 130 missiles, more than 400 Shahed drones and some 700 guided aerial bombs: that is what Russia fired at Ukraine in the seven days to Friday, according to Ukraine's president, who repeated his appeal for seven more Patriot batteries.

3: the number of Patriot systems Germany has promised so far.
9 May: the date by which, Western officials believe, Moscow wants Chasiv Yar.

What to watch

Russia is expected to keep up the pressure on Chasiv Yar and to continue its attacks on the power grid. Ukrainian officials say they expect a larger Russian offensive, possibly in the north towards Kharkiv or Sumy, in late May or June. If that happens while the US aid bill is still stalled, Ukraine's lines could come under strain in several places at once.

Sign up to Ukraine Briefing, our free weekly newsletter
Explore more on these topics: Ukraine | Russia | Europe | Nato | Military aid
Reuse this content
Most viewed
Tulip fields draw record crowds as season opens three weeks early
Snooker: veteran stuns world No 1 in Crucible qualifier
Why your sourdough keeps collapsing, according to bakers
© 2024 Weekend Chronicle Media Ltd. Registered in England and Wales.
"""
DOC = {"id": "p02", "date": "2024-04-13", "source": "The Weekend Chronicle",
       "url": "https://www.weekendchronicle.example/world/2024/apr/13/week-in-the-war-chasiv-yar-grid", "text": TEXT}

SUN, MON, TUE, WED, THU, FRI = "2024-04-07", "2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11", "2024-04-12"
EVENTS = [
    E("p02-1", "armed_clash", TUE, L("Ivanivske", 2, "near Ivanivske"), "RU", "UA", claimant="Nazar Voloshyn",
      note="'On Tuesday' in a Saturday 13 April digest = 9 April; armoured column destroyed (equipment, no fatalities given)"),
    E("p02-2", "territory_change", THU, L("Chasiv Yar", 2, "eastern edge of the Kanal microdistrict, Chasiv Yar"),
      "RU", "UA", claimant="Ukrainian military bloggers and the brigade",
      note="'By Thursday … had reached the eastern edge': advance dated Thursday; a part of the town = precision 2"),
    E("p02-3", "territory_change", WED, L("Krasnohorivka"), "RU", "UA", claimant="Russian defence ministry",
      note="capture claim (Russian spelling Krasnogorovka in the quote); denied on Thursday"),
    E("p02-4", "armed_clash", THU, L("Krasnohorivka"), "RU", "UA", claimant="Ukraine's military",
      note="counter-claim: fighting continuing in the town on Thursday (blind4 convention 4)"),
    E("p02-5", "armed_clash", SUN, L("Krynky", 2, "around Krynky"), "RU", "UA", claimant="Ukrainian marines",
      note="three assaults repelled on Sunday; actor1 = attacker"),
    E("p02-25", "territory_change", "2024-04-06", L("Ocheretyne", 2, "towards Ocheretyne"), "RU", "UA", prec="week",
      end=FRI, optional=True, note="'edged forward … during the week': vague, no settlement taken"),
    E("p02-26", "armed_clash", THU, L("Ocheretyne", 2, "Ocheretyne sector"), "RU", "UA", prec="range", end=FRI,
      agg=True, optional=True, claimant="Ukraine's general staff",
      note="27 assaults in one sector over the previous day: a sector sub-tally (blind8 call 7)"),
    # Thursday wave
    E("p02-6", "missile_artillery_strike", THU, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(36)), W("drone", "Shahed", launched=N(47))], claimant="Ukraine's air force",
      note="'in the early hours of Thursday' = 11 April"),
    E("p02-7", "interception", THU, C("UA", "Ukraine"), "UA", "RU", parent="p02-6",
      weapons=[W("missile", intercepted=N(22)), W("drone", "Shahed", intercepted=N(40))]),
    E("p02-8", "missile_artillery_strike", THU, L("Kharkiv"), "RU", "UA", weapons=[W("missile")], parent="p02-6",
      note="substation and thermal power plant on the city's outskirts"),
    E("p02-9", "infrastructure_disruption", THU, L("Kharkiv"), "RU", "UA", parent="p02-6",
      note="some 200,000 people without electricity"),
    E("p02-10", "air_drone_strike", THU, L("Odesa", 1, "Odesa, Prymorskyi district"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], parent="p02-6", note="city district coded to the city"),
    E("p02-11", "missile_artillery_strike", THU, L("Stryi", 2, "Stryi district"), "RU", "UA", parent="p02-6",
      family=["air_drone_strike"], note="governor 'did not say whether … a missile or a drone' (rule 4); district "
                                        "named after its town = precision 2"),
    E("p02-12", "air_drone_strike", MON, L("Lyptsi"), "RU", "UA", fat=N(3), weapons=[W("guided_bomb", launched=N(1))]),
    E("p02-13", "air_drone_strike", FRI, L("Nikopol"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="'Late on Friday'; the ZNPP is only a landmark"),
    # Russia's rear
    E("p02-14", "air_drone_strike", WED, R("RU-BEL", "Belgorod region"), "UA", "RU", weapons=[W("drone")],
      claimant="regional governor", note="substation; no settlement named"),
    E("p02-15", "infrastructure_disruption", WED, R("RU-BEL", "Belgorod region"), "UA", "RU",
      note="twelve villages without power"),
    E("p02-16", "interception", WED, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(23))],
      claimant="Russia's defence ministry", note="'that night' = the Wednesday early hours"),
    E("p02-17", "interception", WED, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True,
      note="region listed without a count"),
    E("p02-18", "interception", WED, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True,
      note="region listed without a count"),
    E("p02-19", "interception", WED, R("RU-VOR", "Voronezh region"), "RU", "UA", optional=True,
      note="region listed without a count"),
    E("p02-24", "air_drone_strike", WED, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the overnight Ukrainian drone attack on Russia as a whole"),
    # diplomacy
    E("p02-20", "policy_decision", TUE, L("Copenhagen"), "DK", "UA", note="€400m package announced in Copenhagen"),
    E("p02-21", "diplomatic_contact", FRI, L("Warsaw"), "UA", "PL", note="foreign ministers' meeting in Warsaw"),
    E("p02-23", "military_mobilization", None, L("Chasiv Yar", 2, "area of Chasiv Yar"), "RU", None, prec="unknown",
      optional=True, claimant="Western officials",
      note="'has massed as many as 20,000 troops in the area': a build-up with no date"),
    # weekly tally
    E("p02-22", "missile_artillery_strike", "2024-04-06", C("UA", "Ukraine"), "RU", "UA", prec="week", end=FRI,
      agg=True, weapons=[W("missile", launched=N(130, "about")), W("drone", "Shahed", launched=N(400, "at_least")),
                         W("guided_bomb", launched=N(700, "about"))],
      claimant="Ukraine's president", note="'in the seven days to Friday' = 6-12 April"),
]
STATEMENTS = [
    S("Nazar Voloshyn", "UA", "We counted twelve vehicles going in and three going back", "brigade press officer"),
    S("Russian Defence Ministry", "RU", "have liberated the settlement of Krasnogorovka"),
    S("Maksym Dovhan", "UA", "is a litre and a transformer that does not reach the front",
      "adviser to Ukraine's security service"),
    S("Fiona Clarke", None, "There is no European stock that can fill a gap of that size", "air defence analyst"),
]
MUST_NOT = [
    "News | Opinion | Sport | Culture | Lifestyle | Puzzles",
    "World › Europe › Ukraine",
    "Helena Marsh, Defence correspondent",
    "Sat 13 Apr 2024 07.00 BST",
    "Last modified on Sat 13 Apr 2024 09.12 BST",
    "Sign up to Ukraine Briefing, our free weekly newsletter",
    "Explore more on these topics: Ukraine | Russia | Europe | Nato | Military aid",
    "Reuse this content",
    "Most viewed",
    "Tulip fields draw record crowds as season opens three weeks early",
    "Snooker: veteran stuns world No 1 in Crucible qualifier",
    "Why your sourdough keeps collapsing, according to bakers",
    "© 2024 Weekend Chronicle Media Ltd. Registered in England and Wales.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
