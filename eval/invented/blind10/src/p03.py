from common import E, L, R, C, N, W, S, gold

TITLE = "The drone did not abolish the trench. It made it deeper"
TEXT = """PARALLAX REVIEW
Politics  Ideas  Books  Defence  Podcasts  Subscribe
OPINION · DEFENCE
The drone did not abolish the trench. It made it deeper
Four years into Russia's full-scale war, the technology that was supposed to restore movement to the battlefield has frozen it. History suggests what comes next.
By Gideon Farrell
17 February 2026 · 9 min read
Gideon Farrell is a military historian and the author of "Iron Weather: Artillery and the Western Front, 1914-1918".

Last Thursday, a Russian ballistic missile struck the centre of Sumy at lunchtime, killing 11 people and wounding more than 40 on a street of cafés and bus stops a few hundred metres from the university. It was, by the grim standards of this war, an ordinary day. The missile took perhaps ninety seconds to cover the distance from the launcher to the city. The front line that the launcher sat behind has barely moved in a year.

That contrast, between the speed of the weapons and the immobility of the armies, is the central puzzle of the war in Ukraine as it enters its fifth year. It is also a very old puzzle.

In the spring of 1915, the armies on the Western Front had at their disposal the most destructive weapons ever built: quick-firing artillery, machine guns, aircraft that could spot the fall of shot. Every one of these inventions had been expected to make war shorter. Instead, they made the ground between the trenches so lethal that neither side could cross it in strength. The German offensive at Verdun, which began on 21 February 1916, was designed not to break through but to bleed the French army white. It bled both armies, and the line moved by a few kilometres in ten months.

Replace the machine gun with the first-person-view drone and the observation balloon with the reconnaissance quadcopter, and the picture along the 1,200-kilometre front in Donbas and Zaporizhzhia is uncomfortably similar. Ukrainian and Russian officers now speak of a "kill zone" 10 to 15 kilometres deep in which anything that moves, a tank, a truck, a man on a motorcycle, can be seen and struck within minutes. Armoured columns of the kind that rolled towards Kyiv in February 2022 have all but disappeared. Attacks are carried out by pairs and threes of infantry, on foot or on motorcycles, who try to slip through the gaps between the drone operators' screens.

"Nobody moves in daylight any more. Not us, not them. The drone has made the night the only time you can live," Captain Bohdan Tkachuk, who commands a Ukrainian reconnaissance drone company in the Zaporizhzhia sector, told me when I visited his unit last autumn. His soldiers spend their days underground, in dugouts roofed with logs and earth that would have looked familiar to a soldier of 1917, and their nights repairing the nets that hang over the supply roads.

The history of stalemate is also a history of how stalemates end, and it offers three lessons, none of them comforting.

The first is that technology alone rarely breaks a deadlock. The tank made its debut on the Somme in September 1916 and did not decide anything for two more years. What ended the First World War on the Western Front was not a single invention but a combination of exhaustion, blockade, the arrival of American manpower and a German army that had spent its last reserves in the offensives of spring 1918. Ukraine's hope that a new generation of interceptor drones or long-range missiles will transform the war should be read in that light. They may help. They will not, on their own, restore the war of manoeuvre.

The second lesson is that stalemates end at the negotiating table more often than on the battlefield, but only when both sides conclude that they cannot improve their position by fighting on. The Korean war offers the most relevant precedent. Armistice talks began in July 1951, when the front had already settled close to the 38th parallel. They dragged on for two more years, through 575 meetings, while the armies fought bloody battles for hills whose names meant nothing to anyone outside the peninsula. Most of the war's casualties were suffered after the talks had started. The armistice that was finally signed at Panmunjom in July 1953 was not a peace; it was an agreement to stop shooting that has held, with interruptions, for more than seventy years.

Anyone watching the current round of contacts between Kyiv and Moscow should keep Panmunjom in mind. The negotiators who met in Geneva at the start of the month produced, as far as anyone outside the room can tell, nothing except an agreement to meet again. On Saturday the two sides did exchange 300 prisoners each, the largest swap since the autumn, and the images of emaciated Ukrainian soldiers wrapped in national flags were a reminder of what is at stake for the families. But prisoner exchanges have continued throughout the war, even in its bloodiest phases, and they say little about whether either government is ready to stop fighting.

The third lesson is the least comfortable: attritional wars are decided by industry and demography, and by the willingness of societies to keep paying. The Iran-Iraq war of 1980-88 is a grim example. Eight years of trench warfare, human-wave attacks and missile strikes on cities ended not with a breakthrough but with both sides too exhausted to continue, after perhaps half a million deaths. Neither regime fell. The border barely moved.

Russia's leadership appears to believe that it can win this kind of contest. Its economy has been put on a war footing, its defence budget has grown every year since 2022, and it continues to recruit around 30,000 men a month with signing bonuses that, in some regions, exceed a year's average wage. Ukraine, with a population less than a third of Russia's, cannot match that arithmetic. What it can do, as the 2020 war between Azerbaijan and Armenia in Nagorno-Karabakh showed on a much smaller scale, is make the attacker pay disproportionately for every kilometre, and use precision strikes to raise the cost of the war for the attacker's economy.

If Europe were to commit, collectively, to financing Ukraine's defence industry at the level of 0.25% of its GDP for the rest of the decade, the arithmetic would look very different. If it does not, the pressure on Kyiv to accept a ceasefire on Moscow's terms will grow, whatever the battlefield looks like. The choice is political, not technological.

It is tempting to imagine that the next weapon will change everything. Commentators said so about the Javelin in 2022, about the HIMARS that summer, about Western tanks in 2023 and about F-16s in 2024. Each of these systems mattered. None of them broke the deadlock, because each was matched within months by a Russian adaptation. "The enemy learns faster than we can write the manual," a British staff officer complained in 1917. His Ukrainian counterparts say much the same thing today.

None of this means that Ukraine's cause is hopeless, or that the war must end in a Korean-style partition. Stalemates can be broken by a sudden collapse of morale, as the Russian army of 1917 demonstrated, or by a shift in the balance of external support. But it does mean that those who promise a decisive victory, on either side, are selling something that history has rarely delivered.

The people of Sumy who buried their dead last weekend deserve a more honest conversation about how this war ends than the one their leaders, and ours, have so far been willing to have.

Parallax Review publishes a range of views. The opinions expressed are the author's own.
Enjoyed this piece? Get the best of Parallax Review in your inbox every Sunday.
Share on X  ·  Share on LinkedIn  ·  Email this article
Topics: Ukraine | Russia | Military history | Drones | Korea
© Parallax Review Ltd 2026
"""
DOC = {"id": "p03", "date": "2026-02-17", "source": "Parallax Review",
       "url": "https://www.parallaxreview.example/defence/2026/02/17/drone-did-not-abolish-the-trench", "text": TEXT}

