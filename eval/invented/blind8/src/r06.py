from common import E, L, R, C, N, W, S, gold

TITLE = "Russian forces liberate Peski-Radkovskiye in Kharkov region - Defence Ministry"
TEXT = """VERTIKAL  |  Russian Information Agency
Russia | World | Special military operation | Economy | Sport
Russian forces liberate Peski-Radkovskiye in Kharkov region - Defence Ministry
09:42 09.07.2024 (updated: 10:15 09.07.2024)
MOSCOW, 9 July. /VERTIKAL/. Units of the West group of forces have liberated the settlement of Peski-Radkovskiye in the Kharkov region over the past day as a result of active operations, the Russian Defence Ministry said on Tuesday.

"Units of the West group of forces improved the situation along the front line and liberated the settlement of Peski-Radkovskiye. They also repelled three counterattacks by assault groups of the Armed Forces of Ukraine near Kovsharovka," the ministry said in its daily summary.

In the Seversk direction, units of the South group defeated manpower and equipment of a mechanised brigade of the AFU, the ministry added. Enemy losses there amounted to up to 45 servicemen.

On Monday, an Iskander-M missile strike on the Mirgorod airfield in the Poltava region destroyed two Su-27 fighter jets of the Ukrainian Air Force, the ministry said.

Air defence systems shot down three HIMARS rockets and 41 unmanned aerial vehicles over the past day. Of the drones, 19 were destroyed over the Belgorod region, and the others over the Kursk and Bryansk regions.

READ ALSO: Kiev regime uses Western weapons against civilians - Foreign Ministry

Strike on a minibus in Gorlovka

In Gorlovka, a Ukrainian drone struck a minibus near the central market on Monday evening, killing two passengers and wounding five, the head of the city administration, Sergei Voronov, said on Telegram.

"The Kiev regime deliberately hunts for civilian transport. The driver managed to pull over, otherwise there would have been many more victims," Voronov said.

On Monday afternoon, Ukrainian forces fired HIMARS rockets at Novaya Kakhovka, killing a 63-year-old woman, said Andrei Bulatov, an official of the region's administration.

In total, since the beginning of the special military operation, 631 aircraft, 279 helicopters, 27,814 unmanned aerial vehicles and 575 anti-aircraft missile systems of the AFU have been destroyed, according to the Defence Ministry.

All rights reserved. Reproduction is permitted only with an active hyperlink to VERTIKAL.
Subscribe to VERTIKAL on Telegram and VK
18+
"""
DOC = {"id": "r06", "date": "2024-07-09", "source": "VERTIKAL (Russian state agency)",
       "url": "https://vertikal-news.example/svo/20240709/peski-radkovskie", "text": TEXT}

D, Y = "2024-07-09", "2024-07-08"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("r06-1", "territory_change", Y, L("Pisky-Radkivski", 1, "Pisky-Radkivski (Peski-Radkovskiye)"), "RU", "UA",
      claimant="Russian Defence Ministry", **PAST),
    E("r06-2", "armed_clash", Y, L("Kivsharivka", 2, "near Kivsharivka (Kovsharovka)"), "UA", "RU",
      claimant="Russian Defence Ministry", note="three repelled counterattacks; actor1 = attacker", **PAST),
    E("r06-3", "armed_clash", Y, L("Siversk", 2, "Siversk (Seversk) direction"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="'defeated manpower' in a direction, no settlement; losses not fatalities",
      **PAST),
    E("r06-4", "missile_artillery_strike", Y, L("Myrhorod", 1, "Myrhorod (Mirgorod) airfield"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M")], claimant="Russian Defence Ministry",
      note="airfield coded to its town"),
    E("r06-5", "interception", Y, C("RU", "Russia"), "RU", "UA", agg=True,
      weapons=[W("mlrs", "HIMARS", intercepted=N(3)), W("drone", intercepted=N(41))],
      claimant="Russian Defence Ministry", note="past-day tally, no place", **PAST),
    E("r06-6", "interception", Y, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(19))],
      claimant="Russian Defence Ministry", **PAST),
    E("r06-7", "interception", Y, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True, note="listed region", **PAST),
    E("r06-8", "interception", Y, R("RU-BRY", "Bryansk region"), "RU", "UA", optional=True, note="listed region", **PAST),
    E("r06-9", "air_drone_strike", Y, L("Horlivka", 1, "Horlivka (Gorlovka)"), "UA", None, fat=N(2), inj=N(5),
      weapons=[W("drone")], claimant="Sergei Voronov", note="occupied city; 'on Monday evening'"),
    E("r06-10", "missile_artillery_strike", Y, L("Nova Kakhovka", 1, "Nova Kakhovka (Novaya Kakhovka)"), "UA", None,
      fat=N(1), weapons=[W("mlrs", "HIMARS")], claimant="Andrei Bulatov", note="occupied town; 'on Monday afternoon'"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "repelled three counterattacks by assault groups"),
    S("Sergei Voronov", "RU", "deliberately hunts for civilian transport", "head of the Gorlovka city administration"),
]
MUST_NOT = ["VERTIKAL  |  Russian Information Agency", "Russia | World | Special military operation | Economy | Sport",
            "09:42 09.07.2024 (updated: 10:15 09.07.2024)",
            "READ ALSO: Kiev regime uses Western weapons against civilians - Foreign Ministry",
            "All rights reserved. Reproduction is permitted only with an active hyperlink to VERTIKAL.",
            "Subscribe to VERTIKAL on Telegram and VK"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
