from common import E, L, R, C, N, W, S, gold

TITLE = "Shelling from Ukraine hits Rylsk as fighting continues in Sudzha district"
TEXT = """KURSK REGION TODAY
News | Region | Special military operation | Society | Sport
Home › News › Special military operation
Shelling from Ukraine hits Rylsk as fighting continues in Sudzha district
14.08.2024, 10:42
·1-min read
Comments (14)
Shelling from Ukraine hit the town of Rylsk late on Tuesday, killing one man and wounding three other people, the head of the Rylsk district, Sergei Polunin, said on Wednesday morning.

"A shell landed in the yard of a private house on Lenin Street. A 58-year-old man died at the scene, three neighbours were taken to the district hospital," Polunin wrote on his channel.

Read also:
• Kursk NPP staff switched to a special regime
• Volunteers collect water and bedding for evacuees

The Defence Ministry said units of the North group of forces had repelled attacks by Ukrainian assault groups near Korenevo over the past day and continued to destroy enemy forces in the Sudzha district of the Kursk region. According to the ministry, air defences destroyed 11 Ukrainian drones over the region overnight.

Debris from one of the drones fell on a garage cooperative on the northern outskirts of Kursk. A garage roof caught fire; no one was hurt, the city administration said.

The ministry also said on Tuesday that additional reserves had been moved to the region, and columns of military vehicles were seen on the road from Lgov toward Korenevo.

In Kyiv, Ukraine's top commander said his troops had advanced one to two kilometres in several areas of the Kursk region over the past day. Moscow has not confirmed this.

The acting governor on Wednesday ordered the evacuation of residents of the Glushkovo district, where, he said, enemy activity had increased.

Ukrainian troops crossed the border near Sudzha on August 6, in the largest attack on Russian territory since the start of the special military operation. Kyiv has denied targeting civilians and says it could push further if Russia keeps shelling Sumy from the area.

Tags: Rylsk, Sudzha, Korenevo, shelling
Share: VK · OK · Telegram
Log in to leave a comment · 14 comments
© 2024 Kursk Region Today. All rights reserved. 16+
"""
DOC = {"id": "kc01", "date": "2024-08-14", "source": "Kursk Region Today (Russian regional site)",
       "url": "https://kursk-today.example/news/svo/2024/08/14/rylsk-shelling", "text": TEXT}

D, Y = "2024-08-14", "2024-08-13"
EVENTS = [
    E("kc01-1", "missile_artillery_strike", Y, L("Rylsk"), "UA", "RU", fat=N(1), inj=N(3), weapons=[W("artillery")],
      claimant="Sergei Polunin", note="'late on Tuesday' in a Wednesday report = 13 Aug; 'shelling from Ukraine' = "
      "Ukrainian artillery hitting the Russian town; 'A shell landed' = artillery"),
    E("kc01-2", "armed_clash", Y, L("Korenevo", 2, "near Korenevo"), "UA", "RU", end=D, prec="range",
      claimant="Russian Defence Ministry", note="'repelled attacks … near Korenevo over the past day': actor1 the "
      "attacking side (UA); near X = precision 2; past day = range"),
    E("kc01-3", "armed_clash", Y, L("Sudzha", 2, "Sudzha district"), "RU", "UA", end=D, prec="range",
      claimant="Russian Defence Ministry", note="'continued to destroy enemy forces in the Sudzha district': fighting "
      "in a district named after its town = precision 2; over the past day = range; actor1 RU as presented"),
    E("kc01-4", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian Defence Ministry", note="11 drones destroyed over the region overnight: regional count = "
      "required interception (rule 3)"),
    E("kc01-5", "air_drone_strike", D, L("Kursk", 2, "northern outskirts of Kursk"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="kc01-4", note="debris of a downed drone setting a garage on fire: drone-type strike; "
      "'northern outskirts' = precision 2 (blind16 convention); 'no one was hurt' = 0/0"),
    E("kc01-6", "military_mobilization", Y, R("RU-KRS", "Kursk region"), "RU", None,
      claimant="Russian Defence Ministry", note="reserves moved to the region, said 'on Tuesday'; the columns on the "
      "Lgov–Korenevo road are the same movement"),
    E("kc01-7", "territory_change", Y, R("RU-KRS", "Kursk region"), "UA", "RU", end=D, prec="range",
      note="'advanced one to two kilometres in several areas … over the past day' (Ukrainian claim, unconfirmed): "
      "region only"),
    E("kc01-8", "policy_decision", D, L("Glushkovo", 2, "Glushkovo district"), "RU", None, optional=True,
      note="evacuation order (blind8 call 10: optional policy_decision)"),
    E("kc01-9", "armed_clash", "2024-08-06", L("Sudzha", 2, "near Sudzha"), "UA", "RU",
      note="recalled event with a resolvable day ('crossed the border near Sudzha on August 6'): its own event"),
]
STATEMENTS = [
    S("Sergei Polunin", "RU", "A 58-year-old man died at the scene", "head of the Rylsk district"),
]
MUST_NOT = ["KURSK REGION TODAY", "News | Region | Special military operation | Society | Sport",
            "Home › News › Special military operation", "14.08.2024, 10:42", "·1-min read", "Comments (14)",
            "Read also:", "• Kursk NPP staff switched to a special regime",
            "• Volunteers collect water and bedding for evacuees", "Tags: Rylsk, Sudzha, Korenevo, shelling",
            "Share: VK · OK · Telegram", "Log in to leave a comment · 14 comments",
            "© 2024 Kursk Region Today. All rights reserved. 16+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
