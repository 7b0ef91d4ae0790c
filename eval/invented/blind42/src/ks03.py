from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine war live: Zaporizhzhia hit by glide bombs, drone damages building next to Sumy kindergarten"
TEXT = """THE NORTHERN COURIER
Sign in | Subscribe | Search
World | Europe | Ukraine | Middle East | Climate | Business
Europe › Ukraine › Live
Russia-Ukraine war live: Zaporizhzhia hit by glide bombs, drone damages building next to Sumy kindergarten
LIVE · Updated 2 minutes ago
Live coverage by Anna Pike (now) and Tom Greig (earlier)
Show key events only
Please turn on JavaScript to receive live updates.

18:42 EEST
Here's what we know so far
It's evening in Kyiv. Here is a summary of the day so far:
- Russian guided bombs hit Zaporizhzhia in the morning. The number of injured has risen to nine, the regional governor said.
- A Russian drone damaged a building next to a kindergarten in Sumy. Two adults were hurt; no children were injured.
- Russia launched 83 drones and two ballistic missiles at Ukraine overnight, the Ukrainian air force said.
- Ukraine's foreign minister met his Polish counterpart in Warsaw.
- The German government approved additional money for air defence for Ukraine.
Thanks for following. My colleague Tom will be back tomorrow morning.

18:20 EEST
Ukrainian and Polish foreign ministers meet in Warsaw
Ukraine's foreign minister held talks with his Polish counterpart in Warsaw on Wednesday afternoon, focusing on air defence, the reconstruction of border crossings and the exhumation of victims of the 1940s massacres, which has soured relations between the two countries for years. The two ministers said they would meet again "before the end of the year" in Lviv.

17:55 EEST
Correction: Sumy strike
In an entry at 09:14 we said that a Russian drone hit a kindergarten in Sumy. The Sumy regional military administration has since clarified that the drone hit an administrative building next to the kindergarten and that no children were hurt. The entry has been corrected.

17:30 EEST
Russia claims capture of village near Pokrovsk; Ukraine denies
Russia's defence ministry said on Wednesday that its forces had captured Udachne, a village west of Pokrovsk. Ukraine's army said the claim was false. "Udachne is under our control, and anyone who wants to check can come and see our flag," said Major Ivan Tkachuk, a spokesman for the Ukrainian forces in the area. We could not independently verify either claim.

16:45 EEST
Zaporizhzhia injured rise to nine
The number of people injured in the morning guided-bomb attack on Zaporizhzhia has risen to nine, the regional governor said. Earlier, officials had reported six injured. Two of the injured are in a serious condition.

16:10 EEST
Kremlin: no talks 'while Kyiv refuses realities'
The Kremlin spokesman told reporters in Moscow that there were no plans for a new round of direct talks with Ukraine "while Kyiv refuses to recognise the realities on the ground." He also dismissed reports that Russia was preparing a new offensive in the Zaporizhzhia region as "speculation by Western newspapers." Russian and Ukrainian delegations last met in Istanbul in the summer; the talks produced several prisoner exchanges but no progress towards a ceasefire.

15:40 EEST
Poll: most Ukrainians oppose giving up territory
A new poll by a Kyiv-based sociological institute suggests that 71% of Ukrainians oppose any peace deal that would require Ukraine to withdraw from parts of Donetsk region it still controls, up from 64% in the spring. Only 19% said they would accept such a deal if it came with firm security guarantees from the West. The poll was conducted by telephone in the first half of September, in government-controlled areas only.

15:10 EEST
Analysis: why Russia keeps hitting the railways
Our correspondent in Kharkiv, Greta Lund, writes:
For most of this summer, Russian drones have hunted locomotives on the lines that feed the front in Donetsk and Kharkiv regions. The railway company says it has recorded more than 30 attacks on rolling stock this month alone. The attacks are cheap, the drones are hard to stop at low altitude, and each damaged locomotive takes weeks to repair.

Railway workers I spoke to describe the job as a lottery. "You drive at night without lights, you listen for the engine of the drone, and you pray it picks someone else's train," one driver told me. The company has begun fitting cabins with anti-drone nets and armour plates, and plans to move more freight to night-time schedules. If the attacks continue at this rate, officials privately admit, some branch lines near the front could be closed altogether this winter.

14:30 EEST
Drone hits car in Russia's Belgorod region
A Ukrainian drone struck a car in Shebekino in Russia's Belgorod region on Wednesday afternoon, killing the driver, the regional governor said on Telegram. Ukraine does not usually comment on individual strikes in Russia.

13:05 EEST
If you're just joining us
Welcome back if you are just joining. Russian guided bombs hit Zaporizhzhia this morning, injuring six people, and a drone hit a kindergarten in Sumy. Overnight, Russia attacked Ukraine with 83 drones and two missiles. Stay with us for the latest.

12:20 EEST
Germany approves more air defence money for Ukraine
The German government on Wednesday approved an additional €1.2bn for air defence for Ukraine, a government spokesperson in Berlin said. The money will pay for interceptor missiles and radars to be delivered next year, and for two more IRIS-T systems that Germany says it will hand over "in the coming months".

11:40 EEST
Reader question: why do the sirens sound when nothing happens?
A reader in Lviv asks why the air-raid alert sounded for almost three hours on Tuesday night although nothing hit the city. Alerts are issued for whole regions when drones or missiles might be headed their way, not when a strike is certain. A drone flying west along the Dnipro, for example, can trigger alerts in half a dozen regions before it is shot down or reaches its target. Ukrainian officials have said they are testing a more local alert system, but it is not yet in use.

10:30 EEST
Drone hits locomotive near Lozova
A Russian drone hit a freight locomotive near Lozova in the Kharkiv region overnight, injuring the driver, the state railway company said. Trains on the line were delayed by up to two hours. The company has recorded dozens of attacks on its trains in the region since the start of the summer.

10:05 EEST
Kharkiv strike death toll rises to four
The death toll from Tuesday evening's Russian missile strike on an enterprise in Kharkiv has risen to four after a woman died in hospital, the regional governor said. Eleven people were injured in the strike. We reported on the attack in yesterday's live blog.

09:14 EEST
Drone hits building next to kindergarten in Sumy
A Russian drone hit an administrative building next to a kindergarten in Sumy at about 08:40 local time, injuring two adults, the regional military administration said. The children had been moved to the shelter minutes earlier when the alert sounded.
This entry was corrected at 17:55; see above.

08:30 EEST
Guided bombs hit Zaporizhzhia
Russian aircraft dropped guided bombs on Zaporizhzhia at around 07:00, damaging an industrial site and several apartment blocks, the regional governor said. Six people were injured, he said. Video from the scene shows firefighters working on the roof of a five-storey building.

07:45 EEST
83 drones and two ballistic missiles overnight
Russia launched 83 drones and two Iskander-M ballistic missiles at Ukraine overnight, the Ukrainian air force said. Air defence shot down 64 drones; it did not say whether any missiles were intercepted. Hits were recorded in six locations, the air force said, without naming them.

07:10 EEST
Russia says it downed 31 Ukrainian drones
Russia's defence ministry said its air defences destroyed 31 Ukrainian drones over Russian regions overnight, including 12 over Bryansk region and nine over Kursk region. The ministry did not report any damage.

07:00 EEST
Welcome
Good morning and welcome to our live coverage of the war in Ukraine. Here are the main developments so far; we will bring you the latest throughout the day.
You can find yesterday's live blog here
Advertisement
This live blog is now closed. Thank you for reading.
© 2025 The Northern Courier. All rights reserved. Terms | Privacy | Cookies
"""
DOC = {"id": "ks03", "date": "2025-09-17", "source": "The Northern Courier (newspaper site, live blog)",
       "url": "https://northerncourier.example/world/live/2025/sep/17/russia-ukraine-war-live-zaporizhzhia-sumy",
       "text": TEXT}

