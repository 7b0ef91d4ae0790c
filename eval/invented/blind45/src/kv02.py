from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine war live: Avdiivka assault enters its second week; missile kills woman in Zaporizhzhia"
TEXT = """THE GREYFRIARS POST
News | Opinion | Sport | Culture | Lifestyle | More
My account | Subscribe
World > Europe > Ukraine
Russia-Ukraine war live: Avdiivka assault enters its second week; missile kills woman in Zaporizhzhia
LIVE Updated 3 minutes ago
Blog editors: Fenella Crowther (now), Oskar Lindahl (earlier)
Refresh the page or turn on auto-update to see the newest posts.
Key posts only

18:45
Summary of the day
Here are the main points from Thursday, if you are just joining us. Russia attacked Ukraine overnight with drones and guided missiles; most of the drones were shot down, but a port worker was hurt in Izmail. A Russian missile killed a woman and injured five people in Zaporizhzhia, and shelling killed a man in Kherson. Around Avdiivka, Russian forces kept up the assault they began last week. Sweden approved a new ammunition package, and the Ukrainian and Moldovan foreign ministers met in Chisinau. We will be back tomorrow morning.

18:05
Ukraine's foreign minister held talks with his Moldovan counterpart in Chisinau on Thursday afternoon, Moldova's foreign ministry said. The two discussed the Danube shipping route and the protection of Moldovan airspace, over which Russian drones aimed at the ports of southern Odesa region have repeatedly strayed. No agreement was signed.

17:20
The toll from Wednesday evening's Russian drone attack on Sumy has risen to three, the regional military administration said this afternoon. The drones hit an administrative building in the city centre shortly after 9pm yesterday. On Wednesday night the administration had reported one dead and eleven injured; two of the injured died in hospital overnight. The administration now counts three dead and nine injured.

16:55
Shipping on the Black Sea continues despite the attacks on the Danube ports. A Liberian-flagged bulk carrier loaded with maize left Chornomorsk on Thursday morning, the 40th ship to sail through Ukraine's temporary corridor since it opened in August, according to the infrastructure ministry. Insurers say premiums for ships calling at Ukrainian ports have roughly doubled since the summer and could rise again if a vessel is hit.

16:35
The woman wounded in this afternoon's strike on Zaporizhzhia has died in hospital, the head of the regional military administration says. Five other people are being treated for injuries, up from the two he reported earlier. He said the attack was carried out with S-300 missiles, an air defence weapon that Russia has converted for use against ground targets.

16:10
Reader question: what is a Kh-59?
Several readers have asked about the missiles mentioned in this morning's air force report. The Kh-59 is a Soviet-designed air-launched missile guided by television or satellite signals, usually fired from Su-34 or Su-24 aircraft. Russia has used it against Ukraine since the first weeks of the full-scale invasion, mostly against targets in the south, because the aircraft that carry it can fire from over the Black Sea or from occupied territory. Ukrainian air defence shoots down a smaller share of these missiles than of drones, because they fly low and fast.

15:50
Russia's defence ministry said it had shot down two Ukrainian drones over the Kursk region overnight. It did not say whether anything was damaged, and the regional governor has not commented.

15:10
A 67-year-old man was killed in Kherson this afternoon when Russian shells hit the city's Dniprovskyi district, the head of the Kherson regional military administration said on Telegram. A shop and two houses were damaged.

14:30
Analysis: why Avdiivka matters to both sides
Avdiivka has been a front-line town for almost a decade. Separatist forces held it briefly in the summer of 2014, and the Ukrainian army has defended it ever since, building a fortress of trenches and tunnels around the coke plant that once employed a quarter of its residents. For Russia, the town sits too close to Donetsk city for comfort: artillery from Avdiivka can reach the outskirts of the regional capital.
The current assault, which began on 10 October, is the largest Russian offensive since the fall of Bakhmut in May. If Russian forces were to close the pocket around the town, they would cut off several thousand Ukrainian troops. Most Western analysts think that is unlikely in the short term, but they caution that Russia's losses have not yet persuaded its commanders to stop. Ukrainian officials say Russia has lost dozens of tanks and armoured vehicles since the assault began; the Greyfriars Post cannot verify those figures.

14:05
The Kremlin spokesman declined to comment on the fighting around Avdiivka when asked by reporters today. He said the "special military operation" was proceeding "according to plan", a phrase he has used throughout the war.

13:20
A missile strike has hit a residential area of Zaporizhzhia, the head of the regional military administration says. Two people are injured, one of them seriously. We will bring you more as we get it.

13:00
Our correspondent in Kharkiv reports that schools in the region will continue to teach online until at least January, the regional education department said. The department said it would review the decision if more schools were fitted with shelters. About one in three schools in Kharkiv city now has a shelter large enough for all its pupils.

12:40
Correction
An earlier post, at 07:50, said that Russian Kh-59 missiles hit an industrial facility in Mykolaiv. The Mykolaiv regional governor has since said that the facility was in Voznesensk, a town north of the city, and not in Mykolaiv itself. As we reported, no one was hurt. We have left the original post unchanged below so that readers can see what was corrected.

11:45
Sweden's government approved on Thursday a package of artillery ammunition and spare parts for Ukraine worth 1.4 billion kronor, the defence minister said in Stockholm. Deliveries are expected to begin before the end of the year.

11:00
Poll: Should Western governments allow Ukraine to use their long-range missiles against targets inside Russia? Vote in our reader poll; results will be published on Saturday.

10:30
Britain's defence intelligence said in its daily update that Russia had "likely suffered hundreds of casualties" around Avdiivka since the assault began and that its forces were probably trying to encircle the town rather than storm it. It did not give a figure.

10:05
The Russian governor of the Belgorod region says Ukrainian artillery shelled Shebekino on Thursday morning, damaging a school and a power line. Nobody was hurt, he said. Ukraine does not usually comment on such reports.

09:10
The head of the Avdiivka military administration said Russian artillery killed a civilian in the town on Wednesday, the first civilian death there in a week. Fewer than 1,600 of the town's 32,000 pre-war residents remain, he said. Oksana Lytvak, a volunteer who drives an evacuation van into Avdiivka twice a week, told the Greyfriars Post that most of those left are elderly. "The town is being shelled around the clock, but the people who stayed are not leaving now," she said.
Ukraine's General Staff said its forces repelled Russian assaults on Avdiivka's northern and southern flanks on Wednesday. The Russian defence ministry claimed to have "improved its positions" near the town but gave no details.

08:25
Russian shelling of Kupiansk this morning injured two people, the governor of the Kharkiv region says. Kupiansk, recaptured by Ukraine in September 2022, has been under almost daily fire since Russian forces began pushing toward it again in the summer.

07:50
Russian Kh-59 guided missiles struck an industrial facility in Mykolaiv overnight, the regional governor says. No one was hurt.

07:15
In the Odesa region, drones damaged warehouses in the port of Izmail overnight, the southern defence forces said. A truck driver waiting to unload was injured by shrapnel.

06:40
Good morning. Russia launched 33 Shahed drones and two Kh-59 guided missiles at Ukraine overnight, the Ukrainian air force says. Twenty-nine of the drones were destroyed, mainly over the Odesa and Mykolaiv regions; the air force did not say what happened to the missiles. We will bring you the day's news as it happens.

This blog is now closed. Thank you for following.
Advertisement
Read yesterday's coverage: Russia-Ukraine war live, Wednesday 18 October
(c) 2023 Greyfriars Post Media. All rights reserved.
"""
DOC = {"id": "kv02", "date": "2023-10-19", "source": "The Greyfriars Post (newspaper site, live blog, newest first)",
       "url": "https://greyfriarspost.example/world/live/2023/oct/19/russia-ukraine-war-live-avdiivka", "text": TEXT}

