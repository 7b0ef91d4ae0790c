from common import E, L, R, C, N, W, S, gold

TITLE = "The last pharmacy in Orikhiv: a town that counts its days between the bombs"
TEXT = """BORDERLANDS JOURNAL
Reportage | Essays | Photo | Audio | Shop
REPORTAGE — UKRAINE
The last pharmacy in Orikhiv: a town that counts its days between the bombs
Fewer than a thousand people remain in a town six kilometres from the front. They stay for their houses, their animals and each other.
Text by Ruth Abernethy-Kyle · Photographs by Dmytro Chornyi
19 September 2024
This story contains descriptions of injuries.
ORIKHIV, Zaporizhzhia region — The shelling starts at around six in the evening, Liudmyla Bereza says, as if she were describing a bus timetable. "First they fire at the crossroads, then at the centre, then they are quiet for an hour and start again. You learn it like a song." She is 71 and has lived on the same street for 48 years. Before the full-scale invasion, Orikhiv had 14,000 residents; the local authorities now count fewer than 1,000.

The town sits on the road between Zaporizhzhia and the occupied south, six kilometres from the front line that has barely moved since the Ukrainian counteroffensive ran out of strength in the autumn of last year. Russian positions are close enough that artillery, drones and glide bombs can reach every corner of the town. Most of the buildings on the central square have no roofs; many have no walls.

Liudmyla remembers the day the war arrived in Orikhiv exactly. On 3 March 2022, a shell hit the bus station, killing her neighbour, a retired teacher who had gone to ask about the last bus to Zaporizhzhia. "After that, nobody asked about buses any more," she says.

The pharmacy
Until this month, Orikhiv had one pharmacy. It was run by Valentyna Shevchuk, 58, who had kept it open through two winters of shelling, sleeping on a mattress in the storeroom when the roads were too dangerous. On 2 September, a Russian glide bomb hit the building next door, bringing down the pharmacy's ceiling. Valentyna was killed; her assistant, who was in the basement, survived.

Now the town's medicines come twice a week in the van of a volunteer group from Zaporizhzhia, if the road is passable. Yesterday morning, the van did not make it. An FPV drone hit it on the road about four kilometres north of the town, injuring the two volunteers inside, the regional police said. Both were taken to hospital in Zaporizhzhia. "We knew that drones were hunting on that road. We drove anyway, because people here need insulin," said Artem Lysenko, the group's coordinator, speaking by phone from the hospital where his colleagues were being treated.

The volunteers have been targeted before. In the spring, a drone dropped a grenade next to their van as they unloaded bread in the town centre, and one of them lost the hearing in his left ear. Nobody in the group remembers the exact date.

Water
Orikhiv has had no centralised water supply since the summer of 2023. Residents collect rainwater and fetch drinking water from a well at the Orthodox church, where the priest has installed a filter donated by a charity. The one source of technical water, a water tower at the edge of the old sugar factory, was hit by shells on Tuesday evening. No one was hurt, the town's military administration said, but the tower can no longer be used, and the town's remaining residents now have to rely entirely on water delivered by truck.

Oleksandr Pryimak, 64, drives that truck. He remembers the winter of 2022 to 2023 as the worst time: the town was shelled for weeks on end, and he slept in his cab because his house had lost its roof. One night that winter, he says, a missile hit the bakery on his street and killed the baker's son. He cannot remember which night it was. "There were so many nights," he says.

The school
Orikhiv's school number two has not had pupils since February 2022. Its director, Nina Ostapenko, still comes in twice a week to check on the building and to teach her remaining pupils online from the one classroom that has a working generator. Most of her pupils now live in Zaporizhzhia, Dnipro or abroad; some log in from Germany, one from Canada. "I have a girl in Hamburg who still asks me to explain fractions in Ukrainian, because the German teacher explains them differently," she says, smiling for the first time in our conversation.

The school itself has been hit many times. Nina keeps a notebook in which she writes down every strike on the building: the date, the time, what was destroyed. The notebook runs to eleven pages. The most recent entry is from Sunday, 15 September, when a drone hit the roof of the gym. No one was hurt; the gym had been empty since 2022. "I write it down so that one day somebody will have to answer for it," she says.

The notebook does not list the many nights when shells landed in the schoolyard without hitting the building. "If I wrote down all of those, I would need a second notebook," Nina says. In the first summer of the full-scale war, the school's basement served as a shelter for more than a hundred people; now it is full of water.

Why they stay
Most of those who remain are elderly. Some have relatives who left and send money from Poland or Germany; some have no one. Many say they cannot imagine living in a hostel in Zaporizhzhia, sharing a room with strangers. Others stay for their animals: dogs, cats, goats, a horse that wanders the central square at dusk.

On 12 September, the regional military administration ordered the mandatory evacuation of families with children from Orikhiv and four surrounding villages, citing the increase in guided bomb attacks. Officials say there are no children left in Orikhiv itself, but a few families are believed to live in the villages. The order does not apply to adults without children, and the authorities say they cannot force anyone to leave.

"If they come with a bus and say this is the last bus, maybe I will go," Liudmyla says. "But every bus they tell me is the last bus."

What comes next
Ukrainian officers in the area say they expect Russian forces to try again to advance towards Orikhiv in the coming months, as they did in the summer, when Russian assault groups tried to push along the railway line from the south. If that happens, the town could become a front line in the literal sense, like Avdiivka or Vuhledar before it. Nobody in Orikhiv wants to talk about that. "We will think about it when it happens," says Oleksandr. "Today we have water."

On the evening we left, the shelling started at a quarter past six.
Support independent reportage: become a Borderlands member
Photographs © Dmytro Chornyi for Borderlands Journal
More reportage: The ferrymen of the Dnipro
Borderlands Journal is published by Borderlands Media Cooperative.
"""
DOC = {"id": "kp07", "date": "2024-09-19", "source": "Borderlands Journal (long-form reportage site)",
       "url": "https://borderlands-journal.example/reportage/orikhiv-last-pharmacy", "text": TEXT}

