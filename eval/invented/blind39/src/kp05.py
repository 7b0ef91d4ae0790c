from common import E, L, R, C, N, W, S, gold

TITLE = "Europe is still preparing for the war Ukraine fought three years ago"
TEXT = """THE CONTINENTAL LEDGER
Politics | Economy | Security | Opinion | Books
OPINION · COLUMN
Europe is still preparing for the war Ukraine fought three years ago
Drones, not tanks, decide who holds ground now. Our defence budgets have not noticed.
By Gerrit Hollander
Gerrit Hollander is a former NATO defence planner and a senior fellow at the Brightwater Forum.
7 May 2025
Follow the author
There is a photograph I keep coming back to. It shows a column of Russian armoured vehicles, abandoned in the mud north of Kyiv in the spring of 2022, their crews gone, a farmer's dog sniffing at a tank track. For a year, Western audiences read that picture as the future of this war: Russian mass would fail against Ukrainian agility and Western weapons, and the rest was a matter of time.

We know now that the picture told us about the past, not the future. The war Ukraine won in 2022 — the defence of Kyiv, the sweep through Kharkiv region in September, the liberation of Kherson in November — was a war of manoeuvre that neither side has been able to fight since. What came after was a war of attrition, and since the failed counteroffensive of the summer of 2023 it has become a war of drones.

Consider the arithmetic. On a typical day this spring, Ukrainian units report that the majority of Russian casualties are caused by first-person-view drones rather than artillery. Russian units, for their part, have learned to hunt Ukrainian armour with fibre-optic drones that no jammer can stop. A tank that would once have been the king of the battlefield now survives, on average, a few days in the zone where drones hunt. Any force that moves in the open within ten or fifteen kilometres of the front line is likely to be seen, and anything that is seen is likely to be hit.

And the war reaches far behind the front, too. On Sunday evening a Russian missile struck a tram depot in Zaporizhzhia, killing four workers and injuring eleven, according to the regional authorities. It was not an unusual attack, which is precisely the point. Ukrainian cities have been hit in this way, week after week, for more than three years, and the list of names grows every night. Russia launched more than 700 attack drones at Ukraine in the past week alone, according to the Ukrainian Air Force.

What does Europe do with this? It orders tanks. In the past two years, European governments have signed contracts for hundreds of new main battle tanks and self-propelled howitzers, most of them for delivery after 2028. These are not useless — Ukraine would still like more of both — but they are answers to the questions of 2022. The questions of 2025 are different: how to produce hundreds of thousands of cheap drones a year, how to shoot down the other side's drones at a cost lower than the drone itself, and how to protect power plants and railway junctions from long-range strikes that no longer need a bomber to deliver them.

Some governments have understood this. On Monday, the Swedish government approved a new military support package for Ukraine worth 16 billion kronor, a large part of it earmarked for drones to be produced by Ukrainian manufacturers, who can build them faster and more cheaply than any European factory. "We have stopped asking what we can spare from our own stocks and started asking what Ukraine can build if we pay for it," the Swedish defence analyst Karin Ekholm told me last month. That is the right question. It should have been asked in 2023.

Imagine, for a moment, that it had been. Had Europe funded Ukrainian drone production at scale two years ago, instead of spending a year debating whether to send long-range missiles, the Russian advance towards Pokrovsk might have been far slower and far more costly. Had the interceptor drones now being tested around Kharkiv been in mass production last winter, the Ukrainian power grid might have come through it with fewer blackouts. Counterfactuals prove nothing, of course. But they remind us that the choices made in European capitals have consequences that are measured in square kilometres and in lives.

The second lesson concerns time. Russia has converted its economy to war. Its factories produce, by most Western estimates, several thousand long-range drones a month and more artillery ammunition than the United States and Europe combined. It will not run out of either in 2025, whatever the optimists say. If the war continues into 2026, Russia will likely field even more drones, and the share of Russian attacks launched against Ukraine's rear will grow. If Ukraine's partners do not match that effort, Ukraine will be forced to ration interceptors, choosing which cities to protect and which to leave exposed — a choice it already makes on bad nights.

There is also a more hopeful scenario. Ukraine has shown that it can innovate faster than any Western procurement system. Its drone units change their tactics every few weeks; its engineers have turned farm machinery workshops into production lines. If Europe treats Ukraine's defence industry as part of its own — funding it, integrating it into its supply chains, learning from it — both would be stronger. The Danish model of paying Ukrainian manufacturers directly, which several countries have copied since last year, points in that direction.

A word, too, about the other side of the ledger. Ukraine's own long-range strikes on Russian refineries and airfields have shown what a cheap drone can do hundreds of kilometres behind the front. Russian fuel exports have suffered, and air defence units have been pulled back from the front to protect cities and industrial sites deep inside Russia. European planners who still think of long-range strike as the business of expensive cruise missiles should study how Ukraine has done it with machines that cost less than a family car.

None of this will be easy. A ceasefire, if one comes this year, would not make the problem go away. Russia would use any pause to rebuild its forces, as it did after 2014, and European armies would need the lessons of this war more, not less. The worst outcome would be to treat a ceasefire as the end of the story and return to the procurement habits of the past.

Three things should be done now. First, every European defence ministry should set aside a fixed share of its budget for drones and counter-drone systems, produced in Europe or in Ukraine. Second, the European Union should finance a joint stockpile of interceptors for Ukraine's cities. Third, European armies should send officers to Ukrainian drone units, not for a week-long visit but for months, and bring back what they learn.

The photograph of the abandoned tanks north of Kyiv still hangs in many ministries. It is time to take it down and put up a different one: a Ukrainian drone operator in a basement, watching a screen.
The views expressed in this column are those of the author.
Have your say: send a letter to the editor
More from Opinion
Why the Baltic states are building a drone wall
A ceasefire without guarantees is a pause, not peace
© The Continental Ledger 2025
"""
DOC = {"id": "kp05", "date": "2025-05-07", "source": "The Continental Ledger (European weekly, opinion column)",
       "url": "https://continental-ledger.example/opinion/2025/05/07/europe-still-preparing-for-the-last-war",
       "text": TEXT}

