from build_common import row
K = 'typo'
R = [
row(K, "03.11 | Bilytkse | KAB on a five-storey block, one entrance collapsed | 2 killed, 6 wounded", "Bilytkse", 712613, note="swapped letters, Bilytske (Pokrovsk raion, Donetsk)"),
row(K, "Ukrainks, Pokrovsk district - an FPV drone hit a municipal van; the driver, 52, was wounded.", "Ukrainks", 690771, note="swapped letters, Ukrainsk (Donetsk)"),
row(K, "Selydvoe; 2023-12-02; artillery; private house burned, woman (80) with burns", "Selydvoe", 694677, note="swapped letters, Selydove (Donetsk)"),
row(K, "Near Kostiantynivka, in Illinvka, a drone dropped munitions on a man riding a scooter. He survived.", "Illinvka", 11876375, note="dropped i, Illinivka (Kostiantynivka hromada); Kostiantynivka is context"),
row(K, "Zelenodlsk was shelled from across the reservoir at dawn, damaging the boiler house; no casualties.", "Zelenodlsk", 687392, note="dropped o, Zelenodolsk (Dnipropetrovsk)"),
row(K, "Apostolvoe (Kryvyi Rih district): debris of a downed Shahed set fire to a hayloft.", "Apostolvoe", 713245, note="swapped letters, Apostolove (Dnipropetrovsk)"),
row(K, "A ballistic missile was reported over Bashtnaka; minutes later an explosion damaged the grain elevator.", "Bashtnaka", 712775, note="swapped letters, Bashtanka (Mykolaiv)"),
row(K, "Puytvl, Sumy obl. / 11:20 / guided bomb on the outskirts, 3 private houses destroyed, 1 injured", "Puytvl", 696008, note="swapped letters, Putyvl (Sumy)"),
row(K, "Overnight, a man was pulled alive from under the rubble of a house in Merfa after a missile strike.", "Merfa", 701347, note="dropped e, Merefa (Kharkiv)"),
row(K, "Explosions in occupied Dniprorunde: according to residents, the target was a barracks near the port.", "Dniprorunde", 709960, note="swapped letters, Dniprorudne (Zaporizhzhia, occupied)"),
row(K, "Molochnask - occupation 'authorities' report a drone strike on a fuel depot, fire on 200 sq m.", "Molochnask", 700848, note="swapped letters, Molochansk (Zaporizhzhia, occupied)"),
row(K, "Two people were killed in Kalanchk, in the occupied south of Kherson region, when a car was hit on the highway.", "Kalanchk", 707232, note="dropped a, Kalanchak (the Kherson-oblast town, named with its oblast); an Odesa-oblast village of the same name is in this set"),
row(K, "From the right bank, Velyka Lepetyka was visible burning for hours after the strike on a Russian depot.", "Velyka Lepetyka", 690247, note="dropped h, Velyka Lepetykha (Kherson, occupied)"),
row(K, "Bakhamch railway junction: a Shahed hit the depot, two railwaymen wounded, trains delayed.", "Bakhamch", 712967, note="swapped letters, Bakhmach (Chernihiv)"),
row(K, "In Tavrisk the Russian-appointed administration says a HIMARS strike hit a warehouse.", "Tavrisk", 865729, note="dropped i, Tavriisk (Kherson, occupied)"),
row(K, "Novo Odesa: drone wreckage on the roof of a school, classes moved online.", "Novo Odesa", 699811, note="wrong vowel, Nova Odesa (Mykolaiv); not Odesa"),
]
K = 'translit'
R += [
row(K, "Vinnytsa — air defence at work; a missile fragment fell on a private yard in the southern part of town.", "Vinnytsa", 689558, note="variant spelling of Vinnytsia (dropped i)"),
row(K, "Tarnopol: a cruise missile hit an industrial site overnight, regional officials said; no one was hurt.", "Tarnopol", 691650, note="historic Polish/Russian name of Ternopil (city)"),
row(K, "Kam'yanets'-Podil's'kyy | 05:40 | drone debris | roof of a warehouse damaged | no victims", "Kam'yanets'-Podil's'kyy", 706950, note="apostrophe transliteration (soft signs) of Kamianets-Podilskyi"),
row(K, "An air-defence missile that missed its target fell near Pervomais'k, Mykolayiv oblast, breaking windows.", "Pervomais'k", 697593, note="apostrophe transliteration of Pervomaisk (Mykolaiv oblast), not Pervomaisk (Luhansk, now Sokolohirsk) or Pervomaisc (Transnistria), both in this set"),
row(K, "Myrgorod airfield area: explosions reported after 02:00, the Poltava administration confirmed damage to infrastructure.", "Myrgorod", 701075, note="G-for-H transliteration of Myrhorod"),
row(K, "Vasyl'kiv, Kyiv region: an oil depot was set on fire by a drone; firefighters worked until noon.", "Vasyl'kiv", 690412, note="apostrophe transliteration of Vasylkiv"),
row(K, "Kozyatyn — a railway substation was disabled by an attack drone, several commuter trains cancelled.", "Kozyatyn", 706571, note="older transliteration of Koziatyn (Vinnytsia)"),
row(K, "Stanytsya Luhans'ka, 2021-11-04: shelling damaged the water pumping station; part of the town without water.", "Stanytsya Luhans'ka", 692953, note="apostrophe transliteration of Stanytsia Luhanska (Luhansk)"),
row(K, "Shchastya power plant again under fire; local residents report outages across the town.", "Shchastya", 694725, note="older transliteration of Shchastia (Luhansk)"),
row(K, "Kozacha Lopan' — three shells landed near the railway station around midday; a man, 58, hurt.", "Kozacha Lopan'", 706587, note="apostrophe transliteration of Kozacha Lopan (Kharkiv)"),
row(K, "Kyïv: debris from a downed drone damaged cars parked by a 9-storey building; 1 person injured.", "Kyïv", 703448, note="Kyiv with the Ukrainian diaeresis (i-umlaut); the city, UA-30"),
row(K, "Repost from a Polish channel ('odłamki znaleziono pod Lwowem'): missile debris lay in a field outside Lwów, near the airport; nobody hurt.", "Lwów", 702550, note="Polish exonym of Lviv (city); the Polish quote has the inflected form Lwowem"),
row(K, "Uzhorod, Zakarpattia: an air raid alert sounded for the first time in weeks; no strikes recorded.", "Uzhorod", 690548, note="single-h misspelling/transliteration of Uzhhorod; Zakarpattia named as context"),
row(K, "Irpin' — a two-storey house was destroyed by a Russian missile fragment; a family of three rescued.", "Irpin'", 707565, note="apostrophe transliteration of Irpin (Kyiv oblast)"),
]
