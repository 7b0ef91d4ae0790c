from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, CLA, TER

TITLE = "Russia claims two villages near Siversk; Ukraine says its troops are still fighting in both"
TEXT = """CNW | CONTINENTAL NEWSWIRE
Latest | World | Politics | Conflict | Climate | Science | Sport
Your privacy choices: we and our 214 partners store and access information on your device for ads and measurement. Agree | Disagree | Options
Conflict › Ukraine
Russia claims two villages near Siversk; Ukraine says its troops are still fighting in both
Written by Tomasz Wrona · Additional reporting by Halyna Ostapenko in Kramatorsk
Published: October 22, 2025 at 3:18 p.m. CEST | Last updated: October 22, 2025 at 6:02 p.m. CEST
KRAMATORSK, Ukraine, Oct 22 (CNW) — Russia's defence ministry said on Wednesday that its forces had captured Serebrianka, a village in the pine forests north-east of Siversk, a day after it claimed to have taken Zvanivka, which lies south of the same town. Ukraine's military denied both claims.

"Serebrianka is not taken. Our infantry holds the northern half of the village, and the fighting there has not stopped for a single day," Oleksandr Bilyk, a spokesperson for the Ukrainian operational group in the area, told CNW by phone on Wednesday.

As for Zvanivka, the General Staff in Kyiv said that a Russian assault on the village had been repelled on Tuesday night and the attackers pushed back towards the railway line. Neither side's account could be independently verified.
Interactive map: Siversk and the villages named in this report
Graphic: CNW Graphics · Source: open-source footage
Siversk, a town of about 11,000 people before the war, sits at the tip of a salient that Russian commanders have been trying to cut off since the spring.

Ukraine has reported gains of its own. On Monday, a Ukrainian assault brigade published drone footage of its soldiers raising a flag over the village council building in Dronivka, on the bank of the Siverskyi Donets, and said it had cleared the village of Russian troops. Moscow has not commented.

Further north, around Lyman, the General Staff counted 14 Russian assaults over the past day. The heaviest, it said, came near Torske, Zarichne and Yampil, and all of them were beaten back.

"The Russians announce a village every week, and every week some of those villages turn out to be a farm at the edge of the map," said Ewa Jarecka, a military analyst at the Amber Defence Forum in Gdańsk. "What matters for Siversk is the road to Sloviansk. If it comes under fire control, the garrison will have to be supplied across the fields."

Behind the front line, Russian aircraft and drones kept up the pressure on the towns that supply it. A glide bomb struck an industrial site in Kramatorsk on Wednesday afternoon, injuring three workers, the city's military administration said.

On Tuesday evening, a first-person-view drone hit a volunteer evacuation van on the road near Raihorodok, killing the driver, a 41-year-old volunteer from Kharkiv. The two elderly passengers he was taking out of the area were unhurt.

In the occupied part of the Luhansk region, the Russian-installed authorities said Ukrainian shelling had wounded two women in Lysychansk on Wednesday morning.

The Kremlin's spokesman said on Wednesday that the "special military operation" would continue until its goals were achieved.
Topics: Ukraine war, Siversk, Donetsk region, Russia
Share this article: X | Facebook | WhatsApp | Copy link
Most read on CNW
Oil slips as US crude stockpiles rise for a third week
Moldova's new government: what changes for the Transnistria talks
CNW Morning Briefing: the day's top stories in your inbox at 7 a.m. Sign up
© Continental Newswire 2025. Redistribution without written permission is prohibited.
"""
DOC = {"id": "lj03", "date": "2025-10-22", "source": "Continental Newswire (CNW, international wire)",
       "url": "https://cnw.example/conflict/ukraine/russia-claims-villages-siversk-2025-10-22", "text": TEXT}

