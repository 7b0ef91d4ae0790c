from common import E, L, R, C, N, W, S, gold

TITLE = "Russian Offensive Campaign Assessment, December 10, 2025"
TEXT = """CORVID CENTRE FOR CONFLICT ANALYSIS
Home | Research | Ukraine Desk | Interactive Map | Events | Support Us
Ukraine Desk › Campaign Assessments
Russian Offensive Campaign Assessment, December 10, 2025
Helena Marsh, Tobias Rieder, Ines Kovalenko, and Piotr Zaleski
December 10, 2025, 6:40pm ET
Download the PDF version
Data cut-off: 12:00pm ET on December 10. Corvid will cover events after the cut-off in the December 11 assessment.

Key Takeaways:
Russian forces conducted a combined missile and drone strike against Ukraine overnight on December 9 to 10, hitting port infrastructure in Odesa and an energy facility in Kyiv Oblast.
Ukrainian forces struck the Volgograd oil refinery on the night of December 8 to 9.
Ukrainian forces recently advanced in northern Kupiansk, while Russian forces recently advanced in central Huliaipole.
The Kremlin continues to use the prospect of negotiations to delay new Western sanctions and military assistance to Ukraine.
Russian forces continue to struggle to convert tactical infiltrations into operational gains in the Pokrovsk direction.

Ukrainian Operation in Russia and Ukrainian Strikes against Russia
Ukrainian forces struck the Volgograd oil refinery in Volgograd City on the night of December 8 to 9. The Ukrainian General Staff reported that Ukrainian drones hit a primary processing unit at the refinery and that a fire broke out on the territory of the facility. The Volgograd Oblast governor claimed that debris from downed drones fell on the territory of "an industrial facility" in the south of the city, started a fire, and injured no one. Geolocated footage published on December 9 shows a large fire at the refinery. The Russian Ministry of Defense (MoD) claimed that Russian forces downed 67 Ukrainian drones over Russia overnight on December 8 to 9, including 41 drones over Volgograd Oblast.

The Volgograd refinery is one of the largest refineries in southern Russia and supplies fuel to Russian forces operating in southern Ukraine. Ukrainian forces have struck the refinery at least four times since August 2025, and Corvid previously assessed that Ukrainian strikes against Russian refineries have caused periodic fuel shortages in several southern Russian regions. Corvid continues to assess that Ukraine's long-range strike campaign will likely intensify over the winter as Ukraine's domestic production of long-range drones grows. Russian officials will likely continue to describe damaged refineries as "industrial facilities" in order to downplay the effects of the campaign.

Russian milbloggers criticized Russian air defense in Volgograd Oblast on December 9, and one milblogger, Dmitry Tarkhov, complained that "every month the same refinery burns and every month we are told that everything was shot down." Corvid cannot independently verify the milbloggers' claims about the positioning of Russian air defense systems.

Russian Strike Campaign
Russian forces conducted a combined missile and drone strike against Ukraine overnight on December 9 to 10. The Ukrainian Air Force reported that Russian forces launched four Iskander-M ballistic missiles from Kursk Oblast and 138 Shahed-type and decoy drones from the directions of Bryansk, Kursk, Oryol, and Primorsko-Akhtarsk. The Ukrainian Air Force reported that Ukrainian forces shot down two ballistic missiles and 109 drones and that 21 drones were "locationally lost," likely due to Ukrainian electronic warfare interference. Ukrainian officials reported that drones struck port infrastructure in Odesa City and injured two port workers. Kyiv Oblast officials reported that a ballistic missile struck an energy facility in Fastiv and that the strike cut power to about 18,000 households in Fastiv and nearby villages.

Russian forces have conducted large combined strikes against Ukrainian energy infrastructure roughly every five to seven days since early October 2025, and Corvid assesses that Russian forces are likely stockpiling missiles between these strikes in order to overwhelm Ukrainian air defenses. Russian forces will likely conduct another large combined strike in the coming days, possibly before the expected cold snap in mid-December. A Ukrainian Air Force spokesperson, Oleh Vashchuk, stated on December 10 that "the ratio of decoys in each wave is growing, and that is deliberate: they want our crews to spend missiles on plywood." Corvid has observed a similar increase in the proportion of decoy drones in Russian strike packages since the summer.

Russian Main Effort: Eastern Ukraine

Russian Supporting Effort: Northern Kharkiv Oblast
Russian forces did not conduct offensive operations in the Kharkiv direction on December 9 or 10. Russian milbloggers claimed that Russian forces continue to attack in Vovchansk, but Corvid has not observed confirmation of these claims. Russian forces have not made confirmed advances in northern Kharkiv Oblast since the summer of 2024.

Kupiansk Direction
Ukrainian forces recently advanced in the Kupiansk direction. Geolocated footage published on December 9 indicates that Ukrainian forces recently advanced in northern Kupiansk and cleared several buildings along a street in the northern part of the town.

Russian forces attacked within Kupiansk and northeast of Kupiansk near Kindrashivka on December 9 but did not advance. A Russian milblogger claimed on December 9 that Russian forces cleared the area around the Kupiansk railway station, but Corvid cannot confirm this claim and has observed no footage supporting it. A Ukrainian drone unit commander operating in the Kupiansk direction, Yurii Palamarchuk, said that Russian infantry "come in groups of two or three, mostly at dawn, and most of them never reach the first houses." Russian forces have attempted to infiltrate Kupiansk almost every night since September, and Corvid continues to assess that Russian forces do not control any part of the town.

Lyman Direction
Corvid did not observe confirmed Russian advances in the Lyman direction. Russian forces have intensified glide bomb strikes against Lyman since mid-November, and local officials estimate that fewer than 2,000 civilians remain in the town. Russian forces may attempt to envelop Lyman from the north in the coming weeks, but Corvid has not observed indicators of a Russian force concentration large enough for such an effort.

Siversk Direction
Russian forces attacked east of Siversk near Bilohorivka and south of Siversk near Zvanivka on December 9 and 10. The Russian MoD claimed on December 10 that Russian forces seized Zvanivka, but Corvid has not observed any geolocated footage to confirm the claim and notes that the Russian MoD claimed the seizure of Zvanivka once before, in October. Russian forces would need to seize the heights south of Siversk before they could attack the town itself.

Kostiantynivka Direction
Russian forces attacked southeast of Kostiantynivka near Shcherbynivka on December 9. Russian forces dropped guided glide bombs on Druzhkivka on December 9, killing two civilians and injuring five, according to the head of the Donetsk Oblast Military Administration. Russian forces regularly strike Druzhkivka, Kostiantynivka, and Kramatorsk with glide bombs and first-person view (FPV) drones, and Corvid assesses that the Russian command aims to make the towns uninhabitable before any ground assault.

Pokrovsk Direction
Russian forces attacked north of Pokrovsk near Rodynske and Bilytske on December 9. A spokesperson for a Ukrainian brigade operating in the direction said on December 9 that Ukrainian forces had pushed Russian forces back from the outskirts of Rodynske "in recent days," but Corvid has not observed footage of the counterattack and cannot date it. Russian forces continue to infiltrate small groups into Myrnohrad and Pokrovsk, and Corvid assesses that these groups likely operate in parts of both towns, although they do not control territory. Russian forces will likely continue to prioritize the Pokrovsk direction through the winter.

Huliaipole Direction
Russian forces recently advanced in central Huliaipole. Geolocated footage published on December 10 shows Russian servicemen raising a flag near the town council building in central Huliaipole, indicating that Russian forces recently advanced in the town. Corvid assesses that the flag-raising does not indicate that Russian forces control Huliaipole, as Ukrainian forces still hold the western and northern parts of the town. Russian forces attacked within Huliaipole and west of Huliaipole on December 9 and 10. If Russian forces consolidate their positions in Huliaipole, they will likely attempt to advance northwest toward the approaches to Zaporizhzhia City, though such an advance would take months at the current rate.

Orikhiv Direction
Russian forces attacked west of Orikhiv near Stepnohirsk on December 9 but did not advance. Russian forces have attacked in this area almost daily since late summer without significant gains.

Kherson Direction
Russian forces shelled Kherson City on December 9, killing one civilian and injuring three, according to the head of the Kherson Oblast Military Administration. Russian forces continue to strike Kherson City and settlements on the right bank of the Dnipro River with drones almost every day, and Ukrainian officials have repeatedly described the practice as a deliberate campaign against civilians. Ukrainian forces continue small-scale raids on the islands in the Dnipro River delta.

Activities in Russian-Occupied Areas
Russian occupation authorities in Zaporizhzhia Oblast continue to pressure residents to obtain Russian passports by threatening to deny them medical care and pensions. Corvid has previously reported on similar measures in occupied Kherson and Luhansk oblasts.

Kremlin Messaging
The Kremlin spokesperson stated on December 9 that Russia "remains open to a negotiated settlement on the basis of the realities on the ground." Corvid continues to assess that the Kremlin is using the prospect of negotiations to delay new Western sanctions and aid packages while it continues its offensive operations.

Belarus
Corvid did not observe any significant changes in the posture of Belarusian forces near the Ukrainian border. Belarusian and Russian forces are scheduled to hold a joint staff exercise in February 2026.

Note: Corvid publishes these assessments daily. Sources are listed in the endnotes of the PDF version.
Help us keep this research free: become a Corvid supporter
© 2025 Corvid Centre for Conflict Analysis. All rights reserved.
"""
DOC = {"id": "ks01", "date": "2025-12-10", "source": "Corvid Centre for Conflict Analysis (think tank, daily assessment)",
       "url": "https://corvid-centre.example/ukraine/russian-offensive-campaign-assessment-december-10-2025",
       "text": TEXT}

