from common import E, L, R, C, N, W, S, gold

TITLE = "Weekend shelling: Sudzha and Korenevo districts hit, Tetkino without power"
TEXT = """KURSK NEWSLINE
regional news · in English since 2019
Region | Border | Economy | Sport | Weather +24°
Weekend shelling: Sudzha and Korenevo districts hit, Tetkino without power
28.08.2023, 09:55 · Border · 1,406 views
Over the weekend the Ukrainian armed forces shelled the Sudzha and Korenevo districts of the Kursk Region, as well as the Glushkovo and Rylsk districts, the regional governor said on his Telegram channel on Monday.

On Saturday, shells hit the village of Tetkino in the Glushkovo district. Two houses and a power line were damaged; about 700 residents were left without electricity. Power engineers restored supply on Sunday evening.

Also on Saturday, a drone struck a grocery shop in Rylsk. A saleswoman was injured and taken to the Rylsk district hospital.

On Sunday afternoon a drone dropped an explosive device on a car near Sudzha. The driver, a 44-year-old local man, was wounded.

In the Korenevo district, the settlement of Korenevo was shelled with mortars on Sunday evening. No one was hurt.

Overnight into Monday, air defence destroyed two Ukrainian drones over Kurchatov, according to the governor. A fragment damaged the roof of a private house; no one was hurt.

"The situation in the border districts remains difficult, but it is under control," the governor wrote. He said that over the past week the region had been shelled 142 times and that operational services were working at every site.

An air raid alert was also declared in the Khomutovka district on Sunday; it was lifted after 40 minutes.

Photo: press service of the Kursk Region governor
Tags: Glushkovo district, Sudzha, shelling, drones
Share: VK · OK · Telegram
Kursk Newsline © 2019–2023. Mass media registration certificate EL No. FS 77-00000
"""
DOC = {"id": "ka04", "date": "2023-08-28", "source": "Kursk Newsline", "url": "https://kursk-newsline.example.ru/border/28082023-shelling",
       "text": TEXT}

EVENTS = [
    E("ka04-1", "missile_artillery_strike", "2023-08-26", L("Tetkino"), "UA", "RU", weapons=[W("artillery")],
      note="'On Saturday' = 26 Aug; shells; Glushkovo district; casualties not stated (absent)"),
    E("ka04-2", "infrastructure_disruption", "2023-08-26", L("Tetkino"), "UA", "RU",
      note="about 700 residents without electricity (restored on Sunday: still a disruption starting Saturday)"),
    E("ka04-3", "air_drone_strike", "2023-08-26", L("Rylsk"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="'Also on Saturday'; saleswoman hospitalised = injured"),
    E("ka04-4", "air_drone_strike", "2023-08-27", L("Sudzha", 2, "near Sudzha"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], note="'On Sunday afternoon'; 'near Sudzha' = precision 2"),
    E("ka04-5", "missile_artillery_strike", "2023-08-27", L("Korenevo"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], note="'on Sunday evening'; mortars; 'No one was hurt' = 0/0"),
    E("ka04-6", "interception", "2023-08-28", L("Kurchatov"), "RU", "UA", weapons=[W("drone", intercepted=N(2))],
      note="'Overnight into Monday' = 28 Aug"),
    E("ka04-7", "air_drone_strike", "2023-08-28", L("Kurchatov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="ka04-6", note="fragment of a downed drone on a house roof: child strike typed by the weapon, 0/0"),
    E("ka04-8", "missile_artillery_strike", "2023-08-22", R("RU-KRS", "Kursk region"), "UA", "RU", prec="week",
      end="2023-08-28", agg=True, family=["air_drone_strike"],
      note="'over the past week the region had been shelled 142 times' = 22-28 Aug (reference-6 … reference), aggregate"),
    E("ka04-9", "military_mobilization", "2023-08-27", L("Khomutovka", 2, "Khomutovka district"), None, None,
      optional=True, note="air raid alert declared on Sunday and lifted: an alert (taxonomy) but a general notice "
                          "(blind14 call 1): optional; no side named"),
]
STATEMENTS = [S("Kursk region governor", "RU", "remains difficult, but it is under control", role="governor")]
MUST_NOT = ["KURSK NEWSLINE", "regional news · in English since 2019", "Region | Border | Economy | Sport | Weather +24°",
            "28.08.2023, 09:55 · Border · 1,406 views", "Photo: press service of the Kursk Region governor",
            "Tags: Glushkovo district, Sudzha, shelling, drones", "Share: VK · OK · Telegram",
            "Kursk Newsline © 2019–2023. Mass media registration certificate EL No. FS 77-00000"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
