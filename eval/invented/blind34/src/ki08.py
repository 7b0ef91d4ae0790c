from common import E, L, R, C, N, W, S, gold

TITLE = "Missile strike on Dnipro kills two as Russia hits south and centre overnight"
TEXT = """CONTINENTAL NEWSROOM
Europe  |  World  |  Business  |  Sport  |  Weather 19°C Warsaw
Missile strike on Dnipro kills two as Russia hits south and centre overnight
23.07.2025 · 09:47 · by Newsroom staff with agencies
Text size: A− A A+
Russian forces struck Dnipro and the Odesa region overnight with missiles and drones, killing two people and injuring 11 in Dnipro, Ukrainian officials said on Wednesday.

Russia launched 41 drones and two Iskander-M ballistic missiles at Ukraine during the night, the Ukrainian Air Force said. Air defence units shot down 32 of the drones; the two missiles were not intercepted.

One of the missiles hit the premises of a transport company in Dnipro, setting buses and lorries on fire, the head of the Dnipropetrovsk regional administration said. Two employees were killed and 11 people were injured, four of them seriously. "The missile came in at dawn, when the drivers were preparing their vehicles for the first routes," he said.

In the Odesa region, drones damaged port infrastructure in Bilhorod-Dnistrovskyi, the regional governor said. There were no casualties.
WORLD AT A GLANCE
Sudan: drone strike on market in El Fasher kills at least 20, local activists say
Philippines: ferry runs aground off Mindoro, all 212 passengers rescued
Chile: 5.9-magnitude earthquake shakes Antofagasta, no damage reported
Oksana Riabko, who runs a bakery two streets from the transport company, said the blast shattered her shop windows. "We swept the glass, and at nine we opened. What else can we do?" she said.

Russia's defence ministry said its forces had hit "enterprises of the military-industrial complex" in a "group strike with precision weapons," without naming places.

Ukraine, for its part, attacked the Russian port of Novorossiysk with drones on Tuesday evening, according to the governor of the Krasnodar region, who said falling fragments injured one person and damaged several houses. Russian officials often attribute damage from Ukrainian drones to debris from interceptions.
SPORT
Shakhtar Donetsk beat Polissia 2-0 in friendly played behind closed doors in Kraków
Tour de France: Belgian wins mountain stage as rain lashes the Alps
MOST READ
Heatwave: Warsaw opens night-time swimming pools
Strikes on Dnipro have grown more frequent since the spring, when Russia began using ballistic missiles against cities farther from the front. Dnipro, a city of nearly a million people, is a logistics hub for Ukrainian forces in the east. Analysts say Russia may be trying to exhaust Ukraine's stock of Patriot interceptors, which are the only systems able to stop Iskander missiles reliably.

Dnipro's mayor said the city would open two additional shelters near the bus depots and asked businesses to move staff underground during air-raid alerts. Municipal crews were clearing debris from the transport company's yard on Wednesday morning, and several bus routes were diverted around the site for the day.

Ukraine's president, in his nightly address, again urged Western partners to speed up deliveries of air defence systems, saying every battery that arrives "saves a city." Germany and Norway have pledged to finance additional Patriot systems, but officials in Kyiv say none of them is expected before the autumn. Until then, Ukraine has to choose which cities to cover, a choice that Russian planners appear to be exploiting.

Negotiators from Ukraine and Russia are expected to meet in Istanbul later this week for a new round of talks, the third since May. Previous rounds produced agreements on prisoner exchanges but no progress towards a ceasefire. Kyiv says a ceasefire must come first; Moscow says it will discuss one only as part of a wider settlement.

Previous strikes on the city this summer hit a hospital's outpatient wing and a railway repair yard. Residents have grown used to the morning ritual of checking the city council's channel before setting off for work, and many employers now allow staff to arrive late after a night of alerts. Schools in the city plan to open in September with classes split between basements and online lessons, the regional education department has said.

"Every round we talk about exchanges, and every night they send missiles," said Mykhailo Pryima, a deputy of the Dnipro city council.

This article was compiled from wire reports and our own reporting.
Follow Continental Newsroom on Threads, Mastodon and Bluesky
Continental Newsroom sp. z o.o. · Warsaw · Editor-in-chief: Tomasz Wrzos
"""
DOC = {"id": "ki08", "date": "2025-07-23", "source": "Continental Newsroom (Polish English-language news site)",
       "url": "https://continental-newsroom.example/europe/2025/07/23/dnipro-missile-strike", "text": TEXT}

