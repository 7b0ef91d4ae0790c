from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Drone debris sparks fire at industrial facility in Saratov, two injured — governor"
TEXT = """GOSINFORM
Russian News Agency
Russia | World | Politics | Economy | Special military operation | Science | Sport
Incidents
24 AUG, 09:31 Updated 24 AUG, 11:05
Drone debris sparks fire at industrial facility in Saratov, two injured — governor
The blaze covering 1,200 square meters was put out by 09:40 Moscow time, the regional emergencies department said
SARATOV, August 24. /Gosinform/. Debris from a Ukrainian unmanned aerial vehicle fell on the territory of an industrial enterprise in Saratov early on Sunday, causing a fire, the regional governor said on his Telegram channel.

"Two employees of the enterprise were injured. They have been hospitalized, their condition is assessed as moderate," the governor wrote.

According to the regional department of the Emergencies Ministry, 46 units of equipment and more than 120 rescuers were involved in putting out the fire.

In Engels, on the other bank of the Volga, debris from a downed drone shattered windows in several apartment blocks. No one was hurt there, the governor added.

Earlier, Ukrainian Telegram channels claimed that the target of the attack had been the Saratov oil refinery. There has been no official confirmation of this.

"On-duty air defense systems intercepted and destroyed 112 Ukrainian fixed-wing unmanned aerial vehicles over the past night," the Russian Defense Ministry said in a statement. Thirty-seven of them were destroyed over the Saratov region, 29 over the Rostov region, 18 over the Volgograd region, and the rest over the Voronezh, Belgorod and Kursk regions.

In Volgograd, drone debris fell near a traction substation of the Volga Railway in the Krasnoarmeysky district, starting a fire, the regional governor said. There were no casualties. Several suburban trains were delayed by up to two hours as a result, the railway's press service reported.

A drone attack on Kamensk-Shakhtinsky in the Rostov region damaged a private house, and a woman received shrapnel wounds, the region's acting governor said.

Temporary restrictions on the arrival and departure of aircraft were introduced overnight at the airports of Saratov and Volgograd to ensure flight safety, Rosaviatsia press secretary Artyom Korenev said. The restrictions at Volgograd were lifted at 07:15.

"We woke up at four from the bangs, and then the sky over the industrial zone turned orange," Saratov resident Irina Volkova told Gosinform.

The Kiev regime has repeatedly attempted to attack facilities in the Saratov region since the beginning of the special military operation.
Tags: Drone attacks, Saratov region, Volgograd region, Rostov region
Read more
Gosinform: heat to continue in southern Russia until the end of August
© Gosinform 1999–2025. Mass media registration certificate No. FS 77-52917
"""
DOC = {"id": "le06", "date": "2025-08-24", "source": "Gosinform (Russian state news agency, English service)",
       "url": "https://gosinform.example/en/emergencies/20250824/saratov-drone-debris-fire-1974462", "text": TEXT}

