from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Emergency outages after the night attack: situation as of 08:00"
TEXT = """BLACK SEA POWER GRIDS
Distribution system operator of Odesa region
Outage map | Personal account | Submit meter readings | Call centre: 0 800 30 07 07
Consumers | Connection | Tariffs and payment | About the company | Press centre
Press centre / Outages
Emergency outages after the night attack: situation as of 08:00
Published 21.10.2025 at 08:20 | Updated at 12:05
Dear consumers!

During the night, Russian attack drones once again struck the energy infrastructure of Odesa region.

Odesa. A high-voltage substation in the Kyivskyi district was damaged. As of 08:00, about 48,000 consumers in the Kyivskyi and Prymorskyi districts remain without electricity; critical infrastructure has been switched to backup power.

Izmail district. On the outskirts of Izmail, a drone hit a 35 kV overhead line, and 6,200 consumers of the town and three neighbouring villages were cut off.

Bilhorod-Dnistrovskyi district. A transformer substation in Zatoka was damaged by debris of a downed drone; the resort village is completely de-energised. No one was hurt.

Update (12:05): supply in Izmail has been restored through a backup scheme. Our crews in Odesa continue the repairs, which will take at least a day.

By order of NPC Ukrenergo, hourly outage schedules (queues 1–6) are in force in Odesa region today from 07:00 to 23:00. From tomorrow, power limitation schedules will also apply to industrial consumers.

"In one night we lost the substation that feeds a third of the city's southern districts. We are bringing in mobile transformers, but a mobile unit cannot replace 110 kilovolts," said Serhii Kalynychenko, technical director of Black Sea Power Grids.

Please check your queue in the chatbot or on the outage map before planning your day.
Chatbot: Telegram | Viber
Subscribe to SMS notifications about outages at your address
NEURC licence No. 1180 of 22.11.2018
© 2025 Black Sea Power Grids PrJSC. All rights reserved.
"""
DOC = {"id": "ku09", "date": "2025-10-21", "source": "Black Sea Power Grids (distribution system operator, outage notice)",
       "url": "https://bspg.example/press/outages/2025-10-21-night-attack", "text": TEXT}

D = "2025-10-21"
EVENTS = [
    E("ku09-1", ADS, D, L("Odesa"), "RU", "UA", weapons=[W("drone")],
      note="'During the night, Russian attack drones … struck' + 'Odesa. A high-voltage substation in the Kyivskyi "
           "district was damaged' (= the city); the night of a morning notice = 21 October; casualties not stated"),
    E("ku09-2", DIS, D, L("Odesa"), "RU", "UA", parent="ku09-1",
      note="'about 48,000 consumers in the Kyivskyi and Prymorskyi districts remain without electricity'"),
    E("ku09-3", ADS, D, H("Izmail", "outskirts of Izmail"), "RU", "UA", weapons=[W("drone")],
      note="'On the outskirts of Izmail, a drone hit a 35 kV overhead line': outskirts = precision 2"),
    E("ku09-4", DIS, D, L("Izmail"), "RU", "UA", parent="ku09-3",
      note="'6,200 consumers of the town and three neighbouring villages were cut off': the outage happened although the "
           "12:05 update says supply was restored (a restoration ends it, it does not undo it); the town = precision 1"),
    E("ku09-5", ADS, D, L("Zatoka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="passive 'A transformer substation in Zatoka was damaged by debris of a downed drone … No one was hurt' -> "
           "0/0 (debris that damages something is a strike, blind40 kq01-13); Zatoka 687557 (Bilhorod-Dnistrovskyi "
           "district)"),
    E("ku09-6", DIS, D, L("Zatoka"), "RU", "UA", parent="ku09-5",
      note="'the resort village is completely de-energised'"),
    E("ku09-7", INT, D, L("Zatoka"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="'a downed drone' implies a shoot-down near Zatoka without a count -> optional (blind40 kq01-14)"),
    E("ku09-8", DIS, D, R("UA-51", "Odesa region"), None, None, family=["policy_decision"],
      note="'hourly outage schedules (queues 1–6) are in force in Odesa region today from 07:00 to 23:00' by the grid "
           "operator's order: a regional disruption on the publication day, sides null (blind40 kq08-8)"),
]
# Not events: the restoration in Izmail (ends ku09-4), repairs 'which will take at least a day' (plan), 'From tomorrow,
# power limitation schedules will also apply to industrial consumers' (after publication: a plan, no gold), critical
# infrastructure on backup power (part of ku09-2), the advice to check queues. Chatbot, SMS, licence and © lines and
# the site header are furniture.
STATEMENTS = [
    S("Serhii Kalynychenko", "UA", "In one night we lost the substation that feeds a third of the city's southern districts",
      "technical director of Black Sea Power Grids"),
]
MUST_NOT = ["BLACK SEA POWER GRIDS", "Distribution system operator of Odesa region",
            "Outage map | Personal account | Submit meter readings | Call centre: 0 800 30 07 07",
            "Consumers | Connection | Tariffs and payment | About the company | Press centre", "Press centre / Outages",
            "Published 21.10.2025 at 08:20 | Updated at 12:05", "Chatbot: Telegram | Viber",
            "Subscribe to SMS notifications about outages at your address", "NEURC licence No. 1180 of 22.11.2018",
            "© 2025 Black Sea Power Grids PrJSC. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
