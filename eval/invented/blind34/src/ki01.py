from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Assessment, December 4, 2025"
TEXT = """CARROW INSTITUTE FOR CONFLICT ANALYSIS
Research ▾   Maps ▾   Events ▾   Support Our Work
Russian Offensive Campaign Assessment, December 4, 2025
Ruslan Petrenko-Hale, Ada Whitcombe, and Jonas Eklund with the Carrow Russia Team
December 4, 2025, 8:15pm ET
Jump to: Key Takeaways | Axis Reports | Endnotes
⎙ Print-friendly PDF (418 KB)
Cartography support: Mirela Voss
The Carrow Institute publishes these assessments every day. The cut-off for this product was 1:30pm ET on December 4; Carrow will report on events after the cut-off in tomorrow's assessment.

Key Takeaways:
Russian forces conducted a combined missile and drone strike overnight on December 3 to 4, targeting energy infrastructure in western and central Ukraine.
Ukrainian forces struck the Tuapse oil refinery in Krasnodar Krai on the night of December 2 to 3.
Ukrainian forces recently advanced in northern Kupiansk, while Russian forces continued to attack within the town and to its north and east.
Russian forces recently advanced east of Huliaipole.
The Kremlin continues to reject any ceasefire that does not include Ukraine's withdrawal from the rest of Donetsk Oblast, and is unlikely to soften this position in the coming weeks.

Russian strikes
Russian forces launched 112 Shahed-type strike and decoy drones and six Iskander-M ballistic missiles at Ukraine overnight on December 3 to 4, according to the Ukrainian Air Force. The Air Force reported that Ukrainian forces shot down 87 drones and two missiles and that 21 drones were "locationally lost," likely due to electronic warfare. A ballistic missile struck an energy facility in Ternopil, injuring two workers, according to the Ternopil Oblast Military Administration. Drones damaged a five-storey residential building in Kryvyi Rih, killing one civilian, the head of the city's defense council reported.

Russian forces have targeted Ukraine's gas production and thermal generation in almost every large strike since October, and Carrow assesses that Russian forces will likely continue this pattern through the winter. Russian forces may intend to cause rolling blackouts in western Ukraine, which has so far been less affected than the east. Such a campaign would, if sustained, strain Ukraine's ability to import electricity from the European Union.

Ukrainian strikes on Russia
Ukrainian drones struck the Tuapse oil refinery on the night of December 2 to 3, causing a fire at a primary processing unit, according to the Ukrainian General Staff. Krasnodar Krai officials acknowledged a fire at "an industrial facility" and reported no casualties. The Russian Ministry of Defense (MoD) claimed on December 3 that Russian air defenses destroyed 40 Ukrainian drones over Krasnodar Krai overnight. The Tuapse refinery has been struck at least five times in 2025 and has repeatedly halted operations afterwards.

Interactive map: click to open the Carrow front-line tracker in a new window

Kupiansk direction
Ukrainian forces recently advanced in northern Kupiansk. Geolocated footage published on December 2 shows Ukrainian forces clearing a street in the northern part of the town, indicating a marginal Ukrainian advance. Russian forces attacked within Kupiansk itself, north of the town near Kindrashivka, and east of it near Petropavlivka on December 2 and 3 but did not make confirmed advances.

A Russian milblogger claimed on December 3 that Russian forces seized Kupiansk-Vuzlovyi, but Carrow has not observed any evidence to support this claim. A spokesperson for a Ukrainian brigade operating in the area, Mykyta Zavalnyi, said that Russian infantry groups try to infiltrate the town "every night, usually in twos and threes, using fog and rain as cover." Carrow continues to assess that Russian forces are unlikely to seize Kupiansk in the near term unless they commit significant additional reserves.

Lyman direction
Russian forces attacked northeast of Lyman near Zarichne and Torske on December 3. Russian forces have been trying to reach the Siverskyi Donets River in this area since the spring and would threaten Lyman from the north if they succeeded. Carrow has not observed confirmed changes to the front line in this direction.

Siversk direction
Russian forces attacked east of Siversk near Serebrianka on December 3. Russian milbloggers have claimed gains near Siversk for several weeks, and Carrow assesses that Russian forces likely hold positions on the town's eastern outskirts, though the extent of their presence remains unclear.

Kostiantynivka direction
Russian forces attacked within Kostiantynivka itself on December 3. Russian forces dropped glide bombs on Kostiantynivka on December 3, killing two civilians and damaging a school, according to the head of the city military administration. Russian forces have been shelling Kostiantynivka daily for more than a year, and the town has had no centralized water supply since the summer.

Pokrovsk direction
Russian forces attacked within Pokrovsk and Myrnohrad and northeast of them near Rodynske on December 3. The Russian MoD claimed on December 3 that Russian forces had completed the capture of Myrnohrad. Carrow has observed geolocated evidence of Russian presence only in the southern part of the town and cannot confirm the claim. "The town is contested, not taken. Our units hold the northern districts and the supply road," said Ukrainian corps spokesperson Halyna Ostapchuk. The Pokrovsk-Myrnohrad salient has been the main focus of the Russian offensive effort since the summer of 2024.

Huliaipole direction
Russian forces recently advanced east of Huliaipole. Geolocated footage published on December 3 indicates that Russian forces advanced into central Uspenivka, northeast of Huliaipole. Russian forces also attacked near Stepnohirsk on December 2. If Russian forces consolidate around Uspenivka, they could attempt to cut the road between Huliaipole and Orikhiv in the coming weeks.

Kherson direction
Russian forces continue to strike Kherson City with drones almost every day. A Russian drone struck a municipal bus in Kherson City on December 3, injuring four passengers, according to the head of the Kherson Oblast Military Administration.

Russian force generation and mobilization
The Russian President signed a decree on December 3 allowing the Russian military to call up reservists for the protection of "critical infrastructure" in Russia's border regions. The decree could allow the Russian military command to free up regular units for the front, although the scale of such a call-up remains unknown. Carrow previously assessed in October that Russia would struggle to sustain its current recruitment rate in 2026 without an unpopular partial mobilization.

Activities in Russian-occupied areas
Occupation officials continue to deport Ukrainian children from occupied Zaporizhzhia Oblast to so-called "re-education" camps in Russia, a practice Carrow has documented since 2022.

Endnotes are available to institutional subscribers on request.
Cite as: Carrow Institute, Russian Offensive Campaign Assessment, 4 Dec. 2025.
© 2025 Carrow Institute for Conflict Analysis. Non-commercial reuse permitted with attribution.
"""
DOC = {"id": "ki01", "date": "2025-12-04", "source": "Carrow Institute for Conflict Analysis (think tank)",
       "url": "https://carrow-institute.example/research/russian-offensive-campaign-assessment-december-4-2025",
       "text": TEXT}

