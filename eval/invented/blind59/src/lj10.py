from common import E, L, R, C, N, W, S, H, gold, ARR, PRO, LOO, DIS, MAS

TITLE = "Pensioner sets draft office on fire in Nizhny Novgorod; FSB reports treason arrests in Yekaterinburg and Kursk"
TEXT = """КОВЧЕГ · THE ARK
Independent news from Russia · Читать на русском
Blocked in Russia? Read us through our Telegram bot @ark_news_bot or the mirror ark-mirror.example
News | Repressions | War | Economy | Explainers | Podcast
Repressions › Security services
Pensioner sets draft office on fire in Nizhny Novgorod; FSB reports treason arrests in Yekaterinburg and Kursk
12 April 2024, 16:40
Get our evening newsletter in your inbox: ark-news.example/subscribe
The Ark's news desk
Late on Wednesday evening, a 67-year-old woman threw a bottle of petrol through the window of a military enlistment office in the Avtozavodsky district of Nizhny Novgorod, local Telegram channels reported. The fire damaged the waiting room before firefighters put it out. Police officers detained the woman at the scene.

Her lawyer, Kirill Vedenin, told the Ark that she had spent three days on the phone with people who introduced themselves as officers of the Central Bank and the FSB. "They convinced her that this was the only way to keep her savings. She followed their instructions step by step, as if she were making a bank transfer," Vedenin said. She has been charged with an act of terrorism and could face up to 15 years in prison.

Yekaterinburg was next on the FSB's list. The service announced on Thursday the detention of a 20-year-old student who, on the orders of a "Ukrainian curator", set fire to a relay cabinet on the railway outside the city on 2 April. Freight and suburban trains on that stretch were held up for several hours that night, according to the FSB.

In Kursk, security officers detained a 34-year-old hairdresser on Tuesday on suspicion of high treason. According to the FSB, she photographed air defence positions near the city's airfield and sent the pictures to a contact in Ukraine via Telegram.

In Moscow, about thirty people came to the monument to Taras Shevchenko on Thursday evening with flowers and blank sheets of paper, a week after a missile strike on Kharkiv. Police detained nine of them, the monitoring project Sled reported; all were released by morning with police reports under the article on "discrediting the army".

"I had a blank sheet of paper. They took it away as evidence," said Nikita Zhdanov, one of the detainees, after his release.

A court in Krasnoyarsk on Thursday sentenced a 41-year-old engineer to 14 years in a strict-regime colony for treason; he was arrested in 2023. According to Sled, at least 340 attempts to set fire to enlistment offices, police stations and railway equipment have been recorded since February 2022, many of them by elderly people deceived by phone fraudsters.
The Ark has been declared a "foreign agent" by Russia's Ministry of Justice. We consider this decision unlawful.
Support the Ark: a donation from €3 a month keeps us independent
Read more: How phone scammers turn pensioners into arsonists
Tags: FSB, arson, treason, protests, Nizhny Novgorod
Share: Telegram · X · Facebook · Copy link
"""
DOC = {"id": "lj10", "date": "2024-04-12", "source": "The Ark / Kovcheg (Russian independent outlet in exile, English)",
       "url": "https://ark-news.example/en/repressions/2024/04/12/nizhny-novgorod-draft-office-arson", "text": TEXT}

