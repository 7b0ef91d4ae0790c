from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT

TITLE = "Night drone attack on Odesa: two injured, fire at a port facility"
TEXT = """ODESA TODAY
Odesa | Region | Ukraine | World | Sport | Culture
☁ Odesa +3°C   USD 41.95   EUR 49.20
Odesa › Incidents
Night drone attack on Odesa: two injured, fire at a port facility
16 December 2025, 07:34
Author: Alina Tkachuk
Overnight, Russian forces attacked Odesa with attack drones. According to preliminary data, two people were injured, the head of the regional military administration said.

A drone hit a port infrastructure facility in the Peresyp district, causing a fire. Firefighters put it out by 05:00. A 45-year-old man and a 39-year-old woman were taken to hospital with cuts from glass.

Air defence forces shot down 9 drones over Odesa region, according to the regional administration.

In Chornomorsk, debris of a downed drone damaged the roof and windows of a residential building. There were no casualties there.

Residents of the Peresyp district reported explosions from about 02:30. "The windows flew in, the child was screaming, we spent the rest of the night in the corridor," said Valentyna Hrekova, who lives near the port.

According to the Air Force, Russia launched 112 drones at Ukraine overnight; 86 of them were shot down or suppressed.

The information is being updated.
Photo: Odesa Regional Military Administration
Subscribe to Odesa Today on Telegram — news first
Comments (12)
Most read: Trams on Fontanska Road to run on a new schedule
18+ | Advertising on the site | © Odesa Today, 2025
"""
DOC = {"id": "kq10", "date": "2025-12-16", "source": "Odesa Today (Odesa regional news site, early report)",
       "url": "https://odesa-today.example/incidents/2025/12/16/night-drone-attack-two-injured", "text": TEXT}

D = "2025-12-16"
EVENTS = [
    E("kq10-1", ADS, D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(112))],
      note="Air Force: '112 drones at Ukraine overnight': the national wave"),
    E("kq10-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="kq10-1", weapons=[W("drone", intercepted=N(86))],
      note="'86 of them were shot down or suppressed'"),
    E("kq10-3", ADS, D, L("Odesa"), "RU", "UA", parent="kq10-1", inj=N(2), weapons=[W("drone")],
      note="drone on a port facility in the Peresyp district (= the city), fire; 'According to preliminary data, two "
           "people were injured' -> 2 (this page's figure; the later kq11 page of the same night says four)"),
    E("kq10-4", INT, D, R("UA-51", "Odesa region"), "UA", "RU", parent="kq10-2", weapons=[W("drone", intercepted=N(9))],
      note="'shot down 9 drones over Odesa region' (the other site has 14): a regional count -> required"),
    E("kq10-5", ADS, D, L("Chornomorsk"), "RU", "UA", parent="kq10-1", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone damaged a residential building in Chornomorsk, 'no casualties there' -> 0/0"),
]
# Not events: the residents' 'explosions from about 02:30' (the same attack), the fire put out by 05:00 (same incident),
# 'The information is being updated'; comments counter, 'Most read' headline and the 18+/advertising line are furniture.
STATEMENTS = [
    S("Valentyna Hrekova", "UA", "we spent the rest of the night in the corridor", "resident of the Peresyp district"),
]
MUST_NOT = ["ODESA TODAY", "Odesa | Region | Ukraine | World | Sport | Culture", "☁ Odesa +3°C   USD 41.95   EUR 49.20",
            "Odesa › Incidents", "16 December 2025, 07:34", "Author: Alina Tkachuk",
            "Photo: Odesa Regional Military Administration", "Subscribe to Odesa Today on Telegram — news first",
            "Comments (12)", "Most read: Trams on Fontanska Road to run on a new schedule",
            "18+ | Advertising on the site | © Odesa Today, 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
