from common import E, L, H, R, C, N, W, S, gold, LOO, ARR, PRO, DIS

TITLE = "Firebombs in Volzhsky, women on the square in Ulan-Ude, a burned relay cabinet near Chita: the second weekend of mobilization"
TEXT = """POLYNYA
Independent journalism about Russia
Русская версия
News | Features | War | Society | Podcasts | Donate
If the site is blocked, use our mirror at polynya-mirror.example or the Polynya app
3 October 2022
Story by Polynya's news desk
Polynya has been declared a "foreign agent" by the Russian Justice Ministry. We disagree and continue to work.
Firebombs in Volzhsky, women on the square in Ulan-Ude, a burned relay cabinet near Chita: the second weekend of mobilization
In Volzhsky, across the Volga from Volgograd, three Molotov cocktails were thrown through the windows of the city's military enlistment office on the night of Saturday to Sunday. The fire destroyed two offices and part of the archive before firefighters put it out. No one was hurt.

By Sunday evening, police had detained a suspect, a 19-year-old local student, the regional interior ministry said. If convicted of an act of terrorism, he faces up to fifteen years in prison.

On Saturday, about 150 women gathered on Soviet Square in Ulan-Ude, the capital of Buryatia, to protest against the mobilization of their husbands and sons. They stood for about an hour with handwritten signs before police began to detain them; 22 were taken to police stations, according to the human rights project Zashchita.

"They took my husband straight from the night shift at the depot. He has never held a rifle," said Tuyana Dashieva, one of the protesters, by phone after her release.

Further east, a relay cabinet on the Trans-Siberian Railway near Chita went up in flames in the early hours of Friday. A Telegram channel calling itself Rails Against War claimed the arson, saying it wanted to slow down trains carrying military equipment to the west. Several freight trains were held up for hours, according to the regional railway.

The FSB said on Monday that it had detained a Kaliningrad resident on Friday on suspicion of high treason. According to the agency, he photographed military trains and sent the pictures to a Ukrainian intelligence officer.

"The article on high treason is now applied to a photo of a train. Five years ago nobody would have believed it," said lawyer Valentina Orlova, who has represented several people accused of treason.

Since mobilization was announced on 21 September, Zashchita has counted more than 2,400 detentions at anti-war protests across Russia. "The numbers are falling not because people agree, but because the men have already left or been taken," said the project's coordinator, Grigory Lvovsky.

On Monday, a court in Moscow fined a pensioner 50,000 roubles for a single picket with a blank sheet of paper.
We need your help to keep working. Support Polynya
Tags: mobilization, protests, arson, FSB
"""
DOC = {"id": "lc13", "date": "2022-10-03", "source": "Polynya (independent Russian outlet in exile, English)",
       "url": "https://polynya.example/en/news/2022/10/03/mobilization-weekend-volzhsky-ulan-ude-chita", "text": TEXT}

MON, SUN, SAT, FRI = "2022-10-03", "2022-10-02", "2022-10-01", "2022-09-30"
EVENTS = [
    E("lc13-1", LOO, SUN, L("Volzhsky"), None, "RU", fat=N(0), inj=N(0),
      ev="three Molotov cocktails were thrown through the windows of the city's military enlistment office on the night of Saturday to Sunday",
      note="firebombs through the windows of the Volzhsky enlistment office 'on the night of Saturday to Sunday' (the "
           "night ends Sunday 2 Oct): arson = looting_destruction; attacker unknown -> actor1 null, the state's office "
           "-> actor2 RU; 'No one was hurt' = 0/0"),
    E("lc13-2", ARR, SUN, L("Volzhsky"), "RU", None,
      ev="By Sunday evening, police had detained a suspect, a 19-year-old local student, the regional interior ministry said.",
      note="detention of the suspect 'By Sunday evening' (2 Oct): arrest by the Russian police, actor2 null (blind43 "
           "kt07-3)"),
    E("lc13-3", PRO, SAT, L("Ulan-Ude"), "RU", "RU", family=["arrest"],
      ev="On Saturday, about 150 women gathered on Soviet Square in Ulan-Ude, the capital of Buryatia, to protest against the mobilization of their husbands and sons.",
      note="about 150 women 'On Saturday' (1 Oct) on Soviet Square in Ulan-Ude, 22 detained: protest with intervention, "
           "the detentions are part of it (blind41 call 6)"),
    E("lc13-4", LOO, FRI, H("Chita", "Trans-Siberian Railway near Chita"), None, "RU",
      claimant="Rails Against War",
      ev="a relay cabinet on the Trans-Siberian Railway near Chita went up in flames in the early hours of Friday",
      note="relay cabinet set on fire 'in the early hours of Friday' (30 Sep) near Chita, claimed by an anti-war "
           "Telegram channel: arson sabotage = looting_destruction, a Russian anti-war group fights for no state -> "
           "actor1 null; near X = precision 2; casualties not stated"),
    E("lc13-5", DIS, FRI, H("Chita", "Trans-Siberian Railway near Chita"), None, "RU", parent="lc13-4", optional=True,
      ev="Several freight trains were held up for hours, according to the regional railway.",
      note="freight trains held up for hours: a disruption told only in passing -> optional (blind41 kr09)"),
    E("lc13-6", ARR, FRI, L("Kaliningrad"), "RU", None, claimant="FSB",
      ev="The FSB said on Monday that it had detained a Kaliningrad resident on Friday on suspicion of high treason.",
      note="the FSB 'said on Monday that it had detained a Kaliningrad resident on Friday' (30 Sep): an arrest dated "
           "the detention day (blind43 call 4)"),
]
# Not events: 'If convicted … he faces up to fifteen years' (conditional), 'Since mobilization was announced on 21
# September … more than 2,400 detentions' (cumulative tally; the announcement is background), the photographs sent
# (the alleged offence, no event of the war), the Moscow court's fine 'On Monday' (a sentence, not an event; blind41
# kr09), the 'second weekend' framing.
STATEMENTS = [
    S("Tuyana Dashieva", "RU", "He has never held a rifle", "protester in Ulan-Ude"),
    S("Valentina Orlova", "RU", "The article on high treason is now applied to a photo of a train", "lawyer"),
    S("Grigory Lvovsky", None, "The numbers are falling not because people agree", "coordinator, Zashchita"),
]
# Not gold: "foreign agent" (a label in the furniture).
MUST_NOT = ["POLYNYA", "Independent journalism about Russia", "Русская версия",
            "News | Features | War | Society | Podcasts | Donate",
            "If the site is blocked, use our mirror at polynya-mirror.example or the Polynya app", "3 October 2022",
            "Story by Polynya's news desk",
            "Polynya has been declared a \"foreign agent\" by the Russian Justice Ministry. We disagree and continue to work.",
            "We need your help to keep working. Support Polynya", "Tags: mobilization, protests, arson, FSB"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
