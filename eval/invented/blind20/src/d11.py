from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Daily Assessment, November 19, 2024"
TEXT = """KESTREL INSTITUTE FOR CONFLICT STUDIES
Research · Maps · Daily Assessments · Podcasts · About · Donate
Home › Ukraine Project › Daily Assessments
Russian Offensive Campaign Daily Assessment, November 19, 2024
Authors: Hannah Voss, Daniel Okafor, Irene Lund, and Piotr Sadowski with the Kestrel Mapping Team
November 20, 2024, 7:15am ET
Data cut-off: 2:00pm ET on November 19. Kestrel will cover subsequent reports in the November 20 assessment.
Download the PDF · Click here to see Kestrel's interactive map of the war in Ukraine

Russian forces are intensifying pressure on the Kurakhove salient and will likely attempt to seize the town before the end of the year, even though the costs of this effort in personnel and armoured vehicles remain extraordinarily high. Geolocated footage published on November 19 indicates that Russian forces advanced in eastern Kurakhove along the road leading to the town's thermal power plant. The advance is the latest in a series of gains that have allowed Russian troops to close on the town from three directions since the fall of Vuhledar in early October. Kestrel assesses that the Russian command is prioritising Kurakhove over Pokrovsk in the short term, likely because Ukrainian fortifications around Pokrovsk are denser and the terrain south of Kurakhove is open farmland that favours mechanised assaults when the ground freezes.

The Russian military command has repeatedly accepted very high losses for marginal gains since the start of its autumn offensive, and there is no indication that this pattern will change. Russian forces have been conducting costly frontal infantry assaults supported by glide bomb strikes for most of 2024, a tactic that proved effective at Avdiivka in February but that has since produced slower advances relative to losses. Kestrel continues to assess that Russian force generation is sufficient to sustain the current tempo of operations into early 2025, but that the quality of newly recruited personnel is declining and that Russia's ability to replace armoured vehicle losses from Soviet-era stocks will become constrained in the second half of 2025.

Ukraine's manpower problems, by contrast, are acute and immediate. Ukrainian commanders have publicly complained about understrength brigades and insufficient rotation, and the Ukrainian government has yet to decide whether to lower the mobilisation age. Kestrel has previously assessed that the formation of new brigades at the expense of replenishing existing ones has left several frontline units unable to hold positions against sustained assaults. This problem is unlikely to be solved within the coming months regardless of any political decision in Kyiv.

Key Takeaways:
Russian forces recently advanced in eastern Kurakhove and will likely attempt to seize the town in the coming weeks.
Russian forces continued attacks north of Velyka Novosilka and near Kupiansk, without confirmed gains.
Russian forces struck Zaporizhzhia City with glide bombs, injuring nine civilians.
Ukrainian forces struck the Yeysk airfield in Krasnodar Krai.
Russia launched a large drone strike against Ukraine on the night of November 19 to 20.

Ukrainian Operations in the Russian Federation

Fighting continued in Kursk Oblast on November 19. Russian forces continued counterattacks west of Sudzha, and Russian milbloggers claimed that Russian troops pushed Ukrainian forces back by several hundred metres, though Kestrel has not observed visual confirmation of these claims. Russian forces have been trying to eliminate the Ukrainian salient since August with limited success, and Kestrel assesses that the Russian command will likely commit additional forces, possibly including North Korean troops, to the effort in the coming weeks.

A Ukrainian HIMARS strike reportedly hit a Russian command post in Glushkovo on November 18, according to Ukrainian sources. Russian sources acknowledged the strike but did not report casualties.

Ukrainian forces struck the Yeysk airfield in Krasnodar Krai with drones on the night of November 18 to 19. Geolocated footage shows a fire near the airfield's eastern apron. The Russian Ministry of Defense (MoD) claimed that air defences destroyed 11 drones over the Sea of Azov and did not mention the airfield. The airfield hosts Russian naval aviation units that have conducted strikes against southern Ukraine, and Ukraine has targeted it repeatedly since 2023.

Russian Main Effort – Eastern Ukraine

Russian forces continued offensive operations in the Kupiansk direction on November 19. Russian forces attacked east of Kupiansk near Petropavlivka and southeast of Kupiansk near Kurylivka but did not make confirmed advances. A Ukrainian battalion commander operating in the area stated that Russian forces are increasingly using motorcycles and civilian vehicles in assaults, a change Kestrel has observed along much of the front since the summer. Russian forces are unlikely to cross the Oskil River in force in the near term, but they will likely continue attempts to expand their small bridgehead north of the city.

Russian forces continued offensive operations in the Toretsk direction, and Russian milbloggers claimed on November 19 that Russian forces seized the Tsentralna mine in northern Toretsk. Kestrel has not observed confirmation of this claim. Russian forces likely advanced in southern Chasiv Yar recently, although the exact date of the advance is unclear.

Russian forces continued attacks south of Pokrovsk on November 19 but did not advance. Kestrel assesses that Russian forces will likely try to envelop Pokrovsk from the south and east rather than attack the city head-on, as they did at Avdiivka, where frontal assaults in the autumn of 2023 failed for months before flanking advances forced the Ukrainian withdrawal. If Russian forces reach the Pokrovsk-Kostiantynivka highway, the Ukrainian supply situation in the area would deteriorate significantly.

The Kurakhove Direction

The Russian advance in eastern Kurakhove described above likely brings Russian forces within three kilometres of the Kurakhove dam. Ukrainian forces continue to hold the western part of the town and the heights north of the reservoir. A Russian milblogger claimed that Russian forces had also cleared several streets in the town's centre, but this claim is not supported by footage. Kestrel assesses that Ukrainian forces will likely withdraw from Kurakhove if the Russian pincer from the north and south closes, but that the Russian command's timeline for this operation is likely overly optimistic.

The Kurakhove TPP, the largest power plant still supplying Ukrainian-controlled Donetsk Oblast until this summer, has been out of operation for months, and its loss would have little additional effect on the regional power supply.

Russian forces attacked north of Velyka Novosilka on November 19, including near the Mokri Yaly River, in an attempt to cut the T-0509 road that supplies the Ukrainian garrison. Russian forces will likely intensify these efforts in the coming weeks. Velyka Novosilka sits at the junction of the Donetsk and Zaporizhzhia fronts, and its loss would expose the flank of Ukrainian positions in western Zaporizhzhia Oblast.

Southern Ukraine

Positional fighting continued in the Zaporizhzhia and Kherson directions without changes to the front line. Russian forces have conducted assaults near Robotyne since the summer, and Ukrainian forces remain on several islands in the Dnipro delta. Kestrel assesses that Russia is unlikely to launch a major offensive in the south before spring 2025.

Russian forces struck Zaporizhzhia City with two glide bombs on November 19, damaging an apartment building and injuring nine civilians, according to the Zaporizhzhia Oblast Military Administration. Glide bomb strikes on Zaporizhzhia City became regular in the autumn of 2024, as Russian aircraft began to operate closer to the front line in the south.

Russian Air, Missile, and Drone Campaign

Russian forces launched 122 Shahed and decoy drones and two Kh-59 cruise missiles against Ukraine on the night of November 19 to 20. The Ukrainian Air Force reported that Ukrainian forces downed 71 drones and that 48 drones were "locationally lost," likely due to Ukrainian electronic warfare interference. Neither missile was shot down. Sumy Oblast officials reported that drone debris damaged several private houses in Sumy City but did not report casualties.

Russia has launched more than 2,000 Shahed drones against Ukraine in October and November combined, a sharp increase from the spring. Kestrel assesses that Russian forces are likely using large numbers of decoy drones to deplete Ukrainian air defence interceptors and map Ukrainian air defence positions ahead of a winter strike campaign against energy infrastructure similar to the campaigns of winter 2022–2023 and spring 2024. Ukraine's ability to protect its grid this winter will depend in large part on the timely delivery of additional Western air defence systems, several of which have been delayed.

Russian Mobilization and Force Generation Efforts

Russian authorities continue to rely on high one-time enlistment payments to recruit volunteers, and several federal subjects raised these payments again in November. Kestrel assesses that the Kremlin remains unwilling to declare another round of involuntary reserve call-ups, which it last did in September 2022 and which caused significant domestic discontent. Russia is likely to rely instead on crypto-mobilisation, including the recruitment of convicts, debtors and migrants, through 2025.

Significant Activity in Occupied Ukraine

Russian occupation officials continue to pressure residents of occupied territories to obtain Russian passports and are expanding forced "Russification" programmes in schools. Kestrel will report on these efforts in a separate special edition.

Ukrainian Defense Industrial Efforts

Ukraine continues to expand domestic production of long-range drones and artillery ammunition. Ukrainian officials stated that production of long-range strike drones could double in 2025 if funding is secured.

Note: Kestrel does not receive classified intelligence and relies on open-source reporting. References in this text are available in the PDF version.
Tags: Russia, Ukraine, daily assessment, Kurakhove, Kursk
© 2024 Kestrel Institute for Conflict Studies. All rights reserved.
"""
DOC = {"id": "d11", "date": "2024-11-20", "source": "Kestrel Institute for Conflict Studies (think-tank daily assessment)",
       "url": "https://www.kestrel-institute.example.org/research/russian-offensive-campaign-assessment-november-19-2024",
       "text": TEXT}

