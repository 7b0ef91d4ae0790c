from common import E, L, R, C, N, W, S, gold

TITLE = "The front this week: minefields, not maps"
TEXT = """EASTLINE DEFENCE REVIEW
Analysis | Land | Air | Sea | Industry | Podcasts | Subscribe
FRONT-LINE REVIEW · WEEK 28
The front this week: minefields, not maps
Six weeks into Ukraine's summer offensive, the gains are measured in tree lines. Our weekly survey of the fighting from Kupiansk to the Dnipro.
By Martin Aske, land warfare editor · 15 July 2023 · 9 min read
This week's map: download the PDF (2.4 MB)

Six weeks after Ukraine began its summer counteroffensive, the front line on our maps has barely moved, and it would be easy to conclude that the offensive has failed. That conclusion is premature. The Ukrainian command has changed its method since the costly first days of June, when mechanised columns ran into dense minefields under Russian helicopters. Small assault groups now clear one tree line at a time, with artillery rather than armour doing most of the work. This is slower, cheaper in men and vehicles, and far less visible on a map. The question for the rest of the summer is whether it can wear down the Russian defence faster than Russia can rebuild it.

South: Zaporizhzhia and the Velyka Novosilka axis

The most visible progress of the week came south of Velyka Novosilka, where Ukrainian marines have been fighting their way down the Mokri Yaly river valley since June. On Tuesday, Ukrainian troops pushed into the southern part of Staromaiorske, according to geolocated footage published the same day. Russian forces counterattacked near Urozhaine on Wednesday and were repelled, the Ukrainian General Staff said. Neither village is large, but together they mark the deepest Ukrainian penetration on this axis so far.

Further west, on the Orikhiv axis, the picture is grimmer. Ukrainian assault groups attacked Russian positions west of Verbove on Thursday without confirmed gains. The first Russian defensive belt there lies several kilometres behind the forward positions, and the fields in front of it are mined so densely that sappers speak of three layers of mines on top of each other. "Every tree line south of Orikhiv is mined three times over, and the enemy remines it at night," said Captain Andrii Poliak, a spokesman for a Ukrainian brigade fighting in the sector. Russian artillery shelled Orikhiv itself on Friday, killing one civilian, according to the regional administration.

On Wednesday Ukrainian forces struck a Russian ammunition depot near occupied Vasylivka, according to the Ukrainian military; the Russian-installed authorities reported only a fire in an industrial zone. Attacks of this kind on Russian logistics in the south will matter more than any single village in the coming months.

Bakhmut

Around Bakhmut, the Ukrainian flanking attacks continue to make slow, steady progress. Over the past week, Ukrainian forces made confirmed gains south of the city near Kurdiumivka and now threaten the railway line that Russian units use as a defensive berm. Russian forces attacked west of Bakhmut near Khromove on Monday and northwest of it near Minkivka on Thursday, both times without success. Bakhmut has become a symbol for both sides, and both are paying a price for it out of proportion to its military value, much as the French and Germans did at Verdun in 1916.

Lyman and Kreminna

Russian forces attacked near Torske and south of Kreminna near Serebrianka on Wednesday. The forest around Kreminna has absorbed the attacks of both sides since last autumn, and our assessment remains that neither side can advance there without committing reserves it needs elsewhere.

Kupiansk

The Kupiansk axis is where Russia is trying to seize the initiative. Fighting near Dvorichna intensified this week, and the Russian Defence Ministry claimed on Thursday that its troops had advanced "up to one and a half kilometres" there. Ukrainian officials denied any Russian breakthrough. Ukrainian officials also say that Russia has massed more than 100,000 troops and 900 tanks in this direction, a figure we cannot confirm. If Russia commits those forces, the offensive could force Ukraine to move reserves from the south, which is probably the point.

Avdiivka and Marinka

Russian shelling of Avdiivka on Monday damaged the town's last working water pumping station, the city military administration said. In Marinka, where fighting in the ruins has gone on for more than a year, neither side reported a change this week. The ruined town is a reminder of what Bakhmut may look like by autumn.

Strikes

Russia launched 20 Shahed drones and two Kalibr cruise missiles at Ukraine on the night to Thursday. The air force said it shot down 16 of the drones and both missiles. Falling debris injured two people and damaged an apartment building in Mykolaiv, according to the regional governor.

Outlook

The Ukrainian offensive is best compared not with the armoured breakthroughs of 1944 but with the Allied battle in the Normandy hedgerows: a slow grind in which the attacker's advantage in artillery and patience eventually tells. Whether Ukraine has enough of both is the real question. Western stocks of 155mm ammunition will be tight by the end of the year unless production grows faster than planned, and the arrival of cluster munitions promised by Washington could ease the shortage for several months. We expect no dramatic change on the map in the coming two weeks, and we would treat any claims of a breakthrough, from either side, with caution. The coming fortnight will also show whether the new Ukrainian brigades trained in Europe are committed in the south or held back for a second push later in the summer.

Semyon Lavrov, a Russian war correspondent with a large following, wrote on Friday that "the Ukrainians have learned to attack without vehicles, and this is worse for us than the columns in June." We agree with him more than with the Russian Defence Ministry.

Next week: how Russia rebuilds its minefields. Sign up for the Eastline newsletter to get the review every Saturday.
Read next: Why helicopters still matter on the southern front
Eastline Defence Review is reader-supported. Become a member from £5 a month.
© 2023 Eastline Media Ltd. All rights reserved.
"""
DOC = {"id": "k04", "date": "2023-07-15", "source": "Eastline Defence Review",
       "url": "https://eastline-review.example/front-line-review/2023/week-28", "text": TEXT}

