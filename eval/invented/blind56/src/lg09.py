from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Ukraine's drones reach deep into Russia, hitting bomber bases and a refinery, officials say"
TEXT = """LBN NEWS
Live TV | U.S. | World | Politics | Business | Health | Investigations
World News
Ukraine's drones reach deep into Russia, hitting bomber bases and a refinery, officials say
Moscow says it shot down dozens of drones; a Ukrainian official claims six warplanes were destroyed at a single air base.
By Caitlin Morrow and Andriy Sas
April 5, 2024, 12:47 PM EDT / Updated April 5, 2024, 3:10 PM EDT
Ukraine sent waves of long-range drones against Russian air bases overnight into Friday, Russian officials said, in one of the largest attacks of its kind and a sign that Kyiv is pushing the war hundreds of miles beyond the front line.

Russia's Defense Ministry reported that 57 Ukrainian drones had been shot down over six regions overnight, 41 of them over the Rostov region, on the border with eastern Ukraine. The region is home to the Morozovsk air base, where Russia keeps Su-34 fighter-bombers that drop heavy glide bombs on Ukrainian towns.

The Rostov regional governor said an electrical substation in the Morozovsky district had been damaged, leaving about 600 homes without power, but did not mention the base. A Ukrainian security official, who spoke on condition of anonymity because he was not authorized to speak publicly, told LBN that at least six aircraft had been destroyed and eight damaged at Morozovsk, and that some 20 Russian service members had been killed or wounded. LBN could not independently verify the claims.
"At three in the morning the windows lit up orange, and then it went on booming for an hour," said Olga Prikhodko, who lives on the edge of Morozovsk, in a video she posted on a local chat group.

Drones also targeted the Yeysk airfield on the Sea of Azov, where one crashed inside the perimeter without causing casualties, the Krasnodar region's authorities said. In the Saratov region, home to the strategic bombers that Russia uses to fire cruise missiles at Ukraine, two drones were shot down on the approach to the Engels air base, the regional governor said.

Earlier this week, the attacks reached further than ever. On Tuesday, drones flew some 750 miles to strike an oil refinery in Nizhnekamsk, in the Russian republic of Tatarstan, one of the country's largest; a fire in a processing unit was put out within hours and no one was hurt, local officials said. The same morning, a drone hit a dormitory in the industrial zone outside Yelabuga, where Iranian-designed attack drones are assembled, injuring seven people.

Refineries have become a favorite target. On March 23, drones set fire to a refinery in Novokuibyshevsk, in the Samara region; regional officials said no one had been hurt. Since January, Ukrainian drones have struck more than a dozen refineries, knocking out as much as a seventh of Russia's refining capacity at the peak, according to analysts.
"Every bomber that burns on the ground at Morozovsk is a bomber that cannot drop glide bombs on Kharkiv. That is the logic, and it is hard to argue with," said Michael Kessler, a senior fellow at the Potomac Center for Strategy in Washington.

Washington has been less enthusiastic. The Pentagon said on Thursday that the United States "does not support or enable" strikes inside Russia, and officials have privately urged Kyiv to leave refineries alone for fear of higher fuel prices before the U.S. election.

Russia, meanwhile, kept up its own attacks. Overnight into Thursday, Russian drones slammed into a residential neighborhood of Kharkiv, killing two people, including a rescuer who arrived after the first explosion, and wounding nine, the city's mayor said. "They wait for us to arrive and then they hit again," said Serhiy Tarasenko, a rescuer who was at the scene.

And on Friday morning, a Russian missile hit an industrial area of Zaporizhzhia, wounding three workers, regional officials said.
Andriy Sas reported from Kyiv, and Caitlin Morrow from Washington.
Get the LBN Morning Rundown delivered to your inbox every weekday.
© 2024 LBN Universal Media. All rights reserved.
"""
DOC = {"id": "lg09", "date": "2024-04-05", "source": "LBN News (US television network's news site)",
       "url": "https://lbnnews.example/news/world/ukraine-drones-russia-air-bases-refinery-rcna146501", "text": TEXT}

