from common import E, L, H, R, C, N, W, S, gold, with_evidence, ADS, INT, REX, MOB

TITLE = "Bulk carrier hits mine off Chornomorsk as drones return to the Danube ports"
TEXT = """EUXINE SHIPPING REVIEW
Ports | Shipping | Grain | Insurance | Security | Data
Security › Black Sea
Bulk carrier hits mine off Chornomorsk as drones return to the Danube ports
Corridor traffic holds up despite a week of incidents; war-risk underwriters watch the Danube
By Helena Varga-Lund | 7 December 2023, 15:20 CET
Premium article · Free for registered readers
A Panama-flagged bulk carrier struck a sea mine about two nautical miles off Chornomorsk on Wednesday morning as it approached the port to load grain, Ukraine's navy said. Two crew members were injured. The ship stayed afloat and was towed into port, where the damage to its hull is being assessed.

It was not clear who had laid the mine. Both navies mined coastal waters in 2022, and since then mines have broken loose in storms and drifted along the western coast of the Black Sea, where minesweepers of Romania, Bulgaria and Turkey have destroyed dozens of them.

"We felt the blow in the whole ship, like a hammer on the keel. Then the alarms, and two of our men on the floor of the engine room," the ship's master, Captain Teodor Anghelescu, told the Review by phone from Chornomorsk. "They will recover. The ship will also recover, I think."

A corridor that keeps moving
The incident was the second in less than a month: in November, another bulk carrier was damaged by a mine on its way out of Odesa, although its crew escaped unhurt. Despite this, the temporary corridor that Ukraine opened in August after Russia quit the Black Sea Grain Initiative in July continues to carry traffic. Since August, more than 200 ships have used it, carrying about 7 million tonnes of cargo, according to the port authority.

The corridor hugs the coast of Ukraine, Romania and Bulgaria, and ships travel in daylight. Ukraine's navy says Russian warships have not attempted to stop a vessel since the route opened, a change it attributes to the strikes on the Black Sea Fleet's bases in Crimea over the summer and autumn.

Drones on the Danube
Overnight into Thursday, Russian drones again attacked port infrastructure in the Izmail district, on the Danube. A grain silo was damaged and the driver of a grain truck queuing at the gate was hurt, the regional governor said. Air defence shot down 13 drones over the Odesa region during the night, according to the air force.

Romania's defence ministry said it scrambled two F-16 fighter jets while the attack was under way and tracked the drones from radar stations in the Tulcea area. No drone entered Romanian airspace this time, the ministry said. "We watched every track until it ended on the Ukrainian bank," said Colonel Mihai Dobre, the ministry's spokesman.

Izmail and the nearby ports of Reni and Kiliia have been attacked repeatedly since the summer, when Russia began to target the Danube route that carried much of Ukraine's grain while the sea corridor was closed.

The naval war
The other side of the sea was busy too. Ukraine's navy said on Wednesday that its naval drones had hit a Russian patrol boat near Yevpatoriia, on the western coast of occupied Crimea, on Tuesday night. It released a grainy video showing an explosion at the side of a small vessel. Russia's defence ministry, describing the same night, said the Black Sea Fleet had destroyed four uncrewed boats in the western part of the Black Sea, and did not mention any damage.

"The fleet is not gone, but it is hiding," said Captain Serhii Kushnir, a spokesman for Ukraine's navy. "The big ships stay in Novorossiysk, and the small ones in Crimea are learning what it feels like to be hunted."

Russia has moved most of its larger warships from Sevastopol to Novorossiysk since the autumn. Western officials expect it to rely increasingly on aircraft and submarine-launched missiles to threaten shipping in the coming months.

Insurance
War-risk premiums for voyages to Ukrainian ports have fallen to about 1 per cent of a ship's value, from more than 3 per cent in August, brokers say. That could change quickly. "One more mine with a casualty and the market will reprice the whole corridor overnight," said Arjun Mehta, a marine insurance analyst in London. "Underwriters do not like surprises, and this sea is full of them."

Ukraine has asked its partners to speed up a planned demining effort led by Romania, Bulgaria and Turkey, which is expected to begin early next year.
Registered readers can read three premium articles a month. Subscribe for unlimited access.
Related: Danube ports count the cost of a summer of drones
Euxine Shipping Review is published by Euxine Media Ltd, Constanța and London.
"""
DOC = {"id": "la11", "date": "2023-12-07", "source": "Euxine Shipping Review (maritime trade news site)",
       "url": "https://euxine-review.example/security/black-sea/2023/12/07/bulk-carrier-mine-chornomorsk-danube-drones",
       "text": TEXT}

