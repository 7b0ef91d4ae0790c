from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian troops claw back part of Severodonetsk as missiles hit Kyiv rail yards"
TEXT = """VISTULA MONITOR – news from the eastern flank
Home / War in Ukraine / Donbas
Ukrainian troops claw back part of Severodonetsk as missiles hit Kyiv rail yards
05.06.2022 | 16:30 | updated 17:05
Author: Tomasz Wrona
▶ Audio version (4 min)
Ukrainian forces have pushed Russian troops out of part of Severodonetsk (Sievierodonetsk), the governor of the Luhansk region said on Sunday, as Moscow struck Kyiv with cruise missiles for the first time in more than a month.

The governor said Ukrainian units had counterattacked on Saturday and retaken about a fifth of the city, which Russian forces had almost surrounded last week. Street fighting was continuing on Sunday in the industrial zone and around the Azot chemical plant, he added.

"The situation changes every hour. Our guys are holding, but the Russians are throwing everything they have at the city," he wrote on Telegram.

Across the Siverskyi Donets river, Russian artillery hit Lisichansk (Lysychansk) on Saturday evening, killing a 55-year-old man and destroying a school, the governor said.

Ukraine's General Staff said its troops had repelled a Russian attempt to advance near Zolote over the past day.

Early on Sunday, Russian Tu-95 bombers fired five X-101 (Kh-101) cruise missiles from over the Caspian Sea at Kyiv, the Ukrainian air force said. One missile was shot down. The others hit a railway car repair plant in the Darnytskyi district, sending up a column of black smoke. One person was hospitalised.

"The Kremlin wants to remind us that there is no safe place in Ukraine. We remember that every day anyway," Kyiv's mayor told reporters at the site.

Russia's Defence Ministry said it had destroyed T-72 tanks supplied by Eastern European countries that were stored in the buildings. Ukrainian Railways said there were no tanks at the plant.

A missile also hit the town of Druzhkivka in the Donetsk region on Sunday morning, damaging a warehouse. There were no casualties, local authorities said.

Military analysts in Warsaw expect Russia to keep concentrating artillery on the Severodonetsk-Lisichansk pocket. If the twin cities fall, the whole of the Luhansk region could be under Russian control within weeks.

Share: Facebook | X | Telegram | WhatsApp
Comments (14) – show comments
Tags: Severodonetsk, Lisichansk, Donbas, Kyiv
"""
DOC = {"id": "a05", "date": "2022-06-05", "source": "Vistula Monitor (news site)",
       "url": "https://vistulamonitor.example/war-in-ukraine/donbas/2022/06/05/severodonetsk-counterattack-kyiv-missiles",
       "text": TEXT}

D, SAT = "2022-06-05", "2022-06-04"
GOV = "Luhansk regional governor"
EVENTS = [
    E("a05-1", "territory_change", SAT, L("Sievierodonetsk", 1, "Severodonetsk"), "UA", "RU", family=["armed_clash"],
      claimant=GOV, note="counterattack 'on Saturday' retakes about a fifth of the city: a regain of ground by UA"),
    E("a05-2", "armed_clash", D, L("Sievierodonetsk", 1, "Severodonetsk"), "UA", "RU", claimant=GOV,
      note="'Street fighting was continuing on Sunday' in the industrial zone: a clash in the city itself; sides as "
           "the counterattacking force is given; both forces fight"),
    E("a05-3", "missile_artillery_strike", SAT, L("Lysychansk", 1, "Lisichansk"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], claimant=GOV, note="'on Saturday evening'; Russian spelling in the text"),
    E("a05-4", "armed_clash", SAT, L("Zolote", 2, "near Zolote"), "RU", "UA", prec="range", end=D,
      claimant="General Staff of the Armed Forces of Ukraine", note="attempt to advance repelled 'over the past day'"),
    E("a05-5", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Darnytskyi district)"), "RU", "UA", inj=N(1),
      weapons=[W("cruise_missile", "Kh-101", launched=N(5))], claimant="Ukrainian Air Force",
      note="five X-101 at Kyiv 'Early on Sunday'; hit a rail car repair plant; hospitalised = injured; the MoD's "
           "'destroyed T-72 tanks' is a claim about the same strike"),
    E("a05-6", "interception", D, L("Kyiv"), "UA", "RU", weapons=[W("cruise_missile", intercepted=N(1))],
      parent="a05-5", note="one of the five missiles shot down over Kyiv"),
    E("a05-7", "missile_artillery_strike", D, L("Druzhkivka"), None, "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], note="'There were no casualties' = 0/0; 'A missile also hit' names no perpetrator "
                                   "(actor1 null, blind16 call 7); missile kind not given"),
]
STATEMENTS = [
    S(GOV, "UA", "The situation changes every hour"),
    S("Kyiv's mayor", "UA", "The Kremlin wants to remind us that there is no safe place in Ukraine"),
]
MUST_NOT = ["VISTULA MONITOR – news from the eastern flank", "Home / War in Ukraine / Donbas",
            "05.06.2022 | 16:30 | updated 17:05", "Author: Tomasz Wrona", "▶ Audio version (4 min)",
            "Share: Facebook | X | Telegram | WhatsApp", "Comments (14) – show comments",
            "Tags: Severodonetsk, Lisichansk, Donbas, Kyiv"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
