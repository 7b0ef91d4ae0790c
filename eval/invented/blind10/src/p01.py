from common import E, L, R, C, N, W, S, gold

TITLE = "Daily Battlefield Assessment, October 13, 2025"
TEXT = """EFRG | Eastern Flank Research Group
Home   Research   Daily Assessments   Interactive Map   Podcast   About   Donate
Daily Battlefield Assessment, October 13, 2025
Analysts: Marta Kowalczyk, Daniel Roth, Iryna Savchuk, and Liam O'Driscoll with the EFRG mapping team
October 13, 2025, 8:10 pm ET
Download the PDF version (with endnotes)
Click here for EFRG's interactive campaign map, updated every evening.
Data cut-off: 1:00 pm ET on October 13. Reports published after the cut-off will be covered in the October 14 Daily Battlefield Assessment.

Key takeaways:
- Russian forces conducted a combined missile and drone strike against Ukraine on the night of October 12 to 13, targeting energy infrastructure in Kharkiv and Poltava oblasts.
- Ukrainian forces struck the Novokuibyshevsk Oil Refinery in Samara Oblast on the night of October 12 to 13.
- The Kremlin continues to reject a ceasefire along the current line of contact and is likely preparing the Russian public for a winter campaign.
- Russian forces recently advanced in Kupiansk and in the Pokrovsk direction. Ukrainian forces recently advanced near Huliaipole.
- The Russian President signed a decree permitting the call-up of reservists to guard critical infrastructure, likely to free up regular units for frontline service.

The Kremlin continues to signal that it has no interest in a ceasefire along the current front line. Russian State Duma Defense Committee member Andrei Kartsev stated on October 12 that "there will be no pause until the last Ukrainian soldier has left the Donbas" and dismissed European proposals for a freeze as "a trap for fools." Kartsev's statement is consistent with EFRG's longstanding assessment that the Kremlin's theory of victory rests on outlasting Western support rather than on negotiated compromise. Kremlin officials have repeatedly framed the Russian winter campaign as a continuation of operations that began in the spring, and Russian state media has shifted its messaging from promises of rapid breakthroughs to warnings about a long war. EFRG assessed in September that Russian forces would likely intensify strikes on Ukrainian energy infrastructure ahead of the heating season, as they did in the autumn of 2022 and in the spring of 2024, and the current strike pattern supports this forecast.

Russian forces conducted a combined missile and drone strike against Ukraine on the night of October 12 to 13. The Ukrainian Air Force reported that Russian forces launched four Iskander-M ballistic missiles from Kursk Oblast and 141 Shahed-type strike and decoy drones from the directions of Kursk and Oryol cities; Millerovo, Rostov Oblast; Primorsko-Akhtarsk, Krasnodar Krai; and occupied Hvardiiske, Crimea. The Ukrainian Air Force reported that Ukrainian forces downed one Iskander-M and 118 drones and that 17 drones were "locationally lost," likely due to Ukrainian electronic warfare. Kharkiv City Mayor Ihor Terentiev reported that a drone struck an energy facility in Kharkiv City's Kyivskyi Raion and injured three civilians. Poltava Oblast officials reported that an Iskander-M struck an energy facility in Kremenchuk Raion and that about 60,000 customers in Poltava Oblast were left without power on the morning of October 13. EFRG continues to assess that Russia is deliberately targeting the gas production and electricity distribution systems that Ukraine will need to get through the winter.

Ukrainian forces struck the Novokuibyshevsk Oil Refinery in Samara Oblast on the night of October 12 to 13. The Ukrainian General Staff reported that Ukrainian drones struck the refinery, which processes roughly 4.9 million tons of crude oil per year and supplies fuel to the Russian military, and that a fire broke out at one of its primary processing units. Geolocated footage published on October 13 shows a large fire at the refinery. Samara Oblast Governor Yegor Lantsov claimed that debris from downed drones fell on "an industrial enterprise" in Novokuibyshevsk and that there were no casualties. The Russian Ministry of Defense (MoD) claimed that Russian forces downed 57 Ukrainian drones overnight, including 19 over Samara Oblast. Ukrainian strikes on Russian refineries since August have likely reduced Russian refining capacity, although EFRG cannot independently verify Ukrainian estimates of the scale of the disruption.

Russian Mobilization and Force Generation Efforts

The Russian President signed a decree on October 12 permitting the Russian military to call up members of the mobilization reserve for "special training assemblies" to protect critical infrastructure inside Russia. The decree likely aims to free up regular Rosgvardia and military units currently guarding refineries and power stations for frontline deployment. EFRG previously assessed that the Kremlin seeks to avoid another general mobilization like that of September 2022, which caused hundreds of thousands of men to leave Russia.

Ground Activity in Ukraine

Northern Kharkiv direction: Russian forces continued limited attacks in northern Kharkiv Oblast near Vovchansk on October 13 but did not advance. Ukrainian forces recently counterattacked near Lyptsi. A Ukrainian brigade operating in the area reported that Russian forces are increasingly using fiber-optic drones to interdict Ukrainian logistics along the Kharkiv-Vovchansk road.

Kupyansk direction: Russian forces recently advanced in Kupiansk. Geolocated footage published on October 12 indicates that Russian forces advanced in central Kupiansk near the city administration building. Russian forces continued attacks in Kupiansk itself; north of Kupiansk near Kindrashivka and Dvorichna; and east of Kupiansk near Petropavlivka and Kurylivka on October 13. A Russian milblogger claimed that Russian forces seized Kindrashivka, but EFRG has not observed evidence to confirm this claim. Russian forces will likely attempt to leverage their positions in Kupiansk to advance toward the Oskil River, although EFRG assesses that they lack the forces for a rapid advance. Russian forces first seized Kupiansk in February 2022 and lost it during the Ukrainian counteroffensive in September 2022.

Borova direction: EFRG did not observe Russian attacks in the Borova direction on October 13.

Lyman direction: Russian forces attacked northeast of Lyman near Torske and Zarichne and east of Lyman near Yampil on October 13. Russian forces have not advanced significantly in this direction since the summer.

Siversk direction: Russian forces attacked east of Siversk near Serebrianka and southeast of Siversk near Zvanivka on October 13. The spokesperson of a Ukrainian brigade operating in the direction, Major Oleh Hnatiuk, stated that "the Russians are moving in groups of two or three, often on motorcycles, and we destroy most of them before they reach the tree lines." Russian forces in the Siversk direction are likely attempting to exploit the foggy autumn weather, which limits Ukrainian drone operations.

Kostiantynivka direction: Russian forces attacked near Kostiantynivka itself, southeast of the town near Ivanopillia, and northeast of the town near Chasiv Yar on October 13. Russian forces also conducted a glide bomb strike on Kostiantynivka on October 13, killing two civilians, according to the head of the Donetsk Oblast Military Administration. Should Russian forces seize Chasiv Yar in full, they would be able to threaten Kostiantynivka from the northeast as well as from the south, but EFRG assesses that they are unlikely to do so before the end of the year.

Pokrovsk direction: Russian forces recently advanced in the Pokrovsk direction. Geolocated footage published on October 12 indicates that Russian forces recently advanced into northern Myrnohrad. Russian forces continued attacks near Pokrovsk itself; northeast of Pokrovsk near Rodynske; northwest of Pokrovsk near Hryshyne, and southwest of Pokrovsk near Zvirove on October 13. Ukrainian forces recently counterattacked near Shakhove. The Russian MoD claimed on October 13 that Russian forces seized Udachne, southwest of Pokrovsk, but EFRG assesses that the claim is premature, as available footage shows Ukrainian forces still operating in the western part of the village. The commander of a Ukrainian drone unit operating near Pokrovsk told a Ukrainian outlet that "the city is not encircled, but every road into it is under fire," which is consistent with EFRG's assessment that Russian forces have achieved fire control over the main ground lines of communication.

Novopavlivka direction: EFRG did not observe Russian attacks in the Novopavlivka direction on October 13.

Huliaipole direction: Ukrainian forces recently advanced near Huliaipole. Geolocated footage published on October 11 indicates that Ukrainian forces advanced southeast of Uspenivka. Russian forces attacked near Huliaipole and northeast of Huliaipole near Poltavka on October 13. If Ukrainian forces hold their recent gains near Uspenivka, Russian forces would have to divert reserves from the Pokrovsk direction, a trade-off the Russian command has so far refused to make.

Orikhiv direction: Russian forces attacked west of Orikhiv near Stepnohirsk and Kamianske on October 13. A Russian milblogger claimed that Russian forces are preparing a renewed offensive toward Zaporizhzhia City, but EFRG has observed no indicators of the necessary force build-up.

Kherson direction: EFRG did not observe Russian ground attacks in the Kherson direction on October 13. Kherson Oblast Military Administration reported that a Russian drone struck a municipal bus in Kherson City's Dniprovskyi Raion on October 13, injuring four passengers. Russian forces have conducted near-daily drone strikes against civilians in Kherson City since the summer of 2024, which Ukrainian officials have termed a "human safari."

Belarus: EFRG did not observe any indicators of increased Russian or Belarusian military activity near the Ukrainian border. The Belarusian Ministry of Defense announced that Belarusian forces will hold snap readiness checks starting on October 20.

Forecast: EFRG forecasts that Russian forces will continue to prioritize Pokrovsk and Kupiansk in the coming weeks and will likely attempt to complete the envelopment of Myrnohrad before the winter. Russian strike packages will likely grow in size as Russia replenishes its stocks of Shahed-type drones.

EFRG will publish an updated assessment of Russian force generation later this week.

Support independent open-source analysis. Become an EFRG member today.
Tags: Ukraine, Russia, Kupiansk, Pokrovsk, Huliaipole, strike campaign
© 2025 Eastern Flank Research Group. All rights reserved. Maps may be reproduced with attribution.
"""
DOC = {"id": "p01", "date": "2025-10-13", "source": "Eastern Flank Research Group (EFRG)",
       "url": "https://www.efrg-research.example/daily-battlefield-assessment-october-13-2025", "text": TEXT}

