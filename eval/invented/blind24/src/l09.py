from common import E, L, R, C, N, W, S, gold

TITLE = "Belgorod: two dead after rocket attack; governor says cross-border raid near Grayvoron repelled"
TEXT = """RUSSIAN AFFAIRS MONITOR
[translated from Russian by our monitoring desk; original: regional news agency]
Belgorod: two dead after rocket attack; governor says cross-border raid near Grayvoron repelled
16 March 2024

Two people were killed and eleven wounded when Ukrainian forces fired Vampire multiple rocket launchers at Belgorod on Saturday morning, the regional governor said. A rocket struck a car on a street in the city's centre, killing the driver and a passenger, and fragments damaged a school building and around twenty cars.

Russia's Defence Ministry said air defences had destroyed seven Vampire rockets over the Belgorod region in the morning.

The governor also said that Russian troops and border guards had repelled an attempt by a Ukrainian "sabotage and reconnaissance group" to cross the border near Grayvoron early on Saturday. The ministry said the attackers had lost up to 60 men and five armoured vehicles. The claim could not be verified, and Ukraine's military did not comment. Pro-Ukrainian Russian volunteer units said earlier this week that they were fighting inside the region.

Schools and shopping centres in Belgorod and Shebekino will remain closed on Monday and Tuesday, the governor said.

Monitoring note: figures are as given by the Russian authorities.
Desk: RAM/ek · Previous: Kursk governor's digest, 15 March
"""
DOC = {"id": "l09", "date": "2024-03-16", "source": "Russian Affairs Monitor (translated monitoring)",
       "url": "https://russianaffairsmonitor.example.org/2024/03/16/belgorod", "text": TEXT}

D = "2024-03-16"
EVENTS = [
    E("l09-1", "missile_artillery_strike", D, L("Belgorod"), "UA", "RU", fat=N(2), inj=N(11),
      weapons=[W("mlrs", "Vampire")], note="'on Saturday morning' = publication day; MLRS -> missile_artillery_strike"),
    E("l09-2", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA",
      weapons=[W("mlrs", "Vampire", intercepted=N(7))], note="a region with a count: required"),
    E("l09-3", "armed_clash", D, L("Grayvoron", 2, "near Grayvoron"), "UA", "RU",
      note="repelled border-crossing attempt 'early on Saturday': actor1 = the attacker (UA as the governor says); "
           "'up to 60 men' lost is a claim of losses (not fatalities: killed not said); the volunteer units' claim "
           "'earlier this week' is vague (no event)"),
    E("l09-4", "policy_decision", D, L("Belgorod"), "RU", None, optional=True,
      note="schools and shopping centres closed on Monday and Tuesday (scheduled, after publication): a civil "
           "restriction announced today; the taxonomy fits poorly -> optional (Shebekino too)"),
]
STATEMENTS = []
MUST_NOT = ["RUSSIAN AFFAIRS MONITOR", "[translated from Russian by our monitoring desk; original: regional news agency]",
            "16 March 2024", "Monitoring note: figures are as given by the Russian authorities.",
            "Desk: RAM/ek · Previous: Kursk governor's digest, 15 March"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