D = "2025-07-23"
EVENTS = [
    E("ki08-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(41)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="overnight wave (morning report, Wed 23 Jul): 41 drones and two Iskander-M"),
    E("ki08-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ki08-1",
      weapons=[W("drone", intercepted=N(32)), W("ballistic_missile", intercepted=N(0))],
      note="'shot down 32 of the drones; the two missiles were not intercepted' (missile intercepted = 0)"),
    E("ki08-3", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", fat=N(2), inj=N(11), parent="ki08-1",
      weapons=[W("ballistic_missile")], note="missile on a transport company in Dnipro, 2 killed 11 injured"),
    E("ki08-4", "air_drone_strike", D, L("Bilhorod-Dnistrovskyi"), "RU", "UA", fat=N(0), inj=N(0), parent="ki08-1",
      weapons=[W("drone")], note="drones damaged port infrastructure; 'There were no casualties' = 0/0"),
    E("ki08-5", "air_drone_strike", "2025-07-22", L("Novorossiysk"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="'on Tuesday evening' (22 Jul): drones on Novorossiysk, fragments injured one (governor)"),
]
# Not events: the sidebars (WORLD AT A GLANCE: Sudan drone strike, Philippine ferry, Chilean earthquake; SPORT;
# MOST READ) are furniture lines, not this article's events; the Russian MoD's 'group strike' claim without places
# (same wave); 'Russian officials often attribute' (habitual); strikes on Dnipro 'more frequent since the spring'
# (history); 'may be trying to exhaust' (analysis); talks 'expected to meet in Istanbul later this week' (plan);
# earlier strikes 'this summer' on a hospital and a rail yard (no day); the morning ritual and school plans;
# the mayor's shelters and requests (plans); bus routes diverted around the site (local traffic measure, not a
# war-caused outage); the president's appeal; the Patriot pledges 'expected before the autumn'; earlier rounds 'since May' and their agreements (history without days); positions of Kyiv and Moscow.
STATEMENTS = [
    S("Oksana Riabko", "UA", "We swept the glass, and at nine we opened", "bakery owner"),
    S("Mykhailo Pryima", "UA", "Every round we talk about exchanges, and every night they send missiles",
      "Dnipro city council deputy"),
]
MUST_NOT = ["CONTINENTAL NEWSROOM", "Europe  |  World  |  Business  |  Sport  |  Weather 19°C Warsaw",
            "23.07.2025 · 09:47 · by Newsroom staff with agencies", "Text size: A− A A+", "WORLD AT A GLANCE",
            "Sudan: drone strike on market in El Fasher kills at least 20, local activists say",
            "Philippines: ferry runs aground off Mindoro, all 212 passengers rescued",
            "Chile: 5.9-magnitude earthquake shakes Antofagasta, no damage reported", "SPORT",
            "Shakhtar Donetsk beat Polissia 2-0 in friendly played behind closed doors in Kraków",
            "Tour de France: Belgian wins mountain stage as rain lashes the Alps", "MOST READ",
            "Heatwave: Warsaw opens night-time swimming pools",
            "This article was compiled from wire reports and our own reporting.",
            "Follow Continental Newsroom on Threads, Mastodon and Bluesky",
            "Continental Newsroom sp. z o.o. · Warsaw · Editor-in-chief: Tomasz Wrzos"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
