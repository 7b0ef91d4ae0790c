from common import E, L, R, C, N, W, S, gold

TITLE = "Two Georgian sailors are wounded in Izmail port after the night attack of Russian drones"
TEXT = """KOLKHETI HERALD
GEO / ENG
Politics | Society | Region | World | Economy | Diaspora
Exchange rate NBG: 1 USD = 2.7150 GEL · 1 EUR = 3.1530 GEL
Two Georgian sailors are wounded in Izmail port after the night attack of Russian drones
23 October 2025 · 11:05 · World
Prepared by Nino Beridze
Two citizens of Georgia, crew members of a bulk carrier, were wounded in the night to Thursday in the Ukrainian Danube port of Izmail, when Russian attack drones hit the port infrastructure. This was informed by the Ministry of Foreign Affairs of Georgia and by the Odesa regional military administration.

The vessel under the flag of Palau was loading grain at the berth. According to the ministry, one sailor, 34 years old, is in serious condition in the Izmail city hospital, the second has light injuries. Totally seven persons were wounded in the port, the regional administration said, among them five Ukrainian port workers.

In the night the enemy attacked the Odesa region with 31 drones of Shahed type, 24 of them were shot down by air defence forces, the head of the Odesa regional military administration wrote. In Reni a warehouse of a private company was damaged and burned, without victims.

In the whole of Ukraine, as the Air Forces report, Russia launched 92 attack drones in the night, 70 of them were shot down or suppressed by electronic warfare.

Our Instagram and TikTok: @kolkhetiherald
The Georgian foreign ministry "expressed deep concern" and is in contact with the ship operator and with the families of the sailors. "Our consul is travelling to Izmail, the state will cover the treatment and the return home," said the deputy foreign minister of Georgia, Levan Chkhaidze.

On Thursday afternoon about forty activists of opposition parties held a picket in Tbilisi near the building of the Swiss embassy, where the interests section of Russia works. They demanded that the government summon the Russian diplomats. "Georgian sailors bleed in a foreign war, and our government is silent," shouted one of the organisers, Tamar Kvaratskhelia. Police watched the picket, there were no detentions.

It is already the second case this month. On October 9 a tanker with three Georgian crew members was damaged by a drone in the port of Chornomorsk, but then nobody from the crew was hurt.

Maritime unions of Georgia say that more than 400 Georgian seafarers work on ships which call at Ukrainian ports, and they ask for an additional insurance.

Donate to independent journalism — GEL, USD, EUR
Broadcast partner: Radio Rioni 101.4 FM
Copying of the Kolkheti Herald materials is allowed only with the active link.
"""
DOC = {"id": "kg05", "date": "2025-10-23", "source": "Kolkheti Herald (Georgian news site, English version)",
       "url": "https://kolkhetiherald.example/eng/world/2025-10-23/izmail-georgian-sailors", "text": TEXT}

D = "2025-10-23"
EVENTS = [
    E("kg05-1", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(92))],
      claimant="Air Force of the Armed Forces of Ukraine",
      note="'In the whole of Ukraine … Russia launched 92 attack drones in the night' = the nationwide wave of 23 Oct "
           "(drones only: air_drone_strike)"),
    E("kg05-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(70))],
      parent="kg05-1", note="'70 of them were shot down or suppressed by electronic warfare'"),
    E("kg05-3", "air_drone_strike", D, R("UA-51", "Odesa region"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(31))],
      parent="kg05-1", optional=True,
      note="the regional share of the wave (31 Shaheds at the Odesa region): a regional sub-wave; optional, its hits "
           "are coded at Izmail and Reni"),
    E("kg05-4", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(24))],
      parent="kg05-1", note="'24 of them were shot down' over the region: regional count, required"),
    E("kg05-5", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(7), weapons=[W("drone")], parent="kg05-1",
      note="'in the night to Thursday' = 23 Oct; port = its town; 'Totally seven persons were wounded in the port' "
           "(two Georgians + five Ukrainians) = injured 7; actor2 UA (the port's state, blind16 call 8)"),
    E("kg05-6", "air_drone_strike", D, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="kg05-1", note="warehouse 'damaged and burned, without victims' = 0/0"),
    E("kg05-7", "protest", D, L("Tbilisi"), None, None,
      note="'On Thursday afternoon about forty activists … held a picket in Tbilisi': peaceful protest (police watched, "
           "no detentions); sides null (domestic opposition, no armed actor)"),
    E("kg05-8", "air_drone_strike", "2025-10-09", L("Chornomorsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="recalled 'On October 9 a tanker … was damaged by a drone in the port of Chornomorsk': resolvable day, "
           "required; 'nobody from the crew was hurt' = 0/0; Russian perpetrator implied by the story (second case)"),
]
# Not gold statements: the ministry fragment 'expressed deep concern'.
# Not events: 'expressed deep concern', the consul 'is travelling' (plan), the demand to summon diplomats (demand,
# no summons happened), 'more than 400 Georgian seafarers' (statistics), the insurance request.
STATEMENTS = [
    S("Levan Chkhaidze", "GE", "Our consul is travelling to Izmail", "deputy foreign minister of Georgia"),
    S("Tamar Kvaratskhelia", "GE", "Georgian sailors bleed in a foreign war", "opposition activist"),
]
MUST_NOT = ["KOLKHETI HERALD", "GEO / ENG", "Politics | Society | Region | World | Economy | Diaspora",
            "Exchange rate NBG: 1 USD = 2.7150 GEL · 1 EUR = 3.1530 GEL", "23 October 2025 · 11:05 · World",
            "Prepared by Nino Beridze", "Our Instagram and TikTok: @kolkhetiherald",
            "Donate to independent journalism — GEL, USD, EUR", "Broadcast partner: Radio Rioni 101.4 FM",
            "Copying of the Kolkheti Herald materials is allowed only with the active link."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
