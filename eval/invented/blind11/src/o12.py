from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: Russia claims Berezove in Dnipropetrovsk region; guided bombs wound 11 in Kharkiv; delegations meet in Istanbul"
TEXT = """The Vistula Times
Menu  Poland  Europe  World  Business  Opinion  Live
LIVE
Ukraine war live: Russia claims Berezove in Dnipropetrovsk region; guided bombs wound 11 in Kharkiv; delegations meet in Istanbul
Last updated: 18 June 2026, 18:02 CEST
Live reporting by Agnieszka Wrona and Tom Farrelly
Turn on notifications for this live blog

Key points
• Russia's defence ministry says its troops have captured the village of Berezove in Ukraine's Dnipropetrovsk region; Ukraine says fighting continues.
• Two Russian guided bombs struck Kharkiv's Saltivskyi district, injuring 11 people.
• Ukrainian and Russian delegations met in Istanbul for technical talks on prisoner exchanges.
• Russia attacked Ukraine overnight with 146 drones and five missiles; Polish aircraft were scrambled.
• Members of the Ukrainian community rallied outside the European Parliament in Brussels.

17:55 CEST
Rally in Brussels for civilians held by Russia

Several hundred members of the Ukrainian community in Belgium rallied outside the European Parliament in Brussels this afternoon, calling for the release of Ukrainian civilians held in Russian prisons, Brussels police said. The rally was peaceful.

Organisers read out the names of 300 civilians whose families have had no news of them since 2022.
Share

16:40 CEST
Delegations meet in Istanbul

Ukrainian and Russian delegations met in Istanbul today for a technical round of talks on exchanges of prisoners of war and of bodies, Turkey's foreign ministry said.

"We handed over new lists. The next exchange could take place before the end of the month, if the Russian side keeps its word," said Oksana Lutsenko, a member of the Ukrainian delegation.
Share

15:20 CEST
Guided bombs hit Kharkiv

Two Russian guided aerial bombs struck a residential area of Kharkiv's Saltivskyi district this afternoon, injuring 11 people, including two children, the regional governor said. No one was killed, he said, but a nine-storey building was partly destroyed.
Share

14:05 CEST
Russia claims capture of Berezove

Russia's defence ministry says its troops have "liberated" the village of Berezovoye - Berezove in Ukrainian - in the Dnipropetrovsk region, about 10km from the border with the Donetsk region.

"The claim is false. Fighting for Berezove continues, our units hold the northern part of the village," said Maksym Oliinyk, a spokesman for Ukraine's forces in the sector.
Share

12:45 CEST
Analysis: the summer offensive is slower than Moscow hoped

Western officials expect Moscow to throw more reserves into the Dnipropetrovsk region in July, and some warn that if Ukraine's recruitment does not pick up, the line could give way in several places at once.

"Russia can keep taking villages, but it is not turning them into operational success," said Karolina Nowak, a defence analyst at the Warsaw Institute for Eastern Studies. "The question is who runs out of infantry first."

In the north, a Russian drone struck a minibus near Seredyna-Buda in the Sumy region on Wednesday evening, injuring the driver and a passenger, regional officials said.
Share

11:10 CEST
Polish jets scrambled overnight

Polish and allied aircraft were scrambled overnight as Russia launched missiles and drones at western Ukraine, Poland's operational command said. "No violation of Polish airspace was recorded," the command said in a statement on X.
Share

09:40 CEST
Overnight attack: 146 drones and five missiles

Russia attacked Ukraine overnight with 146 drones and five missiles, two Iskander-M ballistic missiles and three Kh-59/69 guided missiles, Ukraine's air force said. Air defence shot down 118 of the drones and three of the missiles.

In Odesa, a drone hit port infrastructure in the Prymorskyi district, injuring a port worker, the regional administration said. Twelve drones were shot down over the Odesa region.

An industrial facility in Kremenchuk was hit and caught fire; there were no casualties, the head of the city military administration said, without saying what hit it.

One of the ballistic missiles struck an infrastructure facility in the Lviv region, the regional governor said. No one was injured.

Air defence was also in action over the Mykolaiv and Kirovohrad regions.
Share

08:30 CEST
Russia says 46 Ukrainian drones downed

Russia's defence ministry said its air defences destroyed 46 Ukrainian drones overnight, 20 of them over the Rostov region. In Taganrog, drone debris damaged a garage cooperative and injured a man, the Rostov regional governor said.
Share

07:45 CEST
Catch up: what happened yesterday

EU ambassadors agreed in Brussels on Wednesday to extend the bloc's economic sanctions against Russia for another six months, diplomats said. The European Parliament is expected to debate a resolution on Russian frozen assets next month, and the US Senate will hold a hearing on Ukraine aid next week.

Since the start of June, Russia has launched more than 2,400 drones at Ukraine, according to the air force.
Share

07:30 CEST
Good morning

Welcome to our live coverage of Russia's war against Ukraine. I'm Agnieszka Wrona.
Share

Show more updates
Most read in Europe
"""
DOC = {"id": "o12", "date": "2026-06-18", "source": "The Vistula Times (live blog)",
       "url": "https://www.vistulatimes.example/live/2026/06/18/ukraine-war-live", "text": TEXT}

