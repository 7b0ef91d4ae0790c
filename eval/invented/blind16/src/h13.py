from common import E, L, R, C, N, W, S, gold

TITLE = "Nordic ministers agree joint shell purchase for Ukraine as Budapest threatens repayment row"
TEXT = """PALISADE
Politics · Defence · Energy · Trade · Newsletters · Podcasts
DEFENCE
Nordic ministers agree joint shell purchase for Ukraine as Budapest threatens repayment row
The deal is meant to get ammunition to the front faster than EU schemes, but questions remain over who pays.
By Henrik Solvang
February 21, 2024 7:02 am CET
5 minutes read
🎁 Gift this article | 🔗 Copy link | 🔖 Save
OSLO — Defence ministers of the five Nordic countries agreed in Oslo on Tuesday to jointly buy 250,000 artillery shells for Ukraine from producers outside the European Union, in a deal officials say could deliver ammunition months earlier than existing EU schemes.

The ministers signed a letter of intent at a meeting hosted by Norway's defence minister, Eirik Haugland, who said the first deliveries were expected in May. "We are not waiting for others. Every week that passes without shells costs Ukrainian lives," Haugland told reporters after the meeting.

Denmark's parliament approved the country's share of 1.1 billion kroner on Monday. Sweden will decide on its contribution next month, its defence ministry said, and Finland and Iceland are expected to follow.

Kyiv welcomed the deal. "This is exactly the kind of speed we need," said Oksana Rudenko, Ukraine's deputy defence minister, who attended the Oslo meeting by video link.

Under the terms of the letter, Ukraine may use the shells only on its internationally recognised territory, including Crimea. Norway's defence ministry denied a Russian media report that Norwegian instructors were already training Ukrainian artillery crews inside Ukraine.

Budapest was quick to object. Hungary could block any attempt to reimburse the Nordic governments through the EU's European Peace Facility, a foreign ministry spokesman, Zoltán Bérczi, said on Tuesday evening. "Hungary will not pay for weapons that prolong the war," he said.

The Russian embassy in Oslo warned of "consequences" and said that any shells delivered under the deal would be "legitimate targets" once they entered Ukraine.

Washington has still not passed its own aid package, and Berlin is weighing whether to join the Nordic scheme or to expand its own contracts with German producers. A German official said a decision could come before the NATO defence ministers' meeting in June.

Will the shells reach the front before the summer? Producers in South Korea and Türkiye have offered spare capacity, but delivery times depend on export licences that have not yet been granted.

The meeting came hours after a Russian drone attack on the Odesa region early on Tuesday injured two people at a port facility, the regional governor said.

Analysts say the Nordic deal reflects growing frustration with the pace of joint European procurement. "Small groups of countries with money and political will can move faster than twenty-seven governments, but they also fragment the market," said Lena Brandt, a defence economist at the Hamburg Institute for Security Policy. She said the real test would be whether producers could expand their output rather than simply redirect shells from other customers.

Ukraine has received about a third of the one million shells the EU promised in March 2023, according to EU officials.

Sign up for Palisade's Defence Brief, every Wednesday morning.
More from Palisade: Why Europe's ammunition plants cannot keep up
© 2024 Palisade Media GmbH
"""
DOC = {"id": "h13", "date": "2024-02-21", "source": "Palisade (European politics site)",
       "url": "https://www.palisade.example/article/nordic-joint-shell-purchase-ukraine-oslo", "text": TEXT}

T, M = "2024-02-20", "2024-02-19"
EVENTS = [
    E("h13-1", "diplomatic_contact", T, L("Oslo"), None, None,
      note="meeting of the five Nordic defence ministers in Oslo 'on Tuesday' (Ukraine by video link); several states: "
           "sides null"),
    E("h13-2", "policy_decision", T, L("Oslo"), None, "UA", family=["agreement"],
      note="letter of intent signed to jointly buy 250,000 shells for Ukraine: a decision actually taken; several "
           "states: actor1 null; 'first deliveries … expected in May' is a plan"),
    E("h13-3", "policy_decision", M, L("Copenhagen"), "DK", "UA",
      note="Danish parliament approved its share 'on Monday' (parliament placed in the capital)"),
    E("h13-4", "air_drone_strike", T, R("UA-51", "Odesa region"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'early on Tuesday' (the meeting came hours after it): port facility not located beyond the region"),
]
STATEMENTS = [
    S("Eirik Haugland", "NO", "Every week that passes without shells costs Ukrainian lives", "Norwegian defence minister"),
    S("Oksana Rudenko", "UA", "exactly the kind of speed we need", "Ukraine's deputy defence minister"),
    S("Lena Brandt", None, "Small groups of countries with money and political will can move faster",
      "defence economist, Hamburg Institute for Security Policy"),
    S("Zoltán Bérczi", "HU", "Hungary will not pay for weapons that prolong the war",
      "Hungarian foreign ministry spokesman"),
]
MUST_NOT = ["PALISADE", "Politics · Defence · Energy · Trade · Newsletters · Podcasts", "DEFENCE",
            "By Henrik Solvang", "February 21, 2024 7:02 am CET", "5 minutes read",
            "🎁 Gift this article | 🔗 Copy link | 🔖 Save",
            "Sign up for Palisade's Defence Brief, every Wednesday morning.",
            "More from Palisade: Why Europe's ammunition plants cannot keep up", "© 2024 Palisade Media GmbH"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
