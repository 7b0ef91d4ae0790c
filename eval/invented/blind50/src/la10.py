from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, DIS, POL

TITLE = "On the situation in the energy system as of 18:00 on 20 December"
TEXT = """MINISTRY OF ENERGY OF UKRAINE
Official website
Українською | English
Ministry | Activities | Press centre | Regulatory acts | Contacts
Press centre › News
On the situation in the energy system as of 18:00 on 20 December
20.12.2022 18:35
The energy system of Ukraine remains in a difficult condition. The generation deficit in the evening peak is significant, and network operators in most regions have to apply outages to keep the system balanced.

Consumption limits
Today, stabilisation outage schedules are in force in all regions of Ukraine, by decision of the national grid operator, because of the damage caused to power plants and high-voltage networks by Russian attacks. In Kyiv, Odesa and Kharkiv, emergency outages were applied in addition to the schedules during the day. Consumers are asked to use electricity sparingly, in particular between 17:00 and 22:00, and not to switch on several powerful appliances at the same time.

Damage over the past day
Kyiv. In the morning, Russian attack drones struck a critical energy infrastructure facility in the Dniprovskyi district of the capital. A fire broke out and was extinguished. Because of the damage, emergency outages were applied on the left bank of Kyiv; by evening, about a third of consumers there were still without electricity. No casualties were reported.

Kherson region. After liberation, the city of Kherson remains under constant enemy fire. Today, shelling damaged a substation that feeds the central part of the city. As a result, about half of Kherson's consumers are without power. Repair crews will go out once the shelling lets them.

Dnipropetrovsk region. Russian heavy artillery shelled Nikopol during the day, damaging a power line and gas pipelines in the town. Information on outages is being clarified.

Energy workers under fire. On Monday evening, a crew of the regional power company came under artillery fire while repairing an overhead line in the Beryslav district of the Kherson region. One electrician was wounded and taken to hospital; his condition is stable.

"We lost a transformer in the morning and a repair crew in the evening. That is an ordinary day for us now," said Yurii Melnyk, the chief engineer of the power company's Beryslav district unit. "The men go out again tomorrow, because there is no one else."

Repairs and imports
Since the morning, repair crews have restored power to more than 400,000 consumers across the country, mainly in the Kyiv, Zhytomyr and Vinnytsia regions. Emergency assistance from the energy systems of Romania, Slovakia and Poland was used during the day to cover the deficit. Ukraine continues to receive transformers, cables and other equipment from its partners; since October, 17 countries have sent equipment.

"Every time the system is patched up, the next attack breaks it in a new place. But the network is still holding, and that is the main thing," said Iryna Koval, a spokesperson for the national grid operator. "If there is no massive attack in the coming days, we could shorten the schedules before the New Year holidays."

Since 10 October, Russia has carried out nine massive missile and drone attacks on Ukraine's energy infrastructure. According to the ministry's estimates, about half of the high-voltage network has been damaged.

Recommendations
The Minister of Energy urged Ukrainians to follow the outage schedules published by their regional power companies and to keep mobile phones and power banks charged. The ministry will publish the next update on 21 December at 18:00.
Hotline of the Ministry of Energy: 0 800 501 482
Follow the ministry on Facebook and Telegram
© 2022 Ministry of Energy of Ukraine. When using materials, a link to the source is required.
"""
DOC = {"id": "la10", "date": "2022-12-20", "source": "Ministry of Energy of Ukraine (official website, English version)",
       "url": "https://mev-gov.example/en/press-centre/news/energy-system-situation-2022-12-20-1800",
       "text": TEXT}

