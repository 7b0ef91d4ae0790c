from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine Conflict Update, June 18, 2025"
TEXT = """TIDEWATER CONFLICT RESEARCH
About | Analysis | Daily Updates | Maps | Donate
Daily Updates / Russia-Ukraine / June 2025
Ukraine Conflict Update, June 18, 2025
By Marguerite Ossendorp, Kyrylo Vdovenko, Aled Prothero and the Tidewater Ukraine Team
Jun 18, 2025 - 7:05 PM ET
Click here to see the Tidewater interactive map of the war in Ukraine.
Tidewater's reporting for this update ends at 11:30am ET on June 18. Anything later will appear in tomorrow's update.

Key takeaways
Russia struck Ukraine overnight on June 17 to 18 with cruise and ballistic missiles and more than a hundred drones, damaging a warehouse in Kyiv City and industrial sites in Kyiv and Poltava oblasts.
Ukrainian drones struck the Novokuibyshevsk oil refinery in Samara Oblast on the night of June 16 to 17.
Russian forces recently advanced east of Yunakivka in northern Sumy Oblast, and Ukrainian forces recently advanced in northern Vovchansk.
Tidewater assesses as false a Russian milblogger's claim that Russian forces seized Torske.
The Kremlin continues to frame any ceasefire as conditional on a halt to Western military assistance.

Ukrainian Strikes against Russia
Ukrainian drones struck the Novokuibyshevsk oil refinery in Samara Oblast on the night of June 16 to 17. Ukraine's General Staff stated that the drones hit an atmospheric distillation unit and that a fire broke out at the site. Samara Oblast's governor claimed that air defense had "repelled a massive attack," that falling debris had started a fire at an industrial site in Novokuibyshevsk, and that no one had been killed or injured. Footage published on June 17 and geolocated by Tidewater shows black smoke above the refinery's eastern section. The Russian Ministry of Defense (MoD) claimed that air defense destroyed 52 Ukrainian drones over Russian territory overnight on June 16 to 17, 19 of them over Samara Oblast and 11 over Bryansk Oblast.

Refineries in the Volga region, once thought to lie beyond the reach of Ukrainian drones, have been hit repeatedly since the beginning of 2025. Tidewater has previously assessed that Ukraine chooses targets of this kind to reduce the supply of fuel to Russian forces and the export revenue that pays for the war. Should Ukraine sustain the present tempo into the autumn, Russian authorities would likely have to restrict gasoline exports again, as they did in 2023 and in 2024.

Russian Strike Campaign
Russian forces launched three Kh-101 cruise missiles, two Iskander-M ballistic missiles and 128 Shahed-type strike and decoy drones against Ukraine overnight on June 17 to 18, according to the Ukrainian Air Force. The Air Force reported that Ukrainian air defense shot down all three cruise missiles, one of the ballistic missiles and 97 of the drones; a further 24 drones disappeared from radar screens, probably as a result of electronic warfare. The head of the Kyiv City Military Administration reported that an Iskander-M struck a logistics warehouse in Kyiv's Darnytskyi district and injured four people. In Kyiv Oblast, drones hit an industrial enterprise in Bila Tserkva; the oblast administration said there were no casualties. Poltava Oblast authorities added that drones damaged a gas production facility in the Myrhorod area, without reporting casualties.

A spokesperson for the Ukrainian Air Force, Serhii Movchan, said on June 18 that "the missiles came last, after the drones had already made our crews show their positions." Russian forces have struck Ukrainian gas production in Poltava and Kharkiv oblasts at least six times since April, and Tidewater assesses that Russia is trying to deplete Ukraine's gas reserves before the heating season begins in October. Another combined strike of this size is likely within the next week.

Ground Operations
Northern Sumy Oblast
Russian forces recently advanced in northern Sumy Oblast. Geolocated footage published on June 17 shows a Russian assault group in a tree line east of Yunakivka, which indicates a marginal Russian advance. Russian forces attacked north of Sumy City near Yunakivka on June 16 and 17, but did not attack near Khotin, where they had been most active in early June. Russian forces opened this axis in the spring, after Ukrainian forces withdrew from most of the salient they had held in Kursk Oblast since August 2024, and Russian troops now stand about 20 kilometers from Sumy City. Were Russian forces to reach artillery range of the city, they would likely shell it much as they have shelled Kharkiv since 2022, but Tidewater does not assess that Russia has the forces for such an advance this summer.

Northern Kharkiv Oblast
Ukrainian forces recently advanced in northern Vovchansk. Footage that Ukraine's National Guard published on June 17 shows Ukrainian soldiers clearing a destroyed apartment block in the northern part of the town, and Tidewater assesses that the footage was filmed within the last few days. Russian forces attacked within Vovchansk on June 17. Not one Russian attack in the Lyptsi area was reported on June 16 or 17. Russian forces struck Kharkiv City with guided glide bombs on the afternoon of June 17, injuring nine civilians in the Kyivskyi district, according to the head of the Kharkiv Oblast Military Administration.

Kupiansk and Lyman Directions
Russian forces continued limited attacks north of Kupiansk near Kindrashivka on June 17. Russian forces also attacked northeast of Lyman near Torske on June 16 and 17. A Russian milblogger claimed on June 17 that Russian forces had seized Torske, but footage published by a Ukrainian brigade on the same day shows Ukrainian soldiers in the village center, and Tidewater assesses the claim to be false. The same milblogger made a similar claim about Torske in May.

A Ukrainian officer operating near Lyman, Lieutenant Colonel Dmytro Kostenko, described the Russian approach to the village as "a conveyor: three men on motorcycles, then three more, then three more." Russian forces have used motorcycles and light vehicles in most of their attacks along this part of the front since early spring.

Siversk and Kostiantynivka Directions
Tidewater did not observe any Russian attacks in the Siversk direction on June 17. Russian forces dropped guided glide bombs on Kostiantynivka on June 17, killing two civilians and injuring six, according to the head of the Donetsk Oblast Military Administration. Russian aviation bombs Kostiantynivka nearly every day, and Tidewater continues to assess that Russia intends to make the town uninhabitable before attempting to take it.

Pokrovsk and Novopavlivka Directions
Russian forces attacked southwest of Pokrovsk near Udachne on June 17 and did not advance. Further south, the Russian MoD claimed on June 18 that Russian forces had captured Bahatyr, southeast of Novopavlivka. Tidewater has seen no footage of Russian forces in the village and cannot confirm the claim. Russian forces have been trying to reach the border of Dnipropetrovsk Oblast for weeks; if they cross it, the Kremlin will likely present the crossing as a major success regardless of its military value.

Zaporizhzhia Direction
Russian forces have attacked southeast of Orikhiv near Mala Tokmachka almost daily since early May. On June 17, Russian forces attacked near Kamianske, a village on the shore of the drained Kakhovka Reservoir south of Zaporizhzhia City, on June 17. Tidewater notes that the Kamianske in Zaporizhzhia Oblast should not be confused with the city of Kamianske in Dnipropetrovsk Oblast, which lies far from the front. Russian forces have not made a confirmed advance in the Zaporizhzhia direction since the first week of June.

Kherson Direction
A Russian drone struck a municipal bus in Kherson City on the morning of June 18, killing the driver and injuring two passengers, according to the head of the Kherson Oblast Military Administration. Russian drone operators on the east bank of the Dnipro River hunt cars, buses and pedestrians in Kherson City and its suburbs almost every day, and local residents have called the practice a "human safari." Ukrainian forces continue to raid the islands in the river delta.

Activities in Russian-Occupied Areas
Russian occupation officials in Zaporizhzhia Oblast announced that residents without Russian passports will lose access to local hospitals from July 1. Tidewater has reported similar decrees in occupied Kherson and Donetsk oblasts, most of them announced but only partly enforced.

Kremlin Messaging
The Kremlin spokesperson stated on June 17 that Russia "will not accept a pause that lets the West rearm Ukraine." Russian officials have repeated this line since March, and Tidewater assesses that the Kremlin has no intention of agreeing to a ceasefire on terms that Ukraine could accept.

Belarus
Tidewater did not observe significant activity by Belarusian forces near the Ukrainian border. Belarus and Russia plan to hold their joint strategic exercise in September.

Tidewater's daily updates are based on open sources. Endnotes appear in the full report.
Support independent analysis of the war: give to Tidewater today
Copyright 2025 Tidewater Conflict Research. All rights reserved.
"""
DOC = {"id": "kv01", "date": "2025-06-18", "source": "Tidewater Conflict Research (think tank, daily update)",
       "url": "https://tidewater-research.example/updates/ukraine-conflict-update-june-18-2025", "text": TEXT}

