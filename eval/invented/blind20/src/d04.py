from common import E, L, R, C, N, W, S, gold

TITLE = "Missiles hit Black Sea Fleet headquarters in Sevastopol; Moscow says one serviceman missing"
TEXT = """BALTIC EXILE REVIEW
independent journalism in Russian and English · Riga
Blocked in Russia? Read us through the mirror or our app — instructions here
War | Politics | Society | Explainers | Opinion
Missiles hit Black Sea Fleet headquarters in Sevastopol; Moscow says one serviceman missing
19:40, 23 September 2023 · Source: BER
Translated from Russian by the BER English desk
Ukrainian missiles struck the headquarters of Russia's Black Sea Fleet in central Sevastopol at around noon on Friday, sending a column of black smoke over the bay. Russia's Defence Ministry said one serviceman was missing after the attack; it had earlier said he was killed, then removed that statement from its website.

The ministry said air defence systems had shot down five Storm Shadow cruise missiles near Sevastopol, and that the building was damaged by debris. Ukraine's navy gave a very different picture. "The strike on the headquarters was precise, and we know that senior officers were inside," said navy spokesman Serhiy Marchenko. Ukrainian special forces later claimed that dozens of officers had been killed or wounded; BER could not verify either side's account.

Residents of Sevastopol told BER that they heard at least four explosions. "Then the sirens started, after the explosions, as always," said Anna, 34, who asked that her surname not be used.

On Saturday morning the city's Russian-installed governor again urged people to stay indoors. Air defence fired over the city's northern side, and, according to him, a missile was shot down; its debris fell on an empty field near the village of Kacha. No one was hurt.

Support BER: we are a non-profit newsroom. Donate from 3 euros

The Friday attack was the second on Sevastopol in ten days. On September 13, missiles hit the Sevmorzavod shipyard, damaging a large landing ship and a submarine in dry dock; Russia's Defence Ministry said 24 people were injured.

Military analysts interviewed by BER say the strikes show that Crimea, which Moscow annexed in 2014, is no longer a safe rear base for the fleet. "The fleet can no longer rely on Sevastopol. The ships will keep moving to Novorossiysk," said Kirill Orlov, a former Russian naval officer who now lives in Tallinn. If the strikes continue, he said, the fleet may have to stop using the bay altogether.

Meanwhile, in the Ukrainian-controlled city of Kherson across the Dnipro, Russian shelling of the Korabelnyi district killed two people and wounded four on Friday, the regional administration said.

The Kremlin declined to comment on the Sevastopol attack, referring questions to the Defence Ministry.

Read also:
«Why Crimea's bridges are so hard to defend» — a BER explainer
Share: Telegram · VK · X · Copy link
BER is recognised as an "undesirable organisation" in Russia. Sharing our materials may be punishable.
"""
DOC = {"id": "d04", "date": "2023-09-23", "source": "Baltic Exile Review (Russian exile outlet, English edition)",
       "url": "https://ber-news.example.lv/en/2023/09/23/sevastopol-fleet-hq", "text": TEXT}

FRI, SAT = "2023-09-22", "2023-09-23"
EVENTS = [
    E("d04-1", "missile_artillery_strike", FRI, L("Sevastopol"), "UA", "RU", weapons=[W("cruise_missile", "Storm Shadow")],
      claimant="Ukraine's navy",
      note="'at around noon on Friday' = 22 September; target Russian forces -> actor2 RU; the MoD's 'one serviceman "
           "missing' is not a fatality and Ukraine's 'dozens killed or wounded' is unverified: counts absent. Sevastopol "
           "keeps its own Ukrainian code UA-40"),
    E("d04-2", "interception", FRI, L("Sevastopol", 2, "near Sevastopol"), "RU", "UA",
      weapons=[W("cruise_missile", "Storm Shadow", intercepted=N(5))], claimant="Russian Defence Ministry",
      note="the MoD's claim of five Storm Shadow downed 'near Sevastopol': a separate interception event"),
    E("d04-3", "interception", SAT, L("Kacha", 2, "near the village of Kacha"), "RU", "UA",
      weapons=[W("missile", intercepted=N(1))], claimant="Sevastopol Russian-installed governor",
      note="Saturday morning: one missile shot down, debris on an empty field near Kacha; 'No one was hurt' gives no "
           "strike child (no damage)"),
    E("d04-4", "missile_artillery_strike", "2023-09-13", L("Sevastopol", 1, "Sevastopol (Sevmorzavod shipyard)"),
      "UA", "RU", inj=N(24), weapons=[W("missile")], claimant="Russian Defence Ministry",
      note="recalled strike with a stated day: required; shipyard coded to its city"),
    E("d04-5", "missile_artillery_strike", FRI, L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA",
      fat=N(2), inj=N(4), weapons=[W("artillery")], claimant="Kherson regional administration",
      note="city district = the city; 'on Friday'"),
]
STATEMENTS = [
    S("Serhiy Marchenko", "UA", "The strike on the headquarters was precise", "navy spokesman"),
    S("Kirill Orlov", None, "The fleet can no longer rely on Sevastopol", "former Russian naval officer"),
]
MUST_NOT = ["BALTIC EXILE REVIEW", "independent journalism in Russian and English · Riga",
            "Blocked in Russia? Read us through the mirror or our app — instructions here",
            "War | Politics | Society | Explainers | Opinion", "19:40, 23 September 2023 · Source: BER",
            "Translated from Russian by the BER English desk",
            "Support BER: we are a non-profit newsroom. Donate from 3 euros", "Read also:",
            "«Why Crimea's bridges are so hard to defend» — a BER explainer", "Share: Telegram · VK · X · Copy link",
            "BER is recognised as an \"undesirable organisation\" in Russia. Sharing our materials may be punishable."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
