from common import E, L, R, C, N, W, S, gold

TITLE = "Drone crashes in Daugavpils industrial zone; Latvia to close eastern airspace for two weeks"
TEXT = """DAUGAVA POST
Latvian public media in English
LV | EN | RU
News | Defence | Economy | Culture | Features
Defence & Security
08.10.2024 14:05
Drone crashes in Daugavpils industrial zone; Latvia to close eastern airspace for two weeks
Author: Kristaps Ozols
Main photo: National Armed Forces
A military-type drone crashed onto a vacant lot in an industrial zone of Daugavpils, Latvia's second-largest city, some 25 kilometres from the Belarusian border, late on Monday, the National Armed Forces (NAF) said on Tuesday. Nobody was injured; the blast broke windows in a nearby warehouse.

Investigators who examined the wreckage overnight found the remains of a warhead, and the NAF said the drone was most likely a Russian Gerbera-type decoy that had strayed across Belarus from an attack on Ukraine.

"The drone flew low, below the altitude at which our radars see everything. That is precisely the gap we have to close," Lieutenant Colonel Artūrs Zvaigzne, a spokesman for the NAF, told the Daugava Post.

Two Portuguese F-16 fighters flying NATO's Baltic air policing mission were sent up from Šiauliai in Lithuania, where the allied jets are based, once the object was detected, but it came down before they reached the area.

Inese Kalniņa, who lives in a house across the road from the lot, heard it fall. "There was a motor like a scooter above the roofs and then a bang. In the morning the soldiers were already at my gate," she said.

At an extraordinary meeting on Tuesday, the government decided to close the airspace over the eastern border area to civilian aircraft below 6,000 metres for two weeks, starting on Wednesday. The restriction may be extended.

Russia's chargé d'affaires was called in to the Foreign Ministry in Riga on Tuesday afternoon and given a formal protest. Moscow has not commented.

It is the second such incident in less than three weeks. On 19 September, a drone crossed into Latvian airspace from Russia in the east of the country and flew for about four minutes before turning back, the NAF said at the time.

Defence analyst Māris Ozoliņš of the Riga Centre for Security Studies said the incidents should not be seen as accidents. "For Moscow this is a cheap way of measuring how fast NATO reacts on its eastern edge, and how loudly," he said.

The State Police have opened a criminal case.
Spotted a mistake? Highlight it and press Ctrl+Enter
Related: Saeima to debate shooting down drones without NATO approval
Daugava Post © 2024
"""
DOC = {"id": "kt09", "date": "2024-10-08", "source": "Daugava Post (Latvian public media, English)",
       "url": "https://daugavapost.example/en/defence/drone-crashes-in-daugavpils-airspace-closed.a571203/", "text": TEXT}

D, MON, SEP19 = "2024-10-08", "2024-10-07", "2024-09-19"
EVENTS = [
    E("kt09-1", "air_drone_strike", MON, L("Daugavpils"), "RU", "LV", fat=N(0), inj=N(0),
      weapons=[W("drone", "Gerbera")],
      note="a drone with a warhead 'crashed onto a vacant lot in an industrial zone of Daugavpils … late on Monday' "
           "(7 Oct; said on Tuesday); 'Nobody was injured' = 0/0; most likely Russian -> RU->LV (blind41 kr10-1); in "
           "the city = precision 1 (LV-DGV)"),
    E("kt09-2", "military_mobilization", MON, C("LV", "Latvia"), "PT", "RU",
      note="'Two Portuguese F-16 fighters … were sent up' after the detection (late Monday): the scrambling state "
           "(PT) over Latvia (blind41 call 7); Šiauliai is only their base"),
    E("kt09-3", "policy_decision", D, C("LV", "Latvia"), "LV", None, family=["infrastructure_disruption"],
      note="'At an extraordinary meeting on Tuesday, the government decided to close the airspace … starting on "
           "Wednesday': a government decision dated the day it was taken (the closure itself begins after "
           "publication)"),
    E("kt09-4", "diplomatic_contact", D, L("Riga"), "LV", "RU",
      note="'Russia's chargé d'affaires was called in to the Foreign Ministry in Riga on Tuesday afternoon': a summons "
           "in the named capital (agentless passive)"),
    E("kt09-5", "military_mobilization", SEP19, C("LV", "Latvia"), "RU", "LV",
      note="recalled with its date: 'On 19 September, a drone crossed into Latvian airspace from Russia in the east of "
           "the country and flew for about four minutes before turning back': airspace violation = "
           "military_mobilization RU->LV (blind41 call 7); no place named -> country"),
]
# Not events: the wreckage examined 'overnight' (investigation), 'The restriction may be extended' (modal), 'Moscow
# has not commented', 'the second such incident in less than three weeks' (tally), the criminal case (procedure), the
# 'Related' headline (furniture: a debate, future).
STATEMENTS = [
    S("Artūrs Zvaigzne", "LV", "That is precisely the gap we have to close", "spokesman, National Armed Forces"),
    S("Inese Kalniņa", "LV", "In the morning the soldiers were already at my gate", "resident of Daugavpils"),
    S("Māris Ozoliņš", None, "a cheap way of measuring how fast NATO reacts on its eastern edge",
      "defence analyst, Riga Centre for Security Studies"),
]
MUST_NOT = ["DAUGAVA POST", "Latvian public media in English", "LV | EN | RU", "News | Defence | Economy | Culture | Features",
            "Defence & Security", "08.10.2024 14:05", "Author: Kristaps Ozols", "Main photo: National Armed Forces",
            "Spotted a mistake? Highlight it and press Ctrl+Enter",
            "Related: Saeima to debate shooting down drones without NATO approval", "Daugava Post © 2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
