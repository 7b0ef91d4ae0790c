from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, POL, DIP, PRO

TITLE = "Budget committee frees another billion for Ukraine; cabinet backs EU training mission"
TEXT = """ELBE-KURIER
Nachrichten aus Hamburg, Norddeutschland und der Welt · News in English
Politik | Wirtschaft | Hamburg | Panorama | Sport | Kultur | English
Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu. Alle akzeptieren | Einstellungen
Politik › Ukraine-Krieg
Budget committee frees another billion for Ukraine; cabinet backs EU training mission
Von Henrik Stolzenberg, Berlin
13.10.2022 – 17:42 Uhr · Aktualisiert: 20:05 Uhr
Artikel anhören (4:12 Min.)
Germany is to spend another billion euros this year on weapons and equipment for Ukraine. Late on Wednesday evening, after a session that ran for almost seven hours, the Bundestag's budget committee released the money, which had been blocked since the summer.

Drawn from the so-called Ertüchtigungsinitiative, the government's fund for arming partner countries, the extra billion brings the sum earmarked for Ukraine in 2022 to just under 2.2 billion euros. Part of it is to pay for four more Panzerhaubitze 2000 howitzers, which industry is expected to deliver next year, and for ammunition for the Gepard anti-aircraft guns already in Ukraine.

On Thursday, the federal cabinet approved German participation in the training mission for Ukrainian soldiers that the EU is preparing. Up to 5,000 Ukrainian servicemen are to be trained in Germany by the middle of next year; the Bundestag still has to give its consent.
Foto: Jana Reuter/Elbe-Kurier
"For months we debated in this building whether this or that system meant escalation. In the meantime, the Ukrainians were defending their cities with whatever they had," said Katharina Brenner, a Green member of the budget committee.

The opposition CDU/CSU welcomed the money but said it was late. "A billion on paper is not a howitzer at the front. The question is when anything arrives," said Jürgen Pahlke, the Union's defence spokesman on the committee.

The defence minister, for her part, met her Ukrainian counterpart in Brussels on Wednesday, on the sidelines of a meeting of NATO defence ministers. They discussed winter equipment and the repair of howitzers already delivered, her ministry said.
Anzeige
In Ukraine itself, the Russian strikes went on. Iranian-made Shahed-136 drones hit an energy facility near Bila Tserkva, south of Kyiv, overnight. The regional governor reported no casualties. In Mykolaiv, a missile struck a five-storey apartment building on Thursday morning, killing one man. Rescuers were still searching the rubble in the afternoon.

Russia's ambassador in Berlin warned that each new delivery drew Germany "deeper into the conflict". The government spokesman rejected the remark and said Germany was not a party to the war.

On Saturday, several hundred people had demonstrated in front of the Chancellery in Berlin, demanding that the government also send battle tanks. The chancellor has so far refused to do so without a joint decision with the allies.
Teilen: WhatsApp | Facebook | X | E-Mail
Mehr zum Thema
IRIS-T: what the German air defence system can do, and what it cannot
Elbe-Kurier Plus: alle Artikel für 9,99 € im Monat. Jetzt testen
Schlagwörter: Bundestag, Haushaltsausschuss, Ukraine, Waffenlieferungen
Kommentare (63)
Impressum | Datenschutz | AGB | Kontakt
© Elbe-Kurier Verlagsgesellschaft mbH 2022
"""
DOC = {"id": "lj12", "date": "2022-10-13", "source": "Elbe-Kurier (German regional newspaper, English section)",
       "url": "https://elbe-kurier.example/politik/ukraine-krieg/haushaltsausschuss-milliarde-ukraine-2022-10-13", "text": TEXT}