D, THU, TUE = "2024-04-05", "2024-04-04", "2024-04-02"
MOD = "Russian Defense Ministry"
NIGHT = "lg09-1"
EVENTS = [
    E(NIGHT, INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(57))], claimant=MOD,
      evidence="Russia's Defense Ministry reported that 57 Ukrainian drones had been shot down over six regions overnight",
      note="'57 Ukrainian drones had been shot down over six regions overnight' (overnight into Friday = 5 Apr) -> the night's "
           "interception at country level, the defender RU as actor1"),
    E("lg09-2", INT, D, R("RU-ROS", "Rostov region"), "RU", "UA", parent=NIGHT, weapons=[W("drone", intercepted=N(41))],
      claimant=MOD, evidence="41 of them over the Rostov region",
      note="a region with its own count -> required interception (ANNOTATION rule 3)"),
    E("lg09-3", ADS, D, H("Morozovsk", "Morozovsk air base"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian security official (anonymous)",
      evidence="told LBN that at least six aircraft had been destroyed and eight damaged at Morozovsk",
      note="the strike on the Morozovsk air base overnight into Friday; an air base named with its town = precision 2 "
           "(RU-ROS); 'some 20 Russian service members had been killed or wounded' mixes both counts -> fatalities and "
           "injured absent; aircraft destroyed are damage, not launched counts"),
    E("lg09-4", DIS, D, H("Morozovsk", "Morozovsky district"), "UA", "RU", parent="lg09-3",
      claimant="Rostov regional governor",
      evidence="an electrical substation in the Morozovsky district had been damaged, leaving about 600 homes without power",
      note="the governor's damaged substation and outage in the district named after Morozovsk (precision 2); the "
           "outage of 'about 600 homes' is the disruption; the substation hit itself is told only through it"),
    E("lg09-5", ADS, D, H("Yeysk", "Yeysk airfield"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Krasnodar region authorities",
      evidence="Drones also targeted the Yeysk airfield on the Sea of Azov, where one crashed inside the perimeter without causing casualties",
      note="'without causing casualties' -> 0/0; airfield named with the town = precision 2 (RU-KDA)"),
    E("lg09-6", INT, D, H("Engels", "approach to the Engels air base"), "RU", "UA", parent=NIGHT,
      weapons=[W("drone", intercepted=N(2))], claimant="Saratov regional governor",
      evidence="two drones were shot down on the approach to the Engels air base",
      note="'two drones were shot down on the approach to the Engels air base' -> interception with a count at "
           "precision 2 (blind53 call 4, 'on the approach to Kurchatov'); RU-SAR"),
    E("lg09-7", ADS, TUE, L("Nizhnekamsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Tatarstan local officials",
      evidence="On Tuesday, drones flew some 750 miles to strike an oil refinery in Nizhnekamsk",
      note="'On Tuesday' on a Friday page -> 2 Apr; 'no one was hurt' -> 0/0; RU-TA"),
    E("lg09-8", ADS, TUE, H("Yelabuga", "industrial zone outside Yelabuga"), "UA", "RU", inj=N(7), weapons=[W("drone")],
      evidence="The same morning, a drone hit a dormitory in the industrial zone outside Yelabuga",
      note="'The same morning' = Tuesday 2 Apr; 'outside X' = precision 2; 7 injured"),
    E("lg09-9", ADS, "2024-03-23", L("Novokuibyshevsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Samara regional officials",
      evidence="On March 23, drones set fire to a refinery in Novokuibyshevsk, in the Samara region",
      note="recalled strike with its date (23 Mar) -> required; 'no one had been hurt' -> 0/0; RU-SAM"),
    E("lg09-10", ADS, THU, L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("drone")],
      claimant="mayor of Kharkiv",
      evidence="Overnight into Thursday, Russian drones slammed into a residential neighborhood of Kharkiv, killing two people",
      note="'Overnight into Thursday' on a Friday page -> 4 Apr (not the publication day); 2 killed (the rescuer among "
           "them), 9 wounded; the repeated hit is one event"),
    E("lg09-11", MAS, D, L("Zaporizhzhia"), "RU", "UA", inj=N(3), weapons=[W("missile")],
      claimant="Zaporizhzhia regional officials",
      evidence="on Friday morning, a Russian missile hit an industrial area of Zaporizhzhia, wounding three workers",
      note="Friday 5 Apr; 3 wounded"),
    E("lg09-12", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      evidence="Ukraine sent waves of long-range drones against Russian air bases overnight into Friday",
      note="the night's attack on Russia as a whole (lead) -> optional (blind49 kz09-8); its places are lg09-3, -5"),
]
# Not events: the standfirst (a summary of lg09-1 and lg09-3); the 'six regions' unnamed (no listing); the claims of aircraft destroyed and 20 killed or wounded (detail
# of lg09-3); 'the attacks reached further than ever' (framing); 'Since January … more than a dozen refineries' and 'a
# seventh of Russia's refining capacity' (tally, analysis); Kessler's logic (opinion); the Pentagon's "does not support
# or enable" (statement, negation) and the officials' private urging (no event); 'kept up its own attacks' (habit).
# Not gold statements: the Pentagon fragment "does not support or enable" (institution).
STATEMENTS = [
    S("Olga Prikhodko", "RU", "the windows lit up orange", "resident of Morozovsk"),
    S("Michael Kessler", None, "a bomber that cannot drop glide bombs on Kharkiv",
      "senior fellow, Potomac Center for Strategy"),
    S("Serhiy Tarasenko", "UA", "They wait for us to arrive and then they hit again", "rescuer, Kharkiv"),
]
MUST_NOT = ["LBN NEWS", "Live TV | U.S. | World | Politics | Business | Health | Investigations", "World News",
            "By Caitlin Morrow and Andriy Sas",
            "April 5, 2024, 12:47 PM EDT / Updated April 5, 2024, 3:10 PM EDT",
            "Andriy Sas reported from Kyiv, and Caitlin Morrow from Washington.",
            "Get the LBN Morning Rundown delivered to your inbox every weekday.",
            "© 2024 LBN Universal Media. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
