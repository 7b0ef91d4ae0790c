from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, MOB, DIP, POL, with_evidence

TITLE = "Drone from Belarus comes down in forest near Nemenčinė; Vilnius airport shut for an hour"
TEXT = """NERIS INFO
LT | EN | RU | PL
Lithuania | World | Business | Opinion | Culture | Sport
Lithuania › Security
2025-07-29 11:14
Neris Info, BNA
Drone from Belarus comes down in forest near Nemenčinė; Vilnius airport shut for an hour
A drone that crossed into Lithuania from Belarus late on Monday came down in a forest near Nemenčinė, a town about 20 kilometres north-east of Vilnius, the army said on Tuesday. It did not explode, and nobody was hurt.

Radars picked up the object as it crossed the border near Šalčininkai at 21:47, according to the Joint Headquarters of the Lithuanian Armed Forces, and tracked it for roughly fourteen minutes before it vanished from their screens.

Soldiers and police found the wreck shortly after 6 a.m. on Tuesday, some 300 metres from a forest road.

"It was lying on its back in the ferns like a big broken toy. My dog found it before the soldiers did," said Rimantas Jurkevičius, who owns a plot of forest nearby.

Preliminary data point to a Gerbera, a cheap decoy drone that Russia launches at Ukraine by the hundreds to exhaust air defences, said Major Darius Vaitkus, a spokesman for the Joint Headquarters. "It carried no warhead. That does not make it harmless: the next one may not be a decoy," he said.

Two Spanish Eurofighters on NATO's Baltic air policing mission were scrambled from Šiauliai on Monday evening but did not make visual contact with the drone.

Vilnius airport suspended flights from 22:05 to 23:10 on Monday; four arriving planes were diverted to Kaunas and Riga.

On Tuesday morning, the Foreign Ministry in Vilnius summoned Belarus's chargé d'affaires and handed him a note of protest.

Only hours before the incident, on Monday afternoon, the government had approved a further 20 million euros for the joint production of drones with Ukraine.

The president said Lithuania would ask NATO allies for additional short-range air defence systems on the Belarusian border.

Laura Dambrauskaitė, a security researcher at the Vilnius Institute of Eastern Studies, said the route was not accidental. "Whoever sends these drones wants to know how long it takes us to see them and how long it takes us to react. Monday night gave them both numbers," she said.
Share on Facebook | Share on X | Copy link
Related: Lithuania to finish anti-drone wall on Belarus border by 2027
Subscribe to the Neris Info English newsletter
© Neris Info 2025. All rights reserved.
"""
DOC = {"id": "lh10", "date": "2025-07-29", "source": "Neris Info (Lithuanian national broadcaster's news site, English)",
       "url": "https://nerisinfo.example/en/lithuania/2025/07/29/drone-from-belarus-nemencine", "text": TEXT}

D, MON = "2025-07-29", "2025-07-28"
EVENTS = [
    E("lh10-1", ADS, MON, H("Nemencine", "forest near Nemenčinė"), "RU", "LT", fat=N(0), inj=N(0),
      weapons=[W("drone", "Gerbera")], claimant="Lithuanian Armed Forces",
      note="'A drone that crossed into Lithuania from Belarus late on Monday came down in a forest near Nemenčinė … It "
           "did not explode, and nobody was hurt': a Russian drone coming down on NATO soil = air_drone_strike RU -> LT "
           "with 0/0 (blind49 kz10-1, blind51 call 4); it vanished on Monday evening (found on Tuesday morning) -> 28 "
           "July; 'Preliminary data point to a Gerbera' = the model; near X = precision 2"),
    E("lh10-2", MOB, MON, H("Salcininkai", "border near Šalčininkai"), "RU", "LT", optional=True,
      note="'crossed the border near Šalčininkai at 21:47': the airspace crossing of the same drone, told as part of "
           "lh10-1 -> optional (a crossing without a crash is a military_mobilization, blind49 kz16-8)"),
    E("lh10-3", MOB, MON, C("LT", "Lithuania"), "ES", None,
      note="'Two Spanish Eurofighters on NATO's Baltic air policing mission were scrambled from Šiauliai on Monday "
           "evening': the scrambling state (ES) over the country it protects (blind49 kz10-2); Šiauliai is only their "
           "base"),
    E("lh10-4", DIS, MON, L("Vilnius"), None, None,
      note="'Vilnius airport suspended flights from 22:05 to 23:10 on Monday': an airport closure, sides null (blind49 "
           "call 5); the diversions are part of it"),
    E("lh10-5", DIP, D, L("Vilnius"), "LT", "BY",
      note="'On Tuesday morning, the Foreign Ministry in Vilnius summoned Belarus's chargé d'affaires and handed him a "
           "note of protest': a summons at the named capital (blind49 kz10-5)"),
    E("lh10-6", POL, MON, C("LT", "Lithuania"), "LT", "UA",
      note="'Only hours before the incident, on Monday afternoon, the government had approved a further 20 million euros "
           "for the joint production of drones with Ukraine': aid at the deciding country"),
]
# Not events: the radar track and its 'roughly fourteen minutes' (part of lh10-1), the wreck found 'shortly after 6
# a.m. on Tuesday' (discovery of lh10-1, not a second event), the Gerbera's use against Ukraine 'by the hundreds'
# (habit), 'the next one may not be a decoy' (speculation), the president's 'would ask NATO allies' (plan),
# Dambrauskaitė's analysis, the 'Related' headline (furniture). Not gold statements: none title-only quoted.
STATEMENTS = [
    S("Rimantas Jurkevičius", "LT", "My dog found it before the soldiers did", "forest owner near Nemenčinė"),
    S("Darius Vaitkus", "LT", "the next one may not be a decoy", "spokesman, Joint Headquarters"),
    S("Laura Dambrauskaitė", None, "Monday night gave them both numbers",
      "security researcher, Vilnius Institute of Eastern Studies"),
]
MUST_NOT = ["NERIS INFO", "LT | EN | RU | PL", "Lithuania | World | Business | Opinion | Culture | Sport", "Lithuania › Security",
            "2025-07-29 11:14", "Neris Info, BNA", "Share on Facebook | Share on X | Copy link",
            "Related: Lithuania to finish anti-drone wall on Belarus border by 2027",
            "Subscribe to the Neris Info English newsletter", "© Neris Info 2025. All rights reserved."]

EVIDENCE = {
    'lh10-1': "A drone that crossed into Lithuania from Belarus late on Monday came down in a forest near Nemenčinė",
    'lh10-2': "Radars picked up the object as it crossed the border near Šalčininkai at 21:47",
    'lh10-3': "Two Spanish Eurofighters on NATO's Baltic air policing mission were scrambled from Šiauliai on Monday evening",
    'lh10-4': "Vilnius airport suspended flights from 22:05 to 23:10 on Monday",
    'lh10-5': "On Tuesday morning, the Foreign Ministry in Vilnius summoned Belarus's chargé d'affaires and handed him a note of protest.",
    'lh10-6': "the government had approved a further 20 million euros for the joint production of drones with Ukraine",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
