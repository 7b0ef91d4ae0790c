from common import E, L, R, C, N, W, S, gold

TITLE = "Explained: what are glide bombs, and why is it so hard for Ukraine to stop them?"
TEXT = """DAYBREAK EXPLAINERS
Home / Explainers / Defence
Explained: what are glide bombs, and why is it so hard for Ukraine to stop them?
Cheap Soviet-era bombs fitted with wings have become one of Russia's most destructive weapons. Here is how they work and what air defence can and cannot do about them.
By Selin Aydemir, defence correspondent
13 March 2024 | 7 min read
Save article
Glide bombs have become one of the most feared weapons of the war in Ukraine. Front-line towns such as Avdiivka, Kupiansk and Vovchansk have been pounded by them for months, and Ukrainian officials say Russia now drops dozens of them on a typical day. On Monday, two glide bombs hit a residential area in Selydove in Donetsk region, destroying part of a five-storey building and killing two people, regional officials said. What are these weapons, and why can't Ukraine simply shoot them down?

What is a glide bomb?
A glide bomb is an ordinary unguided aerial bomb — the kind of free-fall bomb that air forces have dropped since the Second World War — fitted with a kit of folding wings and a satellite navigation module. Russia calls its kit UMPK, a Russian abbreviation for "unified gliding and correction module". Once the bomb is released from an aircraft, the wings unfold and the bomb glides towards its target, correcting its course with the help of satellite signals.

The kits can be fitted to bombs of different sizes. The most common is the FAB-500, which carries about 200 kilograms of explosives. Russia has also used the much heavier FAB-1500, and Ukrainian officials say it has begun testing a kit for the three-tonne FAB-3000. A bomb of that size can destroy a multi-storey building or a fortified command post in one strike.

Why are they so effective?
The main advantage is range. Without wings, a bomber must fly almost directly over its target, within reach of Ukrainian air defence. With a glide kit, a Russian Su-34 or Su-35 can release a bomb 40 to 70 kilometres away, while staying over Russian-held territory or even over Russia itself. The aircraft climbs, releases the bomb, and turns back before Ukrainian missiles can reach it.

The second advantage is cost. A glide kit costs a fraction of a cruise missile, and Russia holds enormous Soviet-era stocks of unguided bombs. Russian factories have also increased production of the kits since last year, according to Western intelligence estimates.

The third advantage is destructive power. A FAB-500 carries more explosives than most missiles, and a FAB-1500 several times more. Ukrainian soldiers describe the impact as an earthquake. "You do not hear it coming. First the ground jumps, then the sound arrives, and then you are counting who is still with you," said Maksym Haidai, a Ukrainian infantry officer who served in Avdiivka until the town's withdrawal in February.

How accurate are they?
Less accurate than a guided missile, but accurate enough. Satellite navigation can be jammed, and Ukrainian electronic warfare units say they regularly push glide bombs off course. Many bombs land in fields or fail to explode. But when Russia drops dozens of them on a single town, accuracy matters less. In Avdiivka's final weeks, Ukrainian commanders reported that Russian aircraft were dropping up to 60 glide bombs a day on the town's defences.

Why can't air defence stop them?
In theory, a glide bomb can be shot down like any other airborne target. In practice, it is very difficult. The bomb is small, fast and falls steeply at the end of its flight, which gives air defence only seconds to react. Ukraine's most capable systems, such as the US-made Patriot, are needed to protect cities and power plants from ballistic and cruise missiles, and there are not enough of them to be placed along a front line more than 1,000 kilometres long.

The better option, military experts say, is to shoot down the aircraft before they release their bombs. That requires long-range air defence systems placed close to the front, where they are themselves vulnerable to Russian missiles and drones. A Patriot launcher near the front would be a prime target, and losing one would be a serious blow to Ukraine.

Has Ukraine had any success?
Some. Ukraine's Air Force said it shot down a Russian Su-34 bomber over Donetsk region on 6 March, the third it claimed since the start of the month. Russia does not comment on such claims, and they cannot be independently verified. Ukrainian officials have said that every downed bomber forces Russian pilots to release their bombs from further away, which reduces their accuracy.

But the numbers are against Ukraine. Even if it shot down one aircraft a week, Russia could keep up its current rate of bombing. "One Patriot battery near the front could change the picture in a whole sector for a week or two, and then Russia would find it and destroy it," said Jonas Lindgren, an air power analyst at the Nordhavn Security Institute. "It is a trade that only makes sense if you have many batteries."

Are glide bombs used beyond the front line?
Increasingly, yes. The longer range of the newest kits allows Russian aircraft to reach towns and villages in Ukraine's border regions that are far from the fighting. On 2 March, a glide bomb struck the centre of Velyka Pysarivka in Sumy region, about ten kilometres from the Russian border, injuring three people and destroying the village administration building, the regional military administration said. Residents of border villages in Sumy and Kharkiv regions say they now hear the aircraft before they hear the bombs.

Could Russia use them against large cities?
This is what Ukrainian officials fear most. Kharkiv, Ukraine's second-largest city, lies about 30 kilometres from the Russian border — within range of glide bombs released from Russian airspace. If Russia began bombing Kharkiv with glide bombs regularly, the city's air defence, built to stop missiles and drones, would have few answers. Some Ukrainian officials have warned that such a campaign could start within months.

Does Ukraine use glide bombs too?
Yes, on a much smaller scale. Ukraine has received French-made AASM Hammer bombs and US-made glide bombs, which its aircraft release from a distance in the same way. But Ukraine has far fewer aircraft and far fewer bombs than Russia, and its pilots face a dense Russian air defence network along the front. Ukrainian officials rarely disclose when or where these weapons are used, and there are no public figures on how many Ukraine has dropped.

What could change the situation?
Three things, experts say. More long-range air defence, above all Patriot and similar systems, would allow Ukraine to push Russian aircraft further back. Western fighter jets, such as the F-16s that are expected to arrive this year, could be used to intercept bombers, although they would also be exposed to Russian air defence. And permission to strike Russian airfields with Western long-range weapons would allow Ukraine to hit aircraft on the ground, before they take off — a step that Ukraine's partners have so far refused to allow.

Until then, glide bombs are likely to remain Russia's main tool for destroying Ukrainian defensive positions and the towns behind them.
Correction: an earlier version of this article gave the wrong weight for the FAB-1500's explosive charge.
Read next: How does Ukraine's air defence decide what to shoot down?
Got a question about the war? Email our explainers team.
© 2024 Daybreak Media Ltd
"""
DOC = {"id": "kp06", "date": "2024-03-13", "source": "Daybreak Explainers (news site, explainer)",
       "url": "https://daybreak.example/explainers/defence/what-are-glide-bombs-ukraine", "text": TEXT}

