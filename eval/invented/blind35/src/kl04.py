from common import E, L, R, C, N, W, S, gold

TITLE = "Week six: Russia pulls back from Kyiv, leaving ruins and questions"
TEXT = """LÉMAN SUNDAY REVIEW
SUNDAY REVIEW · No. 14/2022 · Sunday 3 April 2022
Reading mode: Light | Dark
Week six: Russia pulls back from Kyiv, leaving ruins and questions
This week's review was compiled with a 04:00 CET cut-off. Times are local unless stated.
Our Europe desk, Lausanne
Five weeks after Russian columns crossed the border from Belarus, the battle for Kyiv is over, at least for now. Ukraine's deputy defence minister said on Saturday that the entire Kyiv region had been "liberated from the invader", after Russian units withdrew from the towns to the capital's north-west that they had held since the first days of the war. What Ukrainian soldiers found there is likely to shape the war, and the talks, for a long time.

The north: a retreat called a regrouping

The turn came on Tuesday in Istanbul. After a round of face-to-face talks between the two delegations at a palace on the Bosporus, Russia's deputy defence minister announced that Moscow would "drastically reduce" military activity near Kyiv and Chernihiv to "increase mutual trust". Western governments were sceptical, and the night that followed gave them reason: Chernihiv was shelled through Wednesday night, its mayor said, hitting a library and several apartment blocks. He did not give casualty figures.

By Thursday, however, columns of Russian trucks and armour were seen moving north towards the Belarusian border, and on Friday Ukrainian troops entered Bucha, a commuter town of leafy streets and new apartment blocks. On Saturday they raised the flag over the wrecked airfield at Hostomel, where the invasion's most ambitious operation had begun.

"The main objectives of the first stage have been accomplished, and our forces are now concentrating on the liberation of Donbas," Major General Anatoly Fedin, a Russian defence ministry spokesman, told reporters in Moscow. Ukrainian officers call it a defeat. "They did not regroup, they ran, and they left their dead in the fields," said Captain Ostap Levchuk, whose company was among the first to reach the centre of Bucha.

How it started

It is worth remembering how close Russia came. On the first morning of the war, 24 February, helicopters carrying Russian airborne troops landed at the Hostomel airfield, some 25 kilometres from the city limits, and fought Ukrainian National Guard units for the runway through the day. On 25 February Ukrainian sappers blew up the road bridge over the Irpin river to stop armour reaching the capital from the west; the wreck, under which residents later crossed on planks, became one of the war's first images.

Russian troops took Bucha and the neighbouring villages in the first days of March. A column of vehicles that satellite images showed stretching for more than 60 kilometres north of Kyiv at the end of February never reached the city. Hit by ambushes, short of fuel and stuck on muddy roads, it was gradually dispersed into the forests.

Further east, the picture had shifted earlier. Ukrainian forces retook the town of Trostianets in the Sumy region on 26 March after a month of occupation, the first sizeable town to be recovered. The same day, Russian missiles hit a fuel depot on the eastern edge of Lviv, injuring five people, a reminder that the far west of the country is not out of reach.
Print edition readers: our maps of the Kyiv front are on pages 6 and 7.
Bucha

The first pictures from Bucha, published on Saturday, showed bodies lying in the main street, some with their hands tied. The town's mayor said residents had buried about 280 people in mass graves during the occupation. It is not yet known when, or by whom, most of them were killed; Ukrainian prosecutors said they had opened investigations into war crimes.

"We lived in the cellar for 33 days. When we came out, we did not recognise our own street," said Natalia Hryhorenko, a retired teacher who stayed in Bucha throughout. Moscow has not commented on the images so far.

The south and east

In Mykolaiv, the death toll from Tuesday's missile strike on the regional administration building rose to 33 by Saturday, the emergency service said, after rescuers finished searching the collapsed central section. Russia has not commented on the strike.

Early on Sunday, explosions shook Odesa. The city council said missiles had hit an oil refinery and fuel storage tanks in the port city, starting fires; no one was hurt, it said. Russia's defence ministry said it had struck the refinery near Odesa with "high-precision sea- and air-based missiles", claiming the facility supplied fuel to Ukrainian troops near Mykolaiv.

Across the border, the governor of Russia's Belgorod region said two Ukrainian helicopters had flown in at low altitude early on Friday and fired at a fuel depot on the outskirts of Belgorod, injuring two workers. Ukraine's security council secretary denied the claim. "Ukraine did not strike Belgorod, and we do not comment on fires at Russian depots," he said on television. If confirmed, it would be the first Ukrainian air strike on Russian soil.

In Mariupol, where tens of thousands remain under siege, a convoy of buses organised by the Red Cross again failed to reach the city on Friday. The Red Cross said its team would try again in the coming days.

What comes next

Western officials expect Russia to shift the forces withdrawn from the north to the east, possibly via Belarus and Belgorod, within weeks. "A pause in the north is not an end to the war. The units will be refitted and they will reappear in Donbas," said Karsten Ebner, a military historian at the University of Bern.

The talks are to continue by video, with Ukraine proposing neutrality in exchange for legally binding security guarantees. Whether the images from Bucha leave room for a compromise is another matter. Several EU governments said on Saturday they would press for tougher sanctions, including on Russian coal, next week.

For the towns north of Kyiv, the next task is demining. Residents are asked not to return until sappers have checked their streets, and the regional administration says that could take weeks.
Support independent Swiss journalism — from CHF 9 a month
Share this review by e-mail ✉
Next Sunday: how Europe's gas buyers are preparing for a cut-off
"""
DOC = {"id": "kl04", "date": "2022-04-03", "source": "Léman Sunday Review (Swiss weekly, English edition)",
       "url": "https://lemansunday.example/en/review/2022-14/week-six-russia-pulls-back-from-kyiv", "text": TEXT}

