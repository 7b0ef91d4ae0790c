from common import E, L, R, C, N, W, S, gold

TITLE = "EU adopts 20th sanctions package as leaders mark fourth anniversary of invasion in Kyiv"
TEXT = """EURASIA POLICY DESK
Diplomacy · Sanctions · EU
EU adopts 20th sanctions package as leaders mark fourth anniversary of invasion in Kyiv
By Clara Mendes in Brussels and Dmytro Havryliuk in Kyiv
24 February 2026 | 13:47 CET
Listen · Print · Share

The European Union formally adopted its 20th package of sanctions against Russia on Monday, adding more than 120 tankers of Moscow's so-called shadow fleet to its blacklist and banning transactions with four more Russian banks, as European leaders gathered in Kyiv on Tuesday to mark four years since the start of the full-scale invasion.

The package was approved by EU foreign ministers at a meeting in Brussels after Hungary dropped its objections on Sunday night in exchange for an exemption for pipeline oil deliveries. Budapest had threatened for weeks to veto the measures.

"Russia's war economy is running on borrowed time. Every package makes it more expensive for the Kremlin to continue," the EU's foreign policy chief, Katrin Aavik, told reporters. "We will keep going until Russia agrees to a just peace."

On Tuesday, the leaders of Finland, Denmark, Lithuania, Canada and Spain, as well as the President of the European Commission, met Ukraine's president in Kyiv, where they laid wreaths at the Wall of Remembrance and held talks on security guarantees and reconstruction. Several of the leaders arrived by overnight train from Poland.

Ukraine's foreign minister, Oksana Demydenko, welcomed the package but said the EU should move faster. "Four years ago, nobody believed we would last four weeks. Today we need our partners to believe that Ukraine can win, and to act like it," she said.

Since February 2022, the EU has sanctioned more than 2,600 individuals and entities and frozen about €210 billion of Russian central bank assets. The 19 previous packages included bans on Russian coal, seaborne crude oil and refined products, as well as a price cap on oil shipped by sea. According to the European Commission, EU imports from Russia have fallen by about 90 percent since 2021.

Officials in Brussels have already begun work on a 21st package, which could target Russian liquefied natural gas and metals, diplomats said. It is not expected to be presented before May.

Moscow reacted angrily. Russian Foreign Ministry spokeswoman Irina Belova said the sanctions were "illegal and doomed to failure" and that Russia would take "retaliatory measures." She did not give details.

The United States, which has not announced any new sanctions against Russia since last autumn, is still weighing whether to impose secondary tariffs on buyers of Russian oil, two officials familiar with the discussions said. Washington and Moscow held a phone call at the level of foreign ministers last week, but the State Department did not give details of the conversation.

Economists say the sanctions have raised the cost of the war for Russia but have not stopped it. Russia's economy is expected to grow by less than 1 percent this year, according to the International Monetary Fund, as high interest rates and labour shortages weigh on output. If oil prices fall further, analysts say, Moscow could be forced to cut military spending in 2027.

Ukraine's president is expected to travel to Washington next month to seek additional air defence systems. Kyiv has also asked the EU to use the frozen assets to finance its defence industry, a proposal that Belgium and several other member states continue to oppose.

Read next: What is in the EU's 20th sanctions package? A short guide
Related: Four years of war in numbers
Newsletter: Get Eurasia Policy Desk's morning briefing in your inbox
© 2026 Eurasia Policy Desk. All rights reserved.
"""
DOC = {"id": "s15", "date": "2026-02-24", "source": "Eurasia Policy Desk (European politics site)",
       "url": "https://eurasiapolicydesk.example/sanctions/2026/02/24/eu-20th-package-kyiv-anniversary", "text": TEXT}

EVENTS = [
    E("s15-1", "policy_decision", "2026-02-23", L("Brussels"), None, "RU", claimant="EU foreign ministers",
      note="20th package adopted on Monday; Hungary's dropped veto threat, the 21st package and US deliberations are not events"),
    E("s15-2", "diplomatic_contact", "2026-02-24", L("Kyiv"), None, "UA",
      note="visiting leaders meet Ukraine's president; several foreign states"),
    E("s15-4", "policy_decision", "2026-02-22", C("HU", "Hungary"), "HU", None, optional=True,
      note="Hungary dropped its objections 'on Sunday night' in exchange for an exemption: part of the adoption, borderline"),
    E("s15-3", "diplomatic_contact", "2026-02-16", C(None, "phone call"), "US", "RU", optional=True, prec="week",
      end="2026-02-22", note="'last week' foreign ministers' phone call, no place; content not given"),
]
STATEMENTS = [
    S("Katrin Aavik", None, "Russia's war economy is running on borrowed time", "EU foreign policy chief"),
    S("Oksana Demydenko", "UA", "nobody believed we would last four weeks", "Ukrainian foreign minister"),
    S("Irina Belova", "RU", "illegal and doomed to failure", "Russian Foreign Ministry spokeswoman"),
]
MUST_NOT = ["EURASIA POLICY DESK", "Diplomacy · Sanctions · EU", "By Clara Mendes in Brussels and Dmytro Havryliuk in Kyiv",
            "24 February 2026 | 13:47 CET", "Listen · Print · Share",
            "Read next: What is in the EU's 20th sanctions package? A short guide",
            "Related: Four years of war in numbers",
            "Newsletter: Get Eurasia Policy Desk's morning briefing in your inbox",
            "© 2026 Eurasia Policy Desk. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
