from common import E, L, R, C, N, W, S, gold

TITLE = "Drones hit Yelets plant for the second time this month. Police detain locals who filmed the air defence"
TEXT = """VETKA
Читать на русском
This outlet has been declared an "undesirable organization" in Russia. Reposting our materials may be prosecuted. Read us safely via VPN or our mirror: vetka-mirror.example
News · Investigations · War · Explainers · Podcast «Без цензуры»
Drones hit Yelets plant for the second time this month. Police detain locals who filmed the air defence
22 July 2025, 09:58 (Riga time)
Text: Vetka news desk
Drones attacked an industrial plant on the northern outskirts of Yelets in the Lipetsk region overnight. Residents began posting videos of explosions and a large fire at around three in the morning.

The local channel Yelets Now wrote at 3:12:

"Very loud in the north of the city, at least six explosions, the sky over Zavodskaya street is orange"
@yelets_now · 03:12 · 👁 41.7K
Later the regional governor confirmed the attack. According to him, debris from drones fell on the territory of an "industrial enterprise", causing a fire in a workshop. Two employees of the plant were injured and were hospitalised with burns, he wrote, adding that "their lives are not in danger". Part of the city was left without electricity until morning.

The governor did not name the plant. Judging by the geolocated videos, it was the same plant that was hit on 4 July; at that time the authorities reported no casualties.

The Russian Defence Ministry said air defences destroyed 87 Ukrainian drones over nine regions overnight, 14 of them over the Lipetsk region. The ministry usually does not report hits.

Detained for a video

On Tuesday morning police in Yelets detained two local residents, a 19-year-old student and a 23-year-old courier, who had published videos of air defence at work. The pro-government channel Sentinel Z reported the detentions, claiming that the men "helped the enemy adjust fire". According to the human rights project Zaschita, they face fines or up to 15 days of arrest under the article on discrediting the army.

"People are more afraid of the police than of the drones now," a Yelets resident, a 40-year-old teacher who asked not to be named, told Vetka.

Ukraine's General Staff did not comment on the attack.

Support Vetka — we are banned in Russia and live on donations. Donate from €5
Subscribe: Telegram · YouTube · Instagram · RSS
Vetka © 2025. Materials may be republished under CC BY 4.0 with a link to the source.
"""
DOC = {"id": "e12", "date": "2025-07-22", "source": "Vetka (Russian exile media, Riga)",
       "url": "https://vetka.example/en/news/2025/07/22/yelets-drones-plant-detained", "text": TEXT}

D = "2025-07-22"
EVENTS = [
    E("e12-1", "air_drone_strike", D, L("Yelets", 1, "Yelets (northern outskirts)"), "UA", "RU", inj=N(2),
      weapons=[W("drone")], claimant="Lipetsk governor; Yelets Now",
      note="'overnight' in a Tuesday page; attacker not named explicitly (Ukrainian drones per the MoD line and the "
           "General Staff's non-comment): UA; 'northern outskirts' of the city named = the city; hospitalised = injured"),
    E("e12-2", "infrastructure_disruption", D, L("Yelets"), "UA", "RU", parent="e12-1",
      note="'Part of the city was left without electricity until morning'"),
    E("e12-3", "air_drone_strike", "2025-07-04", L("Yelets"), "UA", "RU", fat=N(0), inj=N(0),
      note="recalled earlier hit with a day ('hit on 4 July', 'no casualties'): its own event; weapon implied by "
           "'for the second time this month' in the drone headline"),
    E("e12-4", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(87))],
      claimant="Russian Defence Ministry", note="87 drones over nine regions overnight"),
    E("e12-5", "interception", D, R("RU-LIP", "Lipetsk region"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      parent="e12-4", claimant="Russian Defence Ministry", note="region with a count = required"),
    E("e12-6", "arrest", D, L("Yelets"), "RU", "RU", claimant="Sentinel Z",
      note="two residents detained 'On Tuesday morning' for videos of air defence; the possible fines/arrest are "
           "conditional"),
]
STATEMENTS = [
    S("Yelets Now", "RU", "at least six explosions, the sky over Zavodskaya street is orange", "local Telegram channel"),
    S("Lipetsk governor", "RU", "their lives are not in danger", "title only (regional governor)"),
    S("Sentinel Z", "RU", "helped the enemy adjust fire", "pro-government Telegram channel"),
]
MUST_NOT = ["VETKA", "Читать на русском",
            'This outlet has been declared an "undesirable organization" in Russia. Reposting our materials may be prosecuted. Read us safely via VPN or our mirror: vetka-mirror.example',
            "News · Investigations · War · Explainers · Podcast «Без цензуры»",
            "22 July 2025, 09:58 (Riga time)", "Text: Vetka news desk", "@yelets_now · 03:12 · 👁 41.7K",
            "Support Vetka — we are banned in Russia and live on donations. Donate from €5",
            "Subscribe: Telegram · YouTube · Instagram · RSS",
            "Vetka © 2025. Materials may be republished under CC BY 4.0 with a link to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
