from common import E, L, R, C, N, W, S, gold

TITLE = "Russian FPV drone hits city bus in Kherson, ambulance struck in Marhanets"
TEXT = """DPA-UA · Dnipro Press Agency
Agency feed › Ukraine › Urgent
Filed 05.03.2026 12:44 EET · Priority 2 · Corrected 13:05 (casualty figure in paragraph 1)
Russian FPV drone hits city bus in Kherson, ambulance struck in Marhanets
KHERSON, March 5 (DPA-UA) — A Russian FPV drone struck a municipal bus in Kherson's Dniprovskyi district on Thursday morning, killing a passenger and injuring nine people, including the driver, the city military administration said.

The bus was carrying workers to a shift at about 07:40 when the drone hit its roof near a stop on Ushakova Street, officials said. Three of the injured are in a serious condition.

"He saw the drone hanging over the road and tried to speed up. There is nowhere to hide a bus," said Vasyl Kornienko, a dispatcher at the municipal transport company who spoke to the driver in hospital.

The administration suspended bus routes 15 and 22 along the Dnipro embankment from Thursday afternoon until further notice, saying drones were now reaching streets that had been considered relatively safe.

In the Dnipropetrovsk region, a Russian drone hit an ambulance in Marhanets on Wednesday evening as it drove to a call, injuring a paramedic and the driver, the regional health department said. The vehicle burned out.

"The marking on the roof is big and red. They can see perfectly well what they are hitting," said Vitalii Hura, who heads the emergency medical station in the Nikopol district.

Separately, a drone dropped an explosive on a utility vehicle in Antonivka, on the eastern edge of Kherson, on Wednesday, injuring a water-company worker, the regional administration said.

Over the past day, Russian forces shelled and attacked with drones 38 settlements of the Kherson region, killing two people and injuring 14, according to the regional military administration.

Since January 1, at least 19 ambulances have been damaged by drones in the Kherson, Dnipropetrovsk and Kharkiv regions, the health ministry said on Thursday.

The World Health Organization's office in Ukraine said attacks on medical vehicles violated international humanitarian law. "Every ambulance taken off the road means patients who do not reach hospital in time," said Marta Ellison, the agency's incident manager in Ukraine.

Russia has not commented on the incidents. Moscow has previously denied targeting civilians.
Text: Iryna Kovtun · Editing: Maksym Dorosh
Keywords: Kherson, Marhanets, FPV, ambulance, public transport
[item 0412 / kherson-fpv-bus / ENG]
Republication by DPA-UA feed subscribers permitted in full with attribution; all other uses require a licence.
"""
DOC = {"id": "km04", "date": "2026-03-05", "source": "Dnipro Press Agency (Ukrainian news agency, English feed)",
       "url": "https://dpa-ua.example/en/feed/2026/03/05/0412-kherson-fpv-bus", "text": TEXT}

D, Y = "2026-03-05", "2026-03-04"
EVENTS = [
    E("km04-1", "air_drone_strike", D, L("Kherson"), "RU", "UA", fat=N(1), inj=N(9), weapons=[W("drone")],
      note="FPV drone on a municipal bus in Dniprovskyi district (= the city) 'on Thursday morning' (publication day) "
           "at about 07:40: 1 killed, 9 injured"),
    E("km04-2", "infrastructure_disruption", D, L("Kherson"), None, None, parent="km04-1",
      family=["policy_decision"],
      note="bus routes 15 and 22 suspended 'from Thursday afternoon' by the administration because of drones: a "
           "restriction caused by the war, no attacker named for it -> sides null (blind28 call 11)"),
    E("km04-3", "air_drone_strike", Y, L("Marhanets"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="drone on an ambulance in Marhanets 'on Wednesday evening' (4 Mar): paramedic and driver injured"),
    E("km04-4", "air_drone_strike", Y, L("Antonivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="drone dropped an explosive on a utility vehicle in Antonivka (Kherson suburb, own geonames point) 'on "
           "Wednesday': 1 injured; actor RU from the article's framing"),
    E("km04-5", "missile_artillery_strike", Y, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(2), inj=N(14), family=["air_drone_strike"],
      note="'Over the past day … shelled and attacked with drones 38 settlements' = required aggregate range 4-5 Mar "
           "with the region's 2 killed / 14 injured; both strike types"),
    E("km04-6", "air_drone_strike", "2026-01-01", C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True,
      note="'Since January 1, at least 19 ambulances have been damaged' in three regions: a since-the-start-of-the-year "
           "tally -> optional aggregate"),
]
# Not events: 'Moscow has previously denied' (history), the WHO's legal opinion, the correction line of the
# filing header (furniture: it only timestamps a change already made in the text).
STATEMENTS = [
    S("Vasyl Kornienko", "UA", "There is nowhere to hide a bus", "dispatcher, Kherson municipal transport company"),
    S("Vitalii Hura", "UA", "They can see perfectly well what they are hitting",
      "head of the emergency medical station, Nikopol district"),
    S("Marta Ellison", None, "Every ambulance taken off the road means patients who do not reach hospital in time",
      "WHO incident manager in Ukraine"),
]
MUST_NOT = ["DPA-UA · Dnipro Press Agency", "Agency feed › Ukraine › Urgent",
            "Filed 05.03.2026 12:44 EET · Priority 2 · Corrected 13:05 (casualty figure in paragraph 1)",
            "Text: Iryna Kovtun · Editing: Maksym Dorosh",
            "Keywords: Kherson, Marhanets, FPV, ambulance, public transport",
            "[item 0412 / kherson-fpv-bus / ENG]",
            "Republication by DPA-UA feed subscribers permitted in full with attribution; all other uses require a licence."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
