from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, DIS

TITLE = "The city that looks at the reactor: a week in Nikopol"
TEXT = """LANTERN
stories that take their time
Features | Essays | Photography | Audio | Archive | Subscribe
Features › Europe
The city that looks at the reactor: a week in Nikopol
For three years, Nikopol has lived within sight of Europe's largest nuclear power plant and within range of the guns around it. Its people have learned to read the shelling the way their grandparents read the river.
Words by Katarzyna Wende · Photographs by Mykyta Sobol
Saturday 12 July 2025 · 22 minute read
Content note: this article describes the deaths of civilians.
Photograph: Mykyta Sobol for Lantern

Every morning at seven, Ihor Levchenko unlocks the gate of the bus depot on Kyivska Street and counts the buses. There were 31 when he started as a dispatcher in 2009. There are eleven now, and on Monday morning there were ten for a few hours, until a Russian shell landed in the yard, set fire to a bus that was about to leave for the first run, and killed its driver. Three mechanics who were standing at the workshop door were injured.

"He had started the engine. That is the only reason I know what time it was," Levchenko told me on Tuesday, standing by the burned frame. "The engine makes a noise, and then the noise stopped."

The driver was 61. He had driven the number 4 route, from the depot to the pipe plant and back, for most of his life. He was buried on Wednesday, in a cemetery on the northern edge of the city, the side furthest from the river, where funerals can be held without the mourners having to lie down in the grass when the shelling starts.

A city on the water that is no longer there
Nikopol sits on the right bank of what used to be the Kakhovka reservoir. For most of its history, it was a river town. The Zaporozhian Cossacks built a fortified camp on a headland here in the seventeenth century, and the town's old name, Mykytyn Rih, survives in street names and in a small museum near the embankment. In the nineteenth century, geologists found manganese ore in the steppe around it, and by the middle of the twentieth century Nikopol was a city of mines and pipe mills, with a population of more than 150,000.

Valentyna Zakharchenko, who ran the local history museum until it was closed in 2022 and its collection moved to Dnipro, walked with me along the embankment. "People think of Nikopol as a place that is shelled," she said. "It was a place that made the steel pipes for half of the Soviet Union. It was a place where the Cossacks elected their hetman. The shelling is the least interesting thing that has ever happened here, and it is the only thing anyone knows."

In June 2023 the Kakhovka dam, downstream at Nova Kakhovka, was destroyed, and the reservoir drained away in a few days. Where there was water, there is now a green plain of willow saplings, reeds and cracked mud, crossed by the channel of the Dnipro. On the far side, about ten kilometres away, the six grey blocks of the Zaporizhzhia nuclear power plant stand above the town of Enerhodar, which Russian troops have occupied since March 2022.

Petro Bondar, a retired fisherman, keeps an old boat upside down in his garden. "I used to go out at four in the morning and see the plant lights across the water," he said. "Now I see the same lights across a field, and the field is worse than the water. A field you can cross."

The rhythm of the shelling
The city began to be shelled regularly in the summer of 2022. Since then, the local authorities have counted more than 5,000 attacks with artillery, rockets and drones. Residents talk about the shelling the way other people talk about the weather: it has a season, it has hours, it has favourite districts. Drones come in the mornings, when people go to work; artillery comes in the evenings; the rockets come at night. Nobody can say whether the pattern is real or whether it is what people need to believe.

This week did not follow the pattern. After Monday's shell on the depot, the next attack came on Tuesday at midday, not in Nikopol itself but in Chervonohryhorivka, a settlement a few kilometres upstream. A drone dropped a charge on a man riding a bicycle to his allotment; he was wounded in the legs and taken to hospital in Nikopol, the head of the district military administration said.

On Wednesday evening, Russian forces fired Grad rockets at the southern part of Nikopol, near the pipe plant. Nobody was hurt, but the rockets brought down a power line, and about 4,000 households were left without electricity overnight. Repair crews could not start work until the morning, because of the risk of a second salvo.

Maryna Kotsiuba, a nurse at the city hospital, has worked through all of it. In the first year, she says, she kept a notebook of the wounded; she stopped when she reached the second notebook. "The injuries have changed," she told me. "At first it was shrapnel, from shells. Now it is the drones, and the drones are precise. They hit the legs, the hands. They hit people who are riding bicycles."

On Thursday the drones reached Pokrov, a mining town twenty kilometres to the west, where a strike damaged the pumping station that supplies the town with drinking water. Nobody was injured. Water was cut off in the whole town for most of the day, and the hromada's volunteers drove tanks of water from street to street until the supply was restored on Friday morning.

On the same day, across the dry reservoir, the Russian-installed administration of Enerhodar claimed that a Ukrainian drone had hit a transformer at a substation in the town. The claim could not be verified. The Ukrainian military did not comment. Both sides have accused each other, many times, of shelling the area around the nuclear plant; the International Atomic Energy Agency, whose inspectors have been stationed at the plant since September 2022, has repeatedly said that it cannot attribute the attacks.

Memory on the walls
There are memorials all over Nikopol, most of them improvised: a photograph taped to a lamp post, a ribbon on a fence. On the wall of the bus station, someone has painted the names of the people killed there on 27 June last year, when a drone struck a minibus waiting at the platform, killing the driver and a passenger. "We painted them ourselves, because we did not want to wait for the city," said one of the drivers who did it.

Other dates are harder to reconstruct. One morning in the winter of 2023, a shell landed in a schoolyard on the eastern edge of the city and killed a teacher who was clearing snow. Nobody I spoke to could remember the exact day. The school has been closed since 2022, and the teacher's name is written on a board at the entrance, with a date that someone has since scratched out.

The municipal authorities estimate that about half of the city's pre-war population remains, most of them older people and families who have nowhere else to go. Children study online; the schools that reopened in other front-line cities have stayed closed here, because the city is too close to the guns.

What the city is waiting for
Nobody in Nikopol expects the shelling to end soon. The city's future depends, like everything on this stretch of the Dnipro, on the nuclear plant. If the plant were ever returned to Ukrainian control, the guns around Enerhodar would have to go with it; if it is not, people here assume, the shelling will continue as long as the war does.

In the meantime, the city is preparing for another winter. The district administration wants to build a network of small gas-fired generators, so that a single damaged line cannot leave thousands of households without power, and it is asking donors to pay for them. The plan will only work if the money comes before October.

As this article was being finished, in the early hours of Saturday, Russian artillery struck a residential street in the centre of Nikopol. Two people were killed and one was wounded, the head of the regional military administration said in the morning. Levchenko sent me a photograph: the depot was untouched this time. "Ten buses," he wrote. "All here."
Photograph: the bus depot on Kyivska Street, Monday. Mykyta Sobol for Lantern
Lantern is funded by its readers. Become a member from €6 a month
Also in Features: The ferry that no longer crosses
© 2025 Lantern Media
"""
DOC = {"id": "ln02", "date": "2025-07-12", "source": "Lantern (long-form magazine site, feature)",
       "url": "https://lantern-magazine.example/features/2025/07/12/nikopol-the-city-that-looks-at-the-reactor",
       "text": TEXT}


