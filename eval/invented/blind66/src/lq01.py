from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA, TER, ABD, ARR

TITLE = "Front Line Assessment: The Russian Campaign in Ukraine, 22 October 2025"
TEXT = """KESTREL CENTRE FOR STRATEGIC STUDIES
Research | Front Line Assessments | Maps | Podcast | Experts | About Kestrel | Donate
Research › Europe › Russia–Ukraine › Front Line Assessments
Front Line Assessment: The Russian Campaign in Ukraine, 22 October 2025
Assessment team: Ingrid Vaalberg, Tomasz Pelczar, Olena Dzyuba and Hamish Corrigan
Published 22 October 2025 · 7:15 pm CET · reading time 14 minutes
In this assessment: Key judgements · Long-range strikes · Kupiansk · Lyman and Siversk · Kostiantynivka · Pokrovsk · Huliaipole and Zaporizhzhia · Kherson · Occupied territories · Endnotes
Information cut-off: 2:00 pm CET, 22 October. Reporting received after that time is carried over to tomorrow's assessment.

Key judgements
▪ A Russian missile and drone package struck Ukrainian generation and distribution sites overnight, the fourth such package this month, with the heaviest damage in Chernihiv Oblast.
▪ Ukrainian forces are contesting the northern part of Kupiansk, where footage shows them regaining ground the Russian command had reported as taken.
▪ Russian troops have pushed into the southeastern quarter of Kostiantynivka, but Kestrel does not yet assess that they can sustain a presence there.
▪ The pace of the Russian advance around Pokrovsk and Myrnohrad remains slow, and the Russian command is likely to keep trading infantry for a few hundred metres a week.
▪ Ukraine's long-range drone campaign against Russian refining capacity continues to widen, now reaching the Volga.

Long-range strikes
The package that Russian forces launched at Ukraine overnight on October 21 to 22 was once again built around energy targets. Ukraine's Air Force reported two Iskander-M ballistic missiles, 11 Kh-101 cruise missiles and 118 Shahed-type attack drones and decoy drones.[1] Of these, nine of the cruise missiles, one of the ballistic missiles and 84 drones were downed or suppressed, according to the same report. The remaining missiles and drones hit several regions. A thermal power plant in Chernihiv Oblast took the heaviest blow, the oblast's energy company said, without naming the plant or the weapon that hit it; some 40,000 households in the oblast were left without electricity by the morning. In Kyiv's Dniprovskyi district, falling fragments of a drone set cars alight in a parking lot next to a residential block and one man was injured, the head of the Kyiv City Military Administration wrote.

Kestrel assesses that the Russian command is now spacing its large packages roughly a week apart, giving its reconnaissance time to measure the effect of each strike before selecting the next set of aimpoints. This pattern differs from last winter, when strikes came in irregular bursts. Ukrainian repair crews have so far restored power within two to three days after each strike, but the reserve of transformers that allows them to do so is finite, and the northern oblasts, close to the border and within range of glide bombs and artillery as well as drones, are the hardest to repair.

"Every substation we bring back, they map again. It is a race between the crane and the reconnaissance drone," said Andriy Marchuk, a grid engineer at the Chernihiv regional distribution company.

Ukrainian forces are extending their own deep strikes. Ukrainian drones hit the Saratov oil refinery on the night of October 21 to 22, the Ukrainian General Staff reported, adding that the refinery processes fuel for the Russian forces in the south.[2] The Saratov Oblast governor acknowledged that "fragments of a drone" had fallen on "an industrial site" in the city and claimed that no one had been hurt. Satellite imagery captured on the morning of October 22 shows smoke over the refinery's crude distillation section. The Russian Ministry of Defence (MoD) claimed to have downed 64 Ukrainian drones overnight, 23 of which it said were destroyed over Saratov Oblast, with others over Bryansk and Voronezh oblasts.

Kestrel assesses that strikes on refineries far from the border are intended to force the Russian command to spread its short-range air defence systems across the rear rather than keep them near the front. Whether the campaign significantly affects fuel supply to Russian forces is not yet clear; Russian domestic fuel prices have risen, but the army draws on reserves that are not visible in open sources.

Kupiansk
Fighting inside Kupiansk intensified in the last two days. Russian troops assaulted Ukrainian positions in Kupiansk itself and north of the city near Kindrashivka on October 21 and 22, according to the Ukrainian General Staff and Russian milbloggers alike. Ukrainian forces recently advanced in northern Kupiansk, as footage that was geolocated on October 21 shows Ukrainian soldiers clearing a school building that Russian sources had described as the forward Russian command post in the town.[3] The Russian MoD had claimed the capture of northern Kupiansk in September; the footage contradicts that claim.

A Russian milblogger asserted on October 22 that Russian assault groups had "entered" Kupiansk-Vuzlovyi, the railway town southeast of Kupiansk, but Kestrel has seen no imagery that would support the claim and notes that the same milblogger has made similar claims about the town since August.

"The town is now divided street by street, and both sides post the same ruins as proof that they hold them," said Dmytro Kovtun, a Ukrainian military analyst who tracks the Kupiansk direction.

Kestrel assesses that Russian forces will likely try to isolate Kupiansk from the south by advancing along the Oskil's eastern bank, rather than continuing costly assaults into the town. If Russian forces were to reach the railway bridge south of the town, Ukrainian supply to the remaining positions on the east bank would become much harder, but there are no indications that such an advance is imminent.

Lyman and Siversk
Russian infantry attacked on October 21 near Lyman and northeast of the town, near Torske and Zarichne, the Ukrainian General Staff reported. The Russian milblogger community, usually quick to publicise gains in this area, reported no advances. Russian forces have been attacking in small groups in the forests around Lyman since the spring, and the forested terrain makes geolocation of any movement difficult.

No Russian ground attacks were recorded near Siversk on October 21 or 22. Kestrel assesses that Russian units in this sector are being reinforced with drone operators rather than assault infantry, which usually precedes a new push by some weeks.

Kostiantynivka
Russian forces recently advanced into the southeastern part of Kostiantynivka. Geolocated footage published on October 20 shows Russian soldiers moving along a street of private houses near the town's southeastern railway crossing.[4] Kestrel assesses that the footage shows a foothold rather than control of the quarter, and that Ukrainian drones make any Russian resupply into the town extremely costly.

Two guided bombs struck the centre of Kostiantynivka on October 21, killing two civilians and injuring five, the head of the town's military administration reported. The town, which had about 67,000 residents before 2022, now holds fewer than 8,000, most of them elderly people who have refused to leave.

"We deliver water to the basements twice a week and every trip is a gamble with the drones overhead," said Iryna Sokur, a coordinator of a volunteer group that still works in the town.

Pokrovsk
The battle for Pokrovsk and Myrnohrad continues to grind on. Fighting took place in the southern and central districts of Pokrovsk and near Myrnohrad on October 21 and 22, the Ukrainian General Staff reported. Ukrainian forces repelled a Russian assault near Rodynske, north of Pokrovsk, on October 22, according to a Ukrainian brigade operating in the area, which published footage of a destroyed Russian armoured vehicle.[5]

Russian forces have tried to cut the roads into Pokrovsk and Myrnohrad from the north since August. Kestrel assesses that the Russian command seeks to force a Ukrainian withdrawal from both towns without a direct assault, and that it would take Russian forces several more weeks to close the remaining routes even if the current pace held. The Ukrainian command has not signalled that it intends to withdraw.

Huliaipole and Zaporizhzhia
Russian forces recently made a tactical advance west of Uspenivka, northeast of Huliaipole. Geolocated footage published on October 21 shows Russian infantry in a tree line about a kilometre west of the village.[6] The advance brings Russian forces closer to the road that links Huliaipole to the Zaporizhzhia–Pokrovsk highway.

Russian forces attacked near Stepnohirsk, northwest of Orikhiv, and south of it near Kamianske on October 21. Kestrel notes that the Kamianske of these reports is the village in Zaporizhzhia Oblast on the former shore of the Kakhovka reservoir, not the large city of the same name in Dnipropetrovsk Oblast. Russian forces in this area have attacked regularly since June without achieving a significant advance.

Kherson
A Russian drone struck a municipal bus in Antonivka, a suburb on the eastern edge of Kherson, on October 21, killing one passenger and injuring two, the Kherson Oblast Military Administration reported. Russian forces use first-person-view drones launched from the left bank of the Dnipro to hunt vehicles in the city's eastern districts, a practice that Ukrainian officials have called a "human safari".

Ukrainian forces struck a Russian command post near Tokmak with HIMARS rockets on October 20, the Ukrainian General Staff stated.[7] Kestrel cannot independently confirm the strike.

Occupied territories
Russian occupation authorities detained two men in occupied Berdiansk on October 19, Ukraine's Berdiansk City Military Administration reported, accusing them of sending the coordinates of Russian air defence positions to Ukrainian intelligence. Occupation authorities in Zaporizhzhia Oblast have staged similar detentions at least monthly this year, often followed by filmed confessions.

"They take a man off the street, and two weeks later he appears on television reading a text he did not write," said Valentyna Prykhodko, who heads a support group for the relatives of detained residents of Berdiansk.

Outlook
Kestrel assesses that Russian forces will try to exploit the onset of colder weather, when foliage cover disappears and Ukrainian drone operators lose some of their concealment. A large-scale Russian offensive outside the Pokrovsk and Kupiansk areas is unlikely before the end of the year.

Endnotes
[1] https://t.me/air_force_ua_example/50211
[2] https://www.facebook.com/GeneralStaffUA.example/posts/771204
[3] https://x.com/geolocated_front_example/status/19805511
[4] https://x.com/geolocated_front_example/status/19800917
[5] https://t.me/brigade_rodynske_example/3318
[6] https://t.me/front_maps_example/88415
[7] https://www.facebook.com/GeneralStaffUA.example/posts/770988
Sign up for the Kestrel daily assessment
Kestrel Centre for Strategic Studies is an independent, non-partisan research organisation. © 2025 Kestrel CSS
"""
DOC = {"id": "lq01", "date": "2025-10-22",
       "source": "Kestrel Centre for Strategic Studies (think tank, daily front line assessment)",
       "url": "https://kestrel-css.example/research/front-line-assessment-22-october-2025", "text": TEXT}

