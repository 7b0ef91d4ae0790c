from common import E, L, R, C, N, W, S, gold

TITLE = "Ballistic missiles kill four in Kyiv; Ukrainian drones target Bryansk chemical plant"
TEXT = """RW  Rhine Wave
Topics  Media Center  Live TV  Learn German
Skip next section Rhine Wave Top Stories
Conflicts
Ballistic missiles kill four in Kyiv; Ukrainian drones target Bryansk chemical plant
Russia struck the Ukrainian capital with ballistic missiles overnight, killing four people in a residential district. Hours earlier, Ukraine targeted a chemical plant in Russia's Bryansk region that Kyiv says produces explosives for the army.
Jonas Keller with AGP, UWP
04/21/2026
Russia attacked Ukraine overnight with nine Iskander-M ballistic missiles and 120 attack drones, Ukraine's air force said on Tuesday. Six missiles and 98 drones were shot down or suppressed by electronic warfare, it said.

In Kyiv, a missile struck a 16-storey residential building in the Dniprovskyi district, killing four people, including a 9-year-old boy, and injuring 19, the head of the capital's military administration, Andrii Voitenko, said on Telegram. Several floors collapsed, and rescuers were still searching for people believed to be trapped.

Image: Rescuers carry a wounded woman out of a damaged building in Kyiv on Tuesday. Image: Serhii Lavrenko/RW

In the Brovary district east of the capital, falling drone debris set fire to a warehouse and injured one person, the Kyiv regional administration said.

In Kharkiv, drones hit two districts of the city, injuring five people, Mayor Oleksandr Mykhailiuk said. A kindergarten and a medical center were damaged in the attack.

Skip next section Related content
More on the topic
Why Ukraine wants more Patriot systems
Russia's long-range strikes: what we know
End of related content

Kyiv hits back at Bryansk
Hours before the strike on Kyiv, Ukrainian drones attacked the town of Seltso in Russia's Bryansk region, home to a large chemical plant. Ukraine's General Staff said the plant, which it said manufactures components for gunpowder and explosives, had been hit and a fire had broken out.

The governor of the Bryansk region said 21 Ukrainian drones had been destroyed over the region. There were "no casualties or serious damage," he said, adding that an industrial facility in Seltso had sustained minor damage.

The Kremlin's spokesman condemned the attack as "an act of terrorism against civilian infrastructure."

Ukraine has increasingly used long-range drones against Russian military industry and refineries. Russia, in turn, has escalated its missile and drone strikes on Ukrainian cities, despite calls from European capitals and Washington for an unconditional ceasefire.

"The pattern is clear: every round of diplomacy is followed by a heavier night of strikes," said Katrin Albers, a security analyst at the Berlin-based Center for Eastern European Studies.

Send us your feedback
Print  Permalink
"""
DOC = {"id": "g16", "date": "2026-04-21", "source": "Rhine Wave (international broadcaster site)",
       "url": "https://www.rhinewave.example/en/ballistic-missiles-kill-four-in-kyiv/a-72419983", "text": TEXT}

D = "2026-04-21"
AF = "Ukrainian Air Force"
EVENTS = [
    E("g16-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(9)), W("drone", launched=N(120))], claimant=AF,
      note="overnight wave typed by its heaviest weapon; no nationwide casualty total"),
    E("g16-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("ballistic_missile", "Iskander-M", intercepted=N(6)), W("drone", intercepted=N(98))], claimant=AF,
      parent="g16-1", note="'shot down or suppressed by electronic warfare': EW suppression counts as interception "
                           "here because the text gives one combined figure"),
    E("g16-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Dniprovskyi district)"), "RU", "UA", fat=N(4),
      inj=N(19), weapons=[W("ballistic_missile")], parent="g16-1", claimant="Andrii Voitenko",
      note="missile on a residential building (caption repeats it)"),
    E("g16-4", "air_drone_strike", D, L("Brovary", 2, "Brovary district"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      parent="g16-1", note="drone debris fire; district named after its town = precision 2"),
    E("g16-5", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", inj=N(5), weapons=[W("drone")], parent="g16-1",
      claimant="Oleksandr Mykhailiuk",
      note="drones hit two districts: one city event; 'A kindergarten and a medical center were damaged' (passive) "
           "is part of it"),
    E("g16-6", "air_drone_strike", D, L("Seltso"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="General Staff of Ukraine",
      note="'Hours before the strike on Kyiv' = the same night (publication day); General Staff 'hit … fire' and "
           "governor 'minor damage … no casualties' = one event with two claims, 0/0"),
    E("g16-7", "interception", D, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(21))],
      claimant="Bryansk region governor", note="21 drones destroyed over the region"),
]
STATEMENTS = [
    S("Bryansk region governor", "RU", "no casualties or serious damage", "governor"),
    S("Kremlin spokesman", "RU", "an act of terrorism against civilian infrastructure", "spokesman"),
    S("Katrin Albers", None, "every round of diplomacy is followed by a heavier night of strikes", "security analyst"),
]
MUST_NOT = ["RW  Rhine Wave", "Topics  Media Center  Live TV  Learn German", "Skip next section Rhine Wave Top Stories",
            "Conflicts", "Jonas Keller with AGP, UWP", "04/21/2026", "Skip next section Related content",
            "More on the topic", "Why Ukraine wants more Patriot systems", "Russia's long-range strikes: what we know",
            "End of related content", "Send us your feedback", "Print  Permalink"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
