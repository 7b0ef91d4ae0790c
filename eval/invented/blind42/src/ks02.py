from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine Conflict Update 612: Russian forces push into Selydove as North Korean units reach Kursk Oblast"
TEXT = """ALDGATE INSTITUTE FOR STRATEGIC STUDIES
About · Programmes · Publications · Experts · Events · Press
Publications > Ukraine Conflict Updates > No. 612
Ukraine Conflict Update 612: Russian forces push into Selydove as North Korean units reach Kursk Oblast
Wednesday, 30 October 2024
Prepared by the Aldgate Russia and Eurasia Programme
Estimated reading time: 9 minutes
Print | Email | Save as PDF
How to read this update: events are labelled CONFIRMED when Aldgate has verified them through at least two independent sources or geolocated imagery, CLAIMED when they rest on a single party's statement, and ASSESSED when they are Aldgate's judgement. The reporting period runs from 06:00 Kyiv time on 29 October to 06:00 on 30 October unless a paragraph says otherwise.

1. Bottom line up front
Russian forces advanced into central Selydove and continued to press Ukrainian positions around Kurakhove, the main Russian effort in southern Donetsk Oblast since the fall of Vuhledar in early October. Ukrainian military intelligence stated that North Korean troops have begun arriving in Kursk Oblast. Russia launched another large drone attack against Ukraine overnight, and debris fell in Kyiv. Aldgate assesses that the pace of Russian advances in southern Donetsk Oblast is the fastest since the spring of 2022, though it remains measured in hundreds of metres per day.

2. The southern Donetsk front
2.1 Selydove (CONFIRMED). Geolocated footage published on 29 October shows Russian servicemen moving along the main street in central Selydove and a Russian armoured vehicle near the town's hospital complex, indicating that Russian forces advanced in the centre of the town. The Russian Ministry of Defence claimed on 27 October that Russian forces had seized Selydove entirely; Aldgate assessed at the time that the claim was premature, and Ukrainian forces still hold positions in the northern part of the town.

2.2 Kurakhove and its approaches (CONFIRMED). Russian forces attacked within Kurakhove and on its eastern outskirts, and south of Selydove near Ukrainsk and Hirnyk, on 28 and 29 October. Russian forces have attacked around Kurakhove every day for more than three weeks. A spokesperson for the Ukrainian Khortytsia group of forces, Captain Serhii Lytvyn, said on 29 October that "the enemy is throwing in everything it has near Kurakhove, including armour it used to save for the big pushes."

2.3 Hirnyk (CLAIMED). The Russian Ministry of Defence claimed on 29 October that Russian forces seized Hirnyk. Aldgate has observed no geolocated footage of Russian forces in the town and cannot confirm the claim.

2.4 Pokrovsk (CONFIRMED). Russian forces attacked southeast of Pokrovsk near Novohrodivka on 29 October. Russian forces have not advanced closer to Pokrovsk itself in the past two weeks, and Aldgate assesses that the Russian command has temporarily shifted reserves south toward Kurakhove.

2.5 Toretsk (CONFIRMED / CLAIMED). Russian forces attacked within Toretsk on 29 October. Russian milbloggers claimed that Russian forces also advanced in the western part of the town, but Aldgate cannot confirm these claims, and one prominent milblogger later deleted his post.

Assessment (ASSESSED). The fall of Selydove, if it is completed, would give Russian forces control of the road running north toward Pokrovsk and would likely make the Ukrainian salient around Kurakhove harder to hold. Aldgate expects Russian forces to attempt to encircle Kurakhove from the north and south over the next several weeks rather than to storm it frontally. Russian forces could reach the outskirts of Kurakhove from the north by mid-November if the current tempo holds, but they would likely suffer heavy losses in doing so. Ukrainian commanders are likely to face a choice between a costly defence of the town and a withdrawal to more defensible lines to the west.

Background (ASSESSED). Kurakhove, a town of about 18,000 people before the full-scale invasion, grew around a thermal power plant that once supplied much of southern Donetsk Oblast. The plant has not produced electricity since 2022, and most of the town's residents left in 2023 as the front moved closer. Russian forces have approached Kurakhove from three directions since the summer: from Vuhledar in the south, from Krasnohorivka in the east and from Selydove in the north. The reservoir north of the town complicates both the Russian advance and any Ukrainian withdrawal, because the crossings over it are few and are watched by Russian drones day and night.

A note on geolocation. Aldgate marks an advance as CONFIRMED only when footage can be matched to a specific location and when there is reason to believe the footage is recent. Footage published by Russian units is often recorded days or weeks before it appears online, and sometimes shows a brief raid rather than a lasting change of control. For these reasons, Aldgate's maps usually lag the claims of both sides by several days, and some advances that both sides later acknowledge never appear as CONFIRMED at all.

3. Kursk Oblast and the North Korean deployment
3.1 North Korean troops (CLAIMED). Ukrainian military intelligence (HUR) stated on 29 October that the first units of North Korean troops arrived in Kursk Oblast on 23 and 24 October after training at ranges in Russia's Far East. HUR said that the units number several thousand personnel and that more are expected. Aldgate cannot independently confirm the HUR figures, but the statement is consistent with reports from South Korean intelligence and with US officials' remarks.

3.2 Ground fighting (CONFIRMED). Russian forces attacked north of Sudzha in the Ukrainian-held salient in Kursk Oblast on 29 October. Ukrainian forces have held most of the salient since their incursion in August, although Russian forces have recaptured several villages on its western edge since mid-September.

Assessment (ASSESSED). North Korean units will likely be used first to free up Russian formations for offensive operations in the salient, rather than in the assault role. Their deployment to combat, if it occurs, would mark the first significant participation of a third state's regular forces in the war. Western governments have warned that such a deployment would trigger a response, but none has said what that response would be.

4. The air war
4.1 Russian drone attack (CONFIRMED). Russian forces launched 62 Shahed-type drones against Ukraine overnight on 29 to 30 October, according to the Ukrainian Air Force. Ukrainian forces shot down 41 drones, and 17 were locationally lost to electronic warfare. Drone debris fell in the Solomianskyi district of Kyiv, damaging a residential building and injuring one person, the head of the Kyiv City Military Administration said.

4.2 Kharkiv (CONFIRMED). Russian forces struck Kharkiv City with guided glide bombs on 29 October, hitting an industrial enterprise, killing one person and injuring six, according to the Kharkiv Oblast governor. Russian glide bomb strikes on Kharkiv have become more frequent since September, and Aldgate continues to assess that Russian aircraft can launch them from beyond the range of most Ukrainian air defence systems.

4.3 Kherson (CONFIRMED). A Russian drone struck a city bus in Kherson on 29 October, injuring four passengers, according to the Kherson Oblast Military Administration. Russian forces strike vehicles in Kherson with drones almost daily.

4.4 Ukrainian strike in Bryansk Oblast (CLAIMED). The Ukrainian General Staff reported that Ukrainian forces struck a Russian ammunition depot near Pochep in Bryansk Oblast overnight on 28 to 29 October and that the strike caused secondary detonations. The Bryansk Oblast governor claimed that Russian air defence shot down 11 drones over the oblast during the same night and that there were no casualties. Aldgate has not observed imagery of the depot and cannot confirm the extent of the damage.

5. No activity observed
Aldgate observed no Russian ground activity in the Zaporizhzhia or Kherson directions during the reporting period. There were no confirmed changes to the front line in Kharkiv Oblast or in the Lyman direction.

6. Force generation and losses
Russian losses in October averaged about 1,300 personnel a day, according to the Ukrainian General Staff's daily figures, the highest monthly average of the war so far. Aldgate treats these figures with caution but notes that Western estimates show a similar trend. Russia continues to recruit about 30,000 contract soldiers a month, which is roughly enough to replace its losses but not to build large new reserves. Ukraine's new mobilisation law, in force since May, has raised the number of recruits, but Ukrainian commanders continue to complain that new infantry arrive with too little training.

Senior fellow Marcus Whitlow said the numbers point to a war of attrition that neither side can win quickly: "Russia is buying kilometres with battalions, and it can keep doing that for a long time, but not forever."

7. Diplomacy and politics
The Kremlin spokesman declined on 29 October to confirm or deny the presence of North Korean troops in Russia, describing the question as a matter for Moscow and Pyongyang. The NATO secretary general said on 28 October that the alliance had seen evidence of North Korean units in Kursk Oblast; that statement was reported in update 611. Ukrainian officials are expected to raise the deployment at the next meeting of the Ukraine Defence Contact Group.

8. Indicators to watch
- Whether North Korean units appear in combat footage in Kursk Oblast.
- Whether Russian forces cut the road between Kurakhove and Pokrovsk.
- Whether Russia resumes large combined missile strikes on the Ukrainian power grid, which it has not conducted since late August; Aldgate expects such strikes to resume once temperatures fall.

Aldgate updates are published every weekday. The next update will appear on 31 October.
Cite as: Aldgate Institute for Strategic Studies, Ukraine Conflict Update 612, 30 October 2024.
Sign up to receive Aldgate updates by email
Aldgate Institute for Strategic Studies is a registered charity. All content © Aldgate Institute 2024.
"""
DOC = {"id": "ks02", "date": "2024-10-30", "source": "Aldgate Institute for Strategic Studies (think tank, conflict update)",
       "url": "https://aldgate-institute.example/publications/ukraine-conflict-update-612", "text": TEXT}

