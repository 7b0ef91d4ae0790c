from common import E, L, R, C, N, W, S, gold

TITLE = "Lithuania approves €40 million for Ukraine's air defence as foreign ministers meet in Vilnius"
TEXT = """Mes naudojame slapukus. Tęsdami naršymą sutinkate su slapukų politika.
BALTIJOS AIDAS
LT | EN | RU
Naujienos › Pasaulis › English
Lithuania approves €40 million for Ukraine's air defence as foreign ministers meet in Vilnius
Rūta Kazlauskienė
2025-10-08 12:47
Komentarai (14)
The Lithuanian government on Wednesday approved a €40 million package to buy radar and anti-drone equipment for Ukraine, the defence ministry announced after the cabinet's weekly meeting.

The money will go through a joint procurement fund set up with Denmark and the Netherlands. Deliveries, the ministry said, could start before the end of the year if contracts with manufacturers are signed in time.

Hours earlier, Ukraine's foreign minister had held talks in Vilnius with his Lithuanian counterpart, the first stop on a tour of the three Baltic capitals. According to a statement by the Lithuanian foreign ministry, the two discussed the use of frozen Russian assets and Ukraine's path towards EU membership.

Not everything was agreed. Lithuania's proposal to bar Russian-registered cars from the whole Schengen area has not won the support of the European Commission, and Vilnius said it would raise it again at the next meeting of EU foreign ministers.

"Forty million is not the end of the story. It is what we can sign this week without waiting for Brussels," said Mindaugas Petrulis, deputy chairman of the Seimas committee on national security and defence.

The Seimas is expected to debate a bill on Thursday that would set Lithuania's annual military aid to Ukraine at no less than 0.25 per cent of GDP. Should the bill pass, the government would have to present a first plan by March.

Since 2022, Lithuania has provided Ukraine with military aid worth more than €800 million.
Skaitykite daugiau: Seimas committee backs tougher checks on Belarusian trucks
Sekite mus „Facebook“ ir „Instagram“
© UAB „Baltijos aidas“, Gedimino pr. 9, Vilnius. Visos teisės saugomos.
"""
DOC = {"id": "lb04", "date": "2025-10-08", "source": "Baltijos Aidas (Lithuanian news site, English section)",
       "url": "https://baltijosaidas.example/en/pasaulis/2025-10-08/lithuania-40-million-air-defence", "text": TEXT}

D = "2025-10-08"
EVENTS = [
    E("lb04-1", "policy_decision", D, C("LT", "Lithuania"), "LT", "UA",
      evidence="The Lithuanian government on Wednesday approved a €40 million package to buy radar and anti-drone "
               "equipment for Ukraine",
      note="aid package approved 'on Wednesday' (publication day): a government decision at the deciding country "
           "(precision 4), even on a Vilnius page (blind41 call 9)"),
    E("lb04-2", "diplomatic_contact", D, L("Vilnius"), "UA", "LT",
      evidence="Ukraine's foreign minister had held talks in Vilnius with his Lithuanian counterpart",
      note="'Hours earlier' (than the Wednesday decision) the Ukrainian foreign minister 'held talks in Vilnius': a "
           "meeting with a named place takes it; the visitor who held talks is actor1 (blind43 call 10)"),
]
# Not events (purely political page): deliveries 'could start … if contracts … are signed' (conditional), the car
# ban that 'has not won the support' (negation) and 'would raise it again at the next meeting' (future), the Seimas
# 'expected to debate a bill on Thursday' and 'Should the bill pass, … would' (future, conditional), 'Since 2022 …
# more than €800 million' (tally), the tour of the other Baltic capitals (plan).
STATEMENTS = [
    S("Mindaugas Petrulis", "LT", "It is what we can sign this week without waiting for Brussels",
      "deputy chairman, Seimas committee on national security and defence"),
]
MUST_NOT = ["Mes naudojame slapukus. Tęsdami naršymą sutinkate su slapukų politika.", "BALTIJOS AIDAS", "LT | EN | RU",
            "Naujienos › Pasaulis › English", "Rūta Kazlauskienė", "2025-10-08 12:47", "Komentarai (14)",
            "Skaitykite daugiau: Seimas committee backs tougher checks on Belarusian trucks",
            "Sekite mus „Facebook“ ir „Instagram“",
            "© UAB „Baltijos aidas“, Gedimino pr. 9, Vilnius. Visos teisės saugomos."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
