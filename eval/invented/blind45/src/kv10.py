from common import E, L, R, C, N, W, S, gold

TITLE = "Seven days in Ukraine: a Friday barrage, a lost power station and a missile on Dnipro"
TEXT = """THE HALCYON REVIEW
Politics | World | Ukraine | Economics | Culture | Podcasts
Subscribers read without limits. Start your free month
SEVEN DAYS IN UKRAINE
Seven days in Ukraine: a Friday barrage, a lost power station and a missile on Dnipro
By Imogen Tarrant-Lowe and Bohdan Yatsiuk
Sunday 15 December 2024, 08:00 GMT
Listen to this article (12 min)

Winter came to the war this week, and it came the way Ukrainians had expected it to: with a barrage aimed at the power grid, with bombs on frontline towns and with a slow, grinding Russian advance in the south of Donetsk region. Over the seven days to Sunday, Russia fired about 1,100 attack drones, almost 700 guided aerial bombs and more than 60 missiles at Ukraine, the president said in his Sunday morning video message. The General Staff in Kyiv counted 1,046 combat clashes along the front in the same seven days. What follows is the week, day by day.

MONDAY 9 DECEMBER
A missile tore through a car repair shop in Zaporizhzhia's Zavodskyi district on Monday afternoon. Three mechanics were killed and five other people wounded, said the head of the regional military administration, who blamed a ballistic missile fired from the occupied south of the region. The shop stood two streets away from a hospital that was damaged in a strike last spring.

In Kurakhove, the street fighting that began in November moved closer to the town centre. Soldiers of a Ukrainian brigade defending the town told the Review on Monday that Russian infantry had attacked along the embankment of the reservoir throughout the day. "They come across the dam in the dark, and by morning there are fewer of them," one of them, a sergeant who gave his call sign as Lis, said by phone.

The Norwegian government approved on Monday a further 1.5 billion kroner for the production of long-range drones in Ukraine. It is the third such grant this year, and Oslo says it will consider a fourth in the spring if the drones perform as promised.

TUESDAY 10 DECEMBER
Overnight into Tuesday, drones hit a fuel depot in Klintsy, a town in Russia's Bryansk region about 50 kilometres from the Ukrainian border. A source in Ukraine's security service confirmed the attack and said tanks holding diesel for the Russian army had caught fire. The Bryansk governor wrote only that debris from a downed drone had fallen on "a commercial facility" and that nobody had been hurt.

A Russian guided bomb fell on a residential street in Kherson's Korabelnyi district on Tuesday evening, wounding a couple in their seventies. Kherson has been shelled from the far bank of the Dnipro since Ukrainian troops liberated it in November 2022, but guided bombs were rare there until this autumn.

WEDNESDAY 11 DECEMBER
Shortly before noon an Iskander-M ballistic missile hit an office building in central Dnipro. Rescuers worked through the night. By Wednesday evening the regional administration was reporting five dead and 19 wounded.

In Kyiv, several hundred relatives of soldiers missing in action rallied on Independence Square on Wednesday to demand faster identification of bodies returned from Russia. The rally passed off peacefully, and the protesters dispersed after a deputy minister came out to speak to them.

THURSDAY 12 DECEMBER
The Dnipro toll rose overnight. On Thursday morning the regional administration said a sixth body had been recovered from the rubble; the number of wounded stayed at 19. The city declared Friday a day of mourning.

A drone slammed into a grain warehouse at the Danube port of Reni before dawn on Thursday, injuring one port worker. The Russian defence ministry said the same night that it had struck "infrastructure used to receive Western weapons" in the Odesa region, a description it uses for almost every port attack.

Near Pokrovsk, the General Staff has reported dozens of Russian assaults every day this week, most of them near Shevchenko, a village on the road south of the town. Ukrainian officers have been warning since October that the road could be cut; so far it has not been.

FRIDAY 13 DECEMBER
The week's heaviest attack came overnight into Friday. Russia launched 58 missiles, among them Kh-101 cruise missiles, and 180 drones, most of them at power plants and substations in the west of the country, the air force said. Air defence units destroyed 47 of the missiles and 129 of the drones. A cruise missile struck a thermal power plant in the Ivano-Frankivsk region, and the plant's operator said that most of the region was left without electricity until evening. In the Kyiv region, wreckage of a downed missile fell on houses in the village of Hatne, just southwest of the capital, injuring a 60-year-old woman.

Poland scrambled its fighter jets on Friday morning as the missiles flew toward western Ukraine, its operational command said. No Polish airspace was violated, the command added, and the aircraft returned to base within two hours.

Later on Friday, Ukraine's Khortytsia group of forces confirmed that its troops had pulled back from the Kurakhove thermal power station, which they had held since the summer. Russia's defence ministry had claimed the station twice before, in early December and in late November, and was wrong both times; this time, the Ukrainian side said so itself.

SATURDAY 14 DECEMBER
Russian aircraft dropped guided bombs on the Krasnopillia community in Sumy region on Saturday, killing two men who were repairing a roof, the regional military administration said. Krasnopillia lies about ten kilometres from the Russian border, and only a few hundred of its residents have stayed.

Ukraine's General Staff said on Saturday that HIMARS rockets had destroyed a Russian air defence system near Tokmak, in the occupied part of Zaporizhzhia region, that morning. Russia did not comment.

SUNDAY 15 DECEMBER
Russia's defence ministry said on Sunday morning that its air defences had shot down 32 Ukrainian drones overnight, 20 of them over the Oryol region and the rest over the Bryansk and Kursk regions. The Oryol governor reported a fire at a fuel depot but said it had been put out by morning; the extent of the damage was unclear.

In the Kherson region, a Russian drone hit a minibus near Beryslav at about eight o'clock on Sunday morning, killing one passenger, the regional prosecutor's office said.

WHAT THE WEEK TOLD US
Three things stand out. First, Russia is again saving up missiles for big nights. The Friday barrage was the first attack of that size since the end of November, and if the pattern of last winter holds, the next will come within two or three weeks. Had Ukraine's partners delivered the air defence systems they promised in the summer, Friday's toll on the grid would probably have been smaller. Second, the fall of the Kurakhove power station, after a defence of nearly five months, leaves the town itself with no strongpoint in its north. Third, Ukraine's drone campaign against Russian fuel depots has become almost routine: there were such attacks on at least four nights this week, though only Klintsy and Oryol were confirmed by the Russian side.

It is worth remembering how long this has gone on. Russian forces first reached the outskirts of Kurakhove not this year but in the summer of 2014, when separatist units briefly seized the road from Donetsk to Marinka. Marinka itself, a few kilometres east, fell only at the end of 2023, after nine years as a front-line town.

NUMBERS OF THE WEEK
58: missiles in the Friday barrage. 47: shot down. 6: killed in Dnipro. 1,046: combat clashes over the week, according to the General Staff. 1,020: days since the full-scale invasion began. 0: Polish airspace violations on Friday.

HEARD THIS WEEK
"We sleep in the corridor now, the children too," said Larysa Hnatenko, a teacher in Ivano-Frankivsk, on Friday night. "The generator runs the kettle and the router, and that is enough."
"Nothing in this war moves fast except the drones," said Pieter van Luyk, a Dutch analyst who visited the Pokrovsk front this month.

COMING UP
The European Union's leaders meet in Brussels on Thursday and Friday; a new sanctions package is expected to be adopted on Monday. Ukraine's parliament votes on the 2025 defence budget on Tuesday. Talks on a further prisoner exchange are continuing, according to Ukraine's ombudsman, and an exchange could take place before the new year.

The Halcyon Review depends on its readers. Support our reporting from Ukraine
Read more: The long winter - how Ukraine's grid survives a third season of strikes
All rights reserved. The Halcyon Review Ltd, 2024.
"""
DOC = {"id": "kv10", "date": "2024-12-15", "source": "The Halcyon Review (weekly review site, Sunday round-up)",
       "url": "https://halcyonreview.example/ukraine/2024/12/15/seven-days-in-ukraine-friday-barrage", "text": TEXT}

