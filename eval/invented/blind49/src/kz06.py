from common import E, L, R, C, N, W, S, gold

TITLE = "Thousands march in Tbilisi on war anniversary as Georgian Legion mourns fighter killed near Bakhmut"
TEXT = """MTKVARI TIMES
Georgian news in English | ქართული
Politics | Occupied Regions | Ukraine War | Economy | Society | Opinion
Thousands march in Tbilisi on war anniversary as Georgian Legion mourns fighter killed near Bakhmut
25/02/2023 - 13:40
Mtkvari Times staff
Share: Facebook | X | Telegram
Several thousand people marched down Rustaveli Avenue on Friday evening, one year after Russia began its full-scale invasion of Ukraine, carrying Ukrainian, Georgian and EU flags and chanting "Slava Ukraini". The march, called by opposition parties and civic groups, ended in front of the Parliament building with a minute of silence.

The ruling party stayed away. Its chairman, asked by journalists why, said the government had "done more for Ukraine than any slogan could" and that Georgia would not be dragged into the war.

"Twenty per cent of our country is occupied. Nobody here needs to be told what it means when Russian tanks cross a border," said Nino Abashidze, 34, a schoolteacher who came with her two sons.

On the eve of the anniversary, the Georgian Legion – a unit of volunteers that fights within the Ukrainian armed forces – announced that one of its fighters, 29-year-old Levan Gogua from Zugdidi, had been killed near Bakhmut. According to the Legion, he died on Wednesday while his company was repelling a Russian assault on positions north of the city.

"He went to Ukraine in March last year because, as he told me, he had already seen this war once, in 2008, and did not want to see it a third time at home," the Legion's commander, Davit Beridze, wrote on Facebook.

At least 40 Georgian citizens have been killed fighting for Ukraine since February 2022, according to the Legion.

Also on Thursday, the government approved sending another batch of humanitarian aid to Ukraine – 40 power generators and two tonnes of medicines – the Ministry of Internally Displaced Persons said. Georgia has not joined Western sanctions against Russia, and direct flights between the two countries remain suspended.

Georgia's foreign minister held a telephone conversation with his Ukrainian counterpart on Friday, the ministry said, and "reaffirmed support for Ukraine's sovereignty and territorial integrity." Relations between Tbilisi and Kyiv have been tense for months, and Ukraine recalled its ambassador last year.

Tamar Kiknadze, a political scientist at Ilia State University, said the anniversary had exposed the distance between the street and the government. "The people on Rustaveli and the people in the chancellery are living in two different countries," she said.

A decision by the European Union on whether Georgia can become a candidate for membership is expected by the end of the year, provided that Tbilisi carries out a list of twelve reforms.
Tags: Georgian Legion, Rustaveli Avenue, Ukraine, anniversary
Related posts
Opposition calls for new sanctions debate in parliament
Comments (0)
© 2023 Mtkvari Times. Republication requires a hyperlink to the source.
"""
DOC = {"id": "kz06", "date": "2023-02-25", "source": "Mtkvari Times (Georgian news site in English)",
       "url": "https://mtkvaritimes.example/2023/02/25/tbilisi-march-war-anniversary-georgian-legion/", "text": TEXT}

D, FRI, THU, WED = "2023-02-25", "2023-02-24", "2023-02-23", "2023-02-22"
EVENTS = [
    E("kz06-1", "protest", FRI, L("Tbilisi"), "GE", None,
      note="'Several thousand people marched down Rustaveli Avenue on Friday evening' (24 Feb), ending at the "
           "Parliament: a peaceful march in Tbilisi in support of Ukraine"),
    E("kz06-2", "armed_clash", WED, L("Bakhmut", 2, "north of Bakhmut"), "RU", "UA", fat=N(1),
      note="a Georgian Legion fighter 'died on Wednesday while his company was repelling a Russian assault on positions "
           "north of the city' (22 Feb; announced 'On the eve of the anniversary' = Thursday 23 Feb): a clash with the "
           "attacker RU; the volunteer fights within the Ukrainian forces (UA); the one death the text states; north "
           "of X = precision 2"),
    E("kz06-3", "policy_decision", THU, C("GE", "Georgia"), "GE", "UA",
      note="'Also on Thursday, the government approved sending another batch of humanitarian aid to Ukraine': aid "
           "decision at the deciding country ('Also on Thursday' ties it to the eve of the anniversary)"),
    E("kz06-4", "diplomatic_contact", FRI, C(None, "phone call"), "GE", "UA",
      note="'Georgia's foreign minister held a telephone conversation with his Ukrainian counterpart on Friday': a phone call, no place "
           "(blind41 call 9)"),
]
# Not events: the ruling party 'stayed away' and its chairman's words (statement), the fighter going to Ukraine 'in
# March last year' and 'this war once, in 2008' (history without days), 'At least 40 Georgian citizens have been
# killed … since February 2022' (cumulative), Georgia 'has not joined Western sanctions' and flights 'remain
# suspended' (negation, state), 'Ukraine recalled its ambassador last year' (no day), the EU decision 'expected by the end
# of the year, provided that' (future, conditional), the 'Related posts' headline (furniture).
STATEMENTS = [
    S("Nino Abashidze", "GE", "Nobody here needs to be told what it means when Russian tanks cross a border",
      "schoolteacher at the Tbilisi march"),
    S("Davit Beridze", "UA", "he had already seen this war once, in 2008", "commander, Georgian Legion"),
    S("Tamar Kiknadze", None, "are living in two different countries", "political scientist, Ilia State University"),
]
# Not gold: the ruling party chairman (title only) and the foreign ministry's readout fragment, the chant.
MUST_NOT = ["MTKVARI TIMES", "Georgian news in English | ქართული",
            "Politics | Occupied Regions | Ukraine War | Economy | Society | Opinion", "25/02/2023 - 13:40",
            "Mtkvari Times staff", "Share: Facebook | X | Telegram",
            "Tags: Georgian Legion, Rustaveli Avenue, Ukraine, anniversary", "Related posts",
            "Opposition calls for new sanctions debate in parliament", "Comments (0)",
            "© 2023 Mtkvari Times. Republication requires a hyperlink to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
