from common import E, L, R, C, N, W, S, gold

TITLE = "Battlefield Note 1,187: Russian troops gain ground in southern Kostiantynivka; Kalibr strike darkens Odesa"
TEXT = """KESTREL INSTITUTE FOR SECURITY STUDIES
Research · Commentary · Data · Events · About Kestrel
Home » Battlefield Notes » 2026 » April
Battlefield Note 1,187: Russian troops gain ground in southern Kostiantynivka; Kalibr strike darkens Odesa
Wednesday 22 April 2026
Compiled by the Kestrel War Monitoring Cell · Lead analyst: Dr Rhiannon Aske
Share: X · LinkedIn · Bluesky · Email
Labels used in this note. [OBSERVED]: Kestrel has seen evidence that it considers reliable, such as geolocated footage or consistent reports from both sides. [CLAIMED]: one party says so and Kestrel cannot verify it. [ASSESSED]: Kestrel's own judgement. Times are Kyiv time; the note covers the 48 hours to 09:00 on 22 April.

KEY JUDGEMENTS
- Russian forces have advanced into the southern part of Kostiantynivka, the first confirmed Russian gain inside the town since February.
- A Kalibr cruise missile cut power to much of Odesa overnight; Russia's spring strike campaign is again concentrating on the south.
- Ukrainian drones hit the Saratov refinery for the third time this year.
- Russian claims of a breakthrough west of Huliaipole are not supported by any evidence Kestrel has seen.

1. LONG-RANGE STRIKES
1.1 [OBSERVED] Russian forces fired five Kalibr cruise missiles from ships in the Black Sea and launched 142 attack and decoy drones at Ukraine overnight on 21 to 22 April. Ukraine's air force reported that it downed four of the Kalibrs and 118 of the drones. One missile reached an energy facility in Odesa; no one was hurt, according to the regional administration, but about 70,000 customers in the city lost electricity. In Kryvyi Rih, a drone struck the upper floors of a nine-storey residential building, and three residents were injured.

1.2 [ASSESSED] The choice of Kalibrs, rather than the air-launched Kh-101s that carried most of the winter campaign, suggests that Russia's strategic bomber fleet is being held back, possibly for a larger strike. Kestrel has no direct evidence of this. Russia has fired Kalibrs at Odesa on at least nine nights since the beginning of March, and the city's grid, which was rebuilt twice in 2025, is now running on mobile gas turbines in several districts. If this pattern continues, Odesa would face scheduled outages through the summer for the first time since 2022.

1.3 [OBSERVED] Ukrainian drones struck the Saratov oil refinery on the night of 20 to 21 April. Saratov Oblast's governor said a worker at "an enterprise in the city" had been injured by falling debris and that the fire had been put out within hours. Satellite images taken on 21 April show damage to a cooling tower and a pipe rack. Russia's defence ministry claimed that its air defences destroyed 61 Ukrainian drones over Russian territory that night, 24 of them over Saratov Oblast.

1.4 [CLAIMED] Ukraine's General Staff claimed that Ukrainian forces struck a Russian ammunition depot near Oleshky in occupied Kherson Oblast on 21 April and that secondary explosions continued for several hours. It did not say which weapons were used. Kestrel has not seen footage of the strike.

1.5 [CLAIMED] The General Staff also claimed that a Ukrainian air defence unit shot down a Russian Su-34 bomber over Donetsk Oblast on 21 April. Russian milbloggers did not dispute the loss but blamed "friendly fire". Russia has lost, by Kestrel's count, at least 11 tactical aircraft in 2026, fewer than in either of the two previous years.

2. GROUND OPERATIONS: DONETSK OBLAST
2.1 [OBSERVED] Geolocated footage published on 21 April shows Russian infantry moving between houses on a street in southern Kostiantynivka, about 600 metres north of the positions Kestrel last confirmed in March. The footage indicates a Russian advance within the town. Russian forces attacked within Kostiantynivka on 20 and 21 April.

2.2 [ASSESSED] Kostiantynivka is the southern anchor of the last Ukrainian-held urban belt in Donetsk Oblast, which also includes Druzhkivka, Kramatorsk and Sloviansk. Ukrainian forces liberated Kostiantynivka from Russian-backed separatists in the summer of 2014, and it has not changed hands since. Russian forces would need to take the town before they could attack Druzhkivka from the south, and Kestrel assesses that they are unlikely to do so before the autumn. A Ukrainian battalion commander in the town, Major Andrii Pasichnyk, told Kestrel that "every cellar is a position now, and the Russians have to take them one by one."

2.3 [OBSERVED] Russian aircraft dropped guided bombs on Druzhkivka on 21 April, killing one civilian and injuring four, according to the Donetsk Oblast Military Administration. Druzhkivka has been struck on most days since January.

2.4 [OBSERVED] Russian forces attacked east of Sloviansk near Mykolaivka on 21 April. The attack was the closest to Sloviansk that Kestrel has recorded this year. Mykolaivka, a town of some 14,000 people before the full-scale invasion, lies on the main road between Sloviansk and the Siversk area.

2.5 [OBSERVED] Kestrel did not observe Russian attacks near Lyman on 20 or 21 April. Russian forces last attacked northwest of the town, near Drobysheve, in the first week of April.

3. GROUND OPERATIONS: KHARKIV OBLAST
3.1 [OBSERVED] Russian forces attacked east of Kupiansk near Petropavlivka on 21 April. This Petropavlivka, in Kharkiv Oblast, should not be confused with the town of the same name in Dnipropetrovsk Oblast. Russian forces did not attack in the Kupiansk-Vuzlovyi area on 20 or 21 April, and Kestrel has observed no Russian forces on the left bank of the Oskil River south of Kupiansk since January.

4. GROUND OPERATIONS: ZAPORIZHZHIA OBLAST
4.1 [CLAIMED] Russia's defence ministry claimed on 21 April that Russian forces had broken through Ukrainian defences west of Huliaipole and seized Zaliznychne. Kestrel has seen no footage of Russian forces in Zaliznychne; a Ukrainian brigade published images on 21 April showing its soldiers in the village. Kestrel judges the claim to be false.

4.2 [OBSERVED] Ukrainian forces advanced near Stepnohirsk, west of Orikhiv. Footage published on 20 April shows Ukrainian troops in a tree line north of the village that Russian forces had held since December.

4.3 [ASSESSED] Had Russian forces broken through west of Huliaipole, as their defence ministry claimed, they would have reached the road between Zaporizhzhia and Huliaipole. That has not happened. Kestrel expects Russian forces to renew their attacks in this area after the spring mud dries, probably in May.

5. GROUND OPERATIONS: SUMY AND KHERSON OBLASTS
5.1 [OBSERVED] An Iskander-M ballistic missile struck a university building in Sumy City on 21 April, killing two people and injuring 17, the Sumy Oblast Military Administration said. The building had been used as a shelter during air raids, according to residents.

5.2 [OBSERVED] Russian artillery shelled Bilozerka, west of Kherson City, on 21 April, injuring two civilians. Russian forces on the left bank shell the Bilozerka community daily, and the Kherson Oblast Military Administration has ordered the evacuation of families with children from several villages there since March.

6. OCCUPIED TERRITORIES
6.1 [CLAIMED] Ukraine's human rights commissioner said on 21 April that Russian occupation authorities in Melitopol had detained a school teacher on 19 April for refusing to teach the Russian curriculum. Kestrel cannot verify the detention, but has recorded more than 40 similar cases in occupied Zaporizhzhia Oblast since the start of 2026.

6.2 [CLAIMED] A Crimean partisan group, Chornyi Dym, claimed that its members blew up a section of railway track near Dzhankoi on the night of 19 to 20 April, delaying military trains for a day. Russian-installed authorities in Crimea denied that any sabotage had taken place and said the trains had been delayed by "technical maintenance."

7. OUTLOOK
[ASSESSED] Russia will likely continue to attack Kostiantynivka from the south and east through May. Ukraine will likely continue its drone campaign against Russian refineries, which has intensified every spring since 2024. No ceasefire is in prospect: the talks in Istanbul broke off in March, and neither side has proposed a date to resume them.

Next Battlefield Note: Thursday 23 April 2026.
Cite as: Kestrel Institute for Security Studies, Battlefield Note 1,187, 22 April 2026.
Kestrel is an independent, non-partisan research institute. Registered charity no. 1180442.
"""
DOC = {"id": "kv07", "date": "2026-04-22", "source": "Kestrel Institute for Security Studies (think tank, labelled battlefield note)",
       "url": "https://kestrel-institute.example/battlefield-notes/2026/04/22/note-1187", "text": TEXT}

