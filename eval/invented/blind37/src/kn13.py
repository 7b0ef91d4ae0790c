from common import E, L, R, C, N, W, S, gold

TITLE = "Ballistic missiles and drones on Kyiv: death toll rises to six, heating cut on the left bank"
TEXT = """HROMADA MEDIA
News | Ukraine | War | Kyiv | Explainers
Donate
Ballistic missiles and drones on Kyiv: death toll rises to six, heating cut on the left bank
21 January 2026, 07:12 · Updated 13:40
Author: Daryna Melnyk
This article is also available in: Ukrainian
Russia attacked Ukraine overnight on 21 January with 38 missiles and 242 drones, the Air Force said. Kyiv was the main target. As of 13:40, six people had been killed in the capital and 27 injured, the city military administration said; in the morning the authorities had reported three dead.

According to the Air Force, Russia launched 14 Iskander-M ballistic missiles, 24 Kh-101 cruise missiles and 242 Shahed-type drones. Air defence shot down 11 ballistic missiles, 22 cruise missiles and 205 drones.

In the Sviatoshynskyi district, a ballistic missile hit a 16-storey residential building, destroying part of two entrances. Five people were killed there and 19 injured, including two children. Rescuers are still working under the rubble.

"We heard the first explosion at 02:50, then the alarm on the phone. My husband pulled the children into the corridor and then the ceiling came down in the kitchen," said Tetiana Sydorenko, who lives on the ninth floor.

In the Dniprovskyi district, a drone hit a warehouse, killing a security guard and starting a fire that covered 2,000 square metres.

Strikes on an energy facility left more than 1,100 apartment buildings on the left bank of the Dnipro without heating, the city authorities said. "Our crews are working in shifts, but at minus twelve outside every hour counts," said Oleksii Horbenko, a spokesman for the city's heating company.
Join us on WhatsApp
In the Kyiv region, drone debris damaged four private houses in Brovary and injured a 60-year-old man. In Bila Tserkva, a strike on an energy facility caused power outages, the regional administration said.

The Russian Defence Ministry claimed it had struck "energy facilities supplying Ukrainian defence enterprises" with high-precision weapons.

This is the third massive attack on Kyiv this month.
Our journalism is funded by readers. Support Hromada Media
Share this:
More on the topic: How to find the nearest heating point in Kyiv
"""
DOC = {"id": "kn13", "date": "2026-01-21", "source": "Hromada Media (Ukrainian national news site, English edition)",
       "url": "https://hromadamedia.example/en/news/2026/01/21/kyiv-attack-ballistic-toll-six", "text": TEXT}

D = "2026-01-21"
EVENTS = [
    E("kn13-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(14)), W("cruise_missile", "Kh-101", launched=N(24)),
               W("drone", "Shahed-136", launched=N(242))],
      note="'overnight on 21 January with 38 missiles and 242 drones': country parent with the kinds given separately "
           "(blind16 call 5); 'Shahed-type' -> Shahed-136"),
    E("kn13-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kn13-1",
      weapons=[W("ballistic_missile", intercepted=N(11)), W("cruise_missile", intercepted=N(22)),
               W("drone", intercepted=N(205))],
      note="'shot down 11 ballistic missiles, 22 cruise missiles and 205 drones'"),
    E("kn13-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="kn13-1", fat=N(6), inj=N(27),
      weapons=[W("ballistic_missile"), W("drone")],
      note="the city total 'As of 13:40' (6 killed, 27 injured; the morning's three dead are superseded): the city "
           "attack, typed by the heaviest weapon, parent of the district lines (blind26 call 7)"),
    E("kn13-4", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="kn13-3", fat=N(5), inj=N(19),
      weapons=[W("ballistic_missile")],
      note="Sviatoshynskyi district (= the city): ballistic missile on a 16-storey building, 5 killed, 19 injured"),
    E("kn13-5", "air_drone_strike", D, L("Kyiv"), "RU", "UA", parent="kn13-3", fat=N(1), weapons=[W("drone")],
      note="Dniprovskyi district (= the city): drone on a warehouse, guard killed"),
    E("kn13-6", "infrastructure_disruption", D, L("Kyiv"), "RU", "UA", parent="kn13-3",
      note="more than 1,100 apartment buildings on the left bank without heating"),
    E("kn13-7", "air_drone_strike", D, L("Brovary"), "RU", "UA", parent="kn13-1", inj=N(1), weapons=[W("drone")],
      note="drone debris damaged houses in Brovary, 1 injured"),
    E("kn13-8", "missile_artillery_strike", D, L("Bila Tserkva"), "RU", "UA", parent="kn13-1",
      family=["air_drone_strike"],
      note="'a strike on an energy facility' in Bila Tserkva: weapon not said -> both types"),
    E("kn13-9", "infrastructure_disruption", D, L("Bila Tserkva"), "RU", "UA", parent="kn13-8",
      note="'caused power outages'"),
]
# Not events: 'the third massive attack on Kyiv this month' (tally), rescuers still working, the MoD's claim (same
# wave), the heating-point headline (furniture).
STATEMENTS = [
    S("Tetiana Sydorenko", "UA", "then the ceiling came down in the kitchen", "resident, Sviatoshynskyi district"),
    S("Oleksii Horbenko", "UA", "at minus twelve outside every hour counts", "spokesman, Kyiv heating company"),
    S("Russian Defence Ministry", "RU", "energy facilities supplying Ukrainian defence enterprises",
      "Russian Defence Ministry"),
]
MUST_NOT = ["HROMADA MEDIA", "News | Ukraine | War | Kyiv | Explainers", "Donate",
            "21 January 2026, 07:12 · Updated 13:40", "Author: Daryna Melnyk",
            "This article is also available in: Ukrainian", "Join us on WhatsApp",
            "Our journalism is funded by readers. Support Hromada Media", "Share this:",
            "More on the topic: How to find the nearest heating point in Kyiv"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
