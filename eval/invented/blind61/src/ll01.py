from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA

TITLE = "World roundup: Ukraine's grid pounded in day-long barrage; Kursk fighting grinds on"
TEXT = """THE INDUS CHRONICLE
Home | Pakistan | World | Business | Sport | Opinion | Magazine | E-paper
International
World roundup: Ukraine's grid pounded in day-long barrage; Kursk fighting grinds on
From the Newspaper | Agencies
Published August 27, 2024 · Updated about 6 hours ago
Facebook · X · WhatsApp · Email
GAZA CITY: At least 14 people were killed in Israeli strikes across the Gaza Strip on Monday, the territory's civil defence agency said, as mediators in Cairo tried again to close the gaps in a ceasefire proposal.

KYIV: Russia fired 127 missiles and 109 drones at Ukraine on Monday in what officials in Kyiv called one of the heaviest assaults on the country's power system since the invasion began, forcing emergency blackouts and killing at least three people.

Of those, 102 missiles and 99 drones were destroyed by air defence units, according to the commander of Ukraine's air force.

Two of the dead lived in a five-storey block in Lutsk, a city in the north-west not far from the Polish border, which was hit shortly after 7am local time (9am PKT). Officials there did not say what had struck it. The third, a man aged about 65, died in the Zhytomyr region when debris crashed onto his house, the regional administration said.

An apartment building in Dnipro took a direct hit from a drone, which wounded five people.

Water and electricity were cut in parts of Kyiv, where thousands spent the morning on the platforms of metro stations, the city administration said. Ukrenergo, which runs the national grid, imposed emergency outages across most regions of the country through the afternoon.

"We have been in the corridor since six in the morning. The windows are gone, but the walls stood," said Iryna Sydorchuk, who lives on the fourth floor of the building in Lutsk.

Moscow's defence ministry described its targets as "critical energy infrastructure" hit with long-range precision weapons.

MOSCOW: Russian troops beat back Ukrainian attacks near the village of Korenevo in the Kursk region on Monday, the defence ministry said, three weeks after Ukrainian forces first pushed across the border. Late on Monday a car was struck by a Ukrainian drone in Rylsk, a town in the same region, and three people inside were injured, the region's acting governor said.

ISLAMABAD: None of the Pakistani nationals registered with the embassy in Kyiv was hurt in Monday's attacks, the Foreign Office said. "Our mission in Kyiv is in contact with every registered Pakistani in the country, and none has asked to leave," spokesperson Sadia Rahim told reporters.

KHARTOUM: Fighting between Sudan's army and the Rapid Support Forces spread to two more districts of El Fasher, aid groups said, as floodwaters cut the main road to the Chad border.

LONDON: Brent crude rose by more than 3pc to $81.40 a barrel on Monday, its biggest one-day gain in a month, on supply worries in Libya and the Middle East.
Published in The Indus Chronicle, August 27th, 2024
Comments (4)
Closed for comments.
"""
DOC = {"id": "ll01", "date": "2024-08-27", "source": "The Indus Chronicle (Pakistani daily, Karachi)",
       "url": "https://www.induschronicle.example/news/1854112/world-roundup-ukraine-grid-kursk", "text": TEXT}

MON = "2024-08-26"
W1 = "ll01-1"
EVENTS = [
    E(W1, MAS, MON, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian officials",
      weapons=[W("missile", launched=N(127)), W("drone", launched=N(109))],
      note="'Russia fired 127 missiles and 109 drones at Ukraine on Monday' (Tuesday print edition -> Monday 26 Aug): "
           "the nationwide wave at country precision, typed by the missiles; the kind of missile is not said -> "
           "`missile`; the lede's 'killing at least three people' sums the places below and is no count of its own"),
    E("ll01-2", INT, MON, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian air force commander",
      weapons=[W("missile", intercepted=N(102)), W("drone", intercepted=N(99))],
      note="'Of those, 102 missiles and 99 drones were destroyed by air defence units' (passive, fronted 'Of those'): "
           "the interception of the wave"),
    E("ll01-3", MAS, MON, L("Lutsk"), "RU", "UA", parent=W1, fat=N(2), family=[ADS],
      note="'Two of the dead lived in a five-storey block in Lutsk … hit shortly after 7am local time (9am PKT)': the "
           "Kyiv-time clock decides the day (Monday); 'Officials there did not say what had struck it' -> both strike "
           "types; 2 killed"),
    E("ll01-4", MAS, MON, R("UA-18", "Zhytomyr region"), "RU", "UA", parent=W1, fat=N(1), family=[ADS],
      note="'The third … died in the Zhytomyr region when debris crashed onto his house': region only "
           "(precision 3); debris of what is not said -> both strike types"),
    E("ll01-5", ADS, MON, L("Dnipro"), "RU", "UA", parent=W1, inj=N(5), weapons=[W("drone")],
      note="'An apartment building in Dnipro took a direct hit from a drone, which wounded five people'"),
    E("ll01-6", DIS, MON, L("Kyiv"), "RU", "UA", parent=W1,
      note="'Water and electricity were cut in parts of Kyiv' by the Monday attack: an outage in the city"),
    E("ll01-7", DIS, MON, C("UA", "Ukraine"), None, None, parent=W1,
      note="'Ukrenergo … imposed emergency outages across most regions of the country through the afternoon': "
           "country-wide emergency cuts the same day, sides null as for grid schedules (blind53 ld13)"),
    E("ll01-8", CLA, MON, H("Korenevo", "near Korenevo"), "UA", "RU", claimant="Russian defence ministry",
      note="'Russian troops beat back Ukrainian attacks near the village of Korenevo in the Kursk region on Monday' "
           "(MOSCOW dateline item): a clash with the attacking side UA as actor1; near X = precision 2; the "
           "incursion 'three weeks' earlier is history"),
    E("ll01-9", ADS, MON, L("Rylsk"), "UA", "RU", inj=N(3), weapons=[W("drone")], claimant="Kursk acting governor",
      note="'Late on Monday a car was struck by a Ukrainian drone in Rylsk … three people inside were injured' (UA -> RU)"),
]
# Not events: the GAZA CITY, KHARTOUM and LONDON items (other countries' news, not this war; Brent's rise is a price),
# the incursion 'three weeks after Ukrainian forces first pushed across the border' (history without a day), the
# Foreign Office's word that no Pakistani was hurt and none asked to leave (negation), Moscow's claim of striking
# "critical energy infrastructure" (the same wave; the quoted words are a fragment, not a gold statement).
STATEMENTS = [
    S("Iryna Sydorchuk", "UA", "The windows are gone, but the walls stood", "resident, Lutsk"),
    S("Sadia Rahim", "PK", "Our mission in Kyiv is in contact with every registered Pakistani in the country",
      "Foreign Office spokesperson, Pakistan"),
]
MUST_NOT = ["THE INDUS CHRONICLE", "Home | Pakistan | World | Business | Sport | Opinion | Magazine | E-paper",
            "International", "From the Newspaper | Agencies", "Published August 27, 2024 · Updated about 6 hours ago",
            "Facebook · X · WhatsApp · Email", "Published in The Indus Chronicle, August 27th, 2024",
            "Comments (4)", "Closed for comments."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
