from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, CLA, TER, POL

TITLE = "The week on the Oskil: Kupiansk holds, but the villages around it keep changing hands"
TEXT = """KHARKIV OBSERVER
Front | City | Region | Economy | Culture | Ukrainian version
WEEK ON THE OSKIL
The week on the Oskil: Kupiansk holds, but the villages around it keep changing hands
Our Sunday round-up of the fighting around Kupiansk and Borova, the bombing of the towns behind it, and what comes next
By Andrii Kovalenko, Kupiansk district
Sunday 24 November 2024 · 11 min read
Listen to this article
Seven days, one river. For most of this week the fighting around Kupiansk was about the Oskil: Russian commanders trying to get men and vehicles across it, Ukrainian drone crews trying to stop them, and the villages on both banks paying for it. Kupiansk itself, liberated in September 2022 and shelled almost every day since, did not fall and was not seriously threatened, officers told the Observer. But the ring of villages around it is thinner than it was a month ago.

The ground war
The week began with an attack from the north. On Monday morning Russian infantry, supported by two armoured vehicles, went for Ukrainian positions near Kindrashivka, a village a few kilometres north of Kupiansk. The assault was repelled, the brigade holding the sector said, and both vehicles were hit by drones before they reached the tree line.

"They are not trying to break through any more. They are trying to wear us out, one small group after another," said Major Oleh Kalyna, a spokesman for the brigade. "Every day we stop them, and every day there is a new group."

On Tuesday, Russia's defence ministry announced that its troops had "liberated" Kruhliakivka, a village on the east bank of the Oskil south of Kupiansk. Ukrainian officers rejected the claim, and on Saturday Kalyna said there was still fighting in the village's streets, with neither side in full control of it.

Further east, Ukrainian troops clawed something back. Geolocated footage published on Wednesday showed Ukrainian soldiers in positions on the north-western edge of Petropavlivka, which had been lost in October. It was the first visible Ukrainian gain in the sector for several weeks.

On Thursday night, a Ukrainian drone unit said it had destroyed a pontoon crossing that Russian engineers had laid across the Oskil near Dvorichna, together with a truck that was driving onto it. The unit published a video of the strike; the Observer could not verify when it was filmed.

South of the town, near Zahryzove, Russian troops tried to push forward on Friday and again on Saturday, according to the brigade. Both attempts were stopped short of the village.

From the air
The deadliest strike of the week fell on Kupiansk itself. On Monday afternoon, two guided bombs hit the central square, next to the building of the former cinema, killing a 71-year-old woman and injuring three other people, the regional governor said. It was the second deadly strike on the town in two days: last Sunday, shelling hit a bakery on Sobornosti Street and killed two workers.

On Wednesday, an FPV drone found the car of a volunteer evacuation team near Borova. One volunteer was killed and another was wounded. Anastasiia Lytvyn, who coordinates the group's trips, said they had driven the same road for months without being targeted.

"We had the red crosses on the doors and a sign on the roof. The drone operator could see exactly who we were," Lytvyn said. "That is what frightens me most."

The next day, Thursday, artillery hit the railway station at Kupiansk-Vuzlovyi, wounding a railway worker, and two guided bombs fell on Shevchenkove, where a man was killed in his garden.

Behind the lines, on Friday morning, an Iskander-M ballistic missile struck an industrial site in Balakliia, injuring three people. Balakliia, some 60 kilometres west of the front, had been spared for most of the autumn.

By the regional governor's count, Russian aircraft dropped more than 320 guided bombs on the Kharkiv region in the seven days to Sunday, most of them on the districts along the Oskil. Overnight into Sunday, ten drones were shot down over the region, he said.

Across the border
On Saturday, Ukraine's general staff said drones had hit an ammunition depot near Valuyki, a railway town in Russia's Belgorod region through which supplies reach Russian units facing Kupiansk. The Belgorod governor, describing the same night, wrote that fragments of a drone had injured a man on the outskirts of Valuyki; he did not mention a depot.

Behind the front
On Thursday, families with children in 11 villages of the Kupiansk hromada were placed under a compulsory evacuation order by the regional military administration. About 2,400 people still live in Kupiansk, down from 27,000 before the full-scale invasion, according to the town's military administration; officials say fewer than 100 of them are children.

Numbers of the week
174: Russian assaults in the Kupiansk sector between Monday and Sunday, according to the brigade figures collected by the Observer.
320+: guided bombs dropped on the Kharkiv region.
11: villages under the new evacuation order.
3: times this week the water supply in Kupiansk-Vuzlovyi was cut and restored.

What to watch
Kristof Varga, a military analyst at the Pannonia Defence Forum in Budapest, expects Russia to keep pressing south of Kupiansk rather than in the town. "If Russian troops reach the river bank everywhere between Kruhliakivka and the town, Kupiansk will be supplied only by dirt roads," he said. "That would be the moment to worry."

A new round of evacuations is scheduled for Tuesday, and the regional authorities have said they may widen the order to the Borova hromada if the attacks there continue.
Read more: Kupiansk's last bakery closes after Sunday strike
Support independent journalism from Kharkiv: become a member of the Observer
Tags: Kupiansk, Borova, Oskil, Kharkiv region
© 2024 Kharkiv Observer. All rights reserved.
"""
DOC = {"id": "la03", "date": "2024-11-24", "source": "Kharkiv Observer (Ukrainian regional site in English, weekly round-up)",
       "url": "https://kharkivobserver.example/front/2024/11/24/week-on-the-oskil-kupiansk",
       "text": TEXT}

