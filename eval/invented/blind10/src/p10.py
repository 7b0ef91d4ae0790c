from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims capture of village called New York near Toretsk; Ukraine says fighting goes on"
TEXT = """ANS  ALLIED NEWS SERVICE
WORLD NEWS
Russia claims capture of village called New York near Toretsk; Ukraine says fighting goes on
By DARIA STOYANOVA and JOHN PELLEGRINI
Updated 10:32 AM EDT, July 18, 2024
Share
Copy Link copy

KYIV, Ukraine (ANS) — Russia's Defense Ministry said Thursday its forces had captured the village of Novgorodskoye in eastern Ukraine, a settlement that Ukrainians know by another name — New York — while Ukrainian officials insisted their troops were still fighting for it.

"Units of the Center group of forces have liberated the settlement of Novgorodskoye," the ministry said in its daily statement. The village, which reverted to its historical name of Niu-York in 2021 after decades as Novgorodske, lies on the southern approaches to the town of Toretsk in the Donetsk region.

Nazar Hrytsai, a spokesman for the Ukrainian troops in the area, told national television that Russian forces had entered the village but did not control it. "The enemy holds part of the village, but fighting is going on in its western part and we are not leaving," he said.

The claims could not be independently verified.

Toretsk, a mining town with a prewar population of about 30,000, has come under increasing pressure since late June. If Russian forces take New York and the high ground around it, they could threaten Ukrainian supply lines to Toretsk from the south, analysts say.

Elsewhere, Russian shelling killed two people and wounded four in the southern city of Kherson on Wednesday, the regional governor said. The shells hit the Korabelnyi district near the river port. In Nikopol, across the Dnieper River from Russian-occupied territory, a 64-year-old man was killed overnight when an artillery shell hit his home, local officials said.

In the Kharkiv region, a Russian glide bomb struck the town of Derhachi, north of Kharkiv, on Wednesday afternoon, wounding five people, including a 9-year-old boy, the the regional governor said. Russian shelling of border communities in the Sumy region wounded two more people on Wednesday, the regional administration said, without naming the villages.

In all, regional authorities reported that at least three civilians were killed and 11 wounded across Ukraine over the past 24 hours.

In Russian-occupied Donetsk, the Moscow-installed mayor said Ukrainian shelling killed one civilian and wounded three in the city's Kirovskyi district on Wednesday evening. Across the border, in Russia's Belgorod region, Ukrainian shelling of the town of Shebekino injured two people on Thursday morning, the region's governor said.

Ukraine's military leadership has acknowledged that Russian forces hold the initiative along much of the front line, but says the pace of the Russian advance has slowed since U.S. weapons began arriving again in May. Ukraine's top commander said last week that Russia was concentrating troops for a new push toward Pokrovsk, a key logistics hub.

___

Pellegrini reported from London.
Follow ANS's coverage of the war in Ukraine at https://ans-news.example/hub/russia-ukraine
Copyright 2024 Allied News Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "p10", "date": "2024-07-18", "source": "Allied News Service (ANS)",
       "url": "https://ans-news.example/article/russia-ukraine-war-new-york-toretsk-2024-07-18", "text": TEXT}

D, WED = "2024-07-18", "2024-07-17"
EVENTS = [
    E("p10-1", "territory_change", D, L("Niu-York"), "RU", "UA", claimant="Russia's Defense Ministry",
      note="Russian name Novgorodskoye, English 'New York', Ukrainian Niu-York = one place; claim dated the day "
           "it was made (Thursday)"),
    E("p10-2", "armed_clash", D, L("Niu-York"), "RU", "UA", claimant="Nazar Hrytsai",
      note="counter-claim: fighting going on in the western part of the village"),
    E("p10-3", "missile_artillery_strike", WED, L("Kherson", 1, "Kherson, Korabelnyi district"), "RU", "UA",
      fat=N(2), inj=N(4), weapons=[W("artillery")], claimant="regional governor"),
    E("p10-4", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="'overnight' in a Thursday report = 18 July"),
    E("p10-5", "air_drone_strike", WED, L("Derhachi"), "RU", "UA", inj=N(5), weapons=[W("guided_bomb", launched=N(1))],
      claimant="regional governor"),
    E("p10-6", "missile_artillery_strike", WED, R("UA-59", "Sumy region"), "RU", "UA", inj=N(2),
      weapons=[W("artillery")], note="border communities, villages not named: region precision"),
    E("p10-7", "missile_artillery_strike", WED, C("UA", "Ukraine"), "RU", "UA", prec="range", end=D, agg=True,
      fat=N(3, "at_least"), inj=N(11), family=["air_drone_strike"],
      note="'over the past 24 hours' = 17-18 July (ANNOTATION rule 6); mixed weapons"),
    E("p10-8", "missile_artillery_strike", WED, L("Donetsk", 1, "Donetsk, Kirovskyi district"), "UA", None, fat=N(1),
      inj=N(3), weapons=[W("artillery")], claimant="Moscow-installed mayor",
      note="occupied Donetsk keeps UA-14; 'on Wednesday evening'"),
    E("p10-9", "missile_artillery_strike", D, L("Shebekino"), "UA", "RU", inj=N(2), weapons=[W("artillery")],
      claimant="Belgorod governor", note="'on Thursday morning'"),
]
STATEMENTS = [
    S("Russian Defense Ministry", "RU", "have liberated the settlement of Novgorodskoye"),
    S("Nazar Hrytsai", "UA", "fighting is going on in its western part and we are not leaving",
      "spokesman for the Ukrainian troops in the area"),
]
MUST_NOT = [
    "ANS  ALLIED NEWS SERVICE",
    "WORLD NEWS",
    "By DARIA STOYANOVA and JOHN PELLEGRINI",
    "Updated 10:32 AM EDT, July 18, 2024",
    "Copy Link copy",
    "Pellegrini reported from London.",
    "Follow ANS's coverage of the war in Ukraine at https://ans-news.example/hub/russia-ukraine",
    "Copyright 2024 Allied News Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
