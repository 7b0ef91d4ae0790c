from common import E, L, R, C, N, W, S, gold

TITLE = "Poll: most Ukrainians back talks, but few would trade territory for peace"
TEXT = """PODIL POST
Independent news from Kyiv since 2019
Politics | War | Business | Culture | Ukraine in numbers
12 February 2025, 18:40
Author: Marta Zinchenko
Poll: most Ukrainians back talks, but few would trade territory for peace
Sixty-one percent of Ukrainians support direct negotiations with Russia to end the war, but only 19% would accept giving up territory as part of a deal, according to a survey by the Kyiv Centre for Social Research published on Wednesday.

The poll of 1,015 adults was conducted by telephone from January 28 to February 8 in all government-controlled regions. Residents of occupied areas and Ukrainians abroad were not included. The margin of error is 3.3 percentage points.

Support for talks has risen steadily, from 23% in May 2022, when the mood was buoyed by the defence of Kyiv, to 44% a year ago. Yet the share of those who say Ukraine should not give up any land under any circumstances remains high at 72%.

"People want the killing to stop, but they do not want a peace that simply means a pause before the next invasion," said Iryna Bondar, executive director of the centre. "When we ask about security guarantees, the answers change dramatically."

Infographic: Podil Post
If Western countries guaranteed Ukraine's security with troops on the ground, 47% would accept a temporary ceasefire along the current front line, the survey found. Without such guarantees, only 14% would.

Trust in the armed forces stands at 89%, the highest of any institution. Asked who is most to blame for the war dragging on, 68% named Russia and 11% named Western partners for delays in weapons deliveries.

The fieldwork was completed before Monday's missile attack on Kyiv, in which one man was killed and four people were injured in the Darnytskyi district, so the figures do not reflect any reaction to it. Bondar said previous surveys had shown that large attacks tend to harden attitudes for a few weeks.

Would the results be different if elections were held? Bondar declined to speculate: "We measure opinions, not scenarios."

The centre plans to repeat the survey in May.

Become a member of Podil Post — from 100 UAH a month
Comments are open to members only
Podil Post © 2019–2025
"""
DOC = {"id": "kf11", "date": "2025-02-12", "source": "Podil Post (Kyiv news site)",
       "url": "https://podilpost.example/en/numbers/2025/02/12/poll-talks-territory", "text": TEXT}

EVENTS = [
    E("kf11-1", "missile_artillery_strike", "2025-02-10", L("Kyiv"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("missile")], note="'Monday's missile attack on Kyiv' in a Wednesday article = 10 Feb; city district "
      "= the city; the only incident on the page; perpetrator not named in the sentence but 'missile attack on Kyiv' "
      "in a Ukrainian site = Russian (actor1 RU)"),
]
# Not events: the poll itself and its fieldwork dates, the 'defence of Kyiv' in 2022 (history), the hypothetical
# guarantees and elections, 'plans to repeat' (plan), attitudes after large attacks (generalisation).
STATEMENTS = [
    S("Iryna Bondar", "UA", "they do not want a peace that simply means a pause before the next invasion",
      "executive director, Kyiv Centre for Social Research"),
    S("Iryna Bondar", "UA", "We measure opinions, not scenarios", "executive director, Kyiv Centre for Social Research"),
]
MUST_NOT = ["PODIL POST", "Independent news from Kyiv since 2019",
            "Politics | War | Business | Culture | Ukraine in numbers", "12 February 2025, 18:40",
            "Author: Marta Zinchenko", "Infographic: Podil Post", "Become a member of Podil Post — from 100 UAH a month",
            "Comments are open to members only", "Podil Post © 2019–2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
