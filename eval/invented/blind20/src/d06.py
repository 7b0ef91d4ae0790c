from common import E, L, R, C, N, W, S, gold

TITLE = "Last bridge out of Severodonetsk destroyed as Russians push into city centre"
TEXT = """HARBOUR CITY TIMES
WORLD | Europe
Last bridge out of Severodonetsk destroyed as Russians push into city centre
Published: 14 Jun 2022, 7:05 pm SGT
Print edition: page A14
Sign up for our Morning Briefing newsletter
KYIV - Russian shelling destroyed the last bridge linking the besieged eastern Ukrainian city of Severodonetsk to its twin city Lisichansk on Monday, cutting off the main escape route for civilians still trapped there, the regional governor said.

Russian forces also pushed Ukrainian troops out of the city centre on Monday, the governor of the Luhansk region said on Tuesday, adding that Ukrainian units still held the industrial zone, including the Azot chemical plant, where more than 500 civilians, among them about 40 children, are sheltering in underground bunkers.

"The city is not surrounded, but it is now practically impossible to evacuate people or bring in supplies," he said.

Across the Siverskyi Donets river, Russian shelling killed one civilian and wounded three in Lisichansk on Tuesday morning, the regional administration said.

Russia's Defence Ministry said its forces had captured Metyolkino, a village on the south-eastern edge of Severodonetsk, on Monday. Ukrainian officials did not comment on the claim.

North of the city, Ukrainian forces repelled an attack near Toshkivka on Monday, Ukraine's General Staff said in its evening update.

In the separatist-held city of Donetsk, five people were killed on Monday when shells hit a market, officials of the self-proclaimed Donetsk People's Republic said, blaming Ukrainian forces. Kyiv did not comment.

Russia's Defence Ministry said it would open a humanitarian corridor from the Azot plant on Wednesday for civilians to leave towards the Russian-held town of Svatove, and called on the Ukrainian fighters inside to "stop their senseless resistance".

Military analysts say the fall of Severodonetsk would give Moscow control of almost all of the Luhansk region, one of Russia's stated war aims since it invaded on Feb 24. "Whoever holds the high ground at Lisichansk controls the river crossing," said Tan Wei Ling, a defence researcher at a Singapore think tank.

AFP, REUTERS
Join HCT's Telegram channel for the latest world news and updates.
Related Topics: Ukraine | Russia | War
Copyright © 2022 Harbour City Press Holdings Ltd.
"""
DOC = {"id": "d06", "date": "2022-06-14", "source": "Harbour City Times (Asian English-language daily, agency copy)",
       "url": "https://www.harbourcitytimes.example.sg/world/europe/last-bridge-out-of-severodonetsk-destroyed",
       "text": TEXT}

D, MON = "2022-06-14", "2022-06-13"
GOV = "Luhansk regional governor"
EVENTS = [
    E("d06-1", "missile_artillery_strike", MON, L("Sievierodonetsk", 2, "bridge between Severodonetsk and Lisichansk"),
      "RU", "UA", weapons=[W("artillery")], claimant=GOV,
      note="Russian form Severodonetsk; the bridge between the twin cities is near Sievierodonetsk (precision 2); "
           "looting_destruction would be arguable, the weapon decides"),
    E("d06-2", "territory_change", MON, L("Sievierodonetsk", 1, "Severodonetsk city centre"), "RU", "UA", claimant=GOV,
      note="'pushed Ukrainian troops out of the city centre on Monday': a capture of part of the city by the advancing side"),
    E("d06-3", "missile_artillery_strike", D, L("Lysychansk", 1, "Lisichansk"), "RU", "UA", fat=N(1), inj=N(3),
      weapons=[W("artillery")], claimant="Luhansk regional administration",
      note="Russian form Lisichansk; 'on Tuesday morning'"),
    E("d06-4", "territory_change", MON, L("Metolkine", 1, "Metyolkino"), "RU", "UA", claimant="Russian Defence Ministry",
      note="MoD capture claim, Russian form; no denial"),
    E("d06-5", "armed_clash", MON, L("Toshkivka", 2, "near Toshkivka"), "RU", "UA", claimant="Ukraine's General Staff",
      note="attack repelled near Toshkivka: actor1 the attacker"),
    E("d06-6", "missile_artillery_strike", MON, L("Donetsk"), None, "UA", fat=N(5), weapons=[W("artillery")],
      claimant="Donetsk People's Republic officials",
      note="attribution only by the separatists, not confirmed: actor1 null; occupied Donetsk keeps UA-14 and "
           "actor2 UA (the state whose territory was hit)"),
    E("d06-7", "armed_clash", MON, L("Sievierodonetsk", 1, "Azot chemical plant, Severodonetsk"), "RU", "UA",
      optional=True,
      note="'Ukrainian units still held the industrial zone': fighting implied, no clash told — optional"),
]
STATEMENTS = [
    S("Luhansk regional governor", "UA", "it is now practically impossible to evacuate people", "governor of the Luhansk region"),
    S("Tan Wei Ling", None, "controls the river crossing", "defence researcher"),
]
MUST_NOT = ["HARBOUR CITY TIMES", "WORLD | Europe", "Published: 14 Jun 2022, 7:05 pm SGT", "Print edition: page A14",
            "Sign up for our Morning Briefing newsletter", "AFP, REUTERS",
            "Join HCT's Telegram channel for the latest world news and updates.",
            "Related Topics: Ukraine | Russia | War", "Copyright © 2022 Harbour City Press Holdings Ltd."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
