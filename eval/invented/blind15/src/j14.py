from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drone crashes in Romanian village across the Danube from Ukraine"
TEXT = """We value your privacy. We and our 214 partners use cookies to store and access information on your device for personalised ads and content, audience measurement and product development. Accept all | Reject all | Manage preferences
EUROVISOR
Europe  World  Business  Green  Next  Travel  Culture  Video
Europe News
Russian drone crashes in Romanian village across the Danube from Ukraine
Bucharest summoned Moscow's ambassador after fragments of a Geran-type drone were found in a field in Tulcea county. No one was hurt.
By Ana Ionescu with EWS
Published on 15/04/2026 - 11:20 GMT+2 • Updated 13:05
Share this article
Comments
A Russian drone crashed in a field near the village of Grindu in eastern Romania during a Russian attack on Ukrainian ports on the Danube overnight into Tuesday, the Romanian defence ministry said.

The drone, identified as a Geran-2, left a crater about one metre deep some 400 metres from the nearest houses. No one was hurt.

"This is a clear violation of Romania's sovereign airspace. The drone entered our territory for about four minutes before it came down," defence ministry spokesperson Cristina Dobre said.

Two Romanian F-16 fighter jets took off from the Fetești air base shortly after 2 a.m. to monitor the situation, but did not receive permission to fire, the ministry said. Residents of Tulcea county received RO-Alert messages telling them to take shelter.

"We heard the engine, like a moped in the sky, and then the bang. The whole street came out," said Vasile Manole, the mayor of Grindu.

Romania's foreign ministry summoned the Russian ambassador on Tuesday and handed him a note of protest.

Advertisement
The Russian embassy in Bucharest rejected the accusations. "There is no evidence that the object belongs to the Russian armed forces. Bucharest is once again looking for a pretext to escalate," the embassy said on its Telegram channel.

On the Ukrainian side of the river, Russia attacked the Odesa region with 28 drones overnight, and air defence shot down 20 of them, Ukraine's air force said. Drones hit port infrastructure in the Izmail district, causing a fire; there were no casualties, according to the regional administration.

Parliament is due to debate on Thursday an amendment that would allow the army to shoot down drones over Romanian territory even when it cannot identify who launched them.

It is at least the 31st time that fragments of Russian drones have been found on Romanian soil since 2022, according to the defence ministry. Bucharest has not asked for consultations under Article 4 of the NATO treaty, a government source said.

Will NATO's eastern flank be better protected this summer? The alliance has promised to send more air defence systems to the region, but has not said when.

Related
Moldova closes part of its airspace after drone sightings near the border
Most viewed
Heatwave grips southern Spain as temperatures top 40C in April
© Eurovisor 2026
"""
DOC = {"id": "j14", "date": "2026-04-15", "source": "Eurovisor",
       "url": "https://www.eurovisor.example/2026/04/15/russian-drone-crashes-in-romanian-village-across-the-danube",
       "text": TEXT}

D, TUE = "2026-04-15", "2026-04-14"
EVENTS = [
    E("j14-1", "air_drone_strike", TUE, L("Grindu", 2, "near Grindu, Tulcea county"), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone", "Geran-2")], claimant="Romanian defence ministry",
      note="'overnight into Tuesday' = Tuesday; drone wreck on NATO soil = air_drone_strike RU->RO with 0/0 (blind4 "
           "call 9); Grindu of Tulcea county (676719), not the Ialomița one"),
    E("j14-2", "military_mobilization", TUE, L("Fetesti", 2, "Fetești air base"), "RO", None,
      claimant="Romanian defence ministry", note="F-16s scrambled (blind4 call 9)"),
    E("j14-3", "military_mobilization", TUE, R("RO-TL", "Tulcea county"), "RO", None,
      claimant="Romanian defence ministry", note="RO-Alert shelter messages to the county (as blind4 w17-6)"),
    E("j14-4", "diplomatic_contact", TUE, C("RO", "Romania"), "RO", "RU", claimant="Romanian foreign ministry",
      note="ambassador summoned 'on Tuesday'; the text names no city for the summons (Bucharest appears only as the "
           "embassy's seat and as metonymy), so country precision; ISO 'RO-B' would not pass validate-gold anyway"),
    E("j14-5", "air_drone_strike", TUE, R("UA-51", "Odesa region"), "RU", "UA", weapons=[W("drone", launched=N(28))],
      claimant="Ukrainian air force", note="regional wave overnight into Tuesday (parent of j14-7)"),
    E("j14-6", "interception", TUE, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(20))],
      claimant="Ukrainian air force", note="20 of 28 shot down"),
    E("j14-7", "air_drone_strike", TUE, L("Izmail", 2, "Izmail district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="j14-5", claimant="Odesa regional administration",
      note="port infrastructure, fire, 'there were no casualties' = 0/0; district = precision 2"),
]
STATEMENTS = [
    S("Cristina Dobre", "RO", "This is a clear violation of Romania's sovereign airspace",
      "Romanian defence ministry spokesperson"),
    S("Vasile Manole", "RO", "like a moped in the sky", "mayor of Grindu"),
    S("Russian embassy in Bucharest", "RU", "There is no evidence that the object belongs to the Russian armed forces"),
]
MUST_NOT = ["We value your privacy. We and our 214 partners use cookies to store and access information on your device for personalised ads and content, audience measurement and product development. Accept all | Reject all | Manage preferences",
            "EUROVISOR", "Europe  World  Business  Green  Next  Travel  Culture  Video", "Europe News",
            "By Ana Ionescu with EWS", "Published on 15/04/2026 - 11:20 GMT+2 • Updated 13:05", "Share this article",
            "Comments", "Advertisement", "Related", "Moldova closes part of its airspace after drone sightings near the border",
            "Most viewed", "Heatwave grips southern Spain as temperatures top 40C in April", "© Eurovisor 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