D = "2025-05-07"
EVENTS = [
    E("kp05-1", "missile_artillery_strike", "2025-05-04", L("Zaporizhzhia"), "RU", "UA", fat=N(4), inj=N(11),
      weapons=[W("missile")],
      note="'On Sunday evening a Russian missile struck a tram depot in Zaporizhzhia, killing four … injuring eleven': "
           "recalled with a resolvable day (Sun 4 May, before the Wednesday column) -> required; 'not an unusual "
           "attack' is commentary"),
    E("kp05-2", "air_drone_strike", "2025-04-30", C("UA", "Ukraine"), "RU", "UA", end=D, prec="week", agg=True,
      optional=True, weapons=[W("drone", launched=N(700, "at_least"))],
      note="'more than 700 attack drones … in the past week alone' in an opinion column: a week tally used as an "
           "argument, optional (blind34 call 4, as ki04's background week)"),
    E("kp05-3", "policy_decision", "2025-05-05", C("SE", "Sweden"), "SE", "UA",
      note="'On Monday, the Swedish government approved a new military support package … 16 billion kronor': a "
           "decision at the deciding country (Mon 5 May)"),
]
# Not events (the column is argument, history, counterfactual and forecast around two incidents and one decision):
# the photograph and the abandoned column north of Kyiv 'in the spring of 2022'; the defence of Kyiv, the Kharkiv
# sweep 'in September', the liberation of Kherson 'in November', the counteroffensive 'of the summer of 2023' (history
# without days); the typical-day casualty shares, fibre-optic drones, the tank's life expectancy, 'likely to be seen …
# likely to be hit' (generic); cities hit 'week after week, for more than three years'; European tank contracts 'in
# the past two years' and deliveries after 2028; Ekholm's quote told 'last month' (statement); 'Had Europe funded … might
# have been', 'Had the interceptor drones … might have come through' (counterfactuals); Russian production estimates;
# 'If the war continues into 2026 … will likely field', 'If Ukraine's partners do not match … will be forced'
# (forecasts); the 'more hopeful scenario'; the Danish model 'since last year'; the ceasefire 'if one comes', Russia
# rebuilding 'as it did after 2014'; Ukraine's long-range strikes on refineries and airfields (no day, no place);
# the three recommendations; the two 'More from Opinion' headlines (furniture).
STATEMENTS = [
    S("Karin Ekholm", None, "We have stopped asking what we can spare from our own stocks", "Swedish defence analyst"),
]
MUST_NOT = ["THE CONTINENTAL LEDGER", "Politics | Economy | Security | Opinion | Books", "OPINION · COLUMN",
            "By Gerrit Hollander",
            "Gerrit Hollander is a former NATO defence planner and a senior fellow at the Brightwater Forum.",
            "7 May 2025", "Follow the author", "The views expressed in this column are those of the author.",
            "Have your say: send a letter to the editor", "More from Opinion",
            "Why the Baltic states are building a drone wall",
            "A ceasefire without guarantees is a pause, not peace", "© The Continental Ledger 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
