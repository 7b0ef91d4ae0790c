from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drones pound Danube ports again as Romania scrambles jets"
TEXT = """DANUBE COURIER | English edition
Romania · Moldova · Black Sea · World · Business · Sport
Advertisement
Russian drones pound Danube ports again as Romania scrambles jets
Grain silos damaged in Izmail; residents of Galați watch explosions across the river
Andrei Munteanu, Galați correspondent
Tuesday, 26 September 2023, 11:48
Comments (41)

Russian drones struck port facilities on the Ukrainian bank of the Danube overnight, damaging grain silos in Izmail and injuring two port workers, Ukrainian officials said on Tuesday, in the latest of a series of attacks on the river route that Ukraine has used to export grain since Moscow quit the Black Sea grain deal in July.

Ukraine's air force said Russia launched 38 Shahed drones from the Crimean peninsula and the Krasnodar region overnight, mostly against the Odesa region, and that air defences destroyed 26 of them. The governor of the Odesa region said the attack on the Izmail district lasted more than three hours. In Izmail, drones hit a grain terminal and two silos, and a fire broke out that firefighters put out by morning. Two workers were injured.

In Reni, further upriver and directly opposite the Romanian town of Galați, debris from a downed drone damaged the roof of a private house, the governor said. Nobody was hurt.

Across the river in Galați, residents said they were woken by explosions shortly after 2 a.m. and saw fires on the Ukrainian bank. "The windows shook. You could see the flames from our balcony," said Mihaela Dobre, a 45-year-old teacher who lives near the Galați waterfront.

Romania's defence ministry said it scrambled two F-16 fighter jets during the night to monitor the situation and sent text alerts to residents of Tulcea county. It said no drone or fragment had fallen on Romanian territory. "We have not detected any violation of Romanian airspace tonight," ministry spokesman Colonel Dragoș Neagu told reporters in Bucharest.

Earlier this month, Romanian authorities found fragments of drones on Romanian soil near the Ukrainian border on two occasions, prompting NATO to say it would increase surveillance in the region. Bucharest has since built air-raid shelters in villages along the Danube and has proposed a law allowing its military to shoot down drones that enter Romanian airspace. The law has not yet been passed.

The attacks have disrupted Ukraine's grain exports via the Danube, which have risen sharply since July. Shipping agents in Izmail said several vessels that had been waiting to load had moved away from the port. Insurance premiums for ships calling at Danube ports have more than doubled since the summer.

Ukraine's foreign ministry called on NATO and the European Union to strengthen air defences along the river. Moldova's foreign ministry, whose country borders the Ukrainian Danube ports, said it was following the situation "with deep concern". Kyiv has asked Bucharest to allow ships to wait in Romanian waters, and talks on the matter are expected to continue next week.

World in brief

Sudan: Fighting between the army and the Rapid Support Forces continued in the Darfur city of El Fasher, where local activists said shelling of a market on Monday killed at least 12 civilians. Aid agencies warned that food supplies in the city would run out within weeks.

Nagorno-Karabakh: More than 20,000 ethnic Armenians have crossed into Armenia since the weekend, the Armenian government said, after Azerbaijan's offensive last week. A fuel depot explosion near Stepanakert on Monday evening injured dozens of people queueing for petrol.

Myanmar: A military airstrike on a village in the Sagaing region killed nine people, including four children, according to a local resistance group. The junta did not comment.

Libya: The death toll from flooding in the eastern city of Derna rose again on Monday as rescue teams recovered more bodies from the sea, the city's authorities said.

United States: Congressional leaders remained deadlocked over a spending bill as a possible government shutdown at the end of the month drew closer.

More news
Bulgarian farmers block border crossings over Ukrainian grain imports
Chișinău mayor announces re-election bid
ECB's Lagarde warns of persistent inflation
Constanța port records busiest August on record
Read the Danube Courier newsletter every weekday morning
© 2023 Danube Courier SRL. Reproduction without permission prohibited.
"""
DOC = {"id": "kb07", "date": "2023-09-26", "source": "Danube Courier (Romanian English-language news site)",
       "url": "https://danubecourier.example.ro/en/black-sea/russian-drones-pound-danube-ports-again", "text": TEXT}

D = "2023-09-26"
EVENTS = [
    E("kb07-1", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(38))],
      note="overnight wave of 38 Shaheds, reported on Tuesday: the publication day; launch areas (Crimea, Krasnodar) "
           "are origins, not places"),
    E("kb07-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(26))], note="air defences destroyed 26"),
    E("kb07-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(2), parent="kb07-1",
      note="grain terminal and silos in Izmail, two workers injured; 'the Izmail district' attack is the same"),
    E("kb07-4", "air_drone_strike", D, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), parent="kb07-1",
      note="debris of a downed drone damaged a house in Reni: a child strike (blind8 call 4), 'Nobody was hurt' = 0/0"),
    E("kb07-5", "military_mobilization", D, C("RO", "Romania"), "RO", None,
      note="Romania scrambled two F-16s 'during the night' (no base named: country) and sent alerts; 'no drone or "
           "fragment had fallen' and 'not detected any violation' are negations, no event in Galați or Tulcea"),
    E("kb07-6", "air_drone_strike", "2023-09-01", C("RO", "Romania"), "RU", "RO", prec="month", end="2023-09-25",
      optional=True,
      note="'Earlier this month … found fragments of drones on Romanian soil … on two occasions': recalled without a "
           "day, optional; the proposed law (not passed) and expected talks are not events"),
]
STATEMENTS = [
    S("Mihaela Dobre", "RO", "You could see the flames from our balcony"),
    S("Dragoș Neagu", "RO", "We have not detected any violation of Romanian airspace tonight",
      role="defence ministry spokesman"),
]
MUST_NOT = ["DANUBE COURIER | English edition", "Romania · Moldova · Black Sea · World · Business · Sport",
            "Advertisement", "Andrei Munteanu, Galați correspondent", "Tuesday, 26 September 2023, 11:48",
            "Comments (41)", "More news", "Bulgarian farmers block border crossings over Ukrainian grain imports",
            "Chișinău mayor announces re-election bid", "ECB's Lagarde warns of persistent inflation",
            "Constanța port records busiest August on record",
            "Read the Danube Courier newsletter every weekday morning",
            "© 2023 Danube Courier SRL. Reproduction without permission prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
