from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Assessment, October 22, 2025"
TEXT = """HALDEN INSTITUTE FOR THE STUDY OF CONFLICT
Home | Research | Ukraine Project | Maps & Data | Podcasts | About | Donate
Ukraine Project › Daily Assessments
Russian Offensive Campaign Assessment, October 22, 2025
Marta Kowalczyk-Reid, Elias Thornbury, Anneke Vos, and Daniel Okafor
October 22, 2025 - Halden Institute
Download the PDF
Toplines and map updates are published daily; the data cut-off for this assessment was 11:00am ET on October 22.
Click here to see the Halden Institute's interactive map of the Russian invasion of Ukraine. This map is updated daily alongside the static maps present in this report.

Key Takeaways:
Russian forces conducted a combined drone and missile strike against Ukraine overnight on October 21 to 22, targeting energy and logistics infrastructure in central and western Ukraine.
Ukrainian forces struck the Saratov oil refinery on the night of October 20 to 21, the third strike on the facility since the start of autumn.
Ukrainian forces recently advanced north of Kupiansk-Vuzlovyi amid continued Russian attacks in and around Kupiansk.
Russian forces continued offensive operations in the Pokrovsk direction but did not make confirmed advances.
The Kremlin continues to signal that it is not interested in a ceasefire along the current front line and will likely use upcoming talks to demand further Ukrainian withdrawals.

Russian forces launched 98 Shahed-type strike and decoy drones and four Kh-101 cruise missiles against Ukraine overnight on October 21 to 22, according to the Ukrainian Air Force. The Air Force reported that Ukrainian forces shot down 79 drones and three missiles and that 14 drones were "locationally lost," likely due to Ukrainian electronic warfare interference. Drones struck a logistics warehouse in Kremenchuk, Poltava Oblast, injuring three workers, according to the Poltava Oblast Military Administration. A cruise missile struck an energy facility in Khmelnytskyi Oblast, and the oblast administration reported that about 40,000 households lost electricity. Ukrainian energy officials reported that repairs were ongoing and that supply would likely be restored by the evening.

Russian forces have increasingly targeted Ukrainian energy infrastructure in western Ukraine since early September, likely to test Ukrainian air defense coverage ahead of the winter. Halden assessed on October 15 that Russian forces are likely stockpiling Kh-101 missiles for a larger series of strikes, and the relatively small number of missiles used overnight on October 21 to 22 is consistent with that assessment. Russian forces may intend to conduct a strike package comparable to the largest strikes of the winter of 2024-2025 once temperatures fall below freezing. Such a strike would put severe pressure on Ukraine's ability to import electricity from Poland, Slovakia, and Romania.

Ukrainian forces struck the Saratov oil refinery on the night of October 20 to 21. The Ukrainian General Staff reported that Ukrainian drones struck a primary oil processing unit at the refinery and caused a fire. Saratov Oblast officials acknowledged that drone debris fell on "an industrial enterprise" in Saratov City and reported no casualties. The Russian Ministry of Defense (MoD) claimed that Russian air defense destroyed 31 Ukrainian drones over Saratov Oblast overnight. Geolocated footage published on October 21 shows a large fire at the refinery's eastern section. The refinery processes roughly seven million tons of crude oil per year and supplies fuel to Russian forces operating in southern Ukraine, according to Ukrainian sources. Ukrainian long-range strike campaigns against Russian refineries have reduced Russian refining capacity since August, although Halden cannot independently verify the exact scale of the reduction.

Russian milbloggers criticized the Russian MoD's handling of air defense in the Volga region, claiming that the MoD has moved too many air defense systems to protect Moscow and the border regions and left refineries exposed. One prominent milblogger claimed that local authorities in Saratov Oblast had not sounded air raid alerts before the strike. Halden has observed similar criticism after previous Ukrainian strikes against refineries in Samara and Volgograd oblasts, and assesses that Ukrainian long-range strikes continue to force the Russian military command to make difficult choices about where to position limited air defense assets.

Ground activity in Ukraine

Kupiansk direction
Ukrainian forces recently advanced north of Kupiansk-Vuzlovyi. Geolocated footage published on October 21 indicates that Ukrainian forces advanced along a forest belt north of Kupiansk-Vuzlovyi. Russian forces continued attacks within Kupiansk and north of the town near Kindrashivka on October 21 but did not make confirmed advances. A Russian milblogger claimed on October 21 that Russian forces seized the Kupiansk railway station, but Halden has not observed any visual evidence to confirm this claim. The commander of a Ukrainian brigade drone unit operating in the direction, Serhii Marchenko, stated that Russian forces attempt to move small groups into the town under the cover of fog "almost every morning, sometimes three or four times a day." Halden continues to assess that Russian forces are unlikely to seize Kupiansk in the near term.

Borova direction
Halden did not observe any ground activity in the Borova direction on October 21.

Lyman direction
Russian forces attacked northeast of Lyman near Torske and Zarichne on October 21 but did not advance. Russian forces have been attempting to advance toward Lyman from the north and northeast since the summer of 2024 and would likely attempt to envelop the town if they reached the Siverskyi Donets River. A Russian milblogger claimed that Ukrainian forces are regularly striking Russian logistics in the area with drones.

Siversk direction
Russian forces did not conduct offensive operations in the Siversk direction on October 21. Russian sources claimed that Russian forces shelled Ukrainian positions near Serebrianka, but Halden has not observed confirmation of fighting in the area.

Kostiantynivka direction
Russian forces attacked near Kostiantynivka on October 21. Russian forces dropped guided glide bombs on Kostiantynivka on October 21, killing one civilian and injuring two, according to the head of the Kostiantynivka City Military Administration. Russian forces have shelled and bombed the town almost daily since the spring of 2025, and local authorities estimate that fewer than 6,000 residents remain. Russian forces will likely continue to use glide bombs to degrade the town's defenses ahead of a renewed ground push.

Pokrovsk direction
Russian forces attacked within Pokrovsk and Myrnohrad and north of Pokrovsk near Rodynske and Hryshyne on October 20 and 21. Russian milbloggers claimed that small Russian infantry groups have "infiltrated" the central part of Myrnohrad, and Halden assesses that Russian infiltration groups likely operate in parts of both towns, although these groups do not control territory. The Russian MoD claimed on October 21 that Russian forces had seized Shakhove, northeast of Pokrovsk. Halden has not observed visual evidence to confirm the claim. A spokesperson for a Ukrainian corps operating in the area, Oksana Levytska, said that "the situation is difficult but controlled, and the logistics routes into the city remain open." Halden continues to assess that the Russian command has committed significant reserves to the Pokrovsk direction and may attempt to cut Ukrainian logistics along the Pokrovsk-Kostiantynivka road in the coming weeks.

Huliaipole and Orikhiv directions
Russian forces attacked east of Orikhiv near Mala Tokmachka and west of Orikhiv near Stepnohirsk on October 21. Russian forces have intensified offensive operations in this area since late summer, and Halden assesses that the Russian command likely intends to push Ukrainian forces back from the approaches to Tokmak. If Russian forces advance west of Stepnohirsk, they could threaten the southern outskirts of Zaporizhzhia City with artillery.

Kherson direction
Russian forces continue to strike Kherson City and settlements along the right bank of the Dnipro River with first-person view (FPV) drones almost every day. A Russian drone dropped explosives on a civilian car in Bilozerka on October 21, killing the driver, according to the head of the Kherson Oblast Military Administration. Ukrainian officials have described the regular drone attacks on civilians in Kherson Oblast as a "human safari," a term that Halden has documented in official statements since the summer of 2024.

Russian force generation and defense industrial base
The Russian Ministry of Defense continues to recruit volunteers through regional contracts with large one-time payments. Several Russian regions have reduced the size of these payments since the summer, which may indicate that regional budgets are under strain. Halden previously assessed that the Kremlin will likely avoid announcing a new round of involuntary mobilization before the end of 2025.

Ukrainian defense industrial efforts
Ukrainian officials continue to expand domestic production of interceptor drones. The Ukrainian Minister of Defense stated in a televised interview that Ukraine intends to produce several thousand interceptor drones per month by the end of the year.

Kremlin messaging
The Kremlin spokesperson stated on October 21 that Russia's conditions for a ceasefire "remain unchanged." Russian officials will likely continue to portray any Ukrainian refusal to withdraw from Donetsk Oblast as proof that Kyiv is not interested in peace.

Belarus
Halden did not observe any significant changes in the posture of Belarusian forces near the Ukrainian border.

Note: Halden publishes these updates daily. References to sources are available in the endnotes of the PDF version.
Support independent research: Become a Halden Institute member
© 2025 Halden Institute for the Study of Conflict. All rights reserved.
"""
DOC = {"id": "kp01", "date": "2025-10-22", "source": "Halden Institute for the Study of Conflict (think tank, daily assessment)",
       "url": "https://halden-institute.example/ukraine/russian-offensive-campaign-assessment-october-22-2025",
       "text": TEXT}