def d(dd):
    return f"2025-07-{dd:02d}"


EVENTS = [
    E("ln02-1", MAS, d(7), L("Nikopol"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("artillery")],
      note="'on Monday morning … a Russian shell landed in the yard [of the bus depot], set fire to a bus … and killed its "
           "driver. Three mechanics … were injured' (Saturday 12 July -> Mon 7 July); the funeral on Wednesday is no "
           "event; Nikopol 700051 (Dnipropetrovsk), not the Kharkiv hamlet"),
    E("ln02-2", ADS, d(8), L("Chervonohryhorivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      claimant="head of the district military administration",
      note="'the next attack came on Tuesday at midday … in Chervonohryhorivka … A drone dropped a charge on a man riding "
           "a bicycle … wounded' -> 8 July, the village itself"),
    E("ln02-3", MAS, d(9), L("Nikopol"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("mlrs", "BM-21 Grad")],
      note="'On Wednesday evening, Russian forces fired Grad rockets at the southern part of Nikopol … Nobody was hurt' "
           "-> 9 July, 0/0, MLRS"),
    E("ln02-4", DIS, d(9), L("Nikopol"), "RU", "UA", parent="ln02-3",
      note="'the rockets brought down a power line, and about 4,000 households were left without electricity overnight' "
           "-> an outage caused by the strike"),
    E("ln02-5", ADS, d(10), L("Pokrov"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'On Thursday the drones reached Pokrov … a strike damaged the pumping station … Nobody was injured' -> 10 July, "
           "0/0; Pokrov 698436 (Dnipropetrovsk oblast)"),
    E("ln02-6", DIS, d(10), L("Pokrov"), "RU", "UA", parent="ln02-5", prec="range", end=d(11),
      note="'Water was cut off in the whole town for most of the day … until the supply was restored on Friday morning' "
           "-> a water cut from Thursday to Friday (range, blind50 la08's water cut)"),
    E("ln02-7", ADS, d(10), L("Enerhodar"), "UA", None, claimant="Russian-installed administration of Enerhodar",
      weapons=[W("drone")],
      note="'On the same day [Thursday] … the Russian-installed administration of Enerhodar claimed that a Ukrainian drone "
           "had hit a transformer at a substation in the town': an occupation claim keeps the claimed attacker (UA) with "
           "actor2 null (blind49 call 5, blind51 call 5); 'could not be verified' does not remove the claim; Enerhodar "
           "709276 (Zaporizhzhia oblast)"),
    E("ln02-8", ADS, "2024-06-27", L("Nikopol"), "RU", "UA", fat=N(2), weapons=[W("drone")],
      note="recollection with a day: 'the people killed there on 27 June last year, when a drone struck a minibus waiting "
           "at the platform, killing the driver and a passenger' -> 27 June 2024, required (blind50 call 7)"),
    E("ln02-9", MAS, None, L("Nikopol"), "RU", "UA", prec="unknown", fat=N(1), optional=True,
      weapons=[W("artillery")],
      note="'One morning in the winter of 2023, a shell landed in a schoolyard … and killed a teacher … Nobody … could "
           "remember the exact day' -> a specific incident without a day: optional, date null (blind50 call 7)"),
    E("ln02-10", MAS, d(12), L("Nikopol"), "RU", "UA", fat=N(2), inj=N(1), weapons=[W("artillery")],
      claimant="head of the regional military administration",
      note="'in the early hours of Saturday, Russian artillery struck a residential street in the centre of Nikopol. Two "
           "people were killed and one was wounded' -> the publication Saturday"),
]
# Not events: the depot's 31 buses in 2009 and eleven now (state); the funeral 'on Wednesday'; the Cossack camp 'in the
# seventeenth century', manganese 'in the nineteenth century', the museum 'closed in 2022' (history); the Kakhovka dam
# 'destroyed' in June 2023 and Enerhodar 'occupied since March 2022' (history without a day); shelling 'regularly in the
# summer of 2022', 'more than 5,000 attacks' since then, the daily rhythm (history, totals, habit); the nurse's
# notebooks (habit); the volunteers' water deliveries (response); 'Both sides have accused each other, many times' and
# the IAEA inspectors 'since September 2022' (history, habit); the memorials; half the population remains, children
# study online (state); 'If the plant were ever returned … if it is not' (conditional); the generators the
# administration 'wants to build' and 'will only work if' (plan, conditional); 'the depot was untouched this time'
# (negation).
STATEMENTS = [
    S("Ihor Levchenko", "UA", "That is the only reason I know what time it was", "bus depot dispatcher, Nikopol"),
    S("Valentyna Zakharchenko", "UA", "The shelling is the least interesting thing that has ever happened here",
      "former director of the local history museum"),
    S("Petro Bondar", "UA", "the field is worse than the water", "retired fisherman, Nikopol"),
    S("Maryna Kotsiuba", "UA", "They hit people who are riding bicycles", "nurse, Nikopol city hospital"),
]
# Not gold: the unnamed driver's "We painted them ourselves" (no named speaker), Levchenko's text message "Ten buses …
# All here" (short fragment, not gold).
MUST_NOT = ["LANTERN", "stories that take their time", "Features | Essays | Photography | Audio | Archive | Subscribe",
            "Features › Europe", "Words by Katarzyna Wende · Photographs by Mykyta Sobol",
            "Saturday 12 July 2025 · 22 minute read", "Content note: this article describes the deaths of civilians.",
            "Photograph: Mykyta Sobol for Lantern",
            "Photograph: the bus depot on Kyivska Street, Monday. Mykyta Sobol for Lantern",
            "Lantern is funded by its readers. Become a member from €6 a month",
            "Also in Features: The ferry that no longer crosses", "© 2025 Lantern Media"]

EVIDENCE = {
    "ln02-1": "on Monday morning there were ten for a few hours, until a Russian shell landed in the yard, set fire to a bus that was about to leave for the first run, and killed its driver.",
    "ln02-2": "A drone dropped a charge on a man riding a bicycle to his allotment; he was wounded in the legs",
    "ln02-3": "On Wednesday evening, Russian forces fired Grad rockets at the southern part of Nikopol, near the pipe plant.",
    "ln02-4": "about 4,000 households were left without electricity overnight",
    "ln02-5": "On Thursday the drones reached Pokrov, a mining town twenty kilometres to the west, where a strike damaged the pumping station that supplies the town with drinking water.",
    "ln02-6": "Water was cut off in the whole town for most of the day",
    "ln02-7": "the Russian-installed administration of Enerhodar claimed that a Ukrainian drone had hit a transformer at a substation in the town",
    "ln02-8": "the people killed there on 27 June last year, when a drone struck a minibus waiting at the platform, killing the driver and a passenger",
    "ln02-9": "One morning in the winter of 2023, a shell landed in a schoolyard on the eastern edge of the city and killed a teacher who was clearing snow.",
    "ln02-10": "in the early hours of Saturday, Russian artillery struck a residential street in the centre of Nikopol.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
