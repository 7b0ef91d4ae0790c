from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Ukraine strikes Crimea's Chonhar bridge and Saky air base; debris wounds man in Sevastopol"
TEXT = """GLOBE NEWS SERVICE
World | US | Politics | Business | Science | Health | Photos
Ukraine strikes Crimea's Chonhar bridge and Saky air base; debris wounds man in Sevastopol
BY NATALIA ROMERO AND OLEKSII DOVHAN
Published 6:12 PM EEST, August 5, 2025
Share
Copy link
KYIV (GNS) — Ukraine hit two of the main supply routes and one of the air bases that Russia uses to hold occupied Crimea within less than a day, officials on both sides said Tuesday, in one of the most concentrated attacks on the peninsula this summer.

On Monday afternoon, missiles struck the Chonhar road bridge, which links Crimea with the Russian-occupied part of the Kherson region. Russia's air defences shot down six of eight Storm Shadow cruise missiles fired at the bridge, the Moscow-installed head of the Kherson region said, but at least two got through and damaged the roadway. The bridge was closed to all traffic, and vehicles were sent on a detour through Henichesk that adds about two hours to the journey.

Ukraine's military did not comment on the bridge.

Overnight, Ukrainian naval drones and Neptune missiles hit the Saky air base near the village of Novofedorivka in western Crimea, Ukraine's navy said, adding that two Su-24 bombers and an ammunition store had been destroyed. The Moscow-installed head of Crimea said an attack on the "Saky district" had been repelled, that a field had caught fire and that there were no casualties.

"Saky is where the aircraft that hunt our boats in the western Black Sea are based. We will come back there as often as it takes," said Capt. Oleh Kryvonis, a spokesman for Ukraine's navy.

Russia's Defense Ministry said its forces had destroyed four Neptune missiles and 38 drones over Crimea and the Black Sea overnight. It did not mention any damage.

In Sevastopol, home of Russia's Black Sea Fleet, the city's Moscow-installed governor said air defenses had shot down seven drones over the city during the night. Debris fell in the Lyubimovka neighborhood on the northern side of the bay, damaging a house and two cars, and a 47-year-old man was taken to hospital with cuts and a concussion.

"It was like somebody was throwing stones at the roof, and then the car alarm went off all along the street," said Nikolai Sobchenko, whose house in Lyubimovka lost part of its roof.

Ferries across the Kerch Strait kept running, and Simferopol airport has been closed since the full-scale invasion began in February 2022.

The Chonhar crossing was already hit in June 2023, when it was closed for several weeks. Since then Russia has relied more on the Crimean bridge over the Kerch Strait and a railway it is building along the coast of the Sea of Azov.

"Each of these strikes alone does not cut Crimea off. What they do is make every fuel truck and every ammunition train take a longer, slower and more exposed route," said Fiona Brennan, a defense analyst at the Dublin Institute for Strategic Affairs.
Related coverage: Black Sea grain corridor faces new insurance costs
Follow GNS coverage of the war in Ukraine at gns.example/ukraine
Copyright 2025 Globe News Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""
DOC = {"id": "lm07", "date": "2025-08-05", "source": "Globe News Service (international news agency)",
       "url": "https://gns.example/article/ukraine-crimea-chonhar-bridge-saky-air-base-2025-08-05", "text": TEXT}

D, MON = "2025-08-05", "2025-08-04"
KHE = "Moscow-installed head of the Kherson region"
EVENTS = [
    E("lm07-1", MAS, MON, L("Chonhar"), "UA", "RU", claimant=KHE,
      weapons=[W("cruise_missile", "Storm Shadow", launched=N(8))],
      evidence="On Monday afternoon, missiles struck the Chonhar road bridge, which links Crimea with the "
               "Russian-occupied part of the Kherson region.",
      note="'On Monday afternoon' in a Tuesday page = 4 Aug; the Chonhar bridge at Chonhar (Kherson oblast, UA-65, not "
           "Crimea); 'six of eight Storm Shadow cruise missiles fired at the bridge' -> launched 8; casualties not "
           "stated; Ukraine 'did not comment' (negation)"),
    E("lm07-2", INT, MON, H("Chonhar", "over the Chonhar bridge"), "RU", "UA", parent="lm07-1", claimant=KHE,
      weapons=[W("cruise_missile", "Storm Shadow", intercepted=N(6))],
      evidence="Russia's air defences shot down six of eight Storm Shadow cruise missiles fired at the bridge",
      note="'six of eight' -> intercepted 6 of the strike's 8 (blind53 ld12 '6 of 8'); at the bridge = precision 2"),
    E("lm07-3", DIS, MON, L("Chonhar"), "UA", "RU", parent="lm07-1", claimant=KHE,
      evidence="The bridge was closed to all traffic, and vehicles were sent on a detour through Henichesk",
      note="a bridge closed because the strike damaged it (not a precautionary closure): a disruption caused by the "
           "strike, child of lm07-1; the detour through Henichesk is part of it"),
    E("lm07-4", MAS, D, H("Novofedorivka", "Saky air base near Novofedorivka"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile", "Neptune"), W("drone")], claimant="Ukrainian Navy",
      evidence="Overnight, Ukrainian naval drones and Neptune missiles hit the Saky air base near the village of "
               "Novofedorivka in western Crimea, Ukraine's navy said",
      note="'Overnight' said Tuesday = 5 Aug; missiles and drones together -> typed by the missiles; the air base 'near "
           "the village of Novofedorivka' = precision 2 (Novofedorivka 7039154 in Crimea, not the Kherson or Mykolaiv "
           "namesakes); the Moscow-installed head's 'attack on the Saky district … repelled … a field had caught fire … there "
           "were no casualties' is the other side's account of the same night -> one event, 0/0; the navy's two Su-24s are no "
           "counted field"),
    E("lm07-5", INT, D, R("UA-43", "Crimea and the Black Sea"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("cruise_missile", "Neptune", intercepted=N(4)), W("drone", intercepted=N(38))],
      evidence="Russia's Defense Ministry said its forces had destroyed four Neptune missiles and 38 drones over Crimea and "
               "the Black Sea overnight.",
      note="'over Crimea and the Black Sea' -> Crimea UA-43 (blind49 kz14-3); two weapon entries; 'did not mention any "
           "damage'"),
    E("lm07-6", INT, D, L("Sevastopol"), "RU", "UA", claimant="Moscow-installed governor of Sevastopol",
      weapons=[W("drone", intercepted=N(7))],
      evidence="the city's Moscow-installed governor said air defenses had shot down seven drones over the city during the "
               "night",
      note="a count over the city itself -> required, precision 1 (UA-40)"),
    E("lm07-7", ADS, D, L("Sevastopol"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Moscow-installed governor of Sevastopol",
      evidence="Debris fell in the Lyubimovka neighborhood on the northern side of the bay, damaging a house and two cars, "
               "and a 47-year-old man was taken to hospital",
      note="debris of downed drones that damages houses is placed as a strike; Lyubimovka is part of Sevastopol = the city; "
           "hospitalised = 1 w"),
]
# Not events: Ukraine's military 'did not comment' (negation); ferries 'kept running' (negation of a disruption);
# Simferopol airport closed since February 2022 (history; airport closures are not events in this set); the June 2023
# strike and closure 'for several weeks' (history without a day); the railway Russia 'is building' (ongoing); the
# navy's 'We will come back' (intent); 'did not mention any damage'. Furniture: masthead, menu, caps byline, published
# line, 'Share', 'Copy link', related-coverage line, follow line, copyright; the 'KYIV (GNS) —' dateline is text.
STATEMENTS = [
    S("Oleh Kryvonis", "UA", "We will come back there as often as it takes", "spokesman, Ukrainian Navy"),
    S("Nikolai Sobchenko", "RU", "the car alarm went off all along the street", "resident, Lyubimovka, Sevastopol"),
    S("Fiona Brennan", None, "make every fuel truck and every ammunition train take a longer, slower and more exposed route",
      "defense analyst, Dublin Institute for Strategic Affairs"),
]
# Not gold: "Saky district" (the Moscow-installed head, fragment).
MUST_NOT = ["GLOBE NEWS SERVICE", "World | US | Politics | Business | Science | Health | Photos",
            "BY NATALIA ROMERO AND OLEKSII DOVHAN", "Published 6:12 PM EEST, August 5, 2025", "Share", "Copy link",
            "Related coverage: Black Sea grain corridor faces new insurance costs",
            "Follow GNS coverage of the war in Ukraine at gns.example/ukraine",
            "Copyright 2025 Globe News Service. All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
