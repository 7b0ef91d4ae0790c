from common import E, L, R, C, N, W, S, gold

TITLE = "Russian forces liberate two settlements over week, Defence Ministry says"
TEXT = """Russian forces liberate two settlements over week, Defence Ministry says
Tags: Special military operation in Ukraine
MOSCOW, February 10. /DERZHAVA/. Units of the Zapad group of forces liberated the settlement of Petropavlovka in the Kharkov region over the week from February 3 to 9, the Russian Defence Ministry said in its weekly summary on Monday.

Units of the Tsentr group of forces liberated the settlement of Sontsovka in the Donetsk People's Republic during the same period, the ministry said. In the Krasnoarmeysk direction, Tsentr units repelled 27 counterattacks by assault groups of the Ukrainian armed forces over the week. Enemy losses in that direction amounted to up to 2,900 servicemen, the ministry said.

On Friday, Russian forces delivered a massive strike with high-precision long-range air- and sea-based weapons and attack drones at energy facilities that support the operation of Ukraine's military-industrial complex. "All designated targets were hit," the ministry said.

On Thursday, Russian aviation struck a temporary deployment point of foreign mercenaries near Nikolaev, the ministry said.

Over the week, air defence systems shot down four ATACMS operational-tactical missiles, 12 HIMARS rockets, seven JDAM guided aerial bombs and 1,104 fixed-wing unmanned aerial vehicles, according to the summary.

Ukrainian forces shelled Kamenka-Dneprovskaya in the Zaporozhye region with HIMARS rockets on Sunday, killing one civilian and injuring four, the region's governor Andrei Sedykh said. "The Kiev regime continues to deliberately target civilians," Sedykh said.

In the Belgorod region, a Ukrainian drone struck a car in Shebekino on Sunday, injuring two men, Governor Mikhail Zotov said on Telegram. Both were taken to the city hospital.

The ministry said the Ukrainian command was attempting to regroup its forces and could try to launch a new offensive in the Kursk direction.

Read also: Kremlin: no contacts with Kiev planned for now
All rights reserved. Use of materials is permitted only with a hyperlink to DERZHAVA
"""
DOC = {"id": "w12", "date": "2025-02-10", "source": "DERZHAVA news agency",
       "url": "https://derzhava-news.example/en/armed-forces/1894410", "text": TEXT}

WK = dict(prec="week", end="2025-02-09")
EVENTS = [
    E("w12-1", "territory_change", "2025-02-03", L("Petropavlivka", 1, "Petropavlovka (Petropavlivka), Kharkiv region"),
      "RU", "UA", claimant="Russian Defence Ministry", **WK),
    E("w12-2", "territory_change", "2025-02-03", L("Sontsivka", 1, "Sontsovka (Sontsivka), Donetsk region"),
      "RU", "UA", claimant="Russian Defence Ministry", **WK),
    E("w12-3", "armed_clash", "2025-02-03", L("Pokrovsk", 2, "Krasnoarmeysk (Pokrovsk) direction"), "UA", "RU",
      agg=True, claimant="Russian Defence Ministry", note="actor1 = the attacking side; 'losses' are not fatalities", **WK),
    E("w12-4", "missile_artillery_strike", "2025-02-07", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile"), W("drone")], claimant="Russian Defence Ministry"),
    E("w12-5", "air_drone_strike", "2025-02-06", L("Mykolaiv", 2, "near Nikolaev (Mykolaiv)"), "RU", "UA",
      weapons=[W("aircraft")], claimant="Russian Defence Ministry"),
    E("w12-6", "interception", "2025-02-03", C(None, "unspecified"), "RU", "UA", agg=True,
      weapons=[W("ballistic_missile", "ATACMS", intercepted=N(4)), W("mlrs", "HIMARS", intercepted=N(12)),
               W("guided_bomb", "JDAM", intercepted=N(7)), W("drone", intercepted=N(1104))],
      claimant="Russian Defence Ministry", note="weekly tally, no place given", **WK),
    E("w12-7", "missile_artillery_strike", "2025-02-09", L("Kamianka-Dniprovska", 1, "Kamenka-Dneprovskaya"), "UA", None,
      fat=N(1), inj=N(4), weapons=[W("mlrs", "HIMARS")], claimant="Andrei Sedykh"),
    E("w12-8", "air_drone_strike", "2025-02-09", L("Shebekino"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Mikhail Zotov"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "All designated targets were hit"),
    S("Andrei Sedykh", "RU", "The Kiev regime continues to deliberately target civilians", "Russian-installed governor of Zaporizhzhia region"),
]
MUST_NOT = ["Tags: Special military operation in Ukraine", "Read also: Kremlin: no contacts with Kiev planned for now",
            "All rights reserved. Use of materials is permitted only with a hyperlink to DERZHAVA"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
