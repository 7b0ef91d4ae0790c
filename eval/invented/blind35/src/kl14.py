from common import E, L, R, C, N, W, S, gold

TITLE = "A month that shook both armies: the dam, the counteroffensive and a mutiny on the road to Moscow"
TEXT = """THE CAPE MERIDIAN
ANALYSIS — This is an analysis piece. Read our labelling policy ›
World · Africa · Business · Opinion · Sport
A month that shook both armies: the dam, the counteroffensive and a mutiny on the road to Moscow
Tuesday, 27 June 2023
Listen: 11 min · narrated by a synthetic voice
Load-shedding schedule: Stage 4 from 16:00 in Johannesburg and Tshwane
By Zama Ndlovu, Europe correspondent
Four weeks ago the war in Ukraine looked set for a summer of slow attrition. Since then a dam has been blown apart, Ukraine has launched its long-awaited counteroffensive, and a private army has seized a Russian city and driven to within a few hours of the Kremlin. Here is how the month unfolded, and what it may mean.

Prelude: Bakhmut and the drones

The month began with a claim. On 20 May the head of the Wagner private military company announced that his men had taken Bakhmut, which Russian officials call Artemovsk, after ten months of fighting that left the town in ruins. Kyiv said for days that its troops still held a few buildings on the western edge; by early June even Ukrainian commanders spoke of fighting on the flanks rather than in the town.

Ten days later the war reached Moscow. Drones struck apartment buildings in the south-west of the capital early on 30 May, lightly injuring two people. Kyiv denied any direct role. Since then, drones have been reported over Russian regions almost every night.

The dam

In the early hours of 6 June, the Kakhovka dam on the Dnipro at Nova Kakhovka, held by Russian forces since the first days of the invasion, was destroyed. Water poured through the breach for days, flooding dozens of towns and villages on both banks downstream and emptying a reservoir that supplied water to much of southern Ukraine.

Each side blamed the other. "The Russians blew up the dam from the inside, in the engine room, to stop our offensive," Ukraine's Operational Command South said. Russia's Defence Ministry said Ukrainian artillery had hit the structure. "The Kyiv regime committed an act of sabotage on the Kakhovka hydroelectric station," the ministry said. Independent engineers have said an internal explosion is the more likely explanation, but no investigation has yet had access to the site.

The human toll is still being counted. Ukrainian and Russian-installed officials together have reported dozens of deaths, and many residents of the occupied left bank are still missing. On 11 June Russian troops opened fire on a boat evacuating residents near Hola Prystan, killing three people, Ukrainian officials said; the occupation authorities said the boat had been carrying soldiers.

"We carried old women out of the attics on our backs. The water smelled of fuel and dead animals," said Nadiia Kostenko, a volunteer who spent a week on the boats in Kherson.

The effects will last for years. Nikopol's municipal water supply, which drew on the reservoir, stopped on 8 June and has not been restored; the city now depends on trucked water.
Save for later ☐  ·  Share ⤴
The counteroffensive

Two days after the breach, on 8 June, Ukrainian brigades equipped with Western armour attacked Russian positions near Mala Tokmachka in the Zaporizhzhia region. Russian bloggers posted images of burnt-out Leopard tanks and Bradley vehicles, and the first weeks have brought little. On 11 June Ukraine said it had recaptured three villages south of Velyka Novosilka, the first gains of the operation. Since then its forces have advanced a few kilometres in places, against minefields several kilometres deep.

The mutiny

Then came the weekend nobody in Moscow had prepared for. On Friday evening the Wagner chief accused the regular army of striking his fighters' camps and announced a "march for justice"; the Defence Ministry called the accusation false. Early on Saturday, Wagner columns crossed into Russia and took control of the Southern Military District headquarters in Rostov-on-Don without a shot being fired. Residents brought the fighters coffee.

Columns then drove north along the M4 motorway through the Voronezh region. Near Voronezh, army helicopters attacked the convoy, and Wagner's air defences shot down several of them, killing at least 13 airmen, according to Russian military bloggers. The Defence Ministry has not confirmed the losses. On Saturday, Moscow declared a counter-terrorist operation regime, troops set up checkpoints on the approaches to the capital, and excavators dug up sections of the M4 in the Moscow region.

"For twenty-four hours, nobody in uniform knew whose orders to follow. That is what will be remembered," wrote Yegor Klimov, a pro-war Russian blogger.

By Saturday evening it was over. The column stopped some 200 kilometres from Moscow after the Belarusian president brokered a deal under which the Wagner chief would leave for Belarus and the criminal case against him would be dropped. The fighters withdrew from Rostov-on-Don overnight.

What it means

The mutiny exposed how thin the state's hold on its own armed men can be, and it is hard to imagine the Kremlin will forgive it. Whether it helps Ukraine on the battlefield is less clear. "Russia's lines in the south did not move because of the weekend. A rebellion in Rostov does not clear a minefield in Zaporizhzhia," said Thandeka Mokoena, a senior researcher at the Institute for Security Studies in Pretoria.

For Africa, the question is what happens to Wagner's units in the Central African Republic, Mali and Sudan. Officials in Bangui said on Monday that nothing would change. That, too, is a forecast worth watching.
Zama Ndlovu is our Europe correspondent, based in London.
Reading list: more analysis from our foreign desk ›
© The Cape Meridian (Pty) Ltd. Press Code complaints: ombud@capemeridian.example
"""
DOC = {"id": "kl14", "date": "2023-06-27", "source": "The Cape Meridian (South African news site, analysis)",
       "url": "https://capemeridian.example/world/analysis/2023-06-27-dam-counteroffensive-mutiny", "text": TEXT}

