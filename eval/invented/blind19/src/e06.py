from common import E, L, R, C, N, W, S, gold

TITLE = "Two detained in Vilnius over alleged arson plot for Russian intelligence; decoy drone crashes near Rēzekne"
TEXT = """BALTIJOS ŽINIOS
LT | EN | RU | PL
Naujienos › Lithuania › Security
Two detained in Vilnius over alleged arson plot for Russian intelligence; decoy drone crashes near Rēzekne
2026-02-17 14:05 (EET)
▶ Listen to this article · 3:12
Lithuanian officers detained two men in Vilnius on Sunday on suspicion of preparing an arson attack on a logistics warehouse on the orders of Russian military intelligence, the Prosecutor General's Office said on Tuesday.

The suspects, a 24-year-old Lithuanian citizen and a 31-year-old citizen of a third country, were detained in the Naujininkai district with canisters of fuel and a remote ignition device, prosecutors said. A court in Vilnius on Monday remanded both in custody for three months.

"These were not amateurs. They were paid, instructed and monitored by handlers in Russia," the head of the prosecutor's organised crime division, Rasa Kairienė, told a news conference. "The target was a warehouse that stores humanitarian cargo for Ukraine."

She said the men had received 6,000 euros in cryptocurrency and had filmed the warehouse twice in January. Russia's embassy in Vilnius did not respond to a request for comment.

Gerbera drone in Latgale

In neighbouring Latvia, a drone crashed in a forest near Rēzekne, in the east of the country, on Monday evening. Nobody was injured. The Latvian armed forces said it was a Russian Gerbera decoy drone of the kind used in attacks on Ukraine, which had probably flown in from Belarus.

"We saw it on radar for eleven minutes," a spokesman for the Latvian National Armed Forces said. "It did not carry a warhead."

Latvia's prime minister, speaking in Riga on Tuesday, said the government would ask NATO allies for additional counter-drone systems along the eastern border.

Lithuania's parliament on Tuesday approved the transfer of a further batch of 155mm artillery ammunition to Ukraine, with 118 votes in favour and 3 against.

Autorius: Gintaras Mockus, BŽ naujienų tarnyba
Gintaras Mockus covers security and defence for Baltijos Žinios. Contact: g.mockus@baltijoszinios.example
Share: Facebook · X · Telegram · Copy link
Susiję: Sabotage cases in Lithuania since 2024 – a timeline
© Baltijos Žinios, 2026. Visos teisės saugomos. Naudojant BŽ informaciją, nuoroda į šaltinį privaloma.
"""
DOC = {"id": "e06", "date": "2026-02-17", "source": "Baltijos Žinios (Lithuanian daily, English edition)",
       "url": "https://www.baltijoszinios.example/en/security/vilnius-arson-plot-gru-rezekne-drone-2026-02-17",
       "text": TEXT}

EVENTS = [
    E("e06-1", "arrest", "2026-02-15", L("Vilnius", 1, "Vilnius (Naujininkai district)"), "LT", None,
      claimant="Prosecutor General's Office",
      note="detained 'on Sunday' (15 Feb) in a Tuesday page; the remand 'on Monday' is the same case (no separate "
           "event); the planned arson did not happen"),
    E("e06-2", "air_drone_strike", "2026-02-16", L("Rezekne", 2, "near Rēzekne"), "RU", "LV", fat=N(0), inj=N(0),
      weapons=[W("drone", "Gerbera")], claimant="Latvian armed forces",
      note="Russian decoy drone crashed in a forest 'near Rēzekne' on Monday evening: foreign drone on NATO soil "
           "(blind4 call 9), precision 2; 'Nobody was injured' = 0/0"),
    E("e06-3", "policy_decision", "2026-02-17", L("Vilnius"), "LT", "UA",
      note="parliament approved the ammunition transfer on Tuesday (vote): a decision taken; place from the Seimas "
           "(Vilnius) though the sentence names no city"),
]
STATEMENTS = [
    S("Rasa Kairienė", "LT", "They were paid, instructed and monitored by handlers in Russia",
      "head of the prosecutor's organised crime division"),
    S("Rasa Kairienė", "LT", "The target was a warehouse that stores humanitarian cargo for Ukraine",
      "head of the prosecutor's organised crime division"),
    S("Latvian National Armed Forces", "LV", "We saw it on radar for eleven minutes", "unnamed spokesman"),
    S("Latvian National Armed Forces", "LV", "It did not carry a warhead", "unnamed spokesman"),
]
MUST_NOT = ["BALTIJOS ŽINIOS", "LT | EN | RU | PL", "Naujienos › Lithuania › Security", "2026-02-17 14:05 (EET)",
            "▶ Listen to this article · 3:12", "Autorius: Gintaras Mockus, BŽ naujienų tarnyba",
            "Gintaras Mockus covers security and defence for Baltijos Žinios. Contact: g.mockus@baltijoszinios.example",
            "Share: Facebook · X · Telegram · Copy link",
            "Susiję: Sabotage cases in Lithuania since 2024 – a timeline",
            "© Baltijos Žinios, 2026. Visos teisės saugomos. Naudojant BŽ informaciją, nuoroda į šaltinį privaloma."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
