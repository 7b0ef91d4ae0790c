from common import E, L, R, C, N, W, S, gold

TITLE = "Soldiers' wives detained at Novosibirsk rally; Kaliningrad teenager held over photos of a military unit"
TEXT = """СВОБОДНЫЙ БЕРЕГ · FREE SHORE
Читать по-русски
If our site does not open, use a VPN or our mirror at freeshore-mirror.example
News | Investigations | Explainers | Podcast
Soldiers' wives detained at Novosibirsk rally; Kaliningrad teenager held over photos of a military unit
Aug 23, 2025, 11:05
Free Shore news desk
Police in Novosibirsk detained four women on Friday evening after about forty relatives of mobilised soldiers assembled in front of the regional government's headquarters on Krasny Prospekt, demanding that their husbands and sons be brought home.

Our correspondent in Novosibirsk, who was at the scene, counted six police vans parked along the avenue.

The women held up photographs and hand-written posters. After some twenty minutes officers ordered the crowd to disperse, and when several women refused, four of them were led to a bus. All four were released after midnight with reports for "discrediting the army", according to the legal aid project Pravovoy Shchit.

"We have written to every office in the country. Now they tell us that standing on the street is a crime," said Svetlana Kornilova, whose husband has been at the front since October 2022.

In Kaliningrad, the FSB said on Thursday that it had detained a 17-year-old student suspected of photographing a military unit and sending the pictures to "Ukrainian special services" via Telegram. He faces a charge of attempted treason. A court placed him in pre-trial detention on Friday.
Free Shore has been designated an "undesirable organisation" in Russia. Reposting our materials may be punishable.
Support Free Shore: donate from €5 a month
Tags: protests, mobilisation, FSB, Kaliningrad, Novosibirsk
"""
DOC = {"id": "lb09", "date": "2025-08-23", "source": "Free Shore (Russian independent outlet in exile, English)",
       "url": "https://freeshore.example/en/news/2025/08/23/novosibirsk-wives-detained", "text": TEXT}

D = "2025-08-23"
FRI = "2025-08-22"
THU = "2025-08-21"
EVENTS = [
    E("lb09-1", "protest", FRI, L("Novosibirsk"), "RU", "RU", family=["arrest"],
      evidence="Police in Novosibirsk detained four women on Friday evening after about forty relatives of mobilised "
               "soldiers assembled in front of the regional government's headquarters",
      note="relatives' rally in Novosibirsk 'on Friday evening' (22 Aug), four detained: a protest with intervention, "
           "the detentions part of it (arrest accepted, blind41 call 6); the correspondent's line is article text"),
    E("lb09-2", "arrest", THU, L("Kaliningrad"), "RU", None, claimant="FSB",
      evidence="the FSB said on Thursday that it had detained a 17-year-old student",
      note="FSB 'said on Thursday that it had detained' a student in Kaliningrad: no own day -> the claim day (21 Aug, "
           "blind43 call 4)"),
]
# Not events: the release 'after midnight' with reports (end of lb09-1), the husband 'at the front since October
# 2022' (background), the court's pre-trial detention 'on Friday' (a court decision on the same arrest, no event).
STATEMENTS = [
    S("Svetlana Kornilova", "RU", "Now they tell us that standing on the street is a crime", "wife of a mobilised soldier"),
]
# Not gold: "discrediting the army" and "Ukrainian special services" (charge wording, fragments).
MUST_NOT = ["СВОБОДНЫЙ БЕРЕГ · FREE SHORE", "Читать по-русски",
            "If our site does not open, use a VPN or our mirror at freeshore-mirror.example",
            "News | Investigations | Explainers | Podcast", "Aug 23, 2025, 11:05", "Free Shore news desk",
            "Free Shore has been designated an \"undesirable organisation\" in Russia. Reposting our materials may be "
            "punishable.",
            "Support Free Shore: donate from €5 a month", "Tags: protests, mobilisation, FSB, Kaliningrad, Novosibirsk"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
