from common import E, L, R, C, N, W, S, gold

TITLE = "Russia says it took Kurakhivka as Ukraine reports 56 clashes on Pokrovsk front"
TEXT = """ORION PRESS INTERNATIONAL
OPI WORLD SERVICE  ·  EUROPE  ·  CONFLICT
Jan 10, 2025  |  16:40 GMT  |  Story 4417-UKR
Russia says it took Kurakhivka as Ukraine reports 56 clashes on Pokrovsk front
By Hanna Lisovska and Marc Devereux, OPI
KYIV, Jan 10 (OPI) — Russia's Defence Ministry said on Friday its forces had captured the village of Kurakhovka in eastern Ukraine, pressing their offensive towards the logistics hub of Pokrovsk, which Moscow calls Krasnoarmeysk.

The Ukrainian military did not confirm the loss of Kurakhivka, as the village is called in Ukrainian. Its General Staff said Russian forces had attacked 56 times in the Pokrovsk sector over the past day and that Ukrainian troops had repelled assaults near Myrnohrad and Novohrodivka.

"The situation is difficult but controlled. The enemy is paying for every tree line," said Serhii Bilak, a spokesman for a brigade defending the area.

►  VIDEO (0:54): Drone footage shows destroyed bridge on the Pokrovsk-Myrnohrad road

Away from the front, two Russian guided bombs struck the centre of Druzhkivka on Thursday afternoon, killing two people and wounding nine, the Donetsk regional governor said. On Friday morning, a missile hit a residential area in Sloviansk — Slavyansk in Russian — killing one man and injuring five. In Pokrovsk itself, a 58-year-old man was killed by shelling on Thursday, police said.

Rescuers carry a wounded woman from a damaged house in Sloviansk, Ukraine, January 10, 2025. OPI/Taras Ilchenko

In Russian-occupied Donetsk, the Moscow-installed administration said a Ukrainian drone hit a bus in the Kirovsky district on Friday, killing the driver.

Military analysts say the capture of the remaining villages south of Pokrovsk could allow Russian troops to cut the last supply road into the town within weeks, if Ukraine does not bring in reserves. Kyiv denied on Friday that it was preparing to withdraw from Pokrovsk.

(Additional reporting by Yelena Sorokina in Tbilisi; writing by Marc Devereux; editing by Joan Keller)
Related OPI coverage: [UKRAINE-CRISIS/FRONTLINE]  [UKRAINE-CRISIS/DRONES]
© OPI 2025. Not for redistribution without a licence.
"""
DOC = {"id": "u08", "date": "2025-01-10", "source": "Orion Press International (wire)",
       "url": "https://opi.example/world/europe/2025/01/10/ukraine-crisis-frontline", "text": TEXT}
D = "2025-01-10"
Y = "2025-01-09"
GS = "Ukrainian General Staff"
EVENTS = [
    E("u08-1", "territory_change", D, L("Kurakhivka"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claim made on Friday (Russian form Kurakhovka), unconfirmed by Ukraine: dated the day of the claim"),
    E("u08-2", "armed_clash", Y, L("Pokrovsk", 2, "Pokrovsk sector"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, claimant=GS, note="sector sub-tally '56 times … over the past day': optional (blind16 call 6)"),
    E("u08-3", "armed_clash", Y, L("Myrnohrad", 2, "near Myrnohrad"), "RU", "UA", end=D, prec="range", claimant=GS,
      note="assaults repelled near Myrnohrad over the past day: required clash, actor1 RU"),
    E("u08-4", "armed_clash", Y, L("Novohrodivka", 2, "near Novohrodivka"), "RU", "UA", end=D, prec="range", claimant=GS,
      note="assaults repelled near Novohrodivka"),
    E("u08-5", "air_drone_strike", Y, L("Druzhkivka"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("guided_bomb", launched=N(2))],
      claimant="Donetsk regional governor", note="two guided bombs 'on Thursday afternoon'"),
    E("u08-6", "missile_artillery_strike", D, L("Sloviansk", 1, "Sloviansk (Slavyansk)"), "RU", "UA", fat=N(1), inj=N(5),
      weapons=[W("missile")], note="'On Friday morning, a missile'; the caption repeats it (same event)"),
    E("u08-7", "missile_artillery_strike", Y, L("Pokrovsk"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="police", note="shelling 'on Thursday' in the town itself"),
    E("u08-8", "air_drone_strike", D, L("Donetsk", 1, "Donetsk (Kirovsky district)"), "UA", None, fat=N(1),
      weapons=[W("drone")], claimant="Moscow-installed administration",
      note="Ukrainian drone hit a bus in occupied Donetsk on Friday, one killed; actor2 null (civilians under occupation)"),
]
STATEMENTS = [
    S("Serhii Bilak", "UA", "The enemy is paying for every tree line", "brigade spokesman"),
]
MUST_NOT = ["ORION PRESS INTERNATIONAL", "OPI WORLD SERVICE  ·  EUROPE  ·  CONFLICT",
            "Jan 10, 2025  |  16:40 GMT  |  Story 4417-UKR", "By Hanna Lisovska and Marc Devereux, OPI",
            "►  VIDEO (0:54): Drone footage shows destroyed bridge on the Pokrovsk-Myrnohrad road",
            "(Additional reporting by Yelena Sorokina in Tbilisi; writing by Marc Devereux; editing by Joan Keller)",
            "Related OPI coverage: [UKRAINE-CRISIS/FRONTLINE]  [UKRAINE-CRISIS/DRONES]",
            "© OPI 2025. Not for redistribution without a licence."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
