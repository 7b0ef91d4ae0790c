from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Emergency power outages in Chernihiv region after the night attack"
TEXT = """SIVERENERGO DISTRIBUTION
Electricity distribution system operator of Chernihiv region
Outage map | Personal account | Report an outage: 0 800 21 15 15
Consumers | Connection | Tariffs | About the company | Press centre
Emergency power outages in Chernihiv region after the night attack
Published: 08.11.2025, 07:40
Dear consumers!

Overnight, as a result of a massive enemy drone attack, energy facilities in the Koriukivka and Novhorod-Siverskyi districts were damaged. As of 07:00, 41,300 consumers are without electricity, in particular in Koriukivka, Snovsk, Semenivka and 37 villages.

At about 04:30, drones also hit a substation in Nizhyn. Part of the city is de-energised; the water utility is running on backup generators.

By order of NPC Ukrenergo, hourly outage schedules are applied in Chernihiv region today, 8 November, from 08:00 to 22:00 (queues 1 and 2, up to 4 hours without power).

"We lost two 110-kilovolt substations in one night. Where it is safe, the crews are already working; where drones are still hanging in the air, we wait," said Viktor Lysenko, technical director of Siverenergo Distribution.

Power engineers will restore supply to the remaining consumers as soon as the security situation permits. Yesterday's damage in the Chernihiv district has been repaired and 12,000 consumers have had their power back since the evening.
Check your outage queue in the chatbot: Telegram | Viber
Subscribe to outage notifications by SMS
NEURC licence No. 1244 of 14.06.2018
© 2025 Siverenergo Distribution LLC. All rights reserved.
"""
DOC = {"id": "kq08", "date": "2025-11-08", "source": "Siverenergo Distribution (distribution system operator, outage notice)",
       "url": "https://siverenergo.example/news/2025-11-08-emergency-outages", "text": TEXT}

D = "2025-11-08"
EVENTS = [
    E("kq08-1", ADS, D, H("Koriukivka", "Koriukivka district"), "RU", "UA", weapons=[W("drone")],
      note="'Overnight … massive enemy drone attack, energy facilities in the Koriukivka … districts were damaged': "
           "one strike per named district (raion named by its centre = precision 2); casualties not stated"),
    E("kq08-2", ADS, D, H("Novhorod-Siverskyi", "Novhorod-Siverskyi district"), "RU", "UA", weapons=[W("drone")],
      note="second district of the same sentence"),
    E("kq08-3", DIS, D, L("Koriukivka"), "RU", "UA", parent="kq08-1",
      note="41,300 consumers without electricity 'in particular in Koriukivka, Snovsk, Semenivka and 37 villages': one "
           "disruption per named town (blind26 call 9); Koriukivka in its own district"),
    E("kq08-4", DIS, D, L("Snovsk"), "RU", "UA", parent="kq08-1",
      note="Snovsk (Koriukivka district) without electricity"),
    E("kq08-5", DIS, D, L("Semenivka"), "RU", "UA", parent="kq08-2",
      note="Semenivka 694590 (Chernihiv oblast, Novhorod-Siverskyi district; not the Poltava namesake)"),
    E("kq08-6", ADS, D, L("Nizhyn"), "RU", "UA", weapons=[W("drone")],
      note="'At about 04:30, drones also hit a substation in Nizhyn'"),
    E("kq08-7", DIS, D, L("Nizhyn"), "RU", "UA", parent="kq08-6",
      note="'Part of the city is de-energised' (water on backup generators is the same disruption)"),
    E("kq08-8", DIS, D, R("UA-74", "Chernihiv region"), None, None, family=["policy_decision"],
      note="hourly outage schedules 'today, 8 November, from 08:00 to 22:00' by the grid operator's order: in force on "
           "the publication day -> required, sides null (blind36 call 11)"),
]
# Not events: restoration 'as soon as the security situation permits' (plan), 'Yesterday's damage in the Chernihiv
# district has been repaired … power back since the evening' (a restoration; the damage itself is given no weapon, day
# part or cause -> not coded), the crews working/waiting, the chatbot and SMS lines (furniture).
STATEMENTS = [
    S("Viktor Lysenko", "UA", "We lost two 110-kilovolt substations in one night",
      "technical director of Siverenergo Distribution"),
]
MUST_NOT = ["SIVERENERGO DISTRIBUTION", "Electricity distribution system operator of Chernihiv region",
            "Outage map | Personal account | Report an outage: 0 800 21 15 15",
            "Consumers | Connection | Tariffs | About the company | Press centre", "Published: 08.11.2025, 07:40",
            "Check your outage queue in the chatbot: Telegram | Viber", "Subscribe to outage notifications by SMS",
            "NEURC licence No. 1244 of 14.06.2018", "© 2025 Siverenergo Distribution LLC. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