D, Y, Y2, Y3 = "2026-04-22", "2026-04-21", "2026-04-20", "2026-04-19"
EVENTS = [
    E("kv07-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", "Kalibr", launched=N(5)), W("drone", launched=N(142))],
      note="1.1: 'overnight on 21 to 22 April' = 22 Apr; five Kalibrs and 142 drones -> the country wave, typed by the "
           "missiles; the ships in the Black Sea are a launch area, not a place hit; key judgement 2 repeats it"),
    E("kv07-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kv07-1",
      weapons=[W("cruise_missile", intercepted=N(4)), W("drone", intercepted=N(118))],
      note="'downed four of the Kalibrs and 118 of the drones'"),
    E("kv07-3", "missile_artillery_strike", D, L("Odesa"), "RU", "UA", parent="kv07-1", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile", "Kalibr")],
      note="'One missile reached an energy facility in Odesa; no one was hurt' = 0/0"),
    E("kv07-4", "infrastructure_disruption", D, L("Odesa"), "RU", "UA", parent="kv07-3",
      note="'about 70,000 customers in the city lost electricity'"),
    E("kv07-5", "air_drone_strike", D, L("Kryvyi Rih"), "RU", "UA", parent="kv07-1", inj=N(3), weapons=[W("drone")],
      note="drone on a nine-storey residential building in Kryvyi Rih, three injured"),
    E("kv07-6", "air_drone_strike", Y, L("Saratov"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="1.3: Saratov refinery 'on the night of 20 to 21 April' = 21 Apr; the governor's 'enterprise in the city' "
           "with one worker injured by debris is the same event; the satellite images repeat it; 'for the third time "
           "this year' (key judgement) is a tally"),
    E("kv07-7", "interception", Y, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(61))],
      claimant="Russian MoD", note="MoD: 61 drones over Russian territory 'that night' (20 to 21 Apr)"),
    E("kv07-8", "interception", Y, R("RU-SAR", "Saratov Oblast"), "RU", "UA", parent="kv07-7",
      weapons=[W("drone", intercepted=N(24))], claimant="Russian MoD", note="'24 of them over Saratov Oblast'"),
    E("kv07-9", "air_drone_strike", Y, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional"),
    E("kv07-10", "missile_artillery_strike", Y, L("Oleshky", 2), "UA", "RU", family=["air_drone_strike"],
      claimant="Ukrainian General Staff",
      note="1.4 [CLAIMED]: depot 'near Oleshky in occupied Kherson Oblast on 21 April': a claimed event is an event "
           "with its claimant (blind42 call 1); weapon not said -> both strike types; precision 2"),
    E("kv07-11", "interception", Y, R("UA-14", "Donetsk Oblast"), "UA", "RU", weapons=[W("aircraft", "Su-34", intercepted=N(1))],
      claimant="Ukrainian General Staff",
      note="1.5 [CLAIMED]: a Su-34 'shot down … over Donetsk Oblast on 21 April' -> interception by the defender with "
           "weapon category aircraft (blind39 call 8), region only; the milbloggers' 'friendly fire' is a "
           "counter-version of the same loss"),
    E("kv07-12", "territory_change", Y, L("Kostiantynivka"), "RU", "UA",
      note="2.1: 'Geolocated footage published on 21 April … indicates a Russian advance within the town' -> dated by "
           "the footage, precision 1 (705104, Donetsk oblast); key judgement 1 repeats it"),
    E("kv07-13", "armed_clash", Y2, L("Kostiantynivka"), "RU", "UA", end=Y, prec="range",
      note="'attacked within Kostiantynivka on 20 and 21 April': range from the first day"),
    E("kv07-14", "air_drone_strike", Y, L("Druzhkivka"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("guided_bomb")],
      note="2.3: guided bombs on Druzhkivka on 21 April, 1 k 4 w"),
    E("kv07-15", "armed_clash", Y, L("Mykolaivka", 2), "RU", "UA",
      note="2.4: 'east of Sloviansk near Mykolaivka on 21 April' (700119, Donetsk oblast), precision 2"),
    E("kv07-17", "armed_clash", Y, L("Petropavlivka KH", 2), "RU", "UA",
      note="3.1: 'east of Kupiansk near Petropavlivka on 21 April': the Kharkiv-oblast village (697421, UA-63), not "
           "the Dnipropetrovsk town the text warns about"),
    E("kv07-18", "territory_change", Y, L("Zaliznychne"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="4.1 [CLAIMED]: MoD claim 'on 21 April' of a breakthrough and the seizure of Zaliznychne, judged false by "
           "the page (Ukrainian images in the village): optional (blind42 call 1)"),
    E("kv07-19", "territory_change", Y2, L("Stepnohirsk", 2), "UA", "RU",
      note="4.2: 'Ukrainian forces advanced near Stepnohirsk … Footage published on 20 April': dated by the footage, "
           "precision 2; held by Russia 'since December' is background"),
    E("kv07-20", "missile_artillery_strike", Y, L("Sumy"), "RU", "UA", fat=N(2), inj=N(17),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="5.1: Iskander-M on a university building in Sumy City on 21 April, 2 k 17 w"),
    E("kv07-21", "missile_artillery_strike", Y, L("Bilozerka"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="5.2: artillery on Bilozerka 'on 21 April, injuring two civilians'; daily shelling of the community is "
           "habitual, the evacuation order 'since March' is background"),
    E("kv07-22", "arrest", Y3, L("Melitopol"), "RU", "UA", family=["abduction"],
      claimant="Ukrainian human rights commissioner",
      note="6.1 [CLAIMED]: occupation authorities 'had detained a school teacher on 19 April' in Melitopol -> arrest "
           "(RU -> UA), abduction accepted; the 'more than 40 similar cases' are a tally"),
    E("kv07-23", "remote_explosive", Y2, L("Dzhankoi", 2), "UA", "RU", claimant="Chornyi Dym",
      note="6.2 [CLAIMED]: partisans 'blew up a section of railway track near Dzhankoi on the night of 19 to 20 "
           "April' = 20 Apr (the night's later day); explosives on track = remote_explosive of UA (blind41 call 6); "
           "the occupation authorities' denial is a counter-claim"),
    E("kv07-24", "infrastructure_disruption", Y2, L("Dzhankoi", 2), "UA", "RU", parent="kv07-23", optional=True,
      note="'delaying military trains for a day': a consequence told only by the claimant, optional"),
]
# Not events: the labels note; KEY JUDGEMENTS (repeat 1.1, 1.3, 2.1, 4.1); 1.2 [ASSESSED] (bombers 'being held
# back, possibly for a larger strike', Kalibrs 'on at least nine nights since the beginning of March' (tally), the
# grid 'rebuilt twice in 2025', 'If this pattern continues, Odesa would face scheduled outages' (conditional));
# 'fire had been put out within hours'; the secondary explosions (part of 1.4); the milbloggers' 'friendly fire'
# (counter-version of 1.5); 'at least 11 tactical aircraft in 2026' (tally); 2.2 [ASSESSED] (the urban belt,
# Kostiantynivka liberated 'in the summer of 2014' (history, no day), 'would need to take the town', 'unlikely to do
# so before the autumn' (forecast), the commander's quote); Druzhkivka struck 'on most days since January'
# (habitual); Mykolaivka's population and road (description); 'did not observe Russian attacks near Lyman on 20 or
# 21 April' (negation), the last attack near Drobysheve 'in the first week of April' (no day); the warning about the other Petropavlivka; 'did not attack in the Kupiansk-Vuzlovyi area',
# 'observed no Russian forces on the left bank … since January' (negations); the Ukrainian images in Zaliznychne
# (refute 4.1); 4.3 [ASSESSED] ('Had Russian forces broken through … would have reached' (counterfactual), 'That has
# not happened', attacks expected 'probably in May' (forecast)); the Sumy building used as a shelter (description);
# daily shelling of the Bilozerka community (habitual), the evacuation of families 'since March' (an order without a
# day); the commissioner's statement itself, the 40 cases since the start of 2026 (tally); the Crimean authorities'
# denial and 'technical maintenance'; OUTLOOK (forecasts; refinery campaign 'intensified every spring since 2024';
# the Istanbul talks 'broke off in March', no date proposed).
STATEMENTS = [
    S("Andrii Pasichnyk", "UA", "every cellar is a position now", "Ukrainian battalion commander, Kostiantynivka"),
]
MUST_NOT = ["KESTREL INSTITUTE FOR SECURITY STUDIES",
            "Research · Commentary · Data · Events · About Kestrel",
            "Home » Battlefield Notes » 2026 » April",
            "Wednesday 22 April 2026",
            "Compiled by the Kestrel War Monitoring Cell · Lead analyst: Dr Rhiannon Aske",
            "Share: X · LinkedIn · Bluesky · Email",
            "Next Battlefield Note: Thursday 23 April 2026.",
            "Cite as: Kestrel Institute for Security Studies, Battlefield Note 1,187, 22 April 2026.",
            "Kestrel is an independent, non-partisan research institute. Registered charity no. 1180442."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
