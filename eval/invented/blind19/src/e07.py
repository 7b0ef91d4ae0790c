from common import E, L, R, C, N, W, S, gold

TITLE = "Russia, Ukraine swap 90 prisoners each; Turkish FM urges new round of talks"
TEXT = """KARADENİZ HABER AJANSI
Türkçe | English | Русский | العربية | Français
WORLD, EUROPE, RUSSIA-UKRAINE WAR
Russia, Ukraine swap 90 prisoners each; Turkish FM urges new round of talks
Ayşe Demirkol, Yuliia Bondar   |25.06.2024 - 11:43 GMT+3 | Update : 25.06.2024 - 13:10 GMT+3
ANKARA / KYIV
Ukraine and Russia exchanged 90 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, the Ukrainian president said.

"Our people are home. Among them are defenders of Mariupol and border guards who spent two years in captivity," he wrote on the X platform, sharing photos of the freed men wrapped in blue-and-yellow flags.

Russia's Defence Ministry confirmed the exchange and said the returned Russian servicemen would receive medical and psychological assistance in Moscow region hospitals.

The swap came a day after Turkish Foreign Minister Hakan Erdem held a phone call with his Ukrainian counterpart, according to diplomatic sources. Erdem stressed that Türkiye was ready to host a new round of talks on the safety of navigation in the Black Sea and on humanitarian issues, the sources said.

Overnight, Russian drones struck port infrastructure in Izmail on the Danube, damaging a grain storage facility and injuring two workers, the Odesa regional administration said. The head of the administration said 14 drones had been launched at the region and 12 of them were destroyed.

The Russian Defence Ministry said separately that its Black Sea Fleet had destroyed four Ukrainian uncrewed boats in the north-western part of the Black Sea on Monday.

- Grain corridor

"Every attack on Izmail is also an attack on the food security of Africa and Asia," Ukraine's Deputy Minister for Infrastructure Oksana Riabets told Karadeniz Haber Ajansı by phone. She said the port had handled 1.1 million tons of cargo in May despite the strikes.

Türkiye, which brokered the 2022 grain deal together with the UN, has repeatedly called for the protection of commercial shipping.

Karadeniz Haber Ajansı website contains only a portion of the news stories offered to subscribers in the KHA News Broadcast System (HAS), and in summarized form. Please contact us for subscription options.
Related topics: Türkiye | Ukraine | Russia | prisoner exchange
"""
DOC = {"id": "e07", "date": "2024-06-25", "source": "Karadeniz Haber Ajansı (Turkish agency, English service)",
       "url": "https://www.kha.example/en/europe/russia-ukraine-swap-90-prisoners-each/3257788", "text": TEXT}

EVENTS = [
    E("e07-1", "agreement", "2024-06-25", C(None, "unspecified"), "UA", "RU", claimant="Ukrainian president",
      note="prisoner exchange = agreement (convention); no place given (country null, blind4 call 10); the UAE "
           "mediated"),
    E("e07-2", "diplomatic_contact", "2024-06-24", L("Ankara"), "TR", "UA", claimant="diplomatic sources",
      note="phone call 'a day after' = the day before the Tuesday swap = Monday 24 June; place: the Turkish minister's "
           "capital (dateline Ankara)"),
    E("e07-3", "air_drone_strike", "2024-06-25", L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Odesa regional administration",
      note="'Overnight' in a Tuesday page; Izmail is in the Odesa region"),
    E("e07-4", "air_drone_strike", "2024-06-25", R("UA-51", "Odesa region"), "RU", "UA",
      weapons=[W("drone", launched=N(14))], optional=True,
      note="the regional launch count is the wave around the Izmail hit; optional (the Izmail child carries it)"),
    E("e07-5", "interception", "2024-06-25", R("UA-51", "Odesa region"), "UA", "RU",
      weapons=[W("drone", intercepted=N(12))], claimant="head of the Odesa regional administration",
      note="12 of 14 drones destroyed over the region: regional count = required"),
    E("e07-6", "interception", "2024-06-24", C(None, "north-western Black Sea"), "RU", "UA",
      weapons=[W("drone", intercepted=N(4))], claimant="Russian Defence Ministry",
      note="four uncrewed boats destroyed at sea 'on Monday': interception, open sea (country null)"),
]
STATEMENTS = [
    S("Ukrainian president", "UA", "Our people are home", "title only"),
    S("Oksana Riabets", "UA", "Every attack on Izmail is also an attack on the food security of Africa and Asia",
      "Deputy Minister for Infrastructure"),
]
MUST_NOT = ["KARADENİZ HABER AJANSI", "Türkçe | English | Русский | العربية | Français",
            "WORLD, EUROPE, RUSSIA-UKRAINE WAR",
            "Ayşe Demirkol, Yuliia Bondar   |25.06.2024 - 11:43 GMT+3 | Update : 25.06.2024 - 13:10 GMT+3",
            "Karadeniz Haber Ajansı website contains only a portion of the news stories offered to subscribers in the KHA News Broadcast System (HAS), and in summarized form. Please contact us for subscription options.",
            "Related topics: Türkiye | Ukraine | Russia | prisoner exchange"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
