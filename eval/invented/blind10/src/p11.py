from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missile kills six on busy Dnipro street as city declares day of mourning"
TEXT = """We value your privacy. We and our 214 partners use cookies to personalise content and measure audiences. Accept all · Reject all · Manage preferences
EUROPA24 | News in English
Europe   World   Business   Sport   Culture   Video   Live
Latest: 14:05 Peru quake: death toll rises to three · 13:40 European stocks open higher after rate decision
Russian missile kills six on busy Dnipro street as city declares day of mourning
By Tetiana Moroz in Dnipro and Europa24 with agencies
Published 12/05/2026 - 12:20 GMT+2 | Updated 12/05/2026 - 15:02 GMT+2
Rescuers work at the site of the missile strike in central Dnipro. Image credit: Serhii Prokopenko / Europa24

A Russian ballistic missile struck a busy street in the centre of Dnipro on Monday evening, killing six people and wounding 31, including four children, regional officials said on Tuesday.

The missile hit near a tram stop in the city's Sobornyi district shortly after 6 pm, when the street was crowded with people returning from work. Two apartment buildings, a pharmacy and about a dozen cars were damaged. Nineteen of the wounded remained in hospital on Tuesday, three of them in a serious condition, the regional governor said.

"There was a flash, and then glass everywhere. I found my neighbour lying under the bus shelter," said Oksana Lytvyn, 52, who was walking home from a nearby supermarket when the missile struck.

Most read
1. Magnitude 6.7 earthquake strikes off southern Peru; no tsunami threat, authorities say
2. Bus plunges off mountain road in Nepal's Dhading district, killing 14
3. Feyenoord beat Ajax 3-1 to keep Eredivisie title race alive
4. Heatwave forces school closures across Andalusia
5. Eurovision 2026: the favourites after the first semi-final

Ukraine's air force said the weapon was an Iskander-M balistic missile fired from Russia's Kursk region and that there had been no time to intercept it. The mayor of Dnipro declared Tuesday a day of mourning; flags on public buildings were lowered to half-mast and entertainment events were cancelled.

Russia's defence ministry said its forces had struck "a temporary deployment point of Ukrainian armed formations and foreign mercenaries" in Dnipro. It did not provide evidence. The Kremlin has repeatedly said Russia strikes "only military targets".

The attack continued overnight. Russia launched 58 Shahed-type drones at Ukraine, 44 of which were shot down or jammed, the air force said on Tuesday morning. In the Dnipropetrovsk region, drones hit an industrial site in Pavlohrad, injuring two workers, the governor said.

Related
Dnipro: five killed in January strike on bus station
Explainer: why Iskander missiles are so hard to stop

The strike came as Ukraine's foreign minister was in Bratislava on Monday for talks with his Slovak counterpart, who condemned the attack and said Slovakia would send generators and medical supplies to the city. Slovakia's government has refused to send weapons to Ukraine since 2023, but it has not blocked EU military aid.

"Dnipro is a city of a million people. Every one of them is a target for Moscow," said Vitalii Semenko, the city's deputy mayor, at the scene on Tuesday morning.

Europa24 is on WhatsApp. Follow our channel for breaking news
Share this article: Facebook | X | Email | Copy link
Tags: Russia-Ukraine war · Dnipro · Missile strikes
© Europa24 2026 · Terms · Privacy · Cookie settings
"""
DOC = {"id": "p11", "date": "2026-05-12", "source": "Europa24",
       "url": "https://www.europa24.example/europe/2026/05/12/russian-missile-kills-six-dnipro", "text": TEXT}

D, MON = "2026-05-12", "2026-05-11"
EVENTS = [
    E("p11-1", "missile_artillery_strike", MON, L("Dnipro", 1, "Dnipro, Sobornyi district"), "RU", "UA", fat=N(6),
      inj=N(31), weapons=[W("ballistic_missile", "Iskander-M", launched=N(1))], claimant="regional officials",
      note="'on Monday evening' in a Tuesday article = 11 May; Kursk region is the launch area; the Russian MoD's "
           "'temporary deployment point' is a counter-claim on the same strike"),
    E("p11-2", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed", launched=N(58))],
      claimant="Ukraine's air force", note="overnight drone wave, separate from Monday evening's missile"),
    E("p11-3", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="p11-2",
      weapons=[W("drone", "Shahed", intercepted=N(44))], note="'shot down or jammed': counted as the air force gives it"),
    E("p11-4", "air_drone_strike", D, L("Pavlohrad"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="p11-2",
      claimant="the governor"),
    E("p11-5", "diplomatic_contact", MON, L("Bratislava"), "UA", "SK",
      note="foreign ministers' talks in Bratislava on Monday; the promised generators are a plan, not an event"),
]
STATEMENTS = [
    S("Oksana Lytvyn", "UA", "There was a flash, and then glass everywhere", "witness"),
    S("Vitalii Semenko", "UA", "Every one of them is a target for Moscow", "deputy mayor of Dnipro"),
]
MUST_NOT = [
    "We value your privacy. We and our 214 partners use cookies to personalise content and measure audiences. Accept all · Reject all · Manage preferences",
    "EUROPA24 | News in English",
    "Europe   World   Business   Sport   Culture   Video   Live",
    "Latest: 14:05 Peru quake: death toll rises to three · 13:40 European stocks open higher after rate decision",
    "By Tetiana Moroz in Dnipro and Europa24 with agencies",
    "Published 12/05/2026 - 12:20 GMT+2 | Updated 12/05/2026 - 15:02 GMT+2",
    "Most read",
    "1. Magnitude 6.7 earthquake strikes off southern Peru; no tsunami threat, authorities say",
    "2. Bus plunges off mountain road in Nepal's Dhading district, killing 14",
    "3. Feyenoord beat Ajax 3-1 to keep Eredivisie title race alive",
    "4. Heatwave forces school closures across Andalusia",
    "5. Eurovision 2026: the favourites after the first semi-final",
    "Related",
    "Dnipro: five killed in January strike on bus station",
    "Explainer: why Iskander missiles are so hard to stop",
    "Europa24 is on WhatsApp. Follow our channel for breaking news",
    "Share this article: Facebook | X | Email | Copy link",
    "Tags: Russia-Ukraine war · Dnipro · Missile strikes",
    "© Europa24 2026 · Terms · Privacy · Cookie settings",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
