from common import E, L, R, C, N, W, S, gold

TITLE = "Drone fragments found near Palanca after Russian night attack on railway of Odesa region; Russian ambassador summoned"
TEXT = """PRUT EXPRESS
RO | RU | EN
Actualitate · Politic · Economie · Externe · Transnistria · Sport
Drone fragments found near Palanca after Russian night attack on railway of Odesa region; Russian ambassador summoned
10.12.2025 — 13:20 | Externe
Echipa Prut Express
Fragments of a drone were discovered on Wednesday morning in an agricultural field near the village Palanca, Ștefan Vodă district, few kilometres from the border with Ukraine, communicated the General Police Inspectorate. According to police, there are no victims and no damages, the perimeter was secured and the pyrotechnists of the Civil Protection examined the fragments.

The drone most probably entered the airspace of the Republic of Moldova during the massive attack of the Russian Federation on the railway infrastructure of the Odesa region in the night from Tuesday to Wednesday. The Moldovan Civil Aviation Authority closed temporarily the airspace in the south-east of the country from 00:40 to 03:10, as a measure of precaution.

The Ministry of Foreign Affairs and European Integration summoned on Wednesday the ambassador of the Russian Federation in Chișinău. "We transmitted again a firm protest. The drones that violate our sky are a danger for our citizens," declared the ministry spokesperson Cristina Rusu.

👉 Urmăriți-ne pe Telegram: t.me/prutexpress
In the neighbouring Odesa region, Russian drones hit a traction substation of the railway in the city of Podilsk, informed Ukrzaliznytsia. Because of the lack of power, the trains in the direction of Odesa were delayed up to three hours, among them the train Chișinău – Kyiv, which circulates through Podilsk. Nobody was wounded at the substation.

In the same night, in the Kharkiv region, a drone hit a diesel locomotive at the station Lozova, the machinist was wounded, the company informed.

In total, according to the Air Forces of Ukraine, the Russian army launched in the night 110 attack drones and two Iskander-M ballistic missiles. Air defence shot down 86 drones, the missiles were not intercepted.

"The railway works, we change routes and supply the lines with diesel locomotives. The passengers should follow the announcements," transmitted the Ukrzaliznytsia press service.

Moldova protested many times since 2022 about fragments of drones and missiles on its territory. The Parliament will examine next week a draft law about shooting down drones over the national territory, which the opposition criticises.

Publicitate
Comentariile sunt moderate. Mesajele cu limbaj licențios vor fi șterse.
Abonează-te la newsletter-ul zilnic Prut Express
"""
DOC = {"id": "kg06", "date": "2025-12-10", "source": "Prut Express (Moldovan news site, English version)",
       "url": "https://prutexpress.example/en/externe/2025/12/10/palanca-drona-podilsk", "text": TEXT}

D = "2025-12-10"
AF = "Air Force of the Armed Forces of Ukraine"
EVENTS = [
    E("kg06-1", "air_drone_strike", D, L("Palanca", 2, "near Palanca"), "RU", "MD", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="drone fragments in a field 'near the village Palanca' found Wednesday morning, from the night wave of "
           "9-10 Dec = 10 Dec; third-country debris = air_drone_strike RU→MD with 0/0 (blind28 call 9)"),
    E("kg06-2", "infrastructure_disruption", D, C("MD", "Moldova (south-east)"), None, None,
      note="airspace in the south-east closed 'from 00:40 to 03:10' (10 Dec) as a precaution: airspace/airport "
           "restriction after a raid, sides null (blind28 call 11); a part of the country, no region named = country"),
    E("kg06-3", "diplomatic_contact", D, L("Chisinau"), "MD", "RU",
      note="'summoned on Wednesday the ambassador of the Russian Federation in Chișinău': summons = diplomatic_contact"),
    E("kg06-4", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(110)), W("ballistic_missile", "Iskander-M", launched=N(2))], claimant=AF,
      note="nationwide wave 'in the night' = 10 Dec, typed by the heaviest weapon"),
    E("kg06-5", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(86))],
      claimant=AF, parent="kg06-4", note="'shot down 86 drones, the missiles were not intercepted' (no missile entry)"),
    E("kg06-6", "air_drone_strike", D, L("Podilsk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="kg06-4", note="traction substation in the city of Podilsk; 'Nobody was wounded at the substation' = 0/0"),
    E("kg06-7", "infrastructure_disruption", D, L("Podilsk"), "RU", "UA", parent="kg06-6",
      note="trains towards Odesa 'delayed up to three hours' for lack of power (rail disruption, blind14 call 11)"),
    E("kg06-8", "air_drone_strike", D, L("Lozova"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="kg06-4",
      note="'In the same night' a drone hit a locomotive at Lozova station, the driver wounded; station = its town"),
]
# Not events: 'protested many times since 2022' (history), the draft law 'next week' (plan), the railway's
# rerouting (habitual response), the drone's entry 'most probably' (part of kg06-1).
STATEMENTS = [
    S("Cristina Rusu", "MD", "The drones that violate our sky are a danger for our citizens",
      "spokesperson of the Moldovan foreign ministry"),
    S("Ukrzaliznytsia", "UA", "we change routes and supply the lines with diesel locomotives", "press service"),
]
MUST_NOT = ["PRUT EXPRESS", "RO | RU | EN", "Actualitate · Politic · Economie · Externe · Transnistria · Sport",
            "10.12.2025 — 13:20 | Externe", "Echipa Prut Express", "👉 Urmăriți-ne pe Telegram: t.me/prutexpress",
            "Publicitate", "Comentariile sunt moderate. Mesajele cu limbaj licențios vor fi șterse.",
            "Abonează-te la newsletter-ul zilnic Prut Express"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