D, WED, SAT = "2022-10-13", "2022-10-12", "2022-10-08"
EVENTS = [
    E("lj12-1", POL, WED, C("DE", "Germany"), "DE", "UA",
      evidence="Late on Wednesday evening, after a session that ran for almost seven hours, the Bundestag's budget "
               "committee released the money",
      note="the budget committee's release of a further billion euros 'Late on Wednesday evening' (a Thursday page -> "
           "12 Oct): aid decision at the deciding country (precision 4); the howitzers to be delivered 'next year' are "
           "plans"),
    E("lj12-2", POL, D, C("DE", "Germany"), "DE", "UA",
      evidence="On Thursday, the federal cabinet approved German participation in the training mission for Ukrainian "
               "soldiers",
      note="a cabinet decision on Thursday (13 Oct) at the deciding country; the Bundestag's consent still to come is "
           "future; two decisions on two days are two events (blind51 call 8)"),
    E("lj12-3", DIP, WED, L("Brussels"), "DE", "UA",
      evidence="The defence minister, for her part, met her Ukrainian counterpart in Brussels on Wednesday",
      note="a meeting with a named place takes it, the minister who 'met' as actor1 (blind51 call 8); Brussels BE-BRU; "
           "the NATO meeting itself is only the occasion"),
    E("lj12-4", ADS, D, H("Bila Tserkva", "near Bila Tserkva"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", "Shahed-136")],
      evidence="Iranian-made Shahed-136 drones hit an energy facility near Bila Tserkva, south of Kyiv, overnight",
      note="'overnight' in a Thursday report -> 13 Oct; 'reported no casualties' -> 0/0 (ANNOTATION 7); near X -> precision 2; Bila Tserkva "
           "712165 (Kyiv oblast), not the Zakarpattia village"),
    E("lj12-5", MAS, D, L("Mykolaiv"), "RU", "UA", fat=N(1), weapons=[W("missile")],
      evidence="In Mykolaiv, a missile struck a five-storey apartment building on Thursday morning, killing one man",
      note="Thursday morning, one killed; the missile's kind not said -> 'missile'"),
    E("lj12-6", PRO, SAT, L("Berlin"), "DE", None,
      evidence="On Saturday, several hundred people had demonstrated in front of the Chancellery in Berlin",
      note="'On Saturday' of a Thursday page -> 8 Oct; a peaceful demonstration in Germany demanding battle tanks for "
           "Ukraine (actor1 the country where it happens)"),
]
# Not events: the money 'blocked since the summer' (history), the four howitzers 'expected to deliver next year'
# (plan), the 5,000 soldiers 'to be trained … by the middle of next year' and the Bundestag's consent (future), the
# ambassador's warning and the spokesman's rejection (statements), 'has so far refused' (negation). The own-line photo
# credit, 'Anzeige', 'Mehr zum Thema' with its headline, the Plus offer, tags, comment count and legal lines are
# furniture.
STATEMENTS = [
    S("Katharina Brenner", "DE", "the Ukrainians were defending their cities with whatever they had",
      "Green member of the Bundestag budget committee"),
    S("Jürgen Pahlke", "DE", "A billion on paper is not a howitzer at the front", "CDU/CSU defence spokesman"),
]
# Not gold: the ambassador's "deeper into the conflict" (title only, fragment).
MUST_NOT = ["Teilen: WhatsApp | Facebook | X | E-Mail",
            "ELBE-KURIER", "Nachrichten aus Hamburg, Norddeutschland und der Welt · News in English",
            "Politik | Wirtschaft | Hamburg | Panorama | Sport | Kultur | English",
            "Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu. "
            "Alle akzeptieren | Einstellungen",
            "Politik › Ukraine-Krieg", "Von Henrik Stolzenberg, Berlin", "13.10.2022 – 17:42 Uhr · Aktualisiert: 20:05 Uhr",
            "Artikel anhören (4:12 Min.)", "Foto: Jana Reuter/Elbe-Kurier", "Anzeige", "Mehr zum Thema",
            "IRIS-T: what the German air defence system can do, and what it cannot",
            "Elbe-Kurier Plus: alle Artikel für 9,99 € im Monat. Jetzt testen",
            "Schlagwörter: Bundestag, Haushaltsausschuss, Ukraine, Waffenlieferungen", "Kommentare (63)",
            "Impressum | Datenschutz | AGB | Kontakt", "© Elbe-Kurier Verlagsgesellschaft mbH 2022"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
