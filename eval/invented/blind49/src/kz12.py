from common import E, L, R, C, N, W, S, gold

TITLE = "Cabinet finds €350 million more for Ukraine's shells as minister sees missile damage in Odesa port"
TEXT = """LOWLANDS DAILY
Dutch news in English
Home | News | Politics | Economy | Society | Features | Podcasts
March 16, 2024
Become a friend of Lowlands Daily from €5 a month
Cabinet finds €350 million more for Ukraine's shells as minister sees missile damage in Odesa port
The caretaker cabinet on Friday approved an extra €350 million in military support for Ukraine this year, most of it to buy artillery ammunition through the Czech-led initiative that sources shells outside Europe.

The money still has to be approved by parliament, but a clear majority of MPs, including the largest party, have said they will support it. Ukraine is firing far more shells than Europe's factories can produce, and the Netherlands has pushed its partners for months to pay for purchases wherever stocks can be found.

"If we do not pay for the shells now, we will pay for a much longer war later," said Sanne Verbeek, the MP who tabled the motion that asked for the extra money.

The decision came a day after the defence minister travelled to Odesa, where she met the head of the regional military administration and port officials and laid flowers at a memorial to the victims of recent strikes.

Her visit was overshadowed by an attack earlier on Thursday. Hours before she arrived, a Russian ballistic missile hit a grain terminal in the port, injuring four dock workers and damaging a bulk carrier moored alongside, according to the port administration. The ship, sailing under the flag of Liberia, is managed by a company in Rotterdam.

"The cranes are working again, but every captain now asks us the same question before he agrees to come in," said Andriy Kulyk, a deputy head of the Odesa port authority.

Earlier this month, on 2 March, a Russian drone destroyed part of an apartment block in Odesa, killing eleven people, five of them children.

The Netherlands has been among Ukraine's most committed backers since flight MH17 was shot down over eastern Ukraine in July 2014, killing 298 people, 196 of them Dutch. The first of the 24 F-16 fighter jets promised by the Netherlands are expected in Ukraine this summer.

On Friday evening, around two hundred people gathered outside the Russian embassy in The Hague, holding portraits of Ukrainian children killed in the war and calling for the jets to be sent sooner.

"We came because the children in those pictures are the same age as ours," said Marloes de Ruiter, one of the organisers.
Also in the news:
Schiphol expects record number of passengers at Easter
Newsletter: get the Lowlands Daily morning update in your inbox
Lowlands Daily © 2024 – Privacy – Cookies
"""
DOC = {"id": "kz12", "date": "2024-03-16", "source": "Lowlands Daily (Dutch news site in English)",
       "url": "https://lowlandsdaily.example/2024/03/cabinet-finds-e350-million-more-for-ukraines-shells/", "text": TEXT}

D, FRI, THU, MAR2 = "2024-03-16", "2024-03-15", "2024-03-14", "2024-03-02"
EVENTS = [
    E("kz12-1", "policy_decision", FRI, C("NL", "Netherlands"), "NL", "UA",
      note="'The caretaker cabinet on Friday approved an extra €350 million in military support for Ukraine': aid at the "
           "deciding country (precision 4); parliament's approval still to come is no event"),
    E("kz12-2", "diplomatic_contact", THU, L("Odesa"), "NL", "UA",
      note="'a day after the defence minister travelled to Odesa, where she met the head of the regional military "
           "administration' (Thursday 14 Mar): a meeting at a named place, the visitor as actor1 (blind43 call 10)"),
    E("kz12-3", "missile_artillery_strike", THU, L("Odesa"), "RU", "UA", inj=N(4), weapons=[W("ballistic_missile")],
      note="'Hours before she arrived, a Russian ballistic missile hit a grain terminal in the port, injuring four dock "
           "workers' (Thursday; 'earlier on Thursday'): the damaged Liberian-flagged ship is part of it"),
    E("kz12-4", "air_drone_strike", MAR2, L("Odesa"), "RU", "UA", fat=N(11), weapons=[W("drone")],
      note="recalled with its date: 'Earlier this month, on 2 March, a Russian drone destroyed part of an apartment block "
           "in Odesa, killing eleven people' -> required"),
    E("kz12-5", "protest", FRI, L("The Hague"), "NL", None,
      note="'On Friday evening, around two hundred people gathered outside the Russian embassy in The Hague': a peaceful "
           "protest in the Netherlands"),
]
# Not events: parliament's approval 'still has to be approved' and MPs 'will support it' (future), 'pushed its partners
# for months' (habitual), the minister laying flowers (part of the visit), MH17 'in July 2014' (history without a day),
# the F-16s 'expected in Ukraine this summer' (plan), the 'Also in the news' item (furniture).
STATEMENTS = [
    S("Sanne Verbeek", "NL", "we will pay for a much longer war later", "MP who tabled the motion"),
    S("Andriy Kulyk", "UA", "every captain now asks us the same question", "deputy head, Odesa port authority"),
    S("Marloes de Ruiter", "NL", "the children in those pictures are the same age as ours", "organiser, The Hague protest"),
]
MUST_NOT = ["LOWLANDS DAILY", "Dutch news in English", "Home | News | Politics | Economy | Society | Features | Podcasts",
            "March 16, 2024", "Become a friend of Lowlands Daily from €5 a month", "Also in the news:",
            "Schiphol expects record number of passengers at Easter",
            "Newsletter: get the Lowlands Daily morning update in your inbox", "Lowlands Daily © 2024 – Privacy – Cookies"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
