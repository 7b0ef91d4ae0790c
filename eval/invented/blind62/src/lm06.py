from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, REX, MAS

TITLE = "HUR: fuel train derailed in Bryansk region, Borisoglebsk airfield hit, car bomb in occupied Melitopol"
TEXT = """УКРАЇНСЬКА ХВИЛЯ · UKRAINSKA KHVYLIA
UA | EN
News | War | Politics | Economy | Society | World | Columns
Home / War / Intelligence
HUR: fuel train derailed in Bryansk region, Borisoglebsk airfield hit, car bomb in occupied Melitopol
24.06.2025 14:52
Author: Bohdan Lysak
Ukraine's Defence Intelligence (HUR) has described three operations carried out deep behind the front line over the past three days, according to sources in the service and its own statements. The Russian side has confirmed two of the incidents, but with different details.

The train. In the night to Monday, an explosion under a freight train carrying fuel derailed eleven tank cars near Unecha in Russia's Bryansk region, a source in HUR told Ukrainska Khvylia. According to the source, the train was carrying diesel for units in the Kursk direction, and the explosive device was planted by members of the Russian resistance working with the service.

Russian Railways gave a shorter version: nine cars had left the rails "as a result of interference by unauthorised persons in the operation of rail transport", and nobody had been hurt. Traffic on the Unecha–Klintsy section was suspended for 14 hours, the railway said.

"Half the village went out to look at the fire. The tanks burned all morning, and the smoke went towards Klintsy," one resident of a village near Unecha wrote on VKontakte; the post was later deleted.

The airfield. Overnight, HUR drones struck the Borisoglebsk military airfield in the Voronezh region, the service said on Tuesday. According to HUR, two Su-34 fighter-bombers and a fuel storage facility were hit; satellite images to confirm this are not yet available.

The Voronezh governor wrote in the morning that drone debris had fallen "at an industrial site" in the Borisoglebsk urban district, starting a fire, and that there were no casualties. Russia's Defence Ministry said its air defences had destroyed 41 drones over Russian regions overnight, five of them over the Voronezh region. Voronezh airport was closed to flights for four hours.

"Borisoglebsk is where the Su-34s that drop glide bombs on Kharkiv and Sumy take off from. Every aircraft that stays on the ground there is a day without bombs for those cities," said Taras Olefirenko, a spokesman for HUR.

The car. On Monday morning, a car exploded in the centre of occupied Melitopol. According to HUR, two Russian officers of a logistics unit were killed. The occupation administration of the Zaporizhzhia region said only that one serviceman had been wounded and that "the terrorists will be found".

Earlier strike. The service also released footage which, it says, shows a drone hitting a Pantsir-S1 air defence system near Novoozerne in western Crimea on Sunday. The Russian side has not commented.

"Intelligence services like to bundle their successes into one day of news. Separately, each of these incidents is small; together they show that the Russian rear is not a rear any more," said Martina Holub, a researcher at the Prague Centre for Security Studies.
Photo: HUR press service
Read also: How HUR's drones reach airfields 1,000 km from the border
Support independent journalism: khvylia.example/support
Tags: HUR, Bryansk region, Borisoglebsk, Melitopol, Crimea
© 2025 Ukrainska Khvylia
"""
DOC = {"id": "lm06", "date": "2025-06-24", "source": "Ukrainska Khvylia (Ukrainian national news site, English edition)",
       "url": "https://khvylia.example/en/war/2025/06/24/hur-train-borisoglebsk-melitopol", "text": TEXT}

