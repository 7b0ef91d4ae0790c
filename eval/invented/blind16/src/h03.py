from common import E, L, R, C, N, W, S, gold

TITLE = "Russian troops complete liberation of Krasnaya Gora north of Artemovsk - Defence Ministry"
TEXT = """FEDLINE — Federal News Line
Main | Politics | Special military operation | Regions | Economy | Multimedia
Russian troops complete liberation of Krasnaya Gora north of Artemovsk - Defence Ministry
08.02.2023, 14:31 | Updated 08.02.2023, 15:02
Text size: A A A
MOSCOW, 8 February. /FEDLINE/. Assault detachments supported by units of the South group of forces on Tuesday completed the liberation of the settlement of Krasnaya Gora north of Artemovsk, Lieutenant General Arkady Korzun, the official representative of the Russian Defence Ministry, said at a briefing on Wednesday.

"The liberation of Krasnaya Gora cuts one more supply route of the Artemovsk garrison. Fighting continues in the northern and eastern districts of the city, where the enemy is suffering heavy losses," Korzun said.

In the Kupyansk direction, army aviation and artillery of the West group of forces struck AFU units near Dvurechnaya and Tavolzhanka in the Kharkov region. Enemy losses amounted to up to 40 servicemen, two infantry fighting vehicles and a D-30 howitzer, the general said.

In the Krasny Liman direction, units of the Centre group repelled two attacks by AFU assault groups near Kremennaya and Belogorovka in the Lugansk People's Republic. "All attempts by the enemy to break through our defences were thwarted," the spokesman said.

In the South Donetsk direction, units of the East group continued offensive actions near Ugledar and occupied more advantageous lines and positions. Near Artemovsk, artillery of the South group defeated manpower and equipment of a mechanised brigade of the AFU, whose losses amounted to up to 70 servicemen.

READ ALSO: Kiev regime moves reserves to Artemovsk, intelligence says

In the Zaporozhye direction, fire damage was inflicted on AFU units near Orekhov. In the Kherson direction, an artillery strike destroyed an ammunition depot of the 124th territorial defence brigade near Tyaginka.

High-precision weapons of the Aerospace Forces struck a temporary deployment point of an AFU unit in Kramatorsk, according to the briefing.

Over the past day, air defence means shot down five HIMARS rockets and 14 unmanned aerial vehicles near Novaya Kakhovka, Melitopol and Kremennaya.

Shelling of Makeyevka

Meanwhile, the DPR mission to the Joint Centre for Control and Coordination (JCCC) reported that Ukrainian forces fired five 155-mm shells at the Kirovsky district of Makeyevka at 11:40 on Tuesday. A 49-year-old woman was injured, and a shop and two residential buildings were damaged.

"The Ukrainian formations are deliberately targeting residential areas of Donbass with NATO-calibre artillery," the mission said in its Telegram channel.

In total, since the beginning of the special military operation, 395 aircraft, 213 helicopters, 3,180 unmanned aerial vehicles and 7,702 tanks and other armoured combat vehicles of the AFU have been destroyed, according to the ministry.

Tags: special military operation, Ministry of Defence, Artemovsk, Ugledar
Subscribe to FEDLINE on Telegram and VK
© FEDLINE 2023. All rights reserved. 18+
"""
DOC = {"id": "h03", "date": "2023-02-08", "source": "FEDLINE (Russian state agency)",
       "url": "https://fedline-news.example/svo/20230208/krasnaya-gora", "text": TEXT}

