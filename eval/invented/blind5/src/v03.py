from common import E, L, R, C, N, W, S, gold

TITLE = "Russian troops liberate Dvurechnaya in Kharkov region, Shevchenko in DPR — Defence Ministry"
TEXT = """IZNA | Russia and the world
Russian troops liberate Dvurechnaya in Kharkov region, Shevchenko in DPR — Defence Ministry
14 March 2025, 12:31 (updated: 13:05)
Tags: Special military operation, Defence Ministry, Kharkov region
MOSCOW, March 14. /IZNA/. Units of the Zapad group of forces have liberated the settlement of Dvurechnaya in the Kharkov region, and units of the Tsentr group have liberated the settlement of Shevchenko south of Krasnoarmeysk in the Donetsk People's Republic, the Russian Defence Ministry said on Friday.

"As a result of active offensive actions, units of the Zapad group of forces completely liberated the settlement of Dvurechnaya," the ministry said in its daily briefing.

Over the past day, Zapad units repelled three counterattacks by Ukrainian assault groups near Kupyansk, and units of the Yug group repelled five attacks near Konstantinovka, the ministry said. The enemy lost up to 190 servicemen in these directions, it said.

On Thursday, an Iskander-M missile system struck a temporary deployment point of a Ukrainian mechanised brigade near Dnepropetrovsk, the ministry said, adding that up to 30 servicemen had been eliminated.

Operational-tactical aviation, attack drones, missile troops and artillery also struck energy facilities used in the interests of the Ukrainian armed forces and places of temporary deployment of Ukrainian units in 141 areas, according to the briefing.

Air defence systems shot down four JDAM guided bombs, nine HIMARS rockets and 118 fixed-wing unmanned aerial vehicles over the past day, the ministry said.

The Kiev regime continues to attack civilians in Russian regions. On Wednesday evening a Ukrainian drone hit a minibus in Belgorod, injuring five passengers, Belgorod region governor Yevgeny Markin said. Two of them are in serious condition.

In the Kherson region, Ukrainian artillery shelled Golaya Pristan on Thursday, killing a 56-year-old man, the region's governor Vladimir Saltanov wrote on Telegram. "Kiev's militants deliberately fire at residential quarters, there are no military facilities there," he said.

Russian Foreign Ministry spokeswoman Irina Zorina dismissed reports in Western media of a Ukrainian counteroffensive in the Kupyansk direction. "These are fakes meant to keep sponsors of the Kiev regime paying," she told a briefing on Thursday.

Photo: Russian Defence Ministry press service
Read also:
Foreign Ministry: Moscow sees no signs that Kiev is ready for serious talks
Rosaviatsiya lifts restrictions at Kaluga airport
© 2025 IZNA. All rights reserved. When reproducing materials, an active hyperlink to IZNA is required.
"""
DOC = {"id": "v03", "date": "2025-03-14", "source": "IZNA news agency",
       "url": "https://izna-news.example/en/defense/20250314/liberation-dvurechnaya-1123456", "text": TEXT}

Y, D = "2025-03-13", "2025-03-14"
RANGE = dict(prec="range", end=D)
EVENTS = [
    E("v03-1", "territory_change", D, L("Dvorichna", 1, "Dvurechnaya (Dvorichna)"), "RU", "UA",
      claimant="Russian Defence Ministry", note="announced Friday; day of capture not given"),
    E("v03-2", "territory_change", D, L("Shevchenko", 1, "Shevchenko, south of Krasnoarmeysk (Pokrovsk)"), "RU", "UA",
      claimant="Russian Defence Ministry", note="the Shevchenko south(-west) of Pokrovsk, geonameid 694167"),
    E("v03-3", "armed_clash", Y, L("Kupiansk", 2, "near Kupyansk"), "UA", "RU", agg=True, claimant="Russian Defence Ministry",
      note="three counterattacks repelled over the past day; actor1 = attacking side; 'lost up to' = losses, not fatalities",
      **RANGE),
    E("v03-4", "armed_clash", Y, L("Kostiantynivka", 2, "near Konstantinovka"), "UA", "RU", agg=True,
      claimant="Russian Defence Ministry", note="five attacks repelled over the past day", **RANGE),
    E("v03-5", "missile_artillery_strike", Y, L("Dnipro", 2, "near Dnepropetrovsk"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M")], claimant="Russian Defence Ministry",
      note="'up to 30 servicemen eliminated' = claimed losses, fatalities not coded"),
    E("v03-6", "interception", Y, C(None, "unspecified"), "RU", "UA", agg=True,
      weapons=[W("guided_bomb", "JDAM", intercepted=N(4)), W("mlrs", "HIMARS", intercepted=N(9)),
               W("drone", intercepted=N(118))], claimant="Russian Defence Ministry",
      note="past-day tally without place", **RANGE),
    E("v03-7", "air_drone_strike", "2025-03-12", L("Belgorod"), "UA", "RU", inj=N(5), weapons=[W("drone")],
      claimant="Yevgeny Markin", note="'on Wednesday evening'"),
    E("v03-8", "missile_artillery_strike", Y, L("Hola Prystan", 1, "Golaya Pristan (Hola Prystan)"), "UA", None,
      fat=N(1), weapons=[W("artillery")], claimant="Vladimir Saltanov",
      note="occupied town; target side left open"),
    E("v03-9", "missile_artillery_strike", Y, C(None, "141 areas (unnamed)"), "RU", "UA", agg=True,
      family=["air_drone_strike"], optional=True, claimant="Russian Defence Ministry",
      note="generic past-day strike tally in 141 unnamed areas", **RANGE),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "completely liberated the settlement of Dvurechnaya"),
    S("Vladimir Saltanov", "RU", "deliberately fire at residential quarters", "Russian-installed governor of the Kherson region"),
    S("Irina Zorina", "RU", "These are fakes meant to keep sponsors of the Kiev regime paying", "Russian Foreign Ministry spokeswoman"),
]
MUST_NOT = ["IZNA | Russia and the world", "14 March 2025, 12:31 (updated: 13:05)",
            "Tags: Special military operation, Defence Ministry, Kharkov region",
            "Photo: Russian Defence Ministry press service", "Read also:",
            "Foreign Ministry: Moscow sees no signs that Kiev is ready for serious talks",
            "Rosaviatsiya lifts restrictions at Kaluga airport",
            "© 2025 IZNA. All rights reserved. When reproducing materials, an active hyperlink to IZNA is required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
