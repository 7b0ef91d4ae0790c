from common import E, L, R, C, N, W, S, gold

TITLE = "Drones set Saratov refinery ablaze again, airports in Saratov and Volgograd shut for hours"
TEXT = """We use cookies to make our website work better. By continuing to browse, you accept our cookie policy. OK
OSTROV MEDIA
News | Investigations | Opinion | Podcasts
Drones set Saratov refinery ablaze again, airports in Saratov and Volgograd shut for hours
16 September 2025 · 11:40 · Ostrov Media
Ostrov Media is blocked in Russia. Download our app or use a VPN to read us without restrictions.

Drones attacked Saratov overnight into Tuesday, and a fire broke out at the city's oil refinery, one of the largest in the Volga region. Residents reported at least ten explosions on local Telegram channels from around 3 a.m.

Saratov region governor Roman Kuzmin confirmed "an attack by Ukrainian UAVs on an industrial enterprise" in Saratov and said the fire had been extinguished by the morning. There were no casualties, he said, without naming the enterprise.

In neighbouring Engels, across the Volga, falling debris damaged two private houses, and a 63-year-old woman was hospitalised with cuts, Kuzmin said. Engels is home to a strategic bomber airbase that Ukraine has targeted repeatedly since 2022.

The Russian Defence Ministry said air defence systems had destroyed 97 Ukrainian drones overnight over 11 regions, including 31 over the Saratov region and 22 over the Voronezh region. Drones were also shot down over the Belgorod, Kursk and Rostov regions, the ministry said, without giving numbers for them.

Restrictions were imposed on flights at the airports of Saratov and Volgograd for about six hours, the federal aviation agency Rosaviatsiya said. At least 17 flights were delayed or diverted.

Ukraine's General Staff said its forces had hit the refinery. "The Saratov refinery produces fuel and lubricants that go directly to the Russian army. Its destruction is our legitimate goal," the General Staff said in a statement, adding that the results of the strike were being clarified.

It is at least the fourth attack on the Saratov plant this year. In January a fire there burned for almost two days. Since the summer, Ukrainian drone strikes on refineries have contributed to petrol shortages in several Russian regions, and wholesale prices have hit a record.

Separately, the FSB said on Monday that it had detained a 41-year-old railway worker in Volgograd who is accused of setting fire to a relay cabinet on the Volgograd–Frolovo line earlier this month "on the instructions of Ukrainian intelligence". He faces up to 20 years in prison on sabotage charges. His lawyer told Ostrov Media that the man had been beaten during the arrest.

Will the refinery keep working? Industry analyst Pavel Gribov believes the plant could lose up to a third of its processing capacity for several weeks. "Each new strike takes longer to repair, because imported spare parts are simply not available," he said.

Support Ostrov Media. Every donation helps us keep working independently.
Donate
Share this article: Telegram · X · Facebook · Email
Read more: How Russian regions are rationing petrol — a map
"""
DOC = {"id": "v06", "date": "2025-09-16", "source": "Ostrov Media",
       "url": "https://ostrov-media.example/en/news/2025/09/16/saratov-refinery-drones", "text": TEXT}

D = "2025-09-16"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("v06-1", "air_drone_strike", D, L("Saratov", 1, "Saratov oil refinery"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Roman Kuzmin; Ukrainian General Staff",
      note="governor: 'no casualties'; the Engels injury is a separate place"),
    E("v06-2", "air_drone_strike", D, L("Engels"), "UA", "RU", inj=N(1), weapons=[W("drone")], claimant="Roman Kuzmin",
      note="falling debris damaged two houses, woman hospitalised"),
    E("v06-3", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(97))], claimant=MOD),
    E("v06-4", "interception", D, R("RU-SAR", "Saratov region"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant=MOD),
    E("v06-5", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", weapons=[W("drone", intercepted=N(22))],
      claimant=MOD),
    E("v06-6", "infrastructure_disruption", D, L("Saratov", 1, "Saratov airport"), "UA", "RU", claimant="Rosaviatsiya",
      note="flight restrictions about six hours"),
    E("v06-7", "infrastructure_disruption", D, L("Volgograd", 1, "Volgograd airport"), "UA", "RU",
      claimant="Rosaviatsiya"),
    E("v06-8", "arrest", "2025-09-15", L("Volgograd"), "RU", "RU", claimant="FSB",
      note="announced 'on Monday'; day of detention not given otherwise"),
    E("v06-9", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True, note="region merely listed"),
    E("v06-10", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True, note="region merely listed"),
    E("v06-11", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", optional=True, note="region merely listed"),
    E("v06-12", "looting_destruction", "2025-09-01", L("Volgograd", 2, "Volgograd–Frolovo railway line"), None, "RU",
      prec="range", end="2025-09-14", optional=True,
      note="relay-cabinet arson 'earlier this month' (alleged by the FSB); vague date"),
]
STATEMENTS = [
    S("Ukrainian General Staff", "UA", "Its destruction is our legitimate goal"),
    S("Pavel Gribov", None, "imported spare parts are simply not available", "industry analyst"),
]
MUST_NOT = ["We use cookies to make our website work better. By continuing to browse, you accept our cookie policy. OK",
            "OSTROV MEDIA", "News | Investigations | Opinion | Podcasts", "16 September 2025 · 11:40 · Ostrov Media",
            "Ostrov Media is blocked in Russia. Download our app or use a VPN to read us without restrictions.",
            "Support Ostrov Media. Every donation helps us keep working independently.", "Donate",
            "Share this article: Telegram · X · Facebook · Email",
            "Read more: How Russian regions are rationing petrol — a map"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
