from common import E, L, R, C, N, W, S, H, gold, MAS, TER, REX, ABD, ATC

TITLE = "Ukraine says whole Kyiv region back under its control as bodies line streets of Bucha"
TEXT = """ATLAS PRESS AGENCY
Top News | World | Europe | Ukraine Crisis | Markets | Pictures
Ukraine says whole Kyiv region back under its control as bodies line streets of Bucha
By Lidia Ferrante and Oksana Dmytrenko
3 April 2022, 14:06 GMT
BUCHA, Ukraine, April 3 (APA) - Ukrainian troops have retaken every town and village around the capital, a deputy defence minister said, after Russian forces pulled back towards Belarus, leaving behind shattered suburbs and, in Bucha, streets where the dead still lay on Sunday.

The whole of the Kyiv region had been "liberated from the invader", the deputy minister wrote late on Saturday, a month after Russian columns first tried to push into the city from the north-west.

Bucha's mayor told APA that volunteers and police had so far collected the bodies of at least 34 civilians, some of them with their hands tied. They were killed, he said, between 27 February, when Russian armour first rolled through the town, and 30 March, when the last units left. Reporters saw eleven bodies on a single road near the railway crossing.

"He went out to get bread on the fifth day. We found him in April, a hundred metres from the gate," said Halyna Tkachuk, 61, standing beside a neighbour's burned car.

In neighbouring Hostomel, whose airfield was the target of a helicopter assault on the first morning of the invasion, Ukrainian soldiers raised the flag over the town hall on Friday, the regional police said. Wrecked Russian armoured vehicles still lined the approach road.

Irpin, reduced in places to rubble, has no electricity, gas or running water. Two sappers clearing a garage complex there on Saturday were wounded when a tripwire mine went off, the State Emergency Service said; Ukrainian officials have urged people not to return until the town is demined.

Further north, Chernihiv, which had been cut off for weeks, still came under fire. Shells landed in two northern districts of the city on Friday afternoon, killing two people, the head of the city's military administration said, adding that the road to Kyiv had reopened for the first time since March.

Relatives are now coming forward with the names of the missing. Nadiia Bondar said her husband, the head of a village council near Makariv, was taken away by soldiers from his office on 23 March and has not been heard from since. "They said it was a conversation. Ten minutes, they said," she told APA by phone.

Russia's defence ministry, which has described its pullback from Kyiv and Chernihiv as a step to "increase mutual trust" in peace talks, said on Sunday that its missiles had destroyed a fuel depot and an oil refinery near the Black Sea city of Odesa. Odesa's regional authorities said the strike caused a fire but no deaths.

The ministry did not comment on Bucha. Ukraine's foreign minister called on Western governments to impose new sanctions and said the International Criminal Court should be given access to the town.

"What we see around Kyiv is what an occupation looks like after four weeks. The question is how much of it is repeated in places no one can reach yet," said Marek Wielgosz, a researcher at the Gdańsk Centre for Conflict Documentation.
Reporting by Lidia Ferrante in Bucha and Oksana Dmytrenko in Kyiv; Editing by Paul Renner
(c) 2022 Atlas Press Agency. All rights reserved.
Related: Kyiv's suburbs count the cost of a failed assault
"""
DOC = {"id": "lt01", "date": "2022-04-03", "source": "Atlas Press Agency (international wire)",
       "url": "https://atlaspress.example/world/europe/ukraine-kyiv-region-bucha-2022-04-03", "text": TEXT}

