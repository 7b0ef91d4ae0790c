from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, ARR, LOO, PRO

TITLE = "A nurse, a programmer and two schoolboys: the week's treason cases, and a fire on the railway near Kotovsk"
TEXT = """NOVAYA POLOSA
Читать на русском
Blocked in Russia? Open novayapolosa-mirror.example or use our app
News | Trials | Investigations | Regions | Newsletter
Cases
A nurse, a programmer and two schoolboys: the week's treason cases, and a fire on the railway near Kotovsk
14 February 2025
Text: Alisa Gromyko
Four detentions in four days, in four different cities, and each time the same article of the Criminal Code. We have collected the week's cases, along with the sabotage on a railway line in the Tambov region that two of them are now accused of.

Tver. A nurse at a regional hospital, 38, was detained on Tuesday morning on her way to work. According to her lawyer, investigators accuse her of high treason for a transfer of 2,000 roubles that she made in the spring of 2022 to a Ukrainian foundation that buys medicines for children. Under the article she faces up to 20 years.

"She sent the money from her phone, standing in a queue at the pharmacy, three years ago. Now they call it financing the enemy," said Stepan Khlebnikov, her lawyer.

"My sister has never been interested in politics. She is interested in her patients and in her cat," said Anna, the nurse's younger sister, who asked that her surname not be published.

Yekaterinburg. On Wednesday, a 29-year-old programmer was detained in Yekaterinburg. Security officers say he transferred 1,000 roubles to the Freedom of Russia Legion, a unit of Russians fighting on the Ukrainian side. The court sent him to a pre-trial detention centre for two months.

Tambov region. Late on Sunday evening, drones attacked the gunpowder plant in Kotovsk, a town of 30,000 south of Tambov. The regional governor said that debris had damaged the roof of one workshop and that nobody had been hurt; he did not name the plant.

A few hours later, in the night to Monday, someone set fire to a relay cabinet on the railway near Kotovsk. Traffic on the section was halted for about five hours; three freight trains stood at the approaches, according to the railway workers' channel Put' Svobodny. The anti-war movement Ostanovka claimed responsibility the next morning and published a video of the burning cabinet.

"Every hour a train with shells stands still is an hour that someone in Kharkiv gets to live in peace," the Ostanovka movement wrote in its Telegram channel.

On Thursday, the FSB said it had detained two schoolboys from Kotovsk, aged 16 and 17, who, according to the service, had set fire to the cabinet for 5,000 roubles promised by a "curator" in Telegram. The boys' parents told us they had not seen the money.

Saint Petersburg. On Saturday, a 64-year-old retired teacher stood on Nevsky Prospekt with a sheet of paper that read "No to treason cases for donations". Police took her away after about ten minutes; she was released at night with a report for "discrediting the army".

Since the beginning of 2025, courts in Russia have handed down more than 70 verdicts for treason, according to the human rights project Zashchita 24. On Monday, a court in Saint Petersburg sentenced a ballet teacher to twelve years for a donation of 50 dollars made in 2023.

"Treason has become the charge for everything. It is cheaper for the state than looking for real saboteurs," said Marat Gaynullin, a lawyer with Zashchita 24.
This material was produced by a media outlet that the Russian Justice Ministry has declared "undesirable".
Support independent journalism: novayapolosa.example/donate
Tags: treason, donations, sabotage, Tambov region, Tver, Yekaterinburg
"""
DOC = {"id": "lm03", "date": "2025-02-14", "source": "Novaya Polosa (Russian independent outlet in exile, English edition)",
       "url": "https://novayapolosa.example/en/cases/2025/02/14/week-of-treason", "text": TEXT}

D, THU, WED, TUE, MON, SUN, SAT = ("2025-02-14", "2025-02-13", "2025-02-12", "2025-02-11", "2025-02-10", "2025-02-09",
                                   "2025-02-08")
