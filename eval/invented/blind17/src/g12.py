from common import E, L, R, C, N, W, S, gold

TITLE = "Drone hits high-rise in Ramenskoye as Moscow region faces one of the largest attacks of the war"
TEXT = """OKNO
independent media in exile
News  Features  Explainers  Russian version
Drone hits high-rise in Ramenskoye as Moscow region faces one of the largest attacks of the war
10:26 a.m., September 14, 2026
Source: Okno
Ukrainian drones attacked Moscow and the surrounding region overnight into Monday, in what the Defense Ministry described as one of the largest drone raids on the Russian capital area since the beginning of the full-scale war.

According to the ministry, air defense units destroyed 146 drones over 11 regions between 11:00 p.m. and 7:00 a.m., including 52 over the Moscow region, 30 over the Bryansk region and 18 over the Kaluga region. Drones were also shot down over the Tula and Oryol regions, the ministry said.

The Moscow mayor wrote on his Telegram channel that several waves of drones "flying toward Moscow" had been repelled. "Emergency services are working at the sites where debris fell," he added, without saying where.

In Ramenskoye, about 50 kilometers southeast of the capital, a drone crashed into the 14th floor of a residential high-rise. One woman was killed and four people were injured, the Moscow region's governor said. Photos published by residents on local Telegram channels show a gaping hole in the facade and burned-out apartments on two floors.

Okno needs your support. Every donation helps us keep reporting from outside Russia.

Rosaviatsia, the federal air transport agency, suspended flights at Vnukovo airport for more than five hours. At least 60 flights were delayed or diverted to other cities, and passengers posted videos of crowded terminals overnight.

In the Kaluga region, a drone hit the territory of an industrial enterprise in Kaluga, the regional governor said. No one was hurt, he added, without naming the plant.

On Sunday, police in Moscow detained a 27-year-old man who had filmed the work of an air-defense system on the roof of a building and posted the video on social media, the Interior Ministry's regional department reported. He faces charges of "discrediting the army".

Ukraine's General Staff has not commented on the attack. Kyiv usually says its drone strikes target military and energy facilities that support Russia's war effort.

What else to read
How Moscow learned to live with drones
Reading Okno from Russia? Here's how to get around the blocks
Share: Telegram | X | Email
"""
DOC = {"id": "g12", "date": "2026-09-14", "source": "Okno (exile media, English edition)",
       "url": "https://okno.example/en/news/2026/09/14/drone-hits-high-rise-in-ramenskoye", "text": TEXT}

D = "2026-09-14"
MOD = "Russian Defense Ministry"
EVENTS = [
    E("g12-1", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(146))], claimant=MOD,
      note="MoD national overnight tally: 146 drones over 11 regions"),
    E("g12-2", "interception", D, R("RU-MOS", "Moscow Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(52))],
      parent="g12-1", claimant=MOD, note="regional count: required"),
    E("g12-3", "interception", D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(30))],
      parent="g12-1", claimant=MOD, note="regional count: required"),
    E("g12-4", "interception", D, R("RU-KLU", "Kaluga Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(18))],
      parent="g12-1", claimant=MOD, note="regional count: required"),
    E("g12-5", "interception", D, R("RU-TUL", "Tula Oblast"), "RU", "UA", parent="g12-1", optional=True,
      note="merely listed region: optional"),
    E("g12-6", "interception", D, R("RU-ORL", "Oryol Oblast"), "RU", "UA", parent="g12-1", optional=True,
      note="merely listed region: optional"),
    E("g12-7", "interception", D, L("Moscow", 2, "approaches to Moscow"), "RU", "UA", optional=True,
      claimant="Moscow mayor",
      note="mayor: drones 'flying toward Moscow' repelled, no count: overlaps the MoD's Moscow-region count, optional"),
    E("g12-8", "air_drone_strike", D, L("Ramenskoye"), "UA", "RU", fat=N(1), inj=N(4), weapons=[W("drone")],
      claimant="Moscow region governor", note="drone crashed into a high-rise: 1 k, 4 w"),
    E("g12-9", "infrastructure_disruption", D, L("Moscow", 1, "Vnukovo airport, Moscow"), None, "RU",
      family=["policy_decision"],
      note="flights at Vnukovo suspended for five hours (agency decision during the attack: actor1 null, as earlier "
           "sets code alert-driven airport suspensions); Vnukovo lies within Moscow city (RU-MOW)"),
    E("g12-10", "air_drone_strike", D, L("Kaluga"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Kaluga region governor", note="drone hit an industrial enterprise; 'No one was hurt' = 0/0"),
    E("g12-11", "arrest", "2026-09-13", L("Moscow"), "RU", "RU",
      note="man detained on Sunday for filming air defence (arrest by Russian police of a Russian-held civilian)"),
]
STATEMENTS = [
    S("Moscow mayor", "RU", "Emergency services are working at the sites where debris fell", "mayor"),
]
MUST_NOT = ["OKNO", "independent media in exile", "News  Features  Explainers  Russian version",
            "10:26 a.m., September 14, 2026", "Source: Okno",
            "Okno needs your support. Every donation helps us keep reporting from outside Russia.", "What else to read",
            "How Moscow learned to live with drones", "Reading Okno from Russia? Here's how to get around the blocks",
            "Share: Telegram | X | Email"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