D = "2024-09-19"
EVENTS = [
    E("kp07-1", "missile_artillery_strike", "2022-03-03", L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="'On 3 March 2022, a shell hit the bus station, killing her neighbour': a recalled event with a resolvable day "
           "-> required (blind11/13/15 convention, the brief)"),
    E("kp07-2", "air_drone_strike", "2024-09-02", L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      note="'On 2 September, a Russian glide bomb hit the building next door': the pharmacist killed"),
    E("kp07-3", "air_drone_strike", "2024-09-18", L("Orikhiv", 2), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'Yesterday morning' (18 Sep): FPV drone on the volunteers' van 'about four kilometres north of the town', "
           "2 injured: near the town -> precision 2"),
    E("kp07-4", "missile_artillery_strike", "2024-09-17", L("Orikhiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      note="water tower 'hit by shells on Tuesday evening' (17 Sep), 'No one was hurt' = 0/0"),
    E("kp07-5", "infrastructure_disruption", "2024-09-17", L("Orikhiv"), "RU", "UA", parent="kp07-4",
      note="the tower 'can no longer be used', residents rely on trucked water: the loss of the last technical water "
           "source (the centralised supply cut 'since the summer of 2023' is background)"),
    E("kp07-9", "air_drone_strike", "2024-09-15", L("Orikhiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="the notebook's latest entry, 'Sunday, 15 September, when a drone hit the roof of the gym. No one was hurt' "
           "= 0/0, a dated recollection -> required"),
    E("kp07-6", "policy_decision", "2024-09-12", L("Orikhiv", 2), "UA", None,
      note="'On 12 September, the regional military administration ordered the mandatory evacuation of families with "
           "children from Orikhiv and four surrounding villages': an order about named places, precision 2 at the town "
           "(blind34 call 2, the Glushkovo order)"),
    E("kp07-7", "air_drone_strike", None, L("Orikhiv"), "RU", "UA", prec="unknown", optional=True, weapons=[W("drone")],
      note="'In the spring, a drone dropped a grenade next to their van … Nobody … remembers the exact date': a real "
           "incident without a day -> optional"),
    E("kp07-8", "missile_artillery_strike", None, L("Orikhiv"), "RU", "UA", prec="unknown", optional=True, fat=N(1),
      weapons=[W("missile")],
      note="'One night that winter … a missile hit the bakery … killed the baker's son. He cannot remember which night': "
           "undatable -> optional"),
]
# Not events: the shelling 'at around six in the evening' (habitual) and 'a quarter past six' on 'the evening we left'
# (no place hit, no day beyond the reporters' visit: colour); population figures; the front 'barely moved since' the
# counteroffensive 'in the autumn of last year'; roofless buildings (state); the pharmacist's two winters; medicines
# 'twice a week' (habitual); 'drones were hunting on that road' (habitual); no centralised water 'since the summer of
# 2023'; the church well and filter; the winter of 2022-23 'shelled for weeks on end'; relatives abroad; 'no children
# left' and 'cannot force anyone to leave'; 'If they come with a bus … maybe I will go' (conditional); officers 'expect
# Russian forces to try again … in the coming months', the summer attempts along the railway (no day), 'If that
# happens … could become a front line' (forecast); the school without pupils 'since February 2022', online lessons
# 'twice a week'; the notebook's eleven pages (a tally of strikes without dates) and the uncounted nights of shells in
# the schoolyard; the basement shelter 'in the first summer of the full-scale war'.
STATEMENTS = [
    S("Liudmyla Bereza", "UA", "You learn it like a song", "resident of Orikhiv"),
    S("Artem Lysenko", "UA", "We drove anyway, because people here need insulin", "volunteer group coordinator"),
    S("Oleksandr Pryimak", "UA", "There were so many nights", "water-truck driver, Orikhiv"),
    S("Nina Ostapenko", "UA", "I write it down so that one day somebody will have to answer for it",
      "school director, Orikhiv"),
]
MUST_NOT = ["BORDERLANDS JOURNAL", "Reportage | Essays | Photo | Audio | Shop", "REPORTAGE — UKRAINE",
            "Text by Ruth Abernethy-Kyle · Photographs by Dmytro Chornyi", "19 September 2024",
            "This story contains descriptions of injuries.",
            "Support independent reportage: become a Borderlands member",
            "Photographs © Dmytro Chornyi for Borderlands Journal", "More reportage: The ferrymen of the Dnipro",
            "Borderlands Journal is published by Borderlands Media Cooperative."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
