from common import E, L, R, C, N, W, S, gold

TITLE = "Across the water from the reactors: a week in Nikopol"
TEXT = """THE ASHCOMBE HERALD
Home | News | World | Weekend | Opinion | Puzzles
WEEKEND | REPORTAGE
Across the water from the reactors: a week in Nikopol
The town faces Europe's largest nuclear power plant across a drained reservoir. For three years it has been shelled from the other bank. Those who stay have learned to live by the sound of engines.
Words and photographs by Ines Vartanian-Hale in Nikopol
Saturday 10 May 2025
Reading time: 11 minutes
Photograph: A woman walks past a shuttered kiosk on Nikopol's riverside avenue. The cooling towers of the Zaporizhzhia plant are visible on the far bank.

The first thing you learn in Nikopol is to listen. Not for sirens, which sound so often that nobody pays attention any more, but for the thin, high whine of a small drone. When you hear it, you get under something: a balcony, a bus shelter, a tree. The second thing you learn is that it does not always help.

On Thursday morning, a drone of the kind that Ukrainians call an FPV, steered by an operator watching through its camera, flew into the windscreen of a minibus on the road into the town centre. The driver was killed. Three passengers, two of them pensioners on their way to the market, were injured, according to the regional military administration. When I reached the spot an hour later, the minibus had been towed away and a municipal worker was sweeping glass into a dustpan.

"He drove that route for eleven years," said Svitlana Horobets, who runs the kiosk at the stop and knew the driver. "Every morning he waved. This morning he did not get here."

Across the water

Nikopol sits on the northern shore of what used to be the Kakhovka Reservoir. Since the dam downstream was destroyed in the summer of 2023, the reservoir has drained into a green plain of willows and reeds, crossed by the old riverbed of the Dnipro. On the other side, some fifteen to twenty kilometres away, stand the six reactors of the Zaporizhzhia nuclear power plant and the town of Enerhodar, which Russian forces have occupied since the spring of 2022.

From there, and from the riverbank to either side, Russian artillery and drone crews fire on Nikopol almost every day. The town had about 110,000 people before the full-scale invasion; officials now estimate that fewer than half remain. Whole streets along the riverside stand empty, windows boarded up with chipboard, fences marked with the names of owners who have gone to Dnipro, to Lviv, to Poland.

The shelling began in the summer of 2022. Residents remember the first deaths precisely. On 12 August 2022, Grad rockets fell on a street of private houses near the river port, killing three people. "Before that we thought it would not happen to us," said Mykola Derkach, a retired welder who lives two streets away. "After that we knew it would not stop."

The nuclear plant hangs over all of it. On Wednesday, the International Atomic Energy Agency said that a drone had struck close to the plant's training centre on Tuesday evening, without causing casualties or affecting the reactors, which have been in cold shutdown since 2022. Russia's appointees at the plant blamed Ukraine. Ukrainian officials said the attack was staged to discredit them. The agency, as usual, named no one. Nikopol's residents, who have iodine tablets in their kitchen drawers, follow such reports closely, though few of them believe that either side would deliberately risk a disaster.

Water and gas

The town's everyday problems are less dramatic and more constant. Since the reservoir drained, Nikopol has had no natural source of drinking water, and the city's supply depends on a pipeline and a pumping station that were built in a hurry in 2023. On 21 March, Russian artillery hit that pumping station, and the town was without running water for nine days. Volunteers distributed bottled water from trucks; people queued at wells in the courtyards of old houses.

Neighbouring Marhanets, a mining town about 20 kilometres upstream, lost its gas on Tuesday, when a drone dropped an explosive charge on a distribution pipeline at the town's edge. About 2,000 households were left without gas for cooking, the regional gas company said. Repairs began on Wednesday and were expected to take several days.

On Friday evening, another drone attack wounded a woman in her garden in the village of Chervonohryhorivka, along the shore between the two towns. She was taken to hospital in Nikopol with shrapnel wounds to her legs. Her neighbours told me that drones now fly over the village at dusk almost every day, looking for anything that moves.

The hospital

Nikopol's central hospital treats the wounded from the town and from villages along the shore. Its surgical department moved to the basement in 2022, and the windows of the upper floors are stacked with sandbags. A surgeon, Andrii Lozynskyi, said that most of his patients now come with shrapnel wounds from drones rather than from artillery, a change he dates to the end of last summer. "With a shell, it is luck. With a drone, somebody chose you," he said. The hospital has not been hit directly, but its windows have been blown out twice.

The children leave

On Monday, the regional military administration ordered the compulsory evacuation of families with children from villages of the Nikopol district that lie closest to the shore. It was not the first such order; an earlier one, in 2024, applied to the town's southern districts. Officials say fewer than 300 children remain in the area affected. Parents can refuse; the authorities say they will not remove anyone by force.

At School No. 11, which has held lessons online since 2022, a teacher, Oksana Tymchuk, keeps a list of her pupils' new addresses on the wall of the empty staffroom. There are 23 names; only four of the children are still in Nikopol. "If the shelling stops, half of them will come back," she said. "If it goes on another year, none of them will."

Some residents compare their lives with those of people in Kharkiv or Kherson, who face the same drones and the same artillery. Others compare it with older wars. An elderly man who gave only his first name, Petro, told me that his father had fought on this same river in the autumn of 1943, when Soviet troops crossed the Dnipro under German fire. "He used to say that a river is the worst place to fight," Petro said. "Now I understand him."

Night

The night before I left, the town was shelled again. Shortly after two o'clock on Saturday morning, artillery shells set fire to two houses on a street near the old port. Firefighters arrived under continuing fire and put out the flames by dawn. No one was hurt, the regional administration said; the families had been sleeping in a cellar.

By eight the streets were full. A woman sold radishes and spring onions from a folding table outside the market. A man repaired a bicycle on the pavement. At the minibus stop where the driver had died two days earlier, a queue formed for the next bus, which was late.

"What do we do? We go to work," Horobets said. "If we sat in the cellar waiting for the end, we would have been sitting there for three years."

Nobody here expects the war to end soon. A ceasefire, many said, would change little as long as Russian troops stay on the far bank. Asked what would make her leave, Tymchuk thought for a long time. "When the school is shelled," she said. "Not before."

Ines Vartanian-Hale reported from Nikopol and Marhanets. Additional reporting by Dmytro Skrypnyk.
Read more Weekend reportage: The last pharmacy in Orikhiv
Ashcombe Herald journalism is supported by readers. Subscribe from £1 a week
© Ashcombe Herald Media Group 2025
"""
DOC = {"id": "kv05", "date": "2025-05-10", "source": "The Ashcombe Herald (newspaper site, weekend reportage)",
       "url": "https://ashcombeherald.example/weekend/2025/may/10/nikopol-across-the-water-from-the-reactors", "text": TEXT}

