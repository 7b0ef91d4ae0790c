from common import E, L, R, C, N, W, S, gold

TITLE = "Drone explodes near Otaci, wreckage found in Palanca; Chișinău summons Russian ambassador"
TEXT = """NISTRU TODAY
Moldova | Region | World | Economy | Opinion
RO | RU | EN
We use cookies to improve your experience. By continuing to browse the site, you agree to their use. OK
Drone explodes near Otaci, wreckage found in Palanca; Chișinău summons Russian ambassador
13 February 2025, 12:47
Author: Ana Cebotari
A drone exploded in a field on the outskirts of Otaci, on the border with Ukraine, shortly after 2 a.m. on Thursday, breaking windows in three houses, the Interior Ministry said. No one was hurt.

Several hours later, residents of the village of Palanca in the Ștefan Vodă district found the wreckage of a second drone near the road to the border checkpoint, police said. The area was cordoned off and sappers were called in.

"The drones entered Moldovan airspace during a Russian attack on Ukrainian territory along the Dniester. This is a violation of our sovereignty," said Daniela Roșca, a spokeswoman for the Interior Ministry.

"It shook like an earthquake. The glass flew into the children's room, thank God they were sleeping in our bed," said Vasile Ciobanu, who lives on the edge of Otaci.

The civil aviation authority closed the airspace over the north of the country for six hours during the night, and two flights from Chișinău airport were delayed.

The Foreign Ministry summoned the Russian ambassador to its headquarters in Chișinău on Thursday afternoon and handed him a note of protest. The president called the incident "a reckless act that endangers our citizens". The Russian embassy denied that the drones were Russian and asked for "evidence, not accusations".

Across the river, Russia attacked Ukraine overnight with 133 attack drones and decoys, Ukraine's air force said, and 81 of them were shot down. In the Vinnytsia region, which borders northern Moldova, a drone hit an energy facility, the regional governor said. In the Izmail district of the Odesa region, port infrastructure was damaged and a truck driver was injured.

Moldova has recorded drone wreckage on its territory several times since the start of the war. The government is preparing amendments that would allow the army to shoot down drones that violate the country's airspace, but parliament has not yet voted on them.
Follow Nistru Today on Telegram and Facebook
Related articles
Moldova to buy electricity from Romania at fixed price until April
Gas tariff for households cut from March 1
© 2025 Nistru Today. Reproduction is permitted only with an active link to the source.
"""
DOC = {"id": "ko09", "date": "2025-02-13", "source": "Nistru Today (Moldovan news site, English edition)",
       "url": "https://nistrutoday.example/en/moldova/drone-explodes-near-otaci-2025-02-13", "text": TEXT}

D = "2025-02-13"
EVENTS = [
    E("ko09-1", "air_drone_strike", D, L("Otaci", 2, "outskirts of Otaci"), "RU", "MD", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="drone exploded in a field 'on the outskirts of Otaci' 'shortly after 2 a.m. on Thursday' (publication day), "
           "windows broken, 'No one was hurt' = 0/0; Russian per the Interior Ministry -> RU->MD (blind15 call 12), "
           "outskirts = precision 2; MD-OC (Ocnița district)"),
    E("ko09-2", "air_drone_strike", D, L("Palanca"), "RU", "MD", weapons=[W("drone")],
      note="wreckage of a second drone found in Palanca (Ștefan Vodă district, MD-SV) the same night; no casualty "
           "statement -> counts absent"),
    E("ko09-3", "infrastructure_disruption", D, C("MD", "Moldova"), None, None,
      note="airspace over the north closed for six hours, two flights delayed: airspace/airport restrictions have both "
           "sides null (brief convention); 'the north of the country' -> country precision"),
    E("ko09-4", "diplomatic_contact", D, L("Chisinau", name="Chișinău"), "MD", "RU",
      note="Russian ambassador summoned 'to its headquarters in Chișinău on Thursday afternoon', protest note"),
    E("ko09-5", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(133))],
      note="'133 attack drones and decoys' overnight on Ukraine: the country wave"),
    E("ko09-6", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ko09-5",
      weapons=[W("drone", intercepted=N(81))], note="'81 of them were shot down'"),
    E("ko09-7", "air_drone_strike", D, R("UA-05", "Vinnytsia region"), "RU", "UA", parent="ko09-5",
      weapons=[W("drone")], note="drone on an energy facility in the Vinnytsia region (no town named) -> region"),
    E("ko09-8", "air_drone_strike", D, L("Izmail", 2, "Izmail district"), "RU", "UA", parent="ko09-5", inj=N(1),
      note="port infrastructure in 'the Izmail district of the Odesa region', truck driver injured: district = "
           "precision 2 at its town; the weapon is the wave's (drones)"),
]
# Not events: sappers called in (response), the embassy's denial, the president's words (title only), wreckage
# 'several times since the start of the war' (history), amendments that 'would allow' shooting down drones (plan),
# the 'Related articles' headlines and the cookie line (furniture).
STATEMENTS = [
    S("Daniela Roșca", "MD", "This is a violation of our sovereignty", "spokeswoman, Moldovan Interior Ministry"),
    S("Vasile Ciobanu", "MD", "It shook like an earthquake", "resident, Otaci"),
]
MUST_NOT = ["NISTRU TODAY", "Moldova | Region | World | Economy | Opinion", "RO | RU | EN",
            "We use cookies to improve your experience. By continuing to browse the site, you agree to their use. OK",
            "13 February 2025, 12:47", "Author: Ana Cebotari", "Follow Nistru Today on Telegram and Facebook",
            "Related articles", "Moldova to buy electricity from Romania at fixed price until April",
            "Gas tariff for households cut from March 1",
            "© 2025 Nistru Today. Reproduction is permitted only with an active link to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
