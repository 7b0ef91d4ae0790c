from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian troops enter Kherson as Russia completes pull-back across the Dnipro"
TEXT = """TBN News
Home | War in Ukraine | World | Business | Climate
Ukrainian troops enter Kherson as Russia completes pull-back across the Dnipro
Published 11 November 2022, 17:05 GMT
By Hannah Colquhoun, TBN News, Mykolaiv region
Image source: Getty Images
Image caption: Residents greeted soldiers in the village of Kyselivka on the road to Kherson

Ukrainian troops entered the city of Kherson on Friday, hours after Moscow said it had finished withdrawing its forces from the western bank of the Dnipro river.

Videos shared on social media and verified by TBN showed soldiers being hugged by residents on the city's central square, where the Ukrainian flag was raised over the regional administration building in the afternoon.

Russia's defence ministry said the withdrawal of its troops to the left bank had been "completed" at 05:00 Moscow time and that "not a single piece of military equipment or weapons" had been left behind. Ukrainian officials said some Russian soldiers had been captured after being left behind in civilian clothes.

Kherson was the only regional capital Russia had captured since the start of its invasion in February. It fell in the first week of the war, and Moscow declared it part of Russia in September.

Overnight, a large section of the Antonivskyi road bridge that links Kherson with the eastern bank collapsed into the river. It was not immediately clear who had destroyed it; Russian military bloggers said it had been blown up by retreating troops.

The Kremlin insisted nothing had changed. "This is a subject of the Russian Federation. There can be no changes here," spokesman Dmitry Orlov told reporters.

On Thursday, Ukrainian forces also entered the town of Snihurivka, in the Mykolaiv region, which had been occupied since March.

Further west, the celebrations were overshadowed by another deadly strike on Mykolaiv, where a Russian missile hit a five-storey apartment block early on Friday. At least six people were killed, regional governor Viktor Sereda said. Rescuers were still searching the rubble in the evening.

In Nova Kakhovka, on the Russian-held eastern bank, the Moscow-installed administration accused Ukrainian forces of shelling the town on Friday, saying two civilians had been injured. Its claim could not be independently verified.

For people in Kherson, the biggest question is what comes next. Russian artillery on the other side of the river is within easy range of the city, and Ukrainian officials have warned residents to expect shelling.

"We waited eight months for this day. I don't care if the power is off, I don't care about anything — they are gone," said Valentyna, 63, who did not want to give her surname.

Related Topics
Russia-Ukraine war | Kherson | Ukraine
More on this story
Watch: The moment soldiers reached Kherson's central square
Copyright 2022 TBN. TBN is not responsible for the content of external sites. Read about our approach to external linking.
"""
DOC = {"id": "s06", "date": "2022-11-11", "source": "TBN News (Western broadcaster)",
       "url": "https://www.tbn-news.example/world/europe-63597310", "text": TEXT}

D = "2022-11-11"
EVENTS = [
    E("s06-1", "territory_change", D, L("Kherson"), "UA", "RU", claimant="TBN (verified videos)"),
    E("s06-2", "territory_change", D, R("UA-65", "Kherson region (right bank)"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry",
      note="Russia's completed withdrawal from the western bank; the same event as s06-1 seen from the other side, plus a region"),
    E("s06-3", "remote_explosive", D, L("Kherson", 2, "Antonivskyi bridge, near Kherson"), None, None,
      family=["looting_destruction", "missile_artillery_strike"], note="bridge destroyed overnight, perpetrator unknown"),
    E("s06-4", "territory_change", "2022-11-10", L("Snihurivka"), "UA", "RU"),
    E("s06-5", "missile_artillery_strike", D, L("Mykolaiv"), "RU", "UA", fat=N(6, "at_least"), weapons=[W("missile")],
      claimant="Viktor Sereda"),
    E("s06-6", "missile_artillery_strike", D, L("Nova Kakhovka"), "UA", None, inj=N(2),
      claimant="Moscow-installed administration", note="unverified claim; 'shelling'"),
]
STATEMENTS = [
    S("Russian defence ministry", "RU", "not a single piece of military equipment or weapons"),
    S("Dmitry Orlov", "RU", "There can be no changes here", "Kremlin spokesman"),
    S("Valentyna", "UA", "We waited eight months for this day", "resident of Kherson"),
]
MUST_NOT = ["TBN News", "Home | War in Ukraine | World | Business | Climate", "Published 11 November 2022, 17:05 GMT",
            "By Hannah Colquhoun, TBN News, Mykolaiv region", "Image source: Getty Images",
            "Image caption: Residents greeted soldiers in the village of Kyselivka on the road to Kherson",
            "Related Topics", "Russia-Ukraine war | Kherson | Ukraine", "More on this story",
            "Watch: The moment soldiers reached Kherson's central square",
            "Copyright 2022 TBN. TBN is not responsible for the content of external sites. Read about our approach to external linking."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
