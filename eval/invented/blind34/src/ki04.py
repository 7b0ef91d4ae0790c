from common import E, L, R, C, N, W, S, gold

TITLE = "Avdiivka was not lost on Saturday. It was lost in Washington months ago"
TEXT = """THE HALVERSEN REVIEW
Politics   Ideas   Books   Podcasts   Archive
OPINION | Guest essay
Avdiivka was not lost on Saturday. It was lost in Washington months ago
The withdrawal from a town Ukraine held for ten years was orderly. The decisions that made it necessary were not.
By Katarzyna Wilde-Okafor
Ms. Wilde-Okafor is a former NATO planning officer and a senior fellow at the Tallinn Forum for Security Studies.
Feb. 21, 2024
When Ukraine's new army chief announced on Saturday that the last units had left Avdiivka, he called the withdrawal a decision to save soldiers' lives. He was right, and the timing was, by most accounts, just about right. The alternative was encirclement. Anyone who remembers the last weeks of Mariupol in 2022 knows what that costs.

But we should be honest about what happened. Avdiivka did not fall because its defenders were outfought. It fell because they were outgunned, by a ratio that officers on the ground put at six or seven Russian shells to every Ukrainian one, and because the shells that might have narrowed that gap are sitting in a foreign-aid bill that has not reached a vote in the US House of Representatives since it passed the Senate.

Avdiivka has a long history as a front-line town. Russian-backed forces first tried to take it in 2014, and the industrial zone and the coke plant became symbols of endurance long before the full-scale invasion. Russia's latest assault began in October, and it was costly: Western intelligence estimates suggest Moscow lost tens of thousands of men and hundreds of armoured vehicles around the town. Those estimates may be high, but even if they are halved, the price was enormous.

What changed in the final weeks was not Russian manpower but Russian air power. In the last week before the withdrawal alone, Russian aircraft dropped more than 250 guided bombs on the town, a Ukrainian brigade officer told me. "They flatten a building a day with those bombs, and we have nothing that reaches the planes," said Lieutenant Andrii Kulyk, whose unit left the coke plant on Friday night. Ukrainian troops cannot shoot down aircraft that release their bombs from 60 kilometres away without long-range air defence, and they cannot make Russia pay for those sorties without more of the missiles and shells they keep asking for.

Sponsored · A weekend of ideas in Tallinn — tickets now on sale

It is tempting to say that one town does not matter. Militarily, that is partly true: Avdiivka sits in a salient, and the new line west of it is shorter and easier to defend. Russia will probably try to push on towards the villages behind it, but without a breakthrough it will not change the map of the Donbas. Yet the symbolism matters, and so does the pattern. If the aid bill stays stuck, the next Avdiivka could be Chasiv Yar, and after that Kostiantynivka or Pokrovsk.

The war's other fronts give no comfort. On Tuesday, a Russian missile struck a residential building in Kramatorsk, injuring two people, according to the regional governor. Strikes like this are now a daily fact of life for the towns behind the front, and will remain so for as long as Russian launchers can operate close to the line without fear.

What should Europe do? Three things. First, it should stop waiting for Washington and buy shells wherever they exist, including outside Europe. Second, it should admit that its own production targets for this year will be missed and set targets it can meet. Third, it should plan for a war that lasts into 2026, not one that ends with a negotiation this summer.

There will be those who say that none of this is Europe's business, and that Ukraine should negotiate now. But a negotiation with an enemy that believes time is on its side is not a negotiation; it is a slow surrender. "The Kremlin is betting that our patience is shorter than its own," said Estonia's former defence planner Tiit Kõrvits when I asked him about the mood in Tallinn. It may be right about us. It should not be right about Ukraine.

Avdiivka's defenders did their part for ten years. The least we can do is to make sure the next town does not fall for the same reason.

The views expressed in guest essays are the author's own and do not necessarily reflect those of The Halversen Review.
Write to us: letters@halversenreview.example (letters may be edited for length)
More from this contributor ↓
Why NATO's eastern flank needs more than rotations
Ammunition, not promises: a checklist for the Vilnius summit
"""
DOC = {"id": "ki04", "date": "2024-02-21", "source": "The Halversen Review (opinion magazine)",
       "url": "https://halversenreview.example/opinion/2024/02/21/avdiivka-washington", "text": TEXT}

EVENTS = [
    E("ki04-1", "territory_change", "2024-02-17", L("Avdiivka"), "RU", "UA",
      note="the army chief 'announced on Saturday that the last units had left Avdiivka' = Sat 17 Feb: Ukrainian "
           "withdrawal = Russian gain (actor1 RU)"),
    E("ki04-2", "air_drone_strike", "2024-02-10", L("Avdiivka"), "RU", "UA", end="2024-02-17", prec="week", agg=True,
      weapons=[W("guided_bomb", launched=N(250, "at_least"))], optional=True,
      note="'In the last week before the withdrawal … more than 250 guided bombs': week aggregate told as background "
           "by an officer; optional"),
    E("ki04-3", "armed_clash", "2024-02-16", L("Avdiivka"), "RU", "UA", optional=True,
      note="the lieutenant's unit 'left the coke plant on Friday night' (16 Feb): part of the withdrawal under fire; "
           "optional (no fighting described)"),
    E("ki04-4", "missile_artillery_strike", "2024-02-20", L("Kramatorsk"), "RU", "UA", inj=N(2), weapons=[W("missile")],
      note="'On Tuesday, a Russian missile struck a residential building in Kramatorsk, injuring two'"),
]
# Not events: the Mariupol siege in 2022 and 2014 attempts (history); the shell ratio and the aid bill 'has not
# reached a vote' (negation); the assault that 'began in October' (history, no day) and casualty estimates; the
# aircraft that 'cannot' be shot down; 'will probably try to push on', 'If the aid bill stays stuck, the next
# Avdiivka could be'; strikes as 'a daily fact of life' (habitual); the three recommendations and 'plan for a war
# that lasts into 2026'; 'should negotiate now' (opinion).
STATEMENTS = [
    S("Andrii Kulyk", "UA", "They flatten a building a day with those bombs", "Ukrainian lieutenant"),
    S("Tiit Kõrvits", "EE", "The Kremlin is betting that our patience is shorter than its own", "Estonia's former defence planner"),
]
MUST_NOT = ["THE HALVERSEN REVIEW", "Politics   Ideas   Books   Podcasts   Archive", "OPINION | Guest essay",
            "By Katarzyna Wilde-Okafor",
            "Ms. Wilde-Okafor is a former NATO planning officer and a senior fellow at the Tallinn Forum for Security Studies.",
            "Feb. 21, 2024", "Sponsored · A weekend of ideas in Tallinn — tickets now on sale",
            "The views expressed in guest essays are the author's own and do not necessarily reflect those of The Halversen Review.",
            "Write to us: letters@halversenreview.example (letters may be edited for length)",
            "More from this contributor ↓", "Why NATO's eastern flank needs more than rotations",
            "Ammunition, not promises: a checklist for the Vilnius summit"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
