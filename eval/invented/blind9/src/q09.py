from common import E, L, R, C, N, W, S, gold

TITLE = "SBU detains fire spotter in Kharkiv and railway saboteurs in Ivano-Frankivsk"
TEXT = """Security Service of Ukraine — Official website
Home / Press centre / News
SBU detains fire spotter in Kharkiv and railway saboteurs in Ivano-Frankivsk
26 May 2022 | 12:40
Print version

The Security Service of Ukraine has detained a Russian military intelligence agent in Kharkiv and two men who set fire to railway equipment in the Ivano-Frankivsk region on the instructions of Russian special services.

In Kharkiv, SBU counterintelligence officers detained the agent on Tuesday in the Saltivskyi district. According to the investigation, the 41-year-old local resident photographed the positions of Ukrainian air defence units and the places where military equipment was parked, and sent the coordinates to her handler via a messenger. The handler used the information to adjust artillery fire on the city.

"She sold the lives of her neighbours for a few hundred dollars and a promise to be evacuated to Belgorod," said SBU spokesperson Natalia Hrebeniuk.

In the Ivano-Frankivsk region, two men aged 19 and 23 set fire to a relay cabinet on the railway line near Ivano-Frankivsk on the night of 21 to 22 May, delaying the movement of several trains. They were recruited through a Telegram channel run by Russian special services, which offered them 200 dollars for each arson. The SBU and the National Police detained both on Wednesday in Ivano-Frankivsk.

Separately, in Dnipro, police officers today detained a 27-year-old man who filmed the aftermath of Saturday's missile strike on an industrial facility in the city and posted the video, with the exact location, on social networks.

The detainees have been notified of suspicion of high treason and sabotage. They face up to 15 years in prison or life imprisonment. The investigation is ongoing, and the SBU is establishing whether the agents had accomplices.

Last week, SBU officers also detained an employee of the Kharkiv city council who had passed the addresses of territorial defence members to the Russian side.

Since 24 February, the SBU has detained more than 400 agents and saboteurs working for Russia, according to the service.

Earlier this week, the SBU also served a notice of suspicion in absentia to a former Zaporizhzhia city councillor who joined the occupation administration in Melitopol.

The SBU reminds citizens: publishing photos and videos of the consequences of shelling and the work of air defence helps the enemy to adjust its fire and is punishable by law.

Share: Facebook · Twitter · Telegram
Tags: #counterintelligence #Kharkiv #IvanoFrankivsk #sabotage
Report suspicious activity to the SBU hotline 0 800 000 000 (free of charge, around the clock)
© 2022 Security Service of Ukraine. Materials may be reproduced with a reference to the source.
"""
DOC = {"id": "q09", "date": "2022-05-26", "source": "Security Service of Ukraine (press release)",
       "url": "https://ssu.example/news/2022-05-26-kharkiv-ivano-frankivsk", "text": TEXT}

D = "2022-05-26"
EVENTS = [
    E("q09-1", "arrest", "2022-05-24", L("Kharkiv", 1, "Kharkiv, Saltivskyi district"), "UA", None,
      claimant="Security Service of Ukraine", note="'on Tuesday'; detained Ukrainian citizen working for Russia: "
                                                   "actor2 left null"),
    E("q09-2", "looting_destruction", "2022-05-22", L("Ivano-Frankivsk", 2, "railway line near Ivano-Frankivsk"),
      "RU", "UA", claimant="Security Service of Ukraine",
      note="arson of a relay cabinet 'on the night of 21 to 22 May' (dated the 22nd); recruited and paid by Russian "
           "special services: actor1 RU (blind8 judgment 9)"),
    E("q09-6", "infrastructure_disruption", "2022-05-22", L("Ivano-Frankivsk", 2, "railway line near Ivano-Frankivsk"),
      "RU", "UA", claimant="Security Service of Ukraine",
      note="several trains delayed by the arson (as blind5 v10-4 coded train delays)"),
    E("q09-3", "arrest", "2022-05-25", L("Ivano-Frankivsk"), "UA", None, claimant="Security Service of Ukraine",
      note="'on Wednesday'"),
    E("q09-4", "arrest", D, L("Dnipro"), "UA", None, claimant="Security Service of Ukraine", note="'today'"),
    E("q09-7", "arrest", "2022-05-16", L("Kharkiv"), "UA", None, prec="week", end="2022-05-22",
      claimant="Security Service of Ukraine", note="'Last week' in a Thursday release = Mon 16 - Sun 22 May: required, "
                                                   "week precision (blind4 judgment 5)"),
    E("q09-5", "missile_artillery_strike", "2022-05-21", L("Dnipro"), "RU", "UA", weapons=[W("missile")], optional=True,
      note="'Saturday's missile strike' only recalled as background to the arrest (blind8 judgment 14)"),
]
STATEMENTS = [
    S("Natalia Hrebeniuk", "UA", "She sold the lives of her neighbours for a few hundred dollars", "SBU spokesperson"),
]
MUST_NOT = ["Security Service of Ukraine — Official website", "Home / Press centre / News", "26 May 2022 | 12:40",
            "Print version", "Share: Facebook · Twitter · Telegram", "Tags: #counterintelligence #Kharkiv #IvanoFrankivsk #sabotage",
            "Report suspicious activity to the SBU hotline 0 800 000 000 (free of charge, around the clock)",
            "© 2022 Security Service of Ukraine. Materials may be reproduced with a reference to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