D, Y, Y2 = "2024-10-30", "2024-10-29", "2024-10-28"
EVENTS = [
    E("ks02-1", "territory_change", Y, L("Selydove"), "RU", "UA",
      note="'Geolocated footage published on 29 October … indicating that Russian forces advanced in the centre of "
           "the town' (CONFIRMED): dated by the footage, within the town; the bottom line repeats it. The MoD's "
           "27 October claim of the whole town is a recalled claim the analysts called premature: not an event"),
    E("ks02-2", "armed_clash", Y2, L("Kurakhove"), "RU", "UA", end=Y, prec="range",
      note="'attacked within Kurakhove and on its eastern outskirts … on 28 and 29 October': range, the town itself"),
    E("ks02-3", "armed_clash", Y2, L("Ukrainsk", 2), "RU", "UA", end=Y, prec="range",
      note="'south of Selydove near Ukrainsk … on 28 and 29 October'"),
    E("ks02-4", "armed_clash", Y2, L("Hirnyk", 2), "RU", "UA", end=Y, prec="range", note="'… and Hirnyk'"),
    E("ks02-5", "territory_change", Y, L("Hirnyk"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="MoD claim 'on 29 October' of Hirnyk (CLAIMED, 'cannot confirm'): optional"),
    E("ks02-6", "armed_clash", Y, L("Novohrodivka", 2), "RU", "UA", note="'southeast of Pokrovsk near Novohrodivka on 29 October'"),
    E("ks02-7", "armed_clash", Y, L("Toretsk"), "RU", "UA", note="'attacked within Toretsk on 29 October'"),
    E("ks02-8", "territory_change", Y, L("Toretsk"), "RU", "UA", optional=True,
      note="milbloggers' claimed advance in western Toretsk, 'cannot confirm', one post deleted: optional"),
    E("ks02-9", "military_mobilization", "2024-10-23", R("RU-KRS", "Kursk Oblast"), "KP", "UA", end="2024-10-24",
      prec="range", claimant="HUR",
      note="HUR: 'the first units of North Korean troops arrived in Kursk Oblast on 23 and 24 October' -> a reported "
           "deployment with days (range), region only; actor1 North Korea (KP); the bottom line repeats it"),
    E("ks02-10", "armed_clash", Y, L("Sudzha", 2), "RU", "UA",
      note="'attacked north of Sudzha in the Ukrainian-held salient … on 29 October': Russian attacker, precision 2 "
           "in Russia"),
    E("ks02-11", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(62))],
      note="'62 Shahed-type drones … overnight on 29 to 30 October' = 30 Oct; drone-only wave"),
    E("ks02-12", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ks02-11",
      weapons=[W("drone", intercepted=N(41))], note="'shot down 41 drones'; the 17 locationally lost are not counted"),
    E("ks02-13", "air_drone_strike", D, L("Kyiv"), "RU", "UA", parent="ks02-11", inj=N(1), weapons=[W("drone")],
      note="debris in the Solomianskyi district (= the city), one injured"),
    E("ks02-14", "air_drone_strike", Y, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(6), weapons=[W("guided_bomb")],
      note="glide bombs on an industrial enterprise in Kharkiv 29 Oct, 1 k 6 w"),
    E("ks02-15", "air_drone_strike", Y, L("Kherson"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="drone on a city bus 29 Oct, four injured"),
    E("ks02-16", "missile_artillery_strike", Y, L("Pochep", 2), "UA", "RU", fat=N(0), inj=N(0),
      family=["air_drone_strike"],
      note="General Staff: ammunition depot near Pochep 'overnight on 28 to 29 October' (= 29 Oct); weapon not said -> "
           "both strike types; the governor's 'no casualties' for the same night -> 0/0"),
    E("ks02-17", "interception", Y, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      note="governor: 'shot down 11 drones over the oblast during the same night'"),
]
# Not events: the reading note (method); the fall of Vuhledar 'in early October' (recalled without a day); 'the
# fastest since the spring of 2022' (comparison); the MoD's 27 October claim of all of Selydove (recalled claim
# judged premature at the time; Ukrainian forces still hold the north); attacks around Kurakhove 'every day for more
# than three weeks' (habitual); no advance closer to Pokrovsk 'in the past two weeks' (negation), reserves shifted
# (assessment); the deleted milblogger post; the Assessment paragraphs ('if it is completed, would give', 'expects
# … to attempt to encircle', 'could reach … by mid-November if', 'likely to face a choice'); HUR's 'more are
# expected', training in the Far East (undated), the South Korean and US reports; the August incursion and the
# recaptured villages 'since mid-September' (history without days); 'will likely be used first', 'would mark',
# Western warnings that a deployment 'would trigger a response' (conditional); the 17 locationally lost drones;
# glide bombs on Kharkiv 'more frequent since September' (trend); drone strikes on vehicles in Kherson 'almost
# daily' (habitual); the unconfirmed extent of the depot damage; no activity in Zaporizhzhia, Kherson, Kharkiv
# Oblast, Lyman (negations); October loss averages, recruitment per month, the mobilisation law 'since May'
# (statistics, history); the Kremlin spokesman's non-answer and the NATO secretary general's 28 October statement
# (statements, already in update 611), the Contact Group meeting (future); the indicators (future), large combined
# strikes 'not conducted since late August' (negation, history); the Kurakhove background (the plant idle 'since
# 2022', residents left 'in 2023', approaches 'since the summer', drones 'day and night': history, habit); the note on
# geolocation (method).
STATEMENTS = [
    S("Serhii Lytvyn", "UA", "the enemy is throwing in everything it has near Kurakhove",
      "spokesperson, Khortytsia group of forces"),
    S("Marcus Whitlow", None, "Russia is buying kilometres with battalions", "Aldgate senior fellow"),
]
MUST_NOT = ["ALDGATE INSTITUTE FOR STRATEGIC STUDIES", "About · Programmes · Publications · Experts · Events · Press",
            "Publications > Ukraine Conflict Updates > No. 612", "Wednesday, 30 October 2024",
            "Prepared by the Aldgate Russia and Eurasia Programme", "Estimated reading time: 9 minutes",
            "Print | Email | Save as PDF",
            "Aldgate updates are published every weekday. The next update will appear on 31 October.",
            "Cite as: Aldgate Institute for Strategic Studies, Ukraine Conflict Update 612, 30 October 2024.",
            "Sign up to receive Aldgate updates by email",
            "Aldgate Institute for Strategic Studies is a registered charity. All content © Aldgate Institute 2024."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
