"""Whole invented wire articles and generated combinations for statement extraction (all text
written for these tests): attribution forms times speakers and times bodies, two speakers taking
turns with pronouns of either gender, names the lexicon does not list. The check is the scorer's:
a direct statement whose quote contains the words and whose speaker contains the surname (or the
last word of a body's name)."""
from __future__ import annotations

import itertools

import pytest

from helpers_statements import direct, said
from sitrep.extract.referents import unlisted_people


ARTICLES = [
    ("a1", "Russian drones hit Odesa port, Ukraine says grain terminal damaged\n\nODESA, Ukraine, Aug 14 (Reuters) - Russian drones struck port infrastructure in the southern Ukrainian region of Odesa overnight, damaging a grain terminal and injuring two workers, regional officials said on Wednesday.\n\n“The enemy again attacked the port infrastructure of the region with attack drones,” Oleh Kiper, the governor of Odesa region, wrote on Telegram. “A fire broke out at a grain terminal. Two employees were injured and are receiving medical help.”\n\nUkraine's air force said it had shot down 23 of 29 drones launched by Russia overnight.\n\n“Mobile fire groups worked in the south of the country all night,” the air force said in a statement.\n\nRussia's Defence Ministry said its air defences had destroyed 12 Ukrainian drones over the Bryansk and Kursk regions. It did not comment on the Odesa attack.\n\nKremlin spokesman Dmitry Peskov, asked about the strikes, told reporters: “The military is carrying out its tasks.”\n\n“Russia is trying to destroy our ability to export food,” Ukrainian Foreign Minister Andrii Sybiha said on X. “This is an attack on global food security.”\n",
     [('grain terminal. Two employees', 'Kiper'), ('again attacked the port infrastructure', 'Kiper'), ('Mobile fire groups', 'force'), ('carrying out its tasks', 'Peskov'), ('export food', 'Sybiha'), ('global food security', 'Sybiha')]),
    ("a2", "Kharkiv comes under glide bomb attack, three killed\n\nKHARKIV (AP) — Russian glide bombs struck a residential district of Kharkiv on Saturday, killing three people and injuring 28, local authorities said.\n\nRegional Gov. Oleh Syniehubov said the bombs hit a five-story apartment building and a supermarket.\n\n\"People were shopping when the bomb hit,\" he said. \"Rescuers are still searching the rubble.\"\n\nMayor Ihor Terekhov told The Associated Press that the city had been hit by at least four bombs within an hour.\n\n\"This is pure terror. There are no military facilities here,\" Terekhov said.\n\nUkrainian President Volodymyr Zelenskyy, in his nightly address, again appealed for air defense systems.\n\n\"Kharkiv needs Patriots. Not tomorrow — today,\" Zelenskyy said. \"Every delay costs lives.\"\n\nThe Russian Defense Ministry did not comment. Russian military bloggers claimed the strike targeted a command post.\n",
     [('shopping when the bomb hit', 'Syniehubov'), ('still searching the rubble', 'Syniehubov'), ('pure terror', 'Terekhov'), ('Kharkiv needs Patriots', 'Zelenskyy'), ('Every delay costs lives', 'Zelenskyy')]),
    ("a3", "Kremlin says talks impossible while Kyiv 'refuses reality'\n\nMOSCOW, March 3 (Reuters) - The Kremlin said on Monday there could be no peace talks with Ukraine while Kyiv \"refuses to accept the reality on the ground\", accusing Western countries of prolonging the war.\n\n\"As long as the Kyiv regime refuses to accept the new realities, there is nothing to talk about,\" Kremlin spokesman Dmitry Peskov told reporters.\n\nAsked about reports that Washington was preparing a new aid package, Peskov said: \"Such decisions only prolong the agony of the Kyiv regime.\"\n\nRussian Foreign Ministry spokeswoman Maria Zakharova went further. \"The West is fighting Russia to the last Ukrainian,\" she told a weekly briefing, adding that Moscow would \"respond accordingly\" to any new deliveries.\n\nUkraine's presidential chief of staff Andriy Yermak dismissed the remarks. \"Russia only understands force,\" Yermak wrote on Telegram.\n\nAccording to the RIA news agency, Deputy Foreign Minister Sergei Ryabkov said that \"contacts with Washington continue at the working level\".\n",
     [('nothing to talk about', 'Peskov'), ('prolong the agony', 'Peskov'), ('to the last Ukrainian', 'Zakharova'), ('respond accordingly', 'Zakharova'), ('only understands force', 'Yermak'), ('contacts with Washington continue', 'Ryabkov'), ('refuses to accept the reality', 'Kremlin')]),
    ("a4", "Ukrainian forces pull back from two villages near Pokrovsk\n\nKYIV, Nov 2 (Reuters) - Ukrainian troops have withdrawn from two villages west of Pokrovsk to avoid encirclement, a military spokesman said on Saturday.\n\nViktor Trehubov, spokesman for the Khortytsia group of forces, told national television: \"The decision was taken to preserve the lives of our soldiers. The positions were no longer tenable.\"\n\nHe added that Russian forces had lost about 300 men in the area over the past day.\n\n\"The enemy does not count its losses. They attack in waves, on motorcycles, on foot,\" Trehubov said.\n\nA soldier with the 59th Brigade who gave only his call sign, Sokil, told Reuters by phone: \"We are exhausted, but we are holding.\"\n\nThe Institute for the Study of War, a U.S.-based think tank, said in its daily update that Russian forces \"are likely to intensify attacks\" around the town in the coming weeks.\n\nRussia's Defence Ministry said its \"Centre\" group of forces had \"liberated\" the village of Novotroitske. Reuters could not independently verify battlefield reports.\n",
     [('preserve the lives of our soldiers', 'Trehubov'), ('does not count its losses', 'Trehubov'), ('exhausted, but we are holding', 'Sokil'), ('likely to intensify attacks', 'War')]),
    ("a5", "Zelensky: 'We will not give up our land'\n\nPresident Volodymyr Zelensky said on Thursday that Ukraine would never recognise Russia's occupation of its territory.\n\n«We will not give up our land. Not a single centimetre,» Zelensky said during a press conference with Polish President Andrzej Duda in Kyiv.\n\nDuda, for his part, promised further support. «Poland stands with Ukraine as long as it takes,» the Polish president said.\n\nThe head of the Ukrainian parliament's defence committee, Oleksandr Zavitnevych, said the Verkhovna Rada would vote on the mobilisation bill next week. «The law is ready, we only need the votes,» he said.\n\nZelensky also commented on the situation in the Kursk region. According to him, «the operation there has achieved its main goals».\n",
     [('Not a single centimetre', 'Zelensky'), ('as long as it takes', 'Duda'), ('we only need the votes', 'Zavitnevych'), ('achieved its main goals', 'Zelensky'), ('We will not give up our land', 'Zelensky')]),
    ("a6", "Belgorod governor reports shelling, one dead\n\nThe governor of Russia's Belgorod region, Vyacheslav Gladkov, said on Sunday that Ukrainian shelling had killed one civilian in the village of Shebekino.\n\n“A man died of his wounds in the ambulance. Two more people were injured, among them a teenager,” Gladkov wrote on his Telegram channel.\n\nAccording to the governor, “several private houses, a car and a power line were damaged.”\n\nTASS reported, citing emergency services, that the village had been shelled more than 30 times overnight. “The strikes came from the direction of Vovchansk,” an emergency services source told the agency.\n\nThe Russian Defence Ministry said in a statement that air defence systems had intercepted eight rockets fired from RM-70 Vampire launchers over the region.\n\nUkraine does not usually comment on attacks inside Russia.\n",
     [('died of his wounds', 'Gladkov'), ('power line were damaged', 'Gladkov'), ('direction of Vovchansk', 'source')]),
    ("a7", "Drone attack on Kyiv damages apartment blocks\n\nKyiv came under a massive drone attack overnight, Mayor Vitali Klitschko and the city military administration said.\n\nDebris fell in the Solomianskyi and Sviatoshynskyi districts, Klitschko said. “Medics hospitalised three people, two more were treated on the spot,” he wrote.\n\n“The enemy launched the drones in several waves, changing direction constantly,” said Serhii Popko, head of the Kyiv City Military Administration. “Air defence destroyed all targets approaching the capital.”\n\nResidents of a damaged building in Solomianskyi district described a night of terror. “The windows flew in, the whole house shook. We ran to the basement with the kids,” said Iryna, 34, who declined to give her surname.\n\nUkraine’s human rights ombudsman Dmytro Lubinets called the attack “another war crime” on Facebook.\n",
     [('Medics hospitalised three people', 'Klitschko'), ('in several waves', 'Popko'), ('destroyed all targets', 'Popko'), ('The windows flew in', 'Iryna'), ('another war crime', 'Lubinets')]),
    ("a8", "Baerbock visits Odesa, pledges more air defence\n\nGerman Foreign Minister Annalena Baerbock visited Odesa on Friday and met Ukraine's Foreign Minister Dmytro Kuleba.\n\n“Germany will deliver another IRIS-T system before winter,” she said at a joint news conference.\n\nKuleba thanked her and called for faster deliveries. “Every day without air defence means more dead civilians,” he said.\n\nShe later visited the port, which was hit by Russian missiles last week. “What I saw here is the brutal face of this war,” Baerbock told journalists.\n",
     [('another IRIS-T system', 'Baerbock'), ('more dead civilians', 'Kuleba'), ('brutal face of this war', 'Baerbock')]),
    ("a9", "Russia says it downed 40 Ukrainian drones; fire at refinery\n\nRussia's Defence Ministry said on Tuesday its air defence units had destroyed 40 Ukrainian drones over several regions overnight.\n\n\"Air defence systems on duty intercepted and destroyed 40 Ukrainian unmanned aerial vehicles, 22 of them over the territory of the Bryansk region,\" the ministry said on Telegram.\n\nIn the Krasnodar region, a drone attack caused a fire at an oil refinery, the regional emergency headquarters said. \"The fire has been localised on an area of 200 square metres. There were no casualties,\" the headquarters said.\n\nA source in Ukraine's SBU security service told the Kyiv Independent that the refinery attack was carried out by the service's drones. \"The refinery processes fuel for the Russian army, so it is a legitimate target,\" the source said.\n",
     [('22 of them over the territory', 'ministry'), ('localised on an area', 'headquarters'), ('legitimate target', 'source')]),
    ("a10", "Officials: Russia launches biggest air attack in weeks\n\nRussia launched 90 drones and 12 missiles at Ukraine overnight, officials said.\n\n\"This was one of the largest combined attacks since the summer,\" air force spokesman Yurii Ihnat said on national television. \"The enemy targeted energy facilities in the west.\"\n\nEnergy Minister Herman Halushchenko said on Facebook that power was cut in four regions. \"Power engineers are working to restore supply as soon as possible,\" the minister wrote.\n\nPoland said it scrambled fighter jets. \"All necessary procedures have been activated,\" Poland's Operational Command said on X.\n\nIn Lviv, Mayor Andriy Sadovyi said a critical infrastructure facility was hit. \"There were explosions in the city. Stay in shelters,\" Sadovyi wrote on Telegram.\n",
     [('largest combined attacks', 'Ihnat'), ('energy facilities in the west', 'Ihnat'), ('restore supply', 'Halushchenko'), ('necessary procedures', 'Command'), ('Stay in shelters', 'Sadovyi')]),
    ("b1", "Russians strike Kharkiv with guided bombs: two injured\n\nRussian troops have attacked Kharkiv with guided aerial bombs, injuring two people.\n\nSource: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on Telegram\n\nQuote: \"At around 14:20, the occupiers struck the Kyivskyi district of Kharkiv with a guided bomb. A 54-year-old man and a 49-year-old woman were injured.\"\n\nDetails: Ihor Terekhov, Mayor of Kharkiv, reported that a civilian enterprise was damaged.\n\nQuote from Terekhov: \"There is damage to the building and to several cars nearby.\"\n\nBackground: Earlier, Russian forces attacked Kharkiv Oblast with Shahed drones.\n",
     [('A 54-year-old man', 'Syniehubov'), ('damage to the building', 'Terekhov')]),
    ("b2", "Occupiers shell Nikopol district overnight\n\nThe Russian army attacked Nikopol district of Dnipropetrovsk Oblast with artillery and kamikaze drones overnight, the head of the oblast military administration Serhii Lysak said.\n\n“The enemy struck Marhanets and Pokrovska hromadas. A 63-year-old woman was injured. She was hospitalised in moderate condition,” – Lysak wrote on Telegram.\n\nAccording to him, a private house, a farm building and a power line were damaged.\n\n“Overall, the situation in the oblast remains under control,” – the post says.\n",
     [('63-year-old woman was injured', 'Lysak'), ('remains under control', 'Lysak')]),
    ("b3", "Russian air defence downs drones over Belgorod, Kursk\n\nMOSCOW, June 5. /TASS/. Russian air defence systems destroyed ten Ukrainian drones over the Belgorod and Kursk regions overnight, the Russian Defence Ministry said.\n\n“During the past night, the attempt by the Kyiv regime to carry out terrorist attacks using fixed-wing unmanned aerial vehicles against facilities in the Russian Federation was thwarted,” the ministry said in a statement.\n\nKursk Region Governor Alexei Smirnov said no one was hurt. “Debris fell on the outskirts of the city, there are no casualties,” he wrote on his Telegram channel.\n\nA source in the emergency services told TASS that a fire at a warehouse had been extinguished. “The fire was localised by 5 a.m. Moscow time,” the source said.\n",
     [('attempt by the Kyiv regime', 'Ministry'), ('Debris fell on the outskirts', 'Smirnov'), ('localised by 5 a.m.', 'source')]),
    ("b4", "'They are hiding behind civilians': Russian envoy at UN\n\nRussia's UN envoy Vassily Nebenzia accused Kyiv on Tuesday of placing weapons in residential areas.\n\n\"They are hiding behind civilians and then blame us for the consequences,\" Nebenzia told the Security Council.\n\nHis Ukrainian counterpart Sergiy Kyslytsya rejected the accusation. \"This is cynicism of the highest order,\" Kyslytsya said. \"Russia bombs hospitals and then lectures others.\"\n\nU.S. Deputy Ambassador Robert Wood said Washington \"fully supports\" Ukraine's right to self-defence.\n\n\"We will continue to stand by Ukraine,\" he said, \"for as long as it takes.\"\n",
     [('hiding behind civilians and then blame', 'Nebenzia'), ('cynicism of the highest order', 'Kyslytsya'), ('bombs hospitals and then lectures', 'Kyslytsya'), ('fully supports', 'Wood'), ('We will continue to stand by Ukraine', 'Wood'), ('for as long as it takes', 'Wood'), ('They are hiding behind civilians', 'Nebenzia')]),
    ("b5", "Moscow mayor says drones downed on approach to capital\n\nMoscow Mayor Sergei Sobyanin said on Sunday that air defence units had shot down three drones flying towards the capital.\n\n\"Specialists of the emergency services are working at the site where the debris fell,\" Sobyanin wrote on Telegram.\n\nFlights at Vnukovo and Domodedovo airports were briefly suspended, Russia's aviation authority Rosaviatsia said.\n\n\"Restrictions were introduced to ensure the safety of flights,\" the agency said.\n\nIn Ukraine, military intelligence spokesman Andriy Yusov declined to comment on the attack. \"We do not comment on such events,\" Yusov told Radio Liberty, \"but every action has its consequences.\"\n",
     [('Specialists of the emergency services', 'Sobyanin'), ('ensure the safety of flights', 'Rosaviatsia'), ('We do not comment on such events', 'Yusov'), ('every action has its consequences', 'Yusov')]),
    ("b6", "Zelensky says Russia prepares new offensive\n\nUkrainian President Volodymyr Zelensky said in his evening video address on Thursday that Russia was preparing a new offensive in the east.\n\n\"We see the Russian army concentrating forces. We know their plans,\" Zelensky said. \"Our soldiers are ready.\"\n\nHe also thanked Denmark and the Netherlands for the first F-16 jets. \"These are not just planes — this is a new level of protection for our cities,\" the president added.\n\nSpeaking in Moscow, Russian Foreign Minister Sergei Lavrov said the jets would \"burn like the rest\" of Western equipment.\n\n\"The F-16s will not change anything on the battlefield,\" Lavrov told reporters. The minister added that Russia \"will treat them as legitimate targets\".\n",
     [('concentrating forces', 'Zelensky'), ('Our soldiers are ready', 'Zelensky'), ('new level of protection', 'Zelensky'), ('burn like the rest', 'Lavrov'), ('will not change anything', 'Lavrov'), ('legitimate targets', 'Lavrov')]),
    ("b7", "EU agrees new sanctions package\n\nBRUSSELS (AP) — The European Union agreed on Wednesday on its 14th package of sanctions against Russia, targeting liquefied natural gas for the first time.\n\n\"This package will deny Russia further access to key technologies,\" European Commission President Ursula von der Leyen said in a statement.\n\nHungary's foreign minister, Peter Szijjarto, said Budapest had secured exemptions. \"We have protected Hungary's energy security,\" Szijjarto said in a Facebook video.\n\nThe Kremlin dismissed the measures. Spokesman Dmitry Peskov said: \"Such illegal restrictions only harm the Europeans themselves.\"\n\nUkraine's Foreign Minister Dmytro Kuleba welcomed the decision on X, calling it \"an important step,\" but said more pressure was needed.\n",
     [('deny Russia further access', 'Leyen'), ("protected Hungary's energy security", 'Szijjarto'), ('only harm the Europeans', 'Peskov'), ('an important step', 'Kuleba')]),
    ("b8", "Russia claims capture of village in Donetsk region\n\nRussian forces have captured the village of Krasnohorivka in Ukraine's Donetsk region, Russia's Defence Ministry claimed on Saturday.\n\n«Units of the Southern group of forces liberated the settlement of Krasnohorivka as a result of active operations,» the ministry said.\n\nUkraine's military did not confirm the claim. Dmytro Lykhovii, a spokesman for the Tavria group of forces, told Ukrainian television that fighting in the town was continuing. «The enemy has not taken the town. Our defenders are holding their positions,» Lykhovii said.\n\nThe Deep State monitoring group, which is close to Ukraine's military, said Russian troops had advanced in the town's northern part.\n",
     [('liberated the settlement', 'ministry'), ('has not taken the town', 'Lykhovii'), ('holding their positions', 'Lykhovii')]),
    ("c1", "Ukraine war latest: Russia pounds energy grid, Kyiv asks for more air defence\n\nKYIV — Russia launched one of its largest attacks on Ukraine's energy system overnight, firing more than 120 missiles and 90 drones, Ukrainian officials said on Monday.\n\nPrime Minister Denys Shmyhal said energy facilities in 15 regions had been hit. “The enemy's goal is to leave Ukrainians without light and heat in winter,” Shmyhal wrote on Telegram. “We will restore everything, as we have done before.”\n\nUkrenergo, the national grid operator, introduced emergency power cuts across the country. “The situation in the power system remains difficult,” the company said.\n\nIn Lviv, Governor Maksym Kozytskyi said a critical infrastructure facility had been hit in the Stryi district.\n\n“There are no casualties. Rescuers are working at the site,” he said.\n\nThe head of Ukraine's presidential office, Andriy Yermak, called for faster deliveries of air defence systems.\n\n“Every day of delay means new victims. Russia understands only strength,” Yermak said.\n\nIn Poland, the armed forces' Operational Command said it had scrambled aircraft. “All necessary procedures to ensure the security of Polish airspace have been activated,” it said on X.\n\nRussia's Defence Ministry said it had carried out a “massive strike with long-range precision weapons” against “critical energy facilities that support the operation of Ukraine's military-industrial complex.”\n\nKremlin spokesman Dmitry Peskov declined to comment on the strikes, referring questions to the military. “This is a question for the Defence Ministry,” he told reporters.\n\nHungarian Prime Minister Viktor Orban, who has called for a ceasefire, said on Facebook that the attacks showed that “the war is escalating, not ending.”\n",
     [('leave Ukrainians without light', 'Shmyhal'), ('restore everything', 'Shmyhal'), ('remains difficult', 'Ukrenergo'), ('Rescuers are working at the site', 'Kozytskyi'), ('Every day of delay', 'Yermak'), ('Polish airspace', 'Command'), ('massive strike with long-range', 'Ministry'), ('critical energy facilities', 'Ministry'), ('question for the Defence Ministry', 'Peskov'), ('war is escalating', 'Orban')]),
    ("c2", "'No safe place left': residents flee Pokrovsk as Russians close in\n\nPOKROVSK, Ukraine (AP) — The shelling starts before dawn.\n\n\"There is no safe place left in the city,\" said Svitlana Petrenko, 61, as she loaded bags onto an evacuation bus. \"Yesterday a shell hit the house next to ours.\"\n\nHer husband, Mykola, stood nearby. \"We lived here for forty years,\" he said. \"Now we are leaving with two bags.\"\n\nPolice officers going door to door urged the remaining residents to go. \"Every day it gets more dangerous. We cannot guarantee that we will be able to take people out tomorrow,\" said police officer Oleksandr Stepanenko.\n\nSerhii Dobriak, head of the city military administration, said about 7,000 people remained in the city, including children.\n\n\"We are asking, we are begging people: leave,\" Dobriak told The Associated Press.\n\nThe Ukrainian military said Russian forces were about 8 kilometres from the city. A spokesman for the 59th Brigade, Lt. Dmytro Kovalenko, said the fighting was intense.\n\n\"They attack every day in small groups. We destroy them, they come again,\" Kovalenko said.\n",
     [('no safe place left in the city', 'Petrenko'), ('shell hit the house', 'Petrenko'), ('forty years', 'Mykola'), ('two bags', 'Mykola'), ('Every day it gets more dangerous', 'Stepanenko'), ('we are begging people', 'Dobriak'), ('small groups', 'Kovalenko')]),
    ("c3", "Moscow says it repelled Ukrainian incursion in Bryansk region\n\nMOSCOW, April 2 (Reuters) - Russia's FSB security service said on Tuesday it had repelled an attempt by a Ukrainian sabotage group to enter the Bryansk region, killing several attackers.\n\n\"A Ukrainian sabotage and reconnaissance group attempted to cross the state border in the Klimovsky district. The group was blocked and destroyed,\" the FSB said in a statement carried by Russian news agencies.\n\nBryansk Governor Alexander Bogomaz said on Telegram that there were no civilian casualties.\n\nThe Freedom of Russia Legion, a group of Russian citizens fighting on Ukraine's side, claimed responsibility. \"We entered Russian territory and engaged the enemy,\" the group said in a video statement.\n\nA spokesman for Ukraine's military intelligence, Andriy Yusov, said the raid was \"an internal Russian affair\".\n\n\"These are Russian citizens who are fighting against the regime,\" Yusov told Ukrainian television.\n\nReuters could not independently verify the claims by either side.\n",
     [('group was blocked and destroyed', 'FSB'), ('engaged the enemy', 'Legion'), ('an internal Russian affair', 'Yusov'), ('fighting against the regime', 'Yusov')]),
    ("d1", "Ukraine war: Kyiv hit by largest drone attack, says mayor\n\nKyiv has been hit by what its mayor called the largest drone attack on the capital since the start of the full-scale invasion.\n\nVitali Klitschko said at least five people were injured, including an 11-year-old girl.\n\n'The enemy is trying to break the spirit of Kyiv residents. It will not succeed,' Mr Klitschko wrote on Telegram.\n\nThe head of the city's military administration, Serhiy Popko, said air defences had shot down more than 70 drones.\n\n'It was a difficult night,' he said, adding: 'Debris fell in several districts of the city.'\n\nRussia's defence ministry said it had targeted 'military-industrial facilities' in Kyiv. It made no mention of civilian casualties.\n\nSpeaking to the BBC, one resident, Oksana, described hearing explosions for hours. 'We did not sleep at all. The children were crying,' she said.\n",
     [('break the spirit of Kyiv residents', 'Klitschko'), ('difficult night', 'Popko'), ('Debris fell in several districts', 'Popko'), ('We did not sleep at all', 'Oksana')]),
    ("d2", "Russia strikes Zaporizhzhia; governor says 4 dead\n\nZAPORIZHZHIA, Ukraine (Reuters) - Russian missiles struck an industrial facility in the southeastern Ukrainian city of Zaporizhzhia on Tuesday, killing four people and wounding 12, the regional governor said.\n\n\"Rescuers are pulling people out from under the rubble,\" Governor Ivan Fedorov said on the Telegram messaging app. \"The number of victims may rise.\"\n\nPhotographs posted by Fedorov showed a large plume of smoke above the city.\n\nUkraine's military said Russian forces had launched four Iskander-M ballistic missiles at the city from the occupied part of the region.\n\n\"Unfortunately, air defence could not intercept ballistic missiles of this type,\" the air force said.\n\nRussia did not immediately comment on the attack. Moscow denies targeting civilians.\n\nVladimir Rogov, a Russian-installed official in the occupied part of Zaporizhzhia region, said on Telegram the strike had hit a \"military logistics centre\". Reuters could not verify the claim.\n",
     [('pulling people out from under the rubble', 'Fedorov'), ('number of victims may rise', 'Fedorov'), ('could not intercept ballistic missiles', 'force'), ('military logistics centre', 'Rogov')]),
    ("d3", "Kremlin: Putin open to talks but 'new realities' must be recognised\n\nRussian President Vladimir Putin is ready for negotiations on Ukraine, but any settlement must take into account \"the realities on the ground,\" Kremlin spokesman Dmitry Peskov said on Friday.\n\n\"The president has repeatedly said that Russia is open to a negotiated solution,\" Peskov told journalists. \"But it is impossible to ignore the new territorial realities.\"\n\nUkraine's presidential adviser Mykhailo Podolyak dismissed the remarks on X as \"a typical propaganda manipulation.\"\n\n\"Russia wants a pause in order to rearm. There will be no freezing of the conflict,\" Podolyak wrote.\n\nMeanwhile, Russian Deputy Foreign Minister Sergei Ryabkov said in an interview with the state-run Izvestia newspaper that relations with Washington were at \"the lowest point in history\".\n",
     [('realities on the ground', 'Peskov'), ('open to a negotiated solution', 'Peskov'), ('new territorial realities', 'Peskov'), ('typical propaganda manipulation', 'Podolyak'), ('pause in order to rearm', 'Podolyak'), ('lowest point in history', 'Ryabkov')]),
    ("d4", "Moldova summons Russian ambassador over drone debris\n\nCHISINAU, Feb 14 — Moldova's foreign ministry on Wednesday summoned the Russian ambassador after fragments of a drone were found near the village of Ceadir-Lunga, officials said.\n\n“This is an unacceptable violation of our sovereignty,” Foreign Minister Mihai Popsoi told reporters. “We have asked for explanations.”\n\nPresident Maia Sandu, speaking in Brussels, said her country was not a party to the war. “Moldova wants peace, but we will defend our airspace,” she said.\n\nPopsoi added that Chisinau would ask its European partners for air defence radars. “We need to see what is flying over our territory,” the minister said.\n",
     [('unacceptable violation of our sovereignty', 'Popsoi'), ('asked for explanations', 'Popsoi'), ('we will defend our airspace', 'Sandu'), ('what is flying over our territory', 'Popsoi')]),
    ("d5", "TASS: Belgorod governor reports shelling of border villages\n\nBELGOROD, March 9. /TASS/. Ukrainian forces shelled three villages in the Belgorod Region overnight, Governor Vyacheslav Gladkov said on Saturday.\n\n\"In the village of Nekhoteyevka, two private houses and a car were damaged. In Zhuravlevka, a power line was cut,\" the governor wrote on his Telegram channel.\n\nHe added that there were no casualties.\n\n\"Emergency teams are working on site, power supply will be restored by the evening,\" Gladkov said.\n\nEarlier, the Russian Defense Ministry reported that its air defenses had intercepted 12 Vampire rockets over the region. \"All of the targets were destroyed,\" the ministry said in a statement.\n",
     [('two private houses and a car were damaged', 'Gladkov'), ('power supply will be restored', 'Gladkov'), ('All of the targets were destroyed', 'Ministry')]),
    ("d6", "Ukraine says it hit Russian landing ship in Crimea\n\nUkraine's armed forces said on Tuesday they had struck a large Russian landing ship in Crimea, the latest in a series of attacks on the Black Sea Fleet.\n\n\"The Yamal large landing ship was hit,\" the Strategic Communications Centre of the Ukrainian Armed Forces said on Telegram. \"Information on the consequences is being clarified.\"\n\nThe Ukrainian Navy's spokesman, Dmytro Pletenchuk, told Ukrainian media the ship had been \"seriously damaged.\" \"It will not be able to go to sea for a long time,\" he said.\n\nThe Russian-installed governor of Sevastopol, Mikhail Razvozzhayev, said a missile attack had been repelled. \"Air defence worked. Debris fell in the area of the Kozacha Bay, there are no casualties,\" he wrote.\n",
     [('Yamal large landing ship was hit', 'Centre'), ('consequences is being clarified', 'Centre'), ('seriously damaged', 'Pletenchuk'), ('not be able to go to sea', 'Pletenchuk'), ('Air defence worked', 'Razvozzhayev')]),
]