MON, TUE, WED, THU, FRI, SAT, SUN = ("2024-11-18", "2024-11-19", "2024-11-20", "2024-11-21", "2024-11-22",
                                     "2024-11-23", "2024-11-24")
EVENTS = [
    E("la03-1", CLA, MON, H("Kindrashivka", "near Kindrashivka"), "RU", "UA",
      note="'On Monday morning Russian infantry … went for Ukrainian positions near Kindrashivka … The assault was "
           "repelled': clash, near X = precision 2 (Kindrashivka 705175, north of Kupiansk)"),
    E("la03-2", TER, TUE, L("Kruhliakivka"), "RU", "UA", optional=True, claimant="Russian Defence Ministry",
      note="the MoD's Tuesday claim that its troops 'liberated' Kruhliakivka, rejected by Ukrainian officers and "
           "contradicted by fighting on Saturday: a contested claim -> optional (blind42 ks03-15)"),
    E("la03-3", CLA, SAT, L("Kruhliakivka"), "RU", "UA",
      note="'on Saturday Kalyna said there was still fighting in the village's streets': a clash within the village "
           "(precision 1) on Saturday"),
    E("la03-4", TER, WED, H("Petropavlivka", "north-western edge of Petropavlivka"), "UA", "RU",
      note="'Geolocated footage published on Wednesday showed Ukrainian soldiers in positions on the north-western "
           "edge of Petropavlivka': a Ukrainian gain dated by the footage (blind42 call 1); edge = precision 2; "
           "Petropavlivka 697421 (Kharkiv oblast, east of Kupiansk); 'lost in October' has no day"),
    E("la03-5", ADS, THU, H("Dvorichna", "Oskil near Dvorichna"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian drone unit",
      note="'On Thursday night, a Ukrainian drone unit said it had destroyed a pontoon crossing … near Dvorichna': a "
           "claimed strike on Russian forces, dated Thursday (the night named by its day)"),
    E("la03-6", CLA, FRI, H("Zahryzove", "near Zahryzove"), "RU", "UA", end=SAT, prec="range",
      note="'near Zahryzove, Russian troops tried to push forward on Friday and again on Saturday … stopped': one "
           "clash, range from the first day"),
    E("la03-7", ADS, MON, L("Kupiansk"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("guided_bomb", launched=N(2))],
      note="'On Monday afternoon, two guided bombs hit the central square … killing a 71-year-old woman and injuring "
           "three'"),
    E("la03-8", MAS, "2024-11-17", L("Kupiansk"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="'last Sunday, shelling hit a bakery on Sobornosti Street and killed two workers': recalled with a day "
           "(Sunday 17 Nov, the Sunday before the publication Sunday) -> required; shelling = artillery"),
    E("la03-9", ADS, WED, H("Borova", "near Borova"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("drone")],
      note="'On Wednesday, an FPV drone found the car of a volunteer evacuation team near Borova': 1 killed, 1 "
           "wounded; Borova 711623 (Kharkiv oblast), not the Kyiv-oblast Borova"),
    E("la03-10", MAS, THU, L("Kupiansk-Vuzlovyi"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'The next day, Thursday, artillery hit the railway station at Kupiansk-Vuzlovyi, wounding a railway "
           "worker' (the station town itself)"),
    E("la03-11", ADS, THU, L("Shevchenkove"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb", launched=N(2))],
      note="'and two guided bombs fell on Shevchenkove, where a man was killed' (same Thursday); Shevchenkove 694137 "
           "(Kharkiv oblast)"),
    E("la03-12", MAS, FRI, L("Balakliia"), "RU", "UA", inj=N(3),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="'on Friday morning, an Iskander-M ballistic missile struck an industrial site in Balakliia, injuring "
           "three'"),
    E("la03-13", ADS, MON, R("UA-63", "Kharkiv region"), "RU", "UA", end=SUN, prec="week", agg=True,
      weapons=[W("guided_bomb", launched=N(320, "at_least"))],
      note="'Russian aircraft dropped more than 320 guided bombs on the Kharkiv region in the seven days to Sunday': "
           "the round-up's week tally said on the publication Sunday -> required week aggregate (blind42 ks04, "
           "blind45 kv10), at region level; the 'Numbers of the week' line repeats it"),
    E("la03-14", INT, SUN, R("UA-63", "Kharkiv region"), "UA", "RU", weapons=[W("drone", intercepted=N(10))],
      note="'Overnight into Sunday, ten drones were shot down over the region': a region with its own count"),
    E("la03-15", ADS, SAT, H("Valuyki", "near Valuyki"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Ukrainian General Staff; Belgorod governor",
      note="the General Staff's Saturday claim of a drone hit on a depot 'near Valuyki' and the governor's fragments "
           "injuring a man 'on the outskirts of Valuyki' describe the same night: one event (blind42 call 5), "
           "precision 2, 1 injured"),
    E("la03-16", POL, THU, H("Kupiansk", "Kupiansk hromada"), "UA", None,
      note="'On Thursday, families with children in 11 villages of the Kupiansk hromada were placed under a "
           "compulsory evacuation order by the regional military administration': a decision about a named hromada (blind45 kv05-9), "
           "precision 2"),
    E("la03-17", CLA, MON, R("UA-63", "Kupiansk sector, Kharkiv region", 2), "RU", "UA", end=SUN, prec="week",
      agg=True, optional=True,
      note="'174: Russian assaults in the Kupiansk sector between Monday and Sunday': a sector tally -> optional"),
]
# Not events: Kupiansk 'liberated in September 2022 and shelled almost every day since' (history, habit); Petropavlivka
# 'lost in October' (no day); the drone video 'could not verify when it was filmed' (the claim is la03-5); the volunteers
# driving 'the same road for months'; 'the second deadly strike … in two days' (count); Balakliia 'spared for most of the
# autumn'; population figures; the Numbers of the week lines (repeats; 'cut and restored three times' gives no day); the
# analyst's 'If Russian troops reach the river bank everywhere … will be supplied only by dirt roads' (conditional); a new round of
# evacuations 'scheduled for Tuesday' and the order they 'may widen … if' (plan, conditional); the 'Read more' headline.
STATEMENTS = [
    S("Oleh Kalyna", "UA", "They are trying to wear us out, one small group after another", "brigade spokesman"),
    S("Anastasiia Lytvyn", "UA", "The drone operator could see exactly who we were", "volunteer evacuation coordinator"),
    S("Kristof Varga", None, "Kupiansk will be supplied only by dirt roads", "military analyst, Pannonia Defence Forum"),
]
# Not gold: the MoD's one word "liberated".
MUST_NOT = ["KHARKIV OBSERVER", "Front | City | Region | Economy | Culture | Ukrainian version", "WEEK ON THE OSKIL",
            "By Andrii Kovalenko, Kupiansk district", "Sunday 24 November 2024 · 11 min read",
            "Listen to this article", "Read more: Kupiansk's last bakery closes after Sunday strike",
            "Support independent journalism from Kharkiv: become a member of the Observer",
            "Tags: Kupiansk, Borova, Oskil, Kharkiv region", "© 2024 Kharkiv Observer. All rights reserved."]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la03-1": "On Monday morning Russian infantry, supported by two armoured vehicles, went for Ukrainian positions near Kindrashivka",
    "la03-2": "On Tuesday, Russia's defence ministry announced that its troops had \"liberated\" Kruhliakivka",
    "la03-3": "on Saturday Kalyna said there was still fighting in the village's streets",
    "la03-4": "Geolocated footage published on Wednesday showed Ukrainian soldiers in positions on the north-western edge of Petropavlivka",
    "la03-5": "On Thursday night, a Ukrainian drone unit said it had destroyed a pontoon crossing that Russian engineers had laid across the Oskil near Dvorichna",
    "la03-6": "near Zahryzove, Russian troops tried to push forward on Friday and again on Saturday",
    "la03-7": "On Monday afternoon, two guided bombs hit the central square, next to the building of the former cinema, killing a 71-year-old woman and injuring three other people",
    "la03-8": "last Sunday, shelling hit a bakery on Sobornosti Street and killed two workers",
    "la03-9": "On Wednesday, an FPV drone found the car of a volunteer evacuation team near Borova. One volunteer was killed and another was wounded.",
    "la03-10": "The next day, Thursday, artillery hit the railway station at Kupiansk-Vuzlovyi, wounding a railway worker",
    "la03-11": "two guided bombs fell on Shevchenkove, where a man was killed in his garden",
    "la03-12": "on Friday morning, an Iskander-M ballistic missile struck an industrial site in Balakliia, injuring three people",
    "la03-13": "Russian aircraft dropped more than 320 guided bombs on the Kharkiv region in the seven days to Sunday",
    "la03-14": "Overnight into Sunday, ten drones were shot down over the region, he said.",
    "la03-15": "On Saturday, Ukraine's general staff said drones had hit an ammunition depot near Valuyki",
    "la03-16": "On Thursday, families with children in 11 villages of the Kupiansk hromada were placed under a compulsory evacuation order by the regional military administration.",
    "la03-17": "174: Russian assaults in the Kupiansk sector between Monday and Sunday",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
