from common import E, L, R, C, N, W, S, gold

TITLE = "Border hromadas shelled 76 times in a day; saboteurs driven back near Yunakivka"
TEXT = """SUMY PULSE
Новини Сумщини | English
Air raid alert map | Shelters | Evacuation hotline
News › Region
Border hromadas shelled 76 times in a day; saboteurs driven back near Yunakivka
02.10.2024 09:35 | 1,204 views
Photo: Sumy Oblast Military Administration
Over the past day, Russian troops carried out 76 attacks on the border areas of Sumy Oblast, and 213 explosions were recorded in 11 hromadas, the Sumy Oblast Military Administration reported on Wednesday morning.

By hromada:

Velyka Pysarivka hromada – 41 explosions: mortars, artillery and FPV drones. A 58-year-old man was wounded.
Krasnopillia hromada – 18 explosions: two guided aerial bombs (KAB) and artillery.
Khotin hromada – 12 explosions from a multiple rocket launcher.
Myropillia hromada – 9 explosions: artillery shelling.
The Esman and Seredyna-Buda hromadas were also shelled.

In Bilopillia, a Russian drone dropped an explosive device on a car near the bus station. A 44-year-old woman who was driving it was killed.

"She had come to buy bread for her parents. We had just said hello to each other," said Nina Pryimak, who works at a kiosk nearby.

Near Yunakivka, a Russian sabotage and reconnaissance group tried to cross the state border on Tuesday evening. Border guards opened fire, and after a short battle the group retreated to Russian territory, the border guard detachment said.

"The group was about a dozen people, moving through the forest belt. We saw them with a thermal camera long before they reached the line," said Vitalii Strakhov, spokesman for the Sumy border detachment.

In the evening, a Shahed drone hit an energy infrastructure facility in Shostka. Part of the city was left without electricity, and two suburban trains were held for up to two hours because a traction substation lost power, the railway said. Power engineers restored supply to most consumers by morning.

Overnight, air defence forces shot down five Shahed-type drones over the Sumy district, the military administration added.

Residents of the 10-kilometre border strip are urged to evacuate. Free transport is provided from Sumy, and temporary housing in the Poltava region will be offered to those who need it.
Subscribe to Sumy Pulse on Telegram and Viber
Tags: shelling, border, Shostka, saboteurs
Full or partial use of materials is permitted only with an active hyperlink to sumypulse.example
"""
DOC = {"id": "kr07", "date": "2024-10-02", "source": "Sumy Pulse (Ukrainian regional news site, Sumy)",
       "url": "https://sumypulse.example/en/news/region/2024/10/02/border-hromadas-shelled-76-times", "text": TEXT}

D, Y = "2024-10-02", "2024-10-01"
EVENTS = [
    E("kr07-1", "missile_artillery_strike", Y, R("UA-59", "Sumy Oblast"), "RU", "UA", end=D, prec="range", agg=True,
      family=["air_drone_strike"],
      note="'Over the past day … 76 attacks … 213 explosions … in 11 hromadas' (Wednesday morning): regional tally, "
           "past-day range, aggregate; mixed weapons -> both types"),
    E("kr07-2", "missile_artillery_strike", Y, L("Velyka Pysarivka", 2, "Velyka Pysarivka hromada"), "RU", "UA",
      parent="kr07-1", end=D, prec="range", inj=N(1), family=["air_drone_strike"],
      weapons=[W("artillery"), W("drone")],
      note="hromada line: mortars, artillery and FPV drones, 1 wounded; a hromada = precision 2 (blind37 kn10)"),
    E("kr07-3", "air_drone_strike", Y, L("Krasnopillia", 2, "Krasnopillia hromada"), "RU", "UA", parent="kr07-1",
      end=D, prec="range", family=["missile_artillery_strike"], weapons=[W("guided_bomb", launched=N(2)), W("artillery")],
      note="'two guided aerial bombs (KAB) and artillery': both types, the bombs first"),
    E("kr07-4", "missile_artillery_strike", Y, L("Khotin", 2, "Khotin hromada"), "RU", "UA", parent="kr07-1",
      end=D, prec="range", weapons=[W("mlrs")], note="'12 explosions from a multiple rocket launcher'"),
    E("kr07-5", "missile_artillery_strike", Y, L("Myropillia", 2, "Myropillia hromada"), "RU", "UA", parent="kr07-1",
      end=D, prec="range", weapons=[W("artillery")], note="'9 explosions: artillery shelling'"),
    E("kr07-6", "missile_artillery_strike", Y, L("Esman", 2, "Esman hromada"), "RU", "UA", parent="kr07-1", end=D,
      prec="range", optional=True, family=["air_drone_strike"], note="'were also shelled': listed -> optional"),
    E("kr07-7", "missile_artillery_strike", Y, L("Seredyna-Buda", 2, "Seredyna-Buda hromada"), "RU", "UA",
      parent="kr07-1", end=D, prec="range", optional=True, family=["air_drone_strike"],
      note="listed -> optional"),
    E("kr07-8", "air_drone_strike", Y, L("Bilopillia"), "RU", "UA", parent="kr07-1", end=D, prec="range", fat=N(1),
      weapons=[W("drone")], note="drone dropped an explosive on a car near the bus station: 1 killed; no time -> range"),
    E("kr07-9", "armed_clash", Y, L("Yunakivka", 2, "near Yunakivka"), "RU", "UA",
      note="sabotage group 'tried to cross the state border on Tuesday evening' (1 Oct); border guards fired, the "
           "group retreated after a short battle: a cross-border clash, near X = precision 2"),
    E("kr07-10", "air_drone_strike", Y, L("Shostka"), "RU", "UA", weapons=[W("drone", "Shahed-136")],
      note="'In the evening' (the past day's evening = Tuesday) a Shahed hit an energy facility in Shostka"),
    E("kr07-11", "infrastructure_disruption", Y, L("Shostka"), "RU", "UA", parent="kr07-10",
      note="part of the city without electricity and two suburban trains held (traction substation): one disruption"),
    E("kr07-12", "interception", D, L("Sumy", 2, "Sumy district"), "UA", "RU", weapons=[W("drone", intercepted=N(5))],
      note="'Overnight … shot down five Shahed-type drones over the Sumy district': the district (raion) around Sumy "
           "= precision 2"),
]
# Not events: power restored 'by morning' (repair), the evacuation call for the 10-km strip (standing appeal), free
# transport and housing 'will be offered' (plan).
STATEMENTS = [
    S("Nina Pryimak", "UA", "She had come to buy bread for her parents", "kiosk worker, Bilopillia"),
    S("Vitalii Strakhov", "UA", "We saw them with a thermal camera long before they reached the line",
      "spokesman, Sumy border detachment"),
]
MUST_NOT = ["SUMY PULSE", "Новини Сумщини | English", "Air raid alert map | Shelters | Evacuation hotline",
            "News › Region", "02.10.2024 09:35 | 1,204 views", "Photo: Sumy Oblast Military Administration",
            "Subscribe to Sumy Pulse on Telegram and Viber", "Tags: shelling, border, Shostka, saboteurs",
            "Full or partial use of materials is permitted only with an active hyperlink to sumypulse.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
