from build_common import row
K = 'typo'
R = [
row(K, "Novovolynks (Volyn) — a drone hit the ventilation shaft of the mine overnight; the shift underground was brought to the surface unhurt.", "Novovolynks", 699035, note="swapped letters, Novovolynsk (Volyn)"),
row(K, "2024-11-03 | Svitlovosdk | debris on the dam road | traffic closed for three hours", "Svitlovosdk", 692087, note="swapped letters, Svitlovodsk (Kirovohrad), the town of the Kremenchuk dam"),
row(K, "At the Znamainka junction two wagons of a freight train left the rails after the night attack, the railway company said.", "Znamainka", 686919, note="swapped letters, Znamianka (Kirovohrad)"),
row(K, "Windows were blown out along a whole street in Slavtua when a drone fell short of the industrial zone.", "Slavtua", 693581, note="swapped letters, Slavuta (Khmelnytskyi)"),
row(K, "Zdolbnuiv; 04:10; cruise missile; rail yard; no injured", "Zdolbnuiv", 687432, note="swapped letters, Zdolbuniv (Rivne)"),
row(K, "In Verkhnodniprvosk, police said, a man of 64 was cut by falling glass when the blast wave reached his flat.", "Verkhnodniprvosk", 689916, note="swapped letters, Verkhnodniprovsk (Dnipropetrovsk)"),
row(K, "Korostyshvi: the regional head reported that an energy facility had been hit and part of the town was left without light.", "Korostyshvi", 704885, note="swapped letters, Korostyshiv (Zhytomyr)"),
row(K, "Myronivak – a farm warehouse full of fertiliser burned for several hours after the drone attack, according to rescuers.", "Myronivak", 701031, note="swapped letters, Myronivka (Kyiv oblast town); villages named Myronivka in other oblasts"),
row(K, "Late on Thursday, air-defence fragments landed on the bus depot in Shploa, and three buses were damaged.", "Shploa", 693920, note="swapped letters, Shpola (Cherkasy)"),
row(K, "Pyriatny, Poltava region | Shahed shot down | fragments hit a car wash | 1 hurt", "Pyriatny", 697183, note="swapped letters, Pyriatyn (Poltava)"),
]
K = 'translit'
R += [
row(K, "Explosions were heard in Równe overnight, a Polish regional portal wrote, quoting relatives of people who live there.", "Równe", 695594, note="Polish name of Rivne (the city, UA-56); villages named Rivne in Kirovohrad, Odesa, Mykolaiv oblasts"),
row(K, "Sambor | air-raid alert until dawn | a gas-storage site south of the town was reportedly the target", "Sambor", 694864, note="Polish (and Russian) name of Sambir (Lviv)"),
row(K, "Borysław, the old oil town in the Carpathian foothills, woke to a blast near the refinery, Polish media said.", "Borysław", 711669, note="Polish name of Boryslav (Lviv)"),
row(K, "Krzemieniec: Polish pilgrims visiting the old lyceum spent two hours in a basement during the alert.", "Krzemieniec", 704143, note="Polish name of Kremenets (Ternopil)"),
row(K, "Nagyszőlős — Hungarian-language sites say a drone came down in a vineyard outside the town.", "Nagyszőlős", 688746, note="Hungarian name of Vynohradiv (Zakarpattia)"),
row(K, "Rahó, in the upper Tisza valley: residents saw an unidentified drone fly towards the Romanian border.", "Rahó", 695859, note="Hungarian name of Rakhiv (Zakarpattia)"),
row(K, "Mogilev-Podolsky — a Russian-language Moldovan channel showed smoke rising across the Dniester from Otaci.", "Mogilev-Podolsky", 700918, note="Russian form of Mohyliv-Podilskyi (Vinnytsia); Otaci (Moldova) is context; not Mogilev in Belarus (in this set)"),
row(K, "Dolyns'ka, Kirovohrads'ka oblast': a missile hit an industrial site, and two people were taken to hospital.", "Dolyns'ka", 709782, note="apostrophe transliteration of Dolynska (Kirovohrad); not Dolyna (Ivano-Frankivsk)"),
]
K = 'russian_form'
R += [
row(K, "Bogorodichnoye, 20 km north of Slavyansk: Russian forces claim to have entered the village from the east.", "Bogorodichnoye", 711885, note="Russian form of Bohorodychne (Sviatohirsk hromada, Donetsk; GeoNames distance from Sloviansk)"),
row(K, "Nikiforovka | artillery | two houses burning | a Russian channel claims 'strikes on a Ukrainian ammunition dump'", "Nikiforovka", 700203, note="Russian form of Nykyforivka (Soledar hromada, Donetsk); one other Nykyforivka in Ukraine"),
row(K, "A glide bomb fell on the cemetery of Malotaranovka, just south-west of Kramatorsk, a Russian-language chat reported.", "Malotaranovka", 702055, note="Russian form of Malotaranivka (Kramatorsk hromada, 9 km SW of Kramatorsk)"),
row(K, "Grishino, a village north-west of Krasnoarmeysk: Russian war correspondents posted footage of an assault on its outskirts.", "Grishino", 708060, note="Russian form of Hryshyne (Pokrovsk hromada, 9 km NW of Pokrovsk); Krasnoarmeysk is Pokrovsk's Soviet name in Russian form"),
row(K, "Novoyelizavetovka; 12.01; FPV drone; volunteer's car; driver wounded", "Novoyelizavetovka", 699000, note="Russian form of Novoyelyzavetivka (Pokrovsk hromada, Donetsk); namesakes in other oblasts"),
row(K, "Zagryzovo (Borovaya district) – the Russian-installed 'administration' claims shelling destroyed the village school.", "Zagryzovo", 687877, note="Russian form of Zahryzove (Borova hromada, Izium raion, Kharkiv; 15 km NE of Borova); 'Borovaya district' is the old raion in Russian form"),
row(K, "Russian milbloggers describe Podliman, south of Borovaya, as 'grey zone' after a night of artillery fire.", "Podliman", 696903, note="Russian form of Pidlyman (Borova hromada, Kharkiv; 5 km S of Borova)"),
row(K, "Ugroyedy, Sumy oblast — an air-dropped munition hit a barn, and a dozen cows were killed.", "Ugroyedy", 690801, note="Russian form of Uhroidy (Krasnopillia hromada, Sumy)"),
row(K, "In Kiyanitsa, in the border strip north-east of Sumy, a guided bomb damaged the building of the village council.", "Kiyanitsa", 705729, note="Russian form of Kyianytsia (Yunakivka hromada, Sumy; 19 km NE of Sumy)"),
row(K, "Gremyach: the border village in Chernigov oblast was shelled from the Bryansk side, local officials said.", "Gremyach", 708146, note="Russian form of Hremiach (Novhorod-Siverskyi hromada, Chernihiv); 'Chernigov oblast' is the Russian form of the oblast"),
row(K, "Bolshiye Prokhody, north of Kharkov | KAB | farm | 2 wounded", "Bolshiye Prokhody", 711757, note="Russian form of Velyki Prokhody (Derhachi hromada, Kharkiv; 25 km N of Kharkiv): the adjective is translated (velyki = bolshiye)"),
row(K, "Russian sources say 'Bogatyr has been cleared'; the village lies 25 km west of Kurakhovo.", "Bogatyr", 711956, note="Russian form of Bahatyr (Velyka Novosilka hromada, Donetsk; GeoNames distance from Kurakhove); also a common noun ('hero')"),
]
K = 'renamed'
R += [
row(K, "Torez | a blast at the mine administration reported by locals | Russian-installed officials silent", "Torez", 691374, note="old name (until 2016) of Chystiakove, the GeoNames name (Donetsk, occupied); Russian sources still use Torez"),
row(K, "Molodogvardeysk: a Ukrainian drone hit the premises of a former coal trust, the occupation 'mayor' said.", "Molodogvardeysk", 700829, note="Russian form of Molodohvardiisk, renamed Otamanivka, the GeoNames name (Luhansk, occupied)"),
row(K, "Vakhrushevo, 11 km west of Krasny Luch — a warehouse burned after what locals called 'three loud bangs'.", "Vakhrushevo", 690524, note="old name of Bokovo-Khrustalne, the GeoNames name (Luhansk, occupied; GeoNames distance from Khrustalnyi, whose old name Krasny Luch is the context)"),
row(K, "Petrovskoye (Luhansk region) | ammunition depot hit | secondary detonations for 40 minutes", "Petrovskoye", 697276, note="Russian form of Petrovske, renamed Petrovo-Krasnosillia, the GeoNames name (Luhansk, occupied); a Petrivske in Kharkiv oblast, Petrivske (now Sviatopetrivske) near Kyiv in this set"),
row(K, "Petrivske, Bucha district: the wreck of a downed drone fell on a garage, and the owner's car burned.", "Petrivske", 8354605, note="old name (until 2016) of Sviatopetrivske, the GeoNames name (Bilohorodka hromada, Bucha raion, Kyiv oblast); Petrivske villages remain in other oblasts"),
]
K = 'occupied'
R += [
row(K, "Shakhtyorsk, east of Donetsk: occupation authorities say a fuel depot was hit by HIMARS rockets.", "Shakhtyorsk", 694382, note="Russian form of Shakhtarsk (Donetsk, occupied)"),
row(K, "Yasinovataya — Russian-installed officials report that the railway station was shelled and two railwaymen were killed.", "Yasinovataya", 688373, note="Russian form of Yasynuvata (Donetsk, occupied)"),
row(K, "Lutugino (LPR) | explosions at the former tractor-parts plant | cause unknown", "Lutugino", 702563, note="Russian form of Lutuhyne (Luhansk, occupied; 19 km S of Luhansk)"),
row(K, "Zimogorye, 27 km west of Lugansk: an ammunition truck blew up on the main road, occupation media said.", "Zimogorye", 686956, note="Russian form of Zymohiria (Luhansk, occupied; GeoNames distance from Luhansk)"),
row(K, "Sukhodolsk — Russian media say debris from a Ukrainian drone damaged a school gym.", "Sukhodolsk", 692254, note="Russian form of Sukhodilsk (Luhansk, occupied)"),
row(K, "Aleksandrovsk, on the western edge of Lugansk: the occupation administration reported a fire at a warehouse.", "Aleksandrovsk", 713588, note="Russian form of Oleksandrivsk (a town of Luhansk city hromada, 9 km W of Luhansk, occupied); Aleksandrovsk was also Zaporizhzhia's name until 1921"),
row(K, "Novoalekseyevka (Genichesk district) — a railway bridge on the line to Crimea was damaged, Russian-installed authorities said.", "Novoalekseyevka", 699706, note="Russian form of Novooleksiivka (Henichesk raion, Kherson, occupied; 14 km NW of Henichesk)"),
row(K, "Chernigovka, Zaporozhye region: a Ukrainian drone hit the building used by the Russian military commandant.", "Chernigovka", 710739, note="Russian form of Chernihivka (Berdiansk raion, Zaporizhzhia, occupied); not Chernihiv ('Chernigov')"),
row(K, "Bakhchisaray | air defence active | debris on the Sevastopol road | no injured (Russian-installed 'governor')", "Bakhchisaray", 712969, note="Russian form of Bakhchysarai (Crimea, UA-43); Sevastopol is context"),
row(K, "Belogorsk, Crimea: residents reported several explosions near a military unit on the edge of town.", "Belogorsk", 712587, note="Russian form of Bilohirsk (Crimea, UA-43); not Belogorsk in Russia's Amur region"),
row(K, "Shchyolkino, on the Kerch peninsula: the Russian-appointed authorities declared an emergency after a strike on the boiler house.", "Shchyolkino", 700551, note="Russian form of Shcholkine (Crimea, UA-43)"),
row(K, "Zhdanovka, a mining town north-east of Donetsk, lost power after a substation was shelled, DPR media said.", "Zhdanovka", 687237, note="Russian form of Zhdanivka (Donetsk, occupied; 37 km NE of Donetsk); not Zhdanov, the old name of Mariupol"),
]