D, TUE, MON = "2025-10-22", "2025-10-21", "2025-10-20"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("lj03-1", TER, D, L("Serebrianka"), "RU", "UA", claimant="Russian Ministry of Defence",
      evidence="Russia's defence ministry said on Wednesday that its forces had captured Serebrianka",
      note="capture claim, required on the claim day (Wednesday = publication day) though Ukraine denies it (blind53 "
           "call 5); Serebrianka 694494 (Donetsk oblast, north-east of Siversk)"),
    E("lj03-2", CLA, D, L("Serebrianka"), "RU", "UA", claimant="Ukrainian operational group",
      evidence="Our infantry holds the northern half of the village, and the fighting there has not stopped for a single day",
      note="the denial told on Wednesday: 'the fighting there has not stopped' -> a clash in the village that day "
           "(blind49 call 8); the attacker RU"),
    E("lj03-3", TER, TUE, L("Zvanivka"), "RU", "UA", claimant="Russian Ministry of Defence",
      evidence="a day after it claimed to have taken Zvanivka",
      note="'a day after it claimed to have taken Zvanivka' -> the claim of Tuesday 21 Oct (claim day), required "
           "though denied; Zvanivka 686808, south of Siversk"),
    E("lj03-4", CLA, TUE, L("Zvanivka"), "RU", "UA", claimant="Ukrainian General Staff",
      evidence="a Russian assault on the village had been repelled on Tuesday night",
      note="'a Russian assault … repelled on Tuesday night' -> clash on 21 Oct (Tuesday night = Tuesday), RU attacking"),
    E("lj03-5", TER, MON, L("Dronivka"), "UA", "RU", claimant="Ukrainian assault brigade",
      evidence="said it had cleared the village of Russian troops",
      note="'On Monday, a Ukrainian assault brigade published drone footage … and said it had cleared the village': "
           "UA regains the village, dated by the Monday claim (20 Oct); Dronivka 709604 on the Siverskyi Donets"),
    E("lj03-6", CLA, TUE, H("Torske", "near Torske"), "RU", "UA", agg=False, claimant="Ukrainian General Staff", **PAST,
      evidence="The heaviest, it said, came near Torske, Zarichne and Yampil, and all of them were beaten back",
      note="'over the past day … near Torske, Zarichne and Yampil … beaten back': one clash per named place (blind49 "
           "call 8), past-day range 21-22 Oct, near X -> precision 2"),
    E("lj03-7", CLA, TUE, H("Zarichne", "near Zarichne"), "RU", "UA", claimant="Ukrainian General Staff", **PAST,
      evidence="The heaviest, it said, came near Torske, Zarichne and Yampil, and all of them were beaten back",
      note="as lj03-6; Zarichne 705808 (Donetsk oblast, east of Lyman), not the Rivne or Dnipropetrovsk namesakes"),
    E("lj03-8", CLA, TUE, H("Yampil", "near Yampil"), "RU", "UA", claimant="Ukrainian General Staff", **PAST,
      evidence="The heaviest, it said, came near Torske, Zarichne and Yampil, and all of them were beaten back",
      note="as lj03-6; Yampil 688505 (Donetsk oblast, south-east of Lyman), not the Vinnytsia, Sumy or Khmelnytskyi towns"),
    E("lj03-9", CLA, TUE, H("Lyman", "around Lyman"), "RU", "UA", agg=True, optional=True,
      claimant="Ukrainian General Staff", **PAST,
      evidence="around Lyman, the General Staff counted 14 Russian assaults over the past day",
      note="sector count '14 Russian assaults over the past day' around Lyman -> optional aggregate (blind50 call 5)"),
    E("lj03-10", ADS, D, L("Kramatorsk"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      evidence="A glide bomb struck an industrial site in Kramatorsk on Wednesday afternoon, injuring three workers",
      note="glide bomb = air_drone_strike (ANNOTATION 4), Wednesday = 22 Oct, 3 injured"),
    E("lj03-11", ADS, TUE, H("Raihorodok", "road near Raihorodok"), "RU", "UA", fat=N(1), inj=N(0),
      weapons=[W("drone")],
      evidence="On Tuesday evening, a first-person-view drone hit a volunteer evacuation van on the road near Raihorodok",
      note="'On Tuesday evening' -> 21 Oct; the driver killed, 'The two elderly passengers … were unhurt' -> injured an "
           "exact 0; road near X -> precision 2; Raihorodok 695762 (Donetsk oblast)"),
    E("lj03-12", MAS, D, L("Lysychansk"), "UA", None, inj=N(2), weapons=[W("artillery")],
      claimant="Russian-installed authorities of the Luhansk region",
      evidence="Ukrainian shelling had wounded two women in Lysychansk on Wednesday morning",
      note="an occupation authority's claim keeps the claimed attacker UA with actor2 null (blind53 call 5); "
           "Lysychansk is in the Luhansk oblast (UA-09)"),
]
# Not events: 'Ukraine's military denied both claims' (denials; their content is lj03-2 and lj03-4), the salient 'since
# the spring' (history), 'Moscow has not commented' (negation), the analyst's 'If it comes under fire control …'
# (conditional), the Kremlin's 'would continue' (statement of intent). The map widget title and graphic credit are
# furniture.
STATEMENTS = [
    S("Oleksandr Bilyk", "UA", "Serebrianka is not taken", "spokesperson, Ukrainian operational group"),
    S("Ewa Jarecka", None, "some of those villages turn out to be a farm at the edge of the map",
      "military analyst, Amber Defence Forum"),
    S("Ewa Jarecka", None, "the garrison will have to be supplied across the fields",
      "military analyst, Amber Defence Forum"),
]
# Not gold: the Kremlin spokesman's "special military operation" (title only, fragment).
MUST_NOT = ["Topics: Ukraine war, Siversk, Donetsk region, Russia",
            "CNW | CONTINENTAL NEWSWIRE", "Latest | World | Politics | Conflict | Climate | Science | Sport",
            "Your privacy choices: we and our 214 partners store and access information on your device for ads and "
            "measurement. Agree | Disagree | Options",
            "Conflict › Ukraine", "Written by Tomasz Wrona · Additional reporting by Halyna Ostapenko in Kramatorsk",
            "Published: October 22, 2025 at 3:18 p.m. CEST | Last updated: October 22, 2025 at 6:02 p.m. CEST",
            "Interactive map: Siversk and the villages named in this report",
            "Graphic: CNW Graphics · Source: open-source footage",
            "Share this article: X | Facebook | WhatsApp | Copy link", "Most read on CNW",
            "Oil slips as US crude stockpiles rise for a third week",
            "Moldova's new government: what changes for the Transnistria talks",
            "CNW Morning Briefing: the day's top stories in your inbox at 7 a.m. Sign up",
            "© Continental Newswire 2025. Redistribution without written permission is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
