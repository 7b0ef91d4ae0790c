from common import E, L, R, C, N, W, S, gold

TITLE = "Defence Ministry: assault detachments take two more blocks in Artemovsk, AFU attacks repelled in Kupyansk direction"
TEXT = """NZIA — Novaya Zarya Information Agency
News feed · Special military operation · Politics · Economy · Regions · Incidents
Defence Ministry: assault detachments take two more blocks in Artemovsk, AFU attacks repelled in Kupyansk direction
Moscow, 18.04.2023, 13:52 MSK
Font size  A−  A  A+

MOSCOW, 18 April. /NZIA/. Assault detachments have liberated two more blocks in the north-western part of Artemovsk over the past day, the Russian Defence Ministry reported on Tuesday.

"In the Donetsk direction, assault detachments continued active offensive operations and liberated two blocks in the north-western part of the city of Artemovsk. Airborne troops supported the assault detachments on the flanks," the ministry's official spokesman, Lieutenant-General Arkady Shumeiko, said at a briefing.

In the Kupyansk direction, aviation and artillery strikes repelled three attacks by assault groups of the 14th mechanised brigade of the AFU near Petropavlovka in the Kharkov region, according to the spokesman.

In the Krasny Liman direction, army aviation and artillery of the Centre group of forces hit units of the Ukrainian armed forces near Torskoye in the Donetsk People's Republic. The enemy lost up to 60 servicemen there, as well as two armoured fighting vehicles and a D-30 howitzer, the ministry said.

In the South Donetsk direction, an attack by a Ukrainian company tactical group near Ugledar was repelled.

On Monday, high-precision long-range weapons struck temporary deployment points of units of the AFU near Orekhov in the Zaporozhye region. "All the designated targets have been hit," Shumeiko said.

Air defence systems shot down two HIMARS rockets and nine unmanned aerial vehicles over the past day in the areas of Tokmak, Vasilyevka and Melitopol in the Zaporozhye region.

Most read today
» Kiev regime prepares provocation at Zaporozhye NPP, says Zhiltsov
» Hungary will not arrest Russian officials, Budapest says
» Grain deal: UN hopes for extension

Ukrainian shelling of Donetsk

On Monday evening, Ukrainian forces fired 155-millimetre NATO-standard shells at the Kuibyshevsky district of Donetsk, killing a woman and wounding two men, the head of the city, Yevgeny Shatalin, said on his Telegram channel.

"The shells fell right next to a bus stop at the very time when people were returning from work," Shatalin said.

In total, since the beginning of the special military operation, 405 aircraft, 229 helicopters, 3,780 unmanned aerial vehicles, 417 anti-aircraft missile systems and 9,185 tanks and other armoured combat vehicles of the AFU have been destroyed, according to the Defence Ministry.

Topics: special military operation, Ministry of Defence, Artemovsk, Donbass
Our channels: Telegram | VK | Dzen
© 2023 NZIA. When using materials, a hyperlink to NZIA is mandatory. 18+
"""
DOC = {"id": "q06", "date": "2023-04-18", "source": "NZIA (Novaya Zarya Information Agency)",
       "url": "https://nzia-news.example/svo/20230418/artemovsk-kupyansk", "text": TEXT}

D, Y = "2023-04-18", "2023-04-17"
PAST = dict(prec="range", end=D)
MOD = "Russian Defence Ministry"
EVENTS = [
    E("q06-1", "territory_change", Y, L("Bakhmut", 1, "Bakhmut (Artemovsk), north-western part"), "RU", "UA",
      claimant=MOD, note="two blocks of the city 'over the past day': city part = the city (precision 1)", **PAST),
    E("q06-2", "armed_clash", Y, L("Petropavlivka_kh", 2, "near Petropavlivka (Petropavlovka), Kharkiv region"), "UA", "RU",
      claimant=MOD, note="three repelled attacks; actor1 = attacker (blind4 judgment 3); the Kharkiv-region Petropavlivka",
      **PAST),
    E("q06-3", "missile_artillery_strike", Y, L("Torske", 2, "near Torske (Torskoye)"), "RU", "UA",
      family=["air_drone_strike", "armed_clash"], claimant=MOD,
      note="'army aviation and artillery hit units': both strike types accepted, armed_clash too (blind6 judgment 3); "
           "'lost up to 60 servicemen' is not a fatality count", **PAST),
    E("q06-4", "armed_clash", Y, L("Vuhledar", 2, "near Vuhledar (Ugledar)"), "UA", "RU", claimant=MOD,
      note="repelled company attack", **PAST),
    E("q06-5", "missile_artillery_strike", Y, L("Orikhiv", 2, "near Orikhiv (Orekhov)"), "RU", "UA",
      claimant=MOD, note="'On Monday', high-precision long-range weapons"),
    E("q06-6", "interception", Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", agg=True,
      weapons=[W("mlrs", "HIMARS", intercepted=N(2)), W("drone", intercepted=N(9))], claimant=MOD,
      note="past-day tally over three towns of one region: region precision", **PAST),
    E("q06-7", "interception", Y, L("Tokmak", 2, "area of Tokmak"), "RU", "UA", optional=True, note="listed area", **PAST),
    E("q06-8", "interception", Y, L("Vasylivka", 2, "area of Vasylivka (Vasilyevka)"), "RU", "UA", optional=True,
      note="listed area", **PAST),
    E("q06-9", "interception", Y, L("Melitopol", 2, "area of Melitopol"), "RU", "UA", optional=True, note="listed area",
      **PAST),
    E("q06-10", "missile_artillery_strike", Y, L("Donetsk", 1, "Donetsk, Kuibyshevskyi district"), "UA", None, fat=N(1),
      inj=N(2), weapons=[W("artillery")], claimant="Yevgeny Shatalin", note="occupied city; 'On Monday evening'"),
]
STATEMENTS = [
    S("Arkady Shumeiko", "RU", "liberated two blocks in the north-western part of the city of Artemovsk",
      "Defence Ministry spokesman"),
    S("Arkady Shumeiko", "RU", "All the designated targets have been hit", "Defence Ministry spokesman"),
    S("Yevgeny Shatalin", "RU", "The shells fell right next to a bus stop", "head of Donetsk city"),
]
MUST_NOT = ["NZIA — Novaya Zarya Information Agency",
            "News feed · Special military operation · Politics · Economy · Regions · Incidents",
            "Moscow, 18.04.2023, 13:52 MSK", "Font size  A−  A  A+", "Most read today",
            "» Kiev regime prepares provocation at Zaporozhye NPP, says Zhiltsov",
            "» Hungary will not arrest Russian officials, Budapest says", "» Grain deal: UN hopes for extension",
            "Topics: special military operation, Ministry of Defence, Artemovsk, Donbass",
            "Our channels: Telegram | VK | Dzen",
            "© 2023 NZIA. When using materials, a hyperlink to NZIA is mandatory. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
