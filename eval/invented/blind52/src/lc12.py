from common import E, L, H, R, C, N, W, S, gold, MAS, DIP, AGR

TITLE = "Ukraine and Russia agree in Geneva to swap 500 prisoners each, but no ceasefire"
TEXT = """RMI NOTICIAS
Radio Meseta Internacional · English service
En directo | Programas | Noticias | Deportes | RMI Play
Internacional › Guerra en Ucrania
Ukraine and Russia agree in Geneva to swap 500 prisoners each, but no ceasefire
Madrid, 05.03.2026 · 11:20 CET
Actualizado 05.03.2026 · 13:05 CET
Lucía Ferrer Campos · RMI
Compartir: Facebook | X | WhatsApp | Copiar enlace
After more than six hours at the table in Geneva on Wednesday, Ukrainian and Russian delegations agreed on a swap of 500 prisoners of war for 500 and on the return of the bodies of soldiers killed in action, both sides said. The talks were mediated by Switzerland and the United States.

The exchange will take place "in the coming days", a member of the Ukrainian delegation told RMI. On a ceasefire, however, the two sides did not move. A 30-day halt to strikes on energy facilities, proposed by Washington, could start within a week if both capitals confirm it in writing, the Swiss mediator said.

"Both delegations stayed at the table longer than planned. In this war, that is not nothing," said Regula Imhof, the Swiss ambassador who chaired the meeting.

Taras Melnychuk, deputy head of the Ukrainian delegation, said Kyiv had brought a list of civilians held in Russia and would raise it again at the next round. "We came for people, and we are leaving with people. Everything else is for the next round," he said.

The head of the Russian delegation, presidential aide Gennady Sorokin, told Russian agencies that a meeting of the two presidents would only be possible "once the documents are ready".

Even as the delegations met, a Russian ballistic missile struck a logistics company's warehouse in Dnipro in the afternoon, killing one worker and injuring six, the regional governor said.

In Madrid, the foreign minister had received his Ukrainian counterpart on Tuesday. Spain will host a conference on the reconstruction of Ukraine's energy system in May, he announced after the meeting.

A second round in Geneva is planned for the end of March, according to Swiss diplomats.
Más noticias sobre la guerra en Ucrania
© RMI Radio Meseta Internacional 2026 · Aviso legal · Cookies · Accesibilidad
"""
DOC = {"id": "lc12", "date": "2026-03-05", "source": "RMI Radio Meseta Internacional (Spanish public broadcaster, English service)",
       "url": "https://www.rmi.example/en/internacional/ucrania-rusia-ginebra-intercambio-prisioneros-20260305", "text": TEXT}

D, WED, TUE = "2026-03-05", "2026-03-04", "2026-03-03"
EVENTS = [
    E("lc12-1", DIP, WED, L("Geneva"), None, None,
      ev="After more than six hours at the table in Geneva on Wednesday, Ukrainian and Russian delegations agreed",
      note="talks of the two delegations in Geneva 'on Wednesday' (4 Mar), mediated by Switzerland and the US: "
           "diplomatic_contact at the named venue, sides null (blind41 kr12-1)"),
    E("lc12-2", AGR, WED, L("Geneva"), "UA", "RU", family=["diplomatic_contact"],
      ev="Ukrainian and Russian delegations agreed on a swap of 500 prisoners of war for 500 and on the return of the bodies of soldiers killed in action",
      note="the deal reached at the talks (500 for 500 and the bodies): agreement at Geneva (blind41 kr12-2); the "
           "exchange itself is future"),
    E("lc12-3", MAS, WED, L("Dnipro"), "RU", "UA", fat=N(1), inj=N(6), weapons=[W("ballistic_missile")],
      ev="Even as the delegations met, a Russian ballistic missile struck a logistics company's warehouse in Dnipro in the afternoon, killing one worker and injuring six",
      note="'Even as the delegations met' (Wednesday) 'in the afternoon': ballistic missile on a warehouse in Dnipro, "
           "1 killed, 6 injured"),
    E("lc12-4", DIP, TUE, L("Madrid"), "ES", "UA",
      ev="In Madrid, the foreign minister had received his Ukrainian counterpart on Tuesday.",
      note="'In Madrid, the foreign minister had received his Ukrainian counterpart on Tuesday' (3 Mar): a meeting at "
           "a named place, the host who 'received' as actor1 (blind43 call 10)"),
]
# Not events: the exchange 'in the coming days' (future), 'the two sides did not move' (negation), the energy halt that
# 'could start within a week if …' (conditional), Kyiv 'would raise it again at the next round' (plan), the presidents'
# meeting 'only … once the documents are ready' (conditional), the energy conference 'in May' (future), the second
# round 'planned for the end of March' (plan).
STATEMENTS = [
    S("Regula Imhof", "CH", "In this war, that is not nothing", "Swiss ambassador, chair of the Geneva meeting"),
    S("Taras Melnychuk", "UA", "We came for people, and we are leaving with people", "deputy head of the Ukrainian delegation"),
]
# Not gold: Sorokin's "once the documents are ready" and the delegate's "in the coming days" (fragments).
MUST_NOT = ["RMI NOTICIAS", "Radio Meseta Internacional · English service",
            "En directo | Programas | Noticias | Deportes | RMI Play", "Internacional › Guerra en Ucrania",
            "Madrid, 05.03.2026 · 11:20 CET", "Actualizado 05.03.2026 · 13:05 CET", "Lucía Ferrer Campos · RMI",
            "Compartir: Facebook | X | WhatsApp | Copiar enlace", "Más noticias sobre la guerra en Ucrania",
            "© RMI Radio Meseta Internacional 2026 · Aviso legal · Cookies · Accesibilidad"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
