from common import E, L, R, C, N, W, S, gold

TITLE = "The city that listens to the river: two years under fire in Nikopol"
TEXT = """BORDERLANDS JOURNAL
long reads from the edges of Europe
Reportage — Ukraine
The city that listens to the river: two years under fire in Nikopol
Across the Dnipro from Europe's largest nuclear power plant, a city of 100,000 has learned to live with shells, drones and the fear of something worse.
Text by Olena Marchuk-Reiss · Photographs by Ilko Danyliuk
12 September 2024
This story was supported by a grant from the Northern Press Fund.

In Nikopol, people listen to the river. From the embankment, on a clear day, you can see the cooling towers of the Zaporizhzhia nuclear power plant on the other bank, eight kilometres away, and the white apartment blocks of Enerhodar behind them. Russian troops have held that bank since March 2022. From there, their artillery and drones can reach almost every street in Nikopol, and residents have learned to tell from the sound, and from the silence before it, what is coming.

"A shell whistles, a drone buzzes, a Grad sounds like someone tearing a sheet," said Halyna Bondar, 64, who sells vegetables at the central market. "If you hear the whistle, you are already alive. It's the ones you don't hear."

The market has been hit more than once. On Tuesday evening, a little after six o'clock, a shell landed among the stalls at the northern end, where Bondar's neighbours sell fish. Three people were injured, the regional military administration said, including a 17-year-old boy who was helping his mother pack up. When we visited the next morning, stall-holders were sweeping up broken glass and nailing plywood over the holes in the roof. Most of them were back at work by noon.

A market stall-holder sweeps up glass after Tuesday's shelling of Nikopol's central market. Photo: Ilko Danyliuk/Borderlands Journal

Living by the sirens

Nikopol had about 110,000 residents before the war. City officials think about half remain. The shelling began in the summer of 2022 and has never really stopped; the regional authorities say the city and the villages around it have been hit several thousand times since then. For much of that time the sirens barely mattered, because the shells arrive too quickly for a warning to help. Children in Nikopol have not attended school in person since February 2022. Their lessons take place online or, for some, in a basement that the city has converted into a classroom.

Serhii Tkach, 41, who runs a small car repair shop near the railway station, has stayed because his parents refuse to leave. He has repaired cars hit by shrapnel so often that he keeps a box of side windows in stock. "I used to fix engines," he said. "Now I fix holes."

On the morning of August 3, a drone struck a minibus on Heroiv Chornobylia Street, a few hundred metres from his shop, killing the driver. Tkach was one of the first to reach the bus. He said that the drone had been following it for about a minute before it struck. Residents say the drones that hunt cars in the city are controlled by operators on the other bank who can see their targets through the drones' cameras.

"He was a quiet man. He drove the same route for twenty years," Tkach said. "They could see it was a minibus. They saw everything."

The drones changed everything

Until last year, residents say, the main danger was artillery, which could hit anywhere but rarely hit the same place twice. The drones are different. Small first-person-view drones now reach the city's riverside districts every day, and their operators pick their targets. Cars, ambulances, utility trucks and bicycles have all been hit.

City officials have started covering some streets near the river with nets, an idea borrowed from front-line towns in Donetsk region. The nets are strung between poles above the road and are meant to catch drones before they reach the vehicles below. It is too early to say whether they help; officials concede that they cannot cover the whole city.

Drivers have adapted as well. Many have stopped using the embankment road altogether, and those who must drive near the river do so fast, with the windows open so that they can hear the buzz. Some have fixed homemade jammers to their roofs, bought from volunteers for a few hundred dollars; nobody is sure whether they work. The city's ambulances now wait for a lull before driving to the riverside districts, which can mean that the wounded wait too. "Every call near the river is a calculation," said one paramedic, who asked not to be named because he is not authorised to speak to the press.

In neighbouring Marhanets, a coal-mining town 20 kilometres to the east, a drone hit a bus carrying miners to their shift on Monday morning, injuring 12 of them, the regional governor said. It was the third attack on a miners' bus in the Marhanets area this year. The mining company now sends its workers on routes further from the river, which adds an hour to their journey.

Across the river

What worries people in Nikopol most, however, is not the drones but the plant across the river. The Zaporizhzhia nuclear power plant has been shut down since 2022 and its six reactors are in cold shutdown, but it still needs electricity to cool its fuel. Russia's state nuclear company Rosatom said that a Ukrainian drone hit the plant's training centre in Enerhodar on Sunday; Ukraine denied any involvement and accused Russia of staging the incident. The International Atomic Energy Agency said its experts at the site had heard an explosion but could not determine its cause.

"Everybody here has iodine pills in a drawer," said Natalia Savchuk, a nurse at the city hospital. "We joke about it. What else can you do?" The hospital has treated so many shrapnel wounds since 2022 that its surgeons now train colleagues from other regions.

Last winter, a shell hit School No. 5 on the city's western edge at night, destroying its gym; the building was empty. The caretaker, Viktor Lysenko, 70, still comes every morning to check on it. The school's director hopes to reopen it one day, but not while the other bank is held by Russian troops. Lysenko sweeps the corridors anyway. "Someone has to," he said, and went back to his broom.

The lights go out

On Wednesday, shelling damaged a power line on the city's southern outskirts, and about 9,000 households were left without electricity overnight, the city's military administration said. Repair crews could not reach the line until the next morning because drones were circling above it. It was the fourth such blackout in Nikopol in a month.

By Thursday morning, power had been restored to most of the city. Across the street from the administration building, a queue had formed at a café that runs a generator and offers free tea and phone charging. "We have all become experts in generators and power banks," said its owner, Ihor Kalnyk, 35. "That is what the war has taught us."

Residents wait to charge their phones at a café in central Nikopol on Thursday. Photo: Ilko Danyliuk/Borderlands Journal

Kalnyk opened the café in 2021, a few months before the invasion, and has kept it open through every month of the shelling. He has replaced its windows four times. On bad nights, he says, neighbours sleep on the floor of the back room, which has no windows at all, and he makes them coffee in the morning before they go home to check on their flats.

The city's officials say they have no plans to evacuate the population. Compulsory evacuation has been ordered only for families with children in a handful of riverside villages near Chervonohryhorivka and Pokrov. Residents of those villages have been hit particularly hard because they are closer to the river and to the Russian positions on the Kakhovka reservoir's dried-up bed. The reservoir disappeared after the dam at Nova Kakhovka was destroyed in June 2023, turning what used to be a wide stretch of water into a muddy forest that soldiers of both sides now cross at night.

Staying

Why do people stay? Some, like Tkach's parents, are too old or too ill to start again elsewhere. Some have nowhere to go; rents in western Ukraine have risen sharply since 2022. Some simply refuse. "This is my city," said Halyna Bondar. "If I leave, they win a little. If I stay, they win a little less."

The city's mayor, who meets with volunteers every week in the basement of the administration building, said the city has spent much of its budget on repairing windows and roofs. He keeps a map on which every strike since 2022 is marked with a red pin; the pins now cover the riverside districts so densely that the streets beneath them are no longer visible.

At dusk, the market is empty again. The stall-holders go home before the drones come out. On the embankment, a few fishermen pack up their rods and look across at the other bank, where, in the last light, the cooling towers of the power plant are still visible. A siren starts somewhere in the centre, then another. Nobody lingers. In Nikopol, people listen to the river, and at night the river is loud.

Photograph above: Stanislav Kovalenko for Borderlands Journal
Borderlands Journal publishes long-form reporting from Ukraine, Moldova, Georgia and the Baltic states.
Support independent journalism — from €3 a month
"""
DOC = {"id": "kb06", "date": "2024-09-12", "source": "Borderlands Journal (long-form magazine)",
       "url": "https://borderlandsjournal.example/reportage/nikopol-two-years-under-fire", "text": TEXT}

