from common import E, L, R, C, N, W, S, gold

TITLE = "The city that counts in seconds: a week in Sumy, 30 kilometres from Russia"
TEXT = """LANTERN MAGAZINE
The Long Read
The city that counts in seconds: a week in Sumy, 30 kilometres from Russia
Sumy has lived under fire since the first days of the invasion. Now the drones come every night, and the front is getting closer.
By Eleanor Vance · Photographs by Mateusz Dąbrowski
Saturday 21 June 2025 · 19 min read
Save article · Gift this article

The sirens in Sumy no longer wake anybody up. What wakes people up is the sound that comes after them: the low, moped-like buzz of a Shahed, and then the silence when its engine cuts out over the roofs. "You count," says Halyna Tkach, a 58-year-old school librarian. "One, two, three. If you get to five, it fell somewhere else."

Late on Wednesday night, Halyna did not get to five. A drone struck the upper floors of a five-storey building on the other side of her courtyard in the Zarichnyi district, killing a 44-year-old woman and injuring nine people, among them two teenagers. When we arrived on Thursday morning, residents were carrying what was left of their belongings down the stairwell in plastic bags, and a municipal crew was nailing chipboard over the empty window frames.

Photo caption: Residents clear debris in a courtyard in Sumy's Zarichnyi district on Thursday. Photograph: Mateusz Dąbrowski for Lantern

The same morning, the city's water utility cut supply to the whole Zarichnyi district for 14 hours after the blast damaged a pumping main. Queues formed at the water trucks by eight o'clock. "We have been here before," said the driver of one of them, handing out five-litre bottles. He did not want to be named.

Sumy, a city of a quarter of a million people before the war, lies about 30 kilometres from the Russian border. It has been under fire, in one way or another, for more than three years. In the first days of the invasion, Russian armoured columns bypassed the city and laid siege to it; the local territorial defence held out until the Russians withdrew from the region at the beginning of April 2022. Residents still point out the places where the columns stood.

Then came the missiles. People here list the dates the way other towns list public holidays. On 12 May 2023, a missile hit the building of the security service, killing four people. On the night of 6 August 2024, a drone attack left most of the city without power for two days. On 27 January 2025, a drone struck an apartment block near the central market, killing nine people, among them a family of four. Each of these dates has its own memorial, a row of photographs on a fence or a wall.

"The difference now is the frequency," says Artem Solovei, the head of the city military administration, in his office, whose windows are covered with sandbags. "In 2023 we had an attack every week. Now we have attacks every night, sometimes several times a day. The guided bombs reach the outskirts. The drones reach everything."

He is also worried about what comes next. "If the enemy manages to move its artillery closer, the whole city will be within range of the guns," he says. "We are preparing for that, but I hope it will not happen."

Photo caption: Artem Solovei, head of the Sumy city military administration. Photograph: Mateusz Dąbrowski for Lantern

The front is indeed getting closer. Since the spring, Russian forces have pushed into a strip of villages along the border north of Sumy, and Ukrainian commanders say they are trying to establish a "buffer zone" deep enough to bring the city within range of their artillery. Earlier this month, Russian troops entered the outskirts of a village in the Sumy district before being pushed back, according to the Ukrainian military. The regional administration says more than 200 villages in the region are now within 20 kilometres of the border, and most of them have no electricity.

On Thursday, a man in his sixties was killed by artillery fire while riding his bicycle in Vorozhba, a railway town about 70 kilometres north-west of Sumy, the regional administration said. On the same day, an FPV drone struck a police evacuation vehicle near Krasnopillia, east of Sumy, injuring two police officers. The officers had been on their way to collect an elderly couple who had refused to leave their house for months.

That night, the air force said, air defence units shot down 11 of the 14 drones that Russia had sent towards the Sumy region.

Evacuation is the hardest part of the work, says Captain Yuriy Datsenko of the regional police's "White Angels" unit, which drives into the border villages in armoured minibuses. "Nobody wants to leave. Some of them were born in these houses, and they think that if they leave, the house will die," he says. "We explain. We come back. We come back again. Sometimes we come back too late."

Yesterday, the regional military administration ordered the mandatory evacuation of 11 more villages in the Sumy district, including families with children. Officials say about 56,000 people have left the border areas of the region since the beginning of the year.

On Friday we drove to Bilopillia, a small town a few kilometres from the border. The road was lined with anti-drone netting stretched over metal poles, a tunnel of green mesh several kilometres long. Shortly after we arrived, a guided aerial bomb hit a field on the outskirts of the town. The blast shook the windows of the community centre where we were talking to volunteers; no one was hurt.

"That one was for you," joked Vasyl, a volunteer who delivers bread to the town's remaining residents. "They like to greet guests."

Photo caption: Anti-drone netting over the road to Bilopillia. Photograph: Mateusz Dąbrowski for Lantern

About 5,000 people still live in Bilopillia, a third of its pre-war population. The central square has a bakery, a pharmacy and a small shop that opens for two hours a day. The school has been closed since 2022; children study online, when there is power. Most of the people who stayed are pensioners.

Back in Sumy, life is stubbornly normal during the day. Cafes are open, the trolleybuses run, teenagers skateboard in front of the theatre. Last week, a drone damaged the city's trolleybus depot, and for several days the buses ran on a reduced timetable; by the time we arrived, most routes had been restored. On Thursday evening, the philharmonic gave a concert in the basement of the regional library, and every seat was taken.

"People want to live," says Olena Sydorenko, a violinist who played that evening. "If we stop playing, stop working, stop having coffee, then they win without taking the city."

At the regional hospital, the surgeon Oleksiy Marchenko has worked through every one of the big attacks. He shows us a list on his phone: the numbers of wounded admitted after each attack since 2022. "On the 27th of January we had 31 patients in four hours," he says. "We have learned. We now have a triage point in the basement, generators, our own water. But you never get used to children."

He does not want to make forecasts. Few people in Sumy do. Analysts in Kyiv say that a Russian offensive on the city itself would require far more troops than Moscow has in the area, and most expect the pressure on the border villages to continue through the summer. If Russia manages to bring the city within range of its artillery, it would change life here completely.

For now, Sumy counts. At night, people count the seconds after an engine cuts out. In the morning, they count the damaged windows, and the names on the fences.

Halyna Tkach has moved her bed into the corridor, away from the windows. She has no plans to leave. "Where would I go?" she asks. "My son is at the front. When he comes home, I want him to find me here."

This article was supported by the Lantern Foundation for Independent Reporting.
More from The Long Read
Sign up for the Lantern weekend edition
Comments are closed for this article.
"""
DOC = {"id": "s13", "date": "2025-06-21", "source": "Lantern Magazine (long-read reportage)",
       "url": "https://lanternmag.example/longread/2025/jun/21/sumy-city-counts-in-seconds", "text": TEXT}

