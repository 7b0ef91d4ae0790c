from common import E, L, R, C, N, W, S, gold

TITLE = "Russia pounds Ukrainian gas and power sites in overnight barrage, two killed in Kryvyi Rih"
TEXT = """Europe | Ukraine
Russia pounds Ukrainian gas and power sites in overnight barrage, two killed in Kryvyi Rih
By Oksana Lehka and Martin Freyer
January 16, 2025 9:42 AM GMT+2 Updated 2 hours ago
3 minute read

KYIV, Jan 16 (TCP) - Russia fired 39 missiles and 94 drones at Ukraine overnight, aiming mostly at gas production and power facilities, Ukraine's air force said on Thursday, forcing the grid operator to impose emergency blackouts across the east and centre of the country.

Air defence units brought down 28 of the missiles and 61 of the drones, the air force said. Another 30 drones were "locationally lost", a term the military uses for drones believed to have been diverted by electronic jamming.

"Most of the Kh-101s were brought down over the west, but some of the ballistic missiles got through," air force spokesman Taras Khomenko told national television.

Russia's defence ministry said its forces had carried out a massive strike with long-range precision weapons on energy facilities that "support the operation of Ukraine's military-industrial complex", and that all designated targets had been hit.

In the central city of Kryvyi Rih, a drone slammed into a nine-storey apartment block shortly after 3 a.m., killing two people and wounding five, among them a 12-year-old girl, regional governor Andriy Tkalenko said. Rescuers were still searching the rubble in the morning.

A thermal power plant near Burshtyn in the western Ivano-Frankivsk region was hit again, its operator said, without specifying whether missiles or drones had struck it. Nobody was hurt, the company said.

Gas production facilities in the Poltava region were damaged, the state gas producer said in a brief statement, without giving details.

Seven drones were shot down over the Vinnytsia region, where falling debris damaged a power line near Ladyzhyn, the regional administration said.

Grid operator Ukrenergo said it had introduced emergency power cuts in the Kharkiv, Sumy, Poltava, Zaporizhzhia, Dnipropetrovsk and Kirovohrad regions on Thursday morning, and that scheduled outages would apply in all regions on Friday.

"The enemy is trying to leave Ukrainians without gas in the coldest weeks of the year, and it will not succeed," Energy Minister Oleh Marchuk said.

It was the fifth large-scale attack on Ukraine's energy system this winter. Since October, Russian strikes have knocked out roughly a third of the country's remaining generating capacity, according to industry estimates.

Kyiv has repeatedly asked Western allies for more Patriot systems. The state gas company has warned that Ukraine may need to import up to 4 billion cubic metres of gas if the attacks continue.

Reporting by Oksana Lehka in Kyiv; additional reporting by Pavel Drozd in Warsaw; Editing by Gareth Lowe
Our Standards: The TCP Trust Principles.
Purchase Licensing Rights, opens new tab
"""
DOC = {"id": "r01", "date": "2025-01-16", "source": "TCP (Transcontinental Press)",
       "url": "https://www.tcp-news.example/world/europe/russia-pounds-ukrainian-gas-power-sites-2025-01-16/", "text": TEXT}

D = "2025-01-16"
EVENTS = [
    E("r01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(39)), W("drone", launched=N(94))], claimant="Ukrainian air force",
      note="combined wave: missile-typed parent with the nationwide totals"),
    E("r01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(28)), W("drone", intercepted=N(61))], claimant="Ukrainian air force",
      note="the 30 'locationally lost' drones are not counted as intercepted"),
    E("r01-3", "air_drone_strike", D, L("Kryvyi Rih"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("drone")],
      parent="r01-1", claimant="Andriy Tkalenko"),
    E("r01-4", "missile_artillery_strike", D, L("Burshtyn", 2, "thermal power plant near Burshtyn"), "RU", "UA",
      fat=N(0), inj=N(0), family=["air_drone_strike"], parent="r01-1", claimant="plant operator",
      note="the text says it does not know whether missiles or drones hit"),
    E("r01-5", "missile_artillery_strike", D, R("UA-53", "Poltava region"), "RU", "UA",
      family=["air_drone_strike"], parent="r01-1", claimant="state gas producer", note="weapon not stated"),
    E("r01-6", "interception", D, R("UA-05", "Vinnytsia region"), "UA", "RU", weapons=[W("drone", intercepted=N(7))],
      claimant="Vinnytsia regional administration"),
    E("r01-7", "air_drone_strike", D, L("Ladyzhyn", 2, "near Ladyzhyn"), "RU", "UA", parent="r01-1",
      claimant="Vinnytsia regional administration", note="debris of a downed drone damaged a power line"),
    E("r01-8", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrenergo",
      note="emergency cuts in six listed regions on Thursday morning: coded once, country level"),
    E("r01-9", "infrastructure_disruption", "2025-01-17", C("UA", "Ukraine"), "RU", "UA", claimant="Ukrenergo",
      note="scheduled outages in all regions on Friday (scheduled, rule 2)"),
]
STATEMENTS = [
    S("Taras Khomenko", "UA", "some of the ballistic missiles got through", "air force spokesman"),
    S("Oleh Marchuk", "UA", "leave Ukrainians without gas in the coldest weeks of the year", "energy minister"),
    S("Russian Defence Ministry", "RU", "support the operation of Ukraine's military-industrial complex"),
]
MUST_NOT = ["Europe | Ukraine", "By Oksana Lehka and Martin Freyer", "January 16, 2025 9:42 AM GMT+2 Updated 2 hours ago",
            "3 minute read",
            "Reporting by Oksana Lehka in Kyiv; additional reporting by Pavel Drozd in Warsaw; Editing by Gareth Lowe",
            "Our Standards: The TCP Trust Principles.", "Purchase Licensing Rights, opens new tab"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
