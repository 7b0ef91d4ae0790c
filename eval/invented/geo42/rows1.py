from build_common import row
K = 'typo'
R = [
row(K, "Kivetrsi | 02:15 | Shahed downed over the outskirts | debris on a garage roof | no injuries", "Kivetrsi", 705730, note="swapped letters, Kivertsi (Volyn)"),
row(K, "A 71-year-old woman in Rozhysche was treated for cuts after the blast shattered her kitchen window, Volyn police reported.", "Rozhysche", 695326, note="dropped letter, Rozhyshche (Volyn)"),
row(K, "Bohulsav: missile debris fell near the river embankment; the town council asked residents to keep away from the cordon.", "Bohulsav", 711867, note="swapped letters, Bohuslav (Kyiv oblast)"),
row(K, "Two cars burned in Horodneka overnight — the regional administration blames falling drone fragments.", "Horodneka", 708380, note="swapped letters, Horodenka (Ivano-Frankivsk)"),
row(K, "Krasilyv; cruise missile; industrial site on the edge of town; fire out by 06:00; 1 worker hurt", "Krasilyv", 704492, note="swapped vowels, Krasyliv (Khmelnytskyi)"),
row(K, "Nosivak (Chernihiv obl.) — a drone hit a farm storage shed; damage only.", "Nosivak", 699917, note="swapped letters, Nosivka (Chernihiv)"),
row(K, "Residents of Storozhynest heard two explosions before dawn; police later found the tail of a drone in a maize field.", "Storozhynest", 692487, note="swapped letters, Storozhynets (Chernivtsi)"),
row(K, "Radekihv, Lviv oblast: a substation was damaged and about 3,000 households lost power for the morning.", "Radekihv", 695935, note="swapped letters, Radekhiv (Lviv)"),
]
K = 'apostrophe'
R += [
row(K, "Bilovods'k | occupied | explosions near the grain elevator used as a Russian depot | secondary blasts for an hour", "Bilovods'k", 712521, note="apostrophe for the soft sign: Bilovodsk (Luhansk, occupied); GeoNames' own name has it"),
row(K, "In Slov'ianoserbs'k, on the Siverskyi Donets north-west of Luhansk, occupation media say a drone hit the building of the 'district administration'.", "Slov'ianoserbs'k", 693469, note="apostrophes for the apostrophe and the soft sign: Slovianoserbsk (Luhansk, occupied; 28 km NW of Luhansk; GeoNames 'Slov`yanoserbsk' with a backtick)"),
row(K, "Mostys'ka: the railway yard near the Polish border was targeted by a missile; the regional head said there were no casualties.", "Mostys'ka", 700696, note="apostrophe for the soft sign: Mostyska (Lviv)"),
row(K, "Kam'ianka-Buz'ka, 38 km north-east of Lviv — after the strike on a local substation, bakeries and the hospital ran on generators.", "Kam'ianka-Buz'ka", 707027, note="two apostrophes (apostrophe and soft sign): Kamianka-Buzka (Lviv); GeoNames distance from Lviv"),
row(K, "Tal'ne; Shahed; private house; a woman of 58 hospitalised", "Tal'ne", 691936, note="apostrophe for the soft sign: Talne (Cherkasy)"),
row(K, "Zin'kiv, Poltava region — a drone fell on the grounds of the district hospital, smashing windows in the maternity ward.", "Zin'kiv", 687292, note="apostrophe for the soft sign: Zinkiv (Poltava); a village Zinkiv in Khmelnytskyi oblast"),
row(K, "Overnight, air defence worked over Volochys'k; fragments came down on a car park, the Khmelnytskyi regional administration said.", "Volochys'k", 689159, note="apostrophe for the soft sign: Volochysk (Khmelnytskyi); Khmelnytskyi (region) is context"),
row(K, "Illin'tsi | Vinnytsia obl. | debris of a cruise missile in a field 2 km from the town | sappers on site", "Illin'tsi", 707695, note="apostrophe for the soft sign: Illintsi (Vinnytsia); '2 km from the town' still places it at the town"),
row(K, "Novoiavorivs'k, next to the Yavoriv training ground: a missile strike on the range was followed by an alert in the town itself.", "Novoiavorivs'k", 8468760, note="apostrophe for the soft sign: Novoiavorivsk (Lviv; GeoNames 'Novoyavorivs'k'); Yavoriv is context"),
row(K, "Nikol's'ke (formerly Volodarske), north-west of Mariupol: DPR media say a Ukrainian drone damaged a school.", "Nikol's'ke", 689151, note="apostrophes for the soft signs: Nikolske (Mariupol raion, occupied; formerly Volodarske; 21 km NW of Mariupol by GeoNames); Mariupol is context"),
]
K = 'russian_form'
R += [
row(K, "Cherkasskaya Lozovaya, on the northern edge of Kharkov — a glide bomb hit a dacha cooperative, a Russian channel claims.", "Cherkasskaya Lozovaya", 710798, note="Russian form of Cherkaska Lozova (Mala Danylivka hromada, Kharkiv raion); 'Kharkov' is the Russian form of Kharkiv"),
row(K, "Russkaya Lozovaya | Kharkovskaya obl. | artillery | two houses destroyed | per local chat", "Russkaya Lozovaya", 695106, note="Russian form of Ruska Lozova (Derhachi hromada, Kharkiv); 'Russkaya' (Russian) is part of the name"),
row(K, "In Peresechnaya, west of Kharkov, a Shahed crashed into a vegetable store; no one was hurt.", "Peresechnaya", 697676, note="Russian form of Peresichna (Kharkiv raion; 5 km NW of Solonytsivka)"),
row(K, "Serebryanka, near Seversk: Russian milbloggers post footage of an assault on the forest strip north of the village.", "Serebryanka", 694494, note="Russian form of Serebrianka (Siversk hromada, Bakhmut raion, Donetsk); 'Seversk' is Siversk in Russian form; another Serebrianka elsewhere"),
row(K, "Bezymennoye, Novoazovsk district — DPR officials say a Ukrainian drone struck a fuel truck on the coast road.", "Bezymennoye", 712181, note="Russian form of Bezimenne (Novoazovsk hromada, Kalmiuske raion, Donetsk, occupied); also an adjective ('nameless')"),
row(K, "Zolotaryovka (Khartsyzsk area) | shelling reported by occupation media | gas pipeline damaged", "Zolotaryovka", 686870, note="Russian form of Zolotarivka (Khartsyzk hromada, Donetsk, occupied; 6 km SE of Khartsyzk)"),
row(K, "Borovskoye, a settlement south-east of Severodonetsk: an ammunition depot exploded, according to Ukrainian officials.", "Borovskoye", 711597, note="Russian form of Borivske (Sievierodonetsk hromada, Luhansk, occupied; 10 km SE of Sievierodonetsk)"),
row(K, "Repki, Chernigov oblast: the border guards say a Russian reconnaissance drone crossed from Belarus and was shot down over the town.", "Repki", 695653, note="Russian form of Ripky (Chernihiv raion; a town near the Belarusian border)"),
row(K, "Rechki (Sumskaya oblast) — a Russian FPV drone chased a tractor across a field; the driver jumped clear.", "Rechki", 695695, note="Russian form of Richky (Richky hromada, Sumy raion; 13 km E of Bilopillia)"),
row(K, "Nizhneye, Lugansk region – Ukrainian artillery hit a Russian command post in the village, the General Staff claims.", "Nizhneye", 700008, note="Russian form of Nyzhnie (Hirske hromada, Sievierodonetsk raion, Luhansk, occupied); also an adjective ('lower')"),
]
K = 'renamed'
R += [
row(K, "Ordzhonikidze, 8 km south of Feodosia: naval drones reportedly attacked a boat mooring in the bay.", "Ordzhonikidze", 698438, note="old name of Kaihador (Crimea, UA-43; the GeoNames name Kayhador); GeoNames distance from Feodosiia; not Pokrov (Dnipropetrovsk) or Yenakiieve, which also had the name"),
row(K, "Dzerzhynsk (Zhytomyr region): drone debris set a hay barn alight, regional police said.", "Dzerzhynsk", 709353, note="old name of Romaniv (Zhytomyr; GeoNames Romaniv); not Toretsk (Donetsk), also Dzerzhynsk until 2016"),
row(K, "Yuvileine, 9 km west of Luhansk — an explosion at a former school used by Russian troops was filmed by residents.", "Yuvileine", 688089, note="old name of Katerynivka (Luhansk city hromada, occupied; GeoNames Katerynivka); GeoNames distance"),
row(K, "Chervonozavodske | Poltava region | drone on the grounds of the former sugar factory | fire contained", "Chervonozavodske", 710532, note="old name of Zavodske (Poltava; GeoNames Zavodske); a Zavodske in Ternopil oblast"),
]
K = 'dual_name'
R += [
row(K, "Krasnogvardeyskoye (Kurman to Kyiv), in the north of Crimea: the Ukrainian navy says an airfield outside the town was struck.", "Krasnogvardeyskoye", 704381, note="occupied Crimea under both names: Krasnohvardiiske/Krasnogvardeyskoye (Russian), Kurman (Ukrainian name since 2016; the GeoNames name); UA-43"),
row(K, "Biyuk-Onlar / Oktyabrskoye | Crimea | blasts near an air-defence site | Russian channels confirm 'debris'", "Biyuk-Onlar", 698652, note="occupied Crimea under both names: Biyuk-Onlar (Ukrainian name since 2016; GeoNames), Oktyabrskoye (Russian); UA-43"),
row(K, "Nyzhnohirskyi (Nizhnegorsky), Crimea: the railway towards Dzhankoi was cut by a strike on a bridge, Ukrainian sources say.", "Nyzhnohirskyi", 700019, note="occupied Crimea under both names: Nyzhnohirskyi (Ukrainian), Nizhnegorsky (Russian; GeoNames Nizhnegorskiy); Dzhankoi is context; UA-43"),
row(K, "Novofedorivka — Novofyodorovka on Russian maps — sits beside the Saky airbase; residents filmed smoke rising over the runway.", "Novofedorivka", 7039154, note="occupied Crimea under both names (GeoNames Novofedorovka, 5 km SW of Saky; UA-43); a Novofedorivka in Kherson oblast in this set"),
row(K, "Gurzuf (Hurzuf), on Crimea's southern coast: Ukrainian intelligence says a sanatorium housing Russian officers was hit.", "Gurzuf", 707860, note="occupied Crimea under both names: Gurzuf (Russian), Hurzuf (Ukrainian; GeoNames); 11 km NE of Yalta; UA-43"),
row(K, "Prymorskyi, which the Russian-installed officials spell Primorsky, 12 km north-east of Feodosia: sea drones damaged a shipyard slipway.", "Prymorskyi", 696291, note="occupied Crimea under both names (GeoNames Primorskyi; UA-43; GeoNames distance from Feodosiia); not Mariupol's Prymorskyi district"),
row(K, "Kirovskoye (Khrestivka since 2016), DPR: occupation media report shelling that damaged a boiler house.", "Kirovskoye", 705797, note="Russian-held area under both names: Kirovskoye/Kirovske (old and Russian), Khrestivka (Ukrainian since 2016; GeoNames); Donetsk, occupied; Kirovske is also the old name of Islyam-Terek (Crimea)"),
row(K, "Yunokommunarovsk, which Kyiv renamed Bunhe, lost power after a transformer station burned, the DPR 'ministry' said.", "Yunokommunarovsk", 688073, note="Russian-held area under both names: Yunokommunarovsk (Russian form of the old name), Bunhe (Ukrainian since 2016; GeoNames); Donetsk, occupied; Kyiv is context"),
row(K, "Svitlodarsk / Svetlodarsk | near the Vuhlehirsk power plant | Ukrainian drones hit an ammunition depot, Russian sources admit", "Svitlodarsk", 692093, note="Russian-held area under both names: Svitlodarsk (Ukrainian), Svetlodarsk (Russian; GeoNames); Donetsk, occupied; the power plant is context"),
row(K, "Bolshaya Znamenka (Velyka Znamianka), across the reservoir from Nikopol: occupation officials claim a school there was shelled.", "Bolshaya Znamenka", 690203, note="Russian-held area under both names: Bolshaya Znamenka (Russian), Velyka Znamianka (Ukrainian; GeoNames); Zaporizhzhia, occupied; 14 km S of Nikopol, which is context"),
row(K, "Nizhniye Serogozy, known in Ukraine as Nyzhni Sirohozy — a fuel depot burned after a drone attack, partisans claim.", "Nyzhni Sirohozy", 699986, note="Russian-held area under both names; the mention is the Ukrainian one (GeoNames Nyzhni Sirohozy); Kherson, occupied"),
row(K, "Pryazovske (Priazovskoye), south-east of Melitopol — partisans say they set fire to a Russian army lorry parked in the village.", "Priazovskoye", 696332, note="Russian-held area under both names; the mention is the Russian form (GeoNames Pryazovske, 24 km SE of Melitopol); Zaporizhzhia, occupied; a village Pryazovske in Donetsk oblast"),
]