D = "2025-08-24"
MOD = "le06-1"
EVENTS = [
    E(MOD, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Defense Ministry",
      weapons=[W("drone", intercepted=N(112))],
      ev="On-duty air defense systems intercepted and destroyed 112 Ukrainian fixed-wing unmanned aerial vehicles over "
         "the past night",
      note="the MoD's 112 drones 'over the past night' (Sunday report) = 24 Aug: country interception (blind44 call 8)"),
    E("le06-2", INT, D, R("RU-SAR", "Saratov region"), "RU", "UA", parent=MOD, weapons=[W("drone", intercepted=N(37))],
      ev="Thirty-seven of them were destroyed over the Saratov region",
      note="number in words opening the sentence: 37 over the Saratov region -> required regional interception"),
    E("le06-3", INT, D, R("RU-ROS", "Rostov region"), "RU", "UA", parent=MOD, weapons=[W("drone", intercepted=N(29))],
      ev="29 over the Rostov region", note="'29 over the Rostov region' -> required"),
    E("le06-4", INT, D, R("RU-VGG", "Volgograd region"), "RU", "UA", parent=MOD, weapons=[W("drone", intercepted=N(18))],
      ev="18 over the Volgograd region", note="'18 over the Volgograd region' -> required"),
    E("le06-5", INT, D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent=MOD, optional=True,
      ev="the rest over the Voronezh, Belgorod and Kursk regions", note="'the rest over' a listed region -> optional"),
    E("le06-6", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent=MOD, optional=True,
      ev="the rest over the Voronezh, Belgorod and Kursk regions", note="listed region -> optional"),
    E("le06-7", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent=MOD, optional=True,
      ev="the rest over the Voronezh, Belgorod and Kursk regions", note="listed region -> optional"),
    E("le06-8", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True,
      ev="intercepted and destroyed 112 Ukrainian fixed-wing unmanned aerial vehicles",
      note="the night's drone attack on Russia as a whole, implied by the MoD count: optional (blind41 kr08-6)"),
    E("le06-9", ADS, D, L("Saratov"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      ev="Debris from a Ukrainian unmanned aerial vehicle fell on the territory of an industrial enterprise in Saratov "
         "early on Sunday, causing a fire",
      note="drone debris and fire at an industrial enterprise in Saratov 'early on Sunday', two employees injured "
           "(hospitalised); the Ukrainian channels' 'Saratov oil refinery' is the attacker's version of the same "
           "event (one event); the fire put out by 09:40 is part of it"),
    E("le06-10", ADS, D, L("Engels"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="In Engels, on the other bank of the Volga, debris from a downed drone shattered windows in several apartment "
         "blocks",
      note="debris of a downed drone broke windows in Engels: a strike child of debris that damages (blind44); 'No one "
           "was hurt there' -> 0/0"),
    E("le06-11", ADS, D, L("Volgograd"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="In Volgograd, drone debris fell near a traction substation of the Volga Railway in the Krasnoarmeysky district",
      note="debris and fire near a traction substation in the Krasnoarmeysky district (= the city); 'There were no "
           "casualties' -> 0/0"),
    E("le06-12", DIS, D, L("Volgograd"), "UA", "RU", parent="le06-11",
      ev="Several suburban trains were delayed by up to two hours as a result",
      note="suburban trains delayed by up to two hours because of the substation fire: one disruption (blind44 call 6)"),
    E("le06-13", ADS, D, L("Kamensk-Shakhtinsky"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      ev="A drone attack on Kamensk-Shakhtinsky in the Rostov region damaged a private house",
      note="drone attack on a house in Kamensk-Shakhtinsky, a woman wounded; no day of its own -> the report's night"),
    E("le06-14", DIS, D, L("Saratov"), None, None,
      ev="Temporary restrictions on the arrival and departure of aircraft were introduced overnight at the airports of "
         "Saratov and Volgograd",
      note="airport restrictions 'overnight' at Saratov: infrastructure_disruption with both sides null (blind41 "
           "convention); the airport named by its city -> the city"),
    E("le06-15", DIS, D, L("Volgograd"), None, None,
      ev="The restrictions at Volgograd were lifted at 07:15",
      note="the same restrictions at Volgograd airport (lifted at 07:15): a second disruption at another place"),
]
# Not events: the emergencies department's equipment and rescuers (response), the Ukrainian channels' refinery claim
# (same event as le06-9, 'no official confirmation'), 'repeatedly attempted … since the beginning of the special
# military operation' (habitual history), the Read-more headline on the heat (furniture).
STATEMENTS = [
    S("Russian Defense Ministry", "RU", "intercepted and destroyed 112 Ukrainian fixed-wing unmanned aerial vehicles",
      "Russian Defense Ministry"),
    S("Irina Volkova", "RU", "the sky over the industrial zone turned orange", "resident of Saratov"),
]
# Not gold: the governor's quote (title only); Korenev speaks in reported speech only.
MUST_NOT = ["GOSINFORM", "Russian News Agency", "Russia | World | Politics | Economy | Special military operation | Science | Sport",
            "Incidents", "24 AUG, 09:31 Updated 24 AUG, 11:05",
            "Tags: Drone attacks, Saratov region, Volgograd region, Rostov region", "Read more",
            "Gosinform: heat to continue in southern Russia until the end of August",
            "© Gosinform 1999–2025. Mass media registration certificate No. FS 77-52917"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