D, Y, Y2, Y3 = "2025-10-22", "2025-10-21", "2025-10-20", "2025-10-19"
TWO = dict(prec="range", end=D)  # "on October 21 and 22": range from the first day
WAVE, RUI = "lq01-1", "lq01-7"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2)), W("cruise_missile", "Kh-101", launched=N(11)),
               W("drone", "Shahed-136", launched=N(118))],
      note="'The package that Russian forces launched at Ukraine overnight on October 21 to 22' in the 22 October "
           "assessment = 22 Oct (the night's later day); nationwide wave at country precision, typed by its missiles; "
           "the first key judgement repeats it ('the fourth such package this month' is a month count, not an event)"),
    E("lq01-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kh-101", intercepted=N(9)), W("ballistic_missile", "Iskander-M", intercepted=N(1)),
               W("drone", intercepted=N(84))],
      note="'Of these, nine of the cruise missiles, one of the ballistic missiles and 84 drones were downed or "
           "suppressed': the wave's interception, country precision, parent = the wave"),
    E("lq01-3", MAS, D, R("UA-74", "Chernihiv Oblast"), "RU", "UA", parent=WAVE, family=[ADS],
      note="'A thermal power plant in Chernihiv Oblast took the heaviest blow … without naming the plant or the weapon': "
           "region only (precision 3); the weapon is unsaid -> both strike types"),
    E("lq01-4", DIS, D, R("UA-74", "Chernihiv Oblast"), "RU", "UA", parent=WAVE,
      note="'some 40,000 households in the oblast were left without electricity by the morning': the outage the strike "
           "caused, region only"),
    E("lq01-5", ADS, D, L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(1), weapons=[W("drone")],
      claimant="head of the Kyiv City Military Administration",
      note="'In Kyiv's Dniprovskyi district, falling fragments of a drone set cars alight … and one man was injured': "
           "a city district is the city (precision 1); debris that harms is a drone strike at the place"),
    E("lq01-6", ADS, D, L("Saratov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff; Saratov Oblast governor",
      note="'Ukrainian drones hit the Saratov oil refinery on the night of October 21 to 22' = 22 Oct; the governor's "
           "'fragments of a drone' on 'an industrial site' with 'no one had been hurt' is the same event (0/0)"),
    E(RUI, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian MoD", weapons=[W("drone", intercepted=N(64))],
      note="MoD 'claimed to have downed 64 Ukrainian drones overnight' -> country interception on 22 Oct"),
    E("lq01-8", INT, D, R("RU-SAR", "Saratov Oblast"), "RU", "UA", parent=RUI, claimant="Russian MoD",
      weapons=[W("drone", intercepted=N(23))],
      note="'23 of which it said were destroyed over Saratov Oblast': a region with its own count -> required"),
    E("lq01-9", INT, D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", parent=RUI, optional=True, weapons=[W("drone")],
      note="'with others over Bryansk and Voronezh oblasts': listed without a count -> optional"),
    E("lq01-10", INT, D, R("RU-VOR", "Voronezh Oblast"), "RU", "UA", parent=RUI, optional=True, weapons=[W("drone")],
      note="second listed region -> optional"),
    E("lq01-11", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night (behind the MoD's 64): optional"),
    E("lq01-12", CLA, Y, L("Kupiansk"), "RU", "UA", **TWO, claimant="Ukrainian General Staff; Russian milbloggers",
      note="'Russian troops assaulted Ukrainian positions in Kupiansk itself and north of the city near Kindrashivka on "
           "October 21 and 22': one clash per place; 'in Kupiansk itself' = inside the town (precision 1); range"),
    E("lq01-13", CLA, Y, H("Kindrashivka", "near Kindrashivka"), "RU", "UA", **TWO,
      note="second place of the same sentence: 'near Kindrashivka' = precision 2, range 21-22 Oct"),
    E("lq01-14", TER, Y, L("Kupiansk"), "UA", "RU",
      note="'Ukrainian forces recently advanced in northern Kupiansk, as footage that was geolocated on October 21 "
           "shows': a Ukrainian regain dated by the footage (21 Oct), inside the town (precision 1); the MoD's capture "
           "claim 'in September' has no day (history)"),
    E("lq01-15", TER, D, L("Kupiansk-Vuzlovyi"), "RU", "UA", optional=True, claimant="Russian milblogger",
      note="a milblogger 'asserted on October 22 that Russian assault groups had \"entered\" Kupiansk-Vuzlovyi'; "
           "Kestrel 'has seen no imagery that would support the claim' -> optional (doubted claim)"),
    E("lq01-16", CLA, Y, H("Lyman", "near Lyman"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'Russian infantry attacked on October 21 near Lyman and northeast of the town, near Torske and Zarichne': "
           "three places -> three clashes; 'near Lyman' = precision 2; Lyman 704204 (Donetsk), not the Kharkiv or "
           "Odesa villages"),
    E("lq01-17", CLA, Y, H("Torske", "near Torske"), "RU", "UA", claimant="Ukrainian General Staff",
      note="second place of the Lyman sentence, 21 Oct, precision 2"),
    E("lq01-18", CLA, Y, H("Zarichne", "near Zarichne"), "RU", "UA", claimant="Ukrainian General Staff",
      note="third place; Zarichne 705808 (Donetsk oblast, NE of Lyman), not the Rivne town or the Dnipropetrovsk, "
           "Sumy and Mykolaiv villages of the name"),
    E("lq01-19", TER, Y2, L("Kostiantynivka"), "RU", "UA",
      note="'Geolocated footage published on October 20 shows Russian soldiers moving along a street … near the town's "
           "southeastern railway crossing' after 'Russian forces recently advanced into the southeastern part': an "
           "advance dated by the footage (20 Oct), inside the town (precision 1); Kestrel calls it a foothold, but does "
           "not doubt the advance itself; Kostiantynivka 705104 (Donetsk), not the Zaporizhzhia town"),
    E("lq01-20", ADS, Y, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("guided_bomb", launched=N(2))],
      claimant="head of the Kostiantynivka military administration",
      note="'Two guided bombs struck the centre of Kostiantynivka on October 21, killing two civilians and injuring "
           "five': glide bombs = air strike; bombs counted by number are a launched count (blind53 call 1)"),
    E("lq01-21", CLA, Y, L("Pokrovsk"), "RU", "UA", **TWO, claimant="Ukrainian General Staff",
      note="'Fighting took place in the southern and central districts of Pokrovsk and near Myrnohrad on October 21 and "
           "22': inside Pokrovsk = precision 1, range; attacker RU"),
    E("lq01-22", CLA, Y, H("Myrnohrad", "near Myrnohrad"), "RU", "UA", **TWO, claimant="Ukrainian General Staff",
      note="second place of the same sentence, 'near Myrnohrad' = precision 2, range"),
    E("lq01-23", CLA, D, H("Rodynske", "near Rodynske"), "RU", "UA", claimant="Ukrainian brigade",
      note="'Ukrainian forces repelled a Russian assault near Rodynske, north of Pokrovsk, on October 22': a repelled "
           "assault is a clash with the attacker (RU) as actor1; precision 2"),
    E("lq01-24", TER, Y, H("Uspenivka", "west of Uspenivka"), "RU", "UA",
      note="'Russian forces recently made a tactical advance west of Uspenivka … Geolocated footage published on "
           "October 21': footage day; 'west of X' = precision 2; Uspenivka 690619 (Zaporizhzhia oblast, NE of "
           "Huliaipole), not the Odesa, Donetsk or southern Zaporizhzhia namesakes"),
    E("lq01-25", CLA, Y, H("Stepnohirsk", "near Stepnohirsk"), "RU", "UA",
      note="'Russian forces attacked near Stepnohirsk, northwest of Orikhiv, and south of it near Kamianske on October "
           "21': two places -> two clashes, precision 2; 'attacked regularly since June' is habit"),
    E("lq01-26", CLA, Y, H("Kamianske", "near Kamianske"), "RU", "UA",
      note="second place; the text itself says the Zaporizhzhia village is meant: Kamianske 706967 (UA-23), not the "
           "Dnipropetrovsk city 709932"),
    E("lq01-27", ADS, Y, L("Antonivka"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("drone")],
      claimant="Kherson Oblast Military Administration",
      note="'A Russian drone struck a municipal bus in Antonivka, a suburb on the eastern edge of Kherson, on October "
           "21, killing one passenger and injuring two': the suburb is its own GeoNames place (713304, Kherson "
           "oblast); the 'human safari' practice is habit"),
    E("lq01-28", MAS, Y2, H("Tokmak", "near Tokmak"), "UA", "RU", weapons=[W("mlrs", "HIMARS")],
      claimant="Ukrainian General Staff",
      note="'Ukrainian forces struck a Russian command post near Tokmak with HIMARS rockets on October 20': rockets = "
           "missile_artillery_strike; near X = precision 2; Kestrel cannot confirm, but the claim stays a claimed strike"),
    E("lq01-29", ABD, Y3, L("Berdiansk"), "RU", "UA", family=[ARR],
      claimant="Berdiansk City Military Administration",
      note="'Russian occupation authorities detained two men in occupied Berdiansk on October 19': detention of "
           "civilians by the occupying power = abduction RU -> UA, arrest accepted; 'at least monthly this year' is habit"),
]
# Not events: the key judgements (repeats of lq01-1, -14, -19 and assessments: 'likely to keep trading infantry',
# 'continues to widen'); 'the fourth such package this month' (month count); packages 'roughly a week apart' and
# 'last winter' (assessment, history); power restored 'within two to three days after each strike' (habit); the
# satellite image of smoke (the same Saratov event); refinery strikes 'intended to force' (assessment); fuel prices; the
# MoD's capture of northern Kupiansk 'in September' (no day); the milblogger's Kupiansk-Vuzlovyi claims 'since August'
# (habit); 'will likely try to isolate Kupiansk … If Russian forces were to reach the railway bridge' (forecast,
# conditional); Lyman 'reported no advances', small groups 'since the spring' (negation, habit); 'No Russian ground
# attacks were recorded near Siversk' (negation); reinforcement with drone operators (assessment); Kostiantynivka's
# population 'before 2022' and 'now' (statistics); roads 'since August', 'several more weeks … even if' (habit,
# forecast); the Ukrainian command 'has not signalled' a withdrawal (negation); Kamianske attacks 'since June' (habit);
# the 'human safari' practice (habit); detentions 'at least monthly this year' (habit); the Outlook (forecast).
STATEMENTS = [
    S("Andriy Marchuk", "UA", "It is a race between the crane and the reconnaissance drone", "grid engineer, Chernihiv"),
    S("Dmytro Kovtun", None, "both sides post the same ruins as proof that they hold them", "military analyst"),
    S("Iryna Sokur", "UA", "every trip is a gamble with the drones overhead", "volunteer coordinator, Kostiantynivka"),
    S("Valentyna Prykhodko", "UA", "he appears on television reading a text he did not write", "support group head, Berdiansk"),
]
# Not gold: the Saratov governor's fragments ("fragments of a drone", "an industrial site"; title only), the
# milblogger's "entered", the officials' "human safari".
MUST_NOT = ["KESTREL CENTRE FOR STRATEGIC STUDIES",
            "Research | Front Line Assessments | Maps | Podcast | Experts | About Kestrel | Donate",
            "Research › Europe › Russia–Ukraine › Front Line Assessments",
            "Assessment team: Ingrid Vaalberg, Tomasz Pelczar, Olena Dzyuba and Hamish Corrigan",
            "Published 22 October 2025 · 7:15 pm CET · reading time 14 minutes",
            "In this assessment: Key judgements · Long-range strikes · Kupiansk · Lyman and Siversk · Kostiantynivka · "
            "Pokrovsk · Huliaipole and Zaporizhzhia · Kherson · Occupied territories · Endnotes",
            "Information cut-off: 2:00 pm CET, 22 October. Reporting received after that time is carried over to "
            "tomorrow's assessment.",
            "[1] https://t.me/air_force_ua_example/50211",
            "[2] https://www.facebook.com/GeneralStaffUA.example/posts/771204",
            "[3] https://x.com/geolocated_front_example/status/19805511",
            "[4] https://x.com/geolocated_front_example/status/19800917",
            "[5] https://t.me/brigade_rodynske_example/3318", "[6] https://t.me/front_maps_example/88415",
            "[7] https://www.facebook.com/GeneralStaffUA.example/posts/770988",
            "Sign up for the Kestrel daily assessment",
            "Kestrel Centre for Strategic Studies is an independent, non-partisan research organisation. © 2025 Kestrel CSS"]

EVIDENCE = {
    "lq01-1": "Ukraine's Air Force reported two Iskander-M ballistic missiles, 11 Kh-101 cruise missiles and 118 Shahed-type attack drones and decoy drones.",
    "lq01-2": "Of these, nine of the cruise missiles, one of the ballistic missiles and 84 drones were downed or suppressed",
    "lq01-3": "A thermal power plant in Chernihiv Oblast took the heaviest blow",
    "lq01-4": "some 40,000 households in the oblast were left without electricity by the morning",
    "lq01-5": "In Kyiv's Dniprovskyi district, falling fragments of a drone set cars alight in a parking lot next to a residential block and one man was injured",
    "lq01-6": "Ukrainian drones hit the Saratov oil refinery on the night of October 21 to 22",
    "lq01-7": "The Russian Ministry of Defence (MoD) claimed to have downed 64 Ukrainian drones overnight",
    "lq01-8": "23 of which it said were destroyed over Saratov Oblast",
    "lq01-9": "with others over Bryansk and Voronezh oblasts",
    "lq01-10": "with others over Bryansk and Voronezh oblasts",
    "lq01-11": "The Russian Ministry of Defence (MoD) claimed to have downed 64 Ukrainian drones overnight",
    "lq01-12": "Russian troops assaulted Ukrainian positions in Kupiansk itself and north of the city near Kindrashivka on October 21 and 22",
    "lq01-13": "Russian troops assaulted Ukrainian positions in Kupiansk itself and north of the city near Kindrashivka on October 21 and 22",
    "lq01-14": "Ukrainian forces recently advanced in northern Kupiansk, as footage that was geolocated on October 21 shows Ukrainian soldiers clearing a school building",
    "lq01-15": "A Russian milblogger asserted on October 22 that Russian assault groups had \"entered\" Kupiansk-Vuzlovyi",
    "lq01-16": "Russian infantry attacked on October 21 near Lyman and northeast of the town, near Torske and Zarichne",
    "lq01-17": "Russian infantry attacked on October 21 near Lyman and northeast of the town, near Torske and Zarichne",
    "lq01-18": "Russian infantry attacked on October 21 near Lyman and northeast of the town, near Torske and Zarichne",
    "lq01-19": "Geolocated footage published on October 20 shows Russian soldiers moving along a street of private houses near the town's southeastern railway crossing.",
    "lq01-20": "Two guided bombs struck the centre of Kostiantynivka on October 21, killing two civilians and injuring five",
    "lq01-21": "Fighting took place in the southern and central districts of Pokrovsk and near Myrnohrad on October 21 and 22",
    "lq01-22": "Fighting took place in the southern and central districts of Pokrovsk and near Myrnohrad on October 21 and 22",
    "lq01-23": "Ukrainian forces repelled a Russian assault near Rodynske, north of Pokrovsk, on October 22",
    "lq01-24": "Geolocated footage published on October 21 shows Russian infantry in a tree line about a kilometre west of the village.",
    "lq01-25": "Russian forces attacked near Stepnohirsk, northwest of Orikhiv, and south of it near Kamianske on October 21.",
    "lq01-26": "Russian forces attacked near Stepnohirsk, northwest of Orikhiv, and south of it near Kamianske on October 21.",
    "lq01-27": "A Russian drone struck a municipal bus in Antonivka, a suburb on the eastern edge of Kherson, on October 21, killing one passenger and injuring two",
    "lq01-28": "Ukrainian forces struck a Russian command post near Tokmak with HIMARS rockets on October 20",
    "lq01-29": "Russian occupation authorities detained two men in occupied Berdiansk on October 19",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
