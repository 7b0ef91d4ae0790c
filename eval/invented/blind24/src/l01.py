from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Update, November 5, 2024"
TEXT = """Skip to main content
MERIDIAN INSTITUTE FOR STRATEGIC ANALYSIS
Programs · Ukraine Project · Interactive Map · Podcasts · Support
Ukraine Project / Daily Updates
Russian Offensive Campaign Update, November 5, 2024
Analysts: Farida Okonkwo-Lind, Benedikt Sauer, Yana Derkach and the Meridian Ukraine Team
Information cut-off: 11:30am ET on November 5. Meridian will publish an abbreviated update on November 9.
Listen to this update (AI voice, 14 min)

Russian forces continued offensive operations along the entire front line on November 4 but made confirmed gains only in the Kurakhove direction, where they advanced into the eastern outskirts of the town. The Russian command appears to be accepting very high personnel losses in exchange for slow, tactical advances, and it is unlikely to change that approach before the ground freezes. Meridian continues to assess that the Russian military is trying to seize as much of Donetsk Oblast as possible before the end of the year in order to present Western governments with a fait accompli in any future negotiations, though Russian forces are not likely to seize the whole oblast in that time.

Key Takeaways:
1. Russian forces advanced into the eastern outskirts of Kurakhove on November 4.
2. Russian forces conducted a glide bomb strike against Kharkiv City on November 4 that killed one civilian and injured nine.
3. Ukrainian forces repelled Russian assaults in central Toretsk on November 3 and 4.
4. The Russian Ministry of Defense (MoD) claimed that Russian forces seized Hirnyk, but Meridian has not observed confirmation of the claim.
5. The presence of North Korean troops in Kursk Oblast is unlikely to change the operational picture there in the near term.

Ukrainian Operations in the Russian Federation

Fighting continued in the Ukrainian salient in Kursk Oblast on November 4. Russian forces attacked Ukrainian positions south and east of Sudzha, and Ukraine's General Staff reported that Ukrainian forces repelled all of these attacks. Russian milbloggers claimed that Russian forces advanced up to one kilometer near the salient's southern edge, but Meridian has not seen visual confirmation of these claims.[1]

Ukrainian military intelligence (GUR) stated on November 4 that roughly 11,000 North Korean servicemen are now in Kursk Oblast and that some of them have begun training with Russian airborne units. Meridian cannot confirm the figure. North Korean forces have no recent combat experience, and it will take weeks of joint training before Russian commanders can integrate them into assault operations. The deployment nevertheless allows Russia to free up Russian units for the Pokrovsk and Kurakhove directions, which is likely its main purpose. The Korean War precedent of 1950, when Chinese "volunteers" entered the fighting under a thin cover of deniability, is frequently cited in commentary, but the comparison is weak: the North Korean contingent is a fraction of the size and is operating inside Russia's internationally recognized borders.

Russian Main Effort: Eastern Ukraine

Kupiansk direction

Russian forces attacked northeast and east of Kupiansk on November 4 but did not make confirmed advances. The Ukrainian General Staff reported fighting near Petropavlivka, east of the city, where Russian infantry supported by armored vehicles attempted to reach the Oskil River. Russian forces have been trying to reach the river south of Kupiansk since the summer of 2024 and will likely continue to attack in small groups despite repeated failures.

Russian forces also continued to strike Kupiansk and its surroundings with glide bombs, and local officials have renewed calls for residents of the town to evacuate. Meridian will assess the effect of the evacuation order in a future update if it is extended to the surrounding villages.

Kharkiv direction

Russian forces continued ground attacks in Vovchansk on November 4, particularly around the aggregate plant in the northern part of the town. Neither side appears able to change the line in Vovchansk, which has remained mostly static since June.

Russian forces conducted a glide bomb strike against Kharkiv City on November 4. The head of the Kharkiv Oblast Military Administration — whose figures Meridian has found generally reliable — reported that a KAB-500 struck a residential neighbourhood in the city's Saltivskyi district, killing one civilian and injuring nine, including a child. Russian forces have used glide bombs launched from Belgorod Oblast against Kharkiv repeatedly since the spring, and Western permissions to strike airfields deep in Russia would remain the most effective way to push the launch aircraft away from the border.

Toretsk direction

Ukrainian forces repelled Russian assaults in central Toretsk on November 3 and 4. Ihor Havryliuk, a spokesperson for a Ukrainian brigade in the area, said that Russian infantry were moving through the ruins of high-rise buildings in groups of two or three and that "most of them never reach the second line." Meridian assesses that the Russian command is attempting to seize Toretsk in order to approach Kostiantynivka from the south, a goal it is unlikely to achieve in the coming weeks.

Pokrovsk direction

Russian forces continued offensive operations southeast of Pokrovsk near Myrnohrad on November 4. The Russian MoD claimed on November 4 that Russian forces seized Hirnyk, southeast of Kurakhove.[2] Meridian has not observed geolocated evidence confirming the claim, and Ukrainian sources reported continued fighting on the town's northern edge. The Russian MoD has repeatedly announced the capture of settlements weeks before Russian forces actually consolidated control over them, as it did several times during the fighting for Avdiivka in early 2024.

Russian forces likely intend to envelop Pokrovsk and Myrnohrad from the south and east rather than assault the cities directly. Such an operation would require considerable reinforcements, and Meridian has observed indicators that the Russian command is shifting elements of at least two motorized rifle regiments from the Toretsk direction to the area southeast of Pokrovsk. These redeployments, if confirmed, would likely take place over the next two to three weeks.

Kurakhove direction

Russian forces advanced into the eastern outskirts of Kurakhove on November 4. Geolocated footage published that evening shows Russian troops raising a flag over a warehouse complex on the eastern edge of the town, and Russian milbloggers claimed that Russian forces also entered the grounds of the Kurakhove thermal power plant. Meridian has not seen confirmation of the latter claim. A Ukrainian battalion commander told a Ukrainian outlet that "the plant is still ours, for now."

Kurakhove sits on the Vovcha River, and the river and the reservoir to the town's west will complicate any Russian attempt to push further west after it falls. Meridian assesses that the Russian command will likely try to encircle the town from the north and south rather than conduct costly frontal assaults into the dense urban areas of its centre, but past Russian behaviour at Vuhledar and Avdiivka suggests that it may try both.

Vuhledar direction

There were no confirmed changes in the Vuhledar direction on November 4. Russian forces continued to attack north of Vuhledar, but the Ukrainian General Staff reported no settlement-level fighting in this area. Russian forces seized Vuhledar in early October after more than two years of attempts, and they will likely try to use the town as a springboard toward the Kurakhove–Velyka Novosilka road.

Zaporizhzhia direction

Positional fighting continued near Orikhiv and Stepnohirsk, and neither side advanced. Russian forces struck Zaporizhzhia City with guided glide bombs on the evening of November 4, injuring 17 civilians and damaging a medical facility and several apartment buildings, according to the head of the Zaporizhzhia Oblast Military Administration. Russian forces have intensified their strikes against Zaporizhzhia City since mid-October, likely to pressure Ukraine to divert air defence assets from the front.

Kherson direction

Russian forces continued to attack Ukrainian positions on the Dnipro River islands, but Meridian did not observe any confirmed changes in the area on November 4.

Russian Air, Missile, and Drone Campaign

Russian forces launched a ballistic missile strike against Odesa on November 4. The head of the Odesa Oblast Military Administration reported that an Iskander-M missile hit port infrastructure and injured three workers. The strike was the third against Odesa's port facilities in ten days.

Russian forces launched 68 Shahed drones against Ukraine overnight on November 4 to 5. Ukraine's Air Force reported that Ukrainian forces downed 41 of the drones and that 25 were "locationally lost," likely as a result of Ukrainian electronic warfare. The remaining two drones did not cause reported damage. Russian forces have launched more than 2,000 Shahed-type drones against Ukraine since the beginning of October, an increase that tracks with the expansion of production at the Alabuga plant in Tatarstan.

Russian Mobilization and Force Generation Efforts

The Russian military continues to recruit volunteers with record one-time payments, and several federal subjects increased their signing bonuses again in late October. Russian force generation is sustainable at its current pace through at least the first half of 2025, but the rising cost of bonuses indicates that the pool of willing volunteers is shrinking. A mobilization wave on the scale of September 2022 remains unlikely in the coming months because of its domestic political cost.

Significant Activity in Belarus

Meridian did not observe any significant activity in Belarus on November 4.

Note: Meridian will not publish an update on November 6 due to the US general election.

[1] https://t.me/example_milblogger_channel/48211
[2] https://mil.example.ru/news/more.htm?id=12519044

Back to top ↑
Cite as: Meridian Institute for Strategic Analysis, "Russian Offensive Campaign Update, November 5, 2024."
Share this update: X · Bluesky · Copy link
© 2024 Meridian Institute for Strategic Analysis | Privacy | Terms
"""
DOC = {"id": "l01", "date": "2024-11-05", "source": "Meridian Institute for Strategic Analysis (think tank)",
       "url": "https://meridian-institute.example.org/ukraine/daily/2024-11-05", "text": TEXT}

