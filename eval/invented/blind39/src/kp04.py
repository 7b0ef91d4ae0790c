from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: Dnipro death toll rises to three after overnight ballistic and drone attack"
TEXT = """THE HARBOUR POST
Sign in | Subscribe
News  Opinion  Sport  Culture  Lifestyle
World > Europe > Ukraine
LIVE
Ukraine war live: Dnipro death toll rises to three after overnight ballistic and drone attack
Energy facility hit in Ternopil; Russia says it shot down 43 drones over border regions; Ukrainian and US negotiators met in Geneva
Updated 16:42 GMT
Live coverage by Niamh Calloway (now) and Kostiantyn Hrytsenko (earlier)
Key events
Show key events only
Please turn on JavaScript to use this feature
16:42 GMT
Zaporizhzhia: four injured by guided bombs in suburbs
Russian aircraft dropped guided bombs on the southern suburbs of Zaporizhzhia on Wednesday afternoon, damaging a school building and several houses, the regional governor said. Four people were injured, one of them seriously. Zaporizhzhia has been targeted by glide bombs with growing frequency since the autumn, as Russian aircraft have been able to launch them from further behind the front.

16:05 GMT
Recap: what we know so far
If you are just joining us, here is a summary of the day so far:
Russia launched 126 drones and seven Iskander-M ballistic missiles at Ukraine overnight, the Ukrainian Air Force said. Air defences shot down 108 drones and four missiles.
In Dnipro, three people have been killed and 15 injured after a drone hit a nine-storey apartment building.
A missile hit an energy facility in Ternopil, leaving parts of the city without water.
Ukrainian and US delegations met in Geneva on Tuesday to discuss a possible ceasefire framework.

15:40 GMT
Kremlin: Geneva meeting "changes nothing"
The Kremlin spokesman told reporters in Moscow that the meeting between Ukrainian and US negotiators in Geneva "changes nothing" for Russia, and repeated that Moscow would only agree to a ceasefire that reflected "the new territorial realities". He declined to say whether a Russian delegation would take part in future rounds. Russian officials have made similar statements after every round of talks since the spring.

14:55 GMT
Reader question: why do air raid alerts last so long?
Several readers have asked why air raid alerts in Kyiv and other cities sometimes last five or six hours. The short answer: the alert lasts as long as drones are in the air anywhere near the region. Shahed-type drones fly slowly, at about 150 to 180 kilometres an hour, and Russia often sends them on winding routes to confuse air defence. An alert can be declared when a group of drones crosses the border and lifted only when the last one has been shot down or has left the region. Ballistic missiles, by contrast, reach their targets within minutes, which is why alerts for them are often declared only after launch.

15:12 GMT
Ukrainian General Staff: fierce fighting near Kostiantynivka and Huliaipole
Ukraine's General Staff said in its afternoon update that Russian forces had attacked Ukrainian positions near Kostiantynivka and near Huliaipole since the start of the day, and that the fighting was continuing. It said Ukrainian units had repelled most of the attacks. The two towns have been the focus of Russian offensive efforts for months.

14:30 GMT
Analysis: why Russia keeps firing Iskanders at Dnipro
Our defence correspondent writes:
Dnipro sits about 100 kilometres from the nearest Russian launch sites in occupied territory, which gives Ukrainian air defence very little time to react to a ballistic missile. An Iskander-M fired from that distance can reach the city in under three minutes. Patriot batteries can intercept such missiles, but Ukraine has only a handful of them and must choose what to protect. If more systems were delivered, analysts say, a city like Dnipro could be covered permanently; without them, every large attack becomes a lottery.

13:10 GMT
Belgorod governor reports car hit by drone in Shebekino
The governor of Russia's Belgorod region said a Ukrainian drone hit a car in Shebekino on Wednesday morning, injuring the driver. Ukraine does not usually comment on such reports.

12:20 GMT
Poll: most Ukrainians oppose territorial concessions
A new poll by the Kyiv-based Centre for Social Research found that 68% of Ukrainians oppose any agreement that would require Ukraine to withdraw from the parts of Donetsk region it still controls, while 21% would accept such a deal in exchange for security guarantees. The poll was conducted by telephone between 6 and 14 February. Support for concessions has risen slightly since the autumn, the centre said, but remains a minority view.

11:48 GMT
Dnipro death toll rises to three
The number of people killed in the drone strike on Dnipro has risen to three, and 15 people are now reported injured, the head of the Dnipropetrovsk regional military administration said. Rescuers found the body of a woman under the rubble of the collapsed stairwell.
"We are still searching the upper floors. There may be more people under the concrete, and we will not stop until we have checked every apartment," said Andrii Savchuk, a spokesman for the regional emergency service.

11:20 GMT
Norway to fund air defence production
Norway's government said on Wednesday it would provide 2.5 billion kroner to finance the production of air defence systems in Ukraine, the Norwegian defence ministry announced. The money will be channelled through a Danish-led scheme that pays Ukrainian manufacturers directly.

10:40 GMT
Dnipro: rescuers search collapsed stairwell
Pictures from Dnipro show rescuers using cranes to lift slabs of concrete from the collapsed stairwell of the building hit overnight. As we reported earlier, two people were killed and 12 injured, according to the regional military administration. Residents of the undamaged part of the building have been moved to a school nearby, where volunteers are handing out hot food and blankets. The city authorities said they would pay compensation to every family whose apartment was destroyed and would offer temporary housing within a week.
Rescuers work at the site of the drone strike in Dnipro. Photograph: Yevhen Lysyi/The Harbour Post

10:15 GMT
Russia says it downed 43 Ukrainian drones
Russia's defence ministry said air defences had destroyed 43 Ukrainian drones overnight over the Belgorod, Kursk and Voronezh regions. It did not report any damage. Russia's figures cannot be independently verified, and the ministry reports only the number of drones it says it shot down, not how many were launched.

09:40 GMT
What happened in Geneva
Ukrainian and US negotiators met in Geneva on Tuesday for more than six hours, both sides said. The head of the Ukrainian delegation, Mykola Dovhan, told reporters afterwards: "We talked about the sequence: first a ceasefire in the sky and at sea, then everything else." A Russian delegation was not present. The White House said further meetings could follow "within weeks", and the Kremlin said it would study any proposal that "takes into account the realities on the ground."

09:05 GMT
Kherson: woman injured by shelling
Russian artillery shelled Kherson's Dniprovskyi district this morning, injuring a 70-year-old woman in her courtyard, the head of the regional military administration said. Kherson, which lies on the right bank of the Dnipro opposite Russian positions, is shelled every day.

08:45 GMT
President: "Every attack is Russia's answer to diplomacy"
The President of Ukraine said in his morning address that the overnight attack showed that Russia "answers every diplomatic step with missiles". He called on Ukraine's partners to speed up the delivery of air defence systems and said Ukraine would present a list of its most urgent needs at next week's meeting of the Ukraine Defence Contact Group.

08:30 GMT
Ternopil: missile hit energy facility, water supply disrupted
A missile hit an energy facility in Ternopil overnight, the city's mayor said, leaving several districts without water and heating. No one was injured. Repair crews are working to restore the water supply, which the mayor said could take until the evening.

08:05 GMT
Dnipro: two killed, 12 injured in drone strike on apartment building
A Russian drone hit a nine-storey apartment building in Dnipro overnight, collapsing one stairwell, the regional military administration said. Two people were killed and 12 injured, including a child.

07:20 GMT
Russia launched 126 drones and seven missiles overnight
Russia attacked Ukraine overnight with 126 drones and seven Iskander-M ballistic missiles, Ukraine's Air Force said on Wednesday morning. Air defences shot down or suppressed 108 drones and four missiles. Impacts were recorded in six locations, the Air Force said, without naming them.

07:00 GMT
Welcome to our live coverage
Good morning and welcome to our live coverage of Russia's war in Ukraine. We will bring you the latest news from across the country throughout the day, including the aftermath of another overnight attack and the reactions to Tuesday's talks in Geneva.
This blog is now closed. You can read the rest of our Ukraine coverage here.
Sign up to our daily briefing
© 2026 The Harbour Post. Terms & conditions | Privacy policy | Cookie settings
"""
DOC = {"id": "kp04", "date": "2026-02-18", "source": "The Harbour Post (British newspaper site, live blog)",
       "url": "https://harbourpost.example/world/live/2026/feb/18/ukraine-war-live-dnipro-ternopil", "text": TEXT}

