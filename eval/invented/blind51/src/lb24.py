from common import E, L, R, C, N, W, S, gold

TITLE = "Finland keeps eastern border closed, approves 30th defence package for Ukraine"
TEXT = """POHJOLAN SANOMAT
In English | Suomeksi | På svenska
Kotimaa · Ulkomaat · Talous · Kulttuuri · Urheilu
Published 12.3.2026 at 14:05 | Updated 12.3.2026 at 16:30
Finland keeps eastern border closed, approves 30th defence package for Ukraine
All crossing points on Finland's eastern border will stay closed until further notice, the government decided on Thursday, citing continued "hybrid pressure" from Russia. The interior minister announced the decision after the government's plenary session in Helsinki.
Kuva: Anni Virtanen / Pohjolan Sanomat

At the same session, ministers approved Finland's 30th defence materiel package for Ukraine, worth €198 million. Its contents will not be disclosed, in line with earlier practice.

A day earlier, Ukraine's defence minister met his Finnish counterpart at the defence ministry in Helsinki, where the two discussed the joint production of drones and the training of Ukrainian air-defence crews in Finland.

Officials said a partial reopening could be considered if the situation changed significantly, but gave no timetable. The border has been closed since December 2023.

"Closing the border was never meant to be permanent, but nothing we see on the Russian side suggests we could open it safely," said Jussi Hakala, a researcher at the Lapland Institute for Security Studies.
Tilaa uutiskirje – the day's most important news in your inbox every morning
Lue myös: Eduskunta hyväksyi puolustusbudjetin korotuksen
Pohjolan Sanomat noudattaa Journalistin ohjeita. Corrections: korjaukset@pohjolansanomat.example
"""
DOC = {"id": "lb24", "date": "2026-03-12", "source": "Pohjolan Sanomat (Finnish newspaper website, English section)",
       "url": "https://pohjolansanomat.example/en/art-2000011482731.html", "text": TEXT}

D = "2026-03-12"
WED = "2026-03-11"
EVENTS = [
    E("lb24-1", "policy_decision", D, C("FI", "Finland"), "FI", "RU",
      evidence="All crossing points on Finland's eastern border will stay closed until further notice, the government "
               "decided on Thursday",
      note="the government 'decided on Thursday' (publication day) to keep the eastern border closed against Russia's "
           "'hybrid pressure': a government decision about the war at the deciding country (precision 4), even though "
           "the session was in Helsinki (blind43 call 10)"),
    E("lb24-2", "policy_decision", D, C("FI", "Finland"), "FI", "UA",
      evidence="ministers approved Finland's 30th defence materiel package for Ukraine, worth €198 million",
      note="'At the same session' (Thursday): the aid package, a second decision the same day = a second event "
           "(blind43 call 10)"),
    E("lb24-3", "diplomatic_contact", WED, L("Helsinki"), "UA", "FI",
      evidence="Ukraine's defence minister met his Finnish counterpart at the defence ministry in Helsinki",
      note="'A day earlier' (Wednesday 11 Mar): the Ukrainian minister 'met' his counterpart in Helsinki: a meeting "
           "at a named place, the visitor as actor1"),
]
# Not events (purely political page): the contents 'will not be disclosed', a reopening 'could be considered if …'
# (conditional), 'closed since December 2023' (history), 'nothing we see … suggests we could' (opinion), the training
# in Finland (topic of the talks, no event).
STATEMENTS = [
    S("Jussi Hakala", None, "Closing the border was never meant to be permanent",
      "researcher, Lapland Institute for Security Studies"),
]
# Not gold: "hybrid pressure" (fragment).
MUST_NOT = ["POHJOLAN SANOMAT", "In English | Suomeksi | På svenska", "Kotimaa · Ulkomaat · Talous · Kulttuuri · Urheilu",
            "Published 12.3.2026 at 14:05 | Updated 12.3.2026 at 16:30", "Kuva: Anni Virtanen / Pohjolan Sanomat",
            "Tilaa uutiskirje – the day's most important news in your inbox every morning",
            "Lue myös: Eduskunta hyväksyi puolustusbudjetin korotuksen",
            "Pohjolan Sanomat noudattaa Journalistin ohjeita. Corrections: korjaukset@pohjolansanomat.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
