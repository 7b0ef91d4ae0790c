from common import E, L, R, C, N, W, S, gold

TITLE = "Air defence systems destroyed 58 Ukrainian UAVs overnight, debris fell on Tuapse port"
TEXT = """ROSINFORM
News feed / Special military operation
Air defence systems destroyed 58 Ukrainian UAVs overnight, debris fell on Tuapse port
27.06.2025, 09:16 (updated: 11:40)
Subscribe to ROSINFORM in VK and Max

MOSCOW, June 27 – ROSINFORM. On-duty air defence systems intercepted and destroyed 58 Ukrainian fixed-wing unmanned aerial vehicles overnight, the Russian Defence Ministry reported on Friday.

According to the ministry, 27 drones were destroyed over the territory of the Krasnodar Territory, 14 over the waters of the Black Sea, 11 over the Republic of Crimea and six over the Rostov region.

"Last night, an attempt by the Kiev regime to carry out a terrorist attack using fixed-wing aircraft-type UAVs against facilities on the territory of the Russian Federation was thwarted," the ministry said in a statement on its Telegram channel.

In Tuapse, debris from a downed UAV fell on the territory of the sea port, the operational headquarters of the Krasnodar Territory said. A fire broke out at one of the berths and was extinguished by 06:30 Moscow time. Two port employees were injured and taken to hospital; their lives are not in danger. Loading operations at the port have been temporarily suspended, the headquarters added.

In the Zaporozhye region, the Armed Forces of Ukraine shelled Dneprorudnoye on Thursday evening with HIMARS multiple rocket launchers, the region's governor Andrei Sokolov said. A 54-year-old woman was killed and three people were wounded; two apartment buildings and a kindergarten were damaged.

"The enemy deliberately strikes at residential quarters. All the injured are receiving the necessary medical care," Sokolov wrote.

Earlier, the Defence Ministry said that units of the Vostok group of forces had liberated the settlement of Komar in the Donetsk People's Republic over the past day and inflicted losses on the Ukrainian formations in the area.

Moscow has repeatedly warned that attacks on civilian infrastructure will not go unanswered. Kremlin spokesman Dmitry Orlov told journalists on Friday that the president "receives regular reports" on the situation in the border regions.

Read also:
Traffic on the Moscow Ring Road restored after heavy rain
ROSINFORM infographic: how the Russian air defence works

© ROSINFORM 2025. All rights reserved. 18+
Registration certificate El No. FS77-00000 issued by Roskomnadzor
"""
DOC = {"id": "s03", "date": "2025-06-27", "source": "ROSINFORM (Russian state agency)",
       "url": "https://rosinform.example/20250627/bpla-tuapse-1968431.html", "text": TEXT}

D, Y = "2025-06-27", "2025-06-26"
EVENTS = [
    E("s03-1", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(58))],
      claimant="Russian Defence Ministry"),
    E("s03-2", "interception", D, R("RU-KDA", "Krasnodar Territory"), "RU", "UA", weapons=[W("drone", intercepted=N(27))],
      parent="s03-1", claimant="Russian Defence Ministry"),
    E("s03-3", "interception", D, R("UA-43", "Republic of Crimea"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      parent="s03-1", claimant="Russian Defence Ministry", note="occupied Crimea: UA-43"),
    E("s03-4", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", weapons=[W("drone", intercepted=N(6))],
      parent="s03-1", claimant="Russian Defence Ministry"),
    E("s03-5", "interception", D, C(None, "Black Sea"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      parent="s03-1", optional=True, note="over the sea: no admin1"),
    E("s03-6", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the Ukrainian drone attack itself, only implied by the interception report"),
    E("s03-7", "air_drone_strike", D, L("Tuapse", 1, "Tuapse, sea port"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Krasnodar Territory operational headquarters", note="debris of a downed UAV"),
    E("s03-8", "infrastructure_disruption", D, L("Tuapse", 1, "Tuapse, sea port"), "UA", "RU",
      claimant="Krasnodar Territory operational headquarters", note="loading operations suspended"),
    E("s03-9", "missile_artillery_strike", Y, L("Dniprorudne", 1, "Dneprorudnoye"), "UA", None, fat=N(1), inj=N(3),
      weapons=[W("mlrs", "HIMARS")], claimant="Andrei Sokolov",
      note="occupied town; Russian-installed governor's claim"),
    E("s03-10", "territory_change", Y, L("Komar"), "RU", "UA", prec="range", end=D,
      claimant="Russian Defence Ministry", note="'liberated … over the past day'"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "an attempt by the Kiev regime to carry out a terrorist attack"),
    S("Andrei Sokolov", "RU", "The enemy deliberately strikes at residential quarters", "Russian-installed governor"),
    S("Dmitry Orlov", "RU", "receives regular reports", "Kremlin spokesman"),
]
MUST_NOT = ["News feed / Special military operation", "27.06.2025, 09:16 (updated: 11:40)",
            "Subscribe to ROSINFORM in VK and Max", "Read also:",
            "Traffic on the Moscow Ring Road restored after heavy rain",
            "ROSINFORM infographic: how the Russian air defence works",
            "© ROSINFORM 2025. All rights reserved. 18+",
            "Registration certificate El No. FS77-00000 issued by Roskomnadzor"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
