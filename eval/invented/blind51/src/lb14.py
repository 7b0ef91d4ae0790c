from common import E, L, R, C, N, W, S, gold

TITLE = "Ballistic missile hits Odesa port on Sunday evening; drones attack Bilhorod-Dnistrovskyi overnight"
TEXT = """ODESA HARBOUR
Одеса · Новини · English version
05.08.2024 · 09:20 · Reading time: 2 min
Text: Viktoriia Ostapenko
Ballistic missile hits Odesa port on Sunday evening; drones attack Bilhorod-Dnistrovskyi overnight
An Iskander-M ballistic missile struck port infrastructure in Odesa at about 21:40 on Sunday, injuring three port workers, the regional military administration said on Monday. A second missile, launched at the same time, was shot down over the sea.

“We heard two explosions, then the sirens.”
— Mykola Zaitsev, crane operator, Odesa port

Two warehouses and a section of the quay were damaged. The port kept working through the night, according to the administration.
Subscribe to our Viber channel so you don't miss important news
Overnight, Russian drones went after Bilhorod-Dnistrovskyi, on the Dniester estuary. An agricultural company's warehouse burned down; no one was killed or injured.

Nine Shahed drones were destroyed over the Odesa region during the night, according to the Southern Defence Forces.
Photo: Odesa RMA / Telegram
← Previous: Odesa beaches to stay closed until the end of August
Next: Tram route 5 resumes after repairs →
© Odesa Harbour, 2024. Use of materials requires a hyperlink to odesaharbour.example
"""
DOC = {"id": "lb14", "date": "2024-08-05", "source": "Odesa Harbour (Ukrainian city news site, English version)",
       "url": "https://odesaharbour.example/en/news/2024-08-05/iskander-port-bilhorod", "text": TEXT}

D = "2024-08-05"
SUN = "2024-08-04"
EVENTS = [
    E("lb14-1", "missile_artillery_strike", SUN, L("Odesa"), "RU", "UA", inj=N(3),
      weapons=[W("ballistic_missile", "Iskander-M")],
      evidence="An Iskander-M ballistic missile struck port infrastructure in Odesa at about 21:40 on Sunday, "
               "injuring three port workers",
      note="'at about 21:40 on Sunday' (4 Aug; said on Monday): Iskander-M on Odesa port, 3 injured; the attacker is "
           "implied by the page (RU)"),
    E("lb14-2", "interception", SUN, L("Odesa", 2, "over the sea off Odesa"), "UA", "RU",
      weapons=[W("ballistic_missile", intercepted=N(1))], optional=True,
      evidence="A second missile, launched at the same time, was shot down over the sea",
      note="the second missile 'shot down over the sea' at the same time: a real interception without a named place "
           "beyond the sea off the city -> optional (vague place)"),
    E("lb14-3", "air_drone_strike", D, L("Bilhorod-Dnistrovskyi"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      evidence="Overnight, Russian drones went after Bilhorod-Dnistrovskyi",
      note="'Overnight' in a Monday-morning page -> Monday: warehouse burned, 'no one was killed or injured' = 0/0"),
    E("lb14-4", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", "Shahed",
                                                                                       intercepted=N(9))],
      evidence="Nine Shahed drones were destroyed over the Odesa region during the night",
      note="'Nine Shahed drones were destroyed over the Odesa region during the night' (passive, number in words): "
           "regional count -> required"),
]
# Not events: 'The port kept working' (no disruption). The pull-quote and its '— Mykola Zaitsev, crane operator' line
# look like furniture but are article text (the attribution makes the quote a gold statement).
STATEMENTS = [
    S("Mykola Zaitsev", "UA", "We heard two explosions, then the sirens", "crane operator, Odesa port"),
]
MUST_NOT = ["ODESA HARBOUR", "Одеса · Новини · English version", "05.08.2024 · 09:20 · Reading time: 2 min",
            "Text: Viktoriia Ostapenko", "Subscribe to our Viber channel so you don't miss important news",
            "Photo: Odesa RMA / Telegram", "← Previous: Odesa beaches to stay closed until the end of August",
            "Next: Tram route 5 resumes after repairs →",
            "© Odesa Harbour, 2024. Use of materials requires a hyperlink to odesaharbour.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
