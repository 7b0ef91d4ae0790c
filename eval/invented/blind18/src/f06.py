from common import E, L, R, C, N, W, S, gold

TITLE = "Romania scrambles F-16s, Moldova shuts southern airspace as Russian drones pound Danube port of Izmail"
TEXT = """DPS — DANUBIUS PRESS SERVICE
Newswire · Southeast Europe · Black Sea
16 April 2026 | 12:37 EET | DPS-EN-0416-0093
Romania scrambles F-16s, Moldova shuts southern airspace as Russian drones pound Danube port of Izmail
BUCHAREST/CHISINAU (DPS) - Romania scrambled two F-16 fighter jets and Moldova closed part of its airspace during a Russian drone attack on Ukraine's Danube port of Izmail overnight, and drone fragments were found on Romanian soil on Thursday morning, officials in both countries said.

Romania's Ministry of National Defence said its radars had tracked a drone entering national airspace at 03:12 over the northern part of Tulcea county for about six minutes. An RO-Alert warning was sent to residents of Isaccea and the surrounding villages. The jets did not open fire, the ministry said, because the drone was over populated areas.

Fragments of the drone were found at about 08:00 on the bank of the Danube near Isaccea, across the river from Izmail. "There are no victims and no material damage. The fragments have been collected for analysis," the ministry said in a statement.

In Izmail, drones hit the port's grain terminal and an administrative building, injuring two workers and starting a fire that was put out by morning, the Odesa regional administration said. The port's operations were suspended until further notice.

Shortly before midnight on Wednesday, a drone crashed into a field outside the village of Giurgiulești in southern Moldova, near the point where the Moldovan, Romanian and Ukrainian borders meet, Moldovan police said. No one was hurt. Moldova's Civil Aviation Authority closed the airspace over the south of the country between 00:40 and 02:30.

Moldova's Foreign Ministry summoned the Russian ambassador in Chisinau on Thursday to protest "the gross violation of the airspace of a neutral state".

The Russian embassy in Bucharest said in a post on Telegram that Romanian officials had produced no evidence that the drone was Russian.

Debris has fallen on Romanian territory more than a dozen times since Russia began targeting the Danube ports in the summer of 2023, and Bucharest has since changed the law to allow the military to shoot down drones in peacetime. Officials said on Thursday they were studying further measures, including the deployment of additional anti-aircraft systems in Tulcea county.

"We will not let our citizens live under Russian drones," Romanian defence ministry spokesman Cristian Pavel told reporters. He said the ministry would ask NATO allies for more surveillance aircraft.
(DPS) amb/ik
Distribution: subscribers only. Republication requires a DPS licence.
"""
DOC = {"id": "f06", "date": "2026-04-16", "source": "Danubius Press Service (agency wire)",
       "url": "https://wire.danubius-press.example/en/0416-0093", "text": TEXT}

D = "2026-04-16"
EVENTS = [
    E("f06-1", "military_mobilization", D, C("RO", "Romania"), "RO", None, claimant="Romanian defence ministry",
      note="two F-16s scrambled; the RO-Alert warning to residents is part of the same response (not a separate "
           "event)"),
    E("f06-2", "air_drone_strike", D, L("Isaccea", 2, "Danube bank near Isaccea"), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Romanian defence ministry",
      note="drone fragments on Romanian soil (blind4 call 9); 'no victims' = 0/0; the airspace violation at 03:12 is "
           "the same incident; 'near Isaccea' = precision 2"),
    E("f06-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Odesa regional administration",
      note="grain terminal and administrative building hit overnight; the Russian attack is implied by the context"),
    E("f06-4", "infrastructure_disruption", D, L("Izmail"), "RU", "UA", parent="f06-3",
      note="port operations suspended (blind14 call 11: port suspensions count)"),
    E("f06-5", "air_drone_strike", "2026-04-15", L("Giurgiulesti", 2, "outside Giurgiulești"), "RU", "MD",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Moldovan police",
      note="'Shortly before midnight on Wednesday' = 15 April; a crashed drone on Moldovan soil, attributed by the "
           "context (Russian attack, summons of the Russian ambassador); 'No one was hurt' = 0/0"),
    E("f06-6", "infrastructure_disruption", D, C("MD", "Moldova (south)"), None, None,
      note="airspace over the south closed 00:40-02:30 on Thursday: airspace/airport closure = infrastructure "
           "disruption without perpetrator (blind4 call 9); 'south of the country' has no admin1: country precision"),
    E("f06-7", "diplomatic_contact", D, L("Chisinau"), "MD", "RU", claimant="Moldovan Foreign Ministry",
      note="Russian ambassador summoned on Thursday"),
]
STATEMENTS = [
    S("Romanian Ministry of National Defence", "RO", "There are no victims and no material damage"),
    S("Cristian Pavel", "RO", "We will not let our citizens live under Russian drones",
      "Romanian defence ministry spokesman"),
]
MUST_NOT = ["DPS — DANUBIUS PRESS SERVICE", "Newswire · Southeast Europe · Black Sea",
            "16 April 2026 | 12:37 EET | DPS-EN-0416-0093", "(DPS) amb/ik",
            "Distribution: subscribers only. Republication requires a DPS licence."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
