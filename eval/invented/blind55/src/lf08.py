from common import E, L, R, C, N, W, S, H, P, gold, MAS, TER, LOO, REX, DIS, ADS

TITLE = "Kherson back under Ukrainian control; retreating Russian troops blew up spans of Antonivskyi bridge"
TEXT = """UKRVISTI
National News Agency of Ukraine
UA | EN | DE | FR | ES | PL | JA
War | Politics | Economy | Society | Regions | World | Photo
Regions › Kherson region
Kherson back under Ukrainian control; retreating Russian troops blew up spans of Antonivskyi bridge
12.11.2022 16:20
Views: 2 914
Ukrainian troops entered Kherson on Friday, November 11, and the city is again under the control of Ukraine, the Main Intelligence Directorate of the Ministry of Defense has reported.

"Kherson is returning under the control of Ukraine, units of the Armed Forces of Ukraine are entering the city," the statement reads.

Earlier on Friday, the Russian Defense Ministry announced that it had completed the withdrawal of its troops to the left bank of the Dnipro at 05:00 Moscow time, claiming that "not a single unit" of military equipment had been left on the right bank.
Read also: Residents of liberated villages in Kherson region: "They took the tractors, even the beehives"
According to the Operational Command South, the retreating Russian troops blew up several spans of the Antonivskyi road bridge across the Dnipro in the early hours of Friday.

"They blew the spans so that nobody could follow them across. It also tells us they are not planning to come back soon," Oleh Berezhnyi, a spokesman for the Southern Defence Forces, told Ukrvisti.

A day earlier, on Thursday, November 10, Ukrainian soldiers raised the national flag over Snihurivka in the Mykolaiv region, the head of the Mykolaiv Regional Military Administration reported. In total, 41 settlements in the south have been liberated since Wednesday, the President of Ukraine said in his evening address on Friday.

On Friday evening, hundreds of Kherson residents gathered in Freedom Square, singing the national anthem and wrapping the soldiers in flags.

"For eight months I kept the flag rolled up inside the piano. Yesterday I took it out, and nobody told me to put it back," said Anatolii Pylypenko, 70, who stayed in the city throughout the occupation.

Kherson has no electricity, water or heating, the head of the Kherson Regional Military Administration said on Saturday. Before retreating, the occupiers mined and destroyed the city's power equipment and the television tower, he said.
Photo: Southern Defence Forces
Meanwhile, Mykolaiv is burying its dead. Overnight into Friday, Russian troops struck the city with S-300 missiles, hitting a five-storey residential building. By Saturday morning rescuers had recovered the bodies of seven people from the rubble, the head of the Mykolaiv Regional Military Administration reported.

On Saturday morning, a sapper of the State Emergency Service was wounded when an explosive device went off on the Mykolaiv–Kherson highway near Chornobaivka, the service reported. Deminers say the roads, buildings and fields around the city are full of mines and tripwires.

"Every courtyard is a question. We clear the road first, then the hospital, then the water pumps," said Vadym Stetsenko, who leads a demining group of the State Emergency Service.

On the left bank, the Russian-installed authorities in Nova Kakhovka claimed that Ukrainian HIMARS rockets had hit the town on Friday afternoon, wounding three people. The Southern Defence Forces did not comment.
Read also: President: "This is the beginning of the end of the war"
When citing and using any materials on the Internet, hyperlinks to ukrvisti.example no lower than the opening paragraph are mandatory.
Subscribe to our channels in Telegram, Viber and on YouTube
"""
DOC = {"id": "lf08", "date": "2022-11-12", "source": "Ukrvisti (Ukrainian national news agency, English service)",
       "url": "https://www.ukrvisti.example/en/regions/kherson/3613388-kherson-back-under-ukrainian-control.html",
       "text": TEXT}