D, Y, Y2 = "2025-12-10", "2025-12-09", "2025-12-08"
EVENTS = [
    E("ks01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("drone", "Shahed-136", launched=N(138))],
      note="the wave 'overnight on December 9 to 10' in the Dec 10 assessment = Dec 10 (the night's later day); "
           "combined wave typed by its heaviest weapon; the first takeaway repeats it (one event); launch regions are "
           "not places hit"),
    E("ks01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ks01-1",
      weapons=[W("ballistic_missile", intercepted=N(2)), W("drone", intercepted=N(109))],
      note="'shot down two ballistic missiles and 109 drones'; the 21 'locationally lost' are not counted"),
    E("ks01-3", "air_drone_strike", D, L("Odesa"), "RU", "UA", parent="ks01-1", inj=N(2), weapons=[W("drone")],
      note="drones struck port infrastructure in Odesa City, two port workers injured"),
    E("ks01-4", "missile_artillery_strike", D, L("Fastiv"), "RU", "UA", parent="ks01-1",
      weapons=[W("ballistic_missile")], note="ballistic missile on an energy facility in Fastiv"),
    E("ks01-5", "infrastructure_disruption", D, L("Fastiv"), "RU", "UA", parent="ks01-4",
      note="'cut power to about 18,000 households in Fastiv and nearby villages'"),
    E("ks01-6", "air_drone_strike", Y, L("Volgograd"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="Volgograd refinery 'on the night of December 8 to 9' = Dec 9; the General Staff's hit and the governor's "
           "debris on 'an industrial facility' are one event; 'injured no one' = 0/0; the takeaway and the footage "
           "repeat it"),
    E("ks01-7", "interception", Y, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(67))],
      claimant="Russian MoD", note="MoD: 67 drones downed over Russia 'overnight on December 8 to 9' (country)"),
    E("ks01-8", "interception", Y, R("RU-VGG", "Volgograd Oblast"), "RU", "UA", parent="ks01-7",
      weapons=[W("drone", intercepted=N(41))], claimant="Russian MoD",
      note="'including 41 drones over Volgograd Oblast' -> region with a count (required)"),
    E("ks01-9", "air_drone_strike", Y, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional (blind37 call 5)"),
    E("ks01-10", "territory_change", Y, L("Kupiansk"), "UA", "RU",
      note="'Geolocated footage published on December 9 indicates that Ukrainian forces recently advanced in northern "
           "Kupiansk': dated by the footage, within the town (precision 1); the takeaway repeats it"),
    E("ks01-11", "armed_clash", Y, L("Kupiansk"), "RU", "UA", note="'attacked within Kupiansk … on December 9'"),
    E("ks01-12", "armed_clash", Y, L("Kindrashivka", 2), "RU", "UA",
      note="'northeast of Kupiansk near Kindrashivka on December 9', precision 2"),
    E("ks01-13", "territory_change", Y, L("Kupiansk"), "RU", "UA", optional=True,
      note="milblogger's claim that Russian forces cleared the railway-station area, 'cannot confirm': optional"),
    E("ks01-14", "armed_clash", Y, L("Bilohorivka", 2), "RU", "UA", end=D, prec="range",
      note="'east of Siversk near Bilohorivka … on December 9 and 10': range from the first day, precision 2 "
           "(the Luhansk-oblast Bilohorivka, 712588)"),
    E("ks01-15", "armed_clash", Y, L("Zvanivka", 2), "RU", "UA", end=D, prec="range",
      note="'south of Siversk near Zvanivka on December 9 and 10'"),
    E("ks01-16", "territory_change", D, L("Zvanivka"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="MoD claim 'on December 10' that Russian forces seized Zvanivka, not confirmed (and claimed once before): "
           "optional"),
    E("ks01-17", "armed_clash", Y, L("Shcherbynivka", 2), "RU", "UA",
      note="'southeast of Kostiantynivka near Shcherbynivka on December 9'"),
    E("ks01-18", "air_drone_strike", Y, L("Druzhkivka"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("guided_bomb")],
      note="guided glide bombs on Druzhkivka Dec 9, 2 killed 5 injured (oblast military administration head)"),
    E("ks01-19", "armed_clash", Y, L("Rodynske", 2), "RU", "UA", note="'north of Pokrovsk near Rodynske … on December 9'"),
    E("ks01-20", "armed_clash", Y, L("Bilytske", 2), "RU", "UA", note="'… and Bilytske on December 9'"),
    E("ks01-21", "territory_change", D, L("Huliaipole"), "RU", "UA",
      note="'Geolocated footage published on December 10 shows … raising a flag … in central Huliaipole, indicating "
           "that Russian forces recently advanced': dated by the footage; the takeaway repeats it"),
    E("ks01-22", "armed_clash", Y, L("Huliaipole"), "RU", "UA", end=D, prec="range",
      note="'attacked within Huliaipole and west of Huliaipole on December 9 and 10': one clash at the town, range"),
    E("ks01-23", "armed_clash", Y, L("Stepnohirsk", 2), "RU", "UA", note="'west of Orikhiv near Stepnohirsk on December 9'"),
    E("ks01-24", "missile_artillery_strike", Y, L("Kherson"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("artillery")],
      note="'shelled Kherson City on December 9, killing one civilian and injuring three'"),
]
# Not events: the takeaways (repeat the body: the wave, the refinery, the two advances); the Kremlin using
# negotiations (takeaway and Kremlin Messaging: assessment, and the spokesperson's 'remains open' is a statement);
# 'continue to struggle' in Pokrovsk (assessment); the refinery 'struck at least four times since August 2025' and
# fuel shortages (history, trend); 'will likely intensify over the winter', 'will likely continue to describe'
# (forecasts); the milbloggers' criticism of air defense (opinion, 'cannot independently verify'); launch
# directions (Bryansk, Kursk, Oryol, Primorsko-Akhtarsk: not places hit); the 21 'locationally lost' drones;
# combined strikes 'roughly every five to seven days since early October' (habitual), 'likely stockpiling'
# (assessment), 'will likely conduct another large combined strike in the coming days' (forecast), the growing
# share of decoys (trend); 'did not conduct offensive operations in the Kharkiv direction' (negation), the
# milbloggers' claim that Russian forces 'continue to attack in Vovchansk' (unconfirmed, habitual), no advances
# since the summer of 2024; infiltration 'almost every night since September' (habitual); no advances in the
# Lyman direction (negation), glide bombs on Lyman 'since mid-November' (habitual), 'may attempt to envelop'
# (forecast); the October Zvanivka claim (history, undated), 'would need to seize the heights' (conditional);
# 'regularly strike Druzhkivka, Kostiantynivka, and Kramatorsk' (habitual); the Ukrainian push-back at Rodynske
# 'in recent days' (undatable, not observed); infiltration of Myrnohrad and Pokrovsk (habitual, assessment),
# 'will likely continue to prioritize'; 'If Russian forces consolidate … will likely attempt' (conditional
# forecast); Orikhiv attacks 'almost daily since late summer' (habitual); daily drone strikes on the right bank
# and the raids on the delta islands (habitual, undated); passport pressure in occupied Zaporizhzhia (habitual);
# Belarus: no change (negation), the joint exercise in February 2026 (future).
STATEMENTS = [
    S("Dmitry Tarkhov", "RU", "every month the same refinery burns", "Russian milblogger"),
    S("Oleh Vashchuk", "UA", "they want our crews to spend missiles on plywood", "Ukrainian Air Force spokesperson"),
    S("Yurii Palamarchuk", "UA", "most of them never reach the first houses", "Ukrainian drone unit commander"),
]
MUST_NOT = ["CORVID CENTRE FOR CONFLICT ANALYSIS",
            "Home | Research | Ukraine Desk | Interactive Map | Events | Support Us",
            "Ukraine Desk › Campaign Assessments",
            "Helena Marsh, Tobias Rieder, Ines Kovalenko, and Piotr Zaleski",
            "December 10, 2025, 6:40pm ET", "Download the PDF version",
            "Note: Corvid publishes these assessments daily. Sources are listed in the endnotes of the PDF version.",
            "Help us keep this research free: become a Corvid supporter",
            "© 2025 Corvid Centre for Conflict Analysis. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