EVENTS = [
    E("lm03-1", ARR, TUE, L("Tver"), "RU", None, claimant="the nurse's lawyer",
      evidence="A nurse at a regional hospital, 38, was detained on Tuesday morning on her way to work.",
      note="a detention for a donation (treason) 'on Tuesday morning' = 11 Feb, in Tver; the arresting state RU as actor1, "
           "actor2 null (blind51 call 7); the 2022 transfer is the charge's background"),
    E("lm03-2", ARR, WED, L("Yekaterinburg"), "RU", None,
      evidence="On Wednesday, a 29-year-old programmer was detained in Yekaterinburg.",
      note="fronted day: 12 Feb; the court's pre-trial detention is no second event (blind51 call 6)"),
    E("lm03-3", ADS, SUN, L("Kotovsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Tambov governor",
      evidence="Late on Sunday evening, drones attacked the gunpowder plant in Kotovsk, a town of 30,000 south of Tambov.",
      note="'Late on Sunday evening' = 9 Feb; the plant is in the town (precision 1, RU-TAM); 'debris had damaged the roof "
           "… nobody had been hurt' -> 0/0; the attacker is not named but drones on Russia are UA (the page's war)"),
    E("lm03-4", LOO, MON, H("Kotovsk", "railway near Kotovsk"), None, None, claimant="Ostanovka movement",
      evidence="in the night to Monday, someone set fire to a relay cabinet on the railway near Kotovsk",
      note="'A few hours later, in the night to Monday' = 10 Feb; rail arson by anti-war partisans who fight for neither "
           "state = looting_destruction with sides null (blind49 call 7); near X = precision 2"),
    E("lm03-5", DIS, MON, H("Kotovsk", "railway near Kotovsk"), None, None, parent="lm03-4",
      evidence="Traffic on the section was halted for about five hours",
      note="the railway section closed by the arson for five hours: a disruption caused by the sabotage, sides null as its "
           "parent"),
    E("lm03-6", ARR, THU, L("Kotovsk"), "RU", None, claimant="FSB",
      evidence="On Thursday, the FSB said it had detained two schoolboys from Kotovsk",
      note="no day of the detention itself -> the claim day Thursday 13 Feb (blind51 call 6); placed at Kotovsk, where the "
           "boys are from; the arson they are accused of is lm03-4, not a second one"),
    E("lm03-7", PRO, SAT, L("Saint Petersburg"), "RU", None, family=[ARR],
      evidence="On Saturday, a 64-year-old retired teacher stood on Nevsky Prospekt with a sheet of paper that read \"No "
               "to treason cases for donations\".",
      note="a one-person picket with a detention on Saturday 8 Feb: protest with intervention (arrest accepted, blind51 "
           "call 7); actor1 the protester's state"),
]
# Not events: the 2022 and 2023 donations (background of the charges), 'faces up to 20 years' (law), the court's two
# months of pre-trial detention (court step), the movement's claim 'the next morning' and its video (part of lm03-4), the
# parents 'had not seen the money', 'more than 70 verdicts' since the beginning of 2025 (running count), the Monday
# sentence of the ballet teacher (a court verdict, no taxonomy event), the release at night with a report (end of lm03-7).
# Furniture: masthead, Russian-language link, mirror line, menu, rubric, date, author, the 'undesirable' disclaimer,
# donation line, tags.
STATEMENTS = [
    S("Stepan Khlebnikov", "RU", "Now they call it financing the enemy", "lawyer of the Tver nurse"),
    S("Ostanovka", None, "Every hour a train with shells stands still", "anti-war partisan movement"),
    S("Marat Gaynullin", "RU", "It is cheaper for the state than looking for real saboteurs", "lawyer, Zashchita 24"),
]
# Not gold: Anna, the sister (no surname; speaker not identifiable by surname); "curator", "No to treason cases for
# donations" (the poster), "discrediting the army" (fragments); "undesirable" (inside furniture).
MUST_NOT = ["NOVAYA POLOSA", "Читать на русском", "Blocked in Russia? Open novayapolosa-mirror.example or use our app",
            "News | Trials | Investigations | Regions | Newsletter", "Cases", "14 February 2025", "Text: Alisa Gromyko",
            "This material was produced by a media outlet that the Russian Justice Ministry has declared \"undesirable\".",
            "Support independent journalism: novayapolosa.example/donate",
            "Tags: treason, donations, sabotage, Tambov region, Tver, Yekaterinburg"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