D, Y = "2023-02-08", "2023-02-07"
PAST = dict(prec="range", end=D)
MOD = "Russian Defence Ministry"
EVENTS = [
    E("h03-1", "territory_change", Y, L("Krasna Hora", 1, "Krasna Hora (Krasnaya Gora)"), "RU", "UA", claimant=MOD,
      note="'on Tuesday completed the liberation' = 7 February; claim of one side, required"),
    E("h03-2", "armed_clash", D, L("Bakhmut", 1, "Bakhmut (Artemovsk)"), "RU", "UA", claimant="Arkady Korzun",
      note="'Fighting continues in the northern and eastern districts of the city' (in the city itself): present "
           "tense in Wednesday's briefing"),
    E("h03-3", "missile_artillery_strike", Y, L("Dvorichna", 2, "near Dvorichna (Dvurechnaya)"), "RU", "UA",
      family=["air_drone_strike"], claimant=MOD,
      note="'army aviation and artillery … struck … near': both strike types; daily briefing = past day; 'losses up to "
           "40 servicemen' are not fatalities", **PAST),
    E("h03-4", "missile_artillery_strike", Y, L("Tavilzhanka", 2, "near Tavilzhanka (Tavolzhanka)"), "RU", "UA",
      family=["air_drone_strike"], claimant=MOD, note="second place of the same sentence: one event per place", **PAST),
    E("h03-5", "armed_clash", Y, L("Kreminna", 2, "near Kreminna (Kremennaya)"), "UA", "RU", claimant=MOD,
      note="repelled attacks: actor1 = attacking side (UA); occupied Luhansk region keeps UA-09", **PAST),
    E("h03-6", "armed_clash", Y, L("Bilohorivka", 2, "near Bilohorivka (Belogorovka)"), "UA", "RU", claimant=MOD,
      note="second place of 'two attacks … near Kremennaya and Belogorovka'", **PAST),
    E("h03-7", "armed_clash", Y, L("Vuhledar", 2, "near Vuhledar (Ugledar)"), "RU", "UA", claimant=MOD,
      note="'continued offensive actions near Ugledar'; 'more advantageous lines' is no named capture (no territory_change)",
      **PAST),
    E("h03-16", "missile_artillery_strike", Y, L("Bakhmut", 2, "near Bakhmut (Artemovsk)"), "RU", "UA", optional=True,
      weapons=[W("artillery")], claimant=MOD,
      note="'defeated manpower and equipment … near Artemovsk' by artillery: a vague MoD formula next to the fighting "
           "already coded in the city (h03-2) — optional; 'losses up to 70' are not fatalities", **PAST),
    E("h03-8", "missile_artillery_strike", Y, L("Orikhiv", 2, "near Orikhiv (Orekhov)"), "RU", "UA",
      family=["air_drone_strike"], claimant=MOD, note="'fire damage was inflicted': weapon not said", **PAST),
    E("h03-9", "missile_artillery_strike", Y, L("Tiahynka", 2, "near Tiahynka (Tyaginka)"), "RU", "UA",
      weapons=[W("artillery")], claimant=MOD, note="artillery strike on a depot", **PAST),
    E("h03-10", "missile_artillery_strike", Y, L("Kramatorsk", 1, "Kramatorsk"), "RU", "UA", family=["air_drone_strike"],
      claimant=MOD, note="'high-precision weapons of the Aerospace Forces': kind not said, both strike types", **PAST),
    E("h03-11", "interception", Y, C("UA", "Ukraine"), "RU", "UA", agg=True,
      weapons=[W("mlrs", "HIMARS", intercepted=N(5)), W("drone", intercepted=N(14))], claimant=MOD,
      note="past-day tally over occupied Ukraine; the three listed places are optional", **PAST),
    E("h03-12", "interception", Y, L("Nova Kakhovka", 2, "near Nova Kakhovka (Novaya Kakhovka)"), "RU", "UA",
      optional=True, note="place merely listed in the tally", **PAST),
    E("h03-13", "interception", Y, L("Melitopol", 2, "near Melitopol"), "RU", "UA", optional=True,
      note="place merely listed in the tally", **PAST),
    E("h03-14", "interception", Y, L("Kreminna", 2, "near Kreminna (Kremennaya)"), "RU", "UA", optional=True,
      note="place merely listed in the tally", **PAST),
    E("h03-15", "missile_artillery_strike", Y, L("Makiivka", 1, "Makiivka (Makeyevka), Kirovskyi district"), "UA", None,
      inj=N(1), weapons=[W("artillery", launched=N(5))], claimant="DPR mission to the JCCC",
      note="'at 11:40 on Tuesday'; occupied city: actor2 null (blind8 convention); five 155-mm shells"),
]
STATEMENTS = [
    S("Arkady Korzun", "RU", "cuts one more supply route of the Artemovsk garrison",
      "official representative of the Russian Defence Ministry"),
    S("Arkady Korzun", "RU", "All attempts by the enemy to break through our defences were thwarted",
      "official representative of the Russian Defence Ministry"),
    S("DPR mission to the JCCC", "RU", "deliberately targeting residential areas of Donbass"),
]
MUST_NOT = ["FEDLINE — Federal News Line", "Main | Politics | Special military operation | Regions | Economy | Multimedia",
            "08.02.2023, 14:31 | Updated 08.02.2023, 15:02", "Text size: A A A",
            "READ ALSO: Kiev regime moves reserves to Artemovsk, intelligence says",
            "Tags: special military operation, Ministry of Defence, Artemovsk, Ugledar",
            "Subscribe to FEDLINE on Telegram and VK", "© FEDLINE 2023. All rights reserved. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
