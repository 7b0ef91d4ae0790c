from common import E, L, R, C, N, W, S, gold

TITLE = "Russian helicopter crosses into Estonian airspace near Narva, Tallinn summons envoy"
TEXT = """BALTIC MORNING POST
Riga · Tallinn · Vilnius
EN | LV | RU
Friday, 10 November 2023
SECURITY
Russian helicopter crosses into Estonian airspace near Narva, Tallinn summons envoy
A Russian military helicopter entered Estonian airspace without permission on Thursday evening, staying over Estonian territory for about two minutes, the Estonian Defence Forces said on Friday.

The Mi-8 helicopter crossed the border near the Narva reservoir at 18:42 and did not respond to calls from air traffic control, according to the military. It had its transponder switched off and had not filed a flight plan.

"It was a short incursion, but it was not an accident. The crew knew exactly where the border is," said Major Kaido Tamm, a spokesman for the Estonian Defence Forces.

An Estonian Defence Forces patrol near the Narva reservoir, November 2023. Photo: EDF

Estonia's Foreign Ministry summoned the Russian chargé d'affaires in Tallinn on Friday morning and handed him a note of protest. "We expect an explanation, and we expect it not to happen again," Estonia's foreign minister told reporters after the meeting. The Russian embassy did not respond to a request for comment.

It was the fourth violation of Estonian airspace by a Russian aircraft this year, the Defence Forces said.

Further south, Polish F-16s on NATO's Baltic air policing mission were scrambled twice from Šiauliai air base in Lithuania on Thursday to identify Russian aircraft flying over the Baltic Sea without transponders, Lithuania's armed forces reported. The first scramble was for an Il-20 reconnaissance plane, the second for a pair of Su-30 fighters escorting a transport aircraft towards the Kaliningrad exclave. Neither group entered Allied airspace.

Meanwhile in Latvia, the State Security Service (VDD) detained a 42-year-old Riga resident on Wednesday on suspicion of collecting information about military infrastructure in Latgale for Russia's intelligence services. The man, a Latvian citizen, faces up to eight years in prison if convicted.

"The detainee photographed military objects and sent the images to a contact person in Russia through a messaging app," the VDD said in a statement, adding that he had been paid in cryptocurrency.

Security analysts in the region have warned for months that Russia is testing the Baltic states' responses. "These are small probes, and the point is to see how fast we react and how loudly we complain," said Ilze Bērziņa, a researcher at the Riga Centre for Security Studies.

Estonia, Latvia and Lithuania, all members of NATO and the European Union, have been among Ukraine's most vocal supporters since Russia's full-scale invasion in February 2022.

Comments (14)
Log in to comment
Most read this week
Riga port traffic falls for third month in a row
Lithuania extends state of emergency on Belarus border
Tallinn tram strike called off
Baltic Morning Post is published by BMP Media SIA, Riga. All rights reserved.
"""
DOC = {"id": "b06", "date": "2023-11-10", "source": "Baltic Morning Post (Riga, English edition)",
       "url": "https://balticmorningpost.example/en/security/2023/11/10/russian-helicopter-estonian-airspace-narva",
       "text": TEXT}

D, Y = "2023-11-10", "2023-11-09"
EVENTS = [
    E("b06-1", "military_mobilization", Y, L("Narva", 2, "near the Narva reservoir"), "RU", "EE",
      claimant="Estonian Defence Forces",
      note="airspace violation by a Russian Mi-8 'on Thursday evening' = 9 November: a military movement into a NATO "
           "state without an attack -> military_mobilization (Strategic developments/Other); 'near the Narva "
           "reservoir' = precision 2 at Narva"),
    E("b06-2", "diplomatic_contact", D, L("Tallinn"), "EE", "RU", claimant="Estonian Foreign Ministry",
      note="chargé d'affaires summoned 'on Friday morning' in Tallinn"),
    E("b06-3", "military_mobilization", Y, L("Siauliai", 1, "Šiauliai air base"), "PL", "RU",
      claimant="Lithuanian armed forces",
      note="Polish F-16s scrambled twice from Šiauliai on Thursday (scrambled jets = military_mobilization, blind4 call "
           "9); the two scrambles from the same base on the same day are one event; actor1 = the state whose jets flew"),
    E("b06-4", "arrest", "2023-11-08", L("Riga"), "LV", None, claimant="State Security Service (VDD)",
      note="Riga resident detained 'on Wednesday' = 8 November on espionage suspicion; placed at his home city (the "
           "text gives no other place); actor2 null: a Latvian citizen working for Russia"),
]
STATEMENTS = [
    S("Kaido Tamm", "EE", "It was a short incursion, but it was not an accident", "Estonian Defence Forces spokesman"),
    S("Estonia's foreign minister", "EE", "We expect an explanation, and we expect it not to happen again"),
    S("State Security Service (VDD)", "LV", "The detainee photographed military objects"),
    S("Ilze Bērziņa", None, "These are small probes, and the point is to see how fast we react",
      "researcher, Riga Centre for Security Studies"),
]
MUST_NOT = ["BALTIC MORNING POST", "Riga · Tallinn · Vilnius", "EN | LV | RU", "Friday, 10 November 2023", "SECURITY",
            "Comments (14)", "Log in to comment", "Most read this week",
            "Riga port traffic falls for third month in a row", "Lithuania extends state of emergency on Belarus border",
            "Tallinn tram strike called off",
            "Baltic Morning Post is published by BMP Media SIA, Riga. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
