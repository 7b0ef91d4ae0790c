"""Places abroad in free text, in invented sentences in the style of wire reports and conflict-monitoring
notes (written for this project; none taken from any evaluation set): the English spellings news uses
for conflict places ("Khan Younis", "Gaza City"), English names of first-level regions with or without
their type word ("North Kivu", "Gezira state", "Idlib governorate"), names with an Arabic-style
continuation we do not know ("Wad al-Noura"), and a region of the sentence outweighing a small foreign
namesake.

A case is (sentence, surface, country, ISO 3166-2 region or None, precision or None): ``find_mentions``
must find the mention ``surface`` in the sentence with that country (and region and precision where
given); a case whose country is None says no mention may start with ``surface`` (a name's first word
alone). Used by tests/test_geo_world_news_text.py and benchmarks/geo_world_bench.py (free-text part).
"""
from __future__ import annotations

CASES: list[tuple[str, str, str | None, str | None, int | None]] = [
    # ---- English spellings of places abroad
    ("Israeli forces raided a hospital in Khan Younis on Monday, the health ministry said.", "Khan Younis", "PS", None, 1),
    ("Fighting in Gaza City continued overnight as tanks pushed into the Zeitoun neighbourhood.", "Gaza City", "PS", None, 1),
    ("An airstrike on a house in Deir el-Balah killed seven people, medics said.", "Deir el-Balah", "PS", None, 1),
    ("Residents fled Beit Lahia after evacuation orders were dropped from the air.", "Beit Lahia", "PS", None, 1),
    ("Troops withdrew from the Nuseirat camp after a two-day raid.", "Nuseirat", "PS", None, 1),
    ("Settlers set fire to cars near Ramallah on Saturday.", "Ramallah", "PS", None, None),
    ("Rockets were fired at Kiryat Shmona, the Israeli army said.", "Kiryat Shmona", "IL", None, 1),
    ("Sirens sounded in Sderot as three rockets were launched from the north of the strip.", "Sderot", "IL", None, 1),
    ("A drone strike on a car near Nabatieh killed two Hezbollah members.", "Nabatieh", "LB", None, None),
    ("Israeli jets struck targets around Baalbek in the Bekaa Valley.", "Baalbek", "LB", None, None),
    ("Kurdish-led forces said they repelled an attack near Raqqa.", "Raqqa", "SY", None, None),
    ("Protesters gathered in the main square of Sweida for a third week.", "Sweida", "SY", None, 1),
    ("A car bomb exploded at a checkpoint in Qamishli, killing four.", "Qamishli", "SY", None, 1),
    ("Militants attacked a police post outside Fallujah, officials said.", "Fallujah", "IQ", None, None),
    ("Houthi forces shelled government positions south of Hodeidah.", "Hodeidah", "YE", None, None),
    ("The RSF tightened its siege of El Fasher, the last army stronghold in Darfur.", "El Fasher", "SD", None, 1),
    ("Thousands fled the Zamzam camp after it was shelled for three days.", "Zamzam", "SD", None, 1),
    ("Aid convoys reached Tawila, where displaced families had arrived on foot.", "Tawila", "SD", None, 1),
    ("Army units retook Wad Madani from the paramilitaries in January.", "Wad Madani", "SD", None, 1),
    ("M23 fighters entered Minova, a lakeside town on the road to Goma.", "Minova", "CD", None, 1),
    ("Gunmen killed 11 villagers in attacks near Gwoza on Tuesday.", "Gwoza", "NG", None, None),
    ("Boko Haram fighters raided a military base in Monguno overnight.", "Monguno", "NG", None, 1),
    ("Gangs torched homes in Cite Soleil, the UN said.", "Cite Soleil", "HT", None, 1),
    ("Militants stormed a police station in Miranshah in North Waziristan.", "Miranshah", "PK", None, 1),
    ("Resistance forces said they captured Myawaddy on the Thai border.", "Myawaddy", "MM", None, 1),
    ("Hargeisa hosted talks between clan elders on Friday.", "Hargeisa", "SO", None, 1),
    ("Gunmen shot dead two police officers in Acapulco on Sunday.", "Acapulco", "MX", None, 1),
    # ---- English names of first-level regions abroad, with or without their type word
    ("M23 rebels seized the town of Nyanzale in North Kivu on Thursday.", "North Kivu", "CD", "CD-NK", 3),
    ("Clashes in North Kivu province displaced 20,000 people, the UN said.", "North Kivu province", "CD", "CD-NK", 3),
    ("Fighting spread to South Kivu as the rebels advanced on Bukavu.", "South Kivu", "CD", "CD-SK", 3),
    ("Paramilitaries looted markets across Gezira state.", "Gezira state", "SD", "SD-GZ", 3),
    ("Drone strikes hit Idlib governorate for a fourth day.", "Idlib governorate", "SY", "SY-ID", 3),
    ("Syrian and Russian jets bombed villages in the Aleppo countryside and Aleppo province.", "Aleppo province", "SY", "SY-HL", 3),
    ("Gunmen killed 12 worshippers in a mosque in Katsina state.", "Katsina state", "NG", "NG-KT", 3),
    ("Herders and farmers clashed again in Plateau state.", "Plateau state", "NG", "NG-PL", 3),
    ("Bandits abducted 40 travellers on a highway in Niger state.", "Niger state", "NG", "NG-NI", 3),
    ("A bomb at a rally in Balochistan province killed 14.", "Balochistan province", "PK", "PK-BA", 3),
    ("Police said eight militants were killed in Punjab province.", "Punjab province", "PK", "PK-PB", 3),
    ("The Arakan Army took control of most of Rakhine state.", "Rakhine state", "MM", "MM-16", 3),
    ("Airstrikes on villages in Sagaing region killed dozens.", "Sagaing region", "MM", "MM-01", 3),
    ("Fano militiamen clashed with federal troops in the Amhara region.", "Amhara region", "ET", "ET-AM", 3),
    ("Militants ambushed a patrol in Nineveh province, west of Mosul.", "Nineveh province", "IQ", "IQ-NI", 3),
    ("Houthi drones targeted Marib governorate overnight.", "Marib governorate", "YE", "YE-MA", 3),
    ("Violence in North Darfur has displaced half a million people.", "North Darfur", "SD", "SD-DN", 3),
    ("Al-Shabaab fighters attacked a base in Lower Shabelle.", "Lower Shabelle", "SO", "SO-SH", 3),
    ("Gangs expanded into the Artibonite department north of the capital.", "Artibonite department", "HT", "HT-AR", 3),
    ("Dissident guerrillas clashed in the Catatumbo region of Norte de Santander department.",
     "Norte de Santander department", "CO", "CO-NSA", 3),
    ("Cartel gunmen killed six in Sinaloa state on Saturday.", "Sinaloa state", "MX", "MX-SIN", 3),
    ("Separatists burned a school in the North-West region of Cameroon.", "North-West region", "CM", "CM-NW", 3),
    ("Israeli strikes continued across South Lebanon overnight.", "South Lebanon", "LB", "LB-JA", 3),
    ("Insurgents raided a village in Cabo Delgado province.", "Cabo Delgado province", "MZ", "MZ-P", 3),
    # ---- a name's first word alone is no place when an Arabic-style continuation follows
    ("RSF fighters attacked the village of Wad al-Noura in Gezira state, killing more than 100.", "Wad", None, None, None),
    ("Militiamen looted shops in the market of Tawila el-Kubra, residents said.", "Tawila", None, None, None),
    # ---- a region of the sentence outweighs a small foreign namesake
    ("The army shelled the town of Abu Zabad in West Kordofan.", "Abu Zabad", "SD", None, None),
    ("Gunmen killed ten people in the village of Kala in North Kivu.", "Kala", None, None, None),
    ("RSF fighters attacked the village of Wad al-Noura in Gezira state, killing more than 100.", "Gezira state",
     "SD", "SD-GZ", 3),
]
