from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims capture of village south of Pokrovsk, Kyiv says fighting goes on"
TEXT = """HORIZON 24
Live
Français | English | Español | العربية
Europe | France | Africa | Middle East | Americas | Asia-Pacific
Europe › War in Ukraine
Russia claims capture of village south of Pokrovsk, Kyiv says fighting goes on
Issued on: 22/01/2025 - 17:26
Modified: 22/01/2025 - 19:04
3 min
Horizon 24 with AFP
Russia's defence ministry said on Wednesday that its forces had "liberated" the village of Shevchenko, a few kilometres south of the embattled logistics hub of Pokrovsk in eastern Ukraine. Kyiv denied that the village had fallen.

"Our units are still in Shevchenko. There is fighting in the northern part of the village and it is difficult, but nobody has handed it over," Andrii Kovtun, a spokesman for the Khortytsia group of forces, told Horizon 24 by telephone.

Elsewhere in the sector, Ukraine conceded ground. A mechanised brigade fighting west of Pokrovsk said on Tuesday that its soldiers had pulled back from positions on the southern edge of Uspenivka on Monday night, "to preserve the lives of personnel", after days of assaults by small infantry groups backed by drones.

Not all the movement was one way. After a two-day operation, Ukrainian assault units retook a cluster of positions near Zvirove on Sunday, the same brigade's press officer said, publishing drone footage that appeared to show Russian soldiers surrendering.

"They come in twos and threes, on motorbikes, on foot, in the fog. You stop ten groups and the eleventh gets through," said Serhii Lytvyn, a drone operator with the brigade.
Advertising
Over the past day, Ukrainian troops repelled 58 Russian assaults in the Pokrovsk sector, most of them near Udachne and Novohrodivka, the General Staff said in its morning report on Wednesday. Russia's defence ministry, for its part, said its troops had beaten off four Ukrainian counter-attacks near Shcherbynivka, south of Toretsk, in the same period.

In Toretsk itself, largely destroyed after months of combat, fighting for the slag heaps on the town's western edge continued on Wednesday, Kovtun said.

Away from the infantry battle, Russian glide bombs hit the mining town of Myrnohrad, next to Pokrovsk, on Tuesday, killing two residents, the regional governor said.

Moscow has been trying to encircle Pokrovsk since the summer. Ukrainian commanders say the town, once home to 60,000 people, could be cut off from its main supply roads within weeks if the flanks give way.

"Every village Russia takes south of Pokrovsk narrows the roads. The question is no longer whether the town can be held for ever, but how expensive it will be to take," said Camille Berthelot, a researcher at the Institut de prospective stratégique in Paris.

The regional authorities said they planned to evacuate the remaining residents of several villages west of the town.
Share on Facebook | Share on X | Share on Bluesky | Copy link
Get the Horizon 24 app
"""
DOC = {"id": "kr05", "date": "2025-01-22", "source": "Horizon 24 (French international broadcaster, English service)",
       "url": "https://www.horizon24.example/en/europe/20250122-russia-claims-capture-of-village-south-of-pokrovsk",
       "text": TEXT}

D, Y, MON, SUN = "2025-01-22", "2025-01-21", "2025-01-20", "2025-01-19"
EVENTS = [
    E("kr05-1", "territory_change", D, L("Shevchenko"), "RU", "UA", family=["armed_clash"],
      claimant="Russian Defence Ministry",
      note="MoD 'said on Wednesday' its forces 'liberated' Shevchenko; Kyiv denies: a capture claim is a claimed event, "
           "required on the claim day (blind37 call 6); the denial is a counter-claim, kept apart as kr05-2"),
    E("kr05-2", "armed_clash", D, L("Shevchenko"), "RU", "UA", claimant="Andrii Kovtun",
      note="'There is fighting in the northern part of the village' (said Wednesday): a clash that day"),
    E("kr05-3", "territory_change", MON, L("Uspenivka", 2, "southern edge of Uspenivka"), "RU", "UA",
      family=["armed_clash"],
      note="brigade 'pulled back from positions on the southern edge of Uspenivka on Monday night' (20 Jan): a "
           "withdrawal = territory_change of the advancing side, precision 2"),
    E("kr05-4", "territory_change", SUN, L("Zvirove", 2, "near Zvirove"), "UA", "RU", family=["armed_clash"],
      note="'Ukrainian assault units retook a cluster of positions near Zvirove on Sunday' (19 Jan): Ukraine regains "
           "ground, near X = precision 2"),
    E("kr05-5", "armed_clash", Y, L("Udachne", 2, "near Udachne"), "RU", "UA", end=D, prec="range",
      note="'repelled … assaults … near Udachne and Novohrodivka' over the past day: one clash per place (blind37 call 6)"),
    E("kr05-6", "armed_clash", Y, L("Novohrodivka", 2, "near Novohrodivka"), "RU", "UA", end=D, prec="range",
      note="same sentence, near Novohrodivka"),
    E("kr05-7", "armed_clash", Y, R("UA-14", "Pokrovsk sector, Donetsk region", 2), "RU", "UA", end=D, prec="range",
      agg=True, optional=True, note="'repelled 58 Russian assaults in the Pokrovsk sector': sector tally -> optional"),
    E("kr05-8", "armed_clash", Y, L("Shcherbynivka", 2, "near Shcherbynivka"), "UA", "RU", end=D, prec="range",
      claimant="Russian Defence Ministry",
      note="Russian MoD: 'beaten off four Ukrainian counter-attacks near Shcherbynivka … in the same period': a clash, "
           "the Ukrainian side attacking"),
    E("kr05-9", "armed_clash", D, L("Toretsk", 2, "western edge of Toretsk"), "RU", "UA",
      note="'fighting for the slag heaps on the town's western edge continued on Wednesday': clash that day, "
           "precision 2"),
    E("kr05-10", "air_drone_strike", Y, L("Myrnohrad"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="'Russian glide bombs hit … Myrnohrad … on Tuesday, killing two residents'"),
]
# Not events: 'days of assaults by small infantry groups' (before the withdrawal, no day), 'trying to encircle
# Pokrovsk since the summer' (history), 'could be cut off … within weeks if' (conditional), 'largely destroyed after
# months of combat' (background), 'planned to evacuate' (plan).
STATEMENTS = [
    S("Andrii Kovtun", "UA", "nobody has handed it over", "spokesman, Khortytsia group of forces"),
    S("Serhii Lytvyn", "UA", "You stop ten groups and the eleventh gets through", "drone operator"),
    S("Camille Berthelot", None, "how expensive it will be to take", "researcher, Institut de prospective stratégique"),
]
# Not gold: the brigade's fragment 'to preserve the lives of personnel' (institution, fragment), the MoD's 'liberated'.
MUST_NOT = ["HORIZON 24", "Live", "Français | English | Español | العربية",
            "Europe | France | Africa | Middle East | Americas | Asia-Pacific", "Europe › War in Ukraine",
            "Issued on: 22/01/2025 - 17:26", "Modified: 22/01/2025 - 19:04", "3 min", "Horizon 24 with AFP",
            "Advertising", "Share on Facebook | Share on X | Share on Bluesky | Copy link", "Get the Horizon 24 app"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