D, Y, Y2 = "2025-06-18", "2025-06-17", "2025-06-16"
EVENTS = [
    E("kv01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", "Kh-101", launched=N(3)), W("ballistic_missile", "Iskander-M", launched=N(2)),
               W("drone", "Shahed-136", launched=N(128))],
      note="the wave 'overnight on June 17 to 18' in the June 18 update = June 18 (the night's later day); combined "
           "wave typed by its heaviest weapon; the first takeaway repeats it"),
    E("kv01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kv01-1",
      weapons=[W("cruise_missile", intercepted=N(3)), W("ballistic_missile", intercepted=N(1)),
               W("drone", intercepted=N(97))],
      note="'shot down all three cruise missiles, one of the ballistic missiles and 97 of the drones'; the 24 that "
           "'disappeared from radar screens' are not counted as intercepted"),
    E("kv01-3", "missile_artillery_strike", D, L("Kyiv"), "RU", "UA", parent="kv01-1", inj=N(4),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="Iskander-M on a logistics warehouse in the Darnytskyi district (= the city), four injured"),
    E("kv01-4", "air_drone_strike", D, L("Bila Tserkva"), "RU", "UA", parent="kv01-1", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="drones hit an industrial enterprise in Bila Tserkva; 'there were no casualties' = 0/0"),
    E("kv01-5", "air_drone_strike", D, L("Myrhorod", 2), "RU", "UA", parent="kv01-1", weapons=[W("drone")],
      note="drones damaged a gas production facility 'in the Myrhorod area' -> precision 2; 'without reporting "
           "casualties' gives no count"),
    E("kv01-6", "air_drone_strike", Y, L("Novokuibyshevsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff",
      note="refinery 'on the night of June 16 to 17' = June 17; the General Staff's hit and the governor's debris fire "
           "at 'an industrial site' are one event; 'no one had been killed or injured' = 0/0; the takeaway and the "
           "footage of June 17 repeat it"),
    E("kv01-7", "interception", Y, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(52))],
      claimant="Russian MoD", note="MoD: 52 drones over Russian territory 'overnight on June 16 to 17' (country)"),
    E("kv01-8", "interception", Y, R("RU-SAM", "Samara Oblast"), "RU", "UA", parent="kv01-7",
      weapons=[W("drone", intercepted=N(19))], claimant="Russian MoD",
      note="'19 of them over Samara Oblast' -> region with a count (required)"),
    E("kv01-9", "interception", Y, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", parent="kv01-7",
      weapons=[W("drone", intercepted=N(11))], claimant="Russian MoD", note="'11 over Bryansk Oblast'"),
    E("kv01-10", "air_drone_strike", Y, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional (blind37 call 5)"),
    E("kv01-11", "territory_change", Y, L("Yunakivka", 2), "RU", "UA",
      note="'Geolocated footage published on June 17 shows a Russian assault group in a tree line east of Yunakivka, "
           "which indicates a marginal Russian advance': dated by the footage, 'east of' -> precision 2; the takeaway "
           "repeats it"),
    E("kv01-12", "armed_clash", Y2, L("Yunakivka", 2), "RU", "UA", end=Y, prec="range",
      note="'north of Sumy City near Yunakivka on June 16 and 17': range from the first day, precision 2; 'did not "
           "attack near Khotin' gives nothing"),
    E("kv01-14", "territory_change", Y, L("Vovchansk"), "UA", "RU",
      note="'Ukrainian forces recently advanced in northern Vovchansk': footage published on June 17 -> June 17, "
           "within the town (precision 1); the takeaway repeats it"),
    E("kv01-15", "armed_clash", Y, L("Vovchansk"), "RU", "UA", note="'attacked within Vovchansk on June 17'"),
    E("kv01-16", "air_drone_strike", Y, L("Kharkiv"), "RU", "UA", inj=N(9), weapons=[W("guided_bomb")],
      note="guided glide bombs on Kharkiv 'on the afternoon of June 17', nine injured in the Kyivskyi district "
           "(= the city)"),
    E("kv01-17", "armed_clash", Y, L("Kindrashivka", 2), "RU", "UA",
      note="'north of Kupiansk near Kindrashivka on June 17', precision 2"),
    E("kv01-18", "armed_clash", Y2, L("Torske", 2), "RU", "UA", end=Y, prec="range",
      note="'northeast of Lyman near Torske on June 16 and 17': range, precision 2"),
    E("kv01-19", "territory_change", Y, L("Torske"), "RU", "UA", optional=True,
      note="milblogger's claim of June 17 that Russian forces seized Torske, assessed false by the page: optional "
           "(blind42 call 1)"),
    E("kv01-20", "air_drone_strike", Y, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(6),
      weapons=[W("guided_bomb")],
      note="guided glide bombs on Kostiantynivka on June 17, 2 killed 6 injured (oblast military administration)"),
    E("kv01-21", "armed_clash", Y, L("Udachne", 2), "RU", "UA",
      note="'southwest of Pokrovsk near Udachne on June 17' (the Donetsk-oblast Udachne 690841)"),
    E("kv01-23", "territory_change", D, L("Bahatyr"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="MoD claim 'on June 18' that Russian forces captured Bahatyr, not confirmed: optional"),
    E("kv01-25", "armed_clash", Y, L("Kamianske ZP", 2), "RU", "UA",
      note="'near Kamianske, a village on the shore of the drained Kakhovka Reservoir south of Zaporizhzhia City, "
           "on June 17': the Zaporizhzhia-oblast village (706967, UA-23), not the Dnipropetrovsk city the text warns "
           "about; precision 2"),
    E("kv01-26", "air_drone_strike", D, L("Kherson"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("drone")],
      note="drone on a municipal bus in Kherson City 'on the morning of June 18', driver killed, two passengers "
           "injured"),
]
# Not events: the key takeaways (repeat the body: the wave, the refinery, the two advances, the Torske claim) and
# the Kremlin framing; Volga refineries 'hit repeatedly since the beginning of 2025' (history, tally), target
# choice (assessment), 'Should Ukraine sustain the present tempo … would likely have to restrict gasoline exports
# again, as they did in 2023 and in 2024' (conditional, history); the 24 drones that disappeared from radar; the
# Air Force spokesperson's quote; gas production struck 'at least six times since April' (tally), 'trying to
# deplete' (assessment), 'Another combined strike … is likely within the next week' (forecast); the Sumy axis opened
# 'in the spring' after the withdrawal from Kursk Oblast (history without a day), troops 'about 20 kilometers from
# Sumy City' (position), 'Were Russian forces to reach artillery range … would likely shell it' (counterfactual),
# Kharkiv shelled 'since 2022' (habitual); 'Not one Russian attack in the Lyptsi area was reported' (negation); the
# milblogger's May claim about Torske (history, undated); motorcycles 'since early spring' (habitual), the officer's
# 'conveyor' quote; 'did not observe any Russian attacks in the Siversk direction' (negation); bombing Kostiantynivka
# 'nearly every day' (habitual) and the intent (assessment); trying to reach the Dnipropetrovsk border 'for weeks',
# 'if they cross it, the Kremlin will likely present' (conditional); 'did not attack near Khotin', 'most active in early
# June' (negation, history); attacks near Mala Tokmachka 'almost daily since early May' (habitual); the warning not to confuse the two Kamianskes;
# 'no confirmed advance … since the first week of June' (negation); the 'human safari' almost every day and the raids
# on the delta islands (habitual); the occupation decree on hospitals 'from July 1' (future administrative measure);
# the Kremlin spokesperson's quote (title-only), the line repeated 'since March'; Belarus: no activity (negation), the
# exercise in September (future).
STATEMENTS = [
    S("Serhii Movchan", "UA", "the missiles came last, after the drones had already made our crews show their positions",
      "Ukrainian Air Force spokesperson"),
    S("Dmytro Kostenko", "UA", "three men on motorcycles, then three more", "Ukrainian officer near Lyman"),
]
MUST_NOT = ["TIDEWATER CONFLICT RESEARCH",
            "About | Analysis | Daily Updates | Maps | Donate",
            "Daily Updates / Russia-Ukraine / June 2025",
            "By Marguerite Ossendorp, Kyrylo Vdovenko, Aled Prothero and the Tidewater Ukraine Team",
            "Jun 18, 2025 - 7:05 PM ET",
            "Click here to see the Tidewater interactive map of the war in Ukraine.",
            "Tidewater's daily updates are based on open sources. Endnotes appear in the full report.",
            "Support independent analysis of the war: give to Tidewater today",
            "Copyright 2025 Tidewater Conflict Research. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
