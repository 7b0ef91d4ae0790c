from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, TER, REX

TITLE = "Front Brief: Russian Offensive Operations, 13 November 2024"
TEXT = """ARDENT LINE RESEARCH
About | Front Briefs | Maps | Datasets | Contact
Front Briefs › 2024 › November
Front Brief: Russian Offensive Operations, 13 November 2024
By the Ardent Line Ukraine team · 13 November 2024 · 19:30 CET
⬇ PDF | ✉ Get the Front Brief by e-mail
Information cut-off: 13:00 CET on 13 November. Events after the cut-off will appear in the next brief.

Summary points
• Russian forces struck Ukraine with ballistic and cruise missiles and Shahed drones overnight on November 12 to 13; missile fragments injured three people in Kyiv.
• Ukrainian drones hit the Ryazan oil refinery on the night of November 11 to 12.
• Russian forces recently advanced in central Toretsk and in eastern Kurakhove.
• Russian forces regained ground near Korenevo in Kursk Oblast.
• The Kremlin continues to present any ceasefire as conditional on a Ukrainian withdrawal from four oblasts.

Russian Strike Campaign
Russian forces launched three Iskander-M ballistic missiles, two Kh-59 cruise missiles and 74 Shahed and decoy drones against Ukraine overnight on November 12 to 13, according to the Ukrainian Air Force. Ukrainian air defence downed one of the Kh-59s and 51 of the drones. None of the three ballistic missiles was intercepted, the Air Force said, and a further 20 drones were "lost in location," the Air Force's formula for decoys suppressed by electronic warfare. Kyiv city officials reported that fragments of a ballistic missile fell in the Desnianskyi district and injured three people.

Russian forces have conducted large combined strikes at roughly weekly intervals since late September. Ardent Line assesses that Moscow is likely accumulating missiles for a larger strike against the Ukrainian energy grid once temperatures fall, as it did in November and December 2022 and again in the winter of 2023 to 2024. The proportion of decoy drones in each package continues to grow.

Ukrainian Strikes against Russia
Ukrainian drones struck the Ryazan oil refinery in Ryazan City on the night of November 11 to 12. The Ukrainian General Staff stated that the strike hit a vacuum distillation unit. The Ryazan Oblast governor claimed that air defence shot the drones down and that falling debris damaged the refinery's perimeter fence and injured one man. Geolocated footage shows a large fire inside the refinery. The Russian Ministry of Defence (MoD) claimed that Russian forces downed 34 Ukrainian drones over Russia that night, including nine over Ryazan Oblast. The refinery had been struck twice before this year, in the spring, and Ardent Line continues to assess that Ukraine's strike campaign against Russian refining will intensify as Ukrainian drone production grows.

Kursk Oblast
Russian forces recently regained ground near Korenevo. Geolocated footage published on November 12 shows Russian infantry raising a flag over a farm southwest of Korenevo, indicating an advance of roughly one and a half kilometres. Fighting continued northeast of Sudzha on November 12. A spokesperson for a Ukrainian battalion operating in the area, Maksym Zhuravel, said that Russian assault groups "arrive in waves of ten to fifteen men, and we meet every wave in the tree lines." Ukrainian officials have said that North Korean troops are deployed in the oblast, but Ardent Line cannot confirm their participation in these particular assaults.

Kupiansk Direction
Russian forces attacked south of Kupiansk near Kruhliakivka and Zahryzove on November 12 but did not advance. The Russian MoD claimed on November 13 that Russian forces had "liberated" Zahryzove; Ardent Line has observed no footage to support the claim, and Ukrainian officials stated that their forces still hold the village. Further northeast, Russian forces attacked near Novoiehorivka, northeast of Kupiansk, on November 11 and 12. Russian forces would have to cross the Oskil River in strength to threaten Kupiansk from the west, and Ardent Line has not observed preparations for such a crossing.

Lyman Direction
Russian forces continued assaults northeast of Lyman near Terny and Torske on November 11 and 12. A Russian milblogger, Artyom Kozlov, claimed that "our guys are already in the first houses of Torske," but Ardent Line has not observed confirmation of the claim. Ukrainian forces have held the Terny-Torske line since the autumn of 2022, and the wooded terrain favours the defender.

Siversk Direction
Russian forces attacked east of Siversk near Bilohorivka on November 12. Ardent Line observed no changes to the front line in the Siversk direction.

Toretsk Direction
Russian forces recently advanced in central Toretsk. Geolocated footage published on November 12 shows Russian servicemen moving along a street near the town hospital, indicating a recent advance into the centre. Russian forces also attacked within Toretsk and west of Toretsk near Shcherbynivka on November 12. Russian sources continue to call Toretsk by its Soviet-era name, Dzerzhinsk, and the Russian MoD claimed on November 12 that Russian forces control "more than 80 percent of Dzerzhinsk." Ardent Line assesses this claim as exaggerated.

Pokrovsk Direction
Russian forces attacked east of Pokrovsk near Myrnohrad on November 12 but made no confirmed gains. Russian milbloggers, who refer to Pokrovsk as Krasnoarmeysk, claimed that Russian forces are within three kilometres of the town's southern outskirts. Russian forces struck Dobropillia with guided glide bombs on November 12, killing one civilian and injuring four, according to the head of the Donetsk Oblast Military Administration. Russian forces have intensified glide bomb strikes against Pokrovsk and its logistics routes since October, and Ardent Line assesses that the Russian command intends to isolate the town before attempting a frontal assault.

Kurakhove Direction
Russian forces recently advanced in eastern Kurakhove. Geolocated footage published on November 13 shows Russian servicemen clearing apartment blocks on the eastern edge of the town. Russian forces also attacked northeast of Kurakhove near Kurakhivka on November 12 and 13. Russian forces may attempt to encircle Ukrainian forces in Kurakhove from the north and south in the coming weeks, though such an operation would require more manpower than Russian forces have so far committed to the direction.

Vremivka Direction
Russian forces attacked near Velyka Novosilka on November 11 and 12. Russian forces are advancing slowly along the Mokri Yaly River, and their gains near the town since September have been incremental.

Zaporizhzhia Direction
Russian forces attacked southeast of Orikhiv near Mala Tokmachka on November 12 but did not advance. Russian guided glide bombs struck Zaporizhzhia City on November 12, killing two civilians and injuring 11, according to the Zaporizhzhia Oblast Military Administration.

Kherson Direction
The Kherson Oblast Military Administration reported that a Russian drone struck a city bus in the Dniprovskyi district of Kherson City on November 12, injuring four passengers. Russian forces strike Kherson City and the right-bank settlements with first-person view drones almost every day, a practice local residents call a "human safari."

Activities in Russian-Occupied Areas
A Ukrainian partisan group, Chornyi Dym, claimed on November 12 that its members blew up a railway relay cabinet near Melitopol on the night of November 10 to 11, halting rail traffic toward Crimea for several hours. Ardent Line cannot independently verify the claim. Russian occupation authorities continue to detain residents accused of passing information to Ukrainian forces.

Kremlin Messaging
The Kremlin spokesperson stated on November 12 that Russia "is ready for talks, but on the basis of the realities that have emerged." Ardent Line continues to assess that the Kremlin uses the language of negotiations to slow Western military assistance while it pursues its offensive.

Belarus
Ardent Line observed no significant changes in the posture of Belarusian forces near the Ukrainian border.
Citations for this brief are collected in the PDF edition.
Ardent Line Research is funded by its readers and by the foundations listed on our transparency page.
© 2024 Ardent Line Research · Reuse permitted under CC BY-NC 4.0
"""
DOC = {"id": "ky06", "date": "2024-11-13", "source": "Ardent Line Research (think tank, daily front brief)",
       "url": "https://ardentline.example/briefs/2024/11/13/russian-offensive-operations", "text": TEXT}

