from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Train schedule changes after night attacks on railway infrastructure"
TEXT = """UKRZALIZNYTSIA
JSC Ukrainian Railways · Passenger information
Buy a ticket | Timetable | Train status | Ticket refunds | Help
Українська | English
News › Passenger information
Train schedule changes after night attacks on railway infrastructure
25.02.2025 · 07:55
Dear passengers!

Overnight, Russian drones attacked railway infrastructure in Kharkiv region. In Lozova, the locomotive depot and a section of the contact network were damaged; two railway workers were injured and received medical help.

Because of the damage, trains passing through Lozova are running late:
🚆 No. 79/80 Kyiv – Kramatorsk — delay of up to 3 hours;
🚆 No. 63/64 Lviv – Kramatorsk — delay of up to 2 hours 40 minutes;
🚆 No. 119/120 Odesa – Kharkiv — routed via Poltava, the stop in Lozova is cancelled.

In Sumy region, at 06:40, an enemy drone struck a diesel train on the section between Vorozhba and Bilopillia. The driver's assistant was injured. None of the 11 passengers was hurt; they were taken to Vorozhba by bus. Suburban trains on this section are cancelled today.

In Donetsk region, the station area in Sloviansk was fired on from multiple rocket launchers yesterday evening, and the contact network was damaged. No one was hurt. Until repairs are completed, from today the Kyiv – Sloviansk train terminates at Barvinkove; a shuttle bus runs from Barvinkove to Sloviansk.

Shostka station, damaged in a drone attack on Saturday, is receiving passenger trains again from today.

"Both depot workers were on the night shift and were changing a pantograph when the drones came in. The depot will keep working, with fewer people inside," said Ihor Savchuk, spokesman of the passenger company.

Tickets for delayed trains can be returned without a fee until the departure of the train from the passenger's station.
Follow the status of your train in the app or in our Telegram bot
Hotline 0 800 503 111 (free of charge within Ukraine)
© 2025 JSC Ukrainian Railways
"""
DOC = {"id": "ku10", "date": "2025-02-25", "source": "Ukrzaliznytsia (railway operator, passenger notice)",
       "url": "https://uz-passenger.example/en/news/2025-02-25-schedule-changes", "text": TEXT}

D, Y, SAT = "2025-02-25", "2025-02-24", "2025-02-22"
UZ = "Ukrzaliznytsia"
EVENTS = [
    E("ku10-1", ADS, D, L("Lozova"), "RU", "UA", inj=N(2), claimant=UZ, weapons=[W("drone")],
      note="'Overnight, Russian drones attacked railway infrastructure … In Lozova, the locomotive depot … damaged; two "
           "railway workers were injured': the night of a morning notice = 25 February"),
    E("ku10-2", DIS, D, L("Lozova"), "RU", "UA", parent="ku10-1", claimant=UZ,
      note="'trains passing through Lozova are running late' (three trains listed: delays and a route via Poltava are "
           "one rail disruption, blind41 kr10-8)"),
    E("ku10-3", ADS, D, H("Vorozhba", "Vorozhba–Bilopillia section"), "RU", "UA", inj=N(1), claimant=UZ,
      weapons=[W("drone")],
      note="'at 06:40, an enemy drone struck a diesel train on the section between Vorozhba and Bilopillia': a stretch "
           "of track between two towns = precision 2 at the first named; the driver's assistant injured (the 11 "
           "passengers unhurt, but the injured count is 1)"),
    E("ku10-4", DIS, D, H("Vorozhba", "Vorozhba–Bilopillia section"), "RU", "UA", parent="ku10-3", claimant=UZ,
      note="'Suburban trains on this section are cancelled today'"),
    E("ku10-5", MAS, Y, L("Sloviansk"), "RU", "UA", fat=N(0), inj=N(0), claimant=UZ, weapons=[W("mlrs")],
      note="passive 'the station area in Sloviansk was fired on from multiple rocket launchers yesterday evening' -> 24 "
           "February; 'No one was hurt' -> 0/0"),
    E("ku10-6", DIS, D, L("Sloviansk"), "RU", "UA", parent="ku10-5", claimant=UZ,
      note="'from today the Kyiv – Sloviansk train terminates at Barvinkove': the service to Sloviansk is cut (the place "
           "of the disruption is Sloviansk, Barvinkove only the new terminus); dated today, the day it is in force"),
    E("ku10-7", ADS, SAT, L("Shostka"), "RU", "UA", claimant=UZ, weapons=[W("drone")],
      note="recalled 'Shostka station, damaged in a drone attack on Saturday': Tuesday 25 February -> Saturday 22 "
           "February, a resolvable day -> required; casualties not stated; the reopening 'from today' is no event"),
]
# Not events: the workers 'received medical help' (part of ku10-1), the bus for the passengers and the shuttle bus
# (arrangements), the reopening of Shostka station (restoration), the fee-free refunds (service rule), 'The depot will
# keep working' (intention). The site header, menus, the status/bot line, the hotline and © are furniture.
STATEMENTS = [
    S("Ihor Savchuk", "UA", "Both depot workers were on the night shift and were changing a pantograph",
      "spokesman of Ukrzaliznytsia's passenger company"),
]
MUST_NOT = ["UKRZALIZNYTSIA", "JSC Ukrainian Railways · Passenger information",
            "Buy a ticket | Timetable | Train status | Ticket refunds | Help", "Українська | English",
            "News › Passenger information", "25.02.2025 · 07:55",
            "Follow the status of your train in the app or in our Telegram bot",
            "Hotline 0 800 503 111 (free of charge within Ukraine)", "© 2025 JSC Ukrainian Railways"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
