from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles, drones pound Ukraine's grid again; Odesa region loses power"
TEXT = """CONCORD PRESS
World  U.S.  Politics  Business  Science  Sports  Oddities
Russian missiles, drones pound Ukraine's grid again; Odesa region loses power
By IRYNA BOYKO and MARK HALLORAN
Updated 1:37 PM EST, December 13, 2022
KYIV, Ukraine (CP) — Russia fired 23 cruise missiles and 17 Iranian-made Shahed drones at Ukraine early Tuesday, once again targeting power plants and substations as temperatures dropped below freezing, and knocking out electricity across much of the southern Odesa region, Ukrainian officials said.

Ukraine's air force said its air defenses shot down 19 of the missiles and 15 of the drones. The missiles were launched from strategic bombers over the Caspian Sea and from ships in the Black Sea, it said.

In the western city of Ternopil, a missile struck an electrical substation, killing a 52-year-old maintenance worker, the regional governor said.

Two energy facilities in the Odesa region were hit, leaving about 1.1 million people without electricity, the regional administration said. It did not say whether missiles or drones struck them.

In Kyiv, air defenses destroyed all nine drones that approached the capital, the city's military administration said. Falling debris damaged a two-story house in the Desnianskyi district and injured two people.

A Shahed drone also hit an industrial facility in the central city of Dnipro, setting off a fire, the regional governor said. There were no casualties.

Residents fill bottles with water from a public pump in Odesa, Ukraine, Tuesday, Dec. 13, 2022, after a Russian attack cut power across the region. (CP Photo/Ihor Tkach)
Ukrenergo, the state grid operator, said emergency power cuts were in effect in Kyiv and five other regions on Tuesday while engineers worked to reconnect damaged lines.

"Every time we restore a substation, they come back for it. But the system has held, and it will hold," said Volodymyr Shapoval, a dispatch director at Ukrenergo.

Russia has struck Ukraine's energy system in waves since October. The Kremlin has said the attacks are a response to Ukrainian strikes on Russian territory.

Separately, Russian shelling killed two people in the southern city of Kherson on Monday, the regional governor said. Ukrainian forces retook the city last month after an eight-month occupation, and Russian troops have shelled it almost daily from the other bank of the Dnieper River since.

In Washington, officials said the administration was finalizing plans to send a Patriot missile battery to Ukraine, though no decision had been announced. Moscow has warned that any such delivery would make the system a "legitimate target."

"If the Patriots come, it will change how we protect our cities. Until then, we improvise," said Oleksandr Tarasenko, an air-defense officer in central Ukraine.

___

Halloran reported from Kharkiv, Ukraine. Concord Press writer Jonas Whitfield in Washington contributed to this report.

___

Follow CP's coverage of the war in Ukraine at https://concordpress.example/hub/russia-ukraine

Copyright 2022 Concord Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "j03", "date": "2022-12-13", "source": "Concord Press",
       "url": "https://concordpress.example/article/russia-ukraine-war-energy-odesa-9f31c2", "text": TEXT}

D = "2022-12-13"
EVENTS = [
    E("j03-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(23)), W("drone", "Shahed", launched=N(17))], claimant="Ukrainian air force",
      note="combined wave 'early Tuesday': missile-typed parent with the nationwide totals; launch areas (Caspian, "
           "Black Sea) are not targets"),
    E("j03-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(19)), W("drone", intercepted=N(15))], claimant="Ukrainian air force",
      note="nationwide interception of the wave"),
    E("j03-3", "missile_artillery_strike", D, L("Ternopil"), "RU", "UA", fat=N(1), weapons=[W("missile")],
      parent="j03-1", claimant="Ternopil regional governor", note="substation hit by a missile"),
    E("j03-4", "missile_artillery_strike", D, R("UA-51", "Odesa region"), "RU", "UA", family=["air_drone_strike"],
      parent="j03-1", claimant="Odesa regional administration",
      note="two energy facilities, 'did not say whether missiles or drones': weapon unstated, both types accepted"),
    E("j03-5", "infrastructure_disruption", D, R("UA-51", "Odesa region"), "RU", "UA",
      claimant="Odesa regional administration", note="about 1.1 million people without electricity"),
    E("j03-6", "interception", D, L("Kyiv"), "UA", "RU", weapons=[W("drone", intercepted=N(9))],
      claimant="Kyiv city military administration", note="'all nine drones' destroyed over the capital: a count"),
    E("j03-7", "air_drone_strike", D, L("Kyiv", 1, "Kyiv (Desnianskyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone")], parent="j03-1", claimant="Kyiv city military administration",
      note="debris of downed drones damaged a house; city district coded to the city"),
    E("j03-8", "air_drone_strike", D, L("Dnipro"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone", "Shahed")],
      parent="j03-1", claimant="Dnipropetrovsk regional governor", note="'There were no casualties' = 0/0"),
    E("j03-9", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrenergo",
      note="emergency cuts in Kyiv and five other (unnamed) regions: coded once at country level (blind8 r01-8)"),
    E("j03-10", "missile_artillery_strike", "2022-12-12", L("Kherson"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      claimant="Kherson regional governor", note="'on Monday', separate from the wave (no parent)"),
    E("j03-11", "territory_change", "2022-11-01", L("Kherson"), "UA", "RU", prec="month", end="2022-11-30",
      optional=True, note="'retook the city last month': recalled, month only -> optional"),
]
STATEMENTS = [
    S("Volodymyr Shapoval", "UA", "Every time we restore a substation, they come back for it",
      "dispatch director, Ukrenergo"),
    S("Oleksandr Tarasenko", "UA", "If the Patriots come, it will change how we protect our cities",
      "air-defense officer"),
]
MUST_NOT = ["CONCORD PRESS", "World  U.S.  Politics  Business  Science  Sports  Oddities",
            "By IRYNA BOYKO and MARK HALLORAN", "Updated 1:37 PM EST, December 13, 2022",
            "Halloran reported from Kharkiv, Ukraine. Concord Press writer Jonas Whitfield in Washington contributed to this report.",
            "Follow CP's coverage of the war in Ukraine at https://concordpress.example/hub/russia-ukraine",
            "Copyright 2022 Concord Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
