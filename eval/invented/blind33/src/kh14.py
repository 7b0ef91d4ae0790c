from common import E, L, H, R, N, W, S, gold, MAS, ADS, DIS, INT

TITLE = "Kursk region: consequences of attacks by the Ukrainian armed forces on 11 March"
TEXT = """Operational Headquarters of the Kursk Region ▪ official page
Notices | Heating season | Reception of citizens | Contacts
Kursk region: consequences of attacks by the Ukrainian armed forces on 11 March
12.03.2024 | 08:05 | category: Security
On 11 March, the Armed Forces of Ukraine shelled and attacked with drones eight settlements in seven districts of the region. One person was injured. Details by district:

Glushkovsky district — Tetkino: 11 artillery shells, a gas pipe and two houses damaged. No casualties.
Glushkovsky district — Popovo-Lezhachi: an FPV drone hit a car; the driver was not injured.
Rylsky district — Rylsk: a drone dropped an explosive device near a bakery; a saleswoman was injured by glass.
Khomutovsky district — Khomutovka: a drone attacked a fire truck; the crew was not hurt, the truck is damaged.
Sudzhansky district — Sudzha: mortar fire on the outskirts; a power line was cut, and 400 subscribers on the southern edge of the town are without electricity.
Korenevsky district — Korenevo: 3 MLRS rockets; the roof of a school workshop was damaged.
Belovsky district — Belaya: a drone hit a grain dryer. No casualties.
Lgovsky district — Lgov: a drone struck the territory of a bakery; the roof of a warehouse was damaged. No casualties.
Sudzhansky district — Sudzha: mortar fire on the outskirts (the same attack as above, reported again by the district head).

In the evening, air defence shot down two drones over Kurchatov. There was no damage.
Correction at 09:30: in Rylsk, two people were injured, not one — a second woman went to the hospital on her own.

The headquarters asks residents to report damaged property to the district administrations.
Duty dispatcher: 112 · Hotline of the Headquarters: 8 (4712) 00-00-00
Our page on VK · Our page on OK · Our channel on Telegram
"""
DOC = {"id": "kh14", "date": "2024-03-12", "source": "Operational Headquarters of the Kursk Region (web page, English rendering)",
       "url": "https://kursk-oh.example/news/2024-03-12-consequences", "text": TEXT}

D = "2024-03-11"
EVENTS = [
    E("kh14-0", MAS, D, R("RU-KRS", "Kursk region"), "UA", "RU", agg=True, family=[ADS],
      note="header tally 'On 11 March … eight settlements in seven districts' = a day aggregate at region level "
           "(like the other digests' tallies); its 'One person was injured' is superseded by the Rylsk correction, so "
           "no count is given in the gold; the district lines are not made its children (day events of the same day)"),
    E("kh14-1", MAS, D, L("Tetkino"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery", launched=N(11))],
      note="Glushkovsky district — Tetkino: 11 shells, 'No casualties' = 0/0; 'On 11 March' heads the whole list"),
    E("kh14-2", ADS, D, L("Rylsk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="Rylsk drone drop, injured raised 1 → 2 by the 09:30 correction (the latest figure wins)"),
    E("kh14-3", ADS, D, L("Khomutovka"), "UA", "RU", inj=N(0), weapons=[W("drone")],
      note="drone on a fire truck, 'the crew was not hurt' = injured 0"),
    E("kh14-4", MAS, D, H("Sudzha", "outskirts of Sudzha"), "UA", "RU", weapons=[W("artillery")],
      note="mortar fire on the outskirts = precision 2; the second Sudzha line is the same attack (no event)"),
    E("kh14-5", DIS, D, L("Sudzha"), "UA", "RU", parent="kh14-4",
      note="'400 subscribers on the southern edge of the town are without electricity' (town = precision 1)"),
    E("kh14-6", MAS, D, L("Korenevo"), "UA", "RU", weapons=[W("mlrs", launched=N(3))],
      note="3 MLRS rockets on Korenevo (544906, Kursk region); casualties not stated"),
    E("kh14-7", ADS, D, L("Belaya"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="Belovsky district — Belaya (578230): drone on a grain dryer, 'No casualties' = 0/0"),
    E("kh14-9", ADS, D, L("Popovo-Lezhachi"), "UA", "RU", inj=N(0), weapons=[W("drone")],
      note="FPV drone on a car, 'the driver was not injured' = injured 0"),
    E("kh14-10", ADS, D, L("Lgov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="Lgovsky district — Lgov (535347): drone on a bakery's territory, 'No casualties' = 0/0"),
    E("kh14-8", INT, D, L("Kurchatov"), "RU", "UA", weapons=[W("drone", intercepted=N(2))],
      note="'In the evening, air defence shot down two drones over Kurchatov' (11 Mar); 'no damage' = no strike event"),
]
# Not events: the repeated Sudzha line, the correction line itself (changes kh14-2), the request to residents.
STATEMENTS = []
MUST_NOT = ["Operational Headquarters of the Kursk Region ▪ official page",
            "Notices | Heating season | Reception of citizens | Contacts",
            "12.03.2024 | 08:05 | category: Security",
            "Duty dispatcher: 112 · Hotline of the Headquarters: 8 (4712) 00-00-00",
            "Our page on VK · Our page on OK · Our channel on Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
