from common import E, L, R, C, N, W, S, gold

TITLE = "Three civilians killed as Ukrainian troops shell Donetsk's Kuibyshevsky district"
TEXT = """RPA ■ RUSSIAN PRESS AGENCY
Russian Politics & Diplomacy | World | Business & Economy | Defense | Science & Space | Emergencies | Society & Culture
Military & Defense
Three civilians killed as Ukrainian troops shell Donetsk's Kuibyshevsky district
FEBRUARY 7, 10:44
UPDATED: FEBRUARY 7, 12:05
DONETSK, February 7. /RPA/. Three civilians were killed and seven more wounded on Wednesday morning when Ukrainian forces shelled the Kuibyshevsky district of Donetsk with 155 mm artillery, the head of the city said on his Telegram channel.

According to him, shells hit a trolleybus stop and a five-storey residential building. Emergency services are working at the scene.

"We were lucky: the shell hit the neighbouring entrance, not ours. The family on the third floor was not lucky," local resident Nikolai Sidorenko, whose windows were blown out, told an RPA correspondent.

The DPR mission to the Joint Centre for Control and Coordination (JCCC) recorded 41 attacks by the Ukrainian armed forces on the republic's settlements over the past day, with 318 munitions fired. Four civilians were killed and nine wounded, the mission said.

At about 10 p.m. on Tuesday, a Ukrainian drone dropped an explosive device on a minibus near the Horlivka bus station, killing the driver. In Yasynuvata, two women were wounded near the market. In Makiivka, shelling damaged a school building; no one was hurt, according to the mission.

"They fire at the stops at the hour when people go to work. This is not an accident, this is a method," Yelena Kravchenko, a representative of the mission, told RPA.

Over the past day, air defense systems shot down four HIMARS rockets over the Lugansk People's Republic and 27 Ukrainian drones over the special military operation zone, the Russian Defense Ministry reported. Russian forces, for their part, destroyed a HIMARS launcher near Kramatorsk with an Iskander missile strike, the ministry said.

Since 2014, Donetsk has been shelled by Ukrainian forces almost daily.

Read more
Tags: Donbass, Donetsk, JCCC
© Russian Press Agency, 2024
"""
DOC = {"id": "kw08", "date": "2024-02-07", "source": "RPA Russian Press Agency (Russian state news agency, English service)",
       "url": "https://rpa.example/en/military-defense/1869422", "text": TEXT}

D, Y = "2024-02-07", "2024-02-06"
RANGE = dict(end=D, prec="range")
EVENTS = [
    E("kw08-1", "missile_artillery_strike", Y, R("UA-14", "Donetsk People's Republic (Donetsk region)"), "UA", None,
      **RANGE, agg=True, fat=N(4), inj=N(9), family=["air_drone_strike"], claimant="DPR mission to the JCCC",
      note="JCCC: '41 attacks … over the past day, with 318 munitions fired. Four civilians were killed and nine "
           "wounded': the occupation-side past-day tally, aggregate; actor2 null for the occupied region (blind37 call "
           "4); the town lines below are its children (3+1 killed, 7+2 wounded)"),
    E("kw08-2", "missile_artillery_strike", D, L("Donetsk"), "UA", None, parent="kw08-1", fat=N(3), inj=N(7),
      weapons=[W("artillery")], claimant="Russian-installed head of Donetsk",
      note="'Three civilians were killed and seven more wounded on Wednesday morning when Ukrainian forces shelled the "
           "Kuibyshevsky district of Donetsk with 155 mm artillery' (a district = the city); occupation claim, actor2 "
           "null"),
    E("kw08-3", "air_drone_strike", Y, L("Horlivka", name="Horlivka (bus station)"), "UA", None, parent="kw08-1",
      fat=N(1), weapons=[W("drone")],
      note="'At about 10 p.m. on Tuesday, a Ukrainian drone dropped an explosive device on a minibus near the Horlivka "
           "bus station, killing the driver' (6 Feb); drone-dropped explosive = air_drone_strike; 'near' a site inside "
           "the city is the city (precision 1)"),
    E("kw08-4", "missile_artillery_strike", Y, L("Yasynuvata"), "UA", None, parent="kw08-1", **RANGE, inj=N(2),
      family=["air_drone_strike"],
      note="'In Yasynuvata, two women were wounded near the market': no weapon, no hour -> both types, past-day range"),
    E("kw08-5", "missile_artillery_strike", Y, L("Makiivka"), "UA", None, parent="kw08-1", **RANGE, fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      note="'In Makiivka, shelling damaged a school building; no one was hurt' = 0/0, range"),
    E("kw08-6", "interception", Y, R("UA-09", "Lugansk People's Republic (Luhansk region)"), "RU", "UA", **RANGE,
      weapons=[W("mlrs", "HIMARS", intercepted=N(4))], claimant="Russian Defence Ministry",
      note="MoD: 'shot down four HIMARS rockets over the Lugansk People's Republic' over the past day: a region with a "
           "count, range"),
    E("kw08-7", "interception", Y, C(None, "special military operation zone"), "RU", "UA", **RANGE, optional=True,
      weapons=[W("drone", intercepted=N(27))], claimant="Russian Defence Ministry",
      note="'27 Ukrainian drones over the special military operation zone': no usable place -> optional (vague)"),
    E("kw08-8", "missile_artillery_strike", Y, L("Kramatorsk", 2, "near Kramatorsk"), "RU", "UA", **RANGE,
      weapons=[W("ballistic_missile", "Iskander")], claimant="Russian Defence Ministry",
      note="'destroyed a HIMARS launcher near Kramatorsk with an Iskander missile strike' (same past-day report): "
           "Russian strike claim, precision 2, range"),
]
# Not events: 'Emergency services are working at the scene' (part of kw08-2), 'Since 2014, Donetsk has been shelled
# … almost daily' (habitual background), the 41 attacks and 318 munitions as numbers (carried by kw08-1), 'This is not
# an accident, this is a method' (opinion).
STATEMENTS = [
    S("Nikolai Sidorenko", None, "the shell hit the neighbouring entrance, not ours", "resident of Donetsk"),
    S("Yelena Kravchenko", "RU", "This is not an accident, this is a method", "representative, DPR mission to the JCCC"),
]
# Not gold: the head of the city (title only, reported speech). Sidorenko's side is left null (resident of occupied
# Donetsk).
MUST_NOT = ["RPA ■ RUSSIAN PRESS AGENCY",
            "Russian Politics & Diplomacy | World | Business & Economy | Defense | Science & Space | Emergencies | "
            "Society & Culture",
            "Military & Defense", "FEBRUARY 7, 10:44", "UPDATED: FEBRUARY 7, 12:05", "Read more",
            "Tags: Donbass, Donetsk, JCCC", "© Russian Press Agency, 2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
