from build_common import row
K = 'russian_form'
R = [
row(K, "Russian MoD: 'units of the Vostok group improved their tactical position near Velikaya Novoselka.'", "Velikaya Novoselka", 690237, note="Russian form of Velyka Novosilka (Donetsk)"),
row(K, "Lugansk region, Georgievka (4 km north-east of Lutugino) - a fire at a fuel base after explosions, local chats say.", "Georgievka", 708863, note="Russian form of Heorhiivka (Luhansk raion, occupied); 11 Heorhiivkas in KATOTTG, the Luhansk one is the only settlement (X); Lutugino is Lutuhyne"),
row(K, "Pervomayskoye, west of Avdeyevka, was 'liberated', according to a Russian war blogger.", "Pervomayskoye", 697562, note="Russian form of Pervomaiske (GeoNames now Avdiivske), 12 km W of Avdiivka; another Pervomaiske in Snizhne hromada and many elsewhere"),
row(K, "Vodyanoye near Kamenka-Dneprovskaya | UAV strike on an ammunition point | occupation sources", "Vodyanoye", 689321, note="Russian form of Vodiane (Vodianska hromada centre, 7 km E of Kamianka-Dniprovska); 40 Vodiane in KATOTTG"),
row(K, "Kruglyakovka, Kupyansk district: the village shop was hit by a drone; the saleswoman was wounded.", "Kruglyakovka", 812661, note="Russian form of Kruhliakivka (Kharkiv)"),
row(K, "Strelechya came under mortar fire from the Belgorod side; a barn burned, no one hurt.", "Strelechya", 692451, note="Russian form of Strilecha (Kharkiv border village)"),
row(K, "Ternovaya, about 22 km south-west of Volchansk, was bombed twice during the day, according to the Kharkov police.", "Ternovaya", 691637, note="Russian form of Ternova (three in Kharkiv oblast); the GeoNames distance from Vovchansk settles it; Volchansk and Kharkov are Russian forms too"),
row(K, "Verbovoye (Pologi district) — 'enemy assault repelled', the Russian-installed governor claims.", "Verbovoye", 689965, note="Russian form of Verbove (Polohy raion, Zaporizhzhia); the other Zaporizhzhia Verbove is in Zaporizhzhia raion"),
row(K, "Malokaterinovka, Zaporozhye region: two Shaheds hit a private farm; a tractor driver was hurt.", "Malokaterinovka", 702072, note="Russian form of Malokaterynivka (Zaporizhzhia raion)"),
row(K, "Dnepryany, near Novaya Kakhovka - an FPV drone struck a civilian minibus, says the occupation administration.", "Dnepryany", 709940, note="Russian form of Dnipriany (Kherson, occupied); Novaya Kakhovka is Nova Kakhovka"),
row(K, "Gornostayevka (Kakhovka district): power line cut after shelling, village without electricity.", "Gornostayevka", 708403, note="Russian form of Hornostaivka (the settlement in Kakhovka raion); villages of the name also in Henichesk raion, Crimea, Chernihiv"),
row(K, "Kazachi Lagerya, 22 km north-east of Aleshki: Russian TV says a Ukrainian drone killed a ferryman.", "Kazachi Lagerya", 706596, note="Russian form of Kozachi Laheri (two in Kherson oblast; the GeoNames point 22 km NE of Oleshky); Aleshki is Oleshky"),
row(K, "Arkhangelskoye, Kherson region, was shelled; a tractor brigade's garage burned down.", "Arkhangelskoye", 713208, note="Russian form of Arkhanhelske (Beryslav raion; the only one in Kherson oblast)"),
row(K, "Shakhovo (Donetsk region): attack on the village, a woman injured, according to the pro-Kremlin channel.", "Shakhovo", 698641, note="Russian form of Shakhove (Pokrovsk raion); another Shakhove in Luhansk"),
row(K, "2024-07-19; Zheleznoye; Russian source; 'Ukrainian strongpoint destroyed'", "Zheleznoye", 713176, note="Russian form of Zalizne (Toretsk hromada), formerly Artemove; a village Zalizne in Kyiv oblast"),
row(K, "Shcherbinovka near Dzerzhinsk: Russian troops claim to control the eastern part of the village.", "Shcherbinovka", 694290, note="Russian form of Shcherbynivka (Toretsk hromada); Dzerzhinsk is the old Russian name of Toretsk"),
row(K, "Volchanskiye Khutora — a KAB fell near a farmstead, the Russian side reported a 'militants' base' hit.", "Volchanskiye Khutora", 689302, note="Russian form of Vovchanski Khutory (Kharkiv, 7 km E of Vovchansk)"),
row(K, "Prikolotnoye, Kupyansk district: ambulance hit by a Lancet, paramedic wounded.", "Prikolotnoye", 696302, note="Russian form of Prykolotne (Kharkiv)"),
row(K, "Kremennaya forest area: heavy fighting, a Russian reporter says a school in town was hit by artillery.", "Kremennaya", 704138, note="Russian form of Kreminna (Luhansk)"),
row(K, "Pyatikhatki (Dnepropetrovsk region) — a drone attacked the railway station, damaging two electric trains.", "Pyatikhatki", 695965, note="Russian form of Piatykhatky, the town of Dnipropetrovsk oblast (a village Piatykhatky also lies in Zaporizhzhia oblast)"),
]
K = 'renamed'
R += [
row(K, "Komsomolske, Donetsk region: the quarry administration building was damaged by artillery, occupation media say.", "Komsomolske", 705186, note="old name of Kalmiuske (renamed 2016; Donetsk oblast); Komsomolske was also the old name of Slobozhanske (Kharkiv) and villages in Crimea"),
row(K, "Krasny Luch — Russian-installed officials said a missile struck a coal enterprise; 4 workers injured.", "Krasny Luch", 704202, note="old (Soviet) name of Khrustalnyi, Luhansk oblast, occupied"),
row(K, "A drone attack on the chemical plant in Krasnoperekopsk was repelled, the Russian-appointed head of Crimea wrote.", "Krasnoperekopsk", 704362, note="old name of Yany Kapu (Crimea, UA-43), the GeoNames name"),
row(K, "Chervonopartyzansk: partisans say they set a rail relay cabinet on fire near the border crossing.", "Chervonopartyzansk", 710548, note="old name of Voznesenivka (Luhansk, occupied)"),
row(K, "Frunzivka (Rozdilna district, Odesa region): a drone hit a farm building; fire extinguished.", "Frunzivka", 709071, note="old name of Zakharivka (Odesa oblast); ten Zakharivkas in KATOTTG, the Odesa one is the hromada centre"),
row(K, "Satellite images show scorched aircraft revetments at Kirovske airfield, west of Feodosia.", "Kirovske", 705799, note="old name of the Crimean settlement (GeoNames Islyam-Terek), 26 km NW of Feodosiia; other ex-Kirovske: Khrestivka (Donetsk), Obukhivka (Dnipropetrovsk), Tarkhankut (west Crimea)"),
row(K, "Blahovishchenske, Holovanivsk district, Kirovohrad region: missile fragments fell on a field.", "Blahovishchenske", 690713, note="new name (2016) of Ulianivka, Kirovohrad oblast; other Blahovishchenske in Zaporizhzhia and Kherson oblasts"),
row(K, "Voskresenske, east of Mykolaiv, came under a drone attack; a boiler house was damaged.", "Voskresenske", 688933, note="new name of Zhovtneve (Mykolaiv raion), 12 km E of Mykolaiv; villages of the name in Kyiv, Kherson, Chernihiv oblasts"),
]