D3, D2, D4 = "2025-12-03", "2025-12-02", "2025-12-04"
EVENTS = [
    E("ki01-1", "missile_artillery_strike", D4, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(112)), W("ballistic_missile", "Iskander-M", launched=N(6))],
      note="the wave 'overnight on December 3 to 4' in the Dec 4 assessment = Dec 4 (the night's later day); "
           "combined wave typed by its heaviest weapon; key takeaway repeats it (one event)"),
    E("ki01-2", "interception", D4, C("UA", "Ukraine"), "UA", "RU", parent="ki01-1",
      weapons=[W("drone", intercepted=N(87)), W("ballistic_missile", intercepted=N(2))],
      note="'shot down 87 drones and two missiles'; the 21 'locationally lost' are not intercepted"),
    E("ki01-3", "missile_artillery_strike", D4, L("Ternopil"), "RU", "UA", inj=N(2), parent="ki01-1",
      weapons=[W("ballistic_missile")],
      note="ballistic missile on an energy facility in Ternopil, two workers injured"),
    E("ki01-4", "air_drone_strike", D4, L("Kryvyi Rih"), "RU", "UA", fat=N(1), parent="ki01-1",
      weapons=[W("drone")], note="drones damaged a residential building in Kryvyi Rih, one civilian killed"),
    E("ki01-5", "air_drone_strike", D3, L("Tuapse"), "UA", "RU", fat=N(0), weapons=[W("drone")],
      note="'on the night of December 2 to 3' = Dec 3; refinery fire; officials 'reported no casualties' = 0 "
           "(injured not stated); the takeaway repeats it"),
    E("ki01-6", "interception", D3, R("RU-KDA", "Krasnodar Krai"), "RU", "UA", weapons=[W("drone", intercepted=N(40))],
      claimant="Russian MoD", note="MoD claim 'on December 3' of 40 drones 'over Krasnodar Krai overnight' = Dec 3, region"),
    E("ki01-7", "territory_change", D2, L("Kupiansk"), "UA", "RU", optional=True,
      note="'recently advanced in northern Kupiansk', shown by footage 'published on December 2': the advance itself "
           "has no day (optional, dated by the footage)"),
    E("ki01-8", "armed_clash", D2, L("Kupiansk"), "RU", "UA", end=D3, prec="range",
      note="'attacked within Kupiansk itself … on December 2 and 3' = range from the first day; 'itself' = precision 1"),
    E("ki01-9", "armed_clash", D2, L("Kindrashivka", 2), "RU", "UA", end=D3, prec="range",
      note="'north of the town near Kindrashivka' on December 2 and 3: clash at the named village, precision 2"),
    E("ki01-10", "armed_clash", D2, L("Petropavlivka", 2), "RU", "UA", end=D3, prec="range",
      note="'east of it near Petropavlivka' (the Kharkiv-oblast village east of Kupiansk), precision 2"),
    E("ki01-11", "territory_change", D3, L("Kupiansk-Vuzlovyi"), "RU", "UA", optional=True,
      note="milblogger capture claim of Kupiansk-Vuzlovyi, no evidence observed: optional"),
    E("ki01-12", "armed_clash", D3, L("Zarichne", 2), "RU", "UA", note="'northeast of Lyman near Zarichne' Dec 3; not at Lyman"),
    E("ki01-13", "armed_clash", D3, L("Torske", 2), "RU", "UA", note="'… and Torske on December 3'"),
    E("ki01-14", "armed_clash", D3, L("Serebrianka", 2), "RU", "UA", note="'east of Siversk near Serebrianka' Dec 3; not at Siversk"),
    E("ki01-15", "armed_clash", D3, L("Kostiantynivka"), "RU", "UA", note="'within Kostiantynivka itself' Dec 3: precision 1"),
    E("ki01-16", "air_drone_strike", D3, L("Kostiantynivka"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="glide bombs on Kostiantynivka Dec 3, two civilians killed; the daily shelling 'for more than a year' and the "
           "water cut 'since the summer' are background"),
    E("ki01-17", "armed_clash", D3, L("Pokrovsk"), "RU", "UA", note="'attacked within Pokrovsk' Dec 3"),
    E("ki01-18", "armed_clash", D3, L("Myrnohrad"), "RU", "UA", note="'within … Myrnohrad' Dec 3"),
    E("ki01-19", "armed_clash", D3, L("Rodynske", 2), "RU", "UA", note="'northeast of them near Rodynske' Dec 3"),
    E("ki01-20", "territory_change", D3, L("Myrnohrad"), "RU", "UA", optional=True,
      note="MoD claim 'on December 3' of the capture of Myrnohrad, not confirmed and denied by the corps spokesperson"),
    E("ki01-21", "territory_change", D3, L("Uspenivka"), "RU", "UA",
      note="'advanced into central Uspenivka' shown by footage published Dec 3 (the Zaporizhzhia-oblast village NE of "
           "Huliaipole, 690619); dated by the footage as a capture claim is dated by its day; not at Huliaipole"),
    E("ki01-22", "armed_clash", D2, L("Stepnohirsk", 2), "RU", "UA", note="'attacked near Stepnohirsk on December 2'"),
    E("ki01-23", "air_drone_strike", D3, L("Kherson"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="drone on a municipal bus in Kherson City Dec 3, four injured; the near-daily strikes are habitual"),
    E("ki01-24", "policy_decision", D3, C("RU", "Russia"), "RU", None,
      note="decree signed 'on December 3' on calling up reservists for border regions (military_mobilization would be "
           "the effect; the decision is what happened); country precision"),
]
# Not events: the publication routine and cut-off; the Kremlin's rejection of a ceasefire (position, forecast);
# gas/thermal targeting 'since October' (history) and 'will likely continue', 'may intend', 'would, if sustained';
# the refinery's five earlier strikes in 2025 (aggregate history without days); infiltration 'every night' (habitual);
# 'unlikely to seize … unless'; the Lyman effort 'since the spring' and 'would threaten … if'; Siversk claims 'for
# several weeks' and 'likely hold positions' (assessment); the daily shelling of Kostiantynivka and the water cut
# 'since the summer'; the Pokrovsk salient 'since the summer of 2024'; 'could attempt to cut the road' (forecast);
# near-daily drone strikes on Kherson; the decree 'could allow' and the October assessment; deportations documented
# 'since 2022' (ongoing practice without a day).
STATEMENTS = [
    S("Mykyta Zavalnyi", "UA", "every night, usually in twos and threes", "Ukrainian brigade spokesperson"),
    S("Halyna Ostapchuk", "UA", "The town is contested, not taken", "Ukrainian corps spokesperson"),
]
MUST_NOT = ["CARROW INSTITUTE FOR CONFLICT ANALYSIS", "Research ▾   Maps ▾   Events ▾   Support Our Work",
            "Ruslan Petrenko-Hale, Ada Whitcombe, and Jonas Eklund with the Carrow Russia Team",
            "December 4, 2025, 8:15pm ET", "Jump to: Key Takeaways | Axis Reports | Endnotes",
            "⎙ Print-friendly PDF (418 KB)", "Cartography support: Mirela Voss",
            "Interactive map: click to open the Carrow front-line tracker in a new window",
            "Endnotes are available to institutional subscribers on request.",
            "Cite as: Carrow Institute, Russian Offensive Campaign Assessment, 4 Dec. 2025.",
            "© 2025 Carrow Institute for Conflict Analysis. Non-commercial reuse permitted with attribution."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
