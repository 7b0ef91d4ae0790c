from common import E, L, R, C, N, W, S, gold

TITLE = "Drones target Sevastopol and Feodosiya; Crimean bridge closed for five hours"
TEXT = """NORDWIRE
Foreign desk / Ukraine
Drones target Sevastopol and Feodosiya; Crimean bridge closed for five hours
Published 11 Feb 2026 at 09:14 CET. Latest update 11 Feb 2026 at 12:02 CET
The article is available in: Svenska | Suomi | English
Ukrainian drones attacked the Russian-occupied Crimean peninsula overnight, setting an oil terminal in Feodosiya on fire and forcing the closure of the bridge to the Russian mainland for five hours, Russian-installed officials and Ukraine's military said on Wednesday.

The Russian-installed governor of Sevastopol said air defences had shot down 17 drones over the city, home to Russia's Black Sea Fleet. Debris damaged a private house in the Nakhimovsky district and a 63-year-old man was taken to hospital with cuts.

"Stay calm and do not film the work of air defence," the governor wrote on Telegram, as he does after most attacks.

In Feodosiya, on the peninsula's eastern coast, a large fire broke out at the oil terminal in the early hours. Ukraine's General Staff said its drones had hit "the Feodosia oil terminal, which supplies the occupying forces". The Russian-installed head of Crimea said only that "an industrial facility" was on fire and that there were no casualties.

Article continues below

The General Staff also said Ukrainian forces had struck an S-400 air defence radar near Dzhankoi with Neptune missiles on Tuesday. Russia did not comment on that claim.

Russia's Defence Ministry said 46 Ukrainian drones had been destroyed overnight over Crimea and the Black Sea. It did not mention any damage.

Traffic across the Crimean bridge near Kerch was suspended from 02:40 to 07:55 Moscow time, according to the bridge's information centre, leaving hundreds of cars and lorries queuing on both sides.

In Novorossiysk, across the Kerch Strait, the city's mayor declared a sea-drone alert early on Wednesday and loading at the port was halted for several hours. No attack on the port was reported.

Ukraine has stepped up long-range strikes on Crimea since the autumn, targeting fuel supply and air defences. Analysts in Helsinki said the campaign was likely to continue as long as the peninsula served as the main rear base for Russian forces in the south.

"Every fuel depot they lose in Crimea is felt at the front within two weeks," said Jukka Rantanen, a researcher at the Finnish National Defence University.

Nordwire/TT-NW
Got a tip? Signal +358 40 000 1122
"""
DOC = {"id": "a04", "date": "2026-02-11", "source": "Nordwire (wire)",
       "url": "https://nordwire.example/en/foreign/ukraine/2026-02-11/crimea-drones-feodosiya", "text": TEXT}

D, TUE = "2026-02-11", "2026-02-10"
EVENTS = [
    E("a04-1", "interception", D, L("Sevastopol"), "RU", "UA", weapons=[W("drone", intercepted=N(17))],
      claimant="Russian-installed governor of Sevastopol",
      note="17 drones shot down over Sevastopol overnight (a count for the city: required)"),
    E("a04-2", "air_drone_strike", D, L("Sevastopol", 1, "Sevastopol (Nakhimovsky district)"), "UA", None, inj=N(1),
      weapons=[W("drone")], note="debris on a private house; hospital = injured; occupied city: actor2 null"),
    E("a04-3", "air_drone_strike", D, L("Feodosiia", 1, "Feodosiya"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="General Staff of the Armed Forces of Ukraine",
      note="oil terminal fire: the General Staff's 'hit' and the occupation head's 'industrial facility … no "
           "casualties' are one event with 0/0 (Russian spelling Feodosiya in the text)"),
    E("a04-4", "missile_artillery_strike", TUE, L("Dzhankoi", 2, "near Dzhankoi"), "UA", "RU",
      weapons=[W("cruise_missile", "Neptune")], claimant="General Staff of the Armed Forces of Ukraine",
      note="S-400 radar near Dzhankoi 'on Tuesday' with Neptune missiles; 'near X' = precision 2"),
    E("a04-5", "interception", D, R("UA-43", "Crimea"), "RU", "UA", weapons=[W("drone", intercepted=N(46))],
      claimant="Russian Defence Ministry",
      note="46 drones destroyed 'over Crimea and the Black Sea': coded to the Crimea region (the city count of "
           "Sevastopol is a separate required event, UA-40)"),
    E("a04-6", "infrastructure_disruption", D, L("Kerch", 2, "Crimean bridge near Kerch"), None, None,
      note="bridge traffic suspended 02:40-07:55 during the attack; no perpetrator of the closure named"),
    E("a04-7", "infrastructure_disruption", D, L("Novorossiysk"), None, None,
      family=["military_mobilization"],
      note="sea-drone alert and port loading halted for several hours; 'No attack … was reported' (no strike event)"),
]
STATEMENTS = [
    S("Russian-installed governor of Sevastopol", "RU", "Stay calm and do not film the work of air defence"),
    S("General Staff of the Armed Forces of Ukraine", "UA", "the Feodosia oil terminal, which supplies the occupying forces"),
    S("Jukka Rantanen", None, "Every fuel depot they lose in Crimea is felt at the front within two weeks", "researcher"),
]
MUST_NOT = ["NORDWIRE", "Foreign desk / Ukraine", "Published 11 Feb 2026 at 09:14 CET. Latest update 11 Feb 2026 at 12:02 CET",
            "The article is available in: Svenska | Suomi | English", "Article continues below", "Nordwire/TT-NW",
            "Got a tip? Signal +358 40 000 1122"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
