from common import E, L, R, C, N, W, S, gold

TITLE = "Kharkiv without power after night attack on energy facilities: outage schedules from 15:00"
TEXT = """SLOBIDSKYI KURIER
Kharkiv news since 1999
UA | EN
Air alert map | Shelters | Outage schedules | Help for IDPs
Kharkiv › City › Energy
Kharkiv without power after night attack on energy facilities: outage schedules from 15:00
29.03.2024 · 11:20 · Updated 16:05
Russia attacked Kharkiv's energy infrastructure with missiles and drones overnight, damaging a thermal power plant and several substations. The city was left almost entirely without electricity, the head of the regional military administration said.

According to him, the city was hit by at least ten missiles and five Shahed drones. A 41-year-old power plant worker was injured and taken to hospital.

As of 11:00, about 200,000 consumers in Kharkiv remained without power. Trolleybuses and the metro have stopped, and water pumping stations have switched to generators. The regional energy company said hourly outage schedules would be in force in the city and the Kharkiv district from 15:00 today.

"The damage is serious, more serious than in the autumn of 2022. We will not promise light by the evening, we will promise that we work around the clock," said Yevhen Kostiuk, a spokesman for the regional energy company.

"I have a bedridden mother on the fifth floor and the lift does not work. We are carrying water up in bottles," said Larysa Dubovyk, who lives in the Saltivka district.
Photo: Kharkiv Regional Military Administration
In Chuhuiv, a drone hit a substation, leaving the town without electricity. In Lozova, a missile damaged a railway infrastructure facility; no one was injured, local officials said.

On Thursday afternoon, a Russian guided bomb hit a private house in Bohodukhiv, killing a woman and her 12-year-old son, the regional prosecutor's office said.

Nationwide, Russia launched 99 missiles and drones overnight, the Air Force said: 60 Shahed drones and 39 missiles of various types. Air defence destroyed 58 of the drones and 26 of the missiles.

The national grid operator said the attack had also damaged power generation facilities in the Dnipropetrovsk and Ivano-Frankivsk regions. Power engineers expect that restoring the Kharkiv plant could take months, if it can be restored at all.
Subscribe to our Telegram channel so as not to miss important news
Read also: Where to charge your phone in Kharkiv: list of Points of Invincibility
Tags: Kharkiv, energy, shelling, outages
© 2024 Slobidskyi Kurier. Any use of materials is allowed only with a hyperlink to the source.
"""
DOC = {"id": "ko08", "date": "2024-03-29", "source": "Slobidskyi Kurier (Kharkiv regional news site, English version)",
       "url": "https://slobkurier.example/en/kharkiv/energy/2024/03/29/kharkiv-without-power", "text": TEXT}

D, Y = "2024-03-29", "2024-03-28"
EVENTS = [
    E("ko08-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(60)), W("missile", launched=N(39))],
      note="'Nationwide, Russia launched 99 missiles and drones overnight … 60 Shahed drones and 39 missiles': the "
           "country wave, typed by the missiles"),
    E("ko08-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ko08-1",
      weapons=[W("drone", intercepted=N(58)), W("missile", intercepted=N(26))],
      note="'destroyed 58 of the drones and 26 of the missiles'"),
    E("ko08-3", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", parent="ko08-1", inj=N(1),
      weapons=[W("missile", launched=N(10, "at_least")), W("drone", "Shahed-136", launched=N(5))],
      note="Kharkiv energy infrastructure (power plant, substations) 'overnight': 'at least ten missiles and five "
           "Shahed drones' = at_least 10 + 5, 1 worker injured"),
    E("ko08-4", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="ko08-3",
      note="city 'almost entirely without electricity', 200,000 consumers, transport stopped; the hourly outage "
           "schedules 'from 15:00 today' are the same outage being managed (one disruption)"),
    E("ko08-5", "air_drone_strike", D, L("Chuhuiv"), "RU", "UA", parent="ko08-1", weapons=[W("drone")],
      note="drone on a substation in Chuhuiv (in the overnight attack's paragraph); casualties not stated"),
    E("ko08-6", "infrastructure_disruption", D, L("Chuhuiv"), "RU", "UA", parent="ko08-5",
      note="'leaving the town without electricity'"),
    E("ko08-7", "missile_artillery_strike", D, L("Lozova"), "RU", "UA", parent="ko08-1", fat=N(0), inj=N(0),
      weapons=[W("missile")], note="missile on a railway facility in Lozova, 'no one was injured' = 0/0"),
    E("ko08-8", "air_drone_strike", Y, L("Bohodukhiv"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="guided bomb on a house in Bohodukhiv 'On Thursday afternoon' (28 Mar): woman and son killed"),
    E("ko08-9", "missile_artillery_strike", D, R("UA-12", "Dnipropetrovsk region"), "RU", "UA", parent="ko08-1",
      family=["air_drone_strike"],
      note="grid operator: generation facilities damaged in the Dnipropetrovsk region: a place hit (region only), "
           "weapon not said -> both types"),
    E("ko08-10", "missile_artillery_strike", D, R("UA-26", "Ivano-Frankivsk region"), "RU", "UA", parent="ko08-1",
      family=["air_drone_strike"], note="same sentence: Ivano-Frankivsk region"),
]
# Not events: 'more serious than in the autumn of 2022' (comparison), 'could take months, if it can be restored at
# all' (forecast), 'We will not promise light by the evening' (stance), carrying water (consequence, part of ko08-4),
# the 'Read also' headline (furniture).
STATEMENTS = [
    S("Yevhen Kostiuk", "UA", "we will promise that we work around the clock", "spokesman, regional energy company"),
    S("Larysa Dubovyk", "UA", "We are carrying water up in bottles", "resident, Saltivka district"),
]
MUST_NOT = ["SLOBIDSKYI KURIER", "Kharkiv news since 1999", "UA | EN",
            "Air alert map | Shelters | Outage schedules | Help for IDPs", "Kharkiv › City › Energy",
            "29.03.2024 · 11:20 · Updated 16:05", "Photo: Kharkiv Regional Military Administration",
            "Subscribe to our Telegram channel so as not to miss important news",
            "Read also: Where to charge your phone in Kharkiv: list of Points of Invincibility",
            "Tags: Kharkiv, energy, shelling, outages",
            "© 2024 Slobidskyi Kurier. Any use of materials is allowed only with a hyperlink to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