D, Y, Y2 = "2025-10-13", "2025-10-12", "2025-10-11"
GS = "Ukrainian General Staff"
EVENTS = [
    # strike wave on Ukraine
    E("p01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("drone", "Shahed", launched=N(141))],
      claimant="Ukrainian Air Force",
      note="wave 'on the night of October 12 to 13' = Oct 13 (the morning); launch areas (Kursk, Oryol, Millerovo, "
           "Primorsko-Akhtarsk, Hvardiiske) are origins, not targets; duplicated in the key takeaways"),
    E("p01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="p01-1",
      weapons=[W("ballistic_missile", "Iskander-M", intercepted=N(1)), W("drone", "Shahed", intercepted=N(118))],
      claimant="Ukrainian Air Force", note="17 'locationally lost' drones are not counted as intercepted"),
    E("p01-3", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Kyivskyi Raion"), "RU", "UA", inj=N(3),
      weapons=[W("drone")], parent="p01-1", claimant="Ihor Terentiev", note="city district coded to the city"),
    E("p01-4", "missile_artillery_strike", D, L("Kremenchuk", 2, "Kremenchuk Raion"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M")], parent="p01-1",
      note="raion named after its town: precision 2 at the town's point"),
    E("p01-5", "infrastructure_disruption", D, R("UA-53", "Poltava Oblast"), "RU", "UA", parent="p01-1",
      note="about 60,000 customers without power on the morning of October 13"),
    # Ukrainian strike on Russia
    E("p01-6", "air_drone_strike", D, L("Novokuibyshevsk", 1, "Novokuibyshevsk Oil Refinery"), "UA", "RU",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant=GS,
      note="'night of October 12 to 13' = Oct 13; the governor's debris version is a counter-claim of the same event "
           "('there were no casualties' = 0/0); refinery coded to its town at precision 1"),
    E("p01-7", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(57))],
      claimant="Russian MoD"),
    E("p01-8", "interception", D, R("RU-SAM", "Samara Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(19))],
      claimant="Russian MoD", note="region with a count: required (ANNOTATION rule 3)"),
    E("p01-41", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole, known only through the MoD's interception count"),
    # mobilization decree
    E("p01-9", "policy_decision", Y, C("RU", "Russia"), "RU", None,
      note="decree signed on October 12 permitting call-up of reservists; no place named"),
    # northern Kharkiv
    E("p01-10", "armed_clash", D, L("Vovchansk", 2, "near Vovchansk"), "RU", "UA"),
    E("p01-11", "armed_clash", D, L("Lyptsi", 2, "near Lyptsi"), "UA", "RU", optional=True,
      note="'recently counterattacked': undated"),
    # Kupiansk
    E("p01-12", "territory_change", Y, L("Kupiansk"), "RU", "UA",
      note="geolocated footage published on October 12: advance in central Kupiansk (in the city: precision 1)"),
    E("p01-13", "armed_clash", D, L("Kupiansk"), "RU", "UA", note="'in Kupiansk itself': a clash in the town"),
    E("p01-14", "armed_clash", D, L("Kindrashivka", 2, "near Kindrashivka"), "RU", "UA"),
    E("p01-15", "armed_clash", D, L("Dvorichna", 2, "near Dvorichna"), "RU", "UA"),
    E("p01-16", "armed_clash", D, L("Petropavlivka-Kh", 2, "near Petropavlivka"), "RU", "UA",
      note="the Petropavlivka east of Kupiansk (Kharkiv oblast), not the Dnipropetrovsk town"),
    E("p01-17", "armed_clash", D, L("Kurylivka", 2, "near Kurylivka"), "RU", "UA"),
    E("p01-18", "territory_change", D, L("Kindrashivka"), "RU", "UA", optional=True, claimant="Russian milblogger",
      note="milblogger seizure claim EFRG could not confirm"),
    # Lyman
    E("p01-19", "armed_clash", D, L("Torske", 2, "near Torske"), "RU", "UA"),
    E("p01-20", "armed_clash", D, L("Zarichne-D", 2, "near Zarichne"), "RU", "UA"),
    E("p01-21", "armed_clash", D, L("Yampil-D", 2, "near Yampil"), "RU", "UA",
      note="'east of Lyman near Yampil': Lyman is a reference point, not a clash place"),
    # Siversk
    E("p01-22", "armed_clash", D, L("Serebrianka", 2, "near Serebrianka"), "RU", "UA"),
    E("p01-23", "armed_clash", D, L("Zvanivka", 2, "near Zvanivka"), "RU", "UA"),
    # Kostiantynivka
    E("p01-24", "armed_clash", D, L("Kostiantynivka", 2, "near Kostiantynivka"), "RU", "UA"),
    E("p01-25", "armed_clash", D, L("Ivanopillia", 2, "near Ivanopillia"), "RU", "UA"),
    E("p01-26", "armed_clash", D, L("Chasiv Yar", 2, "near Chasiv Yar"), "RU", "UA"),
    E("p01-27", "air_drone_strike", D, L("Kostiantynivka"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      claimant="head of the Donetsk Oblast Military Administration"),
    # Pokrovsk
    E("p01-28", "territory_change", Y, L("Myrnohrad"), "RU", "UA",
      note="footage published on October 12: advance into northern Myrnohrad"),
    E("p01-29", "armed_clash", D, L("Pokrovsk", 2, "near Pokrovsk"), "RU", "UA"),
    E("p01-30", "armed_clash", D, L("Rodynske", 2, "near Rodynske"), "RU", "UA"),
    E("p01-31", "armed_clash", D, L("Hryshyne", 2, "near Hryshyne"), "RU", "UA"),
    E("p01-32", "armed_clash", D, L("Zvirove", 2, "near Zvirove"), "RU", "UA"),
    E("p01-33", "armed_clash", D, L("Shakhove", 2, "near Shakhove"), "UA", "RU", optional=True,
      note="'recently counterattacked': undated"),
    E("p01-34", "territory_change", D, L("Udachne"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="MoD claim EFRG calls premature"),
    # Huliaipole
    E("p01-35", "territory_change", Y2, L("Uspenivka", 2, "southeast of Uspenivka"), "UA", "RU",
      note="footage published on October 11"),
    E("p01-36", "armed_clash", D, L("Huliaipole", 2, "near Huliaipole"), "RU", "UA"),
    E("p01-37", "armed_clash", D, L("Poltavka", 2, "near Poltavka"), "RU", "UA"),
    # Orikhiv
    E("p01-38", "armed_clash", D, L("Stepnohirsk", 2, "near Stepnohirsk"), "RU", "UA"),
    E("p01-39", "armed_clash", D, L("Kamianske-Z", 2, "near Kamianske"), "RU", "UA",
      note="the Zaporizhzhia-oblast Kamianske west of Orikhiv"),
    # Kherson
    E("p01-40", "air_drone_strike", D, L("Kherson", 1, "Kherson, Dniprovskyi Raion"), "RU", "UA", inj=N(4),
      weapons=[W("drone")], claimant="Kherson Oblast Military Administration"),
]
STATEMENTS = [
    S("Andrei Kartsev", "RU", "there will be no pause until the last Ukrainian soldier has left the Donbas",
      "State Duma Defense Committee member"),
    S("Oleh Hnatiuk", "UA", "we destroy most of them before they reach the tree lines", "brigade spokesperson"),
]
MUST_NOT = [
    "EFRG | Eastern Flank Research Group",
    "Home   Research   Daily Assessments   Interactive Map   Podcast   About   Donate",
    "Analysts: Marta Kowalczyk, Daniel Roth, Iryna Savchuk, and Liam O'Driscoll with the EFRG mapping team",
    "October 13, 2025, 8:10 pm ET",
    "Download the PDF version (with endnotes)",
    "Click here for EFRG's interactive campaign map, updated every evening.",
    "Data cut-off: 1:00 pm ET on October 13. Reports published after the cut-off will be covered in the October 14 Daily Battlefield Assessment.",
    "Support independent open-source analysis. Become an EFRG member today.",
    "Tags: Ukraine, Russia, Kupiansk, Pokrovsk, Huliaipole, strike campaign",
    "© 2025 Eastern Flank Research Group. All rights reserved. Maps may be reproduced with attribution.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