EVENTS = [
    E("kb06-1", "missile_artillery_strike", "2024-09-10", L("Nikopol"), "RU", "UA", inj=N(3),
      weapons=[W("artillery")],
      note="'On Tuesday evening' (publication Thu 12 Sep) a shell on the central market: 3 injured; the caption "
           "('Tuesday's shelling') repeats it"),
    E("kb06-2", "air_drone_strike", "2024-08-03", L("Nikopol"), "RU", "UA", fat=N(1),
      note="recalled with a day: drone on a minibus 'On the morning of August 3', driver killed — required"),
    E("kb06-3", "air_drone_strike", "2024-09-09", L("Marhanets"), "RU", "UA", inj=N(12),
      note="'on Monday morning' = 9 Sep: drone hit a miners' bus, 12 injured; 'third attack … this year' is a count, "
           "not an event"),
    E("kb06-4", "air_drone_strike", "2024-09-08", L("Enerhodar"), "UA", None, family=["remote_explosive"],
      note="Rosatom's claim of a Ukrainian drone on the ZNPP training centre in Enerhodar 'on Sunday' = 8 Sep; Ukraine "
           "denies, the IAEA cannot determine the cause: one claimed event; target side not stated (occupied town, "
           "null); explosion of unknown cause accepted as remote_explosive"),
    E("kb06-5", "missile_artillery_strike", "2023-12-01", L("Nikopol"), "RU", "UA", prec="range", end="2024-02-29",
      optional=True, fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'Last winter' a shell hit School No. 5 at night, building empty: recalled without a day — optional range"),
    E("kb06-6", "missile_artillery_strike", "2024-09-11", L("Nikopol", 2, "southern outskirts of Nikopol"), "RU", "UA",
      weapons=[W("artillery")], note="'On Wednesday' shelling damaged a power line on the southern outskirts"),
    E("kb06-7", "infrastructure_disruption", "2024-09-11", L("Nikopol"), "RU", "UA", parent="kb06-6",
      note="9,000 households without power overnight after the Wednesday shelling; 'fourth such blackout … in a month' "
           "is background"),
]
STATEMENTS = [
    S("Halyna Bondar", "UA", "A shell whistles, a drone buzzes, a Grad sounds like someone tearing a sheet"),
    S("Halyna Bondar", "UA", "If I leave, they win a little"),
    S("Serhii Tkach", "UA", "Now I fix holes"),
    S("Serhii Tkach", "UA", "They could see it was a minibus"),
    S("Natalia Savchuk", "UA", "Everybody here has iodine pills in a drawer"),
    S("Ihor Kalnyk", "UA", "We have all become experts in generators and power banks"),
    S("Viktor Lysenko", "UA", "Someone has to"),
]
MUST_NOT = ["BORDERLANDS JOURNAL", "long reads from the edges of Europe", "Reportage — Ukraine",
            "Text by Olena Marchuk-Reiss · Photographs by Ilko Danyliuk", "12 September 2024",
            "This story was supported by a grant from the Northern Press Fund.",
            "Photograph above: Stanislav Kovalenko for Borderlands Journal",
            "Borderlands Journal publishes long-form reporting from Ukraine, Moldova, Georgia and the Baltic states.",
            "Support independent journalism — from €3 a month"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
