from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, POL

TITLE = "Sumy under glide bombs: your questions answered"
TEXT = """NORTHSTAR
World | Europe | Ukraine | Explainers | Podcasts | Newsletters
Explainers › Ukraine
Sumy under glide bombs: your questions answered
Readers asked what is happening in Sumy after this week's attacks. Our Kyiv team answers.
By Aoife Brennan and Yaroslav Demchuk | 18 September 2025 | 6 min read
Listen to this article · 7:12

What happened on Tuesday?
In the early afternoon of Tuesday, 16 September, two guided bombs hit the Kovpakivskyi district of Sumy, the regional capital 30 km from the Russian border. One landed beside a bus stop, the other on a four-storey building of a technical college. The regional military administration counted two dead and 14 wounded. "I was at that stop five minutes earlier. I keep thinking about the five minutes," said Halyna Yakymenko, a pharmacist who lives across the road.

And elsewhere in the region?
That evening a bomb of the same kind exploded in Bilopillia, a smaller town closer to the border, wounding a woman as she weeded her vegetable patch.

What is a glide bomb, and why is it so hard to stop?
It is an old free-fall bomb, often a FAB-500 or heavier, fitted with wings and a satellite guidance kit. Russian Su-34 bombers release them 40 to 60 km from the target, often without leaving Russian airspace. "To shoot down the bomb you have to be close to it; to shoot down the plane you have to be close to the border. Both cost you something," said Kasper Lindqvist, an air-power researcher at the Baltic Air Power Group.

How many are being dropped?
A great many. Ukraine's president said on Sunday that Russia had dropped more than 1,200 glide bombs on Ukraine over the previous week. The Sumy, Zaporizhzhia and Donetsk regions take most of them.

Is Sumy going to be evacuated?
Not the city; local officials say an evacuation of Sumy itself is not being discussed. But on Wednesday the region's military administration made evacuation compulsory for children and their parents in nine villages of the Yunakivka hromada north-east of the city, where Russian drones now reach the roads.

Has Ukraine hit back?
Ukraine's General Staff said its long-range drones struck the Borisoglebsk air base in Russia's Voronezh region on Tuesday night, damaging a hangar and, it claimed, a Su-34. The Voronezh governor said drones had been downed over the district and that no one was hurt. Neither claim could be independently verified.

Did anything else happen this week?
Overnight into Thursday, Russian drones damaged a substation in the Shostka district, in the north of the region. About 3,000 households lost power.

What happens next?
Much depends on air defence that Ukraine does not yet have. If Russia keeps its bombers out of range, the attacks are likely to continue through the autumn, as they did in the autumn of 2024, when the regional administration moved part of its offices out of the city. "The college will reopen, but on the ground floor only, and classes will be shorter," said Taras Ruban, its deputy director.
Have a question about the war? Write to explainers@northstar.example
More explainers: Why Ukraine's power grid is a target again
Northstar is supported by readers like you. Subscribe from €5 a month.
© Northstar Media 2025
"""
DOC = {"id": "li05", "date": "2025-09-18", "source": "Northstar (international news site, Q&A explainer)",
       "url": "https://northstar.example/explainers/ukraine/sumy-glide-bombs-questions-answered", "text": TEXT}

D, TUE, WED = "2025-09-18", "2025-09-16", "2025-09-17"
EVENTS = [
    E("li05-1", ADS, TUE, L("Sumy"), "RU", "UA", fat=N(2), inj=N(14), weapons=[W("guided_bomb", launched=N(2))],
      evidence="In the early afternoon of Tuesday, 16 September, two guided bombs hit the Kovpakivskyi district of Sumy",
      note="answer to the heading 'What happened on Tuesday?': 'Tuesday, 16 September' (the Thursday page's Tuesday); "
           "two bombs at one time on one district (= the city) are one event, 2 k 14 w"),
    E("li05-2", ADS, TUE, L("Bilopillia"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb")],
      evidence="That evening a bomb of the same kind exploded in Bilopillia, a smaller town closer to the border, wounding a woman as she weeded her vegetable patch.",
      note="'That evening' = Tuesday evening; 'a bomb of the same kind' = a guided bomb"),
    E("li05-3", ADS, "2025-09-08", C("UA", "Ukraine"), "RU", "UA", end="2025-09-14", prec="week", agg=True,
      claimant="President of Ukraine", weapons=[W("guided_bomb", launched=N(1200, "at_least"))],
      evidence="Ukraine's president said on Sunday that Russia had dropped more than 1,200 glide bombs on Ukraine over the previous week.",
      note="the president's week tally said on Sunday 14 Sep -> the week Mon 8 - Sun 14 Sep, required week aggregate; "
           "'more than 1,200' = at_least"),
    E("li05-4", POL, WED, H("Yunakivka", "Yunakivka hromada"), "UA", None,
      evidence="But on Wednesday the region's military administration made evacuation compulsory for children and their parents in nine villages of the Yunakivka hromada north-east of the city",
      note="compulsory evacuation order for villages of a named hromada -> policy_decision at precision 2; the city's "
           "evacuation 'is not being discussed' is a negation"),
    E("li05-5", ADS, TUE, L("Borisoglebsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="General Staff of Ukraine",
      evidence="Ukraine's General Staff said its long-range drones struck the Borisoglebsk air base in Russia's Voronezh region on Tuesday night",
      note="'on Tuesday night' -> 16 Sep; the General Staff's strike and the governor's 'drones … downed … no one "
           "was hurt' are one event with 0/0 (claimed and minimised); the air base is at the town -> precision 1"),
    E("li05-6", ADS, D, H("Shostka", "Shostka district"), "RU", "UA", weapons=[W("drone")],
      evidence="Overnight into Thursday, Russian drones damaged a substation in the Shostka district, in the north of the region.",
      note="'Overnight into Thursday' = 18 Sep (the publication day); a district named after its centre -> precision 2; "
           "casualties not stated"),
    E("li05-7", DIS, D, H("Shostka", "Shostka district"), "RU", "UA", parent="li05-6",
      evidence="About 3,000 households lost power.",
      note="outage caused by the substation strike"),
]
# Not events: how a glide bomb works and where the Su-34s fly (background); 'The Sumy, Zaporizhzhia and Donetsk regions
# take most of them' (habitual share of the week tally); the evacuation of Sumy itself 'is not being discussed'
# (negation); the hangar and Su-34 damage (part of li05-5); 'Neither claim could be independently verified'; 'What
# happens next?' ('If Russia keeps … likely to continue', the autumn of 2024 move of offices: history without a day;
# the college 'will reopen').
STATEMENTS = [
    S("Halyna Yakymenko", "UA", "I keep thinking about the five minutes", "pharmacist, Sumy"),
    S("Kasper Lindqvist", None, "to shoot down the plane you have to be close to the border",
      "air-power researcher, Baltic Air Power Group"),
    S("Taras Ruban", "UA", "The college will reopen, but on the ground floor only", "deputy director of the college"),
]
MUST_NOT = ["NORTHSTAR", "World | Europe | Ukraine | Explainers | Podcasts | Newsletters", "Explainers › Ukraine",
            "By Aoife Brennan and Yaroslav Demchuk | 18 September 2025 | 6 min read", "Listen to this article · 7:12",
            "Have a question about the war? Write to explainers@northstar.example",
            "More explainers: Why Ukraine's power grid is a target again",
            "Northstar is supported by readers like you. Subscribe from €5 a month.", "© Northstar Media 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