D = "2024-11-04"
EVENTS = [
    E("l01-1", "armed_clash", D, L("Sudzha", 2, "south and east of Sudzha"), "RU", "UA",
      note="Russian attacks on the salient 'south and east of Sudzha' on November 4: precision 2, Kursk oblast; "
           "milblogger advance claims unconfirmed (no event)"),
    E("l01-2", "military_mobilization", D, R("RU-KRS", "Kursk Oblast"), "KP", None, optional=True,
      note="GUR's November 4 figure of 11,000 North Korean troops 'now in Kursk Oblast': a state of deployment "
           "reported on a day, not a movement on it; optional. The 1950 Korean War analogy is history, no event"),
    E("l01-3", "armed_clash", D, L("Petropavlivka-Kh", 2, "near Petropavlivka"), "RU", "UA",
      note="fighting near Petropavlivka east of Kupiansk (697421, Kharkiv oblast, not the Dnipropetrovsk homonym); "
           "'attacked northeast and east of Kupiansk' is the same fighting (no separate Kupiansk event)"),
    E("l01-4", "air_drone_strike", "2024-11-04", L("Kupiansk"), "RU", "UA", optional=True, prec="unknown",
      weapons=[W("guided_bomb")],
      note="'continued to strike Kupiansk … with glide bombs': continuing, undated, no casualties; optional"),
    E("l01-5", "armed_clash", D, L("Vovchansk"), "RU", "UA",
      note="ground attacks in Vovchansk on November 4 (aggregate plant = the town)"),
    E("l01-6", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Saltivskyi district"), "RU", "UA", fat=N(1), inj=N(9),
      weapons=[W("guided_bomb", "KAB-500")],
      note="key takeaway 2 repeats it: one event; city district = the city"),
    E("l01-7", "armed_clash", "2024-11-03", L("Toretsk", 1, "central Toretsk"), "RU", "UA", prec="range",
      end=D, note="'repelled Russian assaults in central Toretsk on November 3 and 4': a range from the first day; "
                  "actor1 = the attacker"),
    E("l01-8", "armed_clash", D, L("Myrnohrad", 2, "near Myrnohrad"), "RU", "UA",
      note="'offensive operations southeast of Pokrovsk near Myrnohrad': precision 2 at Myrnohrad"),
    E("l01-9", "territory_change", D, L("Hirnyk-D"), "RU", "UA", optional=True, claimant="Russian Ministry of Defence",
      note="MoD capture claim 'on November 4' that the analysts have not confirmed and Ukrainian sources contradict: "
           "optional (blind14 call 7); Hirnyk 708395 in Donetsk oblast"),
    E("l01-10", "armed_clash", D, L("Hirnyk-D", 2, "northern edge of Hirnyk"), "UA", "RU", optional=True,
      note="'Ukrainian sources reported continued fighting on the town's northern edge': undated ('continued'), sides "
           "implied; optional"),
    E("l01-11", "territory_change", D, L("Kurakhove", 2, "eastern outskirts of Kurakhove"), "RU", "UA",
      note="advance into the eastern outskirts on November 4 (takeaway 1 repeats it): outskirts = precision 2; the "
           "power-plant claim is unconfirmed and denied (no separate event)"),
    E("l01-12", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(17), weapons=[W("guided_bomb")],
      note="guided glide bombs 'on the evening of November 4', 17 injured"),
    E("l01-13", "missile_artillery_strike", D, L("Odesa"), "RU", "UA", inj=N(3),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="Iskander-M on port infrastructure, three workers injured; 'third … in ten days' is vague history"),
    E("l01-14", "air_drone_strike", "2024-11-05", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(68))],
      note="'overnight on November 4 to 5' in a November 5 update = November 5 (the morning of publication); the wave is "
           "the country-level parent; 'more than 2,000 since October' is a tally across weeks, not an event"),
    E("l01-15", "interception", "2024-11-05", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(41))], parent="l01-14",
      note="41 downed; the 25 'locationally lost' are not counted as intercepted (blind16 call 5)"),
]
STATEMENTS = [
    S("Ihor Havryliuk", "UA", "most of them never reach the second line", "Ukrainian brigade spokesperson"),
]
MUST_NOT = ["Skip to main content", "MERIDIAN INSTITUTE FOR STRATEGIC ANALYSIS",
            "Programs · Ukraine Project · Interactive Map · Podcasts · Support",
            "Ukraine Project / Daily Updates",
            "Analysts: Farida Okonkwo-Lind, Benedikt Sauer, Yana Derkach and the Meridian Ukraine Team",
            "Information cut-off: 11:30am ET on November 5. Meridian will publish an abbreviated update on November 9.",
            "Listen to this update (AI voice, 14 min)",
            "[1] https://t.me/example_milblogger_channel/48211",
            "[2] https://mil.example.ru/news/more.htm?id=12519044",
            "Back to top ↑",
            "Cite as: Meridian Institute for Strategic Analysis, \"Russian Offensive Campaign Update, November 5, 2024.\"",
            "Share this update: X · Bluesky · Copy link",
            "© 2024 Meridian Institute for Strategic Analysis | Privacy | Terms"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
