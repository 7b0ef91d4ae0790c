from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, CLA, TER

TITLE = "The war in maps: a slow week at Chasiv Yar, a fast one at Vovchansk"
TEXT = """THE NORTHLINE GAZETTE
World | Europe | The war in maps | Opinion | Data | Podcasts | Subscribe
World › Europe › The war in maps
The war in maps: a slow week at Chasiv Yar, a fast one at Vovchansk
Week 17 of our series · Sunday 16 June 2024
By Clara Oyelowo-Brandt (maps) and Niklas Ahtisaari-Park (text)
Share on X · Share on Facebook · Copy link · Print
Each Sunday we redraw the front with the week's evidence: geolocated videos, official statements from both sides and satellite pictures. Shaded areas show where the balance changed between Monday and Saturday; where the evidence is thin, we say so.

Six maps tell most of this week's story. The front did not move much overall: we estimate that Russia gained a little under 30 square kilometres, most of it in the Donetsk region, and Ukraine took back about 4 square kilometres in the north. But the numbers hide a sharp difference between sectors. Around Vovchansk the two armies are fighting for single buildings; around Chasiv Yar they are fighting for a canal; in the south, the lines hardly moved at all.

1. The north: Vovchansk and Lyptsi
Map 1: Northern Kharkiv region, 10–15 June. Graphic: Clara Oyelowo-Brandt / Northline. Sources: DeepState, Ukrainian General Staff, Russian MoD, Northline analysis
The Russian push into the Kharkiv region that began in May has stalled along a line a few kilometres from the border, and this week the fighting narrowed to the town of Vovchansk. From Monday to Thursday, Russian and Ukrainian units fought over the aggregate plant in the northern part of the town, a concrete complex that both sides treat as a fortress. The Ukrainian General Staff said on Friday that its troops still held the plant; Russian milbloggers said the opposite. Our map marks it as contested.

Farther west, Ukrainian troops took back a tree line south of Lyptsi on Wednesday, according to footage that a Ukrainian brigade published the same day and that we were able to geolocate. The gain is small, but it pushes Russian artillery spotters further from the northern edge of Kharkiv.

"A month ago we were measuring their advance in kilometres. Now we are measuring ours in metres, and I prefer the second problem," said Serhiy Halushko, a company commander fighting near Lyptsi.

The shape of the Russian salient explains why Kharkiv itself remains within reach of glide bombs. On Saturday afternoon, a guided bomb hit a five-storey apartment building in the Saltivskyi district of Kharkiv. By Sunday morning the regional governor put the toll at three killed and 11 wounded; on Saturday evening he had reported two dead. Rescuers were still clearing the rubble when this piece was published.

2. Chasiv Yar: the canal line
Map 2: Chasiv Yar and the Siverskyi Donets–Donbas canal. Graphic: Clara Oyelowo-Brandt / Northline. Sources: geolocated footage, Ukrainian 24th Brigade statements
Chasiv Yar sits on high ground west of Bakhmut, and a canal runs through it from north to south. Russian forces reached the eastern Kanal microdistrict in April and have been trying to cross the canal ever since. This week they made one visible gain: a video published on Tuesday, which we geolocated to the northern edge of the Kanal microdistrict, shows Russian infantry raising a flag on a four-storey building that Ukrainian troops had held until then.

That gain does not yet put Russian troops across the water. The canal runs in an underground pipe for a few hundred metres in the south of the town, and that is where military analysts expect the next attempt. If the Russian command manages to cross there, Ukrainian positions on the western bank would be much harder to supply.

"People outside think the canal is a river. It is not; it is a ditch with concrete sides, and in some places you can cross it in a few seconds if nobody is watching," said Yevheniia Kravets, a military analyst at the Kharkiv Centre for Defence Research.

3. Toretsk and Niu-York
Map 3: The Toretsk sector. Graphic: Clara Oyelowo-Brandt / Northline. Sources: Ukrainian General Staff, Russian MoD, geolocated footage
For months the Toretsk sector was one of the quietest on the Donetsk front. That changed this week. Russian troops attacked Niu-York and the nearby town of Toretsk on Thursday and Friday, the Ukrainian General Staff reported, using armoured vehicles for the first time in weeks. We did not see footage confirming any advance, and our map shows no change.

The name of Niu-York, which is Ukrainian for New York, goes back to German Mennonite settlers of the nineteenth century; the Soviet authorities renamed it Novhorodske in 1951, and the old name was restored in 2021. It is now a frontline village whose name travels well on social media, which may be one reason why both sides talk about it so often.

4. Krasnohorivka
Map 4: Krasnohorivka, west of Donetsk. Graphic: Clara Oyelowo-Brandt / Northline. Sources: Russian MoD, Ukrainian General Staff
The Russian Ministry of Defence claimed on Friday that its forces had taken Krasnohorivka, a town of some 15,000 people before the war, west of Donetsk. We do not show the town as captured. The video the ministry released shows a flag on the roof of a building in the eastern part of the town, and the Ukrainian General Staff said that fighting continued inside Krasnohorivka on Friday. We have seen no evidence that Russia controls the western districts, where the town's refractory plant stands.

"The ministry announces the town, and the soldiers then spend a month earning the announcement," said Arkady Zimin, a Russian military blogger who writes about the Donetsk front.

5. The south: Staromaiorske and the Dnipro
Map 5: Southern Donetsk region and the Dnipro river. Graphic: Clara Oyelowo-Brandt / Northline. Sources: geolocated footage, Ukrainian Southern Defence Forces
The southern front saw few changes. The one we can document is Russian: footage geolocated on Monday shows Russian troops back in a field position north of Staromaiorske, one of the villages Ukraine liberated during last summer's counteroffensive. The village itself remains in Ukrainian hands.

On the Dnipro, Ukrainian marines still hold positions in and around Krynky on the left bank, though it is no longer clear how many. On Tuesday, Russian aircraft dropped guided bombs on Krynky, according to the Ukrainian Southern Defence Forces, who did not give casualty figures. The Krynky bridgehead has been a symbol for Ukraine since last autumn; many military analysts now ask whether it is worth the cost.

6. Strikes behind the lines
Map 6: Long-range strikes, 10–15 June. Graphic: Clara Oyelowo-Brandt / Northline. Sources: Ukrainian Air Force, regional administrations, satellite imagery (Planet Labs)
The week's largest Russian air attack came overnight into Thursday, when Russia launched four Kalibr cruise missiles and 31 Shahed drones at Ukraine, according to the Ukrainian Air Force. Three of the Kalibrs and 27 of the drones were shot down. Debris hit the port of Odesa, injuring two port workers, the regional governor said.

Ukraine, for its part, hit a Russian air defence site near Dzhankoi in northern Crimea on the night of Wednesday to Thursday. Satellite images taken on Friday show two burnt-out launchers on the site; the Ukrainian General Staff said it had used ATACMS missiles. Russia did not comment.

Summing up on Sunday, the Ukrainian president said Russia had used more than 800 guided bombs, about 700 attack drones and nearly 60 missiles against Ukraine over the week.

What the maps do not show
A note on how we draw these lines. We mark an area as changed only when at least two independent pieces of evidence agree, or when one geolocated video leaves no doubt. A flag on a roof counts as evidence that soldiers were there, not that they stayed. Claims by either ministry of defence, on their own, never move a line on our maps. This makes our maps slower than the official ones, and occasionally we have had to shade an area weeks after the fact.

Maps of territory say little about the cost of each metre. Both armies are fighting with fewer infantry than their commanders would like and with more drones than any army has ever used. Ukraine's new mobilisation law took effect in May; its first recruits will not reach the front for several weeks. Western ammunition is arriving faster than in the winter, but not yet in the quantities that Ukrainian commanders say they need.

Our estimate for the next week: more pressure at Chasiv Yar and in the Toretsk sector, continuing attacks at Krasnohorivka, and no major change around Vovchansk unless Russia brings in reserves from the Belgorod region. Forecasts like this one have been wrong before.

"Russia is testing several sectors at once to see where the line bends. The danger is not any one village; it is a line that bends in four places at the same time," said Erik Lindahl, a senior fellow at the Stockholm Institute for Eastern Studies.

About this series: The war in maps is updated every Sunday. Our methods are explained on the series page.
Maps: Northline graphics desk. Base map © OpenStreetMap contributors
Get The war in maps in your inbox every Sunday — sign up here
© 2024 The Northline Gazette Ltd
"""
DOC = {"id": "lq02", "date": "2024-06-16", "source": "The Northline Gazette (newspaper, weekly 'war in maps' explainer)",
       "url": "https://northline-gazette.example/world/europe/war-in-maps/2024/06/16", "text": TEXT}


