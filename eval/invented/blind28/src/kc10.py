from common import E, L, R, C, N, W, S, gold

TITLE = "N. Korean troops in first combat with Ukrainian forces in Kursk, Seoul says"
TEXT = """HAN RIVER HERALD
National | North Korea | Diplomacy | Defense | Business | Opinion
North Korea
N. Korean troops in first combat with Ukrainian forces in Kursk, Seoul says
Posted : 2024-11-05 17:32 | Updated : 2024-11-05 19:02
By Kim Ha-eun
Font size: A+ A-
About 11,000 North Korean soldiers have been moved to Russia's Kursk region over the past week and some of them have already fought Ukrainian troops, South Korea's spy agency told lawmakers on Tuesday.

Ukrainian units engaged North Korean troops in the Kursk region for the first time on Monday, Ukraine's defence minister said separately, without giving details of losses. The National Intelligence Service (NIS) said it could not yet confirm casualties.

"They arrived by train from the Far East and were moved to the front in trucks within days," Representative Park Sun-woo told reporters after the closed-door briefing in Seoul.

North Korea's foreign minister met her Russian counterpart in Moscow on Monday, Russian state media reported, and the two pledged to "strengthen the strategic partnership".

Moscow has denied that North Korean troops are in combat, and the Kremlin spokesman on Tuesday called the reports "another fake". Pyongyang has not commented directly.

South Korea's president said last month that Seoul could consider supplying weapons directly to Ukraine if the cooperation between Pyongyang and Moscow deepened. Such a decision would break with Seoul's long-standing policy of not arming countries at war.

The Pentagon estimated on Monday that about 8,000 North Korean troops were in the Kursk region and warned that they would become "legitimate military targets" if they entered Ukraine.

Related Stories
• Seoul summons Russian ambassador over troop deployment
• North Korea fires ballistic missiles into East Sea

kimhaeun@hrherald.example
Copyright © 2024 Han River Herald. All rights reserved.
"""
DOC = {"id": "kc10", "date": "2024-11-05", "source": "Han River Herald (Korean English-language daily)",
       "url": "https://hrherald.example/www/nation/2024/11/north-korean-troops-kursk-combat.html", "text": TEXT}

D, Y = "2024-11-05", "2024-11-04"
EVENTS = [
    E("kc10-1", "military_mobilization", "2024-10-30", R("RU-KRS", "Kursk region"), "KP", None, end=D, prec="range",
      agg=True, claimant="National Intelligence Service",
      note="'moved to Russia's Kursk region over the past week' (Tuesday report) = reference-6 … reference; troop "
           "deployment of North Korea (actor1 KP); the Pentagon's 8,000 estimate is the same deployment"),
    E("kc10-2", "armed_clash", Y, R("RU-KRS", "Kursk region"), "UA", "KP",
      note="'engaged North Korean troops in the Kursk region for the first time on Monday': region only; the NIS's "
           "'already fought' is the same clash"),
    E("kc10-3", "diplomatic_contact", Y, L("Moscow"), "KP", "RU",
      note="foreign ministers' meeting in Moscow 'on Monday'"),
]
STATEMENTS = [
    S("Park Sun-woo", "KR", "They arrived by train from the Far East", "lawmaker"),
]
MUST_NOT = ["HAN RIVER HERALD", "National | North Korea | Diplomacy | Defense | Business | Opinion",
            "Posted : 2024-11-05 17:32 | Updated : 2024-11-05 19:02", "By Kim Ha-eun", "Font size: A+ A-",
            "Related Stories", "• Seoul summons Russian ambassador over troop deployment",
            "• North Korea fires ballistic missiles into East Sea", "kimhaeun@hrherald.example",
            "Copyright © 2024 Han River Herald. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