D, Y = "2023-10-19", "2023-10-18"
EVENTS = [
    E("kv02-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(33)), W("cruise_missile", "Kh-59", launched=N(2))],
      note="06:40: '33 Shahed drones and two Kh-59 guided missiles … overnight' (= 19 Oct): the country wave, typed by "
           "the missiles; the 18:45 summary repeats it"),
    E("kv02-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kv02-1",
      weapons=[W("drone", intercepted=N(29))],
      note="'Twenty-nine of the drones were destroyed' (number in words); the missiles' fate is not said; 'mainly over "
           "the Odesa and Mykolaiv regions' gives no regional count"),
    E("kv02-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", parent="kv02-1", inj=N(1), weapons=[W("drone")],
      note="07:15: drones damaged warehouses in the port of Izmail overnight, a truck driver injured"),
    E("kv02-4", "missile_artillery_strike", D, L("Voznesensk"), "RU", "UA", parent="kv02-1", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile", "Kh-59")],
      note="07:50 said Mykolaiv; the 12:40 correction (above it in a newest-first blog) moves it to Voznesensk, 'not in "
           "Mykolaiv itself': one event at the corrected place; 'no one was hurt' = 0/0"),
    E("kv02-5", "missile_artillery_strike", D, L("Kupiansk"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="08:25: 'Russian shelling of Kupiansk this morning injured two people'; 'almost daily fire' is habitual"),
    E("kv02-6", "armed_clash", Y, L("Avdiivka", 2), "RU", "UA",
      note="09:10: the General Staff 'repelled Russian assaults on Avdiivka's northern and southern flanks on "
           "Wednesday' -> one clash at the town's flanks (precision 2), 18 Oct; the MoD's 'improved its positions' is "
           "the same fighting"),
    E("kv02-7", "missile_artillery_strike", Y, L("Avdiivka"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="09:10: 'Russian artillery killed a civilian in the town on Wednesday'"),
    E("kv02-8", "missile_artillery_strike", D, L("Shebekino"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Belgorod governor",
      note="10:05: the governor's claim that Ukrainian artillery shelled Shebekino 'on Thursday morning'; 'Nobody was "
           "hurt' = 0/0"),
    E("kv02-9", "policy_decision", D, C("SE", "Sweden"), "SE", "UA",
      note="11:45: 'Sweden's government approved on Thursday a package … worth 1.4 billion kronor' -> the deciding "
           "country, precision 4 ('said in Stockholm' is no venue of the decision); deliveries are future"),
    E("kv02-10", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(5),
      weapons=[W("missile", "S-300")],
      note="13:20 'Two people are injured' -> 16:35 the woman died, 'Five other people are being treated': the latest "
           "figures win, 1 k 5 w; S-300 against a ground target = missile_artillery_strike (ANNOTATION rule 4)"),
    E("kv02-11", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="15:10: shells on the Dniprovskyi district (= the city) 'this afternoon', a 67-year-old man killed"),
    E("kv02-12", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(2))],
      claimant="Russian MoD", note="15:50: 'shot down two Ukrainian drones over the Kursk region overnight'"),
    E("kv02-13", "air_drone_strike", Y, L("Sumy"), "RU", "UA", fat=N(3), inj=N(9), weapons=[W("drone")],
      note="17:20: 'Wednesday evening's Russian drone attack on Sumy' (18 Oct, 'shortly after 9pm yesterday'): toll "
           "risen to three, 'now counts three dead and nine injured' (two of the first eleven injured died) -> 3 k 9 w; a recalled "
           "strike with a day, reported anew (required, blind42 call 2)"),
    E("kv02-14", "diplomatic_contact", D, L("Chisinau"), "UA", "MD",
      note="18:05: the foreign ministers' talks 'in Chisinau on Thursday afternoon' (named venue); 'No agreement was "
           "signed'"),
]
# Not events: the 18:45 summary (repeats); the 16:55 shipping entry (a ship leaving Chornomorsk on Thursday is no war
# event; '40th ship … since it opened in August' is a tally, premiums 'could rise again if' is conditional); the 16:10
# reader question (the Kh-59, 'since the first weeks of the full-scale invasion', habitual); the 13:00 schools entry
# (online teaching 'until at least January', 'would review … if'); the 10:30 British intelligence entry (assessment,
# 'since the assault began'); drones that 'have repeatedly strayed' over Moldova (habitual); Sumy's
# Wednesday-night first figures (superseded); the 13:20 first Zaporizhzhia figures (superseded at 16:35); the S-300
# explanation; the Kursk governor 'has not commented'; the 14:30 analysis (Avdiivka held by separatists 'in the
# summer of 2014', defended 'ever since', the assault 'began on 10 October' (the offensive as background, not an
# incident reported here), Bakhmut's fall 'in May', 'If Russian forces were to close the pocket … would cut off'
# (counterfactual), losses 'since the assault began' (tally)); the 14:05 Kremlin entry ('special military
# operation', 'according to plan': title-only fragments); the 12:40 correction itself (it amends kv02-4, the original
# 07:50 Mykolaiv post is the same event); deliveries 'before the end of the year' (future); the 11:00 poll; 'Ukraine
# does not usually comment' (habitual); fewer than 1,600 residents remain (population); Kupiansk recaptured 'in
# September 2022' (history without a day) and 'almost daily fire since … the summer' (habitual); the air force 'did
# not say what happened to the missiles' (no interception count); the military administration head's quote
# (title-only speaker).
STATEMENTS = [
    S("Oksana Lytvak", "UA", "the people who stayed are not leaving now", "volunteer evacuation driver, Avdiivka"),
]
MUST_NOT = ["THE GREYFRIARS POST",
            "News | Opinion | Sport | Culture | Lifestyle | More",
            "My account | Subscribe",
            "World > Europe > Ukraine",
            "LIVE Updated 3 minutes ago",
            "Blog editors: Fenella Crowther (now), Oskar Lindahl (earlier)",
            "Refresh the page or turn on auto-update to see the newest posts.",
            "Key posts only",
            "This blog is now closed. Thank you for following.",
            "Advertisement",
            "Read yesterday's coverage: Russia-Ukraine war live, Wednesday 18 October",
            "(c) 2023 Greyfriars Post Media. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
