from common import E, L, R, C, N, W, S, gold

TITLE = "Defence Ministry: Russian military aircraft suspected of violating Finnish airspace off Porvoo"
TEXT = """POHJOLA NEWS
Pohjola News in English | Uutiset | Nyheter
Finland | Politics | Ukraine war | Culture | Weather
Defence Ministry: Russian military aircraft suspected of violating Finnish airspace off Porvoo
11.6.2025 13:08 | updated 11.6.2025 15:40
Listen to this article (2 min)
A Russian military aircraft is suspected of having violated Finnish airspace off Porvoo on Tuesday afternoon, the Defence Ministry said on Wednesday.

According to the ministry, the aircraft, believed to be an Il-20 reconnaissance plane, flew about two and a half kilometres into Finnish airspace over the Gulf of Finland and stayed there for roughly two minutes. Finnish Air Force Hornet fighters were sent to identify it.

"The route and altitude indicate that this was not a navigation error. We take this seriously," said Kristian Lindholm, director of communications at the Defence Ministry. The Border Guard has opened a preliminary investigation.

The Foreign Ministry summoned Russia's chargé d'affaires in Helsinki on Wednesday morning. The foreign minister said Finland could raise the matter with NATO allies if the investigation confirmed the violation, but did not say what steps would follow.

It is the third suspected violation by Russian aircraft this year. In each case the Russian side has denied crossing the border.
Read more: Hornets to get new air-to-ground missiles by 2027
The incident comes a week after the government decided, on Thursday last week, to keep all crossing points on the eastern border closed until further notice. The government has said it would not reopen the crossings unless Russia stops steering migrants to the border.

"Nobody in Kotka or Hamina talks about reopening any more. People have simply stopped planning for it," said Anneli Kärkkäinen, who runs a petrol station near the former Vaalimaa crossing.

In Ukraine, Russian drones struck residential buildings in Kharkiv overnight, killing three people, local officials said.
Share
Pohjola News in English is published by the Pohjola Broadcasting Company.
© Pohjola 2025
"""
DOC = {"id": "ko11", "date": "2025-06-11", "source": "Pohjola News (Finnish broadcaster's news site in English)",
       "url": "https://pohjola.example/news/3-12883021", "text": TEXT}

D, Y = "2025-06-11", "2025-06-10"
EVENTS = [
    E("ko11-1", "military_mobilization", Y, L("Porvoo", 2, "off Porvoo"), "RU", "FI",
      note="suspected airspace violation by a Russian military aircraft 'off Porvoo on Tuesday afternoon' (10 Jun), "
           "about 2.5 km over the Gulf of Finland: military_mobilization RU->FI (blind13 call 9, blind21 call 3); "
           "off X = precision 2 (FI-18); suspected but stated by the ministry -> event"),
    E("ko11-2", "military_mobilization", Y, C("FI", "Finland"), "FI", None,
      note="'Hornet fighters were sent to identify it': the Finnish scramble, no base named -> country"),
    E("ko11-3", "diplomatic_contact", D, L("Helsinki"), "FI", "RU",
      note="Russia's chargé d'affaires summoned 'in Helsinki on Wednesday morning'"),
    E("ko11-4", "policy_decision", "2025-06-05", C("FI", "Finland"), "FI", "RU",
      note="'the government decided, on Thursday last week' (5 Jun) to keep the eastern crossings closed: a recalled "
           "decision with a resolvable day -> required, at the deciding country"),
    E("ko11-5", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", fat=N(3), weapons=[W("drone")],
      note="Russian drones on residential buildings in Kharkiv 'overnight': 3 killed"),
]
# Not events: the Border Guard's preliminary investigation (procedure), Finland 'could raise the matter … if …
# confirmed' (conditional), 'would not reopen … unless' (conditional), 'the third suspected violation … this year'
# (tally), Russian denials in general, Hornets' missiles 'by 2027' (furniture headline, future).
STATEMENTS = [
    S("Kristian Lindholm", "FI", "this was not a navigation error", "director of communications, Finnish Defence Ministry"),
    S("Anneli Kärkkäinen", "FI", "People have simply stopped planning for it", "petrol station owner near Vaalimaa"),
]
MUST_NOT = ["POHJOLA NEWS", "Pohjola News in English | Uutiset | Nyheter",
            "Finland | Politics | Ukraine war | Culture | Weather", "11.6.2025 13:08 | updated 11.6.2025 15:40",
            "Listen to this article (2 min)", "Read more: Hornets to get new air-to-ground missiles by 2027", "Share",
            "Pohjola News in English is published by the Pohjola Broadcasting Company.", "© Pohjola 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
