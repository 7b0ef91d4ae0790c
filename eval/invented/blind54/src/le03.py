from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Ukraine: Kherson Oblast — shelling hits city bus, water supply cut for 19 hours"
TEXT = """HEARTHSTONE AID INTERNATIONAL
Where we work | What we do | Get involved | News & reports | Donate
News & reports › Situation updates › Ukraine
Ukraine: Kherson Oblast — shelling hits city bus, water supply cut for 19 hours
Situation Update No. 41 | Reporting period: 8–14 November 2023
Published 14 November 2023
Download PDF (412 KB)
KEY DEVELOPMENTS
• On 13 November, artillery shells struck a municipal bus at a stop in Kherson's Dniprovskyi district, killing two passengers and injuring nine.
• Piped water was cut to about 40,000 people in Kherson for 19 hours after shelling damaged a pumping station.
• A Hearthstone-supported health post in Beryslav was destroyed by a guided bomb; both nurses on duty were unhurt.

SITUATION OVERVIEW
Hostilities along the Dnipro River intensified during the reporting period. Between 6 and 12 November, the Kherson Regional Military Administration (RMA) recorded 618 attacks on the oblast, in which nine civilians were killed and 47 injured; more than half of the attacks targeted Kherson city.

The deadliest incident took place at about 08:20 on 13 November, when artillery shells hit a municipal bus as passengers were boarding at a stop in the Dniprovskyi district of Kherson. Two passengers were killed and nine people injured, the driver among them, according to the RMA. Most of those on board were pensioners travelling to the central market.

On the evening of 12 November, shelling damaged the Korabel pumping station in Kherson. About 40,000 residents of the Korabelnyi and Dniprovskyi districts were left without piped water for 19 hours, until repairs were completed on the afternoon of 13 November. Hearthstone trucked 60,000 litres of drinking water to 11 distribution points in the meantime.

On 10 November, a guided aerial bomb destroyed the health post in Beryslav that Hearthstone has supported since March. The two nurses on duty had gone down to the shelter minutes earlier and were not hurt.

Two days later, on 12 November, a drone dropped an explosive charge into the yard of the community centre in Bilozerka where our team had been handing out hygiene kits an hour before. Nobody was injured. Distributions in Bilozerka have since been moved to a basement.

This morning, 14 November, a man cycling to the market in Antonivka, on the eastern edge of Kherson, was seriously injured when a drone attacked him, local authorities reported.

“Our teams now load the trucks at night, because by day the drones hunt anything that moves on the river roads,” said Mireille Dufresne, Hearthstone's country director for Ukraine.

“We heard the whistle and ran for the stairs. When we came back up there was no post left, only the sign,” said Halyna Pasko, one of the two nurses.

HUMANITARIAN RESPONSE
• Hearthstone teams distributed 3,200 hygiene kits and 1,150 food parcels in Kherson, Bilozerka and Komyshany.
• Mobile health teams carried out 412 consultations. A mobile clinic will replace the Beryslav post from 20 November.
• A convoy to the riverside settlements of the Kherson district is planned for 17 November, security permitting.

GAPS AND CONSTRAINTS
Access to the riverside settlements remains extremely limited. Authorities continue to urge families with children to leave, and the number of people asking for evacuation support has doubled since October.
For media enquiries: press@hearthstone-aid.example
Hearthstone Aid International is a registered charity in England and Wales (no. 1098765).
Share: Facebook | LinkedIn | Email
Sign up for our humanitarian updates
"""
DOC = {"id": "le03", "date": "2023-11-14", "source": "Hearthstone Aid International (humanitarian NGO, situation update)",
       "url": "https://www.hearthstone-aid.example/news-reports/ukraine-kherson-situation-update-41", "text": TEXT}