D, WED = "2026-06-18", "2026-06-17"
AF = "Ukrainian air force"
EVENTS = [
    E("o12-1", "protest", D, L("Brussels", 1, "Brussels, outside the European Parliament"), "UA", None,
      claimant="Brussels police", note="peaceful rally of the Ukrainian community; summary bullet repeats it"),
    E("o12-2", "diplomatic_contact", D, L("Istanbul"), "UA", "RU", claimant="Turkish foreign ministry",
      note="'could take place ... if' (the next exchange) is not an event"),
    E("o12-3", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Saltivskyi district"), "RU", "UA", fat=N(0), inj=N(11),
      weapons=[W("guided_bomb", launched=N(2))], claimant="Kharkiv regional governor", note="'No one was killed' = 0"),
    E("o12-4", "territory_change", D, L("Berezove", 1, "Berezove (Berezovoye), Dnipropetrovsk region"), "RU", "UA",
      claimant="Russian defence ministry", note="claimed capture, denied"),
    E("o12-5", "armed_clash", D, L("Berezove"), "RU", "UA", claimant="Maksym Oliinyk",
      note="'Fighting for Berezove continues' in the denial"),
    E("o12-6", "air_drone_strike", WED, L("Seredyna-Buda", 2, "near Seredyna-Buda"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], claimant="Sumy regional officials", note="'on Wednesday evening', told inside an analysis entry"),
    E("o12-7", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Polish operational command",
      note="Polish and allied aircraft scrambled overnight; no place in Poland named"),
    E("o12-8", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(146)), W("ballistic_missile", "Iskander-M", launched=N(2)),
               W("cruise_missile", "Kh-59/69", launched=N(3))], claimant=AF,
      note="'five missiles, two Iskander-M ... and three Kh-59/69': per-model counts"),
    E("o12-9", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(118)), W("missile", intercepted=N(3))], claimant=AF,
      note="'three of the missiles': kind not said -> generic missile"),
    E("o12-10", "air_drone_strike", D, L("Odesa", 1, "Odesa, Prymorskyi district (port)"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="o12-8", claimant="Odesa regional administration"),
    E("o12-11", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(12))],
      claimant="Odesa regional administration"),
    E("o12-12", "missile_artillery_strike", D, L("Kremenchuk"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], parent="o12-8", claimant="Kremenchuk city military administration",
      note="'without saying what hit it': weapon unstated; 'no casualties' = 0/0"),
    E("o12-13", "missile_artillery_strike", D, R("UA-46", "Lviv region"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile", "Iskander-M")], parent="o12-8", claimant="Lviv regional governor",
      note="'No one was injured' = 0/0 (as o10-3)"),
    E("o12-14", "interception", D, R("UA-48", "Mykolaiv region"), "UA", "RU", optional=True, note="listed region"),
    E("o12-15", "interception", D, R("UA-35", "Kirovohrad region"), "UA", "RU", optional=True, note="listed region"),
    E("o12-16", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(46))],
      claimant="Russian defence ministry"),
    E("o12-17", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", weapons=[W("drone", intercepted=N(20))],
      claimant="Russian defence ministry"),
    E("o12-18", "air_drone_strike", D, L("Taganrog"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Rostov regional governor", note="debris on a garage cooperative"),
    E("o12-19", "policy_decision", WED, L("Brussels"), None, "RU", claimant="EU diplomats",
      note="sanctions extension agreed 'on Wednesday'; the parliament debate 'expected next month' and the Senate "
           "hearing 'next week' are plans"),
]
STATEMENTS = [
    S("Oksana Lutsenko", "UA", "The next exchange could take place before the end of the month",
      "member of the Ukrainian delegation"),
    S("Maksym Oliinyk", "UA", "The claim is false. Fighting for Berezove continues", "spokesman"),
    S("Karolina Nowak", "PL", "The question is who runs out of infantry first", "defence analyst"),
    S("Polish operational command", "PL", "No violation of Polish airspace was recorded"),
]
MUST_NOT = ["The Vistula Times", "Menu  Poland  Europe  World  Business  Opinion  Live", "LIVE", "Share",
            "Last updated: 18 June 2026, 18:02 CEST", "Live reporting by Agnieszka Wrona and Tom Farrelly",
            "Turn on notifications for this live blog", "Show more updates", "Most read in Europe"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
