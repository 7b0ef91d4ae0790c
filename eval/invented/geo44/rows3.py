from build_common import row
K = 'facility'
FA = "a facility, street or landmark of a named town: the place is the town, precision 1"
R = [
row(K, "Pochaiv | blast wave from a downed drone | stained-glass windows of the Lavra cracked | monks unhurt", "Pochaiv", 697006, note=FA + ": Pochaiv (Kremenets raion, Ternopil), the town of the Pochaiv Lavra; GeoNames Pochayiv"),
row(K, "The road bridge across the Dniester at Halych was closed for inspection after a missile fell into the river below it.", "Halych", 709034, note=FA + ": Halych (Ivano-Frankivsk raion); not Galich in Russia, nor the historic region Galicia"),
row(K, "At Khodoriv railway station a freight train loaded with fertiliser caught fire after a drone attack on the junction.", "Khodoriv", 706352, note=FA + ": Khodoriv (Stryi raion, Lviv)"),
row(K, "A dairy in Busk, on Pidvalna Street, stopped work for two days because the strike on the local substation left it without power.", "Busk", 711103, note=FA + ": Busk (Zolochiv raion, Lviv); the street is context"),
row(K, "Peremyshliany: the district hospital's boiler room was damaged by debris; patients were moved to the surgical wing.", "Peremyshliany", 697692, note=FA + ": Peremyshliany (Lviv raion); not Przemyśl (Poland)"),
row(K, "Falling fragments hit the gates of the cement works in Dunaivtsi, where a night-shift guard suffered a concussion.", "Dunaivtsi", 709429, note=FA + ": Dunaivtsi (Kamianets-Podilskyi raion, Khmelnytskyi; GeoNames Dunayivtsi)"),
row(K, "In Letychiv, the walls of the old fortress and the Dominican church survived, but a drone destroyed two houses on the next street.", "Letychiv", 703142, note=FA + ": Letychiv (Khmelnytskyi raion); the fortress and church are context"),
row(K, "Bobrovytsia, grain elevator on Nezalezhnosti Street — hit by two Shaheds, the silo tower partly collapsed; no casualties.", "Bobrovytsia", 711999, note=FA + ": Bobrovytsia (Nizhyn raion, Chernihiv)"),
row(K, "Sosnytsia's local history museum, on the main square, lost its windows when a missile was intercepted overhead.", "Sosnytsia", 693100, note=FA + ", possessive: Sosnytsia (Koriukivka raion, Chernihiv)"),
row(K, "The sugar plant at Kozova was the target, according to the Ternopil regional head; a storage hall burned down.", "Kozova", 704525, note=FA + ": Kozova (Ternopil raion); Ternopil is the reporting authority"),
row(K, "Borshchiv — at a filling station on the road to Chernivtsi, a fuel tanker was damaged by missile debris.", "Borshchiv", 711587, note=FA + ": Borshchiv (Chortkiv raion, Ternopil); 'the road to Chernivtsi' is a distractor"),
row(K, "The old water tower in Hoshcha, a landmark of the town, was cracked by a blast wave overnight.", "Hoshcha", 708257, note=FA + ": Hoshcha (Rivne raion)"),
row(K, "Monastyryshche machine-building plant: a drone hit the assembly shop at dawn; three workers were hurt.", "Monastyryshche", 700796, note=FA + ": Monastyryshche (Uman raion, Cherkasy); the common noun 'monastyryshche' means a former monastery site"),
row(K, "Staff of the Kelmentsi district hospital spent the night in the basement with their patients after explosions nearby.", "Kelmentsi", 706536, note=FA + ": Kelmentsi (Dnistrovskyi raion, Chernivtsi)"),
]
K = 'two_places'
TP = "two places, the second the raion or a bigger town nearby: the first, precision 1"
R += [
row(K, "Hlevakha, near Vasylkiv: a drone slammed into a block of flats by the railway; four people were hurt.", "Hlevakha", 708784, note=TP + ": Hlevakha (Fastiv raion, Kyiv oblast); Vasylkiv is context"),
row(K, "In Velyka Dymerka, Brovary district, a ballistic missile left a crater in a vegetable plot and damaged 14 houses.", "Velyka Dymerka", 690266, note=TP + ": Velyka Dymerka (Brovary raion, Kyiv oblast); Brovary is the raion"),
row(K, "Novi Petrivtsi, Vyshhorod raion — debris of a drone caught fire on a private estate; the fire spread to a garage.", "Novi Petrivtsi", 698929, note=TP + ": Novi Petrivtsi (Vyshhorod raion, Kyiv oblast)"),
row(K, "Mala Bilozerka, in the occupied Vasylivka raion: Ukrainian drones hit a Russian logistics base, the southern command said.", "Mala Bilozerka", 702246, note=TP + ": Mala Bilozerka (Vasylivka raion, Zaporizhzhia, occupied); Vasylivka is the raion, not the town"),
row(K, "Karnaukhivka, on the eastern outskirts of Kamianske: a missile struck a private house, killing one man.", "Karnaukhivka", 706736, note=TP + ": Karnaukhivka (Kamianske raion, Dnipropetrovsk; 22 km W of Dnipro by GeoNames); Kamianske is context"),
row(K, "Korotych (west of Kharkiv) | guided bomb | stadium stands damaged | 2 injured", "Korotych", 704881, note=TP + ": Korotych (Kharkiv raion; 16 km W of Kharkiv by GeoNames); Kharkiv is context"),
row(K, "Slatyne, Derhachi hromada, north of Kharkiv — a Russian drone dropped explosives on a bus stop.", "Slatyne", 693598, note=TP + ": Slatyne (Derhachi hromada, Kharkiv raion; 26 km N of Kharkiv by GeoNames); Derhachi and Kharkiv are context"),
row(K, "Bilozirya, Cherkasy raion: fragments of a downed missile landed in the courtyard of the village lyceum.", "Bilozirya", 712500, note=TP + ": Biloziria (Cherkasy raion; 20 km SW of Cherkasy by GeoNames); GeoNames Bilozirya"),
row(K, "A drone fell on the outskirts of Kvasyliv, just south of Rivne, and damaged a glass factory's warehouse.", "Kvasyliv", 703460, note=TP + ": Kvasyliv (Rivne raion; 7 km S of Rivne by GeoNames); Rivne is context"),
row(K, "Stryzhavka, north of Vinnytsia — an attack drone hit a filling station on the Kyiv highway.", "Stryzhavka", 692416, note=TP + ": Stryzhavka (Vinnytsia raion; 9 km N of Vinnytsia by GeoNames); Vinnytsia and Kyiv are context"),
]
K = 'city_district'
CP = "no GeoNames point for the district: the city's GeoNames point, precision 2"
R += [
row(K, "Kyiv, Rusanivka: debris of a downed drone set a car on fire in a courtyard on the embankment.", "Rusanivka", 13580324, 2, note="Kyiv neighbourhood on the left bank (Dniprovskyi district; UA-30); GeoNames point"),
row(K, "Overnight in Osokorky, on Kyiv's left bank, fragments damaged a 24-storey building and two people were treated for cuts.", "Osokorky", 13580116, 2, note="Kyiv neighbourhood (Darnytskyi district; UA-30); GeoNames point"),
row(K, "Vynohradar | Kyiv | missile debris | school yard | no injuries", "Vynohradar", 13580103, 2, note="Kyiv neighbourhood (Podilskyi district; UA-30); also a common noun ('wine grower'); GeoNames point"),
row(K, "A ballistic missile fragment crashed into a tram depot in Lukianivka, in central Kyiv.", "Lukianivka", 13580135, 2, note="Kyiv neighbourhood (Shevchenkivskyi district; UA-30; GeoNames Lukyanivka, alternate Lukianivka); GeoNames point"),
row(K, "Lviv, Novyi Lviv neighbourhood — a missile hit a warehouse near the railway; one person was killed.", "Novyi Lviv", 13546540, 2, note="Lviv neighbourhood (3 km S of the city point); GeoNames point; 'Novyi' (new) is part of the name"),
row(K, "Masany, Chernihiv: a drone struck a garage cooperative, and six cars were burned.", "Masany", 701643, 2, note="Chernihiv neighbourhood (north of the centre); GeoNames point"),
row(K, "Chernihiv's Novozavodskyi district — a missile hit an education building, injuring twelve.", "Novozavodskyi district", 13608468, 2, note="Chernihiv city district; GeoNames point (the district)"),
row(K, "Kharkiv, Nemyshlianskyi district | KAB | industrial facility | 3 injured", "Nemyshlianskyi district", 706483, 2, note="Kharkiv city district; " + CP),
row(K, "In Kharkiv's KhTZ area, around the tractor plant, a glide bomb left a crater next to a nursery school.", "KhTZ", 706483, 2, note="Kharkiv neighbourhood around the Kharkiv Tractor Plant (Industrialnyi district); an abbreviation; " + CP),
row(K, "Odesa, Moldavanka: debris fell into a courtyard of an old house; a resident was hurt by broken glass.", "Moldavanka", 698740, 2, note="Odesa historic neighbourhood; not Moldova; " + CP),
row(K, "Dnipro, Topol-1 microdistrict — a Shahed hit the upper floors of a high-rise; two killed.", "Topol-1 microdistrict", 709930, 2, note="Dnipro microdistrict ('poplar'); " + CP),
row(K, "Kherson | Shumenskyi microdistrict | Russian artillery from across the Dnipro | 1 dead, 2 wounded", "Shumenskyi microdistrict", 706448, 2, note="Kherson microdistrict; " + CP),
row(K, "Mykolaiv's Korabelnyi district was struck by S-300 missiles; the shipyard area was hit.", "Korabelnyi district", 700569, 2, note="Mykolaiv city district ('shipbuilding'); Kherson also has a Korabelnyi district; " + CP),
row(K, "Kryvyi Rih, Ternivskyi district: a missile hit an enterprise; the mayor's military administration reported injuries.", "Ternivskyi district", 703845, 2, note="Kryvyi Rih city district in the north of the city; " + CP + " (GeoNames' Terny point, 29 km NE, was not used: KATOTTG also has a village Terny in Pavlohrad raion)"),
]
K = 'raion_hromada'
H = "hromada; coordinates of its administrative centre"
R += [
row(K, "Teplyk hromada (Haisyn raion) | Shahed debris | power line | several villages without light", "Teplyk hromada", 691708, 2, note=H + " Teplyk (Haisyn raion, Vinnytsia)"),
row(K, "In the Horodnytsia hromada, by the Belarusian border, a drone dropped explosives on a forestry truck.", "Horodnytsia hromada", 708324, 2, note=H + " Horodnytsia (Zviahel raion, Zhytomyr); a Horodnytsia in Ternopil oblast too; Belarus is context"),
row(K, "Stepan hromada, Sarny raion: a cruise missile fell in a swamp; a ten-metre crater was found the next morning.", "Stepan hromada", 692615, 2, note=H + " Stepan (Sarny raion, Rivne); also a first name"),
row(K, "Kulykivka hromada — air defence downed two drones; debris in fields near three villages, no damage.", "Kulykivka hromada", 703713, 2, note=H + " Kulykivka (Chernihiv raion)"),
]
K = 'region_form'
OB = "oblast in a colloquial, adjective or Russian form, no finer place, precision 3"
R += [
row(K, "Mykolaivshchyna: drones and one missile were shot down overnight, the regional head said, without naming communities.", "Mykolaivshchyna", ('centroid', 'UA-48'), 3, note=OB + " (-shchyna form); Mykolaiv oblast, not the city"),
row(K, "Dnepropetrovskaya oblast | Russian MoD claims strike on 'a fuel depot of the Armed Forces' | no place named", "Dnepropetrovskaya oblast", ('centroid', 'UA-12'), 3, note=OB + " (Russian adjective, the old name); Dnipropetrovsk oblast, not Dnipro city"),
row(K, "Odeshchyna — a massive drone attack hit energy infrastructure; exact locations were not disclosed.", "Odeshchyna", ('centroid', 'UA-51'), 3, note=OB + " (-shchyna form); Odesa oblast, not the city"),
row(K, "Air raid alert across Zaporizka oblast; the regional administration reported ballistic missile launches from the south.", "Zaporizka oblast", ('centroid', 'UA-23'), 3, note=OB + " (Ukrainian adjective); Zaporizhzhia oblast, not the city"),
]
