from common import E, L, R, C, N, W, S, gold

TITLE = "Allied forces liberate Berestovoye in DPR, Defense Ministry says"
TEXT = """SEVERPRESS NEWS AGENCY
Politics  Military operation  World  Economy  Science  Sport
Military operation
Allied forces liberate Berestovoye in DPR, Defense Ministry says
According to the ministry, air defense systems shot down two Ukrainian Su-25 attack aircraft in the Nikolayev region
18 JUL, 13:05
Updated 18 JUL, 14:20
MOSCOW, July 18. /SEVERPRESS/. Units of the people's militia of the Donetsk People's Republic (DPR), supported by Russian troops, have fully liberated the settlement of Berestovoye north of Artyomovsk, Russian Defense Ministry spokesman Lieutenant General Igor Denisov said on Monday.

"Over the past day, units of the DPR people's militia, with the support of fire from Russian artillery and aviation, have completely liberated the settlement of Berestovoye," Denisov said at a briefing.

According to the spokesman, Russian troops also repelled an attempt by two companies of the Ukrainian armed forces to counterattack on the approaches to Seversk. The enemy lost up to 40 servicemen and five armored vehicles, he said.

"High-precision air-launched missiles struck a depot of ammunition for HIMARS multiple launch rocket systems and M777 howitzers near the railway station in Konstantinovka," the general said. Another strike hit a temporary deployment point of a Ukrainian mechanized brigade near Artyomovsk, he added.

READ ALSO
Russian Foreign Ministry summons British envoy over arms deliveries
Rosaviatsia extends restrictions on flights to southern Russian airports

Russian air defense systems shot down two Ukrainian Su-25 attack aircraft near Snegurovka in the Nikolayev region, Denisov said. In addition, seven HIMARS rockets and 11 Ukrainian unmanned aerial vehicles were intercepted over the past day.

Ukrainian troops shelled Donetsk five times on Sunday, firing 155mm NATO-caliber shells at the city's Petrovsky and Kievsky districts, the DPR's mission to the Joint Center for Control and Coordination (JCCC) reported. Two civilians were killed and four wounded in the Petrovsky district, where a shell hit a bus stop, the mission said.

In Makeyevka, a shell exploded in the yard of a kindergarten on Sunday evening. No one was hurt, the city administration said.

"The Kiev regime continues to deliberately strike residential areas of Donbass using weapons supplied by the West," the mission said in a statement.

The head of the Donetsk People's Republic said the republic would ask Moscow for additional air defense systems to protect Donetsk and Makeyevka from long-range artillery.

Russia launched the special military operation in Ukraine on February 24.

Tags
Military operation in Ukraine
Donbass
Copyright © 2022 SEVERPRESS. All rights reserved. 18+
Subscribe to SEVERPRESS on Telegram
"""
DOC = {"id": "j02", "date": "2022-07-18", "source": "SEVERPRESS",
       "url": "https://severpress.example/en/military-operation/1498337", "text": TEXT}

D, Y, SUN = "2022-07-18", "2022-07-17", "2022-07-17"
PD = dict(prec="range", end=D)
EVENTS = [
    E("j02-1", "territory_change", Y, L("Berestove", 1, "Berestovoye (Berestove), north of Artyomovsk (Bakhmut)"),
      "RU", "UA", claimant="Igor Denisov", **PD,
      note="'liberated' over the past day (range, not an aggregate); Russian spelling; geonames Berestove in the "
           "Donetsk region (712412), the one north of Bakhmut"),
    E("j02-2", "armed_clash", Y, L("Siversk", 2, "approaches to Seversk (Siversk)"), "UA", "RU", claimant="Igor Denisov",
      **PD, note="repelled counterattack: actor1 = attacker (UA); 'lost up to 40 servicemen' not coded as fatalities; "
                 "part of the past-day briefing"),
    E("j02-3", "missile_artillery_strike", Y, L("Kostiantynivka", 2, "near the railway station in Konstantinovka"),
      "RU", "UA", weapons=[W("missile")], claimant="Igor Denisov", **PD,
      note="ammunition depot; briefing item without a day of its own: past-day range"),
    E("j02-4", "missile_artillery_strike", Y, L("Bakhmut", 2, "near Artyomovsk (Bakhmut)"), "RU", "UA",
      weapons=[W("missile")], claimant="Igor Denisov", **PD,
      note="'Another strike' = the same high-precision missiles; deployment point near Artyomovsk"),
    E("j02-5", "interception", Y, L("Snihurivka", 2, "near Snegurovka (Snihurivka), Nikolayev region"), "RU", "UA",
      weapons=[W("aircraft", "Su-25", intercepted=N(2))], claimant="Igor Denisov", **PD,
      note="two aircraft shot down near Snegurovka; briefing of the past day"),
    E("j02-6", "interception", Y, C(None, "unspecified"), "RU", "UA", agg=True,
      weapons=[W("mlrs", "HIMARS", intercepted=N(7)), W("drone", intercepted=N(11))], claimant="Igor Denisov", **PD,
      note="past-day interception tally without a place (country null, as blind4 w12-6)"),
    E("j02-7", "missile_artillery_strike", SUN, L("Donetsk", 1, "Donetsk (Petrovsky district)"), "UA", None,
      fat=N(2), inj=N(4), weapons=[W("artillery")], claimant="DPR mission to the JCCC",
      note="five shellings 'on Sunday' of two city districts: one event at the city; casualties in the Petrovsky "
           "district; target side left null (occupied city, civilians)"),
    E("j02-8", "missile_artillery_strike", SUN, L("Makiivka", 1, "Makeyevka (Makiivka)"), "UA", None, fat=N(0),
      inj=N(0), weapons=[W("artillery")], claimant="Makeyevka city administration",
      note="'on Sunday evening'; 'No one was hurt' = 0/0; perpetrator from the context (the DPR paragraph on "
           "Ukrainian shelling)"),
]
STATEMENTS = [
    S("Igor Denisov", "RU", "have completely liberated the settlement of Berestovoye",
      "Russian Defense Ministry spokesman"),
    S("Igor Denisov", "RU", "struck a depot of ammunition for HIMARS multiple launch rocket systems",
      "Russian Defense Ministry spokesman"),
    S("DPR mission to the JCCC", "RU", "continues to deliberately strike residential areas of Donbass"),
]
MUST_NOT = ["SEVERPRESS NEWS AGENCY", "Military operation", "Tags", "Politics  Military operation  World  Economy  Science  Sport",
            "18 JUL, 13:05", "Updated 18 JUL, 14:20", "READ ALSO",
            "Russian Foreign Ministry summons British envoy over arms deliveries",
            "Rosaviatsia extends restrictions on flights to southern Russian airports", "Military operation in Ukraine",
            "Copyright © 2022 SEVERPRESS. All rights reserved. 18+", "Subscribe to SEVERPRESS on Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
