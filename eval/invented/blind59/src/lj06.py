from common import E, L, R, C, N, W, S, H, gold, ADS, DIP, AGR, POL, PRO

TITLE = "Ukrainian and Russian delegations meet in Geneva and agree to swap 300 prisoners each"
TEXT = """LA TRIBUNE LÉMANIQUE
Édition anglaise · English edition
Suisse | Monde | Genève | Économie | Culture | Sports | English
Ce site utilise des cookies. This site uses cookies to measure its audience and personalise content. Accepter | Refuser | Paramétrer
Monde › Guerre en Ukraine
Ukrainian and Russian delegations meet in Geneva and agree to swap 300 prisoners each
Claire Dufaux, Genève
Publié le 18 février 2026 à 19h12 · Mis à jour à 21h40
Temps de lecture: 5 min
Écouter cet article
For the first time in five months, Ukrainian and Russian negotiators sat at the same table on Tuesday — in a villa on the right bank of the lake in Geneva, lent for the occasion by the Swiss Confederation. When the second day of talks ended on Wednesday afternoon, the two delegations had agreed on a single concrete step: an exchange of 300 prisoners of war on each side.

The Federal Department of Foreign Affairs (FDFA), which hosted the meeting together with a team of American envoys, confirmed the agreement in a short statement early in the evening. The exchange is to take place "within the next two weeks" and will be carried out through a third country, the statement said.
The delegations' cars leave the villa on the right bank of the lake on Wednesday afternoon.
Photo: Lucien Morel / Tribune lémanique
"It is modest, and nobody here pretends otherwise. But six hundred families will see someone come home, and that is not nothing," said Matthias Rüegg, the FDFA's special envoy for the talks, speaking to journalists at the gate of the villa.

Beyond the exchange, the two sides remained far apart. The Ukrainian delegation insisted on a full ceasefire along the front line before any discussion of territory; Moscow's negotiators repeated that a ceasefire was possible only once Ukrainian troops had left the rest of the Donetsk region.

"We came to Geneva to talk about bringing people home, and on that we have a result. On everything else, the Russian side brought the same paper as last year," said Olena Dovhaniuk, a member of the Ukrainian delegation.

Konstantin Ilyasov, a spokesman for the Russian delegation, told Russian state television that "the Geneva format has shown that it can work when Kyiv is realistic".

The evening before the talks opened, on Monday, the head of the FDFA had received the head of the Ukrainian delegation for a working dinner at a hotel on the Quai du Mont-Blanc. On Wednesday morning, before the closing session, the Federal Council in Bern approved a further 120 million francs for humanitarian demining in Ukraine over three years.

Outside, on the Place des Nations, several hundred people — most of them Ukrainians living in Switzerland and in neighbouring France — gathered on Tuesday under the Broken Chair, holding up photographs of relatives held in Russian captivity. The rally ended peacefully in the early evening.

The war did not pause for the talks. Overnight into Wednesday, Russian drones hit port infrastructure in Odesa, injuring four people, the regional governor said.

A further round could take place in March, diplomats said, although no date has been set. Russia's foreign ministry warned on Wednesday that Moscow would "not negotiate under the pressure of new sanctions".

"Switzerland's role is to provide the room and the coffee. The substance will be decided elsewhere, in Washington and in Moscow," said Nadia Vuilleumier, a researcher at the Centre for Mediation Studies in Lausanne.
Partager sur: WhatsApp · Facebook · LinkedIn · Courriel
Abonnez-vous: le premier mois pour CHF 1.–
Dans la même rubrique
Prisoner exchanges: how the ICRC checks the lists
Genève: sécurité renforcée autour du Palais des Nations
Newsletter «Le Matin lémanique»: l'essentiel chaque jour à 7h
© Tribune lémanique SA, Genève, 2026. Tous droits réservés.
"""
DOC = {"id": "lj06", "date": "2026-02-18", "source": "La Tribune lémanique (Swiss newspaper, English edition)",
       "url": "https://tribune-lemanique.example/monde/ukraine-russie-geneve-echange-prisonniers-2026-02-18", "text": TEXT}

