from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine's week: power cuts, a refinery ablaze and a village that both sides claim"
TEXT = """The Northern Herald
World | Europe | Ukraine | Opinion | Sport | Culture
Ukraine's week: power cuts, a refinery ablaze and a village that both sides claim
Our Eastern Europe correspondent looks back at seven days of the war, from the biggest strike on the grid this autumn to a quiet rally for the missing
Saturday 15 November 2025, 07:00 GMT
Fiona Maclachlan, Kyiv
Follow @NorthernHeraldWorld
Listen to this article · 11 min

Winter has not formally arrived in Kyiv, but the city already lives by its rhythms. Shops hum with generators. Neighbours compare the timetables of power cuts on building chat groups the way they used to compare football scores. Every few nights the air-raid siren goes off and a few hundred people file down into the metro with blankets and folding chairs, as they have done for almost four years. It was a week in which the war's two great slow-moving campaigns — Russia's against Ukraine's energy system, Ukraine's against Russia's oil refineries — both lurched forward, and in which a small village in the south became the subject of the kind of dispute that is common on this front and rarely resolved quickly.

Saturday: the grid

The week began with the largest attack on Ukraine's power system since the summer. Russia launched 458 drones and 45 missiles, 32 of them ballistic, overnight into Saturday, according to Ukraine's air force, which said 406 drones and nine missiles had been shot down or jammed. The figures matter, because the ratio of missiles intercepted was the worst of the autumn: ballistic missiles remain the weapon that Ukraine's air defences find hardest to stop, and the country has only a limited number of Patriot systems to spread across a very large territory.

In Dnipro, a missile struck a nine-storey apartment building shortly after 5am, killing three people and injuring 12, the regional governor said. Thermal power plants in the Kharkiv and Poltava regions were also hit, the state energy company said, without giving details of the damage. By mid-morning the national grid operator, Ukrenergo, had introduced emergency power cuts across much of the country, the first such measure in November. Most regions were back on scheduled outages by Saturday night, but in Kharkiv, a city of more than a million people, some districts went without power for more than 20 hours.

"They are not trying to win a battle with this. They are trying to make people leave," said Oksana Hrynenko, an engineer at a Kharkiv heating plant, who spent the night with her team waiting for the all-clear to inspect the damage. "We will fix what they break, and then we will fix it again."

The attack had been widely expected. Ukrainian officials had warned for weeks that Russia was stockpiling missiles for a large strike on the grid once the weather turned cold, and the pattern of the past three winters suggests more will follow. The difference this year is that Russia is launching far more drones than before, sometimes more than 700 in a single night, forcing Ukraine to use expensive interceptor missiles or to rely on mobile fire groups with machine guns, which cannot be everywhere at once. Ukraine has begun to deploy cheap interceptor drones of its own, and officials say they are shooting down a growing share of the Shaheds. Whether that will be enough to protect the power stations through the winter is the question every energy engineer in the country is asking.

Sunday: the refinery

On the night of Saturday into Sunday it was Russia's turn. Ukrainian drones struck the oil refinery in Saratov on the Volga, some 800km from the front line, setting fire to a processing unit, according to Ukraine's general staff. Saratov's regional governor, Roman Bulatov, said debris from a downed drone had caused the fire and that one worker had been injured. Russia's defence ministry said its air defences had destroyed 64 Ukrainian drones over nine regions during the night.

The Saratov refinery has been hit several times this year, and the pattern has become familiar: a fire, a claim by Kyiv, an account of "falling debris" from the Russian authorities, and a few weeks of repairs. What has changed is the scale. Analysts estimate that Ukrainian strikes have at various points this autumn taken as much as a sixth of Russia's refining capacity offline, contributing to the fuel shortages that Russian drivers in the Far East and Crimea have been complaining about since August. Whether the campaign can do more than cause inconvenience is another matter: Russia still exports most of its crude by sea, and the money keeps coming.

Monday: Zaporizhzhia

On Monday afternoon, Russian aircraft dropped guided bombs on Zaporizhzhia, injuring five people, among them a 14-year-old girl, the regional governor Ivan Hnatenko said. The bombs, converted Soviet-era munitions fitted with wings and satellite guidance, are launched from aircraft flying well behind the front line and have become one of the most destructive weapons of the war. The city, whose pre-war population was about 750,000, lies some 35km from Russian positions.

Tuesday: a contested village

Russia's defence ministry said on Tuesday that its troops had "liberated" the village of Uspenivka in the Zaporizhzhia region, about 40km east of Huliaipole. Ukraine's general staff rejected the claim, saying that fighting in the village was continuing and that its troops were holding positions on its western edge. The Herald could not verify either account. Claims of this kind are made almost daily; some prove accurate, some premature, and some are quietly dropped. Uspenivka had about 1,400 residents before the war. Almost none remain.

Military analysts in Kyiv say that the more important story in the south is not any single village but the gradual pressure Russian forces are exerting on the line between Huliaipole and Orikhiv, a sector that was relatively quiet for most of 2024. If Russia were to break through there, they argue, it could threaten the approaches to Zaporizhzhia itself — though few believe that is imminent.

The wider front

Tuesday's dispute is a reminder of how little the front line itself moves in any single week, and how much it moves over a season. Russian forces have advanced steadily in the Donetsk region since the spring, taking ground at a rate of a few hundred square kilometres a month, and the Ukrainian-held towns of Pokrovsk and Myrnohrad have been under growing pressure since the summer. Ukrainian commanders describe a war of small groups: two or three Russian soldiers slipping through a tree line under the cover of drones, waiting in a ruined house, and being joined a few days later by others. The tactic is costly for Russia, but it is hard to stop with an army short of infantry.

Ukraine's commander-in-chief said this week that Russia had concentrated more than 150,000 troops in the Pokrovsk direction. The figure could not be verified, and commanders on both sides have an interest in exaggerating the enemy's numbers. What is clear is that both armies are exhausted, and that neither has the reserves for a decisive breakthrough. "This is not a war of manoeuvre any more," said a retired British officer who advises a European government on Ukraine. "It is a war of attrition fought by drones and infantry, and it will be decided by who runs out of people first."

Wednesday: money and memory

Norway's government announced on Wednesday that it would contribute 5bn kroner (about £370m) to fund air defence systems for Ukraine, part of a package to be bought from American manufacturers under a Nato-run scheme. "Every interceptor we help pay for is a hospital that stays lit," Norway's defence minister, Tore Lindahl, told reporters in Oslo.

That evening, several hundred people gathered on Independence Square in Kyiv for a rally organised by families of soldiers missing in action and prisoners of war. They held photographs and handmade banners, and sang the national anthem at the end. Police watched from a distance; there were no arrests. "My son has been in captivity for 19 months. I need the world to remember his name," said Liudmyla Savchuk, who travelled from Chernihiv for the rally.

Ukraine and Russia have carried out dozens of prisoner exchanges since 2022, but families say that thousands of Ukrainians remain in Russian captivity, many of them without any confirmation from Moscow that they are alive.

Thursday: Kherson

On Thursday morning a Russian drone struck a city bus in Kherson, killing one passenger and injuring six, including the driver, the regional military administration said. Kherson, on the right bank of the Dnipro river, has been under almost constant shelling and drone attack since Ukrainian forces retook it in November 2022; local officials describe the drones that hunt cars and pedestrians in the city's riverside districts as a "human safari". Bus routes in the southern districts were suspended for the rest of the day.

Kherson's residents have learned to read the sky. In the riverside districts, people walk close to the walls of buildings, under trees where there are any, and cross open spaces at a run. Many shops have strung netting across their entrances. The city authorities have distributed small electronic detectors that warn of approaching drones, but there are not enough for everyone. "We used to fear the shells," a pharmacist in the city centre told the Herald by phone. "Now the shells are almost a relief. You cannot hear a drone until it is too late."

Friday: Kyiv

The week ended as it began. Overnight into Friday, Russia launched 19 ballistic missiles and 430 drones at Ukraine, the air force said, with Kyiv the main target. Air defences destroyed 14 of the missiles and 405 of the drones. In the capital, four people were killed and 27 injured when missile fragments and drones hit residential buildings in the Dniprovskyi and Desnianskyi districts, the head of the city's military administration said. On Friday morning, firefighters were still working on the upper floors of a 16-storey building on the left bank of the Dnipro.

The week in numbers

The figures for the week are grim even by this autumn's standards. Since the start of October, Russia has launched more than 5,000 drones at Ukraine, according to an analysis of air force data by the Herald. Energy officials say the country will go into winter with less generating capacity than last year, and the government has asked businesses to install their own backup power where they can.

The diplomatic track

Behind the headlines, diplomats spent the week trying, and failing, to revive talks. A senior Ukrainian official said that Kyiv remained ready for a ceasefire along the current line of contact but would not withdraw from the parts of the Donetsk region it still holds. The Kremlin repeated that any settlement must take into account "the new territorial realities". Neither side showed any sign of moving, and European officials privately say that they expect no serious negotiations before the spring. The gap between the two positions is not a matter of wording: it concerns territory, security guarantees and the future of the Ukrainian army, and it has not narrowed in a year.

What next?

European foreign ministers are due to discuss a new package of sanctions against Russia next week, and the US administration has said it expects to present fresh ideas for a ceasefire "soon". In Kyiv, few people expect either to change much before the new year. The most common question here is not when the war will end, but how cold this winter will be.

Fiona Maclachlan is The Northern Herald's Eastern Europe correspondent.
Most read
1. Edinburgh tram extension delayed again
2. Six of the best winter walks in the Cairngorms
3. Scotland's rugby coach names squad for autumn finale
Sign up to our daily World Briefing
Comments are closed for this article
© The Northern Herald Ltd 2025
"""
DOC = {"id": "t03", "date": "2025-11-15", "source": "The Northern Herald",
       "url": "https://www.northernherald.example/world/2025/nov/15/ukraine-week-power-cuts-refinery-village", "text": TEXT}

