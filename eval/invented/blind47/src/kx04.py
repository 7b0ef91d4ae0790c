from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Moldova goes dark again after Russian strikes on Ukrainian grid; missile fragments found near Otaci"
TEXT = """CHIȘINĂU COURIER
Independent news from Moldova since 2011
RO | EN | RU
Politics | Economy | Society | Region | World | Opinion
This site uses cookies. Continue browsing or read our privacy policy.
Society › Energy
Moldova goes dark again after Russian strikes on Ukrainian grid; missile fragments found near Otaci
06.12.2022, 11:03 | Updated 13:20
Author: Mihaela Ciobanu
Large parts of Moldova were plunged into darkness on Monday afternoon for the third time in as many weeks, after Russian missile strikes on Ukraine's power system triggered the automatic disconnection of the Isaccea-Vulcănești high-voltage line, the main link between the Moldovan grid and the rest of Europe.

The line tripped at 14:22, according to the state grid operator. Power came back for most consumers within three hours, the Ministry of Energy said, although some villages in the north remained without electricity until late in the evening.

In Chișinău, trolleybuses stood still on every route for almost two hours, and traffic lights went out at the main intersections of the city centre. "People pushed a trolleybus out of the crossroads by hand, like in the nineties," said Victor Găină, who drives on route 22.

It was a missile, too, that a farmer stumbled upon on Tuesday morning - or rather what was left of one. The fragments lay in a field about two kilometres from the northern town of Otaci, which faces Ukraine across the Dniester. They were most likely the remains of a missile shot down by Ukrainian air defences during Monday's attack, the Interior Ministry said. Nobody was hurt; sappers cordoned off the field.

"This is the third time since October that debris has fallen on our territory. We will not get used to it," said Sergiu Cebanu, a spokesman for the Interior Ministry.

The Russian ambassador was summoned to the Foreign Ministry in Chișinău on Tuesday and handed a note of protest against what the ministry called strikes that "endanger the lives of Moldovan citizens".

Across the border, Russia fired more than 70 missiles at Ukraine on Monday, Kyiv said, and Ukrainian air defence shot down over 60 of them. In the neighbouring Odesa region two energy facilities were hit, and the city of Odesa was left without running water for several hours because its pumping stations lost power.

Moldova, which until this autumn bought most of its electricity from a power plant in the Transnistrian region and the rest from Ukraine, now depends on imports from Romania. The state energy trader bought additional volumes on Monday evening to cover the deficit, the ministry said.

"As long as our grid is synchronised with Ukraine's, every large attack on Ukraine will reach Moldovan homes," said Ion Stratan, an energy analyst at the Chișinău-based Nistru Energy Forum. The prime minister warned that further outages "cannot be excluded" this winter.
Follow the Courier on Telegram, Facebook and Instagram
Also in the Courier: Parliament extends the state of emergency by 60 days
© Chișinău Courier 2022. Republishing permitted with a link to the source.
"""
DOC = {"id": "kx04", "date": "2022-12-06", "source": "Chișinău Courier (Moldovan news site, English version)",
       "url": "https://chisinaucourier.example/en/society/energy/2022/12/06/moldova-dark-again-otaci-fragments", "text": TEXT}