D, TUE, MON = "2026-02-18", "2026-02-17", "2026-02-16"
EVENTS = [
    E("lj06-1", DIP, TUE, L("Geneva"), None, None, end=D, prec="range",
      evidence="Ukrainian and Russian negotiators sat at the same table on Tuesday — in a villa on the right bank of the "
               "lake in Geneva",
      note="two days of talks, Tuesday 17 to Wednesday 18 Feb, at a named venue in Geneva (precision 1, CH-GE); both "
           "delegations are visitors with Swiss and US hosts -> sides null (as blind49's multilateral conference); the "
           "villa is the city"),
    E("lj06-2", AGR, D, C(None, "exchange through a third country"), "UA", "RU",
      evidence="the two delegations had agreed on a single concrete step: an exchange of 300 prisoners of war on each side",
      note="the prisoner-exchange agreement reached on Wednesday: an agreement without a place (blind49 kz16-12, blind53 "
           "ld11-11); the exchange itself 'within the next two weeks' is future"),
    E("lj06-3", DIP, MON, L("Geneva"), "CH", "UA",
      evidence="The evening before the talks opened, on Monday, the head of the FDFA had received the head of the "
               "Ukrainian delegation for a working dinner",
      note="'The evening before the talks opened, on Monday' -> 16 Feb; the host who receives is actor1 (blind49 call "
           "10); the hotel on the Quai du Mont-Blanc is in Geneva"),
    E("lj06-4", POL, D, C("CH", "Switzerland"), "CH", "UA",
      evidence="the Federal Council in Bern approved a further 120 million francs for humanitarian demining in Ukraine",
      note="a government's aid decision 'On Wednesday morning' at the deciding country (precision 4) although Bern is "
           "named (blind49 call 10)"),
    E("lj06-5", PRO, TUE, L("Geneva"), "CH", None,
      evidence="several hundred people — most of them Ukrainians living in Switzerland and in neighbouring France — "
               "gathered on Tuesday under the Broken Chair",
      note="peaceful rally on the Place des Nations on Tuesday (17 Feb): a protest in Switzerland, actor1 the country "
           "where it happens (blind49 kz12-5)"),
    E("lj06-6", ADS, D, L("Odesa"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      evidence="Overnight into Wednesday, Russian drones hit port infrastructure in Odesa, injuring four people",
      note="'Overnight into Wednesday' -> 18 Feb; 4 injured"),
]
# Not events: 'For the first time in five months' (history), the FDFA's statement (the telling of lj06-2), the exchange
# 'within the next two weeks' through a third country (future), the two sides' positions on a ceasefire (stances,
# conditional 'possible only once'), 'A further round could take place in March' and 'no date has been set' (modal,
# negation), the Russian foreign ministry's warning 'would not negotiate …' (threat). The caption line (text, no glued
# credit) repeats lj06-1; the own-line photo credit is furniture, as are masthead, edition line, menu, cookie banner,
# breadcrumb, byline, date stamp, reading time, audio line, subscription offer, 'Dans la même rubrique' with its two
# headlines, newsletter line and ©.
STATEMENTS = [
    S("Matthias Rüegg", "CH", "six hundred families will see someone come home", "special envoy, FDFA"),
    S("Olena Dovhaniuk", "UA", "the Russian side brought the same paper as last year", "member, Ukrainian delegation"),
    S("Konstantin Ilyasov", "RU", "the Geneva format has shown that it can work when Kyiv is realistic",
      "spokesman, Russian delegation"),
    S("Nadia Vuilleumier", None, "Switzerland's role is to provide the room and the coffee",
      "researcher, Centre for Mediation Studies, Lausanne"),
]
# Not gold: the FDFA statement's "within the next two weeks" and the Russian foreign ministry's "not negotiate under
# the pressure of new sanctions" (institutional fragments).
MUST_NOT = ["Partager sur: WhatsApp · Facebook · LinkedIn · Courriel", "LA TRIBUNE LÉMANIQUE", "Édition anglaise · English edition",
            "Suisse | Monde | Genève | Économie | Culture | Sports | English",
            "Ce site utilise des cookies. This site uses cookies to measure its audience and personalise content. "
            "Accepter | Refuser | Paramétrer",
            "Monde › Guerre en Ukraine", "Claire Dufaux, Genève", "Publié le 18 février 2026 à 19h12 · Mis à jour à 21h40",
            "Temps de lecture: 5 min", "Écouter cet article", "Photo: Lucien Morel / Tribune lémanique",
            "Abonnez-vous: le premier mois pour CHF 1.–", "Dans la même rubrique",
            "Prisoner exchanges: how the ICRC checks the lists", "Genève: sécurité renforcée autour du Palais des Nations",
            "Newsletter «Le Matin lémanique»: l'essentiel chaque jour à 7h",
            "© Tribune lémanique SA, Genève, 2026. Tous droits réservés."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