MON, TUE, WED, THU, FRI, SAT = ("2023-07-10", "2023-07-11", "2023-07-12", "2023-07-13", "2023-07-14", "2023-07-15")
EVENTS = [
    E("k04-1", "territory_change", TUE, L("Staromaiorske", 2, "southern part of Staromaiorske"), "UA", "RU",
      claimant="geolocated footage", note="'On Tuesday' in a Saturday review = 11 July; footage published the same day"),
    E("k04-2", "armed_clash", WED, L("Urozhaine", 2, "near Urozhaine"), "RU", "UA", claimant="Ukrainian General Staff",
      note="Russian counterattack repelled: actor1 RU (the attacker)"),
    E("k04-3", "armed_clash", THU, L("Verbove", 2, "west of Verbove"), "UA", "RU",
      note="Ukrainian assault without confirmed gains"),
    E("k04-4", "missile_artillery_strike", FRI, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("artillery")]),
    E("k04-5", "missile_artillery_strike", WED, L("Vasylivka", 2, "near Vasylivka"), "UA", "RU", family=["air_drone_strike"],
      note="Ukrainian strike on an ammunition depot, weapon not said (rule 4); occupation version 'a fire in an "
           "industrial zone' is the same event; Vasylivka of Zaporizhzhia oblast (686729)"),
    E("k04-6", "territory_change", SAT, L("Kurdiumivka", 2, "south of Bakhmut near Kurdiumivka"), "UA", "RU",
      prec="week", end=SAT, note="'Over the past week' = the seven days ending on publication: date = 9 July "
                                   "(set below), one advance, not an aggregate"),
    E("k04-7", "armed_clash", MON, L("Khromove", 2, "near Khromove"), "RU", "UA",
      note="'attacked west of Bakhmut near Khromove on Monday': Bakhmut is the reference town, not a clash place"),
    E("k04-8", "armed_clash", THU, L("Minkivka", 2, "near Minkivka"), "RU", "UA"),
    E("k04-9", "armed_clash", WED, L("Torske", 2, "near Torske"), "RU", "UA"),
    E("k04-10", "armed_clash", WED, L("Serebrianka", 2, "near Serebrianka"), "RU", "UA",
      note="'south of Kreminna near Serebrianka': Kreminna is the reference town"),
    E("k04-11", "armed_clash", SAT, L("Dvorichna", 2, "near Dvorichna"), "RU", "UA", prec="week", end=SAT,
      note="'Fighting near Dvorichna intensified this week': the fighting both sides report (claim + denial, blind4 "
           "call 4); week precision like 'over the past week'"),
    E("k04-12", "territory_change", THU, L("Dvorichna", 2, "near Dvorichna"), "RU", "UA", optional=True,
      claimant="Russian Defence Ministry", note="MoD claim of an advance 'up to one and a half kilometres', denied: "
                                                "optional"),
    E("k04-13", "military_mobilization", None, L("Kupiansk", 2, "Kupiansk direction"), "RU", None, prec="unknown",
      optional=True, note="'Russia has massed more than 100,000 troops' (unconfirmed, undated): optional"),
    E("k04-14", "missile_artillery_strike", MON, L("Avdiivka"), "RU", "UA", weapons=[W("artillery")],
      note="shelling damaged the last working pumping station (no outage stated, so no infrastructure event)"),
    E("k04-19", "armed_clash", "2023-06-01", L("Velyka Novosilka", 2, "Mokri Yaly valley south of Velyka Novosilka"),
      "UA", "RU", prec="range", end=SAT, optional=True,
      note="'have been fighting their way down the Mokri Yaly river valley since June': ongoing, vague, optional"),
    E("k04-15", "armed_clash", SAT, L("Marinka"), "RU", "UA", prec="week", end=SAT, optional=True,
      note="fighting in the ruins 'for more than a year', no change this week: ongoing, optional"),
    E("k04-16", "missile_artillery_strike", THU, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed", launched=N(20)), W("cruise_missile", "Kalibr", launched=N(2))],
      note="'on the night to Thursday' = 13 July; combined wave typed by its heaviest weapon"),
    E("k04-17", "interception", THU, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", "Shahed", intercepted=N(16)), W("cruise_missile", "Kalibr", intercepted=N(2))]),
    E("k04-18", "air_drone_strike", THU, L("Mykolaiv"), "RU", "UA", inj=N(2), parent="k04-16",
      family=["missile_artillery_strike"], note="falling debris of the wave (of drones or missiles, not said)"),
]
# 'over the past week' starts seven days before the end: 9 July 2023 (Sunday) to 15 July.
for e in EVENTS:
    if e["date_precision"] == "week":
        e["date"] = "2023-07-09"
STATEMENTS = [
    S("Andrii Poliak", "UA", "Every tree line south of Orikhiv is mined three times over", "brigade spokesman"),
    S("Semyon Lavrov", "RU", "the Ukrainians have learned to attack without vehicles", "Russian war correspondent"),
]
MUST_NOT = [
    "EASTLINE DEFENCE REVIEW",
    "Analysis | Land | Air | Sea | Industry | Podcasts | Subscribe",
    "FRONT-LINE REVIEW · WEEK 28",
    "By Martin Aske, land warfare editor · 15 July 2023 · 9 min read",
    "This week's map: download the PDF (2.4 MB)",
    "Next week: how Russia rebuilds its minefields. Sign up for the Eastline newsletter to get the review every Saturday.",
    "Read next: Why helicopters still matter on the southern front",
    "Eastline Defence Review is reader-supported. Become a member from £5 a month.",
    "© 2023 Eastline Media Ltd. All rights reserved.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