D, Y = "2022-12-20", "2022-12-19"
EVENTS = [
    E("la10-1", DIS, D, C("UA", "Ukraine"), "RU", "UA", family=[POL],
      note="'Today, stabilisation outage schedules are in force in all regions of Ukraine … because of the damage "
           "caused … by Russian attacks': a country-wide disruption on the publication day, caused by Russian strikes "
           "-> RU/UA (blind41 kr15-9); the emergency outages in the three named cities are la10-3 and the optional la10-8/-9"),
    E("la10-2", ADS, D, L("Kyiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'In the morning, Russian attack drones struck a critical energy infrastructure facility in the Dniprovskyi "
           "district of the capital' (= the city); 'No casualties were reported' -> 0/0"),
    E("la10-3", DIS, D, L("Kyiv"), "RU", "UA", parent="la10-2",
      note="'emergency outages were applied on the left bank of Kyiv; by evening, about a third of consumers there "
           "were still without electricity'"),
    E("la10-4", MAS, D, L("Kherson"), "RU", "UA", weapons=[W("artillery")],
      note="'Today, shelling damaged a substation that feeds the central part of the city'; casualties not stated; "
           "'constant enemy fire' is habit"),
    E("la10-5", DIS, D, L("Kherson"), "RU", "UA", parent="la10-4",
      note="'about half of Kherson's consumers are without power'; repairs 'once the shelling lets them' are a "
           "plan"),
    E("la10-6", MAS, D, L("Nikopol"), "RU", "UA", weapons=[W("artillery")],
      note="'Russian heavy artillery shelled Nikopol during the day, damaging a power line and gas pipelines'; "
           "outages 'being clarified' -> no disruption coded"),
    E("la10-7", MAS, Y, H("Beryslav", "Beryslav district"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'On Monday evening, a crew … came under artillery fire while repairing an overhead line in the Beryslav "
           "district': Monday 19 Dec (the Tuesday report's day before), district = precision 2, one wounded"),
    E("la10-8", DIS, D, L("Odesa"), "RU", "UA", parent="la10-1", optional=True,
      note="'In Kyiv, Odesa and Kharkiv, emergency outages were applied in addition to the schedules during the day': "
           "cities merely listed with the nationwide measure -> optional (Kyiv has its own event, la10-3)"),
    E("la10-9", DIS, D, L("Kharkiv"), "RU", "UA", parent="la10-1", optional=True,
      note="second listed city of the emergency outages -> optional"),
]
# Not events: the generation deficit and 'have to apply outages' (situation, part of la10-1); the advice to consumers;
# 'remains under constant enemy fire' (habit); repairs 'once the shelling lets them' (plan); 'Information
# on outages is being clarified' (no outage stated for Nikopol); restored power to 400,000 consumers (repair, ends
# outages); emergency assistance from Romania, Slovakia and Poland (imports, no event); equipment from 17 countries
# 'since October' (cumulative); the spokesperson's 'If there is no massive attack … we could shorten the schedules'
# (conditional); 'Since 10 October, Russia has carried out nine massive … attacks' (history tally) and half of the
# network damaged (estimate); the minister's urging (title only, advice); the next update on 21 December (future).
STATEMENTS = [
    S("Yurii Melnyk", "UA", "That is an ordinary day for us now", "chief engineer, Beryslav district unit"),
    S("Iryna Koval", "UA", "the next attack breaks it in a new place", "spokesperson of the national grid operator"),
]
MUST_NOT = ["MINISTRY OF ENERGY OF UKRAINE", "Official website", "Українською | English",
            "Ministry | Activities | Press centre | Regulatory acts | Contacts", "Press centre › News",
            "20.12.2022 18:35", "Hotline of the Ministry of Energy: 0 800 501 482",
            "Follow the ministry on Facebook and Telegram",
            "© 2022 Ministry of Energy of Ukraine. When using materials, a link to the source is required."]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la10-1": "Today, stabilisation outage schedules are in force in all regions of Ukraine, by decision of the national grid operator, because of the damage caused to power plants and high-voltage networks by Russian attacks.",
    "la10-2": "In the morning, Russian attack drones struck a critical energy infrastructure facility in the Dniprovskyi district of the capital.",
    "la10-3": "Because of the damage, emergency outages were applied on the left bank of Kyiv",
    "la10-4": "Today, shelling damaged a substation that feeds the central part of the city.",
    "la10-5": "As a result, about half of Kherson's consumers are without power.",
    "la10-6": "Russian heavy artillery shelled Nikopol during the day, damaging a power line and gas pipelines in the town.",
    "la10-7": "On Monday evening, a crew of the regional power company came under artillery fire while repairing an overhead line in the Beryslav district of the Kherson region.",
    "la10-8": "In Kyiv, Odesa and Kharkiv, emergency outages were applied in addition to the schedules during the day.",
    "la10-9": "In Kyiv, Odesa and Kharkiv, emergency outages were applied in addition to the schedules during the day.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
