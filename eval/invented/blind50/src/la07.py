from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, DIS, TER

TITLE = "The city that listens to the sky: two years of living within range in Kherson"
TEXT = """HARBOURLIGHT MAGAZINE
Features | Dispatches | Culture | Science | Archive | Subscribe
FEATURES | DISPATCH
The city that listens to the sky: two years of living within range in Kherson
Since the Russians left the right bank, they have never stopped shooting at it. A morning, and a season, in a city where the front line is a river
Words by Maeve Carrick · Photographs by Danylo Tkach
18 January 2025
16 minute read
This article contains descriptions of injuries.
The first bus of the day was supposed to leave at eight. At ten to eight on Saturday morning, the people waiting for it at the stop on Perekopska Street heard the sound that everyone in Kherson has learned to hear: a thin, rising whine, like a mosquito trapped in a jar. There was no time to do anything with it. The drone dropped its charge onto the shelter of the bus stop, killing a 60-year-old man and wounding the three people who stood next to him, the regional military administration said later that morning.

By the time I arrived, an hour afterwards, the glass of the shelter had been swept into a neat pile. A municipal worker was hosing the pavement. A woman in a green coat stood at a distance and watched him, a shopping bag in each hand.

"He was my neighbour from the fifth floor. He went out for bread every morning at the same time, and every morning I told him to wait until it was light," she said. She gave her name as Valentyna Hlushchenko, 74. "What can you tell a man who has lived here his whole life? That he should stop going out for bread?"

The Dniprovskyi district, where the stop stands, is the part of Kherson closest to the river, and therefore to the Russian positions on the other side of it. From the embankment you can see the low trees of the left bank, and on a clear day the roofs of the villages there. The distance is short enough for the small drones that the Russian army flies across the water in dozens every day: cheap quadcopters with grenades or mortar bombs hung underneath, guided by operators who watch the streets through their cameras.

Kherson people call it the human safari. The name began as bitter slang on local Telegram channels in the summer of 2024 and has since found its way into the reports of human rights monitors. The drones hunt cars, bicycles, ambulances, queues at the water points and, above all, people walking alone. The city has strung nets over some of the main streets, and volunteers repair them every week.

Saturday was not over. At about half past ten, artillery shells fell on the Korabelnyi district on the city's southern edge, injuring two people and cutting a power line; some 3,000 households in the district were left without electricity, the city military administration said. The evening before, on Friday, a guided aerial bomb had struck Antonivka, a suburb on the north-eastern edge of the city, wounding two people.

Across the river
To understand why Kherson is shelled, you have to remember how it was freed. On 11 November 2022, after eight and a half months of occupation, Ukrainian troops entered the city, and people who had hidden their flags in washing machines and under floorboards poured into the central square. Russian forces had pulled back across the Dnipro, blowing up the spans of the Antonivskyi bridge behind them.

The joy lasted about a week. Then the shelling began, from positions that were now no more than a kilometre or two away. Through the winter of 2022 the city was hit by artillery and rockets almost every day. In June 2023 the Kakhovka dam upstream was destroyed, and water flooded the lower streets of the Korabelnyi district and the islands; Russian gunners fired on the rescue boats.

Oleksandr Marchenko, a trauma surgeon at the regional hospital, has kept a list in a school exercise book of every patient he has operated on since the liberation. It has four columns: date, age, what hit them, and what he removed. For the first year, the third column said mostly "shell" or "Grad". Since the summer of 2024, it has said mostly "drone".

"Shrapnel from a shell is random. Shrapnel from a drone is not random, because somebody chose this person," he told me in the corridor outside the operating theatre, which now works in the basement. "I see the difference in the wounds. The drones come for legs, for the lower body, for people on bicycles."

He remembers the dates the way other people remember birthdays. On 22 September last year, a drone chased a minibus along Ushakova Avenue and dropped its grenade through the open window next to the driver, killing him. On the night of 5 November, shells hit the regional children's hospital; its young patients had been carried down to the basement hours earlier, and no one was hurt. One afternoon last spring, a shell landed in the yard of a school during the morning break and a teacher was wounded; Marchenko no longer remembers the day.

A city of sixty thousand
Before the full-scale invasion, Kherson had about 280,000 inhabitants. City officials now estimate that around 60,000 remain, most of them elderly. Children are few: the schools teach online, and the kindergartens that are still open work underground. Since the liberation, more than 600 civilians have been killed by Russian fire in the city and its suburbs, according to the regional prosecutor's office.

The ones who stay have adapted in ways that outsiders find hard to believe. They know which streets are covered by nets and which are not. They know that the drones fly less in heavy rain and more on clear mornings. They cycle with their heads down. Many have installed an app that relays the warnings of a volunteer network, which spots drones over the river and posts their direction in a chat.

Ihor Stepura, a 41-year-old welder, runs one of the teams that hang the nets. Since the autumn they have covered eleven kilometres of road. "Every net we put up is a street where the drone operator has to come lower, closer, where we have a chance to shoot him down," he said, standing on the back of a truck on the road to the Antonivka suburb, where the nets end. "It is not much. But without them we would not be able to drive to work."

The regional administration has announced plans to cover another 30 kilometres of roads by spring, if the money arrives. The governor has also asked the central government for more mobile air-defence groups to fight the drones, so far without an answer.

Evenings are the hardest. After four o'clock the streets empty. The curfew starts at eight, but in practice the city goes inside at dusk, because the Russian operators, according to the volunteers, like the half-light. Shops close early. The only sound after dark, several people told me, is the artillery: Ukrainian guns answering from behind the city, and Russian ones answering them.

What comes next
Nobody in Kherson believes that the Russians will try to cross the river in force; the Dnipro here is too wide, and the Ukrainian bank too well defended. But people fear a slow emptying of the city. If the drone campaign keeps growing at this rate, one city official told me, by the summer Kherson could lose a third of the people who are still here.

Marchenko does not plan to leave. His exercise book is nearly full, and he has bought a second one. "When I started it, I thought I was keeping a record of the war," he said. "Now I think I am keeping a record of the city."

At the bus stop on Perekopska Street, by early afternoon, the glass had been taken away and a new timetable had been taped to the post. The first bus on Sunday is due at eight.
Photographs: Danylo Tkach for Harbourlight
More from Features: The last ferryman of the Dnipro delta
Harbourlight Weekly: the best of our features, every Saturday
© 2025 Harbourlight Magazine. All rights reserved.
"""
DOC = {"id": "la07", "date": "2025-01-18", "source": "Harbourlight Magazine (long-form feature)",
       "url": "https://harbourlight.example/features/2025/01/18/kherson-city-that-listens-to-the-sky",
       "text": TEXT}

