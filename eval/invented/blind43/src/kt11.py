from common import E, L, R, C, N, W, S, gold

TITLE = "Drone explodes near Chilia Veche during Russian attack on Izmail; Romania summons Russian diplomat"
TEXT = """CARPATHIA TODAY
Romania's news, in English
Actualitate | Politics | Economy | Defence | Region | Sport
Home » Defence
Drone explodes near Chilia Veche during Russian attack on Izmail; Romania summons Russian diplomat
Published: 11.10.2023, 16:22
by Andreea Stoica
A drone crashed and exploded on Romanian territory, in an uninhabited area close to Chilia Veche, a village in Tulcea county, during a Russian attack on the Ukrainian port of Izmail in the night to Wednesday, the Defence Ministry (MApN) reported. Nobody was hurt and no property was damaged.

Radar had tracked the drone from the moment it crossed the Danube, the ministry said. Two F-16 fighter jets took off from the Fetești air base at 02:35 and patrolled over the north of Dobruja until the morning.

Residents of the Chilia Veche and Sulina areas received RO-Alert messages at 02:47, urging them to take shelter.

"There was no indication of a deliberate attack on Romanian territory, but the risk to our citizens is real and it is growing," MApN spokesman Colonel Radu Ionescu told Carpathia Today.

"We saw a light over the reeds and then felt the ground shake. My wife took the children down to the cellar," said Dumitru Lungu, a fisherman from Chilia Veche.

Across the river, in Izmail, Russian drones damaged port infrastructure and a grain terminal and injured a truck driver, the governor of the Odesa region said. According to Ukraine's air force, Russia launched 33 Shahed drones overnight, mostly at the Odesa region, and 25 of them were shot down.
Foto: Carpathia Today / Mihai Dobre
On Wednesday afternoon the Foreign Ministry summoned the chargé d'affaires of the Russian Federation over the incident, the ministry said in a statement.

The Russian embassy dismissed the accusations. "Romania's authorities are again making provocative insinuations without presenting any evidence," it said on its Telegram channel.

It was not the first such incident this month. Three days earlier, on Sunday, a drone exploded in a field near Grindu, also in Tulcea county, leaving a crater about two metres wide.

Next week, parliament's defence committees are due to take up legislation letting the military destroy drones that enter Romanian airspace in peacetime.
Urmărește-ne pe Google News
Read more: Tulcea farmers ask for compensation after drone fragments fall on fields
Cookies help us deliver our services. By using our services, you agree to our use of cookies.
© 2023 Carpathia Today. All rights reserved.
"""
DOC = {"id": "kt11", "date": "2023-10-11", "source": "Carpathia Today (Romanian news site in English)",
       "url": "https://carpathiatoday.example/defence/drone-explodes-near-chilia-veche-2023-10-11", "text": TEXT}

D, SUN = "2023-10-11", "2023-10-08"
EVENTS = [
    E("kt11-1", "air_drone_strike", D, L("Chilia Veche", 2, "near Chilia Veche"), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'A drone crashed and exploded on Romanian territory … close to Chilia Veche … in the night to "
           "Wednesday' during the Russian attack on Izmail: RU->RO (blind38 call 8), 'Nobody was hurt' = 0/0, near X "
           "= precision 2"),
    E("kt11-2", "military_mobilization", D, C("RO", "Romania"), "RO", None,
      note="'Two F-16 fighter jets took off from the Fetești air base at 02:35 and patrolled': the scramble of Romania "
           "(the base is where they took off, not where the event is)"),
    E("kt11-3", "military_mobilization", D, R("RO-TL", "Tulcea county"), None, None, optional=True,
      note="'RO-Alert messages at 02:47, urging them to take shelter': a stated alert with its hour -> optional, sides "
           "null (blind40 call 10)"),
    E("kt11-4", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(33))],
      note="'Russia launched 33 Shahed drones overnight, mostly at the Odesa region': the night's wave, country level"),
    E("kt11-5", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kt11-4",
      weapons=[W("drone", intercepted=N(25))], note="'25 of them were shot down'"),
    E("kt11-6", "air_drone_strike", D, L("Izmail"), "RU", "UA", parent="kt11-4", inj=N(1), weapons=[W("drone")],
      note="'in Izmail, Russian drones damaged port infrastructure and a grain terminal and injured a truck driver'"),
    E("kt11-7", "diplomatic_contact", D, C("RO", "Romania"), "RO", "RU",
      note="'On Wednesday afternoon the Foreign Ministry summoned the chargé d'affaires of the Russian Federation': a "
           "summons without a named venue -> the summoning country (precision 4)"),
    E("kt11-8", "air_drone_strike", SUN, L("Grindu", 2, "field near Grindu"), "RU", "RO", weapons=[W("drone")],
      note="'Three days earlier, on Sunday' (8 Oct): 'a drone exploded in a field near Grindu, also in Tulcea county' "
           "(the Tulcea Grindu, 676719, not the Ialomița homonym); recalled with its day -> required; the drone of "
           "the same series -> RU->RO; casualties not stated"),
]
# Not events: radar tracking (part of kt11-2), the embassy's dismissal (counter-claim statement), 'not the first such
# incident this month' (tally), the bill 'to debate next week' (future), the 'Read more' headline (furniture).
STATEMENTS = [
    S("Radu Ionescu", "RO", "the risk to our citizens is real and it is growing", "MApN spokesman"),
    S("Dumitru Lungu", "RO", "We saw a light over the reeds and then felt the ground shake", "fisherman, Chilia Veche"),
    S("Russian embassy", "RU", "making provocative insinuations without presenting any evidence",
      "Russian embassy in Bucharest"),
]
MUST_NOT = ["CARPATHIA TODAY", "Romania's news, in English", "Actualitate | Politics | Economy | Defence | Region | Sport",
            "Home » Defence", "Published: 11.10.2023, 16:22", "by Andreea Stoica", "Foto: Carpathia Today / Mihai Dobre",
            "Urmărește-ne pe Google News",
            "Read more: Tulcea farmers ask for compensation after drone fragments fall on fields",
            "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
            "© 2023 Carpathia Today. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