EVENTS = [
    E("kl04-1", "territory_change", "2022-04-02", R("UA-32", "Kyiv region"), "UA", "RU",
      note="'said on Saturday that the entire Kyiv region had been \"liberated\"' (2 Apr): region-wide recapture, "
           "dated by the statement"),
    E("kl04-2", "diplomatic_contact", "2022-03-29", L("Istanbul"), None, None,
      note="'on Tuesday in Istanbul … face-to-face talks between the two delegations' (29 Mar); the announced "
           "reduction of activity is a pledge, not an event"),
    E("kl04-3", "missile_artillery_strike", "2022-03-30", L("Chernihiv"), "RU", "UA", family=["air_drone_strike"],
      note="'Chernihiv was shelled through Wednesday night' (30 Mar), library and blocks hit; no casualty figures"),
    E("kl04-4", "military_mobilization", "2022-03-31", C("UA", "northern Ukraine"), "RU", None, optional=True,
      note="'By Thursday … columns … seen moving north towards the Belarusian border': withdrawal movement without a "
           "place; optional"),
    E("kl04-5", "territory_change", "2022-04-01", L("Bucha"), "UA", "RU",
      note="'on Friday Ukrainian troops entered Bucha' (1 Apr)"),
    E("kl04-6", "territory_change", "2022-04-02", L("Hostomel", 2, "Hostomel airfield"), "UA", "RU",
      note="'On Saturday they raised the flag over the wrecked airfield at Hostomel' (2 Apr): airfield = precision 2"),
    E("kl04-7", "armed_clash", "2022-02-24", L("Hostomel", 2, "Hostomel airfield"), "RU", "UA",
      note="recalled with its day: airborne landing 'On the first morning of the war, 24 February' and fighting 'for "
           "the runway through the day' = clash, required (recalled event with a resolvable day)"),
    E("kl04-8", "looting_destruction", "2022-02-25", L("Irpin", 2, "bridge over the Irpin river"), "UA", None,
      family=["remote_explosive"],
      note="'On 25 February Ukrainian sappers blew up the road bridge over the Irpin river': demolition of property "
           "by the defender (remote_explosive accepted); the town Irpin's point, precision 2"),
    E("kl04-9", "territory_change", "2022-03-01", L("Bucha"), "RU", "UA", end="2022-03-05", prec="range",
      optional=True,
      note="'took Bucha … in the first days of March': vague recalled capture, optional"),
    E("kl04-10", "military_mobilization", "2022-02-28", L("Kyiv", 2, "north of Kyiv"), "RU", "UA", optional=True,
      note="the column 'at the end of February' north of Kyiv: vague recalled movement, optional"),
    E("kl04-11", "territory_change", "2022-03-26", L("Trostianets"), "UA", "RU",
      note="'retook the town of Trostianets in the Sumy region on 26 March' (recalled with its day: required); "
           "geonames Trostyanets 691255 (Sumy oblast)"),
    E("kl04-12", "missile_artillery_strike", "2022-03-26", L("Lviv", 2, "eastern edge of Lviv"), "RU", "UA", inj=N(5),
      weapons=[W("missile")],
      note="'The same day [26 March], Russian missiles hit a fuel depot on the eastern edge of Lviv, injuring five' "
           "(recalled with day, required); edge = precision 2"),
    E("kl04-13", "attack_on_civilians", None, L("Bucha"), "RU", "UA", prec="unknown", optional=True,
      note="bodies found in Bucha, 'not yet known when, or by whom, most of them were killed': undated, perpetrator "
           "not stated by the text; optional (the 280 buried are not one incident's toll)"),
    E("kl04-14", "missile_artillery_strike", "2022-03-29", L("Mykolaiv"), "RU", "UA", fat=N(33),
      weapons=[W("missile")],
      note="'Tuesday's missile strike on the regional administration building' in Mykolaiv (29 Mar); toll 'rose to 33 "
           "by Saturday' (latest figure)"),
    E("kl04-15", "missile_artillery_strike", "2022-04-03", L("Odesa"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      note="'Early on Sunday' (publication day): missiles on a refinery and fuel tanks in Odesa, 'no one was hurt'; the "
           "Russian MoD's 'refinery near Odesa' is the same event (counter-claim of purpose)"),
    E("kl04-16", "air_drone_strike", "2022-04-01", L("Belgorod", 2, "outskirts of Belgorod"), "UA", "RU", inj=N(2),
      weapons=[W("aircraft")],
      note="governor: two Ukrainian helicopters 'early on Friday … fired at a fuel depot on the outskirts of "
           "Belgorod, injuring two workers'; Kyiv's denial is a counter-claim on the same event; helicopters = aircraft"),
]
# Not events: the Russian pledge to 'drastically reduce' activity (announcement), the Red Cross convoy that 'failed to
# reach' Mariupol (no violence stated), 'would try again', 'expect Russia to shift the forces' (forecast), talks 'to
# continue by video' (plan), 'would press for tougher sanctions … next week' (plan), demining 'could take weeks',
# investigations opened (not an event), the first pictures 'published on Saturday' (publication), Moscow's silence.
STATEMENTS = [
    S("Anatoly Fedin", "RU", "The main objectives of the first stage have been accomplished",
      "Russian defence ministry spokesman"),
    S("Ostap Levchuk", "UA", "They did not regroup, they ran", "Ukrainian company commander"),
    S("Natalia Hryhorenko", "UA", "We lived in the cellar for 33 days", "Bucha resident"),
    S("Karsten Ebner", None, "A pause in the north is not an end to the war", "military historian, University of Bern"),
]
MUST_NOT = ["LÉMAN SUNDAY REVIEW", "SUNDAY REVIEW · No. 14/2022 · Sunday 3 April 2022", "Reading mode: Light | Dark",
            "This week's review was compiled with a 04:00 CET cut-off. Times are local unless stated.",
            "Our Europe desk, Lausanne",
            "Print edition readers: our maps of the Kyiv front are on pages 6 and 7.",
            "Support independent Swiss journalism — from CHF 9 a month", "Share this review by e-mail ✉",
            "Next Sunday: how Europe's gas buyers are preparing for a cut-off"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