EVENTS = [
    E("kl14-1", "territory_change", "2023-05-20", L("Bakhmut"), "RU", "UA",
      note="recalled with its day: 'On 20 May the head of the Wagner private military company announced that his men "
           "had taken Bakhmut, which Russian officials call Artemovsk' (capture claim dated the day made)"),
    E("kl14-2", "armed_clash", "2023-05-21", L("Bakhmut", 2, "western edge of Bakhmut"), "RU", "UA",
      end="2023-06-05", prec="range", optional=True,
      note="'for days … still held a few buildings on the western edge', 'fighting on the flanks' by early June: "
           "vague continuing fighting, optional"),
    E("kl14-3", "air_drone_strike", "2023-05-30", L("Moscow"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="recalled with its day: 'Drones struck apartment buildings in the south-west of the capital early on 30 "
           "May, lightly injuring two' (Kyiv's denial = counter-claim)"),
    E("kl14-4", "air_drone_strike", "2023-05-31", C("RU", "Russian regions"), "UA", "RU", end="2023-06-27",
      prec="range", agg=True, optional=True,
      note="'drones have been reported over Russian regions almost every night': habitual, optional at most"),
    E("kl14-5", "remote_explosive", "2023-06-06", L("Nova Kakhovka", 2, "Kakhovka dam at Nova Kakhovka"), None, "UA",
      family=["missile_artillery_strike", "looting_destruction"],
      note="recalled with its day: dam 'destroyed' 'In the early hours of 6 June'; 'Each side blamed the other' "
           "(internal explosion vs artillery) → actor1 null, strike and destruction types accepted; the dam = near the "
           "town; flood deaths 'dozens' across both banks are not given as the event's count"),
    E("kl14-6", "attack_on_civilians", "2023-06-11", L("Hola Prystan", 2, "near Hola Prystan"), "RU", "UA", fat=N(3),
      family=["missile_artillery_strike"],
      note="'On 11 June Russian troops opened fire on a boat evacuating residents near Hola Prystan, killing three'; "
           "the occupation's 'carrying soldiers' is a counter-claim; weapon unstated (direct fire)"),
    E("kl14-7", "infrastructure_disruption", "2023-06-08", L("Nikopol"), None, "UA", parent="kl14-5",
      note="'Nikopol's municipal water supply … stopped on 8 June and has not been restored': caused by the breach, "
           "actor1 null as for the dam"),
    E("kl14-8", "armed_clash", "2023-06-08", L("Mala Tokmachka", 2, "near Mala Tokmachka"), "UA", "RU",
      note="'on 8 June, Ukrainian brigades … attacked Russian positions near Mala Tokmachka': attacker UA"),
    E("kl14-9", "territory_change", "2023-06-11", L("Velyka Novosilka", 2, "south of Velyka Novosilka"), "UA", "RU",
      note="'On 11 June Ukraine said it had recaptured three villages south of Velyka Novosilka' (villages unnamed: "
           "one event, precision 2); 'advanced a few kilometres in places' since then is vague (no event)"),
    E("kl14-10", "missile_artillery_strike", "2023-06-23", C("RU", "Wagner camps"), "RU", "RU", optional=True,
      family=["air_drone_strike"],
      note="'On Friday evening the Wagner chief accused the regular army of striking his fighters' camps' (denied as "
           "false, no place): optional"),
    E("kl14-11", "territory_change", "2023-06-24", L("Rostov-on-Don"), "RU", "RU", family=["armed_group_change"],
      note="'Early on Saturday' (24 Jun) Wagner 'took control of the Southern Military District headquarters in "
           "Rostov-on-Don without a shot': a non-state force overtakes a site; both sides RU (Wagner fights for Russia)"),
    E("kl14-12", "armed_clash", "2023-06-24", L("Voronezh", 2, "near Voronezh"), "RU", "RU", fat=N(13, "at_least"),
      family=["air_drone_strike", "interception"],
      note="'Near Voronezh, army helicopters attacked the convoy, and Wagner's air defences shot down several of them, "
           "killing at least 13 airmen' (Saturday, the column's march): fighting between the two Russian forces"),
    E("kl14-13", "military_mobilization", "2023-06-24", L("Moscow"), "RU", None,
      note="'On Saturday, Moscow declared a counter-terrorist operation regime, troops set up checkpoints on the "
           "approaches to the capital': security deployment"),
    E("kl14-14", "agreement", "2023-06-24", C("RU", "Russia"), "RU", "RU",
      note="'By Saturday evening … the Belarusian president brokered a deal' ending the march: agreement between the "
           "Kremlin and Wagner, no place named (country)"),
]
# Not events: 'a summer of slow attrition', the march 'within a few hours of the Kremlin' (the movement itself is
# covered by kl14-11/12), the column stopping, 'The fighters withdrew from Rostov-on-Don overnight' (end of kl14-11, no
# type), 'no investigation has yet had access', 'advanced a few kilometres in places' (vague), Wagner in Africa,
# 'Officials in Bangui said … nothing would change' (forecast), the load-shedding line (furniture, not the war).
STATEMENTS = [
    S("Operational Command South", "UA", "The Russians blew up the dam from the inside", "Ukrainian military command"),
    S("Russian Defence Ministry", "RU", "The Kyiv regime committed an act of sabotage on the Kakhovka hydroelectric station",
      "Russian Defence Ministry"),
    S("Nadiia Kostenko", "UA", "We carried old women out of the attics on our backs", "volunteer in Kherson"),
    S("Yegor Klimov", "RU", "nobody in uniform knew whose orders to follow", "pro-war Russian blogger"),
    S("Thandeka Mokoena", None, "A rebellion in Rostov does not clear a minefield in Zaporizhzhia",
      "senior researcher, Institute for Security Studies, Pretoria"),
]
MUST_NOT = ["THE CAPE MERIDIAN", "ANALYSIS — This is an analysis piece. Read our labelling policy ›",
            "World · Africa · Business · Opinion · Sport", "Tuesday, 27 June 2023",
            "Listen: 11 min · narrated by a synthetic voice",
            "Load-shedding schedule: Stage 4 from 16:00 in Johannesburg and Tshwane",
            "By Zama Ndlovu, Europe correspondent", "Save for later ☐  ·  Share ⤴",
            "Zama Ndlovu is our Europe correspondent, based in London.",
            "Reading list: more analysis from our foreign desk ›",
            "© The Cape Meridian (Pty) Ltd. Press Code complaints: ombud@capemeridian.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
