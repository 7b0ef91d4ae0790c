from common import E, L, R, C, N, W, S, gold

TITLE = "Spain pledges €1 billion in military aid as Ukrainian president visits Madrid"
TEXT = """LA GACETA ATLÁNTICA
Edición en inglés
España | Internacional | Economía | Opinión | Deportes
Spain pledges €1 billion in military aid as Ukrainian president visits Madrid
Madrid — 27 MAY 2025 - 13:05 CEST
Actualizado: 27 MAY 2025 - 15:40 CEST
A €1 billion military aid package for Ukraine, covering this year, was approved by the Spanish government on Tuesday. It includes air-defence missiles and armoured vehicles, the defence minister told reporters after the weekly cabinet meeting.

The decision coincided with a visit by the Ukrainian president. The prime minister received him at the Moncloa Palace in Madrid, and the two men held talks for almost two hours, focused on air defence and on the reconstruction of Ukraine's energy system.

Hours before the meeting, Russian drones had struck Kyiv's Sviatoshynskyi district, wounding three people and setting a supermarket on fire, the city's military administration said.

Not everything announced on Tuesday will materialise soon. Part of the equipment, the ministry said, will only be delivered in 2026, and Madrid's offer to host a reconstruction conference depends on the agreement of its EU partners.

"Spain has been late in this war, and it is catching up. But one billion is the price of a few nights of Russian missiles," said Álvaro Quintana, an analyst at the Instituto Ibérico de Seguridad.
Este artículo fue publicado originalmente en español.
Archivado en: Ucrania · Rusia · Defensa · Unión Europea
Síguenos en X, Instagram y WhatsApp
© EDICIONES GACETA ATLÁNTICA S.L. Calle de Alcalá 220, 28028 Madrid
"""
DOC = {"id": "lb16", "date": "2025-05-27", "source": "La Gaceta Atlántica (Spanish newspaper website, English edition)",
       "url": "https://gacetaatlantica.example/en/internacional/2025-05-27/espana-ayuda-militar-ucrania.html",
       "text": TEXT}

D = "2025-05-27"
EVENTS = [
    E("lb16-1", "policy_decision", D, C("ES", "Spain"), "ES", "UA",
      evidence="A €1 billion military aid package for Ukraine, covering this year, was approved by the Spanish "
               "government on Tuesday",
      note="aid package 'approved by the Spanish government on Tuesday' (publication day; passive with the decider "
           "in a by-phrase): at the deciding country (precision 4)"),
    E("lb16-2", "diplomatic_contact", D, L("Madrid"), "ES", "UA",
      evidence="The prime minister received him at the Moncloa Palace in Madrid, and the two men held talks for almost "
               "two hours",
      note="talks in Madrid on Tuesday: a meeting with a named place; the host who 'received' him is actor1 (blind43 "
           "call 10)"),
    E("lb16-3", "air_drone_strike", D, L("Kyiv"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      evidence="Russian drones had struck Kyiv's Sviatoshynskyi district, wounding three people",
      note="'Hours before the meeting' (Tuesday): drones on the Sviatoshynskyi district (= the city), 3 wounded"),
]
# Not events: equipment 'will only be delivered in 2026' (future), the reconstruction conference 'depends on the
# agreement of its EU partners' (conditional offer), 'late in this war' (opinion).
STATEMENTS = [
    S("Álvaro Quintana", None, "one billion is the price of a few nights of Russian missiles",
      "analyst, Instituto Ibérico de Seguridad"),
]
MUST_NOT = ["LA GACETA ATLÁNTICA", "Edición en inglés", "España | Internacional | Economía | Opinión | Deportes",
            "Madrid — 27 MAY 2025 - 13:05 CEST", "Actualizado: 27 MAY 2025 - 15:40 CEST",
            "Este artículo fue publicado originalmente en español.",
            "Archivado en: Ucrania · Rusia · Defensa · Unión Europea", "Síguenos en X, Instagram y WhatsApp",
            "© EDICIONES GACETA ATLÁNTICA S.L. Calle de Alcalá 220, 28028 Madrid"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