D = "2025-01-18"
EVENTS = [
    E("la07-1", ADS, D, L("Kherson"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("drone")],
      note="'At ten to eight on Saturday morning' (publication Saturday) a drone dropped its charge on the bus stop on "
           "Perekopska Street (Dniprovskyi district = the city): 1 killed, 3 wounded"),
    E("la07-2", MAS, D, L("Kherson"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="'At about half past ten, artillery shells fell on the Korabelnyi district … injuring two people' (the "
           "district = the city); a second strike the same day with another weapon"),
    E("la07-3", DIS, D, L("Kherson"), "RU", "UA", parent="la07-2",
      note="'cutting a power line; some 3,000 households in the district were left without electricity'"),
    E("la07-4", ADS, "2025-01-17", L("Antonivka"), "RU", "UA", inj=N(2), weapons=[W("guided_bomb")],
      note="'The evening before, on Friday, a guided aerial bomb had struck Antonivka, a suburb on the north-eastern "
           "edge of the city, wounding two' (17 Jan); Antonivka 713304, the suburb, is its own locality"),
    E("la07-5", TER, "2022-11-11", L("Kherson"), "UA", "RU",
      note="history with a day: 'On 11 November 2022, after eight and a half months of occupation, Ukrainian troops "
           "entered the city' -> the recapture is required (blind42 call 4); the Russian pull-back across the Dnipro "
           "is the same change"),
    E("la07-6", ADS, "2024-09-22", L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="the surgeon's recollection with a day: 'On 22 September last year, a drone chased a minibus along "
           "Ushakova Avenue and dropped its grenade … killing him' (2024) -> required; a drone-dropped grenade is an "
           "air_drone_strike"),
    E("la07-7", MAS, "2024-11-05", L("Kherson"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'On the night of 5 November, shells hit the regional children's hospital … no one was hurt': recalled with "
           "a day (2024) -> required, 0/0"),
    E("la07-8", MAS, None, L("Kherson"), "RU", "UA", prec="unknown", optional=True, inj=N(1),
      weapons=[W("artillery")],
      note="'One afternoon last spring, a shell landed in the yard of a school … a teacher was wounded; Marchenko no "
           "longer remembers the day': a specific incident without a day -> optional, date null (blind42 call 4)"),
]
# Not events: the human safari since the summer of 2024 and 'dozens every day' (habit); nets 'repaired every week',
# 'eleven kilometres' since the autumn (ongoing work); the bridge spans blown up in November 2022 (part of the
# withdrawal, no separate day); shelling 'almost every day' through the winter of 2022 (habit); the Kakhovka dam
# destroyed 'In June 2023' and the rescue boats fired on (history without a day); the surgeon's columns ('shell',
# 'Grad', 'drone'); population figures; 'more than 600 civilians … since the liberation' (cumulative); the app and the
# volunteer network; plans to cover another 30 kilometres 'by spring, if the money arrives' (plan, conditional); the
# governor's request without answer; the curfew and the evening artillery (habit); 'If the drone campaign keeps growing
# … could lose a third' (conditional forecast); the new timetable and Sunday's bus (future).
STATEMENTS = [
    S("Valentyna Hlushchenko", "UA", "every morning I told him to wait until it was light", "resident, Kherson"),
    S("Oleksandr Marchenko", "UA", "somebody chose this person", "trauma surgeon, Kherson regional hospital"),
    S("Ihor Stepura", "UA", "without them we would not be able to drive to work", "volunteer net-hanging team"),
]
# Not gold: the unnamed city official's forecast (reported speech).
MUST_NOT = ["HARBOURLIGHT MAGAZINE", "Features | Dispatches | Culture | Science | Archive | Subscribe",
            "FEATURES | DISPATCH", "Words by Maeve Carrick · Photographs by Danylo Tkach", "18 January 2025",
            "16 minute read", "This article contains descriptions of injuries.",
            "Photographs: Danylo Tkach for Harbourlight", "More from Features: The last ferryman of the Dnipro delta",
            "Harbourlight Weekly: the best of our features, every Saturday",
            "© 2025 Harbourlight Magazine. All rights reserved."]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la07-1": "The drone dropped its charge onto the shelter of the bus stop, killing a 60-year-old man and wounding the three people who stood next to him",
    "la07-2": "At about half past ten, artillery shells fell on the Korabelnyi district on the city's southern edge, injuring two people and cutting a power line",
    "la07-3": "some 3,000 households in the district were left without electricity",
    "la07-4": "The evening before, on Friday, a guided aerial bomb had struck Antonivka, a suburb on the north-eastern edge of the city, wounding two people.",
    "la07-5": "On 11 November 2022, after eight and a half months of occupation, Ukrainian troops entered the city",
    "la07-6": "On 22 September last year, a drone chased a minibus along Ushakova Avenue and dropped its grenade through the open window next to the driver, killing him.",
    "la07-7": "On the night of 5 November, shells hit the regional children's hospital",
    "la07-8": "One afternoon last spring, a shell landed in the yard of a school during the morning break and a teacher was wounded",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