def d(n):
    return f"2024-06-{n:02d}"


WAVE = "lq02-11"
EVENTS = [
    E("lq02-1", CLA, d(10), L("Vovchansk"), "RU", "UA", prec="range", end=d(13),
      note="'From Monday to Thursday, Russian and Ukrainian units fought over the aggregate plant in the northern part "
           "of the town' (Sunday 16 June: Mon 10 - Thu 13): a range, inside the town (precision 1); attacker RU (the "
           "Russian push); the push 'that began in May' is history"),
    E("lq02-2", TER, d(12), H("Lyptsi", "south of Lyptsi"), "UA", "RU",
      note="'Ukrainian troops took back a tree line south of Lyptsi on Wednesday' = 12 June; 'south of X' = precision 2"),
    E("lq02-3", ADS, d(15), L("Kharkiv"), "RU", "UA", fat=N(3), inj=N(11), weapons=[W("guided_bomb")],
      claimant="Kharkiv regional governor",
      note="'On Saturday afternoon, a guided bomb hit a five-storey apartment building in the Saltivskyi district of "
           "Kharkiv' = 15 June, city district = the city; 'By Sunday morning … three killed and 11 wounded' supersedes "
           "Saturday evening's 'two dead' (latest figure wins); a single bomb is not counted as launched"),
    E("lq02-4", TER, d(11), L("Chasiv Yar"), "RU", "UA",
      note="'a video published on Tuesday, which we geolocated to the northern edge of the Kanal microdistrict, shows "
           "Russian infantry raising a flag on a four-storey building that Ukrainian troops had held until then': a "
           "Russian gain dated by the footage (11 June), inside the town; reaching the Kanal microdistrict 'in April' is "
           "history"),
    E("lq02-5", CLA, d(13), L("Niu-York"), "RU", "UA", prec="range", end=d(14),
      claimant="Ukrainian General Staff",
      note="'Russian troops attacked Niu-York and the nearby town of Toretsk on Thursday and Friday': one clash per "
           "place, range 13-14 June; 'attacked Niu-York' names the village itself as the object of the attack "
           "(precision 1), unlike 'attacked near X'"),
    E("lq02-6", CLA, d(13), L("Toretsk"), "RU", "UA", prec="range", end=d(14),
      claimant="Ukrainian General Staff",
      note="second place of the same sentence; 'We did not see footage confirming any advance' -> no territory change"),
    E("lq02-7", TER, d(14), L("Krasnohorivka"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="the MoD 'claimed on Friday that its forces had taken Krasnohorivka'; the page does not show it captured and "
           "doubts the claim -> optional (blind63 call 2); Krasnohorivka 704393 (Donetsk), not the Poltava village"),
    E("lq02-8", CLA, d(14), L("Krasnohorivka"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'the Ukrainian General Staff said that fighting continued inside Krasnohorivka on Friday': the other side's "
           "fighting in the town is a required clash (blind63 call 5), inside the town = precision 1"),
    E("lq02-9", TER, d(10), H("Staromaiorske", "north of Staromaiorske"), "RU", "UA",
      note="'footage geolocated on Monday shows Russian troops back in a field position north of Staromaiorske': a "
           "Russian gain dated by the footage (10 June), precision 2; its liberation 'during last summer's "
           "counteroffensive' is history"),
    E("lq02-10", ADS, d(11), L("Krynky"), "RU", "UA", weapons=[W("guided_bomb")],
      claimant="Ukrainian Southern Defence Forces",
      note="'On Tuesday, Russian aircraft dropped guided bombs on Krynky' = 11 June; no casualty figures (absent); the "
           "bridgehead 'since last autumn' is history"),
    E(WAVE, MAS, d(13), C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kalibr", launched=N(4)), W("drone", "Shahed-136", launched=N(31))],
      note="'overnight into Thursday, when Russia launched four Kalibr cruise missiles and 31 Shahed drones' = 13 June; "
           "nationwide wave, country precision, typed by the missiles"),
    E("lq02-12", INT, d(13), C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kalibr", intercepted=N(3)), W("drone", intercepted=N(27))],
      note="'Three of the Kalibrs and 27 of the drones were shot down' (fronted number): the wave's interception"),
    E("lq02-13", ADS, d(13), L("Odesa"), "RU", "UA", parent=WAVE, inj=N(2), family=[MAS],
      claimant="Odesa regional governor",
      note="'Debris hit the port of Odesa, injuring two port workers': child of the wave, debris of what is not said "
           "(missiles or drones) -> both strike types"),
    E("lq02-14", MAS, d(13), H("Dzhankoi", "near Dzhankoi"), "UA", "RU",
      weapons=[W("ballistic_missile", "ATACMS")], claimant="Ukrainian General Staff",
      note="'Ukraine … hit a Russian air defence site near Dzhankoi in northern Crimea on the night of Wednesday to "
           "Thursday' = 13 June (the night's later day); ATACMS named; near X = precision 2; Crimea = UA-43; the Friday "
           "satellite images document the same strike"),
    E("lq02-15", MAS, d(10), C("UA", "Ukraine"), "RU", "UA", end=d(16), prec="week", agg=True, family=[ADS],
      claimant="president of Ukraine",
      weapons=[W("guided_bomb", launched=N(800, "at_least")), W("drone", launched=N(700, "about")),
               W("missile", launched=N(60, "almost"))],
      note="'Summing up on Sunday, the Ukrainian president said Russia had used more than 800 guided bombs, about 700 "
           "attack drones and nearly 60 missiles against Ukraine over the week': a week tally said on the publication "
           "Sunday -> required week aggregate (blind53 ld11-18), typed by the heaviest weapon, both types"),
]
# Not events: the week's territorial balance ('a little under 30 square kilometres', 'about 4 square kilometres':
# estimates, no incident); the Russian push 'that began in May' (history); the General Staff's 'still held the plant'
# (a state, part of lq02-1); Kharkiv 'remains within reach of glide bombs' (assessment); the Kanal microdistrict
# reached 'in April' and 'ever since' (history, habit); the expected crossing 'If the Russian command manages to cross'
# (forecast, conditional); 'We did not see footage confirming any advance' (negation); the history of Niu-York (1951,
# 2021); the town's pre-war population; 'We have seen no evidence that Russia controls the western districts'
# (negation); Staromaiorske's liberation last summer (history); the marines' numbers (unknown state); whether Krynky
# is 'worth the cost' (opinion); 'Russia did not comment' (negation); the mobilisation law 'took effect in May' (history,
# no day); ammunition deliveries (trend); the next week's forecast (forecast).
STATEMENTS = [
    S("Serhiy Halushko", "UA", "Now we are measuring ours in metres", "company commander near Lyptsi"),
    S("Yevheniia Kravets", None, "it is a ditch with concrete sides", "military analyst, Kharkiv Centre for Defence Research"),
    S("Arkady Zimin", "RU", "the soldiers then spend a month earning the announcement", "Russian military blogger"),
    S("Erik Lindahl", None, "it is a line that bends in four places at the same time",
      "senior fellow, Stockholm Institute for Eastern Studies"),
]
MUST_NOT = ["THE NORTHLINE GAZETTE",
            "World | Europe | The war in maps | Opinion | Data | Podcasts | Subscribe",
            "World › Europe › The war in maps",
            "Week 17 of our series · Sunday 16 June 2024",
            "By Clara Oyelowo-Brandt (maps) and Niklas Ahtisaari-Park (text)",
            "Share on X · Share on Facebook · Copy link · Print",
            "Map 1: Northern Kharkiv region, 10–15 June. Graphic: Clara Oyelowo-Brandt / Northline. Sources: DeepState, "
            "Ukrainian General Staff, Russian MoD, Northline analysis",
            "Map 2: Chasiv Yar and the Siverskyi Donets–Donbas canal. Graphic: Clara Oyelowo-Brandt / Northline. Sources: "
            "geolocated footage, Ukrainian 24th Brigade statements",
            "Map 3: The Toretsk sector. Graphic: Clara Oyelowo-Brandt / Northline. Sources: Ukrainian General Staff, "
            "Russian MoD, geolocated footage",
            "Map 4: Krasnohorivka, west of Donetsk. Graphic: Clara Oyelowo-Brandt / Northline. Sources: Russian MoD, "
            "Ukrainian General Staff",
            "Map 5: Southern Donetsk region and the Dnipro river. Graphic: Clara Oyelowo-Brandt / Northline. Sources: "
            "geolocated footage, Ukrainian Southern Defence Forces",
            "Map 6: Long-range strikes, 10–15 June. Graphic: Clara Oyelowo-Brandt / Northline. Sources: Ukrainian Air "
            "Force, regional administrations, satellite imagery (Planet Labs)",
            "About this series: The war in maps is updated every Sunday. Our methods are explained on the series page.",
            "Maps: Northline graphics desk. Base map © OpenStreetMap contributors",
            "Get The war in maps in your inbox every Sunday — sign up here",
            "© 2024 The Northline Gazette Ltd"]

EVIDENCE = {
    "lq02-1": "From Monday to Thursday, Russian and Ukrainian units fought over the aggregate plant in the northern part of the town",
    "lq02-2": "Ukrainian troops took back a tree line south of Lyptsi on Wednesday",
    "lq02-3": "On Saturday afternoon, a guided bomb hit a five-storey apartment building in the Saltivskyi district of Kharkiv.",
    "lq02-4": "a video published on Tuesday, which we geolocated to the northern edge of the Kanal microdistrict, shows Russian infantry raising a flag on a four-storey building",
    "lq02-5": "Russian troops attacked Niu-York and the nearby town of Toretsk on Thursday and Friday",
    "lq02-6": "Russian troops attacked Niu-York and the nearby town of Toretsk on Thursday and Friday",
    "lq02-7": "The Russian Ministry of Defence claimed on Friday that its forces had taken Krasnohorivka",
    "lq02-8": "the Ukrainian General Staff said that fighting continued inside Krasnohorivka on Friday",
    "lq02-9": "footage geolocated on Monday shows Russian troops back in a field position north of Staromaiorske",
    "lq02-10": "On Tuesday, Russian aircraft dropped guided bombs on Krynky",
    "lq02-11": "when Russia launched four Kalibr cruise missiles and 31 Shahed drones at Ukraine",
    "lq02-12": "Three of the Kalibrs and 27 of the drones were shot down.",
    "lq02-13": "Debris hit the port of Odesa, injuring two port workers",
    "lq02-14": "Ukraine, for its part, hit a Russian air defence site near Dzhankoi in northern Crimea on the night of Wednesday to Thursday.",
    "lq02-15": "Summing up on Sunday, the Ukrainian president said Russia had used more than 800 guided bombs, about 700 attack drones and nearly 60 missiles against Ukraine over the week.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