D = "2023-11-14"
N13, N12, N10 = "2023-11-13", "2023-11-12", "2023-11-10"
EVENTS = [
    E("le03-1", MAS, N13, L("Kherson"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("artillery")],
      ev="at about 08:20 on 13 November, when artillery shells hit a municipal bus",
      note="the bus hit by artillery at a stop in the Dniprovskyi district (= the city) 'at about 08:20 on 13 "
           "November': 2 killed, 9 injured; the KEY DEVELOPMENTS bullet repeats it (one event)"),
    E("le03-2", MAS, N12, L("Kherson"), "RU", "UA", weapons=[W("artillery")],
      ev="On the evening of 12 November, shelling damaged the Korabel pumping station in Kherson",
      note="'On the evening of 12 November, shelling damaged the Korabel pumping station': a strike on the city, no "
           "casualties stated -> counts absent"),
    E("le03-3", DIS, N12, L("Kherson"), "RU", "UA", end=N13, prec="range", parent="le03-2",
      ev="were left without piped water for 19 hours, until repairs were completed on the afternoon of 13 November",
      note="about 40,000 residents without piped water for 19 hours, from the evening of 12 November to the "
           "afternoon of 13 November: a disruption with a length -> range 12-13 Nov (the bullet repeats it)"),
    E("le03-4", ADS, N10, L("Beryslav"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      ev="On 10 November, a guided aerial bomb destroyed the health post in Beryslav",
      note="health post in Beryslav destroyed by a guided bomb 'On 10 November'; both nurses 'were not hurt' and "
           "nobody else is mentioned -> 0/0"),
    E("le03-5", ADS, N12, L("Bilozerka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="Two days later, on 12 November, a drone dropped an explosive charge into the yard of the community centre in "
         "Bilozerka",
      note="'Two days later, on 12 November' (the explicit date wins): a drone drop on the community centre yard; "
           "'Nobody was injured' -> 0/0"),
    E("le03-6", ADS, D, L("Antonivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      ev="a man cycling to the market in Antonivka, on the eastern edge of Kherson, was seriously injured when a drone "
         "attacked him",
      note="'This morning, 14 November' (publication day): drone on a cyclist in Antonivka (713304, the suburb of "
           "Kherson, not the village of the same name further south): 1 injured"),
    E("le03-7", MAS, "2023-11-06", R("UA-65", "Kherson region"), "RU", "UA", end=N12, prec="range", agg=True,
      fat=N(9), inj=N(47), family=[ADS],
      ev="Between 6 and 12 November, the Kherson Regional Military Administration (RMA) recorded 618 attacks on the "
         "oblast",
      note="the RMA's tally 'Between 6 and 12 November': 618 attacks, 9 killed, 47 injured in the oblast -> aggregate "
           "range at region level (weapons not named -> both strike types); '618 attacks' counts attacks, not "
           "munitions (blind44 call 1); 'more than half … Kherson city' is a share, not an event"),
]
# Not events: the reporting period line (furniture), 'Hostilities … intensified' (trend), the water trucking and the
# distributions and consultations (response), 'supported since March' (history), distributions 'since … moved to a
# basement' (response), 'A mobile clinic will replace the Beryslav post from 20 November' and the convoy 'planned for
# 17 November' (future), 'Authorities continue to urge families … to leave' (ongoing appeal), requests 'doubled since
# October' (statistic), the KEY DEVELOPMENTS bullets (repeat le03-1, le03-3, le03-4).
STATEMENTS = [
    S("Mireille Dufresne", None, "by day the drones hunt anything that moves on the river roads",
      "country director, Hearthstone Aid International"),
    S("Halyna Pasko", "UA", "When we came back up there was no post left", "nurse, Beryslav health post"),
]
MUST_NOT = ["HEARTHSTONE AID INTERNATIONAL", "Where we work | What we do | Get involved | News & reports | Donate",
            "News & reports › Situation updates › Ukraine", "Situation Update No. 41 | Reporting period: 8–14 November 2023",
            "Published 14 November 2023", "Download PDF (412 KB)", "For media enquiries: press@hearthstone-aid.example",
            "Hearthstone Aid International is a registered charity in England and Wales (no. 1098765).",
            "Share: Facebook | LinkedIn | Email", "Sign up for our humanitarian updates"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
