from common import E, L, R, C, N, W, S, gold

TITLE = "Evacuees from Kursk border districts detained at protest; FSB reports new 'sabotage' arrests"
TEXT = """OSTROV
Independent journalism from Russia. Now in exile.
Русская версия
News | Features | Explainers | Podcasts
Ostrov is blocked in Russia. Read us via VPN or our mirror: ostrov-mirror.example
Evacuees from Kursk border districts detained at protest; FSB reports new 'sabotage' arrests
Saturday, April 26, 2025
Story by the Ostrov news desk
About forty residents of the evacuated border districts of the Kursk region gathered outside the regional government building in Kursk on Friday, demanding the housing certificates they were promised last autumn. Police detained six of them, among them two pensioners, according to the human rights project Pravo Monitor.

The protesters, most of them from villages in the Sudzha and Korenevo districts, held handwritten signs reading "Where is our home?" and "We are not refugees in our own country." Several had travelled from temporary accommodation in other regions.

"We were told to wait until spring. It is spring. My house has no roof and I have no certificate," said Lyudmila Yershova, 63, from a village near Sudzha. She was not among those detained.

All six were released late on Friday evening with police reports for "violating the procedure for holding a public event", Pravo Monitor lawyer Grigory Melnikov said. "The charge carries a fine, but these are people who have already lost everything," he added.

The same day, the FSB said it had detained three residents of Dzhankoi in annexed Crimea on Thursday on suspicion of passing the coordinates of air defence positions to Ukrainian intelligence. In St Petersburg, a 24-year-old man was detained on Wednesday after allegedly setting fire to a relay cabinet on the railway; the FSB said he had been recruited via Telegram and promised 50,000 roubles.

Meanwhile, in occupied southern Ukraine, sabotage continues. The partisan movement Chorna Vezha said its members had blown up a section of railway track near Melitopol on the night of Wednesday to Thursday, cutting a line used to supply Russian troops. The Russian-installed administration spoke of a "technical malfunction"; local Telegram channels reported that trains did not run for about eight hours.

"Every hour a train stands still is an hour the front does not get shells," the movement said in a statement.

And on Friday morning, a car belonging to an official of the Russian-installed administration exploded in Nova Kakhovka. The official was hospitalised with shrapnel wounds, according to the occupation authorities. Ukraine's military intelligence hinted at its involvement but did not claim the attack outright.

Russian courts, meanwhile, keep handing down long sentences: on Wednesday a court in Simferopol sentenced a 41-year-old woman to 12 years in prison for "treason" over a donation of 3,000 roubles to a Ukrainian charity.
Ostrov has been declared a "foreign agent" and an "undesirable organization" in Russia. We disagree with both.
Help Ostrov keep working: donate from €3
Tags: Kursk region, protests, FSB, occupied territories
"""
DOC = {"id": "kr09", "date": "2025-04-26", "source": "Ostrov (independent Russian outlet in exile, English)",
       "url": "https://ostrov.example/en/news/2025/04/26/kursk-evacuees-detained-protest", "text": TEXT}

D, FRI, THU, WED = "2025-04-26", "2025-04-25", "2025-04-24", "2025-04-23"
EVENTS = [
    E("kr09-1", "protest", FRI, L("Kursk"), "RU", "RU", family=["arrest"],
      note="about forty evacuees gathered outside the regional government building in Kursk 'on Friday' (25 Apr), six "
           "detained by police: protest with intervention (the detentions are part of it)"),
    E("kr09-2", "arrest", THU, L("Dzhankoi"), "RU", "UA", family=["abduction"], claimant="FSB",
      note="FSB 'detained three residents of Dzhankoi … on Thursday' (24 Apr) in occupied Crimea: arrest (abduction "
           "accepted, blind38 ko07-4)"),
    E("kr09-3", "arrest", WED, L("Saint Petersburg"), "RU", None, claimant="FSB",
      note="a 24-year-old 'detained on Wednesday' (23 Apr) in St Petersburg over the relay-cabinet arson: arrest (the "
           "arson itself has no day or place beyond the railway -> no separate event)"),
    E("kr09-4", "remote_explosive", THU, L("Melitopol", 2, "near Melitopol"), "UA", "RU", family=["looting_destruction"],
      claimant="Chorna Vezha partisan movement",
      note="partisans 'blown up a section of railway track near Melitopol on the night of Wednesday to Thursday' -> "
           "the night ends Thursday (24 Apr); sabotage by explosive = remote_explosive, near X = precision 2"),
    E("kr09-5", "infrastructure_disruption", THU, L("Melitopol", 2, "near Melitopol"), "UA", "RU", parent="kr09-4",
      optional=True,
      note="'trains did not run for about eight hours' (local channels; the administration calls it a malfunction): "
           "optional"),
    E("kr09-6", "remote_explosive", FRI, L("Nova Kakhovka"), None, "RU", inj=N(1),
      note="car of an occupation official exploded 'on Friday morning' in Nova Kakhovka, official hospitalised: "
           "car bomb; Ukraine 'hinted … but did not claim' -> actor1 null"),
]
# Not events: certificates 'promised last autumn' (no day), 'told to wait until spring', the release with police
# reports 'late on Friday evening' (end of kr09-1), the recruiter's promise of 50,000 roubles, 'sabotage continues'
# (habitual), the Simferopol sentence (a court verdict, not an arrest: no event), 'keep handing down long sentences'.
STATEMENTS = [
    S("Lyudmila Yershova", "RU", "My house has no roof and I have no certificate", "evacuee from the Sudzha district"),
    S("Grigory Melnikov", "RU", "these are people who have already lost everything", "lawyer, Pravo Monitor"),
    S("Chorna Vezha partisan movement", "UA", "Every hour a train stands still is an hour the front does not get shells",
      "Ukrainian partisan movement"),
]
# Not gold: the signs' slogans and the charge wording (not quotations of a speaker), the administration's 'technical
# malfunction' (fragment).
MUST_NOT = ["OSTROV", "Independent journalism from Russia. Now in exile.", "Русская версия",
            "News | Features | Explainers | Podcasts",
            "Ostrov is blocked in Russia. Read us via VPN or our mirror: ostrov-mirror.example",
            "Saturday, April 26, 2025", "Story by the Ostrov news desk",
            'Ostrov has been declared a "foreign agent" and an "undesirable organization" in Russia. We disagree with '
            'both.',
            "Help Ostrov keep working: donate from €3", "Tags: Kursk region, protests, FSB, occupied territories"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
