from common import E, L, R, C, N, W, S, gold

TITLE = "The fifteen-kilometre problem"
TEXT = """THE NORTHERN LEDGER
News | Opinion | World | Business | Culture | Sign in
OPINION · WAR STUDIES
The fifteen-kilometre problem
Drones have turned the strip behind the front into a killing ground. Neither army has found the answer, and the one that does first may win the war.
Hugh Penrose
Thursday 10 October 2024 · 7 min read
Hugh Penrose is a retired British Army colonel and a senior fellow in land warfare. He writes a fortnightly column on the war in Ukraine.

On Tuesday morning a Russian FPV drone caught a Ukrainian ambulance on the road out of Myrnohrad and killed its driver. The vehicle was marked, it was moving away from the front, and it was eleven kilometres behind the nearest Russian position. Two years ago that road would have been safe enough for a bus service. Today, soldiers in the Pokrovsk sector call everything within fifteen kilometres of the line the kill zone, and they mean it literally: anything that moves there in daylight can be found, followed and struck by a drone costing less than a second-hand bicycle.

This is the most important change in land warfare since the machine gun, and it is worth being precise about what it does and does not do. It does not make attack impossible. Russian forces are still advancing around Pokrovsk, slowly and at enormous cost, and geolocated video published on Monday showed Russian infantry in the centre of Toretsk, a town they have been trying to take since the summer. What drones do is make every movement behind the line expensive. Reinforcements walk the last ten kilometres. Wounded men wait hours, sometimes days, for evacuation. Artillery guns fire a handful of rounds and move, because a gun that stays put for twenty minutes will be found.

Historians will reach for comparisons, and some are useful. On the Western Front in 1917, the German answer to an artillery-dominated battlefield was to thin out the front line, hold it with small groups of storm troops, and keep reserves out of range until the moment of the counterattack. The parallel is not perfect: in 1917 aircraft could watch the rear areas but rarely strike there, while today the observer and the striker are often the same machine. Still, both armies in Ukraine have arrived at something similar: the forward line is held by pairs and fours of infantrymen in dugouts, supplied by drones and night-time runs on foot. The French at Dien Bien Phu in 1954 and the Americans at Khe Sanh in 1968 learned another lesson that applies here: a position whose supply line can be cut from the air will fall unless the defender can keep an air bridge open. Ukraine's air bridge now consists of heavy drones carrying water, batteries and ammunition at night.

Some comparisons mislead. The Yom Kippur War of 1973 is often cited, because Egyptian infantry with Soviet anti-tank missiles destroyed Israeli tank brigades in the first days. But the Israelis adapted within a fortnight, combining tanks, infantry and artillery again. Drones are harder to adapt to, because they are cheap, numerous and constantly changing. The electronic warfare system that jams one batch of drones this month will be useless against the next batch, which flies on another frequency or, increasingly, on a fibre-optic cable.

The Russian army has adapted faster than many Western observers expected. It has built drone units at every level, from company to army, and it has used glide bombs and long-range drones to push the kill zone deeper. Vuhledar, which Ukrainian troops left at the start of this month after two years of defence, was not stormed so much as strangled: its last supply road had been under drone observation for weeks. Ukraine's problem is not that its soldiers fight badly. It is that the Russian army can accept losses that no Western army would, and can use them to move the kill zone forward a few hundred metres at a time.

"We do not lose positions to assaults any more, we lose them to logistics," said Major Oksana Hrytsenko, who commands a drone battalion near Pokrovsk. "If the water and batteries stop coming, the position dies on its own." Her unit flies more than a hundred sorties a day, most of them to hunt Russian drone operators rather than tanks.

The war is also pushing deeper into Russia. Ukrainian long-range drones struck the Yeysk airfield on the Sea of Azov overnight into Sunday, according to the regional governor, who reported a fire at the base and no casualties. Strikes on airfields will not stop the glide bombs, but they push the Russian aircraft that carry them further from the front and shorten their time over Ukrainian targets.

What should Western governments take from this? First, that the decisive resource is no longer tanks or even artillery shells, but a cheap, mass-produced, constantly updated stream of drones and the electronic warfare to protect them. Ukraine produced well over a million drones last year, mostly in small workshops; the West has been slow to help it scale. Second, that training matters more than equipment: a drone crew that has practised for three weeks kills several times as many targets as one that has practised for three days. Third, that any Western army which has not yet rebuilt its own tactics around the kill zone should do so before it has to learn them in combat.

If Ukraine cannot widen the safe zone behind its line this winter, Pokrovsk may go the way of Vuhledar by the spring. If it can, the Russian offensive will exhaust itself in the same fifteen kilometres it has spent the year trying to cross. That is the real contest of this autumn, and it is fought with batteries, radios and soldering irons as much as with guns.

More from Hugh Penrose: What the Kursk raid taught both armies
Comments (214) · Share this article
Topics: Ukraine war, drones, military strategy, Russia
© 2024 The Northern Ledger. All rights reserved.
"""
DOC = {"id": "k06", "date": "2024-10-10", "source": "The Northern Ledger (opinion)",
       "url": "https://northernledger.example/opinion/2024/oct/10/the-fifteen-kilometre-problem", "text": TEXT}

EVENTS = [
    E("k06-1", "air_drone_strike", "2024-10-08", L("Myrnohrad", 2, "road out of Myrnohrad"), "RU", "UA", fat=N(1),
      weapons=[W("drone", "FPV")], note="'On Tuesday morning' in a Thursday column = 8 Oct; on a road leaving the town"),
    E("k06-2", "territory_change", "2024-10-07", L("Toretsk", 1, "centre of Toretsk"), "RU", "UA",
      claimant="geolocated video", note="'geolocated video published on Monday showed Russian infantry in the centre "
                                        "of Toretsk': dated by publication (7 Oct)"),
    E("k06-3", "armed_clash", "2024-10-10", L("Pokrovsk", 2, "around Pokrovsk"), "RU", "UA", optional=True,
      note="'still advancing around Pokrovsk, slowly': ongoing, general, optional"),
    E("k06-4", "territory_change", "2024-10-01", L("Vuhledar"), "RU", "UA", prec="range", end="2024-10-07",
      optional=True, note="'which Ukrainian troops left at the start of this month': recalled in a clause, vague date"),
    E("k06-5", "air_drone_strike", "2024-10-06", L("Yeysk", 1, "Yeysk airfield"), "UA", "RU", fat=N(0),
      weapons=[W("drone")], claimant="regional governor",
      note="'overnight into Sunday' = Sunday 6 Oct; 'no casualties' = 0 killed (and 0 injured)"),
]
EVENTS[-1]["injured"] = N(0)
STATEMENTS = [
    S("Oksana Hrytsenko", "UA", "we lose them to logistics", "drone battalion commander"),
    S("Oksana Hrytsenko", "UA", "the position dies on its own", "drone battalion commander"),
]
MUST_NOT = [
    "THE NORTHERN LEDGER",
    "News | Opinion | World | Business | Culture | Sign in",
    "OPINION · WAR STUDIES",
    "Thursday 10 October 2024 · 7 min read",
    "Hugh Penrose is a retired British Army colonel and a senior fellow in land warfare. He writes a fortnightly "
    "column on the war in Ukraine.",
    "More from Hugh Penrose: What the Kursk raid taught both armies",
    "Comments (214) · Share this article",
    "Topics: Ukraine war, drones, military strategy, Russia",
    "© 2024 The Northern Ledger. All rights reserved.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