MON, TUE, WED, THU, FRI, SAT, SUN = ("2024-12-09", "2024-12-10", "2024-12-11", "2024-12-12", "2024-12-13",
                                     "2024-12-14", "2024-12-15")
EVENTS = [
    E("kv10-1", "missile_artillery_strike", MON, C("UA", "Ukraine"), "RU", "UA", end=SUN, prec="week", agg=True,
      weapons=[W("drone", launched=N(1100, "about")), W("guided_bomb", launched=N(700, "almost")),
               W("missile", launched=N(60, "at_least"))],
      note="the week tally 'Over the seven days to Sunday, Russia fired about 1,100 attack drones, almost 700 guided "
           "aerial bombs and more than 60 missiles' said on the publication Sunday of a round-up: required week "
           "aggregate (blind39 call 4), typed by the heaviest weapon"),
    E("kv10-2", "armed_clash", MON, C("UA", "Ukraine"), "RU", "UA", end=SUN, prec="week", agg=True, optional=True,
      note="'1,046 combat clashes along the front in the same seven days' (repeated under Numbers): a front-wide "
           "count without places, optional"),
    E("kv10-3", "missile_artillery_strike", MON, L("Zaporizhzhia"), "RU", "UA", fat=N(3), inj=N(5),
      weapons=[W("ballistic_missile")],
      note="Monday heading: missile on a car repair shop in the Zavodskyi district (= the city) 'on Monday afternoon', "
           "3 k 5 w; the official 'blamed a ballistic missile'; the hospital damaged 'last spring' is history"),
    E("kv10-4", "armed_clash", MON, L("Kurakhove"), "RU", "UA",
      note="Monday: Russian infantry 'had attacked along the embankment of the reservoir throughout the day' in "
           "Kurakhove (street fighting in the town, precision 1); the November start is background"),
    E("kv10-5", "policy_decision", MON, C("NO", "Norway"), "NO", "UA",
      note="'The Norwegian government approved on Monday a further 1.5 billion kroner' for drone production -> the "
           "deciding country, precision 4; 'will consider a fourth in the spring if' is conditional"),
    E("kv10-6", "air_drone_strike", TUE, L("Klintsy"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian security service source",
      note="'Overnight into Tuesday' = 10 Dec: drones on a fuel depot in Klintsy (Bryansk region); the SBU source's "
           "fire and the governor's debris on 'a commercial facility' with 'nobody had been hurt' are one event, 0/0"),
    E("kv10-7", "air_drone_strike", TUE, L("Kherson"), "RU", "UA", inj=N(2), weapons=[W("guided_bomb")],
      note="guided bomb on the Korabelnyi district (= the city) 'on Tuesday evening', a couple wounded; shelling "
           "since November 2022 is background"),
    E("kv10-8", "missile_artillery_strike", WED, L("Dnipro"), "RU", "UA", fat=N(6), inj=N(19),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="Wednesday 'shortly before noon': Iskander-M on an office building in central Dnipro; five dead by "
           "Wednesday evening, a sixth body on Thursday morning, wounded still 19 -> the latest figures 6 k 19 w on "
           "the day of the strike (the Thursday paragraph is an update, not an event; Numbers repeats the 6)"),
    E("kv10-9", "protest", WED, L("Kyiv"), "UA", None,
      note="relatives of missing soldiers 'rallied on Independence Square on Wednesday', peaceful (blind41 kr06: "
           "actor1 UA, actor2 null)"),
    E("kv10-10", "air_drone_strike", THU, L("Reni"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="drone on a grain warehouse at the port of Reni 'before dawn on Thursday', one worker injured; the MoD's "
           "'infrastructure used to receive Western weapons' in the Odesa region is the same attack"),
    E("kv10-12", "missile_artillery_strike", FRI, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(58)), W("drone", launched=N(180))],
      note="'overnight into Friday' = 13 Dec: 58 missiles 'among them Kh-101 cruise missiles' and 180 drones -> the "
           "country wave; the missiles' total is not split by kind (category missile carries the 58; a predicted "
           "cruise_missile matches it)"),
    E("kv10-13", "interception", FRI, C("UA", "Ukraine"), "UA", "RU", parent="kv10-12",
      weapons=[W("missile", intercepted=N(47)), W("drone", intercepted=N(129))],
      note="'destroyed 47 of the missiles and 129 of the drones' (Numbers repeats 47)"),
    E("kv10-14", "missile_artillery_strike", FRI, R("UA-26", "Ivano-Frankivsk Oblast"), "RU", "UA", parent="kv10-12",
      weapons=[W("cruise_missile")],
      note="'A cruise missile struck a thermal power plant in the Ivano-Frankivsk region': region only"),
    E("kv10-15", "infrastructure_disruption", FRI, R("UA-26", "Ivano-Frankivsk Oblast"), "RU", "UA",
      parent="kv10-14", note="'most of the region was left without electricity until evening'"),
    E("kv10-16", "missile_artillery_strike", FRI, L("Hatne"), "RU", "UA", parent="kv10-12", inj=N(1),
      weapons=[W("missile")],
      note="'wreckage of a downed missile fell on houses in the village of Hatne', one woman injured (Hatne 8354606, "
           "Kyiv region)"),
    E("kv10-17", "military_mobilization", FRI, C("PL", "Poland"), "PL", None,
      note="'Poland scrambled its fighter jets on Friday morning' during the attack; 'No Polish airspace was violated' "
           "gives no airspace event"),
    E("kv10-18", "territory_change", FRI, L("Kurakhove"), "RU", "UA",
      note="'Later on Friday … confirmed that its troops had pulled back from the Kurakhove thermal power station' -> "
           "the advancing side (RU) on the day confirmed; the station is in the town (precision 1); the MoD's two "
           "earlier wrong claims ('in early December and in late November') are history without days"),
    E("kv10-19", "air_drone_strike", SAT, L("Krasnopillia", 2), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="guided bombs 'on the Krasnopillia community in Sumy region on Saturday', two men killed: a community "
           "(hromada) is precision 2"),
    E("kv10-20", "missile_artillery_strike", SAT, L("Tokmak", 2), "UA", "RU", weapons=[W("mlrs", "HIMARS")],
      claimant="Ukrainian General Staff",
      note="'HIMARS rockets had destroyed a Russian air defence system near Tokmak … that morning' (Saturday), "
           "precision 2; 'Russia did not comment'"),
    E("kv10-21", "interception", SUN, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(32))],
      claimant="Russian MoD", note="Sunday morning: '32 Ukrainian drones overnight' (country)"),
    E("kv10-22", "interception", SUN, R("RU-ORL", "Oryol Oblast"), "RU", "UA", parent="kv10-21",
      weapons=[W("drone", intercepted=N(20))], claimant="Russian MoD", note="'20 of them over the Oryol region'"),
    E("kv10-23", "interception", SUN, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", parent="kv10-21", optional=True,
      weapons=[W("drone")], note="'the rest over the Bryansk and Kursk regions': listed without a count -> optional"),
    E("kv10-24", "interception", SUN, R("RU-KRS", "Kursk Oblast"), "RU", "UA", parent="kv10-21", optional=True,
      weapons=[W("drone")], note="as kv10-23 (Kursk region)"),
    E("kv10-25", "air_drone_strike", SUN, R("RU-ORL", "Oryol Oblast"), "UA", "RU", optional=True,
      weapons=[W("drone")],
      note="the Oryol governor's fire at a fuel depot (town unnamed), 'put out by morning', damage unclear: the drone "
           "attack's effect in the region, optional"),
    E("kv10-26", "air_drone_strike", SUN, L("Beryslav", 2), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="drone on a minibus 'near Beryslav at about eight o'clock on Sunday morning', one passenger killed"),
]
# Not events: the intro's framing ('Winter came to the war'); the president's week figures as such (the week
# tally above is the one aggregate); the hospital damaged 'last spring' (history, no day); fighting that 'began in
# November' (background); the sergeant's quote (unnamed call sign); 'the third such grant this year' (tally), 'will
# consider a fourth in the spring if' (conditional); Kherson shelled since its liberation 'in November 2022'
# (history without a day), guided bombs 'rare there until this autumn' (trend); rescuers working through the night;
# the Dnipro toll update on Thursday (the same strike) and the day of mourning on Friday; the deputy minister
# speaking to the protesters; assaults near Shevchenko 'every day this week' (habitual, no day); the MoD's 'infrastructure used to receive Western weapons' (the Reni attack from the
# other side) and 'almost every port attack' (habitual); warnings 'since October' that the road 'could be cut … so
# far it has not been' (conditional, negation); 'No Polish airspace was violated' and 'returned to base'
# (negation); the MoD's earlier claims on the power station 'in early December and in late November' (history, no
# day); the station 'held since the summer'; Krasnopillia's residents (background); 'Russia did not comment'; WHAT
# THE WEEK TOLD US (missiles saved up, 'the next will come within two or three weeks' (forecast), 'Had Ukraine's
# partners delivered … would probably have been smaller' (counterfactual), 'attacks on at least four nights this
# week' (tally), separatists seizing the road 'in the summer of 2014' and Marinka falling 'at the end of 2023'
# (history without days)); NUMBERS OF THE WEEK (repeats and tallies: 1,020 days, 0 violations); HEARD THIS WEEK
# (quotes; the teacher's night in the corridor alludes to the Friday attack); COMING UP (EU summit on Thursday and
# Friday, sanctions 'expected to be adopted on Monday', the budget vote on Tuesday, an exchange that 'could take
# place before the new year': all future).
STATEMENTS = [
    S("Larysa Hnatenko", "UA", "We sleep in the corridor now, the children too", "teacher in Ivano-Frankivsk"),
    S("Pieter van Luyk", None, "Nothing in this war moves fast except the drones", "Dutch analyst"),
]
MUST_NOT = ["THE HALCYON REVIEW",
            "Politics | World | Ukraine | Economics | Culture | Podcasts",
            "Subscribers read without limits. Start your free month",
            "SEVEN DAYS IN UKRAINE",
            "By Imogen Tarrant-Lowe and Bohdan Yatsiuk",
            "Sunday 15 December 2024, 08:00 GMT",
            "Listen to this article (12 min)",
            "The Halcyon Review depends on its readers. Support our reporting from Ukraine",
            "Read more: The long winter - how Ukraine's grid survives a third season of strikes",
            "All rights reserved. The Halcyon Review Ltd, 2024."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
