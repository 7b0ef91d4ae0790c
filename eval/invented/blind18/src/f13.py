from common import E, L, R, C, N, W, S, gold

TITLE = "Mass, not magic: what the drone war of 2025 tells us about 2026"
TEXT = """VISTULA–DNIPRO INSTITUTE FOR SECURITY STUDIES
Research | Commentary | Events | Podcasts | About us | Support our work
Home / Commentary / Air and missile defence
COMMENTARY
Mass, not magic: what the drone war of 2025 tells us about 2026
Dr. Katarzyna Lewandowska, Senior Fellow, and Mykhailo Savchuk, Research Associate
4 December 2025 · Reading time: 11 minutes
Download PDF (6 pages) | Cite this commentary
Three years ago, the idea that a cheap, slow, propeller-driven drone could shape the strategy of a great power at war would have sounded like science fiction. Today it is the organising fact of the Russian–Ukrainian war, and increasingly of European security. This commentary looks at how the drone war has changed over the past twelve months, what the latest incidents tell us about Russian intentions, and what Ukraine and its partners should expect in 2026.

From novelty to industry
When Iranian-designed Shahed drones first appeared over Ukrainian cities in the autumn of 2022, they were launched in dozens and were treated as a nuisance weapon, slower and easier to shoot down than cruise missiles. That assessment was wrong. Russia has since localised production at the Alabuga special economic zone, simplified the design, added jet-powered variants and, crucially, built a decoy family — the Gerbera and its successors — that costs a fraction of the armed version but looks identical on radar.

The result is a shift from precision to mass. In the first half of 2023 Russia launched, on average, a few hundred drones a month. By the autumn of 2025 it was routinely launching that many in a single night. The largest raids now combine five or six hundred drones with a few dozen cruise and ballistic missiles, and are timed so that the drones exhaust and distract the defences before the missiles arrive.

The night of 1 to 2 December illustrates the pattern. According to Ukraine's air force, Russia launched 596 drones and 21 missiles; air defences shot down 540 drones and 18 missiles. The numbers sound like a defensive success, and in one sense they are. But the three missiles that got through, and the several dozen drones that were not brought down, were enough to hit energy facilities in four regions. In Pavlohrad, a ballistic missile struck a railway depot, killing two workers. Interception rates of 90 per cent, in other words, no longer translate into protection when the attacker is willing to fire hundreds of munitions at a time.

Why interception rates mislead
Public debate still tends to judge air defence by the share of targets shot down. That metric made sense when Russia fired a few dozen missiles a week. It is far less useful against a mass-drone campaign, for three reasons.

First, decoys inflate the denominator. A significant share of what Ukraine "shoots down" carries no warhead, and some of it is brought down by electronic warfare rather than by kinetic means; the air force's category of "locationally lost" drones captures the ambiguity.

Second, cost matters more than ratios. A surface-to-air missile can cost a hundred times more than the drone it destroys. Ukraine's answer — mobile fire groups with machine guns, and, since spring, interceptor drones that ram their targets — is cheaper, but it needs thousands of trained people spread across the country, and those people are also needed at the front.

Third, the attacker learns. Russia has experimented with flying drones at very low altitude, with approaching from the north through Belarusian airspace, and with loitering over a city for an hour before diving. Each adaptation forces a defensive response, and the defender is always half a step behind.

The front line: a forty-kilometre kill zone
The same logic now dominates the ground war. Small first-person-view drones, many of them guided by fibre-optic cable and therefore immune to jamming, have turned a strip some fifteen to twenty kilometres deep on either side of the front into a zone in which almost any movement is detected and attacked. Heavier bomber drones and "mothership" systems that carry FPVs further have extended that zone to forty kilometres and beyond.

For the infantry the consequences are brutal. Rotations are carried out on foot at night, supplies arrive by ground robot, and evacuations can take days. Yesterday, a fibre-optic FPV drone struck an evacuation vehicle near Kostiantynivka, killing a volunteer driver, according to the brigade that was using it. Incidents like this are now so common that they rarely make the news.

Russia's advantage in this domain is mass and organisation rather than technology. Since 2024 it has created dedicated drone units in every army, and its Rubikon centre has become a school and a strike force at once. Ukraine pioneered most of the techniques, and its Unmanned Systems Forces remain innovative, but it cannot match Russia's numbers of operators or its steady supply of Chinese components.

The long-range war in the other direction
Ukraine's own long-range drone campaign against Russian refineries, depots and airfields has grown in parallel. In the early hours of 1 December, Ukrainian drones hit an oil depot in Klintsy, in Russia's Bryansk region, setting two storage tanks on fire; the regional governor reported no casualties. Strikes of this kind have cut Russian refining capacity at times by a sixth, according to industry estimates, but Russia has repeatedly shown that it can repair damaged units within weeks. The campaign is a tax on the Russian war economy, not a way to end the war.

Spillover onto NATO territory
The most politically significant development of 2025 was the spillover onto the territory of NATO member states. The mass incursion into Polish airspace in September, when allied aircraft shot down drones over Poland for the first time, was treated at the time as a turning point. In practice, it has been followed by a steady trickle of smaller incidents that individually fall below the threshold of crisis but collectively normalise the presence of Russian drones over the alliance.

The last week offers examples from both ends of the eastern flank. On 29 November, fragments of a drone were found in a field near Mircze, in Poland's Lublin province, after a night of Russian strikes on the Volyn region; nobody was hurt. On 30 November, Romania scrambled two F-16s when a drone crossed into its airspace over Tulcea county during an attack on Ukraine's Danube ports. Neither government has blamed Russia for a deliberate provocation, and Moscow denies responsibility in each case.

We do not believe that most of these incursions are deliberate tests of NATO's resolve, though some may be. They are, more plausibly, the product of Russian indifference: the routes that are most convenient for attacking western Ukraine run close to the border, and the drones' navigation is crude. But the effect is the same. Each incident forces an allied response, uses up readiness, and raises the question of what would happen if a drone killed someone in Poland or Romania.

What to expect in 2026
Three trends are likely to shape the coming year.

First, numbers will keep rising. Russia's production capacity suggests that nights with a thousand drones are possible in 2026. If that happens, the current model of Ukrainian defence — concentrating scarce missile systems around a few cities and relying on mobile groups elsewhere — will come under severe strain.

Second, the balance between offence and defence will depend on interceptors. If Ukraine and its partners can produce cheap interceptor drones in the tens of thousands per month, and train crews to use them, the cost exchange could turn in the defender's favour for the first time. If not, Ukraine will be forced to choose between protecting its cities and protecting its energy system.

Third, the eastern flank will have to build a genuine drone wall rather than talk about one. That means sensors along the whole border, rules of engagement that allow rapid shoot-downs over unpopulated areas, and a common procurement of interceptors with Ukraine, which has more experience of the problem than any NATO army.

None of this is a technological silver bullet. The war of 2025 has shown that mass beats magic: the side that can produce, launch and replace the most cheap systems, and organise the people who use them, gains the advantage. Europe's defence industry has been slow to absorb that lesson. 2026 will test whether it can.

"The Shahed is not a clever weapon. It is a patient one, and patience is exactly what Russia's strategy is built on," said Lewandowska.

The views expressed are those of the authors and do not necessarily reflect those of the Institute.
Topics: drones · air defence · NATO eastern flank · Russia · Ukraine
© 2025 Vistula–Dnipro Institute for Security Studies. All rights reserved.
"""
DOC = {"id": "f13", "date": "2025-12-04", "source": "Vistula–Dnipro Institute for Security Studies (think-tank commentary)",
       "url": "https://vdiss.example/commentary/mass-not-magic-drone-war-2025", "text": TEXT}

