from common import E, L, R, C, N, W, S, gold

TITLE = "Missile hits grain ship in Chornomorsk port, crew member killed"
TEXT = """PRYCHORNOMORIA TODAY · Odesa region news
Missile hits grain ship in Chornomorsk port, crew member killed
09.11.2023 · Updated 14:32
Photo: Odesa Regional Military Administration

A Russian missile struck a Panama-flagged bulk carrier loading grain in the port of Chornomorsk on Wednesday evening, killing a crew member and wounding five others, the head of the Odesa regional military administration, Yurii Stepaniuk, said.

The ship was hit by a Kh-31P anti-radar missile fired from a Su-24 aircraft over the Black Sea, according to Ukraine's southern defence forces. Among the injured was a Ukrainian port pilot; the other four were foreign crew members. The dead sailor was an Egyptian national, Stepaniuk said. A fire broke out in the engine room and was put out by morning.

"This is a deliberate attack on global food security," Stepaniuk said. The vessel was carrying about 30,000 tonnes of wheat.

Overnight into Thursday, Russia attacked southern Ukraine with 14 Shahed-type drones launched from Cape Chauda in Crimea, the Ukrainian Air Force said. Air defences destroyed 11 of them over the Odesa and Mykolaiv regions.

In the Izmail district, debris from a downed drone damaged two warehouses at a port facility, and a 58-year-old security guard was hospitalised, regional officials said.

On Monday, a civilian cargo ship heading to Izmail hit a drifting sea mine off the coast of the Odesa region near Vylkove, the Navy said. The vessel was damaged but stayed afloat, and two crew members were lightly injured.

Navy spokesman Dmytro Hnatiuk said Russia "could attempt to mine the approaches to the corridor again" and that the risk from drifting mines "will remain for years, even after the war". Since the temporary corridor opened in August, more than 150 ships have used it, according to the Ukrainian Sea Ports Authority.
Read also: Insurers raise war-risk premiums for Black Sea voyages
Subscribe to our Telegram channel: t.me/prychornomoria_today
"""
DOC = {"id": "w08", "date": "2023-11-09", "source": "Prychornomoria Today",
       "url": "https://prychornomoria.example/news/2023-11-09-chornomorsk-grain-ship-missile", "text": TEXT}

D = "2023-11-09"
EVENTS = [
    E("w08-1", "missile_artillery_strike", "2023-11-08", L("Chornomorsk"), "RU", "UA", fat=N(1), inj=N(5),
      weapons=[W("missile", "Kh-31P", launched=N(1))], claimant="Yurii Stepaniuk"),
    E("w08-2", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(14))], claimant="Ukrainian Air Force"),
    E("w08-3", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(11))],
      claimant="Ukrainian Air Force"),
    E("w08-4", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", optional=True),
    E("w08-5", "interception", D, R("UA-48", "Mykolaiv region"), "UA", "RU", optional=True),
    E("w08-6", "air_drone_strike", D, L("Izmail", 2, "Izmail district"), "RU", "UA", inj=N(1), parent="w08-2",
      claimant="regional officials"),
    E("w08-7", "remote_explosive", "2023-11-06", L("Vylkove", 2, "off the coast near Vylkove"), None, None, inj=N(2),
      claimant="Ukrainian Navy"),
]
STATEMENTS = [
    S("Yurii Stepaniuk", "UA", "This is a deliberate attack on global food security", "head of Odesa regional military administration"),
    S("Dmytro Hnatiuk", "UA", "will remain for years, even after the war", "Ukrainian navy spokesman"),
]
MUST_NOT = ["PRYCHORNOMORIA TODAY · Odesa region news", "09.11.2023 · Updated 14:32",
            "Photo: Odesa Regional Military Administration",
            "Read also: Insurers raise war-risk premiums for Black Sea voyages",
            "Subscribe to our Telegram channel: t.me/prychornomoria_today"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
