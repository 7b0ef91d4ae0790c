from common import E, L, R, C, N, W, S, gold

TITLE = "The war this week: glide bombs on Kharkiv, a deadly night in Odesa and another exchange of prisoners"
TEXT = """NORTHGATE REVIEW
World | Europe | Ukraine war | Economy | Culture | Podcasts | Newsletters
Subscribe from €1 a week
WEEK IN REVIEW
The war this week: glide bombs on Kharkiv, a deadly night in Odesa and another exchange of prisoners
Every Sunday our Eastern Europe desk sums up the week in Russia's war against Ukraine, day by day.
By Hanna Lindqvist and Petro Bondar
Sunday 15 June 2025, 09:30 CEST
Listen to this article (11 min)
It was a week in which the diplomatic calendar promised more than the battlefield delivered. European leaders spent much of it preparing for the NATO summit at the end of the month, where Kyiv hopes for new commitments on air defence, while Russia kept up the pressure on Ukraine's cities and along the front. Ukrainian officials counted more than 1,100 attack drones and about 1,300 guided aerial bombs launched by Russia over the week, the President of Ukraine said in his address on Sunday morning. Here is how the week unfolded.

Monday, 9 June
The week began in Kharkiv. Russian aircraft dropped two guided bombs on the city's Kyivskyi district in the early afternoon, hitting a sports complex and a row of garages and injuring seven people, among them a 12-year-old boy, the head of the Kharkiv Regional Military Administration said. Kharkiv has been hit by glide bombs on most days since the spring, but strikes on the city centre had become rarer after the front moved away from the border last year.

In the evening, a Russian drone hit a minibus on the outskirts of Bilopillia in Sumy region, killing the driver. The town lies nine kilometres from the Russian border and its residents have been urged to leave for months.

Tuesday, 10 June
Odesa had its worst night in weeks. Russian drones struck residential buildings and a maternity hospital in the city's Kyivskyi district after midnight, killing two people and injuring nine, regional officials said. Patients and newborns were moved to the basement, and the hospital's upper floor burned out. "We carried the incubators down the stairs by hand, because the lift stopped the moment the lights went out," said Iryna Polishchuk, a nurse who was on duty that night.

The same day, the Dutch government announced a €300 million package to finance the production of long-range drones in Ukraine, part of a model that several European countries now use to pay Ukrainian manufacturers directly. The defence minister of the Netherlands said more money would follow "if the results justify it."

Wednesday, 11 June
Ukraine hit back far from the front. Drones attacked the port of Novorossiysk in the early hours, the Krasnodar region's emergency headquarters said, reporting that debris had damaged a warehouse and injured one port worker. The Russian Defence Ministry said air defences had destroyed 27 drones over Krasnodar Krai during the night. Ukrainian military intelligence, which rarely comments on such attacks, did not confirm its involvement.

Ukraine's military said it was still verifying the results of the strike. Russian ports on the Black Sea have been targeted repeatedly since 2023, and insurers now charge war-risk premiums on every vessel calling at Novorossiysk.

Thursday, 12 June
Ukraine and Russia exchanged prisoners of war for the second time in a week, with 300 Ukrainian servicemen returning home in exchange for the same number of Russians, under the arrangement agreed at the direct talks in Istanbul earlier this month. Many of the returning soldiers had been held since 2022. "Some of them have not seen their children grow up. One man asked me how old his daughter is now," said Oleh Tkachenko, a volunteer with the coordination centre's family support team at the reception point.

The Coordination Headquarters for the Treatment of Prisoners of War said further stages of the exchange would take place "in the coming days", but gave no figures.

Friday, 13 June
Fighting flared in the north of Sumy region, where Russian forces have been trying to push a few kilometres into Ukrainian territory since the spring. Ukraine's General Staff said its units had repelled 14 Russian assaults near Yunakivka on Friday. The Russian Defence Ministry claimed the same day that its troops had taken control of Yunakivka; the Ukrainian northern command rejected the claim as "fiction for domestic consumption," and independent analysts said they had seen no footage to support it.

In Kherson, a Russian artillery shell hit a bus stop in the Korabelnyi district on Friday morning, killing a 64-year-old man, the city military administration said.

Saturday, 14 June
A comparatively quiet day on the home front: for the first time in almost a month, the Air Force recorded no Russian missile launches. Drones, however, did not stop. In Nikopol, across the reservoir from the occupied nuclear power plant, an FPV drone attacked a municipal bus on Saturday afternoon, injuring four passengers, the Dnipropetrovsk regional administration said.

Sunday, 15 June
The week ended as it began, with drones. Russia launched 62 Shahed-type drones at Ukraine overnight, the Air Force said on Sunday morning; 51 were shot down or jammed. Falling debris damaged private houses in the Brovary district of Kyiv region, with no casualties reported.

What it adds up to
Over the week as a whole, the Air Force's count of drones and bombs is in line with the spring average. Russia seems to have settled into a rhythm: one large combined attack every ten days or so, and a steady drumbeat of drones in between. The targeting has shifted, too. In April and May the attacks concentrated on energy; this week, residential areas and transport bore the brunt.

Ukrainian officials expect a large missile attack before the NATO summit, and have asked partners to speed up deliveries of interceptor missiles. Whether those arrive in time is another question. One Western diplomat in Kyiv told us that the Patriot systems promised in April "are somewhere between a factory and a promise."

On the ground, the front moved little. Russian forces have gained ground slowly in Donetsk region, mostly around Pokrovsk and Kostiantynivka, while the Sumy push has stalled. Analysts expect the summer to bring a renewed Russian offensive in Zaporizhzhia region, though there are few signs of it yet.

Beyond the headlines
Two stories that did not make the daily news deserve a mention. First, Ukraine's energy ministry said repairs to the gas production facilities damaged in the spring were almost complete, which should allow the country to enter the winter with larger reserves than last year. Second, several European governments quietly extended the temporary protection of Ukrainian refugees, which would otherwise have expired in March 2026. Neither will change the course of the war, but both will shape how Ukrainians experience the next winter, at home and abroad.

A word on numbers. The figures we cite for drones and bombs come from the Ukrainian Air Force and the president's office; Russia publishes only its own claims of Ukrainian drones shot down, which are far higher than any independent estimate of what Ukraine launches. Neither side's figures can be fully verified, and we report them as claims.

What to watch next week
- EU foreign ministers meet in Brussels on Monday to discuss the 18th sanctions package.
- Ukraine's parliament is due to vote on a bill to extend martial law and mobilisation for another 90 days.
- The NATO summit opens in The Hague on 24 June.
Read more: Kharkiv's underground schools, one year on
Support our journalism. Northgate Review is funded by its readers.
Copyright © 2025 Northgate Media Group. All rights reserved.
"""
DOC = {"id": "kp03", "date": "2025-06-15", "source": "Northgate Review (European weekly news magazine, week in review)",
       "url": "https://northgate-review.example/ukraine-war/2025/06/15/the-war-this-week", "text": TEXT}