D, Y, Y2 = "2025-10-22", "2025-10-21", "2025-10-20"
EVENTS = [
    E("kp01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(98)), W("cruise_missile", "Kh-101", launched=N(4))],
      note="the wave 'overnight on October 21 to 22' in the Oct 22 assessment = Oct 22 (the night's later day, blind34 "
           "call 1); combined wave typed by its heaviest weapon; the first key takeaway repeats it (one event)"),
    E("kp01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kp01-1",
      weapons=[W("drone", intercepted=N(79)), W("cruise_missile", intercepted=N(3))],
      note="'shot down 79 drones and three missiles'; the 14 'locationally lost' are not interceptions"),
    E("kp01-3", "air_drone_strike", D, L("Kremenchuk"), "RU", "UA", parent="kp01-1", inj=N(3), weapons=[W("drone")],
      note="drones on a logistics warehouse in Kremenchuk, three workers injured"),
    E("kp01-4", "missile_artillery_strike", D, R("UA-68", "Khmelnytskyi Oblast"), "RU", "UA", parent="kp01-1",
      weapons=[W("cruise_missile")],
      note="cruise missile on an energy facility in Khmelnytskyi Oblast: region only (the city is not named)"),
    E("kp01-5", "infrastructure_disruption", D, R("UA-68", "Khmelnytskyi Oblast"), "RU", "UA", parent="kp01-4",
      note="'about 40,000 households lost electricity'; restoration 'would likely be restored by the evening' is a "
           "forecast, not a second event"),
    E("kp01-6", "air_drone_strike", Y, L("Saratov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="the Saratov refinery 'on the night of October 20 to 21' = Oct 21; the General Staff's hit and the "
           "officials' debris on 'an industrial enterprise' in Saratov City are one event (blind37 call 4); "
           "'reported no casualties' = 0/0; the takeaway repeats it; footage 'published on October 21' is evidence, "
           "not another event"),
    E("kp01-7", "interception", Y, R("RU-SAR", "Saratov Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant="Russian MoD", note="MoD: 31 drones destroyed 'over Saratov Oblast overnight' (the same night) -> region"),
    E("kp01-8", "territory_change", Y, L("Kupiansk-Vuzlovyi", 2), "UA", "RU",
      note="'Geolocated footage published on October 21 indicates that Ukrainian forces advanced … north of "
           "Kupiansk-Vuzlovyi': an advance the page states, dated by the footage (blind34 call 1), precision 2"),
    E("kp01-9", "armed_clash", Y, L("Kupiansk"), "RU", "UA",
      note="'attacks within Kupiansk … on October 21': the town itself, precision 1"),
    E("kp01-10", "armed_clash", Y, L("Kindrashivka", 2), "RU", "UA",
      note="'north of the town near Kindrashivka on October 21', precision 2"),
    E("kp01-11", "territory_change", Y, L("Kupiansk"), "RU", "UA", optional=True,
      note="milblogger's claim of the Kupiansk railway station, no visual evidence: optional (blind34 call 1)"),
    E("kp01-12", "armed_clash", Y, L("Torske", 2), "RU", "UA", note="'northeast of Lyman near Torske … on October 21'"),
    E("kp01-13", "armed_clash", Y, L("Zarichne", 2), "RU", "UA",
      note="'… and Zarichne on October 21' (the Donetsk-oblast Zarichne NE of Lyman, 705808)"),
    E("kp01-14", "armed_clash", Y, L("Kostiantynivka", 2), "RU", "UA", note="'attacked near Kostiantynivka on October 21'"),
    E("kp01-15", "air_drone_strike", Y, L("Kostiantynivka"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("guided_bomb")],
      note="guided glide bombs on Kostiantynivka Oct 21, 1 killed 2 injured (city military administration)"),
    E("kp01-16", "armed_clash", Y2, L("Pokrovsk"), "RU", "UA", end=Y, prec="range",
      note="'attacked within Pokrovsk … on October 20 and 21': range from the first day, precision 1"),
    E("kp01-17", "armed_clash", Y2, L("Myrnohrad"), "RU", "UA", end=Y, prec="range", note="'… and Myrnohrad'"),
    E("kp01-18", "armed_clash", Y2, L("Rodynske", 2), "RU", "UA", end=Y, prec="range",
      note="'north of Pokrovsk near Rodynske …'"),
    E("kp01-19", "armed_clash", Y2, L("Hryshyne", 2), "RU", "UA", end=Y, prec="range", note="'… and Hryshyne'"),
    E("kp01-20", "territory_change", Y, L("Shakhove"), "RU", "UA", optional=True,
      note="MoD capture claim of Shakhove 'on October 21', not confirmed by the analysts: optional"),
    E("kp01-24", "missile_artillery_strike", Y, L("Serebrianka", 2), "RU", "UA", optional=True,
      note="'Russian sources claimed that Russian forces shelled Ukrainian positions near Serebrianka', unconfirmed "
           "and undated beyond the section's day: optional"),
    E("kp01-21", "armed_clash", Y, L("Mala Tokmachka", 2), "RU", "UA", note="'east of Orikhiv near Mala Tokmachka' Oct 21"),
    E("kp01-22", "armed_clash", Y, L("Stepnohirsk", 2), "RU", "UA", note="'west of Orikhiv near Stepnohirsk' Oct 21"),
    E("kp01-23", "air_drone_strike", Y, L("Bilozerka"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="drone dropped explosives on a car in Bilozerka Oct 21, driver killed; the near-daily FPV strikes are habitual"),
]
# Not events: the publication routine and cut-off; takeaways that repeat body events; the Kremlin's not being
# interested in a ceasefire and 'will likely use upcoming talks' (forecast); repairs and 'would likely be restored';
# western energy targeting 'since early September' (trend); the Oct 15 assessment and the stockpiling; 'may intend
# to conduct' and 'Such a strike would' (hypothetical); refinery capacity and 'the third strike … since the start of
# autumn' (history); the refining campaign 'since August'; the milbloggers' criticism of air defense positioning and
# the missing air raid alerts (claims about conduct, not incidents), earlier strikes in Samara and Volgograd oblasts
# (history without days); infiltration 'almost every morning' (habitual); 'unlikely to
# seize'; 'did not observe any ground activity' in the Borova direction and 'did not conduct offensive operations' in
# the Siversk direction (negations; the claimed shelling near Serebrianka is optional above); Lyman 'since the summer of 2024' and 'would likely attempt'; the milblogger's
# 'regularly striking' (habitual); Kostiantynivka bombed 'almost daily since the spring' and 'will likely continue';
# infiltration groups 'likely operate' (assessment); 'committed significant reserves', 'may attempt to cut';
# 'intensified … since late summer', 'If Russian forces advance … could threaten'; the 'human safari' term; recruiting
# payments, the mobilization assessment; interceptor-drone production plans; the Kremlin's 'remain unchanged' and
# 'will likely continue to portray'; no change in Belarus.
STATEMENTS = [
    S("Serhii Marchenko", "UA", "almost every morning, sometimes three or four times a day",
      "commander of a Ukrainian brigade drone unit"),
    S("Oksana Levytska", "UA", "the situation is difficult but controlled", "Ukrainian corps spokesperson"),
]
MUST_NOT = ["HALDEN INSTITUTE FOR THE STUDY OF CONFLICT",
            "Home | Research | Ukraine Project | Maps & Data | Podcasts | About | Donate",
            "Ukraine Project › Daily Assessments",
            "Marta Kowalczyk-Reid, Elias Thornbury, Anneke Vos, and Daniel Okafor",
            "October 22, 2025 - Halden Institute", "Download the PDF",
            "Click here to see the Halden Institute's interactive map of the Russian invasion of Ukraine. This map is "
            "updated daily alongside the static maps present in this report.",
            "Note: Halden publishes these updates daily. References to sources are available in the endnotes of the PDF version.",
            "Support independent research: Become a Halden Institute member",
            "© 2025 Halden Institute for the Study of Conflict. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