WED, THU, FRI = "2025-06-18", "2025-06-19", "2025-06-20"
EVENTS = [
    E("s13-1", "air_drone_strike", WED, L("Sumy", 1, "Sumy, Zarichnyi district"), "RU", "UA", fat=N(1), inj=N(9),
      weapons=[W("drone", "Shahed-136")], note="'Late on Wednesday night'"),
    E("s13-2", "infrastructure_disruption", THU, L("Sumy", 1, "Sumy, Zarichnyi district"), "RU", "UA",
      note="water cut for 14 hours after the blast damaged a pumping main"),
    E("s13-3", "missile_artillery_strike", THU, L("Vorozhba"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="regional administration"),
    E("s13-4", "air_drone_strike", THU, L("Krasnopillia", 2, "near Krasnopillia"), "RU", "UA", inj=N(2),
      weapons=[W("drone", "FPV")], claimant="regional administration"),
    E("s13-9", "interception", THU, R("UA-59", "Sumy region"), "UA", "RU", weapons=[W("drone", launched=N(14), intercepted=N(11))],
      claimant="Ukrainian air force", note="'That night' = Thursday night"),
    E("s13-5", "air_drone_strike", FRI, L("Bilopillia", 1, "outskirts of Bilopillia"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb")], note="witnessed by the reporter; 'no one was hurt'"),
    E("s13-6", "policy_decision", FRI, L("Sumy", 2, "Sumy district"), "UA", None, optional=True,
      claimant="regional military administration", note="'Yesterday' ordered evacuation of 11 villages; evacuation orders are a borderline type"),
    E("s13-7", "air_drone_strike", "2025-06-09", L("Sumy", 1, "Sumy, trolleybus depot"), "RU", "UA", optional=True,
      prec="week", end="2025-06-15", weapons=[W("drone")], note="'Last week' recalled in passing"),
    E("s13-8", "armed_clash", "2025-06-01", L("Sumy", 2, "a village in the Sumy district"), "RU", "UA", optional=True,
      prec="month", end="2025-06-21", note="'Earlier this month' entry and push-back; village not named"),
]
STATEMENTS = [
    S("Halyna Tkach", "UA", "If you get to five, it fell somewhere else", "school librarian, Sumy resident"),
    S("Artem Solovei", "UA", "Now we have attacks every night", "head of the Sumy city military administration"),
    S("Artem Solovei", "UA", "the whole city will be within range of the guns", "head of the Sumy city military administration"),
    S("Yuriy Datsenko", "UA", "Sometimes we come back too late", "police captain, White Angels unit"),
    S("Olena Sydorenko", "UA", "then they win without taking the city", "violinist"),
    S("Oleksiy Marchenko", "UA", "you never get used to children", "surgeon"),
    S("Halyna Tkach", "UA", "I want him to find me here", "school librarian, Sumy resident"),
]
MUST_NOT = ["LANTERN MAGAZINE", "The Long Read", "By Eleanor Vance · Photographs by Mateusz Dąbrowski",
            "Saturday 21 June 2025 · 19 min read", "Save article · Gift this article",
            "Photo caption: Residents clear debris in a courtyard in Sumy's Zarichnyi district on Thursday. Photograph: Mateusz Dąbrowski for Lantern",
            "Photo caption: Artem Solovei, head of the Sumy city military administration. Photograph: Mateusz Dąbrowski for Lantern",
            "Photo caption: Anti-drone netting over the road to Bilopillia. Photograph: Mateusz Dąbrowski for Lantern",
            "This article was supported by the Lantern Foundation for Independent Reporting.",
            "More from The Long Read", "Sign up for the Lantern weekend edition", "Comments are closed for this article."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