D, MON = "2022-12-06", "2022-12-05"
EVENTS = [
    E("kx04-1", "missile_artillery_strike", MON, C("UA", "Ukraine"), "RU", "UA", claimant="Kyiv",
      weapons=[W("missile", launched=N(70, "at_least"))],
      note="'Russia fired more than 70 missiles at Ukraine on Monday' (5 Dec): the country wave, 'more than' = "
           "at_least"),
    E("kx04-2", "interception", MON, C("UA", "Ukraine"), "UA", "RU", parent="kx04-1",
      weapons=[W("missile", intercepted=N(60, "at_least"))],
      note="'Ukrainian air defence shot down over 60 of them' = at_least 60"),
    E("kx04-3", "missile_artillery_strike", MON, R("UA-51", "Odesa region"), "RU", "UA", parent="kx04-1",
      weapons=[W("missile")],
      note="'In the neighbouring Odesa region two energy facilities were hit' (no town named for the facilities -> "
           "region); the wave was missiles only"),
    E("kx04-4", "infrastructure_disruption", MON, L("Odesa"), "RU", "UA", parent="kx04-3",
      note="'the city of Odesa was left without running water for several hours because its pumping stations lost "
           "power'"),
    E("kx04-5", "infrastructure_disruption", MON, C("MD", "Moldova"), "RU", "MD", parent="kx04-1",
      note="'Large parts of Moldova were plunged into darkness on Monday afternoon' after the strikes tripped the "
           "Isaccea-Vulcănești line: the cause is the Russian strike -> RU->MD at country precision (blind37 kn01-9); "
           "the northern villages dark until evening are part of it"),
    E("kx04-6", "infrastructure_disruption", MON, L("Chisinau", name="Chișinău"), "RU", "MD", parent="kx04-5",
      note="'In Chișinău, trolleybuses stood still on every route for almost two hours' and traffic lights went out: "
           "the capital's own disruption, a child of the national outage"),
    E("kx04-7", "missile_artillery_strike", MON, L("Otaci", 2, "field near Otaci"), "RU", "MD", parent="kx04-1",
      fat=N(0), inj=N(0), weapons=[W("missile")],
      note="missile fragments in a field 'about two kilometres from' Otaci, found Tuesday but 'most likely the remains "
           "of a missile shot down … during Monday's attack' -> dated Monday (the fall), near X = precision 2, "
           "'Nobody was hurt' = 0/0; a Russian weapon landing on Moldovan soil = RU->MD (blind38 call 8); MD-OC"),
    E("kx04-8", "diplomatic_contact", D, L("Chisinau", name="Chișinău"), "MD", "RU",
      note="'The Russian ambassador was summoned to the Foreign Ministry in Chișinău on Tuesday': summons in the named "
           "capital"),
]
# Not events: 'for the third time in as many weeks' and 'the third time since October' (tallies), power returning
# within three hours (restoration), the farmer's find and the sappers' cordon (discovery and response; the fall is
# kx04-7), the purchase of additional volumes from Romania (commerce), the dependence on imports (background), the
# prime minister's 'cannot be excluded' (forecast, title-only speaker), the 'Also in the Courier' headline (furniture).
STATEMENTS = [
    S("Victor Găină", "MD", "People pushed a trolleybus out of the crossroads by hand", "trolleybus driver, Chișinău"),
    S("Sergiu Cebanu", "MD", "We will not get used to it", "spokesman, Moldovan Interior Ministry"),
    S("Ion Stratan", None, "every large attack on Ukraine will reach Moldovan homes",
      "energy analyst, Nistru Energy Forum"),
]
# Not gold: the Foreign Ministry's 'endanger the lives of Moldovan citizens' (institutional fragment), the prime
# minister's 'cannot be excluded' (title-only speaker).
MUST_NOT = ["CHIȘINĂU COURIER", "Independent news from Moldova since 2011", "RO | EN | RU",
            "Politics | Economy | Society | Region | World | Opinion",
            "This site uses cookies. Continue browsing or read our privacy policy.", "Society › Energy",
            "06.12.2022, 11:03 | Updated 13:20", "Author: Mihaela Ciobanu",
            "Follow the Courier on Telegram, Facebook and Instagram",
            "Also in the Courier: Parliament extends the state of emergency by 60 days",
            "© Chișinău Courier 2022. Republishing permitted with a link to the source."]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx04-1': 'Russia fired more than 70 missiles at Ukraine on Monday',
    'kx04-2': 'Ukrainian air defence shot down over 60 of them',
    'kx04-3': 'In the neighbouring Odesa region two energy facilities were hit',
    'kx04-4': 'the city of Odesa was left without running water for several hours',
    'kx04-5': 'Large parts of Moldova were plunged into darkness on Monday afternoon',
    'kx04-6': 'In Chișinău, trolleybuses stood still on every route for almost two hours',
    'kx04-7': "They were most likely the remains of a missile shot down by Ukrainian air defences during Monday's attack, the Interior Ministry said. Nobody was hurt",
    'kx04-8': 'The Russian ambassador was summoned to the Foreign Ministry in Chișinău on Tuesday',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
