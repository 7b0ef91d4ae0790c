from common import E, L, R, C, N, W, S, gold

TITLE = "In the night on Sunday enemy attacked Ukraine with 176 drones and four ballistic missiles, in Chernihiv two persons wounded"
TEXT = """DESNA NEWS · English edition
👓 Version for visually impaired
Main | Chernihiv | Region | Ukraine | War | Economy | Culture
In the night on Sunday enemy attacked Ukraine with 176 drones and four ballistic missiles, in Chernihiv two persons wounded
Publication date: 16.11.2025 / 09:42
Author of material: Nataliia Kovtun
Material is translated from Ukrainian by the editorial office, small inaccuracies are possible
In the night on 16 November (from Saturday to Sunday) Russian occupiers attacked Ukraine with four ballistic missiles Iskander-M and 176 attack UAVs of Shahed type, Gerbera and drones-imitators, informs the Air Forces of the Armed Forces of Ukraine.

The launches of drones were fixed from the Kursk and Bryansk directions, also from Millerovo and Primorsko-Akhtarsk. The ballistic missiles were launched from the Voronezh region.

As of 09:00, air defence neutralised 139 drones on the north, south and east of the country. The missiles, by preliminary data, were not shot down. Hits of four missiles and 33 drones were registered on 11 locations, also the falling of debris on 4 locations.

According to the Air Forces, over Chernihiv region were shot down 41 drones, over Sumy region – 28, over Poltava region – 19. Air defence worked also in Kharkiv, Kyiv and Cherkasy regions.

"The enemy again goes in waves from the north, through our region, to reach the centre of the country. Please do not ignore the alarm, even when it seems that it is quiet," underlined the spokesman of the Air Forces Oleksandr Dubyna.

The head of Chernihiv regional military administration informs: in the night the enemy attacked the Desnianskyi district of Chernihiv with drones of Shahed type. Damaged are a private house and a garage, two persons wounded – a man of 63 years and a woman of 58 years, both are hospitalised with shrapnel wounds.

In the Novhorod-Siverskyi community an enemy drone hit an object of energy infrastructure. Without electricity stayed near 9 thousand subscribers, the energetics already work on the place.

Font: A A A
In Sumy region a ballistic missile hit the territory of an industrial enterprise in Shostka, one man died, informs the Sumy regional military administration. Two more missiles, by information of the Air Forces, hit the open terrain in the same district.

In Poltava region enemy UAVs attacked Myrhorod district, the falling debris damaged a warehouse of a farm. No victims, informed the head of Poltava regional military administration.

Also on Saturday, about 21:30, the occupiers shelled the Semenivka community from artillery, wounded is a woman of 47 years, she is in a hospital in moderate condition.

"In Chernihiv the emergency services worked until the morning, the fire in the garage is liquidated," wrote the secretary of the city council Viktor Horbenko.

Found an error? Highlight it and tap the ✎ button
Our channel in Viber: join and read first
Tags: Chernihiv, Shahed, air defence, Sumy region, Poltava region
© 2025 Desna News. At using of materials the hyperlink is obligatory.
"""
DOC = {"id": "kg01", "date": "2025-11-16", "source": "Desna News (Ukrainian regional site, English edition)",
       "url": "https://desnanews.example/en/war/2025/11/16/night-attack-176-drones", "text": TEXT}