MON, TUE, WED, THU, FRI, SAT, SUN = [f"2025-06-{d:02d}" for d in range(9, 16)]
EVENTS = [
    E("kp03-1", "air_drone_strike", MON, C("UA", "Ukraine"), "RU", "UA", end=SUN, prec="week", agg=True,
      weapons=[W("drone", launched=N(1100, "at_least")), W("guided_bomb", launched=N(1300, "about"))],
      note="'more than 1,100 attack drones and about 1,300 guided aerial bombs launched by Russia over the week' said on "
           "the publication Sunday: a required week aggregate, Mon 9 - Sun 15 (blind34 call 4); 'What it adds up to' "
           "repeats it"),
    E("kp03-2", "air_drone_strike", MON, L("Kharkiv"), "RU", "UA", inj=N(7), weapons=[W("guided_bomb")],
      note="Monday heading: two guided bombs on Kharkiv's Kyivskyi district (= the city), 7 injured"),
    E("kp03-3", "air_drone_strike", MON, L("Bilopillia", 2), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="Monday evening: drone on a minibus 'on the outskirts of Bilopillia', driver killed; outskirts = precision 2"),
    E("kp03-4", "air_drone_strike", TUE, L("Odesa"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("drone")],
      note="Tuesday heading, 'after midnight': drones on residential buildings and a maternity hospital in Odesa's "
           "Kyivskyi district (= the city), 2 killed 9 injured"),
    E("kp03-5", "policy_decision", TUE, C("NL", "Netherlands"), "NL", "UA",
      note="the Dutch government 'announced a €300 million package' on Tuesday: decision at the deciding country; "
           "'more money would follow if' is conditional"),
    E("kp03-6", "air_drone_strike", WED, L("Novorossiysk"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="Wednesday: drones on the port of Novorossiysk, debris injured 1 port worker; intelligence did not confirm "
           "involvement (the attacker is still Ukraine by the text's framing)"),
    E("kp03-7", "interception", WED, R("RU-KDA", "Krasnodar Krai"), "RU", "UA", weapons=[W("drone", intercepted=N(27))],
      claimant="Russian Defence Ministry", note="MoD: 27 drones destroyed over Krasnodar Krai 'during the night'"),
    E("kp03-8", "agreement", THU, C(None, "undisclosed"), "UA", "RU",
      note="Thursday: 300-for-300 exchange of prisoners of war (an agreement without a place, blind37 kn08); the 'further "
           "stages … in the coming days' are plans; 'the second time in a week' refers to an earlier, undated exchange "
           "(not annotated)"),
    E("kp03-9", "armed_clash", FRI, L("Yunakivka", 2), "RU", "UA",
      note="'repelled 14 Russian assaults near Yunakivka on Friday' (Sumy oblast, 688077), precision 2"),
    E("kp03-10", "territory_change", FRI, L("Yunakivka"), "RU", "UA", optional=True,
      note="MoD capture claim 'the same day', rejected by Ukraine and unsupported by footage: optional"),
    E("kp03-11", "missile_artillery_strike", FRI, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="Friday morning: shell on a bus stop in Kherson's Korabelnyi district (= the city), 1 killed"),
    E("kp03-12", "air_drone_strike", SAT, L("Nikopol"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="Saturday afternoon: FPV drone on a municipal bus in Nikopol, 4 injured; 'no Russian missile launches' is a "
           "negation, no event"),
    E("kp03-13", "air_drone_strike", SUN, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(62))],
      note="Sunday heading: 62 Shahed-type drones 'overnight', the publication day"),
    E("kp03-14", "interception", SUN, C("UA", "Ukraine"), "UA", "RU", parent="kp03-13",
      weapons=[W("drone", intercepted=N(51))], note="'51 were shot down or jammed'"),
    E("kp03-15", "air_drone_strike", SUN, R("UA-32", "Kyiv Oblast"), "RU", "UA", parent="kp03-13", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="debris damaged houses 'in the Brovary district of Kyiv region' (a raion, not the town): region precision; "
           "'no casualties reported' = 0/0"),
]
# Not events: the NATO summit at the end of the month and its preparation; Kharkiv hit 'on most days since the spring'
# and the front moving 'last year'; Bilopillia residents 'urged to leave for months'; the nurse's quote (statement);
# 'more money would follow if'; the intelligence's silence and the military 'still verifying'; ports targeted 'since
# 2023', war-risk premiums; the earlier exchange 'for the second time in a week' (no day) and the Istanbul talks
# 'earlier this month' (no day); soldiers held since 2022; 'further stages … in the coming days'; the Sumy push 'since
# the spring'; 'a comparatively quiet day', 'no Russian missile launches' (negation); the 'rhythm' analysis, April-May
# energy targeting; the expected large attack, the request to partners, the Patriot 'promise'; slow Russian gains
# around Pokrovsk and Kostiantynivka (undated trend); the expected summer offensive; everything under 'What to watch
# next week' (plans); 'Beyond the headlines' (repairs 'almost complete', protection extended: no day, no place);
# the note on numbers.
STATEMENTS = [
    S("Iryna Polishchuk", "UA", "We carried the incubators down the stairs by hand", "nurse, Odesa maternity hospital"),
    S("Oleh Tkachenko", "UA", "One man asked me how old his daughter is now",
      "volunteer, coordination centre's family support team"),
]
MUST_NOT = ["NORTHGATE REVIEW", "World | Europe | Ukraine war | Economy | Culture | Podcasts | Newsletters",
            "Subscribe from €1 a week", "WEEK IN REVIEW", "By Hanna Lindqvist and Petro Bondar",
            "Sunday 15 June 2025, 09:30 CEST", "Listen to this article (11 min)",
            "Read more: Kharkiv's underground schools, one year on",
            "Support our journalism. Northgate Review is funded by its readers.",
            "Copyright © 2025 Northgate Media Group. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
