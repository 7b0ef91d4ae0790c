from common import E, L, R, C, N, W, S, gold

TITLE = "Kupiansk front: Russia claims Zahryzove, Ukrainian troops say fighting for the village goes on"
TEXT = """SLOBODA POST
Kharkiv region news
🌡 Kharkiv −6°C
USD 42.05 | EUR 43.21
News feed
Kupiansk front: Russia claims Zahryzove, Ukrainian troops say fighting for the village goes on
15.01.2025 · 13:27 · Kupiansk district
Text: Yuliia Serdiuk
The Russian Defence Ministry claimed on Tuesday that its troops had taken Zahryzove, a village on the left bank of the Oskil south-east of Kupiansk. The Ukrainian military has rejected the claim.

"Zagryzovo", as the village is called in the Russian statement, was "liberated" by units of the Zapad group of forces, according to the ministry. It published drone footage showing armoured vehicles moving along a field road.

Maksym Ilchenko, a spokesman for the Ukrainian troops holding the sector, told Sloboda Post on Wednesday that fighting for Zahryzove was continuing. "They put a flag on the outskirts and ran back. Our positions in the village are held, and the enemy lost two armoured vehicles there yesterday," he said.

According to Ilchenko, a Russian infiltration group that crossed the Oskil was destroyed on the northern outskirts of Kupiansk on Monday, and an assault near Kindrashivka was repelled overnight.

Over the past week Russian forces have advanced about 1.5 kilometres near Dvorichna, where they hold a bridgehead on the western bank, the Ukrainian monitoring project FrontMap said.

The town itself is shelled every day. On Tuesday morning, a guided aerial bomb hit the central part of Kupiansk, injuring two municipal workers who were repairing a water main, said Vasyl Hordiienko, head of the city military administration. "There are about 1,900 people left in the town, and every one of them is now a target," he said.

In Kupiansk-Vuzlovyi, a Russian FPV drone struck a car on Tuesday afternoon, killing the driver, a 58-year-old man, the Kharkiv regional prosecutor's office reported.

The Petropavlivka community has been without electricity since Saturday, when shelling damaged a high-voltage line. Repair crews cannot reach the site because of constant drone activity, the regional energy company said.

The regional military administration on Tuesday ordered the mandatory evacuation of families with children from eleven more villages of the Borova community. "We are not asking any more, we are obliging," the head of the Kharkiv regional military administration said.

Before the full-scale invasion, about 27,000 people lived in Kupiansk. The town was occupied in the first days of the war and liberated in September 2022; since the autumn of 2023 Russia has been trying to reach it again from the north and east.

Subscribe to our Viber channel
If you see an error, tell the editors
Reprint only with an active link to slobodapost.example
"""
DOC = {"id": "b10", "date": "2025-01-15", "source": "Sloboda Post (Kharkiv regional site)",
       "url": "https://slobodapost.example/en/news/2025/01/15/kupiansk-front-zahryzove", "text": TEXT}

D, Y = "2025-01-15", "2025-01-14"
EVENTS = [
    E("b10-1", "territory_change", Y, L("Zahryzove"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claim made 'on Tuesday' = 14 January, dated the claim day; Russian spelling 'Zagryzovo'"),
    E("b10-2", "armed_clash", Y, L("Zahryzove"), "RU", "UA", claimant="Maksym Ilchenko",
      note="Ukraine: fighting continuing, two Russian vehicles lost 'there yesterday' (said Wednesday) = 14 January; "
           "the counter-claim is a clash (blind4 call 4); actor1 = attacker"),
    E("b10-3", "armed_clash", "2025-01-13", L("Kupiansk", 2, "northern outskirts of Kupiansk"), "RU", "UA",
      claimant="Maksym Ilchenko", note="infiltration group destroyed 'on Monday' = 13 January; outskirts = precision 2"),
    E("b10-4", "armed_clash", D, L("Kindrashivka", 2, "near Kindrashivka"), "RU", "UA", claimant="Maksym Ilchenko",
      note="assault repelled 'overnight' (reported Wednesday) = publication day"),
    E("b10-5", "territory_change", "2025-01-09", L("Dvorichna", 2, "near Dvorichna"), "RU", "UA", prec="week", end=D,
      claimant="FrontMap", note="'Over the past week … advanced about 1.5 kilometres near Dvorichna': week range "
                                "(reference-6 … reference); an advance = territory_change for the advancing side"),
    E("b10-6", "air_drone_strike", Y, L("Kupiansk"), "RU", "UA", inj=N(2), weapons=[W("guided_bomb")],
      claimant="Vasyl Hordiienko", note="guided aerial bomb 'On Tuesday morning', two injured"),
    E("b10-7", "air_drone_strike", Y, L("Kupiansk-Vuzlovyi"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      claimant="Kharkiv regional prosecutor's office", note="FPV drone on a car 'on Tuesday afternoon', driver killed"),
    E("b10-8", "missile_artillery_strike", "2025-01-11", L("Petropavlivka-Kh", 2, "Petropavlivka community"), "RU", "UA",
      weapons=[W("artillery")], note="shelling 'since Saturday' = 11 January damaged a line; community named after the "
                                     "village -> precision 2; perpetrator by the article's frame"),
    E("b10-9", "infrastructure_disruption", "2025-01-11", L("Petropavlivka-Kh", 2, "Petropavlivka community"), "RU", "UA",
      claimant="regional energy company",
      note="outage since Saturday, still ongoing: dated its start (the day it was caused)"),
    E("b10-10", "policy_decision", Y, L("Borova-Kh", 2, "Borova community"), "UA", None, optional=True,
      claimant="Kharkiv regional military administration head",
      note="mandatory evacuation order 'on Tuesday': evacuation orders are optional policy_decision (blind8 call 10)"),
]
STATEMENTS = [
    S("Maksym Ilchenko", "UA", "They put a flag on the outskirts and ran back", "spokesman for Ukrainian troops"),
    S("Vasyl Hordiienko", "UA", "every one of them is now a target", "head of Kupiansk city military administration"),
    S("Kharkiv regional military administration head", "UA", "We are not asking any more, we are obliging"),
]
MUST_NOT = ["SLOBODA POST", "Kharkiv region news", "🌡 Kharkiv −6°C", "USD 42.05 | EUR 43.21", "News feed",
            "15.01.2025 · 13:27 · Kupiansk district", "Text: Yuliia Serdiuk", "Subscribe to our Viber channel",
            "If you see an error, tell the editors", "Reprint only with an active link to slobodapost.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
