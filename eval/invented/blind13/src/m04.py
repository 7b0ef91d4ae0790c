from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones hit Afipsky oil refinery in Krasnodar Krai, General Staff confirms"
TEXT = """THE KYIV CURRENT
News Feed | Ukraine War Latest | Business | Opinion | Investigations
Ukrainian drones hit Afipsky oil refinery in Krasnodar Krai, General Staff confirms
by Mariia Lysenko
February 18, 2025 11:06 AM
3 min read

Illustrative image: a long-range drone is prepared for launch at an undisclosed location in Ukraine, 2024.
(Photo: Ukraine's Defense Ministry)

Ukrainian drones struck the Afipsky oil refinery in Russia's Krasnodar Krai overnight on Feb. 18, causing a fire at one of its processing units, the General Staff of Ukraine's Armed Forces reported.

"The Afipsky refinery supplies fuel to the Russian army, including units fighting in southern Ukraine. The results of the strike are being clarified," the General Staff said in a statement.

Krasnodar Krai's operational headquarters gave a different account, saying that debris from a downed drone had fallen on the refinery's territory and caused a fire that was put out within two hours. No one was injured, the headquarters said.

The strike came a day after drones targeted the Morozovsk air base in Rostov Oblast, which hosts Su-24 and Su-34 bombers used to drop glide bombs on Ukrainian cities. The General Staff said on Feb. 17 that a fuel depot at the base had been hit. Russian officials did not comment on the base.

Read also: Sanctions or drones: what is really cutting Russia's oil revenue?

Russia's Defense Ministry claimed its air defense had destroyed 58 Ukrainian drones overnight, including 29 over Krasnodar Krai and 12 over Rostov Oblast. The rest were downed over Voronezh, Belgorod, and Kursk oblasts and the Sea of Azov, according to the ministry.

Russia's aviation authority Rosaviatsia temporarily suspended flights at Sochi airport for almost four hours in the morning, citing "safety considerations."

Ukraine has intensified its long-range drone campaign against Russian oil infrastructure since the start of 2024, aiming to cut the fuel supply of the Russian army and the export revenue that funds the war.

Meanwhile, Russia attacked Ukraine overnight with 151 Shahed-type attack drones and decoy drones, Ukraine's Air Force reported. Air defense shot down 72 drones, while 74 were "locationally lost," likely due to electronic warfare. Falling debris damaged several private houses in Poltava Oblast, the Air Force said.

"Every refinery that stops working means fewer bombs on Kharkiv and Zaporizhzhia," said Andrii Kovalenko, a military analyst at the Kyiv-based Center for Defense Strategies, adding that Russia has so far been able to repair damaged units within weeks.

We've been reporting on this war since 2014. Help us keep going - become a member of the Kyiv Current today.

Read also: Russian court sentences Ukrainian POWs to 20 years in absentia trial

Tags: Russia, Krasnodar Krai, Drone attacks, Oil refinery, Rostov Oblast
"""
DOC = {"id": "m04", "date": "2025-02-18", "source": "The Kyiv Current",
       "url": "https://kyivcurrent.example/news/ukrainian-drones-hit-afipsky-oil-refinery-general-staff", "text": TEXT}

D = "2025-02-18"
EVENTS = [
    E("m04-1", "air_drone_strike", D, L("Afipskiy", name="Afipsky oil refinery"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Ukrainian General Staff; Krasnodar Krai operational headquarters",
      note="one hit, two versions (UA strike vs RU debris of a downed drone): one event with two claims; 0/0 from "
           "'No one was injured'"),
    E("m04-2", "air_drone_strike", "2025-02-17", L("Morozovsk", 2, "Morozovsk air base"), "UA", "RU",
      weapons=[W("drone")], claimant="Ukrainian General Staff",
      note="'a day after' the Feb. 18 strike = Feb. 17, and the General Staff reported it 'on Feb. 17'; the air base "
           "is outside the town: precision 2"),
    E("m04-3", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(58))],
      claimant="Russian Defence Ministry", note="country tally of the MoD"),
    E("m04-4", "interception", D, R("RU-KDA", "Krasnodar Krai"), "RU", "UA", weapons=[W("drone", intercepted=N(29))],
      claimant="Russian Defence Ministry", note="region with a count: required"),
    E("m04-5", "interception", D, R("RU-ROS", "Rostov Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(12))],
      claimant="Russian Defence Ministry", note="region with a count: required"),
    E("m04-6", "interception", D, R("RU-VOR", "Voronezh Oblast"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="merely listed region: optional"),
    E("m04-7", "interception", D, R("RU-BEL", "Belgorod Oblast"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="merely listed region: optional"),
    E("m04-8", "interception", D, R("RU-KRS", "Kursk Oblast"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="merely listed region: optional (the Sea of Azov is not coded)"),
    E("m04-9", "infrastructure_disruption", D, L("Sochi", name="Sochi airport"), "UA", "RU", claimant="Rosaviatsia",
      note="flight suspension caused by the drone attack: actor1 UA (blind10 call 3); airport coded to its city"),
    E("m04-10", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(151))],
      claimant="Ukrainian Air Force", note="drones-only wave: air_drone_strike parent with the total"),
    E("m04-11", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(72))],
      claimant="Ukrainian Air Force", note="the 74 'locationally lost' drones are not counted"),
    E("m04-12", "air_drone_strike", D, R("UA-53", "Poltava Oblast"), "RU", "UA", weapons=[W("drone")], parent="m04-10",
      claimant="Ukrainian Air Force", note="debris of downed drones damaged houses: child of the wave, region only"),
]
STATEMENTS = [
    S("Ukrainian General Staff", "UA", "supplies fuel to the Russian army"),
    S("Andrii Kovalenko", "UA", "fewer bombs on Kharkiv and Zaporizhzhia", "military analyst"),
]
MUST_NOT = ["THE KYIV CURRENT", "News Feed | Ukraine War Latest | Business | Opinion | Investigations",
            "by Mariia Lysenko", "February 18, 2025 11:06 AM", "3 min read", "(Photo: Ukraine's Defense Ministry)",
            "Read also: Sanctions or drones: what is really cutting Russia's oil revenue?",
            "We've been reporting on this war since 2014. Help us keep going - become a member of the Kyiv Current today.",
            "Read also: Russian court sentences Ukrainian POWs to 20 years in absentia trial",
            "Tags: Russia, Krasnodar Krai, Drone attacks, Oil refinery, Rostov Oblast"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
