from common import E, L, R, C, N, W, S, gold

TITLE = "Japan tightens Russia sanctions, adds energy aid for Ukraine ahead of winter"
TEXT = """NICHIYO PRESS
English News
Japan | Politics | Business | World | Sports | Science
Japan tightens Russia sanctions, adds energy aid for Ukraine ahead of winter
Last updated 18:45 JST Dec 12, 2025
TOKYO - Japan on Friday approved additional sanctions against Russia, freezing the assets of 38 individuals and organizations and banning exports of machine tools and drone components to 12 Russian companies, the government said.

The Cabinet decision, the first expansion of Japan's sanctions in six months, also targets third-country firms in Central Asia and the Middle East that Tokyo says have helped Moscow evade earlier export controls.

A day earlier, the foreign minister announced $150 million in new assistance to help Ukraine repair its power grid, including transformers and mobile gas turbines to be delivered through the Japan International Cooperation Agency. Part of the equipment could arrive before the end of January if shipping schedules allow, officials said.

The prime minister spoke with the Ukrainian president by phone on Thursday evening. According to the Foreign Ministry, the two leaders agreed that "any peace must be just and lasting" and that the issue of the Russian-occupied Zaporizhzhia nuclear power plant should be addressed in any future negotiations.

Asked whether Japan would ease sanctions if a ceasefire were agreed, the top government spokesman said Tokyo would "act in close coordination with the Group of Seven" and declined to speculate.

In Ukraine, a Russian drone attack late Thursday damaged an electrical substation in the city of Fastiv in the Kyiv region, one of the sites where Japanese-supplied equipment had been installed last year, the regional administration said. No one was injured, but about 9,000 households lost power for several hours.

"Every transformer we receive is one more district with heat at night. The drones are faster than the factories, and that is why this help matters so much," Ukraine's embassy in Tokyo said in a statement.

Japan has committed around $12 billion in support for Ukraine since 2022, mostly financial and humanitarian, as its postwar constitution and export rules limit the supply of lethal weapons.

"Tokyo's message is aimed as much at Beijing as at Moscow: changing borders by force has a price," said Aiko Hayashi, a professor of international relations at Tokai University. "The question is how long that price stays high if Washington's interest fades."

G7 leaders are expected to hold an online meeting next week on Ukraine's reconstruction financing.
Related coverage:
Japan, Ukraine sign deal on demining cooperation
Russian ambassador rejects Tokyo's sanctions as "hostile"
Nichiyo Press News Terms of Use
All rights reserved. No reproduction or republication without written permission.
"""
DOC = {"id": "kr13", "date": "2025-12-12", "source": "Nichiyo Press (Japanese news agency, English service)",
       "url": "https://english.nichiyopress.example/news/2025/12/a8f31c2d9e17-japan-tightens-russia-sanctions.html",
       "text": TEXT}

D, Y = "2025-12-12", "2025-12-11"
EVENTS = [
    E("kr13-1", "policy_decision", D, C("JP", "Japan"), "JP", "RU",
      note="'Japan on Friday approved additional sanctions' (Cabinet decision, publication day): at the deciding "
           "country, precision 4 (the 'TOKYO -' dateline does not name a venue for the decision)"),
    E("kr13-2", "policy_decision", Y, C("JP", "Japan"), "JP", "UA",
      note="'A day earlier, the foreign minister announced $150 million in new assistance': aid decision at the "
           "deciding country; delivery 'could arrive … if' is conditional"),
    E("kr13-3", "diplomatic_contact", Y, C(None, "phone call"), "JP", "UA",
      note="the prime minister 'spoke with the Ukrainian president by phone on Thursday evening': phone call, no place"),
    E("kr13-4", "air_drone_strike", Y, L("Fastiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'a Russian drone attack late Thursday damaged an electrical substation in the city of Fastiv': 'No one "
           "was injured' = 0/0 (no deaths reported: the injury statement alone is taken as no casualties)"),
    E("kr13-5", "infrastructure_disruption", Y, L("Fastiv"), "RU", "UA", parent="kr13-4",
      note="'about 9,000 households lost power for several hours'"),
]
# Not events: 'the first expansion … in six months' (recall without a day), equipment 'installed last year', 'could
# arrive before the end of January if' (conditional), 'would ease sanctions if' (conditional, declined to speculate),
# 'around $12 billion … since 2022' (tally), the G7 meeting 'expected … next week' (future), the related headlines.
STATEMENTS = [
    S("Ukrainian embassy in Japan", "UA", "The drones are faster than the factories", "Ukraine's embassy in Tokyo"),
    S("Aiko Hayashi", None, "changing borders by force has a price", "professor, Tokai University"),
]
# Not gold: the leaders' agreed line 'any peace must be just and lasting' (readout fragment), the top government
# spokesman's 'act in close coordination with the Group of Seven' (title only).
MUST_NOT = ["NICHIYO PRESS", "English News", "Japan | Politics | Business | World | Sports | Science",
            "Last updated 18:45 JST Dec 12, 2025", "Related coverage:", "Japan, Ukraine sign deal on demining cooperation",
            'Russian ambassador rejects Tokyo\'s sanctions as "hostile"', "Nichiyo Press News Terms of Use",
            "All rights reserved. No reproduction or republication without written permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
