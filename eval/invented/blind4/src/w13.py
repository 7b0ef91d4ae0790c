from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims capture of village near Kurakhove; Ukraine denies encirclement"
TEXT = """Russia claims capture of village near Kurakhove; Ukraine denies encirclement
By Tom Avery
November 21, 2024 2:05 PM GMT Updated 38 mins ago
The Daily Briefing newsletter sends you the top stories every morning. Sign up here.

KYIV, Nov 21 (Northbridge) - Russian forces have captured the village of Kurakhivka on the northern approach to the town of Kurakhove in eastern Ukraine, Russia's Defence Ministry said on Thursday, a claim disputed by Ukraine's military.

Ukraine's Khortytsia group of forces said fighting was continuing in the village and that Ukrainian units still held positions on its western edge. Northbridge could not independently verify either side's account.

The Russian ministry also said its troops had "encircled" a Ukrainian grouping east of Kurakhove. "There is no encirclement. Our defenders are holding their positions, although the situation is difficult," Khortytsia spokesman Nazar Voloshyn told Northbridge, adding that heavy fighting was going on around the town.

Ukraine's General Staff said its troops had repelled 41 Russian assaults near Pokrovsk over the past day, the most intense sector of the front.

Russian troops advanced about 1.5 km near the village of Novoyelyzavetivka, west of Selydove, on Wednesday, according to the open-source mapping group Front Atlas, which analyses combat footage and satellite imagery.

Further north, Ukrainian forces withdrew on Wednesday from the village of Kindrashivka, north of Kupiansk, to "more favourable positions", Voloshyn's counterpart for the northern sector said on Thursday. Russia had claimed to have taken the village last week.

In Russia's Kursk region, where Ukrainian troops have held a pocket of territory since August, the Russian Defence Ministry said its forces had repelled a Ukrainian attack near Sudzha on Wednesday, destroying 12 armoured vehicles. Kyiv did not comment.

Did Russian troops really take Kurakhivka? Satellite images published so far do not show it. Analysts say Moscow's forces could reach the border of the Dnipropetrovsk region by the end of the year if the current pace holds.

"Russia is trading huge losses for a few kilometres a week, but it is still moving," said Mark Halvorsen, a military analyst at the Nordic Institute for Security Studies.

Ukraine's commander-in-chief vowed on Wednesday to hold the line in the east and said reinforcements were on their way.

(Reporting by Tom Avery; Additional reporting by Ksenia Marlow; Editing by Philippa Grant)
Our Standards: The Northbridge Trust Principles.
"""
DOC = {"id": "w13", "date": "2024-11-21", "source": "Northbridge",
       "url": "https://www.northbridge-news.example/world/europe/russia-claims-village-near-kurakhove-2024-11-21/",
       "text": TEXT}

D, Y = "2024-11-21", "2024-11-20"
EVENTS = [
    E("w13-1", "territory_change", D, L("Kurakhivka"), "RU", "UA", claimant="Russian Defence Ministry (disputed by Ukraine)"),
    E("w13-2", "armed_clash", D, L("Kurakhivka"), "RU", "UA", claimant="Khortytsia group of forces"),
    E("w13-3", "armed_clash", D, L("Kurakhove", 2, "around Kurakhove"), "RU", "UA",
      claimant="Russian Defence Ministry (encirclement claim); Nazar Voloshyn (denial)"),
    E("w13-4", "armed_clash", Y, L("Pokrovsk", 2, "near Pokrovsk"), "RU", "UA", prec="range", end=D, agg=True,
      claimant="Ukrainian General Staff"),
    E("w13-5", "territory_change", Y, L("Novoyelyzavetivka", 2, "near Novoyelyzavetivka"), "RU", "UA",
      claimant="Front Atlas"),
    E("w13-6", "territory_change", Y, L("Kindrashivka"), "RU", "UA", claimant="Ukrainian military (withdrawal)"),
    E("w13-7", "territory_change", "2024-11-11", L("Kindrashivka"), "RU", "UA", prec="week", end="2024-11-17",
      optional=True, claimant="Russia (earlier claim)", note="'last week': vague date"),
    E("w13-8", "armed_clash", Y, L("Sudzha", 2, "near Sudzha"), "UA", "RU", claimant="Russian Defence Ministry",
      note="actor1 = the attacking side"),
    E("w13-9", "military_mobilization", Y, C("UA", "Ukraine"), "UA", None, optional=True,
      note="'reinforcements were on their way': vague troop movement, no place"),
]
STATEMENTS = [
    S("Nazar Voloshyn", "UA", "There is no encirclement. Our defenders are holding their positions", "Khortytsia spokesman"),
    S("Mark Halvorsen", None, "Russia is trading huge losses for a few kilometres a week", "military analyst"),
]
MUST_NOT = ["By Tom Avery", "November 21, 2024 2:05 PM GMT Updated 38 mins ago",
            "The Daily Briefing newsletter sends you the top stories every morning. Sign up here.",
            "(Reporting by Tom Avery; Additional reporting by Ksenia Marlow; Editing by Philippa Grant)",
            "Our Standards: The Northbridge Trust Principles."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
