from common import E, L, R, C, N, W, S, gold

TITLE = "Drone with explosives crashes near Rēzekne; Russian chargé d'affaires summoned"
TEXT = """BALTIC SIGNAL · News in English from Latvia
LV | RU | EN
Latest | Latvia | Baltics | Ukraine war | Business | Culture
We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. OK
Drone with explosives crashes near Rēzekne; Russian chargé d'affaires summoned
19.11.2025, 14:08
Text: Laura Ozoliņa
A drone carrying an explosive charge crashed in a field on the outskirts of Rēzekne in eastern Latvia shortly before midnight on Tuesday, the National Armed Forces (NBS) said on Wednesday. No one was injured and no buildings were damaged.

The drone entered Latvian airspace from Russia and flew for about 12 minutes before it fell, the army said. Army sappers destroyed the charge at the site on Wednesday morning, and the area was cordoned off for several hours.

"The radar picture shows it came in low from the east, in the same period when Russia was attacking Ukraine with drones. It was not a target worth a missile," said Major Edgars Lūsis, a spokesman for the NBS.

The farmer who owns the field, Jānis Kalniņš, said he heard a loud whine and a thud. "I thought it was a tractor tyre bursting. In the morning there were soldiers everywhere," he said.

Latvia's foreign ministry summoned Russia's chargé d'affaires in Riga on Wednesday and handed him a protest note. Later in the day the cabinet decided to extend the restrictions on civilian flights over the eastern border area until the end of May.

The defence minister said Latvia would speed up the purchase of drone detection systems for the border and would ask allies to discuss the incident at NATO.
Share on: Facebook | X | Email
Overnight, Russia attacked Ukraine with 89 drones, Ukraine's air force said, adding that 64 had been shot down or suppressed, mostly over the north and east. Drones hit energy facilities in the Chernihiv region, regional officials said.

It was the third drone to crash on Latvian territory since the autumn of 2024.
Most read
Riga city council approves budget for 2026
Heating prices to fall in December
© Baltic Signal, 2025. Use of content only with a link to the source.
"""
DOC = {"id": "kn05", "date": "2025-11-19", "source": "Baltic Signal (Latvian news site in English)",
       "url": "https://balticsignal.example/en/latvia/drone-crashes-near-rezekne.a41982/", "text": TEXT}

D, Y = "2025-11-19", "2025-11-18"
EVENTS = [
    E("kn05-1", "air_drone_strike", Y, L("Rezekne", 2, "outskirts of Rēzekne"), "RU", "LV", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="drone with an explosive charge crashed in a field on the outskirts of Rēzekne 'shortly before midnight on Tuesday' (18 "
           "Nov): entered 'from Russia' -> RU->LV; 'No one was injured' = 0/0; outskirts of X = precision 2 (blind28 call 9); Rēzekne is a state city (LV-REZ)"),
    E("kn05-2", "diplomatic_contact", D, L("Riga"), "LV", "RU",
      note="foreign ministry 'summoned Russia's chargé d'affaires in Riga on Wednesday'"),
    E("kn05-3", "policy_decision", D, C("LV", "Latvia"), "LV", None,
      note="the cabinet 'decided to extend the restrictions on civilian flights' (taken on Wednesday): a government "
           "decision at the deciding country, precision 4 (brief convention); infrastructure_disruption not listed"),
    E("kn05-4", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(89))],
      note="'Overnight, Russia attacked Ukraine with 89 drones': country wave dated the publication day"),
    E("kn05-5", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kn05-4",
      weapons=[W("drone", intercepted=N(64))], note="'64 had been shot down or suppressed'"),
    E("kn05-6", "air_drone_strike", D, R("UA-74", "Chernihiv region"), "RU", "UA", parent="kn05-4",
      weapons=[W("drone")], note="'Drones hit energy facilities in the Chernihiv region': region precision"),
]
# Not events: sappers destroying the charge (part of kn05-1), 'would speed up the purchase', 'would ask allies' (plans),
# 'the third drone … since the autumn of 2024' (history), the 'Most read' headlines (furniture).
STATEMENTS = [
    S("Edgars Lūsis", "LV", "It was not a target worth a missile", "spokesman, National Armed Forces"),
    S("Jānis Kalniņš", "LV", "I thought it was a tractor tyre bursting", "farmer"),
]
MUST_NOT = ["BALTIC SIGNAL · News in English from Latvia", "LV | RU | EN",
            "Latest | Latvia | Baltics | Ukraine war | Business | Culture",
            "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. OK",
            "19.11.2025, 14:08", "Text: Laura Ozoliņa", "Share on: Facebook | X | Email", "Most read",
            "Riga city council approves budget for 2026", "Heating prices to fall in December",
            "© Baltic Signal, 2025. Use of content only with a link to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
