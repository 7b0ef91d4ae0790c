from common import E, L, R, C, N, W, S, gold

TITLE = "Chernihiv court jails Russian tank commander in absentia over Kyinka killings"
TEXT = """KYIV JUSTICE MONITOR
Trials | Investigations | Data | About us | Donate
Case file KJM-2023-117
Chernihiv court jails Russian tank commander in absentia over Kyinka killings
Reporting: Yevheniia Savchuk | Editing: Dmytro Lazorenko
Updated 24.05.2023
A district court in Chernihiv on Tuesday sentenced a Russian tank commander in absentia to 12 years in prison for firing on a house in the village of Kyinka in the first weeks of the full-scale invasion, killing an elderly couple.

According to the verdict, on March 9, 2022 the T-72 tank under the sergeant's command, part of a column stationed on the edge of the village, fired two rounds at the house on Shkilna Street. Petro and Nadiia Kovalenko, both in their seventies, were killed; their neighbour, a 45-year-old woman, was wounded by shrapnel in the garden.

The court found that there were no Ukrainian positions within a kilometre of the house. Russian forces occupied Kyinka for most of March last year and left the Chernihiv region at the end of the month.

"This was not a mistake in the fog of war. The crew saw an old man in the yard and fired anyway," prosecutor Oksana Derkach told the court in her closing statement.

The defendant, identified by investigators through intercepted phone calls and documents left behind in a school used as a headquarters, is believed to be serving with his unit in southern Ukraine. He did not take part in the proceedings. His state-appointed lawyer, Vitalii Moroz, said he would appeal. "My client was not heard. Without his testimony, the court relied on one witness and a phone recording," Moroz said.

The couple's daughter, Halyna Ostapenko, was in the courtroom. "I know he will never sit in that cage. But his name is written down now, and that matters to me," she said.

The regional prosecutor's office says it has identified 14 other soldiers of the same battalion and is preparing further indictments. Trials in absentia have drawn criticism from some lawyers, who argue they may be hard to enforce if a defendant is ever detained abroad.

In a separate case, the Security Service of Ukraine (SBU) said it had detained a 38-year-old resident of Chernihiv on Tuesday on suspicion of passing the locations of air defence positions to Russian intelligence through a messaging app. If convicted, he faces life imprisonment.

Would a future peace deal include an amnesty for such crimes? Officials in Kyiv have ruled that out, and prosecutors say the number of registered war-crimes cases in the region has passed 2,900.

Print this page
This project is supported by the Democratic Justice Fund. The views expressed are those of the authors.
Report an error
Back to top ↑
"""
DOC = {"id": "kf02", "date": "2023-05-24", "source": "Kyiv Justice Monitor (court-reporting NGO site)",
       "url": "https://justicemonitor.example/en/cases/kjm-2023-117", "text": TEXT}

EVENTS = [
    E("kf02-1", "missile_artillery_strike", "2022-03-09", L("Kyinka"), "RU", "UA", fat=N(2), inj=N(1),
      note="the past event the trial is about, with a resolvable day ('on March 9, 2022'): its own event (brief "
           "convention); tank fire = shelling (missile_artillery_strike); 2 killed, the neighbour wounded; the column 'on "
           "the edge of the village' fired at a house in it = the village itself"),
    E("kf02-2", "arrest", "2023-05-23", L("Chernihiv"), "UA", None, claimant="Security Service of Ukraine",
      note="SBU detention 'on Tuesday' (23 May) of a Chernihiv resident: an arrest by Ukrainian authorities; "
           "actor2 unknown side (a suspected informer)"),
]
# Not events: the verdict on Tuesday (a court ruling has no taxonomy type), the occupation 'for most of March' and the
# withdrawal 'at the end of the month' (history), the appeal and further indictments (plans), 'If convicted' and the
# amnesty question, 2,900 registered cases (a count of files).
STATEMENTS = [
    S("Oksana Derkach", "UA", "This was not a mistake in the fog of war", "prosecutor"),
    S("Vitalii Moroz", "UA", "Without his testimony, the court relied on one witness", "state-appointed defence lawyer"),
    S("Halyna Ostapenko", "UA", "his name is written down now, and that matters to me", "daughter of the victims"),
]
MUST_NOT = ["KYIV JUSTICE MONITOR", "Trials | Investigations | Data | About us | Donate", "Case file KJM-2023-117",
            "Reporting: Yevheniia Savchuk | Editing: Dmytro Lazorenko", "Updated 24.05.2023", "Print this page",
            "This project is supported by the Democratic Justice Fund. The views expressed are those of the authors.",
            "Report an error", "Back to top ↑"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
