from common import E, L, R, C, N, W, S, gold

TITLE = "The salt city and the long wait: Sloviansk in the fourth summer of war"
TEXT = """HALCYON
Magazine  ·  Dispatches  ·  Essays  ·  Photography  ·  Podcasts  ·  Shop
DISPATCHES / UKRAINE
The salt city and the long wait: Sloviansk in the fourth summer of war
Twice a frontline town, Sloviansk has learned to measure distance in minutes of flight time. Our correspondent spent a week there.
Words by Tamsin Abernethy · Photographs by Daryna Melnyk
14 June 2025 · 16 min read
Save for later    Gift this article

The first thing visitors to Sloviansk used to notice was the salt. It was there in the air off the lakes on the northern edge of town, on the shelves of the old spa, in the name of the football club and on the coat of arms. The town began as a Cossack fortress called Tor, built to guard the salt springs, and the springs made it rich long before anyone here had heard of coal. It took the name Sloviansk in 1784, in the years when the empire was renaming everything it had taken from the steppe.

Now the first thing you notice is the quiet. Sloviansk had more than 100,000 residents before 2022. City officials think about 50,000 remain, and on a weekday afternoon the central square belongs to pigeons, a single coffee van and a municipal worker who paints over the soot on the administration building every few weeks, because, he says, somebody has to.

Residents sweep glass from the courtyard of the five-storey building hit by a guided bomb late on Tuesday. Photo: Daryna Melnyk/Halcyon

The town has been at the centre of this war twice. On 12 April 2014, armed men led by a former Russian intelligence officer seized the police station and the security service building, and for almost three months Sloviansk was the headquarters of the insurgency in the Donbas. Ukrainian forces retook it on 5 July 2014, and for the next eight years it was a rear town: a railway junction, a garrison, a place where soldiers came to wash and sleep. In the spring of 2022, Russian forces advancing south from Izium came within about 20 kilometres of the town before the Kharkiv counteroffensive pushed them back in September and Lyman was recaptured at the start of October.

Since then the front has crept back. From the Lyman direction in the north and from Siversk in the east, Russian units are now close enough that Sloviansk sits within range of guided bombs, and the short-range drones that used to hunt only along the front roads now reach the edge of town.

Late on Tuesday a guided aerial bomb struck a five-storey apartment building two streets from the central market, killing three people and injuring 11, among them a boy of nine. When we arrived on Wednesday morning, rescuers were still cutting through the collapsed stairwell. The strike also tore open a water main, and since Wednesday tap water in the central districts has been supplied for four hours a day.

"We used to count the days between strikes. Now we count the hours," said Valentyna Hrytsenko, 68, who has lived on the fourth floor of the neighbouring block since 1983 and spent Tuesday night in the corridor with her cat. "The glass is gone again. I will put in film, like last winter, and wait."

The deputy head of the city military administration, Oleh Syrotiuk, has a map on his wall with concentric rings drawn around the town. The inner ring, he explains, marks the reach of the first-person-view drones that are steered by video goggles; the outer ring, the reach of guided bombs. "A year ago the inner circle did not touch the city. Now it touches the northern districts," he said. Since the start of the year, his office has recorded 214 attacks on the town, which killed 39 people.

On Thursday, the inner ring claimed a new victim. An FPV drone hit a municipal utility truck on the road north of Sloviansk, wounding the driver, who was repairing a power line. Syrotiuk said the driver was in hospital and would survive. On Monday the regional administration ordered the compulsory evacuation of families with children from four villages north of the town, and buses have been leaving from the railway station every morning since.

The war comes at night as well. In the small hours of Friday, air defence units shot down two attack drones over the city; fragments of one of them smashed the windows of a kindergarten in the Artema neighbourhood, which has been closed since 2022. No one was hurt.

A fountain in the former spa park, dry since the pumping station was shut in 2022. Photo: Daryna Melnyk/Halcyon

Why does Sloviansk matter so much? For analysts who study the campaign, the answer is geography. Sloviansk and Kramatorsk, a short drive to the south, form the last large urban area of the Donetsk region still under Ukrainian control, together with Druzhkivka and Kostiantynivka further south. Together they are a chain of towns joined by a highway and a railway, and Russian planners have described them as the final objective of the campaign to take the whole region.

"The Russian approach is not to storm these towns head-on. It is to make them unliveable first, and then to cut the roads that feed them," said Harriet Lomax, a research fellow at the Tidewater Centre for Land Warfare in London, who has studied the campaign since 2014. "If Kostiantynivka were to fall this year, the pressure on Kramatorsk and Sloviansk would grow very quickly. But that is a big if. Each of these towns has taken Russia much longer than its planners expected."

Historians of the region point out that the Donbas towns have been fought over before. In the Second World War the line along the Siverskyi Donets held for months, and the salt and chalk pits around Sloviansk were used as shelters then as they are now. But Lomax warns against reading too much into the past. "Drones have changed what a rear area is. In 2014 you could be two kilometres from the front and sit in a café. Today the front is wherever a pilot with goggles can fly."

The people who have stayed are mostly older, or working in the services that keep the town alive: water, power, hospitals, the railway. Many have the habits of people who have lived through two wars in ten years. Serhii Pasko, a railway dispatcher, keeps a packed bag by the door and has moved his bed to the bathroom, the only room without a window. He commutes every day to Kramatorsk, where on Friday morning he walked past the ruins of the central post office, wrecked four days earlier by a Russian ballistic missile that killed a postal worker. "I was there the day before. I sent a parcel to my daughter," he said. "Everyone here has a story like that. It stops being a story after a while."

The city's economy, never large, has shrunk to what the war needs. The salt works have been closed since 2022; the ceramics factory, once the town's pride, makes sandbags. Still, a bakery reopened in May, and the municipal market stays open every morning except when the sirens sound for more than an hour.

On our last evening a group of teenagers played football on a school pitch near the lakes, stopping only when the air raid alert on their phones went off. They waited in the doorway of the school, then went back to the game. "They know how long a bomb takes," said one of their fathers, watching from a bench. "Forty seconds, maybe a minute. They play anyway."

Whether Sloviansk faces a third battle depends on what happens further south, around Kostiantynivka and Pokrovsk, over the summer. The town's officials say they are preparing for the worst and planning for the best: new shelters in schools, a second water supply, an evacuation plan for those who remain. Asked whether he expected to be in his office next summer, Syrotiuk shrugged. "The salt has been here for a thousand years. So will we."

Tamsin Abernethy is Halcyon's Eastern Europe correspondent. Additional reporting by Yurii Kostenko.
Photography supported by the Halcyon Fund for Visual Journalism.
Share this dispatch: Email · Bluesky · Facebook · WhatsApp
Enjoyed this piece? Halcyon is reader-funded. Subscribe from £5 a month.
More from Dispatches
Odesa's night shift: the people who keep a port running under drones
In the forests of Polissia, a border that never sleeps
© Halcyon Media Ltd 2025. All rights reserved.
"""
DOC = {"id": "n02", "date": "2025-06-14", "source": "Halcyon (magazine)",
       "url": "https://halcyon-magazine.example/dispatches/sloviansk-salt-city-long-wait", "text": TEXT}