D, Y = "2025-09-17", "2025-09-16"
EVENTS = [
    E("ks03-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(83)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="07:45 entry: '83 drones and two Iskander-M ballistic missiles … overnight'; the 13:05 recap and the 18:42 "
           "summary repeat it; 'hits … in six locations' unnamed"),
    E("ks03-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ks03-1",
      weapons=[W("drone", intercepted=N(64))], note="'shot down 64 drones'; missiles not said"),
    E("ks03-3", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant="Russian MoD", note="07:10: 31 Ukrainian drones over Russian regions overnight"),
    E("ks03-4", "interception", D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", parent="ks03-3",
      weapons=[W("drone", intercepted=N(12))], note="'including 12 over Bryansk region'"),
    E("ks03-5", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", parent="ks03-3",
      weapons=[W("drone", intercepted=N(9))], note="'and nine over Kursk region'"),
    E("ks03-6", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole: optional"),
    E("ks03-7", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(9), weapons=[W("guided_bomb")],
      note="guided bombs 'at around 07:00' (08:30 entry, six injured) -> 16:45 'risen to nine': the latest figure "
           "wins; the 13:05 recap's six is superseded; the video repeats it"),
    E("ks03-8", "air_drone_strike", D, L("Sumy"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="09:14 entry as corrected at 17:55: a building next to a kindergarten, two adults injured, no children; "
           "the 13:05 recap's 'hit a kindergarten' is the superseded version (one event)"),
    E("ks03-9", "air_drone_strike", D, L("Lozova", 2), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="10:30: drone hit a locomotive 'near Lozova' overnight, driver injured (precision 2)"),
    E("ks03-10", "infrastructure_disruption", D, L("Lozova", 2), "RU", "UA", parent="ks03-9", optional=True,
      note="'Trains on the line were delayed by up to two hours': a minor consequence, optional"),
    E("ks03-11", "missile_artillery_strike", Y, L("Kharkiv"), "RU", "UA", fat=N(4), inj=N(11),
      weapons=[W("missile")],
      note="10:05: 'Tuesday evening's Russian missile strike on an enterprise in Kharkiv' = Tue 16 Sep, toll risen to "
           "four, 11 injured: a recalled event with a day, reported anew with new figures (required)"),
    E("ks03-12", "air_drone_strike", D, L("Shebekino"), "UA", "RU", fat=N(1), weapons=[W("drone")],
      note="14:30: Ukrainian drone on a car in Shebekino Wednesday afternoon, driver killed"),
    E("ks03-13", "policy_decision", D, C("DE", "Germany"), "DE", "UA",
      note="12:20: 'The German government on Wednesday approved an additional €1.2bn for air defence' -> the deciding "
           "country, precision 4 (a spokesperson 'in Berlin' is not a venue of the decision)"),
    E("ks03-14", "diplomatic_contact", D, L("Warsaw"), "UA", "PL",
      note="18:20: the foreign ministers' talks 'in Warsaw on Wednesday afternoon' (named venue)"),
    E("ks03-15", "territory_change", D, L("Udachne"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="17:30: MoD claim that its forces captured Udachne, denied by Ukraine as false: a contested claim, optional"),
]
# Not events: the 18:42 summary and the 13:05 recap (repeat entries; the recap's six injured and 'hit a
# kindergarten' are superseded); the ministers' next meeting 'before the end of the year' in Lviv (plan) and the
# 1940s massacres and exhumations (history); the 17:55 correction itself (it amends the Sumy event); the Ukrainian
# denial of the Udachne capture (the claim is optional above); the 15:10 analysis entry (locomotives hunted 'for
# most of this summer', 'more than 30 attacks … this month' (tally), nets and armour, night schedules (plans),
# 'If the attacks continue … could be closed' (conditional)); the 16:10 Kremlin entry (no talks planned: negation and
# statement; the offensive 'speculation'; the Istanbul talks 'in the summer', without a day); the 15:40 poll; Ukraine not commenting on strikes in Russia; the
# IRIS-T systems 'in the coming months' and deliveries 'next year' (future); the 11:40 reader question (the alert
# on Tuesday night over Lviv: no strike, generic explanation, a planned alert system); 'dozens of attacks … since
# the start of the summer' (tally); the children moved to the shelter; 'Hits were recorded in six locations'
# (unnamed); the MoD 'did not report any damage'; the welcome entry.
STATEMENTS = [
    S("Ivan Tkachuk", "UA", "anyone who wants to check can come and see our flag",
      "spokesman for the Ukrainian forces near Pokrovsk"),
]
MUST_NOT = ["THE NORTHERN COURIER", "Sign in | Subscribe | Search",
            "World | Europe | Ukraine | Middle East | Climate | Business", "Europe › Ukraine › Live",
            "LIVE · Updated 2 minutes ago", "Live coverage by Anna Pike (now) and Tom Greig (earlier)",
            "Show key events only", "Please turn on JavaScript to receive live updates.",
            "You can find yesterday's live blog here", "Advertisement",
            "This live blog is now closed. Thank you for reading.",
            "© 2025 The Northern Courier. All rights reserved. Terms | Privacy | Cookies"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