EVENTS = [
    E("p03-1", "missile_artillery_strike", "2026-02-12", L("Sumy"), "RU", "UA", fat=N(11), inj=N(40, "at_least"),
      weapons=[W("ballistic_missile")],
      note="'Last Thursday' in a Tuesday 17 Feb column = 12 Feb (not 'this' Thursday, which is after publication)"),
    E("p03-2", "agreement", "2026-02-14", C(None, "unnamed place"), "RU", "UA",
      note="'On Saturday' = 14 Feb: exchange of 300 prisoners each; no place named"),
    E("p03-3", "diplomatic_contact", "2026-02-01", L("Geneva"), "RU", "UA", prec="range", end="2026-02-07",
      optional=True, note="'at the start of the month': vague date"),
]
STATEMENTS = [
    S("Bohdan Tkachuk", "UA", "The drone has made the night the only time you can live",
      "commander of a Ukrainian reconnaissance drone company"),
]
MUST_NOT = [
    "PARALLAX REVIEW",
    "Politics  Ideas  Books  Defence  Podcasts  Subscribe",
    "OPINION · DEFENCE",
    "By Gideon Farrell",
    "17 February 2026 · 9 min read",
    "Parallax Review publishes a range of views. The opinions expressed are the author's own.",
    "Enjoyed this piece? Get the best of Parallax Review in your inbox every Sunday.",
    "Share on X  ·  Share on LinkedIn  ·  Email this article",
    "Topics: Ukraine | Russia | Military history | Drones | Korea",
    "© Parallax Review Ltd 2026",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