EVENTS = [
    E("n02-1", "air_drone_strike", "2025-06-10", L("Sloviansk"), "RU", "UA", fat=N(3), inj=N(11),
      weapons=[W("guided_bomb", launched=N(1))],
      note="'Late on Tuesday' in a Saturday 14 June piece = 10 June; the photo caption repeats it (not a second event)"),
    E("n02-2", "infrastructure_disruption", "2025-06-11", L("Sloviansk"), "RU", "UA",
      note="'since Wednesday tap water … four hours a day' after the strike tore open a water main"),
    E("n02-3", "air_drone_strike", "2025-06-12", L("Sloviansk", 2, "road north of Sloviansk"), "RU", "UA",
      inj=N(1), weapons=[W("drone", "FPV")], note="'On Thursday'; 'north of X' = precision 2"),
    E("n02-4", "policy_decision", "2025-06-09", R("UA-14", "Donetsk region"), "UA", None, optional=True,
      note="evacuation order 'On Monday' for four unnamed villages: optional (blind8 call 10)"),
    E("n02-5", "interception", "2025-06-13", L("Sloviansk"), "UA", "RU", weapons=[W("drone", intercepted=N(2))],
      note="'In the small hours of Friday'"),
    E("n02-6", "air_drone_strike", "2025-06-13", L("Sloviansk", 1, "Sloviansk, Artema neighbourhood"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("drone")],
      note="fragments of a downed drone smash kindergarten windows; 'No one was hurt' = 0/0"),
    E("n02-7", "missile_artillery_strike", "2025-06-09", L("Kramatorsk"), "RU", "UA", fat=N(1),
      weapons=[W("ballistic_missile")],
      note="recalled in a clause: 'on Friday morning … wrecked four days earlier' = Monday 9 June"),
    E("n02-8", "missile_artillery_strike", "2025-01-01", L("Sloviansk"), "RU", "UA", prec="range", end="2025-06-14",
      agg=True, fat=N(39), optional=True, family=["air_drone_strike"],
      note="'Since the start of the year … 214 attacks … killed 39': optional aggregate"),
]
STATEMENTS = [
    S("Valentyna Hrytsenko", "UA", "We used to count the days between strikes. Now we count the hours", "resident"),
    S("Oleh Syrotiuk", "UA", "Now it touches the northern districts", "deputy head, city military administration"),
    S("Oleh Syrotiuk", "UA", "The salt has been here for a thousand years. So will we.",
      "deputy head, city military administration"),
    S("Harriet Lomax", None, "make them unliveable first, and then to cut the roads that feed them",
      "research fellow, Tidewater Centre for Land Warfare"),
    S("Harriet Lomax", None, "Drones have changed what a rear area is.",
      "research fellow, Tidewater Centre for Land Warfare"),
    S("Serhii Pasko", "UA", "I sent a parcel to my daughter", "railway dispatcher"),
]
MUST_NOT = [
    "HALCYON",
    "Magazine  ·  Dispatches  ·  Essays  ·  Photography  ·  Podcasts  ·  Shop",
    "DISPATCHES / UKRAINE",
    "Words by Tamsin Abernethy · Photographs by Daryna Melnyk",
    "14 June 2025 · 16 min read",
    "Save for later    Gift this article",
    "Tamsin Abernethy is Halcyon's Eastern Europe correspondent. Additional reporting by Yurii Kostenko.",
    "Photography supported by the Halcyon Fund for Visual Journalism.",
    "Share this dispatch: Email · Bluesky · Facebook · WhatsApp",
    "Enjoyed this piece? Halcyon is reader-funded. Subscribe from £5 a month.",
    "More from Dispatches",
    "Odesa's night shift: the people who keep a port running under drones",
    "In the forests of Polissia, a border that never sleeps",
    "© Halcyon Media Ltd 2025. All rights reserved.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
