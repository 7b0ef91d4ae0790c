from common import E, L, R, C, N, W, S, gold

TITLE = "Wives at the Kremlin wall, raids at the hostels: how the war came home this weekend"
TEXT = """ZERKALO
Independent Russian journalism · Europe edition
News | Analysis | Investigations | Podcasts | Русская версия
Support Zerkalo
Wives at the Kremlin wall, raids at the hostels: how the war came home this weekend
13 November 2023
Text: Anna Lebedeva
In Russia, Zerkalo has been declared an "undesirable organisation". Reposting our materials may be prosecuted.
Around forty women — wives and mothers of men mobilised in the autumn of 2022 — brought red carnations to the Tomb of the Unknown Soldier near the Kremlin wall on Saturday. Some carried hand-written cards with a single demand: bring them home. Police officers watched from a distance and let the women leave without detaining anyone.

"My husband has been at the front for fourteen months. They call it a partial mobilisation, but there is nothing partial about it for us," said Svetlana Mironova, 34, from Podolsk, whose husband serves in an artillery unit near Avdiivka.

In Novosibirsk, a similar gathering a day later ended differently. On Sunday, police broke up a meeting of about fifteen women outside the regional government building and detained four of them, according to the rights group Pravovoy Shchit. They were released in the evening with charges of holding an unauthorised event.

"We are not against anyone. We are for our husbands coming home — these are different things," Mironova said.

The authorities are nervous about the movement, and not only about it. On Thursday night, police and officers from the military enlistment office raided a workers' hostel in Kotelniki, just outside Moscow. Around 150 men were taken to a police station; 27 of them, who had recently received Russian citizenship, were handed summonses on the spot, according to Zerkalo's sources.

"The summonses handed out in a police cell have no legal force. Try explaining that to a frightened man who got his passport last year," said Kirill Anisimov, a lawyer with Pravovoy Shchit.

Sabotage on the railways has not stopped either. On Friday, a relay cabinet was set on fire on a section of the Sverdlovsk railway near Kamensk-Uralsky, delaying several freight trains, according to Telegram channels close to the security services. On Sunday, the FSB said it had detained a 19-year-old in Yekaterinburg, claiming he had acted on the instructions of a Ukrainian "handler" and had been promised 5,000 roubles for each video of an arson.

In Ufa, a man threw two Molotov cocktails at the door of a district enlistment office late on Friday night. A guard put out the fire; no one was injured.

Meanwhile, a district court in St Petersburg on Thursday sentenced a 33-year-old artist to seven years in a penal colony for replacing supermarket price tags with anti-war messages.

The Defence Ministry has repeatedly said that demobilisation is not on the agenda. A bill that would allow mobilised soldiers to be rotated after a year "could be considered in the spring", one lawmaker told Zerkalo.

Zerkalo exists thanks to its readers. Support us with a monthly donation
Tags: mobilisation, protests, sabotage, FSB
"""
DOC = {"id": "kw09", "date": "2023-11-13", "source": "Zerkalo (Russian independent outlet in exile, English edition)",
       "url": "https://zerkalo-media.example/en/2023/11/13/wives-kremlin-wall-raids-hostels", "text": TEXT}

D, SUN, SAT, FRI, THU = "2023-11-13", "2023-11-12", "2023-11-11", "2023-11-10", "2023-11-09"
EVENTS = [
    E("kw09-1", "protest", SAT, L("Moscow"), "RU", None,
      note="about forty wives and mothers of mobilised men at the Tomb of the Unknown Soldier 'on Saturday' (11 Nov); "
           "police 'let the women leave without detaining anyone': peaceful protest, actor2 null (blind4 call 2)"),
    E("kw09-2", "protest", SUN, L("Novosibirsk"), "RU", "RU", family=["arrest"], claimant="Pravovoy Shchit",
      note="'a day later … On Sunday, police broke up a meeting of about fifteen women … and detained four': protest "
           "with intervention, actor2 the state"),
    E("kw09-3", "arrest", SUN, L("Novosibirsk"), "RU", None, optional=True,
      note="the four detentions at the Novosibirsk protest: carried by kw09-2, optional (blind13 m16-5)"),
    E("kw09-4", "arrest", THU, L("Kotelniki"), "RU", None, family=["military_mobilization"],
      note="'On Thursday night, police and officers from the military enlistment office raided a workers' hostel in "
           "Kotelniki': ~150 taken to a police station, 27 handed summonses: a mobilisation raid typed arrest, "
           "military_mobilization accepted (blind13 m16-1)"),
    E("kw09-5", "looting_destruction", FRI, L("Kamensk-Uralsky", 2, "Sverdlovsk railway near Kamensk-Uralsky"), None, "RU",
      note="'On Friday, a relay cabinet was set on fire on a section of the Sverdlovsk railway near Kamensk-Uralsky': "
           "railway sabotage by arson = property destruction; perpetrator not established in the text -> actor1 null; "
           "near X = precision 2"),
    E("kw09-6", "infrastructure_disruption", FRI, L("Kamensk-Uralsky", 2, "Sverdlovsk railway near Kamensk-Uralsky"),
      None, "RU", parent="kw09-5", optional=True,
      note="'delaying several freight trains' (only channels close to the security services): optional (blind41 kr09-5)"),
    E("kw09-7", "arrest", SUN, L("Yekaterinburg"), "RU", None, claimant="FSB",
      note="'On Sunday, the FSB said it had detained a 19-year-old in Yekaterinburg': an FSB-announced detention is "
           "dated the announcement (blind38 call 6)"),
    E("kw09-8", "looting_destruction", FRI, L("Ufa"), None, "RU", fat=N(0), inj=N(0),
      family=["grenade", "attack_on_civilians"],
      note="'two Molotov cocktails at the door of a district enlistment office late on Friday night' (10 Nov); 'no one "
           "was injured' = 0/0; unknown perpetrator (blind13 m16-6 typing)"),
]
# Not events: 'mobilised in the autumn of 2022' (history), the husband who 'serves … near Avdiivka' (state), the
# release 'in the evening' with charges (end of kw09-2), the promised '5,000 roubles for each video' (the FSB's claim,
# no event), the St Petersburg sentence (a court verdict, no event: blind41 kr09), 'demobilisation is not on the
# agenda' (negation), a bill that 'could be considered in the spring' (modal, future).
STATEMENTS = [
    S("Svetlana Mironova", "RU", "there is nothing partial about it for us", "wife of a mobilised soldier, Podolsk"),
    S("Svetlana Mironova", "RU", "We are for our husbands coming home", "wife of a mobilised soldier, Podolsk"),
    S("Kirill Anisimov", "RU", "The summonses handed out in a police cell have no legal force",
      "lawyer, Pravovoy Shchit"),
]
# Not gold: the FSB's 'handler' and the banner-like 'bring them home' (terms, not quotations of a speaker), the
# lawmaker's 'could be considered in the spring' (anonymous).
MUST_NOT = ["ZERKALO", "Independent Russian journalism · Europe edition",
            "News | Analysis | Investigations | Podcasts | Русская версия", "Support Zerkalo", "13 November 2023",
            "Text: Anna Lebedeva",
            "In Russia, Zerkalo has been declared an \"undesirable organisation\". Reposting our materials may be "
            "prosecuted.",
            "Zerkalo exists thanks to its readers. Support us with a monthly donation",
            "Tags: mobilisation, protests, sabotage, FSB"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