AF = "Ukrainian Air Force"
EVENTS = [
    E("f13-1", "missile_artillery_strike", "2025-12-02", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(596)), W("missile", launched=N(21))], claimant=AF,
      note="'The night of 1 to 2 December' = 2 December; combined wave at country precision typed by the missiles"),
    E("f13-2", "interception", "2025-12-02", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(540)), W("missile", intercepted=N(18))], claimant=AF, parent="f13-1",
      note="540 drones and 18 missiles shot down"),
    E("f13-3", "missile_artillery_strike", "2025-12-02", L("Pavlohrad"), "RU", "UA", fat=N(2),
      weapons=[W("ballistic_missile")], parent="f13-1",
      note="ballistic missile on a railway depot, two workers killed; the 'energy facilities in four regions' has no "
           "places (no children)"),
    E("f13-4", "air_drone_strike", "2025-12-03", L("Kostiantynivka", 2, "near Kostiantynivka"), "RU", "UA", fat=N(1),
      weapons=[W("drone")], claimant="Ukrainian brigade",
      note="'Yesterday' in a 4 December commentary = 3 December; fibre-optic FPV kills a volunteer driver; attacker "
           "from context (Russian drones in the kill zone)"),
    E("f13-5", "air_drone_strike", "2025-12-01", L("Klintsy"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Bryansk region governor",
      note="'In the early hours of 1 December' oil depot hit, two tanks on fire; 'no casualties' = 0/0"),
    E("f13-6", "air_drone_strike", "2025-11-29", L("Mircze", 2, "near Mircze"), "RU", "PL", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'On 29 November' drone fragments in a field near Mircze, 'nobody was hurt': debris on NATO soil = "
           "air_drone_strike RU→PL (blind4 call 9); Moscow's denial is a claim"),
    E("f13-7", "military_mobilization", "2025-11-30", R("RO-TL", "Tulcea county"), "RO", None,
      note="'On 30 November' two F-16s scrambled when a drone crossed into the airspace over Tulcea county: the "
           "scramble is coded where the text places the incident (county); the crossing itself left no debris"),
    E("f13-8", "air_drone_strike", "2025-09-01", C("PL", "Poland"), "RU", "PL", end="2025-09-30", prec="month",
      weapons=[W("drone")], optional=True,
      note="the 'mass incursion into Polish airspace in September' with allied shoot-downs: a recalled event without a "
           "day (optional); the shoot-down would be a PL interception, also undated"),
]
STATEMENTS = [
    S("Katarzyna Lewandowska", None, "The Shahed is not a clever weapon. It is a patient one", "Senior Fellow"),
]
MUST_NOT = ["VISTULA–DNIPRO INSTITUTE FOR SECURITY STUDIES",
            "Research | Commentary | Events | Podcasts | About us | Support our work",
            "Home / Commentary / Air and missile defence", "COMMENTARY",
            "Dr. Katarzyna Lewandowska, Senior Fellow, and Mykhailo Savchuk, Research Associate",
            "4 December 2025 · Reading time: 11 minutes", "Download PDF (6 pages) | Cite this commentary",
            "The views expressed are those of the authors and do not necessarily reflect those of the Institute.",
            "Topics: drones · air defence · NATO eastern flank · Russia · Ukraine",
            "© 2025 Vistula–Dnipro Institute for Security Studies. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
