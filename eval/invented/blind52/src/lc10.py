from common import E, L, H, R, C, N, W, S, gold, ADS, POL, DIP

TITLE = "Latvia lets Ukraine strike Russian soil with its weapons; Saeima gives army right to down drones"
TEXT = """GAUJA NEWS
Latvia in English, every day
LV | EN | RU
Latvia | Baltics | Defence | Economy | Culture | Weather
Security & Defence
30.05.2024 17:48
Author: Kristaps Liepiņš
Latvia lets Ukraine strike Russian soil with its weapons; Saeima gives army right to down drones
Ukraine may use weapons supplied by Latvia against military targets on Russian territory, the government decided at its Tuesday meeting, the defence minister told Gauja News on Thursday. The decision had not been announced at the time.

Two days later, on Thursday, the Saeima adopted in the final reading amendments to the National Armed Forces law that allow the army to shoot down drones violating Latvian airspace without first consulting NATO allies. Seventy-one deputies voted in favour, eight against.

"We should not have to phone anyone abroad before we shoot at an object flying over Rēzekne," said Aivars Ozolkalns, a member of the Saeima's defence committee.

The law was drafted in a hurry. Late on Sunday, a drone crashed into a field on the edge of Rēzekne; nobody was hurt. According to the National Armed Forces, it had entered Latvian airspace from Russia about forty minutes earlier, and no fighter jets were sent up to intercept it.

"It sounded like a tractor falling out of the sky. Then there was a bang and a smell of petrol," said Jānis Kalniņš, whose barn stands about 300 metres from the crater.

A criminal case has been opened by the State Police, and the wreckage has been handed over to military experts.

On Wednesday, the defence minister hosted his Estonian and Lithuanian counterparts in Riga, where they discussed a joint network of drone detectors along the three countries' eastern borders. A final decision on its funding is expected in the autumn.

The president has ten days to proclaim the amended law. If he does, it will take effect the day after its publication. Estonia and Lithuania could take similar steps, officials in Tallinn and Vilnius said.

"For Riga, the permission is mostly symbolic. Most of what Latvia has sent does not fly far enough to reach Russia," said Mārtiņš Vītols, a researcher at the Baltic Defence Studies Centre.

Latvia has given Ukraine military aid worth more than 1% of its GDP since 2022.
Follow Gauja News on X and Facebook
Did you notice a typo? Select the text and press Ctrl+Enter.
Related: Border guards report record number of attempted crossings from Belarus
© Gauja News 2024
"""
DOC = {"id": "lc10", "date": "2024-05-30", "source": "Gauja News (Latvian news site, English)",
       "url": "https://gauja.example/en/defence/latvia-lets-ukraine-strike-russian-soil-saeima-drones", "text": TEXT}

D, WED, TUE, SUN = "2024-05-30", "2024-05-29", "2024-05-28", "2024-05-26"
EVENTS = [
    E("lc10-1", POL, TUE, C("LV", "Latvia"), "LV", "UA",
      ev="Ukraine may use weapons supplied by Latvia against military targets on Russian territory, the government decided at its Tuesday meeting",
      note="the permission 'decided at its Tuesday meeting' (28 May), told Thursday: a policy_decision dated the day "
           "it was made, at the deciding country (blind43 kt02-1)"),
    E("lc10-2", POL, D, C("LV", "Latvia"), "LV", None,
      ev="Two days later, on Thursday, the Saeima adopted in the final reading amendments to the National Armed Forces law",
      note="'Two days later, on Thursday' (30 May) the Saeima adopted the amendments letting the army shoot down "
           "drones: a decision about the war at the deciding country; the law's entry into force is future"),
    E("lc10-3", ADS, SUN, H("Rezekne", "field on the edge of Rēzekne"), "RU", "LV", fat=N(0), inj=N(0),
      weapons=[W("drone")], family=["military_mobilization"],
      ev="Late on Sunday, a drone crashed into a field on the edge of Rēzekne; nobody was hurt.",
      note="drone crashed 'Late on Sunday' (26 May) in a field on the edge of Rēzekne, having entered 'from Russia': "
           "a drone coming down on NATO soil = air_drone_strike RU -> LV, 0/0, edge of X = precision 2 (blind43 call "
           "9); its entry 'from Russia' is part of the same incident (military_mobilization accepted); 'no fighter jets "
           "were sent up' is no mobilization"),
    E("lc10-4", DIP, WED, L("Riga"), "LV", None,
      ev="On Wednesday, the defence minister hosted his Estonian and Lithuanian counterparts in Riga",
      note="'On Wednesday' (29 May) the Latvian minister hosted the Estonian and Lithuanian ministers in Riga: meeting "
           "at a named place, the host (the subject) as actor1"),
]
# Not events: 'The decision had not been announced at the time', 'The law was drafted in a hurry', the criminal case
# and the wreckage handed over (procedure), 'no fighter jets were sent up' (negation), the detector network's funding
# decision 'expected in the autumn' (future), the president's ten days and 'it will take effect' (future,
# conditional), 'Estonia and Lithuania could take similar steps' (modal), aid 'since 2022' (cumulative), the Related
# headline (furniture).
STATEMENTS = [
    S("Aivars Ozolkalns", "LV", "We should not have to phone anyone abroad", "member of the Saeima defence committee"),
    S("Jānis Kalniņš", "LV", "It sounded like a tractor falling out of the sky", "farmer near Rēzekne"),
    S("Mārtiņš Vītols", None, "the permission is mostly symbolic", "researcher, Baltic Defence Studies Centre"),
]
MUST_NOT = ["GAUJA NEWS", "Latvia in English, every day", "LV | EN | RU",
            "Latvia | Baltics | Defence | Economy | Culture | Weather", "Security & Defence", "30.05.2024 17:48",
            "Author: Kristaps Liepiņš", "Follow Gauja News on X and Facebook",
            "Did you notice a typo? Select the text and press Ctrl+Enter.",
            "Related: Border guards report record number of attempted crossings from Belarus", "© Gauja News 2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
