from common import E, L, R, C, N, W, S, gold

TITLE = "Ballistic missile kills three in Kryvyi Rih; Nikopol and Marhanets shelled all weekend"
TEXT = """DNIPRO LINE
news of Dnipropetrovsk oblast
07.09.2026 | Mon | +24°C Dnipro
Ballistic missile kills three in Kryvyi Rih; Nikopol and Marhanets shelled all weekend
Updated at 15:20 (first published 09:02)
Dmytro Savchuk
A Russian ballistic missile hit a residential area of Kryvyi Rih on Sunday evening, killing three people and injuring 14, including four children, the head of the city's defence council said. The missile hit between a school stadium and a five-storey building in the Ternivskyi district at about 19:40; eleven cars caught fire.

"There was no air raid alert for the ballistic missile – it was launched from too close," the official said. Russia's Defence Ministry claimed it had hit "a temporary deployment point of foreign mercenaries" in Krivoy Rog.

Over the weekend, Russian troops repeatedly shelled the Nikopol district from across the former Kakhovka reservoir. In Nikopol, a 45-year-old man was killed by artillery fire on Saturday, and on Sunday a drone attack on a minibus injured five passengers. In Marhanets (Marganets on Russian maps), an FPV drone hit a municipal utility truck on Saturday, injuring the driver.

⚡ Watch on Dnipro Line TV: Nikopol's last bakery keeps working under fire (3:12)

Overnight into Monday, air defences shot down 17 drones over the Dnipropetrovsk region, the regional administration said. Debris damaged two houses in the Pavlohrad district; no one was injured.

In the Synelnykove district, a Russian guided bomb hit farmland on Monday morning, the administration said, without reporting casualties.

The regional council plans to open two more underground classrooms in Nikopol by October. Russia occupied the Zaporizhzhia nuclear plant across the river in March 2022.

Vote: Should the city build more shelters instead of repairing roads?  ○ Yes  ○ No  ○ Both
Top in the region today:
Dnipro metro extends night hours during alerts
Pavlohrad: rescuers finish clearing rubble of dormitory
Dnipro Line · media registration No. R40-00001 · Privacy · Advertising · Contacts
"""
DOC = {"id": "u13", "date": "2026-09-07", "source": "Dnipro Line (regional news site)",
       "url": "https://dniproline.example/news/2026-09-07-kryvyi-rih-nikopol", "text": TEXT}
D = "2026-09-07"
SUN = "2026-09-06"
SAT = "2026-09-05"
EVENTS = [
    E("u13-1", "missile_artillery_strike", SUN, L("Kryvyi Rih", 1, "Kryvyi Rih (Ternivskyi district)"), "RU", "UA",
      fat=N(3), inj=N(14), weapons=[W("ballistic_missile", launched=N(1))],
      claimant="head of the city's defence council",
      note="'on Sunday evening … at about 19:40'; the MoD's 'mercenaries' claim (Krivoy Rog) is a claim on the same "
           "event"),
    E("u13-2", "missile_artillery_strike", SAT, L("Nikopol"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="artillery killed a man on Saturday"),
    E("u13-3", "air_drone_strike", SUN, L("Nikopol"), "RU", "UA", inj=N(5), weapons=[W("drone")],
      note="drone attack on a minibus on Sunday"),
    E("u13-4", "air_drone_strike", SAT, L("Marhanets", 1, "Marhanets (Marganets)"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], note="FPV on a utility truck on Saturday"),
    E("u13-5", "missile_artillery_strike", SAT, L("Nikopol", 2, "Nikopol district"), "RU", "UA", end=SUN, prec="range",
      agg=True, optional=True,
      note="'repeatedly shelled the Nikopol district' over the weekend: vague weekend tally, optional"),
    E("u13-6", "interception", D, R("UA-12", "Dnipropetrovsk Oblast"), "UA", "RU", weapons=[W("drone", intercepted=N(17))],
      note="'Overnight into Monday', 17 drones over the region"),
    E("u13-7", "air_drone_strike", D, L("Pavlohrad", 2, "Pavlohrad district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="u13-6", note="debris on two houses; district named after its town: precision 2; "
           "'no one was injured' = 0/0"),
    E("u13-8", "air_drone_strike", D, L("Synelnykove", 2, "Synelnykove district"), "RU", "UA",
      weapons=[W("guided_bomb")],
      note="guided bomb on farmland in the Synelnykove district 'on Monday morning': district named after its town, "
           "precision 2; 'without reporting casualties' = counts absent"),
]
STATEMENTS = [
    S("head of the city's defence council", "UA", "There was no air raid alert for the ballistic missile"),
    S("Russian Defence Ministry", "RU", "a temporary deployment point of foreign mercenaries"),
]
MUST_NOT = ["DNIPRO LINE", "news of Dnipropetrovsk oblast", "07.09.2026 | Mon | +24°C Dnipro",
            "Updated at 15:20 (first published 09:02)", "Dmytro Savchuk",
            "⚡ Watch on Dnipro Line TV: Nikopol's last bakery keeps working under fire (3:12)",
            "Vote: Should the city build more shelters instead of repairing roads?  ○ Yes  ○ No  ○ Both",
            "Top in the region today:", "Dnipro metro extends night hours during alerts",
            "Pavlohrad: rescuers finish clearing rubble of dormitory",
            "Dnipro Line · media registration No. R40-00001 · Privacy · Advertising · Contacts"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
