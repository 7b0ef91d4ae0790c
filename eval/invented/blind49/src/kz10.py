from common import E, L, R, C, N, W, S, gold

TITLE = "Drone crashes near Sobrance during Russian attack on Zakarpattia; Hungarian Gripens scrambled"
TEXT = """TATRA MONITOR
Slovakia's news in English
News | Politics | Business | Culture | Travel | Jobs | Events
Slovakia · Security
Drone crashes near Sobrance during Russian attack on Zakarpattia; Hungarian Gripens scrambled
Zuzana Hrubá
17. Sep 2025 at 13:25
Time to read 3 minutes
In the early hours of Wednesday, a drone came down in a maize field near Sobrance, an eastern Slovak town some five kilometres from Ukraine, police said. Nobody was hurt, though the blast left a crater and scattered debris over several hundred metres.

The army said the object was most likely a Russian Gerbera, a cheap decoy drone that is sent along with attack drones to overload air defences, and that it had probably strayed off course during a Russian attack on the neighbouring Zakarpattia region of Ukraine.

"I heard something like a lawnmower over the house, then a bang that rattled the dishes. By breakfast there were soldiers standing at the edge of my field," said Milan Hudák, who farms the land.
Photo: Juraj Benko/Tatra Monitor
Slovakia has had no fighter jets of its own in service since it handed its MiG-29s to Ukraine, and its airspace is guarded by the Czech and Hungarian air forces. Two Hungarian Gripens took off from Kecskemét after Slovak radars picked up the object, the defence ministry said.

"The system worked as agreed. The radar saw it, the allies were informed, the jets were in the air within minutes," said army spokesperson Lt Col Martina Dobošová.

As a precaution, police closed the nearby Vyšné Nemecké border crossing for three hours on Wednesday morning.

Across the border, the night was much worse. In Mukachevo, a drone and a cruise missile hit an electronics factory owned by an American company, injuring twelve workers on the night shift, the Zakarpattia regional governor said. It was one of the heaviest attacks on the region, which lies far from the front and borders Slovakia, Hungary and Romania.

The Foreign Ministry summoned the Russian ambassador in Bratislava on Wednesday afternoon. The ministry said it had demanded an explanation; the embassy rejected what it called "unfounded accusations".

The government has been cautious in its comments. The prime minister said only that the incident "must be investigated calmly" and repeated that Slovakia would not send weapons to Ukraine from army stocks.

On Tuesday, the cabinet approved a draft law extending temporary protection for about 130,000 Ukrainian refugees in Slovakia until March 2027. Several thousand people protested in Bratislava the same evening against what the organisers called the government's drift towards Moscow.

Peter Šimko of the Bratislava Security Forum said the crash should change the debate. "Slovakia can no longer pretend that this war is somewhere else. It literally fell into a field in Sobrance," he said.

Slovakia could ask NATO for additional air-defence assets if more incidents occur, the defence minister said.
Read more: Slovak border police report record number of crossings from Ukraine
Newsletter: sign up for Today in Slovakia
Tags: drones, Sobrance, Ukraine, Russia, security
© Tatra Monitor 2025
"""
DOC = {"id": "kz10", "date": "2025-09-17", "source": "Tatra Monitor (Slovak news site in English)",
       "url": "https://tatramonitor.example/news/2025/09/17/drone-crashes-near-sobrance/", "text": TEXT}

D, TUE = "2025-09-17", "2025-09-16"
EVENTS = [
    E("kz10-1", "air_drone_strike", D, L("Sobrance", 2, "maize field near Sobrance"), "RU", "SK", fat=N(0), inj=N(0),
      weapons=[W("drone", "Gerbera")],
      note="'In the early hours of Wednesday, a drone came down in a maize field near Sobrance … Nobody was hurt', "
           "'most likely a Russian Gerbera': a drone exploding on NATO soil = air_drone_strike RU->SK, 0/0 (blind43 "
           "call 9), near X = precision 2"),
    E("kz10-2", "military_mobilization", D, C("SK", "Slovakia"), "HU", None,
      note="'Two Hungarian Gripens took off from Kecskemét after Slovak radars picked up the object': the scrambling "
           "state (HU) over Slovakia (blind43 kt09-2); Kecskemét is only their base"),
    E("kz10-3", "infrastructure_disruption", D, L("Sobrance", 2, "Vyšné Nemecké border crossing near Sobrance"), None,
      None,
      note="'police closed the nearby Vyšné Nemecké border crossing for three hours on Wednesday morning': a "
           "precautionary closure, sides null (as airport restrictions); the crossing is no GeoNames town -> near "
           "Sobrance, precision 2"),
    E("kz10-4", "missile_artillery_strike", D, L("Mukachevo"), "RU", "UA", inj=N(12),
      weapons=[W("drone"), W("cruise_missile")],
      note="'In Mukachevo, a drone and a cruise missile hit an electronics factory … injuring twelve workers on the "
           "night shift': the same night (Wednesday), typed by the missile"),
    E("kz10-5", "diplomatic_contact", D, L("Bratislava"), "SK", "RU",
      note="'The Foreign Ministry summoned the Russian ambassador in Bratislava on Wednesday afternoon'"),
    E("kz10-6", "policy_decision", TUE, C("SK", "Slovakia"), "SK", "UA",
      note="'On Tuesday, the cabinet approved a draft law extending temporary protection for about 130,000 Ukrainian "
           "refugees': a government decision about the war's refugees at the deciding country"),
    E("kz10-7", "protest", TUE, L("Bratislava"), "SK", None,
      note="'Several thousand people protested in Bratislava the same evening' (Tuesday) against the government's "
           "'drift towards Moscow': peaceful protest"),
]
# Not events: the Russian attack on Zakarpattia as a whole (no counts: kz10-4 is its only place), the MiG-29s handed to
# Ukraine (history without a day), the embassy's rejection and the prime minister's 'must be investigated calmly'
# (statements), 'would not send weapons' (negation), 'one of the heaviest attacks on the region' (comparison), 'could
# ask NATO … if' (conditional), the 'Read more' headline (furniture).
STATEMENTS = [
    S("Milan Hudák", "SK", "By breakfast there were soldiers standing at the edge of my field",
      "farmer near Sobrance"),
    S("Martina Dobošová", "SK", "the jets were in the air within minutes", "army spokesperson"),
    S("Peter Šimko", None, "It literally fell into a field in Sobrance", "Bratislava Security Forum"),
]
# Not gold: the embassy's 'unfounded accusations' and the prime minister's 'must be investigated calmly' (fragments,
# title only).
MUST_NOT = ["TATRA MONITOR", "Slovakia's news in English", "News | Politics | Business | Culture | Travel | Jobs | Events",
            "Slovakia · Security", "Zuzana Hrubá", "17. Sep 2025 at 13:25", "Time to read 3 minutes", "Photo: Juraj Benko/Tatra Monitor",
            "Read more: Slovak border police report record number of crossings from Ukraine",
            "Newsletter: sign up for Today in Slovakia", "Tags: drones, Sobrance, Ukraine, Russia, security",
            "© Tatra Monitor 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