D, Y, Y2 = "2024-11-13", "2024-11-12", "2024-11-11"
WAVE = "ky06-1"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(3)), W("cruise_missile", "Kh-59", launched=N(2)),
               W("drone", "Shahed-136", launched=N(74))],
      note="'overnight on November 12 to 13' in the 13 Nov brief = 13 Nov (the night's later day); one combined wave "
           "typed by the missiles; the first summary point repeats it"),
    E("ky06-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE,
      weapons=[W("cruise_missile", intercepted=N(1)), W("drone", intercepted=N(51)),
               W("ballistic_missile", intercepted=N(0))],
      note="'downed one of the Kh-59s and 51 of the drones. None of the three ballistic missiles was intercepted' "
           "(an exact 0); the 20 'lost in location' are not intercepted"),
    E("ky06-3", MAS, D, L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(3), weapons=[W("ballistic_missile")],
      note="'fragments of a ballistic missile fell in the Desnianskyi district and injured three people' (= the city)"),
    E("ky06-4", ADS, Y, L("Ryazan"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="'on the night of November 11 to 12' = 12 Nov; the General Staff's hit and the governor's 'debris … "
           "injured one man' are one event with the governor's count; the summary point and the footage repeat it"),
    E("ky06-5", INT, Y, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(34))], claimant="Russian MoD",
      note="MoD: 34 drones downed over Russia 'that night' (11 to 12 Nov)"),
    E("ky06-6", INT, Y, R("RU-RYA", "Ryazan Oblast"), "RU", "UA", parent="ky06-5",
      weapons=[W("drone", intercepted=N(9))], claimant="Russian MoD",
      note="'including nine over Ryazan Oblast': a region with a count (required)"),
    E("ky06-7", ADS, Y, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional (blind37 call 5)"),
    E("ky06-8", TER, Y, H("Korenevo", "southwest of Korenevo"), "RU", "UA",
      note="'Geolocated footage published on November 12 shows Russian infantry raising a flag over a farm southwest "
           "of Korenevo': an advance the page states, dated by the footage, precision 2; the summary point repeats it"),
    E("ky06-9", CLA, Y, H("Sudzha", "northeast of Sudzha"), "RU", "UA",
      note="'Fighting continued northeast of Sudzha on November 12': a clash in Kursk Oblast with Russian forces "
           "attacking (the battalion spokesperson's 'assault groups'); precision 2"),
    E("ky06-10", CLA, Y, H("Kruhliakivka", "near Kruhliakivka"), "RU", "UA",
      note="'attacked south of Kupiansk near Kruhliakivka and Zahryzove on November 12': one clash per place"),
    E("ky06-11", CLA, Y, H("Zahryzove", "near Zahryzove"), "RU", "UA", note="the second place of the same sentence"),
    E("ky06-12", TER, D, L("Zahryzove"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="MoD claim 'on November 13' that Zahryzove was 'liberated', no footage, denied by Ukrainian officials: an "
           "unconfirmed capture claim in an assessment -> optional (blind42 call 1)"),
    E("ky06-13", CLA, Y2, H("Novoiehorivka", "near Novoiehorivka"), "RU", "UA", prec="range", end=Y,
      note="'near Novoiehorivka, northeast of Kupiansk, on November 11 and 12': range from the first day; the "
           "Kharkiv-oblast Novoiehorivka 699013"),
    E("ky06-14", CLA, Y2, H("Terny", "near Terny"), "RU", "UA", prec="range", end=Y,
      note="'northeast of Lyman near Terny and Torske on November 11 and 12': the nearby town makes it the Donetsk-oblast "
           "Terny 691608 (not the Dnipropetrovsk or Sumy villages); range, precision 2"),
    E("ky06-15", CLA, Y2, H("Torske", "near Torske"), "RU", "UA", prec="range", end=Y,
      note="the second place of the same sentence"),
    E("ky06-16", TER, Y, H("Torske", "first houses of Torske"), "RU", "UA", optional=True, claimant="Artyom Kozlov",
      note="the milblogger's 'our guys are already in the first houses of Torske', not confirmed: optional; no day of "
           "its own -> the assault day"),
    E("ky06-17", CLA, Y, H("Bilohorivka", "near Bilohorivka"), "RU", "UA",
      note="'east of Siversk near Bilohorivka on November 12' (the Luhansk-oblast Bilohorivka 712588)"),
    E("ky06-18", TER, Y, L("Toretsk"), "RU", "UA",
      note="'Geolocated footage published on November 12 shows Russian servicemen … near the town hospital, "
           "indicating a recent advance into the centre': within the town -> precision 1, dated by the footage"),
    E("ky06-19", CLA, Y, L("Toretsk"), "RU", "UA", note="'attacked within Toretsk … on November 12'"),
    E("ky06-20", CLA, Y, H("Shcherbynivka", "near Shcherbynivka"), "RU", "UA",
      note="'west of Toretsk near Shcherbynivka on November 12'"),
    E("ky06-21", TER, Y, L("Toretsk", name="Toretsk (Dzerzhinsk)"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="the MoD's 'more than 80 percent of Dzerzhinsk' (the Soviet-era name of Toretsk) on November 12, judged "
           "exaggerated: a control claim, optional"),
    E("ky06-22", CLA, Y, H("Myrnohrad", "near Myrnohrad"), "RU", "UA",
      note="'attacked east of Pokrovsk near Myrnohrad on November 12 but made no confirmed gains'"),
    E("ky06-23", ADS, Y, L("Dobropillia"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("guided_bomb")],
      note="guided glide bombs on Dobropillia on November 12, 1 killed 4 injured (the town 709900)"),
    E("ky06-24", TER, D, L("Kurakhove"), "RU", "UA",
      note="'Geolocated footage published on November 13 shows Russian servicemen clearing apartment blocks on the "
           "eastern edge of the town': an advance the page states, dated by the footage, within the town"),
    E("ky06-25", CLA, Y, H("Kurakhivka", "near Kurakhivka"), "RU", "UA", prec="range", end=D,
      note="'northeast of Kurakhove near Kurakhivka on November 12 and 13': range from the first day"),
    E("ky06-26", CLA, Y2, H("Velyka Novosilka", "near Velyka Novosilka"), "RU", "UA", prec="range", end=Y,
      note="'attacked near Velyka Novosilka on November 11 and 12'"),
    E("ky06-27", CLA, Y, H("Mala Tokmachka", "near Mala Tokmachka"), "RU", "UA",
      note="'southeast of Orikhiv near Mala Tokmachka on November 12 but did not advance'"),
    E("ky06-28", ADS, Y, L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(11), weapons=[W("guided_bomb")],
      note="guided glide bombs on Zaporizhzhia City on November 12, 2 killed 11 injured"),
    E("ky06-29", ADS, Y, L("Kherson"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="a drone on a city bus in the Dniprovskyi district on November 12, four passengers injured"),
    E("ky06-30", REX, Y2, H("Melitopol", "near Melitopol"), "UA", "RU", claimant="Chornyi Dym",
      note="partisans 'blew up a railway relay cabinet near Melitopol on the night of November 10 to 11' = 11 Nov: "
           "sabotage by explosives = remote_explosive of UA in occupied territory; a claimed event with a day"),
    E("ky06-31", DIS, Y2, H("Melitopol", "near Melitopol"), "UA", "RU", parent="ky06-30", optional=True,
      note="'halting rail traffic toward Crimea for several hours': the partisans' own claim only -> optional "
           "(blind41 call 6)"),
]
# Not events: the summary points (repeat the body); the Kremlin's ceasefire framing (summary point) and the spokesperson's
# 'is ready for talks' (title-only statement, assessment); the 20 drones 'lost in location'; combined strikes 'at roughly
# weekly intervals since late September' (habitual), 'likely accumulating missiles … once temperatures fall' (forecast),
# the strikes of November and December 2022 and the winter of 2023 to 2024 (history without days), the growing share of
# decoys (trend); the refinery 'struck twice before this year, in the spring' (history), 'will intensify' (forecast);
# North Korean troops 'deployed in the oblast' (standing claim, not confirmed for these assaults); 'would have to cross the
# Oskil River … has not observed preparations' (conditional, negation); 'have held the Terny-Torske line since the autumn
# of 2022' (history); 'no changes to the front line in the Siversk direction' (negation); the milbloggers' 'within three
# kilometres' of Krasnoarmeysk (= Pokrovsk; a distance claim, no event); glide bombs on Pokrovsk 'since October' and the
# intention to isolate the town (habitual, assessment); 'may attempt to encircle … in the coming weeks' (forecast);
# incremental gains near Velyka Novosilka 'since September' (trend); daily drone strikes on Kherson, the 'human safari'
# (habitual, a term in quotes); detentions of residents by occupation authorities (habitual, no day or place); Belarus
# (negation).
STATEMENTS = [
    S("Maksym Zhuravel", "UA", "arrive in waves of ten to fifteen men", "spokesperson, Ukrainian battalion in Kursk Oblast"),
    S("Artyom Kozlov", "RU", "our guys are already in the first houses of Torske", "Russian milblogger"),
]
MUST_NOT = ["ARDENT LINE RESEARCH", "About | Front Briefs | Maps | Datasets | Contact", "Front Briefs › 2024 › November",
            "By the Ardent Line Ukraine team · 13 November 2024 · 19:30 CET", "⬇ PDF | ✉ Get the Front Brief by e-mail",
            "Citations for this brief are collected in the PDF edition.",
            "Ardent Line Research is funded by its readers and by the foundations listed on our transparency page.",
            "© 2024 Ardent Line Research · Reuse permitted under CC BY-NC 4.0"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
