from common import E, L, R, C, N, W, S, H, gold, MOB, AGC, PRO, DIP, POL

TITLE = "Russian dredger reaches Ochamchire as work on naval base begins; protest outside parliament"
TEXT = """RIONI HERALD
Georgian news in English since 2009
ქართული | English | Русский
Politics | Occupied Territories | Economy | Society | Region | Opinion
19/10/2023 - 12:25
Rioni Herald staff
Russian dredger reaches Ochamchire as work on naval base begins; protest outside parliament
A Russian tugboat and a dredging vessel entered the port of Ochamchire, in Russian-occupied Abkhazia, on Tuesday, the region's Moscow-backed authorities said, in what they described as the start of works to turn the small harbour into a permanent point of basing for Russia's Black Sea Fleet.

The de facto leader of Abkhazia said earlier this month that an agreement on the base had been signed with Moscow and that warships would be stationed there "in the near future". Moscow has not said when.

Georgia's Foreign Ministry said on Wednesday that the works were a flagrant violation of the country's sovereignty and territorial integrity, and called on its partners to respond.

On Wednesday evening, several hundred people, many carrying Ukrainian and EU flags, gathered outside the parliament building on Rustaveli Avenue to protest against the base and against what they called the government's silence. The rally, organised by three opposition parties, passed without incident.

"If a Russian warship can stand in Ochamchire, then the war in the Black Sea is at our door. And our government talks about tourism," said Nino Beridze, an opposition member of parliament, who addressed the crowd.
Share: Facebook · X · Telegram · WhatsApp
Also on Wednesday, Ukraine's deputy foreign minister, Taras Kovalchuk, held talks in Tbilisi with Georgia's first deputy foreign minister on Black Sea security and the safety of shipping.

"Whatever flag they raise over Ochamchire, the ships that will sit there are the ships that fire Kalibrs at Odesa," Kovalchuk told reporters after the meeting.

Two days earlier, on Monday, the government approved the dispatch of another 30 tonnes of medicines and medical equipment to Ukraine, the Health Ministry said. It has again declined to join Western sanctions against Russia, arguing that they would hurt Georgia's economy more than Russia's.

Russia's Foreign Ministry spokeswoman warned that any "provocations" against the future base would receive an "appropriate response".

The Black Sea Fleet has been moving ships away from Sevastopol since Ukrainian missiles and sea drones hit its headquarters and a submarine in dry dock there in September.

"Ochamchire is too shallow for frigates today. The dredger is the real news: it tells you they plan to stay," said Tornike Gelashvili, a researcher at the Caucasus Maritime Institute in Batumi. If the base becomes operational, he said, the ports of Poti and Batumi could find themselves within range of any strike aimed at it.
Tags: Abkhazia, Ochamchire, Black Sea Fleet, Ukraine, protest
Related: Sukhumi airport reopening: what we know
Copying of materials is permitted only with an active hyperlink to Rioni Herald
"""
DOC = {"id": "lo10", "date": "2023-10-19", "source": "Rioni Herald (Georgian news site in English)",
       "url": "https://rioniherald.example/politics/2023/10/19/russian-dredger-ochamchire-naval-base-protest", "text": TEXT}

D, WED, TUE, MON = "2023-10-19", "2023-10-18", "2023-10-17", "2023-10-16"
EVENTS = [
    E("lo10-1", AGC, TUE, L("Ochamchire"), "RU", None, family=[MOB],
      claimant="Abkhazia's de facto authorities",
      note="'A Russian tugboat and a dredging vessel entered the port of Ochamchire … on Tuesday … the start of works to "
           "turn the small harbour into a permanent point of basing for Russia's Black Sea Fleet' (17 Oct): a base being "
           "established = armed_group_change (a deployment of vessels accepted); occupied Abkhazia is Georgia (GE-AB); "
           "no target -> actor2 null"),
    E("lo10-2", PRO, WED, L("Tbilisi"), "GE", None,
      note="'On Wednesday evening, several hundred people … gathered outside the parliament building on Rustaveli Avenue "
           "to protest against the base … passed without incident' (18 Oct): a peaceful protest in Tbilisi"),
    E("lo10-3", DIP, WED, L("Tbilisi"), "UA", "GE",
      note="'Also on Wednesday, Ukraine's deputy foreign minister … held talks in Tbilisi with Georgia's first deputy "
           "foreign minister': a meeting with a named place, the visitor who held talks as actor1 (blind49 call 10)"),
    E("lo10-4", POL, MON, C("GE", "Georgia"), "GE", "UA",
      note="'Two days earlier, on Monday, the government approved the dispatch of another 30 tonnes of medicines … to "
           "Ukraine' (two days before Wednesday = 16 Oct, a Monday: the check agrees): aid decision at the deciding "
           "country"),
]
# Not events: the agreement 'signed' 'earlier this month' and warships 'in the near future' (no day; future), 'Moscow
# has not said when' (negation), the Foreign Ministry's condemnation and call on partners (statement), the government
# 'has again declined to join Western sanctions' (negation), the Russian spokeswoman's warning of an 'appropriate
# response' (threat), the fleet 'moving ships away from Sevastopol since … September' and the hits on its headquarters
# and a submarine 'in September' (history without a day), the researcher's 'If the base becomes operational … could'
# (conditional). The masthead, tagline, language row, menu, date line, staff line, share row, tags, the Related line
# and the copying rule are furniture.
# Not gold statements: the de facto leader's "in the near future" and the Russian spokeswoman's "provocations" and
# "appropriate response" (title-only speakers, fragments).
STATEMENTS = [
    S("Nino Beridze", "GE", "then the war in the Black Sea is at our door", "opposition member of parliament"),
    S("Taras Kovalchuk", "UA", "the ships that will sit there are the ships that fire Kalibrs at Odesa",
      "Ukraine's deputy foreign minister"),
    S("Tornike Gelashvili", None, "The dredger is the real news", "researcher, Caucasus Maritime Institute"),
]
MUST_NOT = ["RIONI HERALD", "Georgian news in English since 2009", "ქართული | English | Русский",
            "Politics | Occupied Territories | Economy | Society | Region | Opinion", "19/10/2023 - 12:25",
            "Rioni Herald staff", "Share: Facebook · X · Telegram · WhatsApp",
            "Tags: Abkhazia, Ochamchire, Black Sea Fleet, Ukraine, protest",
            "Related: Sukhumi airport reopening: what we know",
            "Copying of materials is permitted only with an active hyperlink to Rioni Herald"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo10-1': "A Russian tugboat and a dredging vessel entered the port of Ochamchire, in Russian-occupied Abkhazia, on Tuesday",
    'lo10-2': "On Wednesday evening, several hundred people, many carrying Ukrainian and EU flags, gathered outside the parliament building on Rustaveli Avenue",
    'lo10-3': "Also on Wednesday, Ukraine's deputy foreign minister, Taras Kovalchuk, held talks in Tbilisi with Georgia's first deputy foreign minister",
    'lo10-4': "Two days earlier, on Monday, the government approved the dispatch of another 30 tonnes of medicines and medical equipment to Ukraine",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