D, Y = "2026-02-18", "2026-02-17"
EVENTS = [
    E("kp04-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(126)), W("ballistic_missile", "Iskander-M", launched=N(7))],
      note="07:20 entry: 126 drones and seven Iskander-M 'overnight' (Wednesday morning report = publication day); the "
           "16:05 recap and the subheadline repeat it (one event)"),
    E("kp04-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kp04-1",
      weapons=[W("drone", intercepted=N(108)), W("ballistic_missile", intercepted=N(4))],
      note="'shot down or suppressed 108 drones and four missiles'; 'impacts … in six locations' unnamed: no events"),
    E("kp04-3", "air_drone_strike", D, L("Dnipro"), "RU", "UA", parent="kp04-1", fat=N(3), inj=N(15),
      weapons=[W("drone")],
      note="drone on a nine-storey building in Dnipro 'overnight': the 08:05 entry's 2 k 12 w is superseded by the "
           "11:48 update (3 k 15 w; blind34 call 3, blind37 call 1); the title and recap repeat it"),
    E("kp04-4", "missile_artillery_strike", D, L("Ternopil"), "RU", "UA", parent="kp04-1", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      note="08:30: a missile on an energy facility in Ternopil overnight; 'No one was injured' read as 'no one was "
           "hurt' = 0/0 (ANNOTATION rule 7)"),
    E("kp04-5", "infrastructure_disruption", D, L("Ternopil"), "RU", "UA", parent="kp04-4",
      note="'leaving several districts without water and heating'; the repair estimate is a forecast"),
    E("kp04-6", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(43))],
      claimant="Russian defence ministry",
      note="10:15: '43 Ukrainian drones overnight over the Belgorod, Kursk and Voronezh regions': the country total "
           "is required, the regions listed without counts are optional (ANNOTATION rule 3, blind34 call 3)"),
    E("kp04-7", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent="kp04-6", optional=True,
      weapons=[W("drone")], note="region merely listed"),
    E("kp04-8", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", parent="kp04-6", optional=True,
      weapons=[W("drone")], note="region merely listed"),
    E("kp04-9", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent="kp04-6", optional=True,
      weapons=[W("drone")], note="region merely listed"),
    E("kp04-10", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole, implied by the interception count: optional (blind37 call 5)"),
    E("kp04-11", "air_drone_strike", D, L("Shebekino"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="13:10: the Belgorod governor's drone on a car in Shebekino 'on Wednesday morning', driver injured"),
    E("kp04-12", "armed_clash", D, L("Kostiantynivka", 2), "RU", "UA",
      note="15:12: attacks 'near Kostiantynivka … since the start of the day' (publication day), precision 2; 'for "
           "months' is background"),
    E("kp04-13", "armed_clash", D, L("Huliaipole", 2), "RU", "UA",
      note="'… and near Huliaipole' (the Zaporizhzhia-oblast town, 707898)"),
    E("kp04-14", "air_drone_strike", D, L("Zaporizhzhia", 2), "RU", "UA", inj=N(4), weapons=[W("guided_bomb")],
      note="16:42: guided bombs on 'the southern suburbs of Zaporizhzhia' Wednesday afternoon, 4 injured: suburbs = "
           "precision 2; the growing frequency 'since the autumn' is background"),
    E("kp04-17", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="09:05: artillery on Kherson's Dniprovskyi district 'this morning', 1 injured; 'shelled every day' is habitual"),
    E("kp04-15", "policy_decision", D, C("NO", "Norway"), "NO", "UA",
      note="11:20: Norway's government 'said on Wednesday it would provide 2.5 billion kroner': a funding decision "
           "announced today (blind34 call 2), at the deciding country"),
    E("kp04-16", "diplomatic_contact", Y, L("Geneva"), "UA", "US",
      note="09:40: Ukrainian and US negotiators 'met in Geneva on Tuesday' (17 Feb), the named venue; the recap repeats "
           "it; 'further meetings could follow' and the Kremlin's 'would study' are not events"),
]
# Not events: the welcome entry and its preview; 'Please turn on JavaScript'; the 16:05 recap (repeats four earlier
# entries: no new events); the 14:30 analysis entry (launch distances, 'If more systems were delivered … could be
# covered', generic); Zaporizhzhia's targeting 'with growing frequency since the autumn'; 'Ukraine does not usually
# comment'; the rescuers' search and 'There may be more people' (speculation); the scheme Norway's money goes through;
# the MoD's reporting habits; 'further meetings could follow within weeks', the Kremlin's 'would study'; the Russian
# delegation 'not present' (negation); the repair estimate 'could take until the evening'; the 'impacts … in six
# locations' without places; the closing line; the president's address (title-only quote), the list to be presented
# 'at next week's meeting' (plan); the 10:40 entry (repeats the Dnipro strike with the earlier 2 k 12 w: no new
# event; compensation and temporary housing 'would' be offered: plans; the caption with its glued credit is text); the 12:20 poll (conducted 6-14 February: a survey, no event); the 14:55 reader
# question (generic); the 15:40 Kremlin reaction ('changes nothing', 'declined to say', statements 'since the spring').
STATEMENTS = [
    S("Andrii Savchuk", "UA", "We are still searching the upper floors", "spokesman, regional emergency service"),
    S("Mykola Dovhan", "UA", "first a ceasefire in the sky and at sea, then everything else",
      "head of the Ukrainian delegation"),
]
MUST_NOT = ["THE HARBOUR POST", "Sign in | Subscribe", "News  Opinion  Sport  Culture  Lifestyle",
            "World > Europe > Ukraine", "LIVE", "Updated 16:42 GMT",
            "Live coverage by Niamh Calloway (now) and Kostiantyn Hrytsenko (earlier)", "Key events", "Show key events only",
            "Please turn on JavaScript to use this feature",
            "This blog is now closed. You can read the rest of our Ukraine coverage here.",
            "Sign up to our daily briefing",
            "© 2026 The Harbour Post. Terms & conditions | Privacy policy | Cookie settings"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
