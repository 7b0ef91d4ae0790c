from common import E, L, R, C, N, W, S, gold

TITLE = "FSB reports 'railway plot' arrest in Novosibirsk as sabotage on Russian lines spreads"
TEXT = """THE MOSCOW DISPATCH
Independent journalism about Russia
The Moscow Dispatch has been declared an "undesirable organisation" in Russia. Sharing our articles may be prosecuted.
Read us without a VPN: t.me/moscowdispatch_en
FSB reports 'railway plot' arrest in Novosibirsk as sabotage on Russian lines spreads
Published 27 April 2025, 14:05 (Riga time)
By Dispatch staff
Russia's Federal Security Service (FSB) said on Saturday that it had detained a 34-year-old man in Novosibirsk who, it alleges, was preparing to blow up a railway bridge on the Trans-Siberian line on the instructions of Ukrainian military intelligence.

According to the FSB, the suspect was caught with an improvised explosive device and a mobile phone containing "correspondence with a curator from the Ukrainian special services". A video released by the agency shows a man in a hood reading out what appears to be a prepared confession. The Dispatch could not verify the FSB's account. A criminal case on charges of preparing a terrorist act and treason was opened, and the man faces life in prison.

The arrest is the latest in a series of cases involving Russia's railways. On Thursday night a relay cabinet on the Privolzhskaya Railway near Engels, in the Saratov region, was set on fire by unidentified people, halting freight traffic on the line for about five hours, the regional transport prosecutor's office said. Engels is home to a strategic bomber base.

In Yekaterinburg, police detained two 16-year-olds on Thursday after someone threw Molotov cocktails at a military enlistment office the night before, scorching the entrance. Investigators say the teenagers were recruited through a Telegram channel and promised 20,000 roubles each; no one was hurt.

"It is always the same story. Teenagers are offered easy money, and then they get ten years," said Yevgeniya Orlova, a lawyer with the rights group Pervy Otdel Watch who follows such cases from exile. "The curators are never caught, because nobody is really looking for them."

In occupied Melitopol, the partisan group Tavrian Resistance claimed responsibility for an explosion on the railway north of the city on Friday, which, it said, derailed four tank wagons of a fuel train heading for the front. "The occupiers' logistics will burn wherever they run," the group said on Telegram, publishing a photo of overturned wagons. Russian-installed authorities in the Zaporizhzhia region did not comment.

Human rights groups have counted at least 340 criminal cases over alleged railway sabotage in Russia since February 2022. Many of the defendants are young people with no links to any political movement.

Support us: we are banned in Russia, and every donation keeps us going
Help us: Patreon · Crypto · Bank transfer
"""
DOC = {"id": "b11", "date": "2025-04-27", "source": "The Moscow Dispatch (independent Russian outlet in exile, English)",
       "url": "https://moscowdispatch.example/en/2025/04/27/fsb-railway-plot-novosibirsk", "text": TEXT}

D = "2025-04-27"
EVENTS = [
    E("b11-1", "arrest", "2025-04-26", L("Novosibirsk"), "RU", None, claimant="FSB",
      note="detention announced 'on Saturday' = 26 April; the detention day is not given, dated the announcement (as a "
           "claim day); actor2 null: a Russian resident accused of working for Ukraine"),
    E("b11-2", "looting_destruction", "2025-04-24", L("Engels", 2, "Privolzhskaya Railway near Engels"), None, "RU",
      claimant="Saratov regional transport prosecutor's office",
      note="relay cabinet set on fire 'On Thursday night' = 24 April by 'unidentified people': sabotage arson = "
           "looting_destruction, actor1 null (blind8 call 9)"),
    E("b11-3", "infrastructure_disruption", "2025-04-24", L("Engels", 2, "Privolzhskaya Railway near Engels"), None, "RU",
      claimant="Saratov regional transport prosecutor's office",
      note="freight traffic halted for about five hours by the arson (a war-related sabotage outage)"),
    E("b11-4", "looting_destruction", "2025-04-23", L("Yekaterinburg"), None, "RU", fat=N(0), inj=N(0),
      family=["attack_on_civilians"],
      note="Molotov cocktails at an enlistment office 'the night before' Thursday = Wednesday 23 April; 'no one was hurt' "
           "= 0/0; attackers recruited by unnamed curators -> actor1 null"),
    E("b11-5", "arrest", "2025-04-24", L("Yekaterinburg"), "RU", None,
      note="two teenagers detained 'on Thursday' = 24 April"),
    E("b11-6", "remote_explosive", "2025-04-25", L("Melitopol", 2, "railway north of Melitopol"), "UA", "RU",
      claimant="Tavrian Resistance",
      note="explosion on the railway 'on Friday' claimed by a Ukrainian partisan group, derailing a fuel train: "
           "remote_explosive, actor1 UA (partisans fighting for Ukraine); occupied Melitopol keeps UA-23"),
]
STATEMENTS = [
    S("FSB", "RU", "correspondence with a curator from the Ukrainian special services"),
    S("Yevgeniya Orlova", None, "Teenagers are offered easy money, and then they get ten years",
      "lawyer, Pervy Otdel Watch"),
    S("Yevgeniya Orlova", None, "The curators are never caught", "lawyer, Pervy Otdel Watch"),
    S("Tavrian Resistance", "UA", "The occupiers' logistics will burn wherever they run"),
]
MUST_NOT = ["THE MOSCOW DISPATCH", "Independent journalism about Russia",
            "The Moscow Dispatch has been declared an \"undesirable organisation\" in Russia. Sharing our articles may be "
            "prosecuted.", "Read us without a VPN: t.me/moscowdispatch_en", "Published 27 April 2025, 14:05 (Riga time)",
            "By Dispatch staff", "Support us: we are banned in Russia, and every donation keeps us going",
            "Help us: Patreon · Crypto · Bank transfer"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
