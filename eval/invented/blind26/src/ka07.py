from common import E, L, R, C, N, W, S, gold

TITLE = "Emergency power outages in Odesa after the night attack: status at 09:00"
TEXT = """PRYCHORNOMORSKI ELECTRIC NETWORKS
Customers · Outage map · Tariffs · Pay online · Contacts
ЧИТАТИ УКРАЇНСЬКОЮ | English
OUTAGE NOTICE No. 27/01
Emergency power outages in Odesa after the night attack: status at 09:00
Published 31.01.2025 09:14 · updated 31.01.2025 11:30

As a result of a massive enemy attack by attack drones on energy infrastructure in Odesa overnight, a high-voltage substation in the city was damaged. Emergency outages are in effect.

As of 09:00, 38,400 customers are without electricity in the Kyivskyi and Prymorskyi districts of the city. Twelve boiler houses are de-energised, and 214 residential buildings in the Kyivskyi district have no heating. Trolleybus routes 5, 7 and 9 are suspended; buses run instead.

In Chornomorsk, a distribution substation was damaged overnight; 4,200 customers in the southern part of the city are without power.

Hourly stabilisation schedules apply in the rest of Odesa today until 22:00 to relieve the damaged network.

UPDATE 11:30: power has been restored to 21,000 customers in the Prymorskyi district. Work continues in the Kyivskyi district and in Chornomorsk.

This is the second attack on the city's energy system in a week: on 28 January a drone strike on the same network left about 60,000 customers without power for more than a day.

"Crews have been working since the first minutes after the all-clear, and we will return light to every home as soon as it is physically possible," said the company's technical director Taras Hnatiuk.

Check your address: Outage map → enter street and house number
Call centre 24/7: 0 800 000 111 (free of charge)
Did this notice help you?  Yes  ·  No
© Prychornomorski Electric Networks LLC, 2025
"""
DOC = {"id": "ka07", "date": "2025-01-31", "source": "Prychornomorski Electric Networks (utility notice)",
       "url": "https://pen.example.od.ua/en/outages/27-01", "text": TEXT}

D = "2025-01-31"
EVENTS = [
    E("ka07-1", "air_drone_strike", D, L("Odesa"), "RU", "UA", weapons=[W("drone")],
      note="'overnight' in a morning notice = 31 Jan; high-voltage substation damaged by attack drones; 'enemy' = RU; "
           "casualties not stated"),
    E("ka07-2", "infrastructure_disruption", D, L("Odesa", 1, "Odesa (Kyivskyi and Prymorskyi districts)"), "RU", "UA",
      note="38,400 customers without power, heating and trolleybus routes cut: one disruption in the city (two city "
           "districts = the city); the stabilisation schedules for the rest of the city today are the same disruption"),
    E("ka07-3", "missile_artillery_strike", D, L("Chornomorsk"), "RU", "UA", family=["air_drone_strike"],
      note="substation damaged 'overnight'; weapon not said for this site (the attack named was on Odesa): both types"),
    E("ka07-4", "infrastructure_disruption", D, L("Chornomorsk"), "RU", "UA",
      note="4,200 customers without power"),
    E("ka07-5", "air_drone_strike", "2025-01-28", L("Odesa"), "RU", "UA", weapons=[W("drone")],
      note="recalled strike with an explicit day (28 Jan): its own event"),
    E("ka07-6", "infrastructure_disruption", "2025-01-28", L("Odesa"), "RU", "UA",
      note="recalled outage of 28 Jan, about 60,000 customers"),
]
STATEMENTS = [S("Taras Hnatiuk", "UA", "we will return light to every home as soon as it is physically possible",
                role="technical director")]
MUST_NOT = ["PRYCHORNOMORSKI ELECTRIC NETWORKS", "Customers · Outage map · Tariffs · Pay online · Contacts",
            "ЧИТАТИ УКРАЇНСЬКОЮ | English", "Published 31.01.2025 09:14 · updated 31.01.2025 11:30",
            "Check your address: Outage map → enter street and house number",
            "Call centre 24/7: 0 800 000 111 (free of charge)", "Did this notice help you?  Yes  ·  No",
            "© Prychornomorski Electric Networks LLC, 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