D, FRI, THU, WED = "2022-11-12", "2022-11-11", "2022-11-10", "2022-11-09"
EVENTS = [
    E("lf08-1", TER, FRI, L("Kherson"), "UA", "RU", claimant="Main Intelligence Directorate of Ukraine",
      evidence="Ukrainian troops entered Kherson on Friday, November 11, and the city is again under the control of Ukraine",
      note="Ukraine regains the city on Friday 11 November -> territory_change, actor1 UA (the side that regains)"),
    E("lf08-2", LOO, FRI, H("Antonivka", "Antonivskyi bridge near Antonivka"), "RU", "UA", family=[REX],
      claimant="Operational Command South",
      evidence="the retreating Russian troops blew up several spans of the Antonivskyi road bridge across the Dnipro in the early hours of Friday",
      note="demolition of a bridge by the retreating troops 'in the early hours of Friday': destruction of property -> "
           "looting_destruction (explosives, so remote_explosive accepted); the bridge starts at the Kherson suburb "
           "Antonivka (713304) -> precision 2 (blind49 kz14-4: the Crimean bridge near Kerch); no casualties stated"),
    E("lf08-3", TER, THU, L("Snihurivka"), "UA", "RU",
      evidence="A day earlier, on Thursday, November 10, Ukrainian soldiers raised the national flag over Snihurivka in the Mykolaiv region",
      note="'A day earlier, on Thursday, November 10': raising the flag over a town = Ukraine regains it; Snihurivka "
           "693379 (Mykolaiv oblast)"),
    E("lf08-4", TER, WED, C("UA", "Ukraine"), "UA", "RU", end=FRI, prec="range", agg=True, optional=True,
      claimant="president of Ukraine",
      evidence="In total, 41 settlements in the south have been liberated since Wednesday, the President of Ukraine said in his evening address on Friday",
      note="a tally of settlements 'since Wednesday' said on Friday -> range 9-11 November, aggregate, places in two "
           "oblasts -> country; optional like other territory tallies"),
    E("lf08-5", TER, FRI, P("UA-65", "right bank of the Dnipro, Kherson region"), "UA", "RU", optional=True,
      claimant="Russian Ministry of Defence",
      evidence="the Russian Defense Ministry announced that it had completed the withdrawal of its troops to the left bank of the Dnipro at 05:00 Moscow time",
      note="the MoD's completed withdrawal from the right bank (Friday, 05:00): ground handed over on a whole bank of a "
           "region, overlapping lf08-1 -> optional, part of the region at precision 2"),
    E("lf08-6", DIS, D, L("Kherson"), "RU", "UA", optional=True,
      evidence="Kherson has no electricity, water or heating, the head of the Kherson Regional Military Administration said on Saturday",
      note="a state reported on Saturday whose start is not dated (the destruction happened 'Before retreating') -> "
           "optional disruption, dated by the report; the destruction itself has no day and is not separately listed"),
    E("lf08-7", MAS, FRI, L("Mykolaiv"), "RU", "UA", fat=N(7), weapons=[W("missile", "S-300")],
      evidence="Overnight into Friday, Russian troops struck the city with S-300 missiles, hitting a five-storey residential building",
      note="'Overnight into Friday' = 11 November; 'By Saturday morning … the bodies of seven people' -> 7 killed (the "
           "latest count the page gives); S-300 used against a ground target -> missile (ANNOTATION 4)"),
    E("lf08-8", REX, D, H("Chornobaivka", "Mykolaiv–Kherson highway near Chornobaivka"), None, "UA", inj=N(1),
      evidence="On Saturday morning, a sapper of the State Emergency Service was wounded when an explosive device went off on the Mykolaiv–Kherson highway near Chornobaivka",
      note="an explosive device on a road 'near Chornobaivka' on Saturday: remote_explosive, one injured; the device's "
           "layer is not named in the sentence (the deminers' general remark names no one) -> actor1 null (blind44 "
           "call 5)"),
    E("lf08-9", MAS, FRI, L("Nova Kakhovka"), "UA", None, inj=N(3), weapons=[W("mlrs", "HIMARS")],
      claimant="Russian-installed authorities of Nova Kakhovka",
      evidence="the Russian-installed authorities in Nova Kakhovka claimed that Ukrainian HIMARS rockets had hit the town on Friday afternoon, wounding three people",
      note="an occupation authority's claim keeps the claimed attacker UA with actor2 null (blind51 call 5); HIMARS = "
           "mlrs; 'on Friday afternoon' = 11 November; 3 wounded; 'did not comment' is no denial"),
]
# Not events: the Main Intelligence Directorate's quoted statement (repeats lf08-1), 'not a single unit' (a claim inside
# lf08-5), the gathering in Freedom Square on Friday evening (a celebration, no demonstration), Pylypenko's flag, the
# mining and destruction of the power equipment and the television tower 'Before retreating' (no day; its consequence is
# lf08-6), 'Mykolaiv is burying its dead', the deminers' 'full of mines and tripwires' (state), 'did not comment'. Quoted
# fragments that are not gold statements: the directorate's statement (institution), "not a single unit" (ministry), and
# the quotations inside the two 'Read also' headlines (furniture; the president appears by title only). Masthead, the
# agency line, language row, menu, breadcrumb, date, views, both 'Read also' lines, the own-line photo credit, the
# citing rule and the subscribe line are furniture.
STATEMENTS = [
    S("Oleh Berezhnyi", "UA", "They blew the spans so that nobody could follow them across",
      "spokesman, Southern Defence Forces"),
    S("Anatolii Pylypenko", "UA", "For eight months I kept the flag rolled up inside the piano", "resident of Kherson"),
    S("Vadym Stetsenko", "UA", "We clear the road first, then the hospital, then the water pumps",
      "head of a demining group, State Emergency Service"),
]
MUST_NOT = ["UKRVISTI", "National News Agency of Ukraine", "UA | EN | DE | FR | ES | PL | JA",
            "War | Politics | Economy | Society | Regions | World | Photo", "Regions › Kherson region", "12.11.2022 16:20",
            "Views: 2 914",
            "Read also: Residents of liberated villages in Kherson region: \"They took the tractors, even the beehives\"",
            "Photo: Southern Defence Forces", "Read also: President: \"This is the beginning of the end of the war\"",
            "When citing and using any materials on the Internet, hyperlinks to ukrvisti.example no lower than the opening paragraph are mandatory.",
            "Subscribe to our channels in Telegram, Viber and on YouTube"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
