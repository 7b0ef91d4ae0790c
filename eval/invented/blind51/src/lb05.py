from common import E, L, R, C, N, W, S, gold

TITLE = "Berlin to send third Patriot system after deadly missile strike on Zaporizhzhia"
TEXT = """SPREEBOTE
Politik | Wirtschaft | Kultur | Wissen | English
Stand: 12.06.2024, 14:20 Uhr
Lesezeit: 3 Min.
Berlin to send third Patriot system after deadly missile strike on Zaporizhzhia
The federal cabinet on Wednesday approved the delivery of a third Patriot air-defence system to Ukraine, less than a day after Russian missiles killed two workers in the southern city of Zaporizhzhia.

That strike came on Tuesday evening, shortly after seven o'clock. Two missiles landed inside the grounds of an industrial plant, according to the head of the regional military administration: two employees died at the scene, and seven people, a passer-by among them, were wounded.
Firefighters at the damaged workshop in Zaporizhzhia on Tuesday evening. Photo: Zaporizhzhia RMA/Spreebote
Anzeige
The Patriot system will come from Bundeswehr stocks, the government spokesman said in Berlin, and the training of Ukrainian crews has already begun in Germany. An exact arrival date was not given, "for security reasons".

Opposition politicians welcomed the step but called it late. "Every week we spend discussing is a week in which Ukrainian cities are without protection," said Katrin Wollenhaupt, a Green member of the Bundestag's defence committee.

Whether Germany will also deliver Taurus cruise missiles remains open: the chancellor repeated on Wednesday that he saw no reason to change his position.
Dieser Text erschien zuerst auf Deutsch und wurde maschinell übersetzt.
Mehr zum Thema
Patriot, IRIS-T, Gepard: Was Deutschland bisher geliefert hat
mit dpa und Reuters
Impressum · Datenschutz · Kontakt · Barrierefreiheit
"""
DOC = {"id": "lb05", "date": "2024-06-12", "source": "Spreebote (German news site, English section)",
       "url": "https://spreebote.example/english/patriot-zaporizhzhia-2024-06-12", "text": TEXT}

D = "2024-06-12"
TUE = "2024-06-11"
EVENTS = [
    E("lb05-1", "policy_decision", D, C("DE", "Germany"), "DE", "UA",
      evidence="The federal cabinet on Wednesday approved the delivery of a third Patriot air-defence system to Ukraine",
      note="cabinet decision 'on Wednesday' (publication day): at the deciding country (precision 4); the "
           "spokesman's 'in Berlin' is where it was said"),
    E("lb05-2", "missile_artillery_strike", TUE, L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(7),
      weapons=[W("missile", launched=N(2))],
      evidence="Two missiles landed inside the grounds of an industrial plant",
      note="'That strike came on Tuesday evening' (11 Jun; the lede's 'less than a day after' agrees): two "
           "missiles on an enterprise, 2 killed, 7 wounded ('a passer-by among them' is inside the seven); the "
           "caption (text with its glued credit) repeats the same strike"),
]
# Not events: the training 'has already begun' (ongoing, no day), arrival date not given, Taurus 'remains open' and
# 'saw no reason to change his position' (no decision).
STATEMENTS = [
    S("Katrin Wollenhaupt", "DE", "Every week we spend discussing is a week in which Ukrainian cities are without "
      "protection", "Green member, Bundestag defence committee"),
]
# Not gold: "for security reasons" (fragment of the title-only spokesman).
MUST_NOT = ["SPREEBOTE", "Politik | Wirtschaft | Kultur | Wissen | English", "Stand: 12.06.2024, 14:20 Uhr",
            "Lesezeit: 3 Min.", "Anzeige", "Dieser Text erschien zuerst auf Deutsch und wurde maschinell übersetzt.",
            "Mehr zum Thema", "Patriot, IRIS-T, Gepard: Was Deutschland bisher geliefert hat", "mit dpa und Reuters",
            "Impressum · Datenschutz · Kontakt · Barrierefreiheit"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