D = "2025-11-16"
AF = "Air Force of the Armed Forces of Ukraine"
EVENTS = [
    E("kg01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("drone", "Shahed", launched=N(176))], claimant=AF,
      note="'In the night on 16 November (from Saturday to Sunday)' = 16 Nov; combined wave typed by the heaviest weapon "
           "(ballistic missiles); Kursk/Bryansk 'directions', Millerovo, Primorsko-Akhtarsk and the Voronezh region are "
           "launch areas: no events there"),
    E("kg01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(139))],
      claimant=AF, parent="kg01-1",
      note="'neutralised 139 drones'; 'The missiles … were not shot down' = no missile entry (a 0 is not stated as a "
           "count of intercepted missiles, left absent)"),
    E("kg01-3", "interception", D, R("UA-74", "Chernihiv region"), "UA", "RU", weapons=[W("drone", intercepted=N(41))],
      parent="kg01-1", note="regional count: required (rule 3)"),
    E("kg01-4", "interception", D, R("UA-59", "Sumy region"), "UA", "RU", weapons=[W("drone", intercepted=N(28))],
      parent="kg01-1", note="regional count: required"),
    E("kg01-5", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", weapons=[W("drone", intercepted=N(19))],
      parent="kg01-1", note="regional count: required"),
    E("kg01-6", "interception", D, R("UA-63", "Kharkiv region"), "UA", "RU", optional=True, parent="kg01-1",
      note="'Air defence worked also in …': merely listed, optional"),
    E("kg01-7", "interception", D, R("UA-32", "Kyiv region"), "UA", "RU", optional=True, parent="kg01-1",
      note="merely listed, optional"),
    E("kg01-8", "interception", D, R("UA-71", "Cherkasy region"), "UA", "RU", optional=True, parent="kg01-1",
      note="merely listed, optional"),
    E("kg01-9", "air_drone_strike", D, L("Chernihiv"), "RU", "UA", inj=N(2), weapons=[W("drone", "Shahed")],
      parent="kg01-1", note="Desnianskyi district of Chernihiv = the city (precision 1); two hospitalised = injured 2"),
    E("kg01-10", "air_drone_strike", D, L("Novhorod-Siverskyi", 2, "Novhorod-Siverskyi community"), "RU", "UA",
      weapons=[W("drone")], parent="kg01-1",
      note="hromada named after its town = precision 2; casualties not stated (absent)"),
    E("kg01-11", "infrastructure_disruption", D, L("Novhorod-Siverskyi", 2, "Novhorod-Siverskyi community"), "RU", "UA",
      parent="kg01-10", note="'Without electricity stayed near 9 thousand subscribers'"),
    E("kg01-12", "missile_artillery_strike", D, L("Shostka"), "RU", "UA", fat=N(1),
      weapons=[W("ballistic_missile")], parent="kg01-1",
      note="ballistic missile on an enterprise in Shostka, one dead; the two missiles on 'open terrain in the same "
           "district' are part of the same hit report (no separate place), not a second event"),
    E("kg01-13", "air_drone_strike", D, L("Myrhorod", 2, "Myrhorod district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="kg01-1",
      note="debris on a farm warehouse in the Myrhorod district (precision 2); 'No victims' = 0/0"),
    E("kg01-14", "missile_artillery_strike", "2025-11-15", L("Semenivka", 2, "Semenivka community"), "RU", "UA",
      inj=N(1), weapons=[W("artillery")],
      note="'Also on Saturday, about 21:30' = 15 Nov (the evening before the wave, not its child); hromada = precision 2"),
]
# Not events: the launch areas (Kursk/Bryansk directions, Millerovo, Primorsko-Akhtarsk, Voronezh region), '11 locations'
# and 'debris on 4 locations' without places, the spokesman's habitual 'goes in waves', the fire 'liquidated' (same
# Chernihiv event).
STATEMENTS = [
    S("Oleksandr Dubyna", "UA", "The enemy again goes in waves from the north", "Air Force spokesman"),
    S("Viktor Horbenko", "UA", "the emergency services worked until the morning", "secretary of the Chernihiv city council"),
]
MUST_NOT = ["DESNA NEWS · English edition", "👓 Version for visually impaired",
            "Main | Chernihiv | Region | Ukraine | War | Economy | Culture",
            "Publication date: 16.11.2025 / 09:42", "Author of material: Nataliia Kovtun",
            "Material is translated from Ukrainian by the editorial office, small inaccuracies are possible",
            "Font: A A A", "Found an error? Highlight it and tap the ✎ button",
            "Our channel in Viber: join and read first",
            "Tags: Chernihiv, Shahed, air defence, Sumy region, Poltava region",
            "© 2025 Desna News. At using of materials the hyperlink is obligatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
