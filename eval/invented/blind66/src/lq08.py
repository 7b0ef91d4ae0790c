from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA, TER, ABD, ARR, REX

TITLE = "2025 in review: the year the front came back to Zaporizhzhia"
TEXT = """KHORTYTSIA HERALD
news of the Zaporizhzhia region
Home | Region | City | Front | Economy | People | Year in review
Year in review › 2025
2025 in review: the year the front came back to Zaporizhzhia
Compiled by the Herald newsroom · Tuesday 30 December 2025
Contents: Winter · Spring · Summer · Autumn · December · The numbers · What 2026 may bring
Photo gallery: the year in 40 pictures →

For two years the front in the Zaporizhzhia region barely moved. Trenches dug in the summer of 2023 around Robotyne and Verbove were still the trenches of late 2024, and the city of Zaporizhzhia lived with the glide bombs and drones as a city lives with bad weather. In 2025 that changed. The front began to move again, first slowly along the Dnipro reservoir in the west of the region, then faster in the east around Huliaipole. The city of Zaporizhzhia, which had about 710,000 residents before the war, ended the year closer to the guns than at any time since 2022.

This review follows the year season by season. It cannot list every attack; the regional administration recorded tens of thousands. It recalls the days that changed the region, and the people who lived through them.

Winter
The year began with one of its worst days. On 14 January, two guided bombs struck the industrial zone of the Zavodskyi district of Zaporizhzhia in the middle of a working shift, killing six workers and injuring 29. It was the first time that Russian aircraft had hit the city with glide bombs launched from so far away, and it changed how the city's factories worked: many moved their night shifts underground, and some moved out of the region altogether.

"The siren went, we went down, and the second bomb came while people were still on the stairs. I have worked here 26 years. I did not think a factory could be a front line," said Serhii Pasichnyk, a foreman at one of the plants.

In occupied Melitopol, meanwhile, the occupation authorities continued their campaign against people suspected of loyalty to Ukraine. On 15 March, Russian security officers detained the priest of a Ukrainian Orthodox parish in Melitopol after a Sunday service, according to the parish's community, which now worships in Zaporizhzhia. He has not been seen since.

Spring
In spring the line shifted for the first time in two years. Russian forces had attacked along the shore of the drained Kakhovka reservoir since the autumn, and on 22 April Ukraine's General Staff confirmed that its troops had withdrawn from Kamianske, a village on the old shoreline south of Stepnohirsk, to preserve the lives of personnel. The village is not to be confused with the large city of Kamianske in the Dnipropetrovsk region. Its loss brought Russian artillery within 25 kilometres of the southern edge of Zaporizhzhia.

In occupied Berdiansk, on 27 May, a bomb planted under a car killed a Russian-installed official of the city's administration, Ukraine's military intelligence said, presenting it as the work of Ukrainian partisans. The occupation authorities called it a terrorist attack and detained two suspects.

Across the river
On the other side of the reservoir, the nuclear power plant in Enerhodar spent its third full year under Russian control. Its six reactors stayed in cold shutdown, and the international inspectors who rotate through the site reported again and again that the plant depended on a single external power line. Residents of Nikopol and Marhanets, on the Ukrainian-held bank, continue to keep iodine tablets at home. For the people of the occupied south of the region, the year brought Russian passports, Russian school curricula and a new round of conscription into the Russian army, which human rights groups in Zaporizhzhia say violates the laws of war.

Summer
The summer brought the heaviest drone attacks the city had seen. On the night of 5 to 6 June, Russia launched 71 attack drones at the Zaporizhzhia region, according to the regional military administration; 48 were shot down. Drones hit a residential quarter of the Shevchenkivskyi district of Zaporizhzhia, killing two people and injuring 14, and set fire to a supermarket and a row of garages.

"My son counted the explosions from the bathroom. He stopped at nineteen because he fell asleep," said Viktoriia Lysenko, who lives on the fourth floor of one of the damaged blocks.

After June the drones came almost every night, usually in smaller numbers. The city learned to measure nights by how many: a quiet night had five, a bad night had forty. Schools prepared to start the school year underground, and the city opened its first fully underground school in September, in a former civil defence shelter.

Later in the summer, Ukrainian troops regained some positions east of Stepnohirsk, according to the brigade that holds the sector, which did not say when. The gains were small, but they pushed Russian artillery back from the road between Stepnohirsk and Zaporizhzhia.

Autumn
Orikhiv, the town that had been on the front line for three years, lost most of its remaining residents in the autumn. On 29 September, a Russian drone struck an evacuation van leaving Orikhiv, killing two volunteers. The regional administration suspended evacuations from the town for a week after the strike, and then resumed them with armoured vehicles only.

The east of the region is where the year's biggest change came. Russian troops, moving south from the Donetsk region, reached the Huliaipole area in the autumn. On 24 November, Ukraine's General Staff confirmed that Ukrainian troops had left Uspenivka, a village northeast of Huliaipole, after weeks of fighting. The Russian defence ministry had claimed its capture several days earlier.

The energy system suffered too. On 11 November, Russian missiles struck two substations in Zaporizhzhia, and the entire city was left without electricity for about 20 hours, until the morning of 12 November. Trams and trolleybuses stopped, water pumps stood still, and hospitals ran on generators.

"For twenty hours the city was silent, and in a city of this size silence is frightening. You realise how much of life is hum," said Oleh Kravchuk, a shift supervisor at the city's water utility.

December
December brought the fighting into Huliaipole itself. On 2 December, Ukraine's General Staff reported fighting in the eastern districts of Huliaipole for the first time, and Ukrainian and Russian troops have fought in the town since. The last residents were evacuated in mid-December; the town had about 13,000 people before the war.

On Monday, the day before this review was published, a Russian drone struck a minibus on the eastern outskirts of Zaporizhzhia, killing one passenger and injuring five, the regional military administration said. The minibus was carrying workers home from a night shift.

The numbers
According to the regional military administration, 612 civilians were killed and more than 2,400 injured in the Zaporizhzhia region in 2025, the highest annual toll since 2022. The administration recorded more than 150,000 attacks on the region's settlements during the year, most of them by drones. More than 60,000 people left the region's frontline districts.

Behind each of these numbers is a household. The Herald's reporters spent much of the year in the city's hospitals, at the bus stations where evacuees arrive from Orikhiv and Huliaipole, and in the basements where families from the frontline villages wait for news of their houses. Many of them told us that the hardest part of the year was not a single strike but the feeling that the front was coming closer week by week.

The regional economy held up better than many expected. Industrial output fell by about 8 per cent, according to the regional statistics office, but the region's farmers harvested about 2 million tonnes of grain in the areas under Ukrainian control, slightly more than in 2024. Many of the region's machine-building plants now work for the army.

What 2026 may bring
Military analysts expect Russia to continue its push in the east of the region in the new year and to try to bring Zaporizhzhia within the range of its artillery. If Huliaipole falls, Russian forces could try to advance towards the Dnipro along the Haichur river, or turn north towards the Dnipropetrovsk region. Some analysts believe that Russia does not have the forces to do both.

Much will also depend on diplomacy. Talks on a ceasefire, which began and stalled several times in 2025, may resume in January. A ceasefire along the current line would leave about three-quarters of the Zaporizhzhia region under Russian occupation, including the nuclear power plant in Enerhodar, which has been occupied since March 2022.

"People here do not dream of victory parades. They dream of a night without sirens and a bus that gets home," said Larysa Honchar, a sociologist at Zaporizhzhia National University who has surveyed residents since 2022.

The Herald will keep reporting. Thank you for reading us in 2025.
Support independent regional journalism: donate to the Khortytsia Herald
Khortytsia Herald is a member of the Independent Regional Press Association. © 2025 Khortytsia Herald
"""
DOC = {"id": "lq08", "date": "2025-12-30", "source": "Khortytsia Herald (Zaporizhzhia regional news site, year in review)",
       "url": "https://khortytsia-herald.example/year-in-review/2025", "text": TEXT}

