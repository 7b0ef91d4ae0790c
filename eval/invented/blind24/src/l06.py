from common import E, L, R, C, N, W, S, gold

TITLE = "The river is the front: a week on the right bank of the Dnipro"
TEXT = """HORIZON
THE MAGAZINE · LONG READS · AUGUST 2023
The river is the front: a week on the right bank of the Dnipro
In Kherson and the villages to its west, people have learned to read the sky the way farmers once read the weather. A reportage.
Words by Aurelie Maret · Photographs by Dmytro Soroka
19 August 2023 · 24-minute read

The tomatoes in Halyna Ivanivna's garden in Bilozerka are ripe, and she picks them crouching. Not because of her back, she explains, though her back is not what it was, but because a standing figure in a garden can be seen from the other side of the river, and a standing figure is a target. She is seventy-one. Across the Dnipro, about eight kilometres away, are Russian positions; in between are marshes, flooded islands and the wide brown water that the people here call simply "the river", as if there were no other.

"They watch us with drones all day," she says. "If you run, they think you are a soldier. So I don't run. I crawl, like a lizard."

Bilozerka is a village of about ten thousand people west of Kherson, on the right bank that Ukraine took back last November. Life here has a rhythm dictated by artillery. Mornings are usually quieter. Shelling tends to begin in the late afternoon and continue into the night, and the village's one functioning shop closes at three.

Photo: Halyna Ivanivna in her garden in Bilozerka, where she picks vegetables crouching so that she cannot be seen from the left bank. Photo: Dmytro Soroka for Horizon

On Thursday evening, while we were in the village, a Russian shell hit a courtyard on the street behind the school. A 58-year-old man who had been feeding his chickens was killed. His neighbour, who ran to help him, was not hurt; he sat on the kerb afterwards with blood on his shirt that was not his own, and would not speak. The village administration recorded it the next morning in a line of its daily log, between a damaged power line and a burnt roof.

The people who have stayed in Bilozerka are mostly old, and mostly women. Younger families left in 2022, during the occupation, and few came back. The school is closed and lessons are online, when there is electricity. The clinic is open two days a week. A humanitarian convoy arrives on Tuesdays, if the road is not being shelled.

Kherson, the city

Kherson itself, the regional capital, is quieter than Bilozerka only by comparison. Its riverside districts are nearly empty. Windows are boarded with plywood, and the plywood is painted with sunflowers, cartoon cats and, on one building near the port, a long list of the names of those killed in the district since the liberation.

When the Kakhovka dam upstream was destroyed on June 6, the water rose through these streets by several metres in two days. It has gone now, leaving a tidemark on the walls at the height of a man's chest, and a smell of silt and rot that lingers in the basements. Volunteers are still pumping water out of some cellars.

The city's central market is open. It is a defiant place, loud with bargaining, but it is also a place people avoid lingering in; it has been shelled several times this summer. Traders sell tomatoes and melons from the right bank and, increasingly, from villages further west, because the melon fields across the river are now behind Russian lines.

"Before the war, the best watermelons came from the left bank. Now they come from the occupation, or they don't come at all," says Serhii, a trader who has kept his stall open through every month of the war. He does not want his surname printed.

Photo: The central market in Kherson, August 2023. Traders say business has halved since the spring. Photo: Dmytro Soroka for Horizon

The sky

In Kherson they speak of drones the way people elsewhere speak of weather. The small ones, commercial quadcopters fitted with grenades, are the worst, residents say, because they hunt individuals. On Friday morning, a drone dropped a grenade near a bus stop in Antonivka, a suburb on Kherson's eastern edge, injuring two women waiting for a bus, the regional military administration said. Antonivka lies next to the ruins of the road bridge that Russian forces blew up as they withdrew, and it is within easy reach of drones launched from the far bank.

Olena, a nurse at the city hospital, has treated drone casualties for months. "You see the same pattern," she says. "Shrapnel in the legs, in the back, because people try to run." She describes an older man brought in the previous week with shrapnel in both legs, who apologised for bleeding on the floor. The hospital has moved its operating theatres into the basement.

Photo: A bus stop in Antonivka on the eastern edge of Kherson on Friday, hours after a drone dropped a grenade there and injured two women. Photo: Dmytro Soroka for Horizon

What people want

What people here want is not complicated. They want the shelling to stop, and they do not believe it will stop while the Russian army stands on the other bank. Many follow the news of the Ukrainian counteroffensive in the south, hundreds of kilometres to the east in the Zaporizhzhia region, as intently as a sports score. Few expect the river itself to be crossed in force; the memory of how wide it is, and of what happened to the boats that tried, is too fresh.

Mykola, a former ferryman who used to take tourists to the islands, says the river has become a wall. "My grandfather crossed it in 1943 with the army, under fire. We all heard that story a hundred times. I didn't think I would see something like it again."

On Saturday morning, before we left, the sirens sounded three times in an hour, but no shells landed in the city centre. The bakery on the corner opened at eight, as it always does. A queue formed. Nobody in it looked up.

This reportage was supported by a grant from the European Journalism Fund for Conflict Reporting.
More long reads: The last ferry on the Danube · Inside Odesa's grain terminals · The miners of Pokrovsk
Horizon is published by Horizon Media SAS, Paris. All photographs © Dmytro Soroka / Horizon
"""
DOC = {"id": "l06", "date": "2023-08-19", "source": "Horizon (magazine reportage)",
       "url": "https://horizon-magazine.example.fr/long-reads/2023/08/the-river-is-the-front", "text": TEXT}

EVENTS = [
    E("l06-1", "missile_artillery_strike", "2023-08-17", L("Bilozerka"), "RU", "UA", fat=N(1), inj=N(0),
      weapons=[W("artillery")],
      note="'On Thursday evening, while we were in the village' in a Saturday 19 Aug reportage = 17 Aug; the neighbour "
           "'was not hurt' -> injured 0; the daily log line the next morning is the same event"),
    E("l06-2", "territory_change", "2022-11-11", L("Kherson"), "UA", "RU", optional=True, prec="month",
      note="'the right bank that Ukraine took back last November' and 'since the liberation': background history "
           "without a day; optional"),
    E("l06-3", "looting_destruction", "2023-06-06", R("UA-65", "Kherson region (Kakhovka dam)"), None, "UA",
      optional=True,
      note="recalled 'the Kakhovka dam upstream was destroyed on June 6' (agentless passive, perpetrator not named in "
           "the text); the taxonomy fits poorly (explosion of a dam / flood) -> optional; coded to the region (the dam is not in the place table)"),
    E("l06-4", "air_drone_strike", "2023-08-18", L("Antonivka-Kh"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      family=["grenade"],
      note="'On Friday morning' = 18 Aug; grenade dropped by a drone = air_drone_strike (grenade accepted); the caption "
           "repeats it (one event); Antonivka 713304 (Kherson suburb, not the southern homonym 704428)"),
]
STATEMENTS = []
MUST_NOT = ["HORIZON", "THE MAGAZINE · LONG READS · AUGUST 2023",
            "Words by Aurelie Maret · Photographs by Dmytro Soroka",
            "19 August 2023 · 24-minute read",
            "This reportage was supported by a grant from the European Journalism Fund for Conflict Reporting.",
            "More long reads: The last ferry on the Danube · Inside Odesa's grain terminals · The miners of Pokrovsk",
            "Horizon is published by Horizon Media SAS, Paris. All photographs © Dmytro Soroka / Horizon"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
