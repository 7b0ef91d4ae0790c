from common import E, L, R, C, N, W, S, gold

TITLE = "Emergency outages in Kyiv region after the night attack: situation as of 10:00"
TEXT = """KYIVSHCHYNA POWER NETWORKS
🔍 Search   UA | EN   Personal account
News · Outages · Tariffs · Connection · Contacts
Emergency outages in Kyiv region after the night attack: situation as of 10:00
06.12.2025

Dear customers! As a result of a massive enemy attack on energy infrastructure overnight, emergency power outages have been applied in Kyiv region by order of NEC Ukrenergo.

An energy facility in the Fastiv district was hit. In Boryspil, debris of a downed drone damaged a substation; no one was injured.

As of 10:00, the following customers remain without electricity:
Bila Tserkva community — 96,400
Fastiv community — 41,200
Vasylkiv community — 30,100
Obukhiv community — 44,300
Boryspil community — 38,000 (substation damage)

In the Vyshhorod and Brovary communities, supply that was cut during the night has been fully restored by 09:00.

Repair crews are working on all damaged facilities. Restoration will take time: part of the equipment needs to be replaced. If the security situation worsens, work will be suspended.

From 18:00 today, hourly outage schedules (queues 1–6) will be applied across Kyiv region for customers who were not affected by the emergency cuts. Check your queue before leaving home.

🔌 Check your outage queue: enter your address →
📞 Call centre: 0 800 30 77 00 (free of charge, 24/7)
📲 Download the «Svitlo» app: App Store · Google Play
Rate this news: 👍 👎
‹ Previous news   Next news ›
"""
DOC = {"id": "i08", "date": "2025-12-06", "source": "Kyivshchyna Power Networks (operator notice)",
       "url": "https://kpn.example.ua/en/news/avariyni-vidkliuchennia-06-12-2025", "text": TEXT}

D = "2025-12-06"
EVENTS = [
    E("i08-1", "missile_artillery_strike", D, L("Fastiv", 2, "Fastiv district"), "RU", "UA",
      family=["air_drone_strike"],
      note="'An energy facility in the Fastiv district was hit' overnight (publication day); weapon not said: both "
           "strike types; 'enemy' in a Ukrainian operator's notice = RU; the massive attack itself has no totals or "
           "places beyond these two lines, so no separate country wave"),
    E("i08-2", "air_drone_strike", D, L("Boryspil"), "RU", "UA", inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone damaged a substation; 'no one was injured' = injured 0"),
    E("i08-3", "infrastructure_disruption", D, L("Bila Tserkva", 2, "Bila Tserkva community"), "RU", "UA",
      note="emergency outage table: 96,400 customers; community (hromada) = precision 2"),
    E("i08-4", "infrastructure_disruption", D, L("Fastiv", 2, "Fastiv community"), "RU", "UA",
      note="41,200 customers without electricity"),
    E("i08-5", "infrastructure_disruption", D, L("Vasylkiv", 2, "Vasylkiv community"), "RU", "UA",
      note="30,100 customers without electricity"),
    E("i08-6", "infrastructure_disruption", D, L("Obukhiv", 2, "Obukhiv community"), "RU", "UA",
      note="44,300 customers without electricity"),
    E("i08-7", "infrastructure_disruption", D, L("Boryspil", 2, "Boryspil community"), "RU", "UA",
      note="38,000 customers without electricity after the substation damage"),
    E("i08-8", "infrastructure_disruption", D, L("Vyshhorod", 2, "Vyshhorod community"), None, None, optional=True,
      note="supply cut during the night, restored by 09:00: a real but unquantified outage, optional"),
    E("i08-9", "infrastructure_disruption", D, L("Brovary", 2, "Brovary community"), None, None, optional=True,
      note="as i08-8 (same sentence)"),
    E("i08-10", "infrastructure_disruption", D, R("UA-32", "Kyiv region"), None, "UA", family=["policy_decision"],
      note="emergency outages 'by order of NEC Ukrenergo' and hourly schedules 'From 18:00 today' across the region: "
           "one region-level disruption on the publication day (scheduled restriction in force today); actor1 null "
           "(the operator's measure), policy_decision accepted"),
]
STATEMENTS = []
MUST_NOT = ["KYIVSHCHYNA POWER NETWORKS", "🔍 Search   UA | EN   Personal account",
            "News · Outages · Tariffs · Connection · Contacts", "06.12.2025",
            "🔌 Check your outage queue: enter your address →", "📞 Call centre: 0 800 30 77 00 (free of charge, 24/7)",
            "📲 Download the «Svitlo» app: App Store · Google Play", "Rate this news: 👍 👎",
            "‹ Previous news   Next news ›"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
