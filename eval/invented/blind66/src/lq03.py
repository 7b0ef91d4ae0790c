from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, DIS, CLA, POL

TITLE = "The town that Makhno built waits for the water truck"
TEXT = """VEZHA
long reads from a country at war
Stories | Long reads | Photo | Audio | About Vezha | Become a member
Long reads › Frontline towns
The town that Makhno built waits for the water truck
Huliaipole once gave its name to an anarchist army. Now, fifteen kilometres from the front, its remaining residents count the days by shelling and deliveries.
Text: Marta Skoryk · Photographs: Ostap Levchuk
7 September 2024 · 22 min read
This story contains descriptions of death and injury.

The water truck comes to Huliaipole at seven in the morning, when the Russian artillery usually takes its first break of the day. It parks behind the old grain elevator, where the walls of a collapsed warehouse shield it from the east, and within minutes a queue forms: women with plastic canisters on wheeled frames, men on bicycles with buckets hooked over the handlebars, a boy of about twelve pulling a garden cart. Nobody talks much. People listen.

On Friday morning the break did not come. Shortly after seven, a Russian shell landed beside the distribution point, killing the municipal driver, Oleksandr, who had brought water to the town for two years, and wounding two women in the queue. By the afternoon the town's military administration had suspended water deliveries to the elevator until further notice; residents were told to collect drinking water from the fire station on the western edge of town.

"He always said the shelling has a timetable, like the trains used to," said Liudmyla Bondar, 64, who had been standing four places behind the truck. "On Friday the timetable was wrong."

A town with a long memory
Huliaipole is a small place with a large history. Before the full-scale invasion about 13,000 people lived here, in a grid of low houses, orchards and workshops around a central square. In 1888, Nestor Makhno was born here, the son of a poor peasant family; thirty years later, the town became the capital of his anarchist movement, which fought, in turn, the Whites, the Reds and the German and Austrian occupiers. A local museum kept his saddle, a machine-gun cart and hundreds of photographs. Most of the collection was moved to Zaporizhzhia in 2022; the building that housed it has no roof.

"People ask me whether Makhno was a hero or a bandit. I tell them he was both, and that this town has always been a place where armies came through and the people stayed," said Viktor Pustovit, a retired history teacher who ran the museum's volunteer guides until the spring of 2022.

The front reached Huliaipole early. Russian armoured columns moving north from the Azov coast reached the eastern outskirts of the town on 8 March 2022 and were pushed back after a day of fighting, according to the town council's own chronicle of the war, which Pustovit helps to keep. The line then settled a few kilometres to the south and east, and it has hardly moved since. Russian troops occupied Polohy, the district centre to the southwest, in the first week of the war; Huliaipole remained on the Ukrainian side of the line, within range of almost everything Russia fires.

The chronicle lists the worst days. On 3 November last year, a salvo of Grad rockets struck the bread factory on Shevchenko Street during the night shift, killing the baker, a 57-year-old woman who had refused to leave because, she said, the town needed bread. The factory has not reopened. On 19 January this year, two guided bombs hit the House of Culture, where volunteers were handing out warm clothes, and killed two people. On 14 August, a Russian drone dropped an explosive into the courtyard of the town hospital; the chief doctor said no one was hurt, but the hospital moved its last ward into the basement the same evening.

Some days are missing from the chronicle because nobody was left to write them down. Pustovit remembers one evening in the first winter of the war, when a shell hit the house opposite his and killed an old man who lived alone; he cannot say which day it was.

Life in the basements
About 2,000 people still live in Huliaipole, according to the military administration, down from some 3,500 last winter. Most of them are elderly. There is no gas and no central heating, and electricity comes only from generators. A humanitarian hub in the basement of the former district council hands out food parcels twice a week. Mobile coverage works in some streets and not in others, and the residents know which ones.

"My children call me every evening and ask me to leave. I tell them that my hens would not survive in Zaporizhzhia," said Hanna Tkachenko, 71, who keeps eleven hens in a shed she reinforced with sandbags.

The roads out of town are dangerous too. On 27 July, a Russian drone hit a car on the road near Zaliznychne, the village west of Huliaipole through which most supplies reach the town, injuring the driver, a volunteer who was bringing insulin to the hospital. Volunteers now drive the road only at dawn and dusk, when the drone operators on the other side, they say, have the most difficulty seeing.

On Monday the military administration ordered the mandatory evacuation of families with children from Huliaipole, a step it had resisted for months. According to the administration, nine children still lived in the town. By Thursday, seven of them had left with their parents.

"The order came late, but it came. I am not going to pretend I am happy that my school has no pupils," said Natalia Reva, the deputy head of the last school in Huliaipole, which switched to online lessons in 2022.

A farm town without its fields
Before the war, Huliaipole lived from the land. Two agricultural firms farmed most of the black earth around the town, growing wheat, sunflowers and, in the last years before the invasion, a good deal of rapeseed for export. A small factory made agricultural machinery, and the town was proud of it; its ploughs were sold as far as Kazakhstan. Today most of the fields south of the town are mined or cratered, and the factory's workshops stand empty. Some farmers still sow the fields to the north, where the risk is lower, and sell their grain to traders who do not ask many questions about where it has been stored. The municipal budget, which once depended on the land tax, now depends almost entirely on transfers from Kyiv.

Those who left are scattered. Many went to Zaporizhzhia, an hour's drive away in peacetime, where the town council runs a small office that registers displaced residents and helps them find housing. Others went further west, to Dnipro, Lviv and abroad. Some come back in summer to check on their houses, a risky trip that the police discourage.

What the soldiers see
The Ukrainian brigades that hold the line south and east of Huliaipole rarely talk about their positions, but a soldier who gave his call sign as Shchuka described the last months. Russian infantry attacks, he said, have been rare here since the spring; the main threat comes from glide bombs and drones, which can reach the town centre from the Russian side in less than ten minutes. The Russian command, he said, seems to be keeping this sector quiet while it concentrates troops near Pokrovsk, about 100 kilometres to the northeast.

Military analysts agree that a Russian offensive towards Huliaipole is possible but unlikely this year. Should it come, the town's position on a ridge above the Haichur river would give its defenders an advantage; should Pokrovsk fall, however, the Russian command could turn its attention south. None of this is decided yet.

"A quiet sector is a relative term. Here, quiet means only forty shells a day," Shchuka said.

After the shell
On Saturday morning the water truck did not come. Volunteers carried canisters from the fire station on foot, and the queue at the elevator was empty except for a few people who had not heard about the change. Someone had put a bunch of marigolds on the place where the truck used to park. A local priest held a short service in the afternoon for Oleksandr, the driver. His colleagues said he had been planning to move to his daughter's home in Dnipro in October.

The town council says it will try to resume deliveries to the elevator once a safer place can be found for the truck. Until then, residents will walk. Many of them are in their seventies and eighties, and the fire station is two kilometres from the centre.

Bondar, who was in the queue on Friday, said she would stay. "My husband is buried here, and the house is still standing. When the house falls down, I will think about it," she said.

This article was produced with support from the Independent Journalism Fund. Vezha is solely responsible for its content.
Read next: Orikhiv after the summer · The last bus from Vovchansk
Vezha is reader-funded. Become a member from 5 euros a month
© 2024 Vezha Media. All rights reserved.
"""
DOC = {"id": "lq03", "date": "2024-09-07", "source": "Vezha (long-form magazine, feature on a front-line town)",
       "url": "https://vezha.example/long-reads/huliaipole-water-truck", "text": TEXT}

