from common import E, L, R, C, N, W, S, gold

TITLE = "Missiles hit Odesa port a day after grain corridor deal signed in Istanbul"
TEXT = """BOSPHORUS LEDGER
TODAY'S PAPER | Saturday, 23 July 2022 | Issue 12,408
Home | Türkiye | Region | World | Economy | Opinion | Kültür
Missiles hit Odesa port a day after grain corridor deal signed in Istanbul
EXCLUSIVE · DIPLOMACY
Mert Kaplan — Istanbul
Russian cruise missiles struck the port of Odesa on Saturday morning, less than 24 hours after Moscow and Kyiv signed agreements in Istanbul to let Ukrainian grain leave the same port and two others through a protected corridor in the Black Sea.

Ukraine's air force said two Kalibr missiles fired from a warship hit the port's infrastructure, while air defences shot down two others. No one was killed, the regional military administration said; the extent of the damage was still being assessed. "It took them less than a day to spit in the face of everyone who sat at that table," said Yuriy Pashchenko, a spokesman for the Odesa regional military administration.

The deal, signed on Friday at Dolmabahçe Palace in the presence of the Turkish president and the UN Secretary-General, was the first significant agreement between the two warring sides since the invasion began in February. Ukraine and Russia did not sign with each other: each put its name to an identical document with Türkiye and the United Nations, and their delegations sat at opposite ends of the table.

Under the deal, ships will pass through a corridor from Odesa, Chornomorsk and Pivdenne, and will be inspected in Turkish waters for weapons. A joint coordination centre staffed by the four parties is due to open in Istanbul next week, and officials hope the first cargo can leave within a few weeks.
Print this page ⎙ | Text-only version
Turkish officials scrambled to save the deal on Saturday. The Turkish defence minister said Russian officials had told Ankara that Moscow "had nothing to do" with the attack. Russia's embassy in Ankara declined to comment.

Dmitry Kovrov, a member of the Russian delegation in Istanbul, said on Friday that Moscow would keep its promise not to attack ports while ships were moving. "We have made a commitment, and we do not intend to exploit the corridor," he said.

Some 20 million tonnes of grain are stuck in Ukrainian silos, and Western governments accuse Russia of using hunger as a weapon. Moscow says Western sanctions are to blame for the crisis.

The Istanbul agreement comes three weeks after Russian forces withdrew from Snake Island on 30 June, a move Moscow called a gesture of goodwill and Kyiv called the result of relentless artillery and drone strikes. Control of the rock, 35 kilometres off the coast, had threatened any shipping out of Odesa.

In Brussels, EU foreign ministers on Thursday approved a "maintenance" package of sanctions that bans imports of Russian gold and clarifies that food and fertiliser trades are exempt.

Could the corridor survive another strike? "Both sides need this deal more than they admit. Russia wants its own grain and fertiliser to sail, and Ukraine needs the money," said Ayşe Demirtaş, a researcher at the Istanbul Centre for Maritime Studies. If ships are hit, insurers would walk away and the corridor would be dead, she added.
Photo gallery: the signing ceremony in 14 pictures ▸
Reader representative: okur@bosphorusledger.example
Bosphorus Ledger is published by Kıyı Medya A.Ş. All rights reserved.
"""
DOC = {"id": "kl06", "date": "2022-07-23", "source": "Bosphorus Ledger (Turkish daily, English edition)",
       "url": "https://bosphorusledger.example/world/missiles-hit-odesa-port-a-day-after-grain-deal-20220723", "text": TEXT}

EVENTS = [
    E("kl06-1", "missile_artillery_strike", "2022-07-23", L("Odesa", name="Odesa port"), "RU", "UA", fat=N(0),
      weapons=[W("cruise_missile", "Kalibr", launched=N(4))],
      note="'on Saturday morning' (publication day); two Kalibr hit + two shot down = four launched; 'No one was "
           "killed' = fatalities 0, injured not stated (absent); the port is its city; Moscow's 'nothing to do' is a "
           "denial of the same event"),
    E("kl06-2", "interception", "2022-07-23", L("Odesa"), "UA", "RU",
      weapons=[W("cruise_missile", "Kalibr", intercepted=N(2))],
      note="'air defences shot down two others' over Odesa"),
    E("kl06-3", "agreement", "2022-07-22", L("Istanbul"), None, None,
      note="grain deal 'signed on Friday at Dolmabahçe Palace' (22 Jul): agreement between the parties through "
           "Türkiye and the UN, sides null; the coordination centre 'due to open' and first cargo 'within a few weeks' "
           "are plans"),
    E("kl06-4", "territory_change", "2022-06-30", R("UA-51", "Snake Island", 2), "UA", "RU",
      note="recalled with its day: 'Russian forces withdrew from Snake Island on 30 June' = Ukraine regains the island; "
           "Odesa oblast, no geonames point (precision 2, region code)"),
    E("kl06-5", "policy_decision", "2022-07-21", L("Brussels"), None, None,
      note="'In Brussels, EU foreign ministers on Thursday approved a \"maintenance\" package of sanctions' (21 Jul); "
           "EU = side null"),
]
# Not events: Turkish officials' efforts 'on Saturday' to save the deal (no meeting named), the Russian promise 'not to
# attack ports', grain 'stuck' (state), accusations, the question, 'If ships are hit … would walk away' (conditional),
# 'the invasion began in February' (history), artillery and drone strikes on the island (vague, no day).
STATEMENTS = [
    S("Yuriy Pashchenko", "UA", "It took them less than a day to spit in the face",
      "spokesman for the Odesa regional military administration"),
    S("Dmitry Kovrov", "RU", "We have made a commitment, and we do not intend to exploit the corridor",
      "member of the Russian delegation"),
    S("Ayşe Demirtaş", None, "Both sides need this deal more than they admit",
      "researcher, Istanbul Centre for Maritime Studies"),
]
MUST_NOT = ["BOSPHORUS LEDGER", "TODAY'S PAPER | Saturday, 23 July 2022 | Issue 12,408",
            "Home | Türkiye | Region | World | Economy | Opinion | Kültür", "EXCLUSIVE · DIPLOMACY", "Mert Kaplan — Istanbul",
            "Print this page ⎙ | Text-only version", "Photo gallery: the signing ceremony in 14 pictures ▸",
            "Reader representative: okur@bosphorusledger.example",
            "Bosphorus Ledger is published by Kıyı Medya A.Ş. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