EVENTS = [
    E("t03-1", "missile_artillery_strike", "2025-11-08", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(458)), W("missile", launched=N(45))],
      claimant="Ukrainian air force", note="'overnight into Saturday'; 32 of the 45 missiles ballistic (a subset, not a separate weapon)"),
    E("t03-2", "interception", "2025-11-08", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(406)), W("missile", intercepted=N(9))], claimant="Ukrainian air force"),
    E("t03-3", "missile_artillery_strike", "2025-11-08", L("Dnipro"), "RU", "UA", fat=N(3), inj=N(12),
      weapons=[W("missile")], parent="t03-1", claimant="regional governor"),
    E("t03-4", "missile_artillery_strike", "2025-11-08", R("UA-63", "Kharkiv region (thermal power plant)"), "RU", "UA",
      parent="t03-1", family=["air_drone_strike"], claimant="state energy company", note="weapon unstated"),
    E("t03-5", "missile_artillery_strike", "2025-11-08", R("UA-53", "Poltava region (thermal power plant)"), "RU", "UA",
      parent="t03-1", family=["air_drone_strike"], claimant="state energy company", note="weapon unstated"),
    E("t03-6", "infrastructure_disruption", "2025-11-08", C("UA", "Ukraine"), "RU", "UA", claimant="Ukrenergo",
      note="emergency power cuts across much of the country"),
    E("t03-7", "infrastructure_disruption", "2025-11-08", L("Kharkiv"), "RU", "UA", optional=True,
      note="some districts without power for 20+ hours; part of the national cuts"),
    E("t03-8", "air_drone_strike", "2025-11-09", L("Saratov", 1, "Saratov oil refinery"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], claimant="Ukrainian general staff / Roman Bulatov",
      note="night of Saturday into Sunday; Russia's 'debris' version is the same incident"),
    E("t03-9", "interception", "2025-11-09", C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(64))],
      claimant="Russian defence ministry", note="over nine (unnamed) regions"),
    E("t03-10", "air_drone_strike", "2025-11-10", L("Zaporizhzhia"), "RU", "UA", inj=N(5),
      weapons=[W("guided_bomb")], claimant="Ivan Hnatenko"),
    E("t03-11", "territory_change", "2025-11-11", L("Uspenivka"), "RU", "UA", claimant="Russian defence ministry",
      note="'liberated' claim, rejected by Kyiv"),
    E("t03-12", "armed_clash", "2025-11-11", L("Uspenivka"), "RU", "UA", claimant="Ukrainian general staff",
      note="Ukraine: fighting in the village continuing"),
    E("t03-13", "policy_decision", "2025-11-12", L("Oslo"), "NO", None, claimant="Tore Lindahl",
      note="5bn kroner for air defence"),
    E("t03-14", "protest", "2025-11-12", L("Kyiv", 1, "Independence Square, Kyiv"), "UA", None,
      note="peaceful rally of POW/MIA families, no arrests"),
    E("t03-15", "air_drone_strike", "2025-11-13", L("Kherson"), "RU", "UA", fat=N(1), inj=N(6),
      weapons=[W("drone")], claimant="Kherson regional military administration"),
    E("t03-16", "infrastructure_disruption", "2025-11-13", L("Kherson"), "RU", "UA", optional=True,
      note="bus routes suspended after the strike"),
    E("t03-17", "missile_artillery_strike", "2025-11-14", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", launched=N(19)), W("drone", launched=N(430))], claimant="Ukrainian air force"),
    E("t03-18", "interception", "2025-11-14", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("ballistic_missile", intercepted=N(14)), W("drone", intercepted=N(405))], claimant="Ukrainian air force"),
    E("t03-19", "missile_artillery_strike", "2025-11-14", L("Kyiv", 1, "Kyiv (Dniprovskyi and Desnianskyi districts)"),
      "RU", "UA", fat=N(4), inj=N(27), weapons=[W("ballistic_missile"), W("drone")], parent="t03-17",
      family=["air_drone_strike"], claimant="head of Kyiv city military administration"),
    E("t03-20", "air_drone_strike", "2025-10-01", C("UA", "Ukraine"), "RU", "UA", end="2025-11-14", prec="range",
      agg=True, optional=True, weapons=[W("drone", launched=N(5000, "at_least"))],
      family=["missile_artillery_strike"], note="'since the start of October, more than 5,000 drones' tally"),
]
STATEMENTS = [
    S("Oksana Hrynenko", "UA", "They are trying to make people leave", "engineer at a Kharkiv heating plant"),
    S("Tore Lindahl", "NO", "Every interceptor we help pay for is a hospital that stays lit", "Norwegian defence minister"),
    S("Liudmyla Savchuk", "UA", "I need the world to remember his name", "mother of a prisoner of war"),
]
MUST_NOT = ["World | Europe | Ukraine | Opinion | Sport | Culture", "Saturday 15 November 2025, 07:00 GMT",
            "Follow @NorthernHeraldWorld", "Listen to this article · 11 min",
            "Fiona Maclachlan is The Northern Herald's Eastern Europe correspondent.", "Most read",
            "1. Edinburgh tram extension delayed again", "2. Six of the best winter walks in the Cairngorms",
            "3. Scotland's rugby coach names squad for autumn finale", "Sign up to our daily World Briefing",
            "Comments are closed for this article", "© The Northern Herald Ltd 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
