from common import E, L, R, C, N, W, S, gold

TITLE = "Drone debris damages railway in Liski, woman injured in Voronezh as 23 UAVs downed over region"
TEXT = """VORONEZH VESTI
RU | EN
Society  Incidents  Economy  Sport  Culture
24.08.2025 10:17 · Incidents · Dmitry Arkhipov
Drone debris damages railway in Liski, woman injured in Voronezh as 23 UAVs downed over region

Air defence forces detected and destroyed 23 unmanned aerial vehicles over Voronezh and four districts of the region overnight, the regional governor said on Sunday morning on his Telegram channel.

In Liski, debris of a downed drone fell on the territory of the railway station and damaged the overhead contact line. Nobody was injured. According to the South-Eastern Railway, four suburban trains were cancelled and several long-distance trains were delayed by up to two hours.

In Voronezh, a woman was injured by broken glass when drone debris fell next to a high-rise building in the Levoberezhny district. She was treated at the scene and refused hospitalisation. Windows in several flats and two cars were damaged.

In the Rossoshansky district, falling debris damaged a power line near Rossosh, leaving three villages without electricity. Repair crews were working at the scene.

"The threat of a UAV attack remains in the region. I ask residents to stay away from windows and to follow the instructions of the emergency services," the governor wrote.

Read also
The regional budget will pay compensation for windows damaged by drone debris
Voronezh schoolchildren will return to classes on 1 September as planned

According to the Russian Defence Ministry, air defence systems destroyed 57 Ukrainian fixed-wing drones over Russian regions overnight: 23 over the Voronezh region, 14 over the Belgorod region, 11 over the Kursk region, and the rest over the Bryansk and Rostov regions.

Restrictions were imposed at Voronezh airport from 02:40 to 07:15 Moscow time; five flights were delayed, the airport's press service said.

Separately, FSB officers detained a 17-year-old resident of Voronezh on Friday on suspicion of setting fire to a relay cabinet on the South-Eastern Railway in the Semiluksky district on Thursday night. According to the FSB, the teenager was recruited via a messenger by a Ukrainian handler who promised him 20,000 roubles. A criminal case on sabotage has been opened; he faces up to 20 years in prison.

"Minors are increasingly being drawn into such crimes. Parents should know who their children are talking to online," said Yelena Morozova, spokeswoman for the regional FSB department.

Photo: Voronezh Vesti / reader's photo
Subscribe to Voronezh Vesti in VK and Telegram
© 2011–2025 Voronezh Vesti. 16+. When reproducing materials, a link to the source is required.
"""
DOC = {"id": "m10", "date": "2025-08-24", "source": "Voronezh Vesti", "url": "https://vrnvesti.example/en/incidents/2025/08/24/drone-debris-liski",
       "text": TEXT}

D = "2025-08-24"
EVENTS = [
    E("m10-1", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", weapons=[W("drone", intercepted=N(23))],
      claimant="Voronezh governor; Russian Defence Ministry",
      note="the governor's 23 and the MoD's 23 over the Voronezh region are the same interception: one event, two "
           "claims"),
    E("m10-2", "air_drone_strike", D, L("Liski"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Voronezh governor", note="debris of a downed drone on the railway station (debris convention); 'Nobody was "
                                         "injured' = 0/0"),
    E("m10-3", "infrastructure_disruption", D, L("Liski"), "UA", "RU", claimant="South-Eastern Railway",
      note="suburban trains cancelled, long-distance trains delayed: caused by the drone debris (actor1 UA)"),
    E("m10-4", "air_drone_strike", D, L("Voronezh", name="Voronezh (Levoberezhny district)"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], claimant="Voronezh governor",
      note="'treated at the scene and refused hospitalisation' still counts as injured; district coded to the city"),
    E("m10-5", "air_drone_strike", D, L("Rossosh", 2, "near Rossosh"), "UA", "RU", weapons=[W("drone")],
      claimant="Voronezh governor", note="falling debris damaged a power line near Rossosh (precision 2); casualties not "
                                         "stated"),
    E("m10-6", "infrastructure_disruption", D, L("Rossosh", 2, "three villages near Rossosh"), "UA", "RU",
      claimant="Voronezh governor", note="three villages without electricity"),
    E("m10-7", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(57))],
      claimant="Russian Defence Ministry", note="MoD country tally"),
    E("m10-8", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      claimant="Russian Defence Ministry", note="region with a count: required"),
    E("m10-9", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian Defence Ministry", note="region with a count: required"),
    E("m10-10", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="'the rest' over a listed region: optional"),
    E("m10-11", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="'the rest' over a listed region: optional"),
    E("m10-12", "infrastructure_disruption", D, L("Voronezh", name="Voronezh airport"), "UA", "RU",
      claimant="Voronezh airport press service", note="airport restrictions during the drone attack (actor1 UA, blind10 "
                                                      "call 3); airport coded to its city"),
    E("m10-13", "arrest", "2025-08-22", L("Voronezh"), "RU", None, claimant="FSB",
      note="detained 'on Friday' (22 Aug); the text names him a resident of Voronezh and gives no other place"),
    E("m10-14", "looting_destruction", "2025-08-21", L("Semiluki", 2, "Semiluksky district"), "UA", "RU",
      claimant="FSB", note="relay-cabinet arson 'on Thursday night' (21 Aug) in the Semiluksky district (precision 2 at "
                           "Semiluki); actor1 UA because the text attributes it to a Ukrainian handler"),
]
STATEMENTS = [
    S("Yelena Morozova", "RU", "Minors are increasingly being drawn into such crimes", "spokeswoman, regional FSB department"),
]
MUST_NOT = ["VORONEZH VESTI", "RU | EN", "Society  Incidents  Economy  Sport  Culture",
            "24.08.2025 10:17 · Incidents · Dmitry Arkhipov", "Read also",
            "The regional budget will pay compensation for windows damaged by drone debris",
            "Voronezh schoolchildren will return to classes on 1 September as planned",
            "Photo: Voronezh Vesti / reader's photo", "Subscribe to Voronezh Vesti in VK and Telegram",
            "© 2011–2025 Voronezh Vesti. 16+. When reproducing materials, a link to the source is required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
