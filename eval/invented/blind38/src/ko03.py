from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine says sea drones hit Russian patrol ship off Crimea, Moscow says attack repelled"
TEXT = """AMP — Agence Méridien Presse
FR | EN | ES | AR
World | Europe | Economy | Tech | Sport
Ukraine says sea drones hit Russian patrol ship off Crimea, Moscow says attack repelled
Published on 24/09/2024 - 11:08
Modified: 24/09/2024 - 16:35
Reading time 3 min
Kyiv (AMP) - Ukraine's navy said on Tuesday that its naval drones had struck a Russian patrol ship off Cape Tarkhankut, near the town of Chornomorske in western Crimea, overnight, while Moscow said all the drones had been destroyed before reaching their target.

"Last night our unmanned surface vessels hit a Project 22160 patrol ship near Cape Tarkhankut. The extent of the damage is being established," navy spokesman Oleh Chaika said on national television.

Russia's defence ministry said the Black Sea Fleet had destroyed five Ukrainian unmanned boats in the north-western part of the Black Sea. "No ships of the fleet were damaged," the ministry said in a statement. It added that twelve aerial drones had been shot down over the Crimean peninsula in the same night.

In Sevastopol, the main base of the fleet, air defence units downed four drones over the sea near the city, the Moscow-installed governor said. A man was wounded by falling debris in the north of the city, he said.

The claims could not be independently verified.

Ukraine, which has almost no navy of its own, has used long-range sea drones loaded with explosives to push Russian warships away from the western Black Sea since 2023, allowing it to reopen a shipping corridor from its ports.

Russia has responded by stepping up strikes on those ports. A ballistic missile hit port infrastructure in Odesa on Monday evening, killing two people and wounding five, the regional governor said. A civilian cargo ship flying the flag of Palau was damaged, he said.

On Tuesday morning, Russian artillery shelled the port town of Ochakiv in the Mykolaiv region, wounding a 70-year-old woman, local authorities said.

"Every successful attack on a Russian ship is a week of calmer grain shipments for us. The Russians know this, so they answer with missiles on the ports," said Mykyta Sholomii, a Kyiv-based analyst who monitors the Black Sea.

Kyiv has said it will keep attacking the fleet "wherever it hides", while Moscow has threatened a "harsh response" to any strike on Crimea, which it annexed in 2014.
tpr-ol/gm
© 2024 AMP
"""
DOC = {"id": "ko03", "date": "2024-09-24", "source": "AMP — Agence Méridien Presse (European wire agency)",
       "url": "https://www.amp-presse.example/en/europe/20240924-ukraine-sea-drones-patrol-ship-crimea", "text": TEXT}

D, Y = "2024-09-24", "2024-09-23"
EVENTS = [
    E("ko03-1", "air_drone_strike", D, L("Chornomorske", 2, "off Cape Tarkhankut, near Chornomorske"), "UA", "RU",
      family=["remote_explosive"], weapons=[W("drone", "naval drone")],
      claimant="Ukrainian navy; Russian defence ministry (denies damage)",
      note="naval drones on a patrol ship 'off Cape Tarkhankut, near the town of Chornomorske' overnight: naval drones are "
           "an air_drone_strike (remote_explosive accepted, blind29 call 7); near X = precision 2 in occupied Crimea "
           "(UA-43); the MoD's 'No ships … damaged' is the other side's version of the same attack"),
    E("ko03-2", "interception", D, C(None, "north-western Black Sea"), "RU", "UA", parent="ko03-1",
      weapons=[W("drone", "naval drone", intercepted=N(5))],
      note="Black Sea Fleet 'destroyed five Ukrainian unmanned boats in the north-western part of the Black Sea': "
           "interception at sea, no country (blind12 n08)"),
    E("ko03-3", "interception", D, R("UA-43", "Crimea"), "RU", "UA", weapons=[W("drone", intercepted=N(12))],
      note="'twelve aerial drones had been shot down over the Crimean peninsula': a count over the region -> required, "
           "UA-43 (Sevastopol's four are its own line)"),
    E("ko03-4", "interception", D, L("Sevastopol", 2, "over the sea near Sevastopol"), "RU", "UA",
      weapons=[W("drone", intercepted=N(4))],
      note="Moscow-installed governor: 'downed four drones over the sea near the city' -> near X, UA-40"),
    E("ko03-5", "air_drone_strike", D, L("Sevastopol"), "UA", None, inj=N(1), weapons=[W("drone")],
      note="falling debris wounded a man in the north of the city: claimed by the occupation side without denial -> "
           "claimed attacker UA, actor2 null for an occupied city (blind37 call 4)"),
    E("ko03-6", "missile_artillery_strike", Y, L("Odesa"), "RU", "UA", fat=N(2), inj=N(5),
      weapons=[W("ballistic_missile")],
      note="ballistic missile on port infrastructure in Odesa 'on Monday evening' (23 Sep): 2 killed, 5 wounded, a "
           "Palau-flagged ship damaged (same event)"),
    E("ko03-7", "missile_artillery_strike", D, L("Ochakiv"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="artillery on Ochakiv 'On Tuesday morning' (publication day): 1 wounded"),
]
# Not events: sea drones used 'since 2023' and the reopened corridor (history), 'stepping up strikes' (trend),
# Kyiv 'will keep attacking … wherever it hides' (intention), Moscow's threatened 'harsh response' (threat), the
# annexation in 2014 (history), 'could not be independently verified' (hedge on ko03-1).
STATEMENTS = [
    S("Oleh Chaika", "UA", "our unmanned surface vessels hit a Project 22160 patrol ship", "navy spokesman"),
    S("Russian defence ministry", "RU", "No ships of the fleet were damaged", "Russian defence ministry"),
    S("Mykyta Sholomii", None, "is a week of calmer grain shipments for us", "Kyiv-based Black Sea analyst"),
]
MUST_NOT = ["AMP — Agence Méridien Presse", "FR | EN | ES | AR", "World | Europe | Economy | Tech | Sport",
            "Published on 24/09/2024 - 11:08", "Modified: 24/09/2024 - 16:35", "Reading time 3 min", "tpr-ol/gm",
            "© 2024 AMP"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