REG = "lq08-6"
EVENTS = [
    E("lq08-1", ADS, "2025-01-14", L("Zaporizhzhia"), "RU", "UA", fat=N(6), inj=N(29),
      weapons=[W("guided_bomb", launched=N(2))],
      note="'On 14 January, two guided bombs struck the industrial zone of the Zavodskyi district of Zaporizhzhia … "
           "killing six workers and injuring 29': a recap with its own day -> required; district = the city"),
    E("lq08-2", ABD, "2025-03-15", L("Melitopol"), "RU", "UA", family=[ARR], claimant="the parish's community",
      note="'On 15 March, Russian security officers detained the priest of a Ukrainian Orthodox parish in Melitopol': "
           "detention of a civilian by the occupying power = abduction RU -> UA (arrest accepted); 'has not been seen "
           "since' is a state"),
    E("lq08-3", TER, "2025-04-22", L("Kamianske"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'on 22 April Ukraine's General Staff confirmed that its troops had withdrawn from Kamianske': a confirmed "
           "withdrawal is a territory change of the gaining side (RU) on the day it was confirmed (blind63 call 5); the "
           "text itself rules out the Dnipropetrovsk city: Kamianske 706967 (UA-23); the attacks 'since the autumn' are "
           "history"),
    E("lq08-4", REX, "2025-05-27", L("Berdiansk"), "UA", "RU", fat=N(1), claimant="Ukrainian military intelligence",
      note="'on 27 May, a bomb planted under a car killed a Russian-installed official': a planted explosive = "
           "remote_explosive, claimed as partisans' work -> UA -> RU; the two suspects 'detained' by the occupation "
           "authorities have no day of their own beyond the attack (part of the aftermath)"),
    E("lq08-5", ADS, "2025-06-06", R("UA-23", "Zaporizhzhia region"), "RU", "UA", weapons=[W("drone", launched=N(71))],
      claimant="Zaporizhzhia regional military administration",
      note="'On the night of 5 to 6 June, Russia launched 71 attack drones at the Zaporizhzhia region' = 6 June: a "
           "regional launch with its count is the parent of the region's hits (blind53 call 4)"),
    E(REG, INT, "2025-06-06", R("UA-23", "Zaporizhzhia region"), "UA", "RU", parent="lq08-5",
      weapons=[W("drone", intercepted=N(48))], note="'48 were shot down': the region's interception, required"),
    E("lq08-7", ADS, "2025-06-06", L("Zaporizhzhia"), "RU", "UA", parent="lq08-5", fat=N(2), inj=N(14),
      weapons=[W("drone")],
      note="'Drones hit a residential quarter of the Shevchenkivskyi district of Zaporizhzhia, killing two people and "
           "injuring 14': the child in the city, same night"),
    E("lq08-8", TER, None, H("Stepnohirsk", "east of Stepnohirsk"), "UA", "RU", prec="unknown", optional=True,
      claimant="Ukrainian brigade",
      note="'Later in the summer, Ukrainian troops regained some positions east of Stepnohirsk, according to the brigade "
           "… which did not say when': a specific gain without a day -> optional, date null"),
    E("lq08-9", ADS, "2025-09-29", L("Orikhiv"), "RU", "UA", fat=N(2), weapons=[W("drone")],
      note="'On 29 September, a Russian drone struck an evacuation van leaving Orikhiv, killing two volunteers': the van "
           "was leaving the town -> the town (precision 1); the week's suspension of evacuations is a response"),
    E("lq08-10", TER, "2025-11-24", L("Uspenivka"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'On 24 November, Ukraine's General Staff confirmed that Ukrainian troops had left Uspenivka, a village "
           "northeast of Huliaipole': confirmed withdrawal -> RU gains on the day of confirmation; the MoD's claim "
           "'several days earlier' has no day; Uspenivka 690619 (NE of Huliaipole)"),
    E("lq08-11", MAS, "2025-11-11", L("Zaporizhzhia"), "RU", "UA", weapons=[W("missile")],
      note="'On 11 November, Russian missiles struck two substations in Zaporizhzhia': recap with its day; kind of "
           "missile unsaid; no casualties stated (absent)"),
    E("lq08-12", DIS, "2025-11-11", L("Zaporizhzhia"), "RU", "UA", prec="range", end="2025-11-12", parent="lq08-11",
      note="'the entire city was left without electricity for about 20 hours, until the morning of 12 November': an "
           "outage with its end day -> range 11-12 Nov"),
    E("lq08-13", CLA, "2025-12-02", L("Huliaipole"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'On 2 December, Ukraine's General Staff reported fighting in the eastern districts of Huliaipole for the "
           "first time': a clash inside the town (precision 1) on its day; 'have fought in the town since' is the "
           "continuing battle (no further day)"),
    E("lq08-14", ADS, "2025-12-29", H("Zaporizhzhia", "eastern outskirts of Zaporizhzhia"), "RU", "UA", fat=N(1),
      inj=N(5), weapons=[W("drone")], claimant="Zaporizhzhia regional military administration",
      note="'On Monday, the day before this review was published, a Russian drone struck a minibus on the eastern "
           "outskirts of Zaporizhzhia, killing one passenger and injuring five' (Tuesday 30 Dec -> Monday 29 Dec): "
           "the page's one new incident; outskirts = precision 2"),
    E("lq08-15", MAS, "2025-01-01", R("UA-23", "Zaporizhzhia region"), "RU", "UA", end="2025-12-30", prec="range",
      agg=True, optional=True, fat=N(612), inj=N(2400, "at_least"), family=[ADS],
      claimant="Zaporizhzhia regional military administration",
      note="'612 civilians were killed and more than 2,400 injured in the Zaporizhzhia region in 2025': a year total -> "
           "optional aggregate (as an NGO's month totals, blind53 call 3)"),
]
# Not events: trenches of 2023 and 2024, 'The front began to move again' (history, trend); the city's population before
# the war; 'the regional administration recorded tens of thousands' (count); factories that moved their night shifts
# underground (response, no day); the attacks along the reservoir 'since the autumn' (history); the occupation
# authorities' 'terrorist attack' label and two suspects detained (no day of their own); drones 'almost every night'
# after June, 'a quiet night had five, a bad night had forty' (habit); the underground school opened 'in September'
# (no war event); the Stepnohirsk gains without a day (optional lq08-8); the autumn exodus from Orikhiv (trend); the
# evacuation suspension and resumption (responses); Russian troops that 'reached the Huliaipole area in the autumn' (no
# day); the MoD's Uspenivka claim 'several days earlier' (no day); trams, pumps and hospitals on generators (part of
# lq08-12); 'have fought in the town since' (continuing); the last residents evacuated 'in mid-December' (no day); the
# numbers (150,000 attacks, 60,000 people who left, output, harvest); What 2026 may bring ('expect', 'If Huliaipole
# falls … could', talks 'may resume', 'A ceasefire … would leave': forecasts and conditionals); Enerhodar 'occupied since
# March 2022' (history); Across the river: the reactors 'in cold shutdown', the inspectors' repeated reports, iodine
# tablets, passports, curricula and conscription in the occupied south (states and habits without a day).
STATEMENTS = [
    S("Serhii Pasichnyk", "UA", "I did not think a factory could be a front line", "foreman, Zaporizhzhia"),
    S("Viktoriia Lysenko", "UA", "He stopped at nineteen because he fell asleep", "resident, Zaporizhzhia"),
    S("Oleh Kravchuk", "UA", "You realise how much of life is hum", "shift supervisor, city water utility"),
    S("Larysa Honchar", "UA", "They dream of a night without sirens and a bus that gets home",
      "sociologist, Zaporizhzhia National University"),
]
# Not gold: the General Staff's fragment "to preserve the lives of personnel" is not in quotation marks (reported).
MUST_NOT = ["KHORTYTSIA HERALD", "news of the Zaporizhzhia region",
            "Home | Region | City | Front | Economy | People | Year in review",
            "Year in review › 2025",
            "Compiled by the Herald newsroom · Tuesday 30 December 2025",
            "Contents: Winter · Spring · Summer · Autumn · December · The numbers · What 2026 may bring",
            "Photo gallery: the year in 40 pictures →",
            "Support independent regional journalism: donate to the Khortytsia Herald",
            "Khortytsia Herald is a member of the Independent Regional Press Association. © 2025 Khortytsia Herald"]

EVIDENCE = {
    "lq08-1": "On 14 January, two guided bombs struck the industrial zone of the Zavodskyi district of Zaporizhzhia in the middle of a working shift, killing six workers and injuring 29.",
    "lq08-2": "On 15 March, Russian security officers detained the priest of a Ukrainian Orthodox parish in Melitopol after a Sunday service",
    "lq08-3": "on 22 April Ukraine's General Staff confirmed that its troops had withdrawn from Kamianske, a village on the old shoreline south of Stepnohirsk",
    "lq08-4": "In occupied Berdiansk, on 27 May, a bomb planted under a car killed a Russian-installed official of the city's administration",
    "lq08-5": "On the night of 5 to 6 June, Russia launched 71 attack drones at the Zaporizhzhia region",
    "lq08-6": "48 were shot down",
    "lq08-7": "Drones hit a residential quarter of the Shevchenkivskyi district of Zaporizhzhia, killing two people and injuring 14",
    "lq08-8": "Later in the summer, Ukrainian troops regained some positions east of Stepnohirsk",
    "lq08-9": "On 29 September, a Russian drone struck an evacuation van leaving Orikhiv, killing two volunteers.",
    "lq08-10": "On 24 November, Ukraine's General Staff confirmed that Ukrainian troops had left Uspenivka, a village northeast of Huliaipole, after weeks of fighting.",
    "lq08-11": "On 11 November, Russian missiles struck two substations in Zaporizhzhia",
    "lq08-12": "the entire city was left without electricity for about 20 hours, until the morning of 12 November",
    "lq08-13": "On 2 December, Ukraine's General Staff reported fighting in the eastern districts of Huliaipole for the first time",
    "lq08-14": "On Monday, the day before this review was published, a Russian drone struck a minibus on the eastern outskirts of Zaporizhzhia, killing one passenger and injuring five",
    "lq08-15": "612 civilians were killed and more than 2,400 injured in the Zaporizhzhia region in 2025",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
