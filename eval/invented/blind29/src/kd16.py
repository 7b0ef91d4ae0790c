from common import E, L, R, C, N, W, S, gold

TITLE = "Missiles on New Year's Eve as Kyiv and Moscow swap 82 prisoners each"
TEXT = """IBERIA GLOBAL · English edition
Spain | Europe | World | Economy | Sport | Opinion
Madrid - 31 DIC 2022 - 19:24 CET
Escuchar noticia · 3 min
Missiles on New Year's Eve as Kyiv and Moscow swap 82 prisoners each
Russia fired 20 cruise missiles at Ukraine on Saturday afternoon, hours before the new year, killing at least one person in Kyiv, Ukrainian officials said. Earlier in the day the two countries exchanged prisoners of war for the last time in 2022.

Air defences destroyed 12 of the missiles, the Ukrainian air force said. The missiles were launched from strategic bombers over the Caspian Sea.

In Kyiv, a missile hit a residential building in the Shevchenkivskyi district, killing a woman and injuring 13 people, the city's military administration said. In Khmelnytskyi, falling debris injured three people and damaged several houses, the regional governor said. In Mykolaiv, a missile struck a sports facility; no one was hurt.
A rescue worker carries a resident out of a damaged building in Kyiv on Saturday. Photo: Oleksii Chumak/Iberia Global
The attack came two days after Thursday's barrage, one of the largest of the war, which again left millions of Ukrainians without power. In Kherson, Russian shelling damaged the regional children's hospital on Friday; there were no casualties, the regional administration said.
Publicidad
In the morning, 82 Ukrainian servicemen and civilians returned home in an exchange in the Sumy region on the border with Russia, and Moscow received the same number, Ukraine's presidential office said. Among those returned were soldiers who had defended Mariupol.

"I had stopped hoping that I would hear his voice this year. He called me from the bus and said, 'Mum, set the table,'" said Svitlana Koval, whose son was among those freed.

In his New Year address, the Russian president, surrounded by soldiers at a military headquarters, said the country was fighting for its "sovereignty". Ukraine's president told Ukrainians that 2023 would be "the year of our victory".

In Madrid, the government has promised a further delivery of air-defence equipment in the first months of the year. Spain's defence ministry has not said whether it will send Leopard 2 tanks, which Kyiv has requested.

"Moscow is trying to break morale through the winter, but every wave also costs it missiles it can no longer replace quickly," said Carmen Olano, a researcher at the Atlantic Institute for Defence Studies in Madrid.
Follow Iberia Global English on X
Archived in: Guerra de Ucrania · Rusia · Kyiv · Prisoners of war
© EDICIONES IBERIA GLOBAL S.L.
"""
DOC = {"id": "kd16", "date": "2022-12-31", "source": "Iberia Global (Spanish daily, English edition)",
       "url": "https://iberiaglobal.example/en/international/2022-12-31/missiles-new-years-eve-prisoner-swap.html",
       "text": TEXT}

D = "2022-12-31"
AF = "Ukrainian Air Force"
EVENTS = [
    E("kd16-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(20))], fat=N(1, "at_least"), claimant=AF,
      note="'20 cruise missiles … on Saturday afternoon, killing at least one person in Kyiv': country wave; the "
           "launch area over the Caspian Sea gives no event"),
    E("kd16-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("cruise_missile", intercepted=N(12))],
      parent="kd16-1", claimant=AF, note="'destroyed 12 of the missiles'"),
    E("kd16-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Shevchenkivskyi district)"), "RU", "UA", fat=N(1),
      inj=N(13), weapons=[W("cruise_missile")], parent="kd16-1", claimant="Kyiv city military administration",
      note="woman killed, 13 injured; the caption (with its glued credit) repeats the Kyiv strike"),
    E("kd16-4", "missile_artillery_strike", D, L("Khmelnytskyi"), "RU", "UA", inj=N(3), weapons=[W("cruise_missile")],
      parent="kd16-1", note="'falling debris injured three people'"),
    E("kd16-5", "missile_artillery_strike", D, L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile")], parent="kd16-1", note="sports facility hit, 'no one was hurt' -> 0/0"),
    E("kd16-6", "missile_artillery_strike", "2022-12-29", C("UA", "Ukraine"), "RU", "UA",
      note="recalled 'Thursday's barrage' (Sat 31 Dec -> Thu 29): a country wave with a resolvable day, required; "
           "no counts; the outages 'again left millions … without power' belong to it (not separately coded)"),
    E("kd16-7", "infrastructure_disruption", "2022-12-29", C("UA", "Ukraine"), "RU", "UA", optional=True,
      parent="kd16-6", note="'left millions of Ukrainians without power' after Thursday's barrage: optional (told in passing)"),
    E("kd16-8", "missile_artillery_strike", "2022-12-30", L("Kherson", 1, "Kherson (regional children's hospital)"),
      "RU", "UA", fat=N(0), inj=N(0), claimant="Kherson regional administration",
      note="'Russian shelling damaged the regional children's hospital on Friday; there were no casualties' -> 0/0"),
    E("kd16-9", "agreement", D, R("UA-59", "Sumy region (border with Russia)"), "UA", "RU",
      note="prisoner exchange 'In the morning' (82 for 82) 'in the Sumy region on the border with Russia': an "
           "agreement at region precision"),
]
STATEMENTS = [
    S("Svitlana Koval", "UA", "I had stopped hoping that I would hear his voice this year", "mother of a freed prisoner"),
    S("Carmen Olano", None, "every wave also costs it missiles it can no longer replace quickly",
      "researcher, Atlantic Institute for Defence Studies"),
]
MUST_NOT = ["IBERIA GLOBAL · English edition", "Spain | Europe | World | Economy | Sport | Opinion",
            "Madrid - 31 DIC 2022 - 19:24 CET", "Escuchar noticia · 3 min", "Publicidad",
            "Follow Iberia Global English on X", "Archived in: Guerra de Ucrania · Rusia · Kyiv · Prisoners of war",
            "© EDICIONES IBERIA GLOBAL S.L."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