D, THU, WED, TUE, REC = "2024-04-12", "2024-04-11", "2024-04-10", "2024-04-09", "2024-04-02"
EVENTS = [
    E("lj10-1", LOO, WED, L("Nizhny Novgorod"), None, "RU",
      evidence="a 67-year-old woman threw a bottle of petrol through the window of a military enlistment office",
      note="arson of an enlistment office 'Late on Wednesday evening' (Friday page -> 10 Apr) = looting_destruction; "
           "the arsonist was deceived by phone fraudsters and acts for neither state -> actor1 null (blind49 call 7); "
           "the Avtozavodsky district is the city"),
    E("lj10-2", ARR, WED, L("Nizhny Novgorod"), "RU", None,
      evidence="Police officers detained the woman at the scene",
      note="detained at the scene the same evening -> 10 Apr; Russian police arrest = RU, actor2 null (blind51 call 7); "
           "the terrorism charge is procedure"),
    E("lj10-3", ARR, THU, L("Yekaterinburg"), "RU", None, claimant="FSB",
      evidence="The service announced on Thursday the detention of a 20-year-old student",
      note="a detention without its own day takes the claim day, Thursday 11 Apr (blind51 call 6)"),
    E("lj10-4", LOO, REC, H("Yekaterinburg", "railway outside Yekaterinburg"), None, None, claimant="FSB",
      evidence="set fire to a relay cabinet on the railway outside the city on 2 April",
      note="the arson itself, dated '2 April', outside the city -> precision 2; rail arson is looting_destruction; the "
           "FSB's 'Ukrainian curator' is unproven -> actor1 null (as blind49 kz11-1)"),
    E("lj10-5", DIS, REC, H("Yekaterinburg", "railway outside Yekaterinburg"), None, None, parent="lj10-4",
      optional=True, claimant="FSB",
      evidence="Freight and suburban trains on that stretch were held up for several hours that night",
      note="trains held up by the arson, told only by the FSB -> optional (blind49 kz11-2)"),
    E("lj10-6", ARR, TUE, L("Kursk"), "RU", None, claimant="FSB",
      evidence="In Kursk, security officers detained a 34-year-old hairdresser on Tuesday on suspicion of high treason",
      note="its own day: Tuesday 9 Apr"),
    E("lj10-7", PRO, THU, L("Moscow"), "RU", "RU", family=[ARR], claimant="Sled monitoring project",
      evidence="about thirty people came to the monument to Taras Shevchenko on Thursday evening with flowers and blank "
               "sheets of paper",
      note="an anti-war gathering 'on Thursday evening' (11 Apr), nine detained: one protest with intervention (arrest "
           "accepted, blind51 call 7)"),
    E("lj10-8", MAS, None, L("Kharkiv"), "RU", "UA", prec="unknown", optional=True, weapons=[W("missile")],
      evidence="a week after a missile strike on Kharkiv",
      note="a real strike mentioned only as the protest's occasion, 'a week after' without a day or details -> optional "
           "with date null (blind50's rule for a specific incident without a day)"),
]
# Not events: the charge and the possible 15 years (procedure), the release 'by morning' with reports (end of
# lj10-7), the Krasnoyarsk sentence (a court decision) and the arrest 'in 2023' (history without a day), 'at least 340 attempts … since February 2022' (cumulative). The
# foreign-agent line, donation line, 'Read more' line and tags are furniture.
STATEMENTS = [
    S("Kirill Vedenin", "RU", "She followed their instructions step by step, as if she were making a bank transfer",
      "lawyer"),
    S("Nikita Zhdanov", "RU", "They took it away as evidence", "detainee, Moscow"),
]
# Not gold: "Ukrainian curator", "discrediting the army" and "foreign agent" (fragments, furniture).
MUST_NOT = ["Get our evening newsletter in your inbox: ark-news.example/subscribe",
            "Share: Telegram · X · Facebook · Copy link",
            "КОВЧЕГ · THE ARK", "Independent news from Russia · Читать на русском",
            "Blocked in Russia? Read us through our Telegram bot @ark_news_bot or the mirror ark-mirror.example",
            "News | Repressions | War | Economy | Explainers | Podcast", "Repressions › Security services", "12 April 2024, 16:40",
            "The Ark's news desk",
            "The Ark has been declared a \"foreign agent\" by Russia's Ministry of Justice. We consider this decision "
            "unlawful.",
            "Support the Ark: a donation from €3 a month keeps us independent",
            "Read more: How phone scammers turn pensioners into arsonists",
            "Tags: FSB, arson, treason, protests, Nizhny Novgorod"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