D = "2024-03-13"
EVENTS = [
    E("kp06-1", "air_drone_strike", "2024-03-11", L("Selydove"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="'On Monday, two glide bombs hit a residential area in Selydove … killing two' (Mon 11 Mar, before the "
           "Wednesday explainer): the example the explainer opens with, a dated event -> required"),
    E("kp06-2", "interception", "2024-03-06", R("UA-14", "Donetsk region"), "UA", "RU", weapons=[W("aircraft", "Su-34",
      intercepted=N(1))],
      note="'shot down a Russian Su-34 bomber over Donetsk region on 6 March': an aircraft shot down = interception by "
           "the defender (actor1 UA), region only; 'the third it claimed since the start of the month' is a tally "
           "without the other days (not annotated)"),
    E("kp06-3", "air_drone_strike", "2024-03-02", L("Velyka Pysarivka"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      note="'On 2 March, a glide bomb struck the centre of Velyka Pysarivka in Sumy region … injuring three': a dated "
           "example -> required"),
]
# Not events (the explainer is generic, habitual and hypothetical): Avdiivka, Kupiansk and Vovchansk 'pounded … for
# months', 'dozens of them on a typical day'; how a glide bomb and the UMPK kit work; FAB-500/1500/3000 sizes and the
# FAB-3000 'testing' (no day, no place); release ranges, costs, increased kit production 'since last year'; Haidai's
# quote and the Avdiivka withdrawal 'in February' (history without a day); jamming 'regularly'; 'up to 60 glide bombs a
# day' in Avdiivka's final weeks (habitual); 'In theory … In practice' and the Patriot-near-the-front reasoning ('would
# be a prime target'); Russia's non-comment; 'Even if it shot down one aircraft a week'; Lindgren's hypothetical;
# border residents hearing aircraft (habitual); 'If Russia began bombing Kharkiv … would have few answers', 'could
# start within months' (forecast); F-16s 'expected to arrive this year', permission to strike airfields 'refused'
# (no decision on a day); Ukraine's own use of AASM Hammer and US glide bombs (generic, no day); 'likely to remain'; the correction note and 'Read next' (furniture).
STATEMENTS = [
    S("Maksym Haidai", "UA", "First the ground jumps, then the sound arrives", "Ukrainian infantry officer"),
    S("Jonas Lindgren", None, "One Patriot battery near the front could change the picture in a whole sector",
      "air power analyst, Nordhavn Security Institute"),
]
MUST_NOT = ["DAYBREAK EXPLAINERS", "Home / Explainers / Defence", "By Selin Aydemir, defence correspondent",
            "13 March 2024 | 7 min read", "Save article",
            "Correction: an earlier version of this article gave the wrong weight for the FAB-1500's explosive charge.",
            "Read next: How does Ukraine's air defence decide what to shoot down?",
            "Got a question about the war? Email our explainers team.", "© 2024 Daybreak Media Ltd"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