D = "2024-09-07"
EVENTS = [
    E("lq03-1", MAS, "2024-09-06", L("Huliaipole"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("artillery")],
      note="'On Friday morning … Shortly after seven, a Russian shell landed beside the distribution point, killing the "
           "municipal driver … and wounding two women in the queue' (Saturday 7 Sep: Friday = 6 Sep); the page's one new "
           "strike; Huliaipole 707898 (Zaporizhzhia), not the Dnipropetrovsk village"),
    E("lq03-2", DIS, "2024-09-06", L("Huliaipole"), None, None,
      note="'By the afternoon the town's military administration had suspended water deliveries to the elevator until "
           "further notice': a water cut caused by the war on Friday (sides null as for schedules, blind53 call 6); the "
           "empty queue on Saturday is the same cut; 'will try to resume … once a safer place can be found' is a plan"),
    E("lq03-3", CLA, "2022-03-08", H("Huliaipole", "eastern outskirts of Huliaipole"), "RU", "UA",
      claimant="Huliaipole town council chronicle",
      note="'Russian armoured columns … reached the eastern outskirts of the town on 8 March 2022 and were pushed back "
           "after a day of fighting': a recalled clash with its own day -> required; outskirts = precision 2; the "
           "occupation of Polohy 'in the first week of the war' has no day (history)"),
    E("lq03-4", MAS, "2023-11-03", L("Huliaipole"), "RU", "UA", fat=N(1), weapons=[W("mlrs", "BM-21 Grad")],
      note="'On 3 November last year, a salvo of Grad rockets struck the bread factory on Shevchenko Street during the "
           "night shift, killing the baker' (last year = 2023): recalled, dated -> required; a 'salvo' gives no "
           "launched count"),
    E("lq03-5", ADS, "2024-01-19", L("Huliaipole"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb", launched=N(2))],
      note="'On 19 January this year, two guided bombs hit the House of Culture … and killed two people': recalled, "
           "dated -> required; bombs counted by number"),
    E("lq03-6", ADS, "2024-08-14", L("Huliaipole"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'On 14 August, a Russian drone dropped an explosive into the courtyard of the town hospital; the chief doctor "
           "said no one was hurt' -> 0/0; the ward's move to the basement is a response, not an event"),
    E("lq03-7", MAS, None, L("Huliaipole"), "RU", "UA", prec="unknown", optional=True, fat=N(1),
      weapons=[W("artillery")],
      note="'one evening in the first winter of the war, when a shell hit the house opposite his and killed an old man "
           "… he cannot say which day it was': a specific incident without a day -> optional, date null (blind63 "
           "ln02-9)"),
    E("lq03-8", ADS, "2024-07-27", H("Zaliznychne", "road near Zaliznychne"), "RU", "UA", inj=N(1),
      weapons=[W("drone")],
      note="'On 27 July, a Russian drone hit a car on the road near Zaliznychne … injuring the driver': recalled, dated "
           "-> required; 'the road near X' = precision 2; Zaliznychne 687796 (Zaporizhzhia oblast, W of Huliaipole), "
           "not the Odesa, Poltava or Vinnytsia villages"),
    E("lq03-9", POL, "2024-09-02", L("Huliaipole"), "UA", None,
      note="'On Monday the military administration ordered the mandatory evacuation of families with children from "
           "Huliaipole' (Monday = 2 Sep): a government decision about the war, at the town it concerns (blind63 ln04's "
           "Myrnohrad order); 'By Thursday, seven of them had left' is its result, not an event"),
]
# Not events: the daily rhythm of the water truck and the shelling's 'first break of the day' (habit); the driver's two
# years of deliveries; Makhno's birth in 1888 and his movement (history); the museum moved 'in 2022' (history, no day);
# the line that 'has hardly moved since' and Polohy occupied 'in the first week of the war' (history without a day);
# the factory 'has not reopened' (state); the population figures (2,000 now, 3,500 last winter, 13,000 before the
# invasion); no gas, no heating, generators, the hub 'twice a week' (conditions, habit); volunteers drive 'only at dawn
# and dusk' (habit); the children who left 'By Thursday' (result of lq03-9); online lessons 'in 2022'; infantry attacks
# 'rare here since the spring', glide bombs that 'can reach the town centre', the Russian command 'keeping this sector
# quiet' (habit, assessment); the offensive 'possible but unlikely … Should it come … should Pokrovsk fall' (forecast,
# conditional); 'forty shells a day' (habit); Saturday's empty queue and the marigolds (the same water cut, a vigil);
# the priest's service (no event type); the driver's plan to move in October (plan); resumption 'once a safer place can be
# found' (plan).
STATEMENTS = [
    S("Liudmyla Bondar", "UA", "On Friday the timetable was wrong", "resident, Huliaipole"),
    S("Viktor Pustovit", "UA", "this town has always been a place where armies came through and the people stayed",
      "retired history teacher"),
    S("Hanna Tkachenko", "UA", "my hens would not survive in Zaporizhzhia", "resident, Huliaipole"),
    S("Natalia Reva", "UA", "The order came late, but it came", "deputy head of school, Huliaipole"),
]
# Not gold: the soldier 'Shchuka' (call sign only, no name): "A quiet sector is a relative term …"; Bondar's second quote
# ("When the house falls down, I will think about it") is covered by her first statement (one gold statement each).
MUST_NOT = ["VEZHA", "long reads from a country at war",
            "Stories | Long reads | Photo | Audio | About Vezha | Become a member",
            "Long reads › Frontline towns",
            "Text: Marta Skoryk · Photographs: Ostap Levchuk",
            "7 September 2024 · 22 min read",
            "This story contains descriptions of death and injury.",
            "This article was produced with support from the Independent Journalism Fund. Vezha is solely responsible "
            "for its content.",
            "Read next: Orikhiv after the summer · The last bus from Vovchansk",
            "Vezha is reader-funded. Become a member from 5 euros a month",
            "© 2024 Vezha Media. All rights reserved."]

EVIDENCE = {
    "lq03-1": "Shortly after seven, a Russian shell landed beside the distribution point, killing the municipal driver, Oleksandr, who had brought water to the town for two years, and wounding two women in the queue.",
    "lq03-2": "By the afternoon the town's military administration had suspended water deliveries to the elevator until further notice",
    "lq03-3": "Russian armoured columns moving north from the Azov coast reached the eastern outskirts of the town on 8 March 2022 and were pushed back after a day of fighting",
    "lq03-4": "On 3 November last year, a salvo of Grad rockets struck the bread factory on Shevchenko Street during the night shift, killing the baker",
    "lq03-5": "On 19 January this year, two guided bombs hit the House of Culture, where volunteers were handing out warm clothes, and killed two people.",
    "lq03-6": "On 14 August, a Russian drone dropped an explosive into the courtyard of the town hospital; the chief doctor said no one was hurt",
    "lq03-7": "Pustovit remembers one evening in the first winter of the war, when a shell hit the house opposite his and killed an old man who lived alone",
    "lq03-8": "On 27 July, a Russian drone hit a car on the road near Zaliznychne, the village west of Huliaipole through which most supplies reach the town, injuring the driver",
    "lq03-9": "On Monday the military administration ordered the mandatory evacuation of families with children from Huliaipole",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
