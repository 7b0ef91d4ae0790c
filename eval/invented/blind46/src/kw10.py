from common import E, L, R, C, N, W, S, gold

TITLE = "Finland sends €180m defence package to Ukraine; Russian helicopters suspected of airspace breach off Loviisa"
TEXT = """POHJOLA NEWS
Suomeksi | På svenska | In English
News | Weekend | Podcasts | Sport | Weather
Finland sends €180m defence package to Ukraine; Russian helicopters suspected of airspace breach off Loviisa
11.6. 14:22 • Updated 11.6. 16:05
Image: Pohjola / Mikko Saari
The government on Wednesday approved Finland's 30th package of defence materiel for Ukraine, worth around 180 million euros, the Ministry of Defence said. For security reasons its contents will not be disclosed, although the defence minister said it included air defence equipment and artillery ammunition.

The decision came at the government's plenary session, hours after the Finnish Border Guard said that two Russian military helicopters were suspected of violating Finnish airspace off Loviisa, in the eastern Gulf of Finland, on Tuesday afternoon.

According to the Border Guard, the helicopters flew about 2.5 kilometres into Finnish airspace and stayed there for around four minutes. A Border Guard patrol aircraft was in the area at the time.

"We followed the route in real time and we have a clear picture of it. A preliminary investigation has been opened," said Commander Jari Leppälä of the Gulf of Finland Coast Guard District.

The Defence Forces did not say whether fighter jets had been scrambled.

On Wednesday morning, the Foreign Ministry summoned Russia's chargé d'affaires in Helsinki and handed over a protest note. Moscow's foreign ministry replied that Russian aircraft "strictly observe international rules" and warned that what it called the militarisation of the border would not go unanswered.

It is the third suspected violation of Finnish airspace this year.

"Helicopter incursions are a cheap way to test reaction times. The answer has to be boringly consistent," said Katri Heikkilä, a researcher at the Finnish Institute of Defence Policy.

On Monday, Parliament voted to withdraw Finland from the Ottawa Convention banning anti-personnel landmines, citing the threat from Russia.

In Ukraine, a Russian drone hit a residential building in Kharkiv overnight that also houses a community centre run by the Finnish charity Apu Ukrainalle. Three people were injured, the city's mayor said; none of the charity's staff were among them.

"Finland's help matters most now, when many in Europe are tired," Ukraine's ambassador to Finland, Oleksandr Koval, told Pohjola News.

Finland's president is due to attend the NATO summit in The Hague at the end of the month.

Latest in English
Helsinki airport sets passenger record for May
Pohjola News on Instagram and Bluesky
"""
DOC = {"id": "kw10", "date": "2025-06-11", "source": "Pohjola News (Finnish public broadcaster, English service)",
       "url": "https://pohjola.example/news/3-12940587", "text": TEXT}

D, Y, MON = "2025-06-11", "2025-06-10", "2025-06-09"
EVENTS = [
    E("kw10-1", "policy_decision", D, C("FI", "Finland"), "FI", "UA",
      note="'The government on Wednesday approved Finland's 30th package of defence materiel for Ukraine': aid "
           "decision at the deciding country, precision 4 (brief convention)"),
    E("kw10-2", "military_mobilization", Y, L("Loviisa", 2, "off Loviisa, eastern Gulf of Finland"), "RU", "FI",
      claimant="Finnish Border Guard",
      note="two Russian military helicopters 'suspected of violating Finnish airspace off Loviisa … on Tuesday "
           "afternoon' (10 Jun): an airspace violation is military_mobilization RU->FI (blind41 kr11), off X = "
           "precision 2; 'suspected' is the Border Guard's investigative wording, the flight itself is reported"),
    E("kw10-3", "diplomatic_contact", D, L("Helsinki"), "FI", "RU",
      note="'On Wednesday morning, the Foreign Ministry summoned Russia's chargé d'affaires in Helsinki': a summons in "
           "the named capital"),
    E("kw10-4", "policy_decision", MON, C("FI", "Finland"), "FI", None, optional=True,
      note="'On Monday, Parliament voted to withdraw Finland from the Ottawa Convention … citing the threat from "
           "Russia': a defence decision prompted by the war but not about it (no aid, sanction or permission) -> "
           "optional"),
    E("kw10-5", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="'a Russian drone hit a residential building in Kharkiv overnight': 3 injured ('none of the charity's staff' "
           "is a subset, not a count)"),
]
# Not events: the contents 'will not be disclosed', the Border Guard patrol aircraft 'in the area' (presence), 'did
# not say whether fighter jets had been scrambled' (no scramble reported), Moscow's warning that the militarisation
# 'would not go unanswered' (threat), 'the third suspected violation … this year' (tally), the president 'due to attend'
# the NATO summit (future), the 'Latest in English' headline (furniture).
STATEMENTS = [
    S("Jari Leppälä", "FI", "A preliminary investigation has been opened",
      "commander, Gulf of Finland Coast Guard District"),
    S("Katri Heikkilä", None, "The answer has to be boringly consistent",
      "researcher, Finnish Institute of Defence Policy"),
    S("Oleksandr Koval", "UA", "Finland's help matters most now", "Ukrainian ambassador to Finland"),
    S("Russian Foreign Ministry", "RU", "strictly observe international rules", "Russian Foreign Ministry"),
]
# Not gold: the defence minister and the mayor (title only, reported speech).
MUST_NOT = ["POHJOLA NEWS", "Suomeksi | På svenska | In English", "News | Weekend | Podcasts | Sport | Weather",
            "11.6. 14:22 • Updated 11.6. 16:05", "Image: Pohjola / Mikko Saari", "Latest in English",
            "Helsinki airport sets passenger record for May", "Pohjola News on Instagram and Bluesky"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
