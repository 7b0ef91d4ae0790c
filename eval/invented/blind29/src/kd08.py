from common import E, L, R, C, N, W, S, gold

TITLE = "Two killed as uncrewed boats damage road span of Crimean bridge"
TEXT = """SPA | SEVER PRESS AGENCY
Russia | World | Economy | Society | Sport | Special military operation
17 JUL 2023, 14:55 MSK · UPDATED 17:20 MSK
Two killed as uncrewed boats damage road span of Crimean bridge
MOSCOW, July 17. /SPA/. Two Ukrainian uncrewed surface vessels attacked the Crimean bridge over the Kerch Strait at about 03:05 Moscow time on Monday, damaging a span of the road section, Russia's National Anti-Terrorism Committee said.

A married couple travelling in a car from the Belgorod region were killed and their teenage daughter was injured, the Crimean authorities said. The girl was taken to hospital in Kerch with a head injury.

Road traffic on the bridge was suspended after the attack, and drivers were told to use the ferry crossing or the land route through the Zaporozhye and Kherson regions. Rail traffic was resumed by the afternoon, the transport ministry said.

"The supports were not damaged. The span itself will need to be repaired, and we will give a timetable after divers finish their inspection," Alexei Dunaev, a transport ministry spokesman, told SPA.

The Investigative Committee opened a criminal case into a terrorist act. The Kremlin spokesman said the president had been informed and that "the appropriate response" was being prepared.

Kiev did not officially claim the attack. Ukrainian media, citing a source in the Security Service of Ukraine (SBU), reported that the bridge had been hit in a special operation with naval drones. SPA could not verify the reports.

On Sunday evening, air defence systems shot down three Ukrainian drones over the north-west of Crimea, the Russian defence ministry said. There were no casualties.

The bridge was previously damaged in October last year, when a truck exploded on the road section and set fire to fuel tanks on a train.

Also on Monday, the Kremlin spokesman said that the Black Sea Grain Initiative "has ceased to be in effect," since the part of the agreement concerning Russia had not been fulfilled. He said the decision was not connected with the attack on the bridge.
MORE ON THE TOPIC
Ferry crossing in Kerch Strait switches to round-the-clock operation
Crimea's tourist season: hotel bookings hold up, operators say
Subscribe to SPA on Telegram
Tags: Crimean bridge · Kerch Strait · terrorist attack · Crimea
When using SPA materials, a hyperlink to the source is mandatory. 18+
"""
DOC = {"id": "kd08", "date": "2023-07-17", "source": "Sever Press Agency (Russian state agency, English service)",
       "url": "https://severpress.example/en/russia/2023-07-17/crimean-bridge-attack", "text": TEXT}

D = "2023-07-17"
EVENTS = [
    E("kd08-1", "air_drone_strike", D, L("Kerch", 2, "Crimean bridge, Kerch Strait"), "UA", "RU", fat=N(2), inj=N(1),
      family=["remote_explosive"], claimant="National Anti-Terrorism Committee",
      note="uncrewed surface vessels (naval drones) 'at about 03:05 Moscow time on Monday': a drone attack "
           "(remote_explosive accepted); the bridge is precision 2 near Kerch (UA-43); couple killed, daughter "
           "injured; Kyiv did not officially claim it, the SBU source and the Russian accusation both name Ukraine"),
    E("kd08-2", "infrastructure_disruption", D, L("Kerch", 2, "Crimean bridge (road traffic)"), "UA", "RU",
      parent="kd08-1", note="'Road traffic on the bridge was suspended after the attack'"),
    E("kd08-3", "interception", "2023-07-16", R("UA-43", "north-west of Crimea"), "RU", "UA",
      weapons=[W("drone", intercepted=N(3))], claimant="Ministry of Defence of the Russian Federation",
      note="'On Sunday evening … shot down three Ukrainian drones over the north-west of Crimea' (Mon 17 -> Sun 16); "
           "a part of a region, no town -> region precision"),
    E("kd08-4", "remote_explosive", "2022-10-01", L("Kerch", 2, "Crimean bridge"), None, "RU", end="2022-10-31",
      prec="month", optional=True, family=["air_drone_strike"],
      note="recalled 'in October last year, when a truck exploded': no day, no perpetrator -> optional month range"),
    E("kd08-5", "policy_decision", D, C("RU", "Russia"), "RU", None,
      note="the Kremlin spokesman's statement 'on Monday' that the grain deal 'has ceased to be in effect': Russia's "
           "decision not to extend, announced the publication day; no place -> country"),
]
STATEMENTS = [
    S("Alexei Dunaev", "RU", "The supports were not damaged. The span itself will need to be repaired",
      "transport ministry spokesman"),
]
MUST_NOT = ["SPA | SEVER PRESS AGENCY", "Russia | World | Economy | Society | Sport | Special military operation",
            "17 JUL 2023, 14:55 MSK · UPDATED 17:20 MSK", "MORE ON THE TOPIC",
            "Ferry crossing in Kerch Strait switches to round-the-clock operation",
            "Crimea's tourist season: hotel bookings hold up, operators say", "Subscribe to SPA on Telegram",
            "Tags: Crimean bridge · Kerch Strait · terrorist attack · Crimea",
            "When using SPA materials, a hyperlink to the source is mandatory. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