@pytest.mark.parametrize("doc_id, text, gold", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_invented_wire_articles(doc_id, text, gold):
    sts = direct(text)
    for words, speaker in gold:
        hits = [s for s in sts if words in s.quote]
        assert hits and any(speaker.lower() in (s.speaker or "").lower() for s in hits), \
            (words, speaker, [(s.speaker, s.quote[:40]) for s in hits])


# --- every attribution form with every kind of speaker (names of several languages, offices, "she") ------
_Q, _E = "\u201c", "\u201d"
_PEOPLE = [("Oleh Syniehubov", "Syniehubov", "the governor of Kharkiv region", "governor"),
          ("Dmitry Peskov", "Peskov", "the Kremlin spokesman", "spokesman"),
          ("Yuliia Svyrydenko", "Svyrydenko", "Ukraine's prime minister", "prime minister"),
          ("Hanna Maliar", "Maliar", "the deputy defence minister", "deputy minister"),
          ("Mark Rutte", "Rutte", "NATO's secretary general", "secretary general"),
          ("Vitaliy Kim", "Kim", "the head of Mykolaiv regional administration", "head"),
          ("Andrzej Duda", "Duda", "Poland's president", "president"),
          ("Sergei Lavrov", "Lavrov", "Russia's foreign minister", "foreign minister"),
          ("Kyrylo Budanov", "Budanov", "the head of military intelligence", "head"),
          ("Yevhen Yerin", "Yerin", "a spokesman for the Southern Defence Forces", "spokesman")]
_QUOTE = "The situation near the city remains extremely difficult"
_TEMPLATES = [
 "{Q}{q},{E} {full} said.",
 "{Q}{q},{E} said {full}, {role}.",
 "{Q}{q},{E} {full}, {role}, said on Telegram.",
 "{full}, {role}, said: {Q}{q}.{E}",
 "{Title} {full} told reporters: {Q}{q}.{E}",
 "{Q}{q},{E} {Title} {full} told Reuters.",
 "{full} spoke on Monday. {Q}{q},{E} {pron} said.",
 "{full} spoke on Monday.\n\n{Q}{q}.{E}",
 "{full} spoke on Monday. {Q}{q},{E} the {short} said.",
 "According to {full}, {q_low}.{E}",
 "{full} said that {Q}{q_low}{E}.",
 "{full} wrote on X: {Q}{q}.{E}",
 "{Q}{q},{E} {sur} said in a video address. {Q}We are doing everything we can.{E}",
 "{Q}{q},{E} {full} said in an interview with the BBC.",
 "In an interview with the BBC, {full} said: {Q}{q}.{E}",
 "{Q}{q}. We are doing everything we can,{E} {full} told The Associated Press on Tuesday.",
 "{Q}{q},{E} {sur} told state television, adding that help was on the way.",
 "{full} ({role}) said: {Q}{q}.{E}",
]
_SHE = {"Yuliia Svyrydenko", "Hanna Maliar"}


@pytest.mark.parametrize("template", _TEMPLATES)
@pytest.mark.parametrize("full, surname, role, office", _PEOPLE)
def test_attribution_forms_times_speakers(template, full, surname, role, office):
    text = template.format(Q=_Q, E=_E, q=_QUOTE, q_low=_Q + _QUOTE[0].lower() + _QUOTE[1:], full=full, sur=surname, role=role,
                           Title="Head" if "head" in office else office[0].upper() + office[1:],
                           pron="she" if full in _SHE else "he", short=office)
    said(text, "remains extremely difficult", surname)


# --- every attribution form with every kind of body (ministries, companies, agencies, "the Kremlin") -----
_BODIES = [("Ukraine's air force", "force", "the air force"), ("the Russian Defence Ministry", "Ministry", "the ministry"),
          ("the Kremlin", "Kremlin", "the Kremlin"), ("the General Staff", "Staff", "the General Staff"),
          ("Ukrenergo", "Ukrenergo", "the company"), ("the State Emergency Service", "Service", "the service"),
          ("Poland's Operational Command", "Command", "the command"), ("the IAEA", "IAEA", "the agency"),
          ("the Institute for the Study of War", "War", "the institute"), ("Russia's FSB security service", "FSB", "the FSB")]
_BODY_QUOTE = "Twenty drones were destroyed over the northern regions"
_BODY_TEMPLATES = [
 "{Q}{q},{E} {b} said.",
 "{Q}{q},{E} {b} said in a statement.",
 "{Q}{q},{E} {b} said on Telegram.",
 "{B} said: {Q}{q}.{E}",
 "{B} said in a statement: {Q}{q}.{E}",
 "{B} said that {Q}{q_low}{E}.",
 "According to {b}, {q_low}.{E}",
 "{Q}{q},{E} according to {b}.",
 "{B} reported the attack on Monday. {Q}{q},{E} {again} said.",
 "{B} reported the attack on Monday. {Q}{q},{E} it said.",
 "{B} reported the attack on Monday. {Q}{q},{E} it added.",
 "{B} reported the attack on Monday.\n\n{Q}{q}.{E}",
 "{B} reported the attack on Monday. {Q}{q},{E} the statement said.",
 "{Q}{q},{E} {b} wrote on X.",
 "{Q}{q},{E} {b} said, without giving details.",
]


@pytest.mark.parametrize("template", _BODY_TEMPLATES)
@pytest.mark.parametrize("body, last_word, again", _BODIES)
def test_attribution_forms_times_bodies(template, body, last_word, again):
    text = template.format(Q=_Q, E=_E, q=_BODY_QUOTE, q_low=_Q + _BODY_QUOTE[0].lower() + _BODY_QUOTE[1:], b=body,
                           B=body[0].upper() + body[1:], again=again)
    said(text, "drones were destroyed", last_word)


# --- two speakers taking turns: pronouns of either gender, surnames, continuations -----------------------
_MEN = [("Foreign Minister", "Andrii Sybiha", "Sybiha"), ("Governor", "Vyacheslav Gladkov", "Gladkov"),
        ("Kremlin spokesman", "Dmitry Peskov", "Peskov")]
_WOMEN = [("Deputy Prime Minister", "Iryna Vereshchuk", "Vereshchuk"), ("Foreign Ministry spokeswoman", "Maria Zakharova", "Zakharova"),
          ("EU foreign policy chief", "Kaja Kallas", "Kallas")]


def _turns(a, b):
    (at, an, asur), (bt, bn, bsur) = a, b
    pa, pb = ("she" if a in _WOMEN else "he"), ("she" if b in _WOMEN else "he")
    text = (f"{at} {an} spoke about the attack on Tuesday. {_Q}Quote one about the shelling of the port,{_E} {pa} said.\n\n"
            f"{bt} {bn} took a different view. {_Q}Quote two about the grain corridor,{_E} {pb} said. {_Q}Quote three about "
            f"the ships.{_E}\n\n{_Q}Quote four about the air defence,{_E} {asur} added.\n\n"
            f"{_Q}Quote five about the sanctions,{_E} {pa} said.\n\n{bsur} responded: {_Q}Quote six about the talks.{_E}\n\n"
            f"{_Q}Quote seven about the winter,{_E} {pb} said.\n\n{_Q}Quote eight about the energy grid.{_E}")
    return text, {"one": asur, "two": bsur, "three": bsur, "four": asur, "five": asur, "six": bsur, "seven": bsur, "eight": bsur}


@pytest.mark.parametrize("a, b", list(itertools.product(_MEN, _WOMEN)) + list(itertools.product(_WOMEN, _MEN))
                         + list(itertools.permutations(_MEN, 2)) + list(itertools.permutations(_WOMEN, 2)))
def test_two_speakers_taking_turns(a, b):
    text, want = _turns(a, b)
    sts = direct(text)
    for key, surname in want.items():
        hits = [s for s in sts if f"Quote {key} " in s.quote]
        assert hits and any(surname in (s.speaker or "") for s in hits), (key, surname, [s.speaker for s in hits])


# --- people the name lexicon does not list: other spellings of given names, unlisted given names ----------
_UNLISTED = ["Olexander Prokudin", "Volodymir Artyukh", "Yevgen Yerin", "Mykhaylo Podolyak", "Heorhii Tykhyi",
             "Dmitro Lubinets", "Dzhambulat Umarov", "Apti Alaudinov", "Nazar Voloshyn", "Ruslan Mykula"]
_UNLISTED_FORMS = [
    "{n} spoke on local television on Monday. {Q}The enemy shelled the bridge twice overnight,{E} he said.",
    "Regional official {n} spoke on Monday.\n\n{Q}The enemy shelled the bridge twice overnight.{E}",
    "{n}, the official, said the bridge was hit. {Q}The enemy shelled the bridge twice overnight,{E} he added.",
    "{Q}The enemy shelled the bridge twice overnight,{E} {sur} said. {Q}Nobody was hurt.{E}",
    "{n} described the night. According to him, {Q}the enemy shelled the bridge twice overnight.{E}",
]


@pytest.mark.parametrize("form", _UNLISTED_FORMS)
@pytest.mark.parametrize("name", _UNLISTED)
def test_speakers_the_name_lexicon_does_not_list(form, name):
    said(form.format(n=name, sur=name.split()[-1], Q=_Q, E=_E), "shelled the bridge", name.split()[-1])


@pytest.mark.parametrize("text, names", [
    ("Apti Alaudinov spoke on Monday.", ["Apti Alaudinov"]),
    ("Regional official Volodymir Artyukh spoke.", ["Volodymir Artyukh"]),
    ("Fighting went on near Myrna Dolyna and Kharkiv Terekhov visited.", []),
    ("Ten Ukrainian drones and Sea Baby boats hit the Kherson Oblast coast on Monday.", []),
    ("Shelling Resumes Near Pokrovsk As Russian Troops Advance", []),
])
def test_unlisted_people(text, names):
    assert [n for _s, _e, n in unlisted_people(text)] == names


# --- quotations over several paragraphs, attributed before, inside or after --------------------------------
Q, E = _Q, _E
_PARAGRAPHS = [
 (f"Defence Minister Rustem Umerov said on Tuesday:\n\n{Q}Paragraph alpha about the front.\n\n{Q}Paragraph beta about the aid.\n\n{Q}Paragraph gamma about the drones.{E}\n\nThe ministry gave no figures.", ["alpha", "beta", "gamma"], "Umerov"),
 (f"{Q}Paragraph alpha about the front,{E} Umerov said. {Q}Continued alpha about the front.\n\n{Q}Paragraph beta about the aid.\n\n{Q}Paragraph gamma about the drones.{E}", ["alpha", "beta", "gamma"], "Umerov"),
 (f"Kremlin spokesman Dmitry Peskov was asked about the talks.\n\n{Q}Paragraph alpha about the front.\n\n{Q}Paragraph beta about the aid.\n\n{Q}Paragraph gamma about the drones,{E} he said.", ["alpha", "beta", "gamma"], "Peskov"),
 (f"Oleh Syniehubov described the night.\n\n{Q}Paragraph alpha about the front.\n\n{Q}Paragraph beta about the aid,{E} Syniehubov wrote.\n\nIhor Terekhov, the mayor, added details.\n\n{Q}Paragraph gamma about the drones,{E} he said.", ["alpha", "beta"], "Syniehubov"),
 (f"Oleh Syniehubov described the night.\n\n{Q}Paragraph alpha about the front.\n\n{Q}Paragraph beta about the aid,{E} Syniehubov wrote.\n\nIhor Terekhov, the mayor, added details.\n\n{Q}Paragraph gamma about the drones,{E} he said.", ["gamma"], "Terekhov"),
 ("President Volodymyr Zelensky spoke in the evening.\n\n\"Paragraph alpha about the front.\n\n\"Paragraph beta about the aid.\n\n\"Paragraph gamma about the drones.\"", ["alpha", "beta", "gamma"], "Zelensky"),
 ("Zelensky's chief of staff Andriy Yermak wrote on Telegram:\n\n«Paragraph alpha about the front.\n\n«Paragraph beta about the aid.»", ["alpha", "beta"], "Yermak"),
]


@pytest.mark.parametrize("text, keys, speaker", _PARAGRAPHS)
def test_quotations_over_paragraphs(text, keys, speaker):
    sts = direct(text)
    for key in keys:
        hits = [s for s in sts if f"Paragraph {key}" in s.quote or f"Continued {key}" in s.quote]
        assert hits and all(speaker in (s.speaker or "") for s in hits), (key, [(s.speaker, s.quote[:25]) for s in sts])