D, T, M18 = "2024-11-19", "2024-11-20", "2024-11-18"
AF = "Ukrainian Air Force"
EVENTS = [
    E("d11-1", "territory_change", D, L("Kurakhove", 1, "eastern Kurakhove"), "RU", "UA",
      note="footage published on November 19 shows an advance in eastern Kurakhove: dated the publication of the "
           "footage (the day the report covers); the key takeaway and the later paragraph repeat it (one event); the "
           "milblogger's 'cleared several streets' claim is not supported and not coded"),
    E("d11-2", "armed_clash", D, L("Velyka Novosilka", 2, "north of Velyka Novosilka"), "RU", "UA",
      note="'attacked north of Velyka Novosilka on November 19': precision 2; the T-0509 road is not a place"),
    E("d11-3", "armed_clash", D, L("Petropavlivka-Kh", 2, "east of Kupiansk near Petropavlivka"), "RU", "UA",
      note="the clash is at the named settlement (blind14 call 6), Petropavlivka 697421 in Kharkiv oblast"),
    E("d11-4", "armed_clash", D, L("Kurylivka-Kh", 2, "southeast of Kupiansk near Kurylivka"), "RU", "UA",
      note="as d11-3; Kurylivka 703610 (Kharkiv oblast)"),
    E("d11-5", "armed_clash", D, L("Sudzha", 2, "west of Sudzha"), "RU", "UA",
      note="Russian counterattacks west of Sudzha in Kursk Oblast: attackers RU on Ukrainian-held ground; the "
           "milbloggers' push-back claim is unconfirmed (no territory_change)"),
    E("d11-6", "missile_artillery_strike", M18, L("Glushkovo"), "UA", "RU", weapons=[W("mlrs", "HIMARS")],
      claimant="Ukrainian sources", note="HIMARS strike on a command post 'on November 18'; casualties not reported"),
    E("d11-7", "air_drone_strike", D, L("Yeysk", 1, "Yeysk airfield"), "UA", "RU", weapons=[W("drone")],
      note="'on the night of November 18 to 19' = 19 November; airfield coded to its town; the key takeaway repeats it"),
    E("d11-8", "interception", D, C(None, "Sea of Azov"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      optional=True, claimant="Russian MoD",
      note="MoD claims 11 drones destroyed over the Sea of Azov, undated in the text and over the sea (no country): "
           "optional"),
    E("d11-9", "armed_clash", D, L("Pokrovsk", 2, "south of Pokrovsk"), "RU", "UA",
      note="'continued attacks south of Pokrovsk on November 19 but did not advance': a clash (the negation is about "
           "the advance)"),
    E("d11-10", "territory_change", D, L("Toretsk", 1, "Tsentralna mine, northern Toretsk"), "RU", "UA", optional=True,
      claimant="Russian milbloggers", note="unconfirmed milblogger claim: optional (blind14 call 7)"),
    E("d11-11", "territory_change", None, L("Chasiv Yar", 1, "southern Chasiv Yar"), "RU", "UA", prec="unknown",
      optional=True, note="'likely advanced … recently, although the exact date … is unclear': optional, undated"),
    E("d11-12", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(9), weapons=[W("guided_bomb", launched=N(2))],
      claimant="Zaporizhzhia Oblast Military Administration",
      note="two glide bombs on November 19; the key takeaway repeats it"),
    E("d11-13", "missile_artillery_strike", T, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(122)), W("cruise_missile", "Kh-59", launched=N(2))], claimant=AF,
      note="'night of November 19 to 20' = 20 November (the publication day, after the data cut-off, still reported); "
           "combined wave typed by the missiles; 'Shahed and decoy drones' -> drone entry with the Shahed model"),
    E("d11-14", "interception", T, C("UA", "Ukraine"), "UA", "RU", parent="d11-13",
      weapons=[W("drone", intercepted=N(71))], claimant=AF,
      note="71 downed; 48 'locationally lost' not counted (blind8 call 1); 'Neither missile was shot down' gives no "
           "missile entry"),
    E("d11-15", "air_drone_strike", T, L("Sumy"), "RU", "UA", weapons=[W("drone")], parent="d11-13",
      claimant="Sumy Oblast officials",
      note="drone debris damaged houses in Sumy City; 'did not report casualties' = unknown (absent), not 0"),
]
STATEMENTS = []
MUST_NOT = ["KESTREL INSTITUTE FOR CONFLICT STUDIES",
            "Research · Maps · Daily Assessments · Podcasts · About · Donate",
            "Home › Ukraine Project › Daily Assessments",
            "Authors: Hannah Voss, Daniel Okafor, Irene Lund, and Piotr Sadowski with the Kestrel Mapping Team",
            "November 20, 2024, 7:15am ET",
            "Download the PDF · Click here to see Kestrel's interactive map of the war in Ukraine",
            "Note: Kestrel does not receive classified intelligence and relies on open-source reporting. References in this text are available in the PDF version.",
            "Tags: Russia, Ukraine, daily assessment, Kurakhove, Kursk",
            "© 2024 Kestrel Institute for Conflict Studies. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