D, WED, TUE = "2023-12-07", "2023-12-06", "2023-12-05"
EVENTS = [
    E("la11-1", REX, WED, H("Chornomorsk", "two nautical miles off Chornomorsk"), None, None, inj=N(2),
      note="'A Panama-flagged bulk carrier struck a sea mine about two nautical miles off Chornomorsk on Wednesday "
           "morning … Two crew members were injured': a mine = remote_explosive; 'It was not clear who had laid the "
           "mine' -> actor1 null, a foreign civilian ship -> actor2 null; off X = precision 2"),
    E("la11-2", REX, None, H("Odesa", "off Odesa"), None, None, prec="unknown", optional=True, fat=N(0), inj=N(0),
      note="'in November, another bulk carrier was damaged by a mine on its way out of Odesa, although its crew "
           "escaped unhurt': a specific incident without a day -> optional, date null"),
    E("la11-3", ADS, D, H("Izmail", "Izmail district"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Overnight into Thursday, Russian drones again attacked port infrastructure in the Izmail district … the "
           "driver of a grain truck … was hurt': district = precision 2; 'again' and 'repeatedly since the summer' are habit"),
    E("la11-4", INT, D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(13))],
      note="'Air defence shot down 13 drones over the Odesa region during the night': a regional count -> required"),
    E("la11-5", MOB, D, C("RO", "Romania"), "RO", None,
      note="'Romania's defence ministry said it scrambled two F-16 fighter jets while the attack was under way': a "
           "scramble is a military_mobilization of the scrambling state (blind41 call 7); no base named -> "
           "country; 'No drone entered Romanian airspace this time' is a negation (no violation)"),
    E("la11-6", ADS, TUE, H("Yevpatoriia", "near Yevpatoriia"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian navy",
      note="'Ukraine's navy said on Wednesday that its naval drones had hit a Russian patrol boat near Yevpatoriia … "
           "on Tuesday night': sea drones are drone strikes (blind41 call 7), dated Tuesday (5 Dec), announced "
           "Wednesday; the video repeats it"),
    E("la11-7", INT, TUE, C(None, "western Black Sea"), "RU", "UA", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(4))],
      note="'the Black Sea Fleet had destroyed four uncrewed boats in the western part of the Black Sea' the same "
           "night: Russia's interception claim is a separate event (blind41 kr14 call), open sea -> country null"),
]
# Not events: the hull damage 'being assessed'; mining in 2022 and mines drifting and destroyed by Romania, Bulgaria and
# Turkey 'dozens' (history, habit); the corridor opened 'in August' after Russia quit the grain deal 'in July' (history
# without days); 200 ships and 7 million tonnes (cumulative); Russian warships 'have not attempted to stop a vessel'
# (negation); strikes on the fleet's bases 'over the summer and autumn' (no day); radar tracking from the Tulcea area
# (part of la11-5) and 'No drone entered Romanian airspace' (negation); the Danube ports attacked 'repeatedly since the
# summer' (habit); the ships moved to Novorossiysk 'since the autumn' (habit); officials' expectation 'in the coming
# months' (forecast); premiums (market data) and 'One more mine … will reprice' (conditional); the demining effort
# 'expected to begin early next year' (plan).
STATEMENTS = [
    S("Teodor Anghelescu", None, "like a hammer on the keel", "master of the Panama-flagged bulk carrier"),
    S("Mihai Dobre", "RO", "We watched every track until it ended on the Ukrainian bank",
      "spokesman, Romanian defence ministry"),
    S("Serhii Kushnir", "UA", "The fleet is not gone, but it is hiding", "spokesman, Ukrainian navy"),
    S("Arjun Mehta", None, "Underwriters do not like surprises", "marine insurance analyst, London"),
]
MUST_NOT = ["EUXINE SHIPPING REVIEW", "Ports | Shipping | Grain | Insurance | Security | Data", "Security › Black Sea",
            "By Helena Varga-Lund | 7 December 2023, 15:20 CET", "Premium article · Free for registered readers",
            "Registered readers can read three premium articles a month. Subscribe for unlimited access.",
            "Related: Danube ports count the cost of a summer of drones",
            "Euxine Shipping Review is published by Euxine Media Ltd, Constanța and London."]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la11-1": "A Panama-flagged bulk carrier struck a sea mine about two nautical miles off Chornomorsk on Wednesday morning",
    "la11-2": "in November, another bulk carrier was damaged by a mine on its way out of Odesa, although its crew escaped unhurt",
    "la11-3": "Overnight into Thursday, Russian drones again attacked port infrastructure in the Izmail district, on the Danube.",
    "la11-4": "Air defence shot down 13 drones over the Odesa region during the night",
    "la11-5": "Romania's defence ministry said it scrambled two F-16 fighter jets while the attack was under way",
    "la11-6": "Ukraine's navy said on Wednesday that its naval drones had hit a Russian patrol boat near Yevpatoriia",
    "la11-7": "the Black Sea Fleet had destroyed four uncrewed boats in the western part of the Black Sea",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