SAT, FRI, THU, TUE, MON = "2025-05-10", "2025-05-09", "2025-05-08", "2025-05-06", "2025-05-05"
EVENTS = [
    E("kv05-1", "air_drone_strike", THU, L("Nikopol"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("drone")],
      note="'On Thursday morning' (Thu 8 May, publication Sat 10 May): FPV drone into a minibus on the road into the "
           "town centre, driver killed, three passengers injured; 'where the driver had died two days earlier' repeats "
           "it"),
    E("kv05-2", "missile_artillery_strike", "2022-08-12", L("Nikopol"), "RU", "UA", fat=N(3),
      weapons=[W("mlrs", "Grad")],
      note="'On 12 August 2022, Grad rockets fell on a street of private houses near the river port, killing three "
           "people': a recollection with a day -> required (blind39 call 7)"),
    E("kv05-3", "air_drone_strike", TUE, L("Enerhodar"), None, "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="IAEA",
      note="the IAEA 'On Wednesday': a drone struck close to the plant's training centre 'on Tuesday evening' (6 May) "
           "'without causing casualties' = 0/0; Russia's appointees blame Ukraine, Ukraine calls it staged, the agency "
           "names no one -> mutual blame, actor1 null (blind37 call 4); the plant is Ukrainian (actor2 UA)"),
    E("kv05-4", "missile_artillery_strike", "2025-03-21", L("Nikopol"), "RU", "UA", weapons=[W("artillery")],
      note="'On 21 March, Russian artillery hit that pumping station' (21 Mar 2025): a recalled strike with a day"),
    E("kv05-5", "infrastructure_disruption", "2025-03-21", L("Nikopol"), "RU", "UA", parent="kv05-4",
      end="2025-03-29", prec="range",
      note="'the town was without running water for nine days' -> from 21 March, nine days (to 29 March), range"),
    E("kv05-6", "air_drone_strike", TUE, L("Marhanets"), "RU", "UA", weapons=[W("drone")],
      note="'Neighbouring Marhanets … lost its gas on Tuesday, when a drone dropped an explosive charge on a "
           "distribution pipeline at the town's edge' (Tue 6 May)"),
    E("kv05-7", "infrastructure_disruption", TUE, L("Marhanets"), "RU", "UA", parent="kv05-6",
      note="'About 2,000 households were left without gas for cooking'; repairs from Wednesday are part of it"),
    E("kv05-8", "air_drone_strike", FRI, L("Chervonohryhorivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'On Friday evening, another drone attack wounded a woman in her garden in the village of "
           "Chervonohryhorivka' (Fri 9 May)"),
    E("kv05-9", "policy_decision", MON, L("Nikopol", 2), "UA", None,
      note="'On Monday, the regional military administration ordered the compulsory evacuation of families with "
           "children from villages of the Nikopol district' (Mon 5 May): an order about a named district, precision 2 "
           "at the town (blind39 call 7); the 2024 order is history"),
    E("kv05-10", "missile_artillery_strike", SAT, L("Nikopol"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      note="'Shortly after two o'clock on Saturday morning, artillery shells set fire to two houses on a street near "
           "the old port' (the publication day); 'No one was hurt' = 0/0"),
]
# Not events: sirens and the drone whine (habitual); the photo caption (description); the dam 'destroyed in the
# summer of 2023' (history without a day); Enerhodar 'occupied since the spring of 2022' (history); fire 'almost
# every day' (habitual); population estimates and empty streets; 'The shelling began in the summer of 2022' (no
# day); the welder's quote; reactors 'in cold shutdown since 2022'; 'The agency, as usual, named no one'; iodine
# tablets; the pipeline 'built in a hurry in 2023'; volunteers' bottled water and the queues (part of the water
# outage); repairs 'expected to take several days' (forecast); drones over the village 'almost every day' (habitual);
# the hospital (the surgery in the basement 'in 2022', drone wounds since 'the end of last summer', 'has not been
# hit directly', windows blown out 'twice': history and habit without days; the surgeon's quote); the earlier evacuation order 'in 2024' (history without a day), fewer than 300 children, 'will not remove anyone by
# force' (negation); lessons online 'since 2022'; 'If the shelling stops, half of them will come back' (conditional);
# the Soviet crossing of the Dnipro 'in the autumn of 1943' (another war); the firefighters 'under continuing fire'
# (part of the Saturday strike); the market and the late bus; 'Nobody here expects the war to end soon', 'A
# ceasefire … would change little' (opinion, conditional); 'When the school is shelled' (hypothetical). Quotes not
# gold: Petro's (first name only), the second sentences of the quoted residents.
STATEMENTS = [
    S("Svitlana Horobets", "UA", "He drove that route for eleven years", "kiosk owner, Nikopol"),
    S("Mykola Derkach", "UA", "After that we knew it would not stop", "retired welder, Nikopol"),
    S("Andrii Lozynskyi", "UA", "With a drone, somebody chose you", "surgeon, Nikopol central hospital"),
    S("Oksana Tymchuk", "UA", "If the shelling stops, half of them will come back", "teacher, Nikopol"),
]
MUST_NOT = ["THE ASHCOMBE HERALD",
            "Home | News | World | Weekend | Opinion | Puzzles",
            "WEEKEND | REPORTAGE",
            "Words and photographs by Ines Vartanian-Hale in Nikopol",
            "Saturday 10 May 2025",
            "Reading time: 11 minutes",
            "Read more Weekend reportage: The last pharmacy in Orikhiv",
            "Ashcombe Herald journalism is supported by readers. Subscribe from £1 a week",
            "© Ashcombe Herald Media Group 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
