from common import E, L, R, C, N, W, S, gold

TITLE = "Drone crashes in field near Tomaszów Lubelski during Russian attack on Ukraine; Lublin airport closed"
TEXT = """POLAND DAILY DISPATCH
News from Poland in English
Menu
Politics | Security | Business | Society | Ukraine
Dispatch Plus: support our reporting
Drone crashes in field near Tomaszów Lubelski during Russian attack on Ukraine; Lublin airport closed
05.11.2025
Agnieszka Wrona
Main photo: Lubelskie Police
A drone came down in a field near Tomaszów Lubelski, about 15 kilometres from the Ukrainian border, in the early hours of Wednesday, during a massive Russian attack on western Ukraine. No one was hurt, but the blast left a crater three metres wide and shattered windows in a nearby farm building, police said.

Soldiers and prosecutors secured the site at dawn. The Operational Command of the Armed Forces said the object had most probably been a Russian Gerbera-type drone and that its flight had been tracked "from the moment it crossed the border".

"It flew very low, with a sound like a moped. Then there was a flash and the dog started howling," said Stanisław Kulik, whose farmhouse is 400 metres from the field.

Polish and allied aircraft were scrambled overnight and ground-based air defence was put on the highest state of readiness, the command said. Lublin airport was closed to traffic for almost four hours.

On Wednesday morning, the foreign ministry summoned Russia's chargé d'affaires in Warsaw and handed him a protest note.

In Ukraine, the air force said Russia had launched 85 drones and four Iskander-M ballistic missiles overnight, most of them at the Volyn and Lviv regions; 67 drones and one missile were shot down. In Kovel, a key railway junction some 60 km from Poland, a missile struck railway infrastructure, and trains to the Polish border were delayed by up to five hours, Ukraine's railways said.

The incident comes days after sabotage on Polish railways. On Sunday, an explosive device damaged a section of track near Dęblin on the line used for aid transports to Ukraine; a freight train stopped in time and nobody was hurt. The prime minister said on Tuesday the act had been ordered by Russian intelligence services. On Monday, the Internal Security Agency (ABW) detained a Belarusian citizen in Warsaw suspected of scouting railway lines for the same network, prosecutors said.
Dispatch Plus: get our morning newsletter
"Russia is testing where our threshold is. A drone with a warhead in a field today could be a drone on a school tomorrow," said Major Piotr Nowicki, spokesman for the Operational Command.

The government could ask for consultations under Article 4 of NATO's treaty, the defence minister said, but no decision had been taken. The interior ministry said it would close the last border crossing with Belarus for freight traffic if further incidents occurred.
Follow Poland Daily Dispatch on X and Bluesky
Related articles:
Polish railways to install cameras along aid routes
Tags: drones, Russia, Lubelskie, railways
"""
DOC = {"id": "kr10", "date": "2025-11-05", "source": "Poland Daily Dispatch (Polish news site in English)",
       "url": "https://polanddispatch.example/2025/11/05/drone-crashes-near-tomaszow-lubelski/", "text": TEXT}

D = "2025-11-05"
EVENTS = [
    E("kr10-1", "air_drone_strike", D, L("Tomaszow Lubelski", 2, "field near Tomaszów Lubelski"), "RU", "PL",
      fat=N(0), inj=N(0), weapons=[W("drone", "Gerbera")],
      note="drone 'came down in a field near Tomaszów Lubelski … in the early hours of Wednesday', crater, windows "
           "shattered, 'No one was hurt' = 0/0: RU->PL (blind36 call 10), near X = precision 2"),
    E("kr10-2", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="'Polish and allied aircraft were scrambled overnight' + air defence on highest readiness: one "
           "mobilization of Poland, no place"),
    E("kr10-3", "infrastructure_disruption", D, L("Lublin"), None, None,
      note="'Lublin airport was closed to traffic for almost four hours': airport restriction, sides null (brief)"),
    E("kr10-4", "diplomatic_contact", D, L("Warsaw"), "PL", "RU",
      note="'the foreign ministry summoned Russia's chargé d'affaires in Warsaw' on Wednesday morning"),
    E("kr10-5", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(85)), W("ballistic_missile", "Iskander-M", launched=N(4))],
      note="the wave on Ukraine overnight: 85 drones + 4 Iskander-M: country parent, typed by the missiles"),
    E("kr10-6", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kr10-5",
      weapons=[W("drone", intercepted=N(67)), W("ballistic_missile", intercepted=N(1))],
      note="'67 drones and one missile were shot down'"),
    E("kr10-7", "missile_artillery_strike", D, L("Kovel"), "RU", "UA", parent="kr10-5", weapons=[W("missile")],
      note="'In Kovel … a missile struck railway infrastructure'"),
    E("kr10-8", "infrastructure_disruption", D, L("Kovel"), "RU", "UA", parent="kr10-7",
      note="'trains to the Polish border were delayed by up to five hours' (rail disruption from the Kovel strike)"),
    E("kr10-9", "remote_explosive", "2025-11-02", L("Deblin", 2, "near Dęblin"), "RU", "PL", fat=N(0), inj=N(0),
      claimant="Polish prime minister",
      note="recalled: 'On Sunday, an explosive device damaged a section of track near Dęblin' (2 Nov), 'nobody was "
           "hurt' = 0/0; attributed to Russian intelligence by the prime minister -> actor1 RU"),
    E("kr10-10", "arrest", "2025-11-03", L("Warsaw"), "PL", None,
      note="'On Monday, the … ABW detained a Belarusian citizen in Warsaw' (3 Nov): arrest"),
]
# Not events: soldiers and prosecutors securing the site (response), the prime minister's attribution 'on Tuesday'
# (a statement, not an event), Article 4 consultations 'could ask … no decision had been taken' (modal/negated),
# 'would close the last border crossing … if' (conditional).
STATEMENTS = [
    S("Stanisław Kulik", "PL", "Then there was a flash and the dog started howling", "farmer near Tomaszów Lubelski"),
    S("Piotr Nowicki", "PL", "A drone with a warhead in a field today could be a drone on a school tomorrow",
      "spokesman, Operational Command"),
]
# Not gold: the command's fragment 'from the moment it crossed the border' (institution, fragment).
MUST_NOT = ["POLAND DAILY DISPATCH", "News from Poland in English", "Menu", "Politics | Security | Business | Society | Ukraine",
            "Dispatch Plus: support our reporting", "05.11.2025", "Agnieszka Wrona", "Main photo: Lubelskie Police",
            "Dispatch Plus: get our morning newsletter", "Follow Poland Daily Dispatch on X and Bluesky",
            "Related articles:", "Polish railways to install cameras along aid routes",
            "Tags: drones, Russia, Lubelskie, railways"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