D, MON, SUN = "2025-06-24", "2025-06-23", "2025-06-22"
HUR = "Ukrainian Defence Intelligence (HUR)"
EVENTS = [
    E("lm06-1", "remote_explosive", MON, H("Unecha", "near Unecha"), "UA", "RU", fat=N(0), inj=N(0), claimant=HUR,
      evidence="In the night to Monday, an explosion under a freight train carrying fuel derailed eleven tank cars near "
               "Unecha in Russia's Bryansk region",
      note="'In the night to Monday' in a Tuesday page = 23 Jun; a planted explosive device under a train = "
           "remote_explosive (IED), claimed by HUR's resistance partners -> actor1 UA; near X = precision 2; Russian "
           "Railways' version of the same incident (nine cars, 'interference by unauthorised persons') is the same event; "
           "its 'nobody had been hurt' -> 0/0; 11 vs 9 cars are not counted fields"),
    E("lm06-2", DIS, MON, H("Unecha", "Unecha-Klintsy section"), "UA", "RU", parent="lm06-1",
      claimant="Russian Railways",
      evidence="Traffic on the Unecha–Klintsy section was suspended for 14 hours, the railway said.",
      note="a railway section closed by the derailment for 14 hours: disruption caused by the sabotage, starting at "
           "Unecha (precision 2)"),
    E("lm06-3", ADS, D, H("Borisoglebsk", "Borisoglebsk military airfield"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant=HUR,
      evidence="Overnight, HUR drones struck the Borisoglebsk military airfield in the Voronezh region, the service said "
               "on Tuesday.",
      note="'Overnight' said on Tuesday = 24 Jun; an airfield outside the town = precision 2; the governor's debris 'at an "
           "industrial site' in the Borisoglebsk urban district is the other side's account of the same "
           "incident -> one event; 'there were no casualties' -> 0/0; HUR's two Su-34s are no counted field"),
    E("lm06-4", INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(41))],
      evidence="its air defences had destroyed 41 drones over Russian regions overnight",
      note="the MoD's night total over Russia -> country interception"),
    E("lm06-5", INT, D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent="lm06-4",
      claimant="Russian Ministry of Defence", weapons=[W("drone", intercepted=N(5))],
      evidence="five of them over the Voronezh region",
      note="a region with its own count -> required"),
    E("lm06-6", "remote_explosive", MON, L("Melitopol"), "UA", "RU", claimant=HUR,
      evidence="On Monday morning, a car exploded in the centre of occupied Melitopol.",
      note="a car bomb (HUR claims it) on Monday 23 Jun in occupied Melitopol (UA-23) = remote_explosive UA -> RU; the "
           "tolls conflict (HUR: two officers killed; the occupation administration: one serviceman wounded) -> "
           "fatalities and injured left absent (neither side's figure is the gold), the two claims kept in the note"),
    E("lm06-7", ADS, SUN, H("Novoozerne", "near Novoozerne"), "UA", "RU", weapons=[W("drone")], claimant=HUR,
      evidence="a drone hitting a Pantsir-S1 air defence system near Novoozerne in western Crimea on Sunday",
      note="'on Sunday' = 22 Jun (footage released later); near X = precision 2 (Novoozerne, Crimea UA-43); no Russian "
           "comment"),
]
# Not events: the diesel 'for units in the Kursk direction' (purpose), the resident's deleted post (quote, no new
# incident), satellite images 'not yet available', the occupation's 'the terrorists will be found' (threat), Voronezh
# airport closed for four hours (airport closure: not an event in this set), 'The Russian side has not commented'
# (negation), the researcher's view. Furniture: Cyrillic masthead, language row, menu, breadcrumb, date, author, own-line
# photo credit, 'Read also' line, support line, tags, ©.
STATEMENTS = [
    S("Taras Olefirenko", "UA", "Every aircraft that stays on the ground there is a day without bombs for those cities",
      "spokesman, HUR"),
    S("Martina Holub", None, "the Russian rear is not a rear any more", "researcher, Prague Centre for Security Studies"),
]
# Not gold: the unnamed resident of a village near Unecha (no speaker), "as a result of interference by unauthorised
# persons …" (Russian Railways, institutional fragment), "at an industrial site" (the governor, fragment),
# "the terrorists will be found" (occupation administration, fragment).
MUST_NOT = ["УКРАЇНСЬКА ХВИЛЯ · UKRAINSKA KHVYLIA", "UA | EN", "News | War | Politics | Economy | Society | World | Columns",
            "Home / War / Intelligence", "24.06.2025 14:52", "Author: Bohdan Lysak", "Photo: HUR press service",
            "Read also: How HUR's drones reach airfields 1,000 km from the border",
            "Support independent journalism: khvylia.example/support",
            "Tags: HUR, Bryansk region, Borisoglebsk, Melitopol, Crimea", "© 2025 Ukrainska Khvylia"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
