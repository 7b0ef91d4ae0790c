from common import *

TITLE = "First direct talks in three years end with prisoner deal but no ceasefire"
TEXT = f"""Bosphorus Diplomatic Bulletin
{TITLE}
ISTANBUL · 17 May 2025 · By Selin Arkan and Maksym Levko
🎧 Listen · 🔖 Save · 6 min

Ukrainian and Russian delegations met in Istanbul on Friday for their first direct talks since the spring of 2022, and agreed to exchange 800 prisoners of war each, but failed to agree even on the principle of a ceasefire.

The meeting at the Dolmabahce Palace lasted less than two hours. Turkey's foreign minister opened the session and then left the two delegations with a small team of Turkish mediators.

"We agreed on the exchange, and that is something real. On the ceasefire, Moscow is not ready," said Ukraine's chief negotiator, Defence Minister Andrii Boichuk.

Moscow said the talks had been useful and that it was ready to continue them. The head of the Russian delegation, presidential aide Vladimir Sedykh, said each side would present its vision of a possible future ceasefire "in detail," and that the two sides could meet again in June. "Russia is ready for a long conversation," he told reporters.

Would a second round change anything? Diplomats in Istanbul were sceptical. A ceasefire would only take effect if both sides agreed on monitoring, and Russia has so far rejected any foreign presence in the zone. Kyiv has been allowed by its allies to set its own conditions, a European official said, but is under strong pressure from Washington to show flexibility.

Washington, for its part, has threatened to walk away from mediation if there is no progress, and European governments have said they could impose new sanctions as early as next week if Russia refuses an unconditional 30-day truce. The Kremlin denied that it was dragging its feet.

Hours after the talks ended, the war returned to the headlines. A Russian drone struck a bus carrying civilians near Bilopillia in the Sumy region on Saturday morning, killing seven people, regional officials said. Russia's defence ministry said it had hit "a military staging area" in the region.

Ukrainian officials also say Russia has deployed troops near the Sumy region border in recent weeks and could launch a new offensive there in the summer. Moscow has not commented.

The prisoner exchange is expected to take place in the coming days, the largest since the start of the full-scale war.

Related
Analysis: What each side wanted from Istanbul
Timeline: Talks between Kyiv and Moscow since 2022
© Bosphorus Diplomatic Bulletin 2025 · Terms · Privacy · Cookie settings
"""
MUST_NOT = ["ISTANBUL · 17 May 2025 · By Selin Arkan and Maksym Levko", "🎧 Listen · 🔖 Save · 6 min",
            "Analysis: What each side wanted from Istanbul", "Timeline: Talks between Kyiv and Moscow since 2022",
            "© Bosphorus Diplomatic Bulletin 2025 · Terms · Privacy · Cookie settings"]
EVENTS = [
 E("x18-1", "diplomatic_contact", "2025-05-16", "UA", "RU", at("Istanbul"), note="direct talks"),
 E("x18-2", "agreement", "2025-05-16", "UA", "RU", at("Istanbul"), note="agreed to exchange 800 prisoners each; the exchange itself is still to come"),
 E("x18-3", "air_drone_strike", "2025-05-17", "RU", "UA", near("Bilopillia", "near Bilopillia"), fat=7, target="civilians",
   claimant="Sumy regional officials; Russian MoD ('military staging area')"),
 E("x18-4", "military_mobilization", None, "RU", None, country("RU", "near the border of Sumy region"), precision="unknown",
   optional=True, note="deployment 'in recent weeks', place only as border area"),
]
STATEMENTS = [
 S("Russia's defence ministry", "RU", "a military staging area", "ministry statement"),
 S("Andrii Boichuk", "UA", "We agreed on the exchange, and that is something real", "Defence Minister, chief negotiator"),
 S("Vladimir Sedykh", "RU", "Russia is ready for a long conversation", "presidential aide, head of Russian delegation"),
]

def build():
    return article("x18", "2025-05-17", "Bosphorus Diplomatic Bulletin", "https://bosphorus-bulletin.example/2025/05/17/istanbul-talks-prisoner-deal",
                   "politics/diplomacy", "talks and a prisoner-exchange agreement; question; conditional ceasefire; threats; 'could impose'; denial; 'Kyiv has been allowed'; capitals as governments; deployment 'in recent weeks' (optional); one real strike in passing",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
