from build_common import row
K = 'oblast_adj'
OA = "namesakes told apart only by the oblast in adjective form"
R = [
row(K, "Krasne, Luhanska oblast | occupied | fuel point of a Russian unit burning after a drone raid | Ukrainian General Staff", "Krasne", 704287, note=OA + " ('Luhanska'): Krasne of Otamanivka hromada, Luhansk raion (occupied), the only Krasne in Luhansk oblast; 34 in Ukraine, one in Mykolaiv oblast in this set"),
row(K, "Krasne (Nikolayevskaya oblast): a mine went off under a combine harvester, and the driver was taken to hospital with concussion.", "Krasne", 704289, note=OA + " (Russian 'Nikolayevskaya' = Mykolaiv): Krasne of Berezanka hromada, Mykolaiv raion, the only Krasne in Mykolaiv oblast; not the Luhansk Krasne (in this set)"),
row(K, "Novoivanovka, Donetskaya oblast — Russian-installed officials say a drone struck a bus stop in the village.", "Novoivanovka", 699541, note=OA + " (Russian 'Donetskaya'): Novoivanivka of Amvrosiivka hromada, Donetsk raion (occupied); 26 Novoivanivkas in Ukraine"),
row(K, "Druzhba, Chernihivska oblast: a Shahed came down behind the village club; two people were treated for shock.", "Druzhba", 709586, note=OA + " ('Chernihivska'): Druzhba of Ichnia hromada, Pryluky raion; not the border town Druzhba in Sumy oblast nor the Ternopil village (in this set); also a pipeline name"),
row(K, "In Druzhba (Ternopilska oblast), fragments of a cruise missile shot down overnight fell on a cattle farm.", "Druzhba", 692043, note=OA + " ('Ternopilska'): Druzhba of Mykulyntsi hromada, Ternopil raion; not the Chernihiv village (in this set) nor the town in Sumy oblast"),
row(K, "Semenovka, Khersonskaya oblast: partisans claim a Russian radar vehicle was destroyed outside the village.", "Semenovka", 694624, note=OA + " (Russian 'Khersonskaya'; the village name in Russian form too): Semenivka of Zelenyi Pid hromada, Kakhovka raion (occupied); 39 Semenivkas in Ukraine"),
row(K, "Yasnoye — Zaporozhskaya oblast — a strike on a Russian field kitchen, according to the Ukrainian southern command.", "Yasnoye", 688338, note=OA + " (Russian 'Zaporozhskaya'): Yasne of Terpinnia hromada, Melitopol raion (occupied), GeoNames Yasne; 13 Yasne in Ukraine"),
row(K, "Zaliznychne, Vinnytska oblast; 03:40; drone debris; railway track; traffic halted for two hours", "Zaliznychne", 713674, note=OA + " ('Vinnytska'): Zaliznychne of Koziatyn hromada, Khmilnyk raion; 13 in Ukraine; also an adjective ('railway')"),
row(K, "A guided missile fell short of its target and exploded in a garden in Mykilske, Poltavska oblast, the police said.", "Mykilske", 11115521, note=OA + " ('Poltavska'): Mykilske of Tereshky hromada, Poltava raion; 18 in Ukraine"),
row(K, "Pokrovka (Dnipropetrovska oblast) — a drone hit the roof of a grain store; nobody hurt.", "Pokrovka", 696732, note=OA + " ('Dnipropetrovska'): Pokrovka of Bozhedarivka hromada, Kamianske raion; 18 in Ukraine; not Pokrovsk"),
row(K, "Borshchivka, Kharkivska oblast | guided bomb | cowshed destroyed | a farmhand wounded", "Borshchivka", 711585, note=OA + " ('Kharkivska'): Borshchivka of Balakliia hromada, Izium raion; seven in Ukraine; not Borshchiv (Ternopil)"),
row(K, "Smile, Sumska oblast: the driver of a minibus was wounded when a drone dropped a grenade beside the village shop.", "Smile", 693455, note=OA + " ('Sumska'): Smile of Khmelivka hromada, Romny raion; also an English word"),
row(K, "Oleksandriia, Rivnenska oblast — debris from an intercepted drone landed in a forest clearing; foresters put out the fire.", "Oleksandriia", 713706, note=OA + " ('Rivnenska'): the village Oleksandriia (hromada centre, Rivne raion); not the city Oleksandriia in Kirovohrad oblast, nor any Alexandria"),
row(K, "Pavlivka, Volynska oblast: a man was injured when he picked up part of a downed drone in the woods.", "Pavlivka", 8424039, note=OA + " ('Volynska'): Pavlivka (hromada centre, Volodymyr raion); 59 Pavlivkas in Ukraine"),
]
K = 'village_hromada'
VH = "village told apart by its hromada"
R += [
row(K, "Kalynove, Kadiivka hromada — occupation authorities say a Ukrainian missile hit a former mine building used as a barracks.", "Kalynove", 707136, note=VH + ": Kalynove of Kadiivka hromada, Alchevsk raion (Luhansk, occupied); 13 in Ukraine"),
row(K, "Hrushivka (Pervomaisk hromada) | drone | farm machinery shed | fire", "Hrushivka", 12156613, note=VH + ": Hrushivka of Pervomaisk hromada, Pervomaisk raion (Mykolaiv); 14 in Ukraine; not Pervomaisk in Luhansk oblast"),
row(K, "Illinka village, Usatove hromada: air-defence fragments damaged a greenhouse complex west of the village.", "Illinka", 707704, note=VH + ": Illinka of Usatove hromada, Odesa raion; 11 in Ukraine"),
row(K, "According to the Novi Sanzhary hromada head, a drone fell in Dubyna on Monday night and broke windows in six houses.", "Dubyna", 11140549, note=VH + ": Dubyna of Novi Sanzhary hromada, Poltava raion; 14 in Ukraine; also a common noun ('oak grove')"),
row(K, "Novofedorivka, Bekhtery hromada: Russian soldiers have taken over a school in the village, the hromada's exiled head says.", "Novofedorivka", 699607, note=VH + ": Novofedorivka of Bekhtery hromada, Skadovsk raion (Kherson, occupied); 13 in Ukraine; not Novofedorivka by the Saky airbase (Crimea, in this set)"),
row(K, "Danylivka (Kalynivka hromada, Fastiv district) — a drone crashed into a warehouse; the blaze spread over 600 square metres.", "Danylivka", 8516348, note=VH + ": Danylivka of Kalynivka hromada, Fastiv raion (Kyiv oblast); 15 in Ukraine; 'Kalynivka' is also a Vinnytsia town"),
row(K, "Halytske, a village of Zolochiv hromada, lost power after a strike on a transformer, Lviv regional officials said.", "Halytske", 710539, note=VH + ": Halytske of Zolochiv hromada, Zolochiv raion (Lviv); Zolochiv is also a town in Kharkiv oblast; many namesakes under its Ukrainian names, including its old name Chervone"),
row(K, "Kovalivka village, Shramkivka hromada: the wreck of a drone was found in a garden and taken away by police.", "Kovalivka", 704630, note=VH + ": Kovalivka of Shramkivka hromada, Zolotonosha raion (Cherkasy); 23 in Ukraine"),
]
K = 'bearing'
BR = "distance and bearing from a town (GeoNames distance)"
R += [
row(K, "Topolyne, 19 km north-west of Mariupol — occupation media report a drone strike on a tractor brigade yard.", "Topolyne", 9529595, note=BR + ": Topolyne of Mykilske hromada, Mariupol raion (Donetsk, occupied); five in Ukraine"),
row(K, "Russian sources: a HIMARS strike hit troops billeted in Zakharivka, 27 km west of Manhush.", "Zakharivka", 687859, note=BR + ": Zakharivka of Manhush hromada, Mariupol raion (Donetsk, occupied); ten in Ukraine"),
row(K, "Voznesenka (7 km E of Melitopol) | ammunition store hit | detonations through the night | occupation 'governor' admits 'damage'", "Voznesenka", 688865, note=BR + ": Voznesenka of Kostiantynivka hromada, Melitopol raion (Zaporizhzhia, occupied); Voznesensk also among its alternate names"),
row(K, "Seventeen kilometres east of Zaporizhzhia, in Natalivka, a guided bomb destroyed a house; a woman was pulled from the rubble.", "Natalivka", 700425, note=BR + ", distance in words: Natalivka of Stepne hromada, Zaporizhzhia raion; eight in Ukraine"),
row(K, "Rozdol, 20 km south-east of Vasylivka: Ukrainian drones hit a Russian ammunition point, the southern command says.", "Rozdol", 695744, note=BR + ": Rozdol (hromada centre, Vasylivka raion, Zaporizhzhia, occupied); not Rozdil or Novyi Rozdil (Lviv)"),
row(K, "Hromivka, 19 km west of Novotroitske | Russian air-defence position | hit by a drone, per Ukrainian military", "Hromivka", 708039, note=BR + ": Hromivka of Novotroitske hromada, Henichesk raion (Kherson, occupied)"),
row(K, "A drone struck a farm machinery yard in Budy, a settlement 20 km south-west of Kharkiv.", "Budy", 711268, note=BR + ": Budy of Pivdenne hromada, Kharkiv raion; six in Ukraine"),
row(K, "Vilshany (12 km N of Liubotyn): the village school's gym was damaged by a missile blast wave.", "Vilshany", 698506, note=BR + ": Vilshany of Solonytsivka hromada, Kharkiv raion; Liubotyn is the anchor"),
row(K, "Kytaihorod, 29 km north of Verkhnodniprovsk; Shahed; poultry farm; 4,000 birds killed", "Kytaihorod", 705740, note=BR + ": Kytaihorod (hromada centre, Dnipro raion); also the name of a Moscow district (Kitay-gorod)"),
row(K, "In Zaitseve, 18 km south-west of Pavlohrad, a missile fragment set fire to a haystack.", "Zaitseve", 687469, note=BR + ": Zaitseve (hromada centre, Synelnykove raion, Dnipropetrovsk); not the Zaitseve villages of Donetsk oblast"),
row(K, "Hlynsk, some 28 km south-west of Svitlovodsk: debris of a downed drone fell on a farm; there were no casualties.", "Hlynsk", 708765, note=BR + " ('some'): Hlynsk of Velyka Andrusivka hromada, Oleksandriia raion (Kirovohrad); five in Ukraine"),
row(K, "Kindrativka, 25 km north of Sumy — Russian artillery hit the village's only shop, the regional administration said.", "Kindrativka", 705166, note=BR + ": Kindrativka of Khotin hromada, Sumy raion"),
row(K, "Bile, twenty kilometres south-west of Luhansk: locals report a blast at a Russian fuel depot.", "Bile", 712515, note=BR + ", distance in words: Bile of Alchevsk hromada (Luhansk, occupied); also an adjective ('white')"),
row(K, "Haivka | 13 km NW of Rozdilna | Shahed shot down | fragments on farmland", "Haivka", 708906, note=BR + ", abbreviated: Haivka of Stepanivka hromada, Rozdilna raion (Odesa); seven in Ukraine"),
]
K = 'city_district'
CP = "no GeoNames point for the district: the city's GeoNames point, precision 2"
R += [
row(K, "Kharkiv, Novobavarskyi district: a drone hit a nine-storey building; five residents were injured.", "Novobavarskyi district", 706483, 2, note="Kharkiv city district (ex-Oktiabrskyi); " + CP),
row(K, "In Kharkiv's Pavlove Pole, a guided bomb left a crater between two blocks of flats, the mayor said.", "Pavlove Pole", 706483, 2, note="Kharkiv neighbourhood (Shevchenkivskyi district); " + CP),
row(K, "Odesa | Tairova residential area | Shahed wreckage on the 16th floor | 3 flats burned | 2 injured", "Tairova", 698740, 2, note="Odesa neighbourhood (Kyivskyi district), named Tairova; not the settlement Tairove 16 km SW of Odesa (in this set); " + CP),
row(K, "Odesa, Arkadia: the blast wave from a missile strike shattered windows in beach cafés and a hotel.", "Arkadia", 698740, 2, note="Odesa's seaside neighbourhood; also Arcadia in Greece; " + CP),
row(K, "Dnipro's Peremoha residential area — a missile struck a car park behind a shopping centre; three people hurt.", "Peremoha", 709930, 2, note="Dnipro neighbourhood (Sobornyi district); 'peremoha' also means 'victory'; villages named Peremoha elsewhere; " + CP),
row(K, "Dnipro, Lotsmanska Kamianka: drone fragments hit a private house; the owner was taken to hospital.", "Lotsmanska Kamianka", 709930, 2, note="Dnipro neighbourhood, not a KATOTTG settlement; " + CP),
row(K, "Zaporizhzhia, Baburka | KAB | industrial site | two workers injured", "Baburka", 687700, 2, note="Zaporizhzhia neighbourhood (Khortytskyi district); " + CP),
row(K, "In the Kosmichnyi microdistrict of Zaporizhzhia a drone crashed into a balcony on the 8th floor.", "Kosmichnyi microdistrict", 687700, 2, note="Zaporizhzhia microdistrict; " + CP),
row(K, "Kherson, Tavriiskyi microdistrict: Russian artillery from the left bank hit a bus stop, killing a man of 60.", "Tavriiskyi microdistrict", 706448, 2, note="Kherson microdistrict; not Tavriisk, a town in Kherson oblast; " + CP),
row(K, "Donetsk, Abakumova mine area: DPR officials say shelling hit a mine administration building.", "Abakumova mine", 9112916, 2, note="Donetsk mine settlement in the city's west (occupied; not a KATOTTG settlement); GeoNames point"),
row(K, "Pokrovsk, Lazurnyi microdistrict — a Russian glide bomb hit a five-storey block; two killed.", "Lazurnyi microdistrict", 13535742, 2, note="Pokrovsk microdistrict (Donetsk; 2 km S of the city point); Kramatorsk also has a Lazurnyi (in this set); GeoNames point"),
row(K, "Kramatorsk | Lazurnyi | Iskander-M | residential buildings | 1 killed, 12 wounded", "Lazurnyi", 13645596, 2, note="Kramatorsk neighbourhood (Donetsk; 4 km NE of the city point); not Pokrovsk's Lazurnyi (in this set); GeoNames point"),
row(K, "Kyiv, Borshchahivka: debris from an intercepted ballistic missile damaged a kindergarten.", "Borshchahivka", 11778464, 2, note="Kyiv neighbourhood (Sviatoshynskyi district; UA-30); not the village Sofiivska Borshchahivka in Kyiv oblast (in this set); GeoNames point"),
row(K, "Kryvyi Rih's Yuhok neighbourhood, around the Southern ore-dressing plant: a missile hit the plant's administrative building.", "Yuhok", 698900, 2, note="Kryvyi Rih neighbourhood (GeoNames 'Pivdennyi Hirnycho-Zbahachuvalnyi Kombinat', alternate name Yuhok; 8 km SW of the city point)"),
]
K = 'suburb'
R += [
row(K, "Babai, on Kharkiv's south-western edge: a drone set fire to a filling station.", "Babai", 713059, note="Babai (Vysokyi hromada, Kharkiv raion; 10 km SW of Kharkiv), a KATOTTG settlement; GeoNames Babayi"),
row(K, "Rohan' | east of Kharkiv | glide bomb | warehouse of a logistics firm | 3 injured", "Rohan'", 695561, note="Rohan (Rohan hromada centre, Kharkiv raion; 19 km SE of Kharkiv), a KATOTTG settlement; apostrophe for the soft sign"),
row(K, "Tairove, a settlement of its own on Odesa's south-western fringe: the strike on a transformer left its streets dark until noon.", "Tairove", 865086, note="Tairove (Tairove hromada centre, Odesa raion; 16 km SW of Odesa), a KATOTTG settlement; not Odesa's Tairova neighbourhood (in this set); GeoNames Tayirove"),
row(K, "Sofiivska Borshchahivka, just outside Kyiv — a Shahed hit a residential complex, and two people were hurt.", "Sofiivska Borshchahivka", 13513215, note="Sofiivska Borshchahivka (Borshchahivka hromada, Bucha raion, Kyiv oblast; 13 km SW of Kyiv), a KATOTTG village; not Kyiv's Borshchahivka (in this set)"),
]
