from common import E, L, R, C, N, W, S, gold

TITLE = "Drone hits training centre at Zaporizhzhia nuclear plant, which then loses its last power line"
TEXT = """IL CORRIERE DEL NORD
English edition
Esteri › Europa › Ucraina
di Giulia Ferraresi
13 settembre 2025 | 11:28
Drone hits training centre at Zaporizhzhia nuclear plant, which then loses its last power line
A drone struck the roof of the training centre of the Zaporizhzhia nuclear power plant in Enerhodar on Friday morning, the International Atomic Energy Agency said, adding that its team on site had heard the explosion and later inspected the damage. There were no casualties, and the reactors were not affected.

The two sides blamed each other. The Russian-installed management of the plant accused Ukrainian forces; Kyiv said Russia was staging a provocation.

Later the same day the plant lost its last external power line, the 750-kilovolt Dniprovska line, and switched to emergency diesel generators, for the tenth time since the start of the war. What damaged the line was not clear.
Pubblicità
"Each of these incidents is a roll of the dice. The diesel generators have fuel for about ten days, and that is not a safety margin," said Kristiina Lehto, a spokeswoman for the IAEA.

Across the former Kakhovka reservoir, Russian artillery shelled Nikopol on Friday evening and wounded two men, the governor of the Dnipropetrovsk region said.
Questo articolo è disponibile anche in italiano
Leggi anche: Grano ucraino, a Genova il primo carico dopo tre mesi
Riproduzione riservata © Il Corriere del Nord
"""
DOC = {"id": "lb15", "date": "2025-09-13", "source": "Il Corriere del Nord (Italian newspaper website, English edition)",
       "url": "https://corrieredelnord.example/english/esteri/2025/09/13/zaporizhzhia-drone-centro-formazione", "text": TEXT}

FRI = "2025-09-12"
EVENTS = [
    E("lb15-1", "air_drone_strike", FRI, L("Enerhodar"), None, None, fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="A drone struck the roof of the training centre of the Zaporizhzhia nuclear power plant in Enerhodar "
               "on Friday morning",
      note="drone on the plant's training centre in Enerhodar 'on Friday morning' (12 Sep): 'no casualties' = 0/0; "
           "each side blames the other -> actor1 and actor2 null (mutual blame, blind43 call 5)"),
    E("lb15-2", "infrastructure_disruption", FRI, L("Enerhodar"), None, None,
      evidence="Later the same day the plant lost its last external power line",
      note="'Later the same day' the plant lost its last external line and went on diesel: disruption on Friday; "
           "cause 'not clear' -> sides null"),
    E("lb15-3", "missile_artillery_strike", FRI, L("Nikopol"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      evidence="Russian artillery shelled Nikopol on Friday evening and wounded two men",
      note="'on Friday evening' (12 Sep): artillery on Nikopol, 2 wounded"),
]
# Not events: 'for the tenth time since the start of the war' (tally), the reactors 'not affected', the diesel fuel
# for 'about ten days' (estimate), the accusations themselves (claims of lb15-1).
STATEMENTS = [
    S("Kristiina Lehto", None, "Each of these incidents is a roll of the dice", "IAEA spokeswoman"),
]
MUST_NOT = ["IL CORRIERE DEL NORD", "English edition", "Esteri › Europa › Ucraina", "di Giulia Ferraresi",
            "13 settembre 2025 | 11:28", "Pubblicità", "Questo articolo è disponibile anche in italiano",
            "Leggi anche: Grano ucraino, a Genova il primo carico dopo tre mesi",
            "Riproduzione riservata © Il Corriere del Nord"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