D, SAT, FRI = "2022-04-03", "2022-04-02", "2022-04-01"
EVENTS = [
    E("lt01-1", TER, SAT, R("UA-32", "Kyiv region"), "UA", "RU", claimant="Ukrainian deputy defence minister",
      evidence="The whole of the Kyiv region had been \"liberated from the invader\", the deputy minister wrote late on Saturday",
      note="'wrote late on Saturday' in a Sunday page -> 2 Apr; the whole oblast retaken -> region precision 3 (UA-32, not "
           "Kyiv city UA-30); Ukraine gains ground -> actor1 UA"),
    E("lt01-2", ATC, "2022-02-27", L("Bucha"), "RU", "UA", end="2022-03-30", prec="range", agg=True,
      fat=N(34, "at_least"), claimant="mayor of Bucha",
      evidence="They were killed, he said, between 27 February, when Russian armour first rolled through the town, and 30 March, when the last units left.",
      note="direct killing of civilians by occupying troops (not remote weapons): the bodies of 'at least 34 civilians' "
           "killed 'between 27 February … and 30 March' -> a range aggregate 27 Feb-30 Mar at Bucha, at_least 34; the eleven "
           "bodies the reporters saw are among them"),
    E("lt01-3", TER, FRI, L("Hostomel"), "UA", "RU", claimant="Kyiv regional police",
      evidence="Ukrainian soldiers raised the flag over the town hall on Friday, the regional police said",
      note="'raised the flag over the town hall on Friday' -> the town retaken on 1 Apr; the helicopter assault 'on the "
           "first morning of the invasion' is history without a date given (no event)"),
    E("lt01-4", REX, SAT, L("Irpin"), None, "UA", inj=N(2), claimant="State Emergency Service",
      evidence="Two sappers clearing a garage complex there on Saturday were wounded when a tripwire mine went off",
      note="a tripwire mine -> remote_explosive; who laid it is not said -> actor1 null (blind53 ld03 Kurylivka); 2 w on 2 Apr"),
    E("lt01-5", MAS, FRI, L("Chernihiv"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      claimant="head of the Chernihiv city military administration",
      evidence="Shells landed in two northern districts of the city on Friday afternoon, killing two people",
      note="shells -> missile_artillery_strike (artillery); two districts of one city in one sentence -> one event at the "
           "city; 1 Apr, 2 k; the road reopening is no event"),
    E("lt01-6", ABD, "2022-03-23", H("Makariv", "near Makariv"), "RU", "UA", claimant="Nadiia Bondar",
      evidence="was taken away by soldiers from his office on 23 March and has not been heard from since",
      note="a village-council head 'near Makariv' taken away by (occupying) soldiers -> abduction RU -> UA, recalled with "
           "its own day (23 Mar), required; 'near X' -> precision 2"),
    E("lt01-7", MAS, D, H("Odesa", "near Odesa"), "RU", "UA", fat=N(0), weapons=[W("missile")],
      claimant="Russian Ministry of Defence",
      evidence="said on Sunday that its missiles had destroyed a fuel depot and an oil refinery near the Black Sea city of Odesa",
      note="the MoD's missile strike 'near … Odesa' said on Sunday (the day of the strike in a Sunday page) -> 3 Apr, "
           "precision 2; Odesa's authorities: 'a fire but no deaths' -> fatalities 0 (injured not stated)"),
]
# Not events: the pullback 'towards Belarus' (the region's recapture is lt01-1), the first attempt on the city 'a month
# after' (history), the helicopter assault on the first morning (history without a date), Irpin's lack of electricity,
# gas and water (a state after the fighting with no start), the urging not to return, the road to Kyiv reopening, the
# foreign minister's call for sanctions and ICC access (requests). Not gold statements: the deputy minister's "liberated
# from the invader" (title only), the ministry's "increase mutual trust" (fragment). Masthead, menu, byline, date line, credit line, copyright and related
# line are furniture; the dateline 'BUCHA, Ukraine, April 3 (APA) -' stays as text.
STATEMENTS = [
    S("Halyna Tkachuk", "UA", "We found him in April, a hundred metres from the gate", "resident, Bucha"),
    S("Nadiia Bondar", "UA", "They said it was a conversation", "wife of a village-council head"),
    S("Marek Wielgosz", None, "The question is how much of it is repeated in places no one can reach yet",
      "researcher, Gdańsk Centre for Conflict Documentation"),
]
MUST_NOT = ["ATLAS PRESS AGENCY", "Top News | World | Europe | Ukraine Crisis | Markets | Pictures",
            "By Lidia Ferrante and Oksana Dmytrenko", "3 April 2022, 14:06 GMT",
            "Reporting by Lidia Ferrante in Bucha and Oksana Dmytrenko in Kyiv; Editing by Paul Renner",
            "(c) 2022 Atlas Press Agency. All rights reserved.",
            "Related: Kyiv's suburbs count the cost of a failed assault"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
