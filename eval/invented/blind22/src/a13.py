from common import E, L, R, C, N, W, S, gold

TITLE = "Across the empty reservoir: living under the guns in Nikopol"
TEXT = """LONGITUDE
Reportage | Ukraine | Long read
Across the empty reservoir: living under the guns in Nikopol
The city on the Dnipro has been shelled almost every day for nearly three years. Its residents have learned to listen to the sky.
Words by Femke de Groot · Photographs by Taras Olenych
18 minutes
NIKOPOL, Ukraine — At seven in the morning, Valentyna Sydorenko opens the shutters of her kiosk on the square by the bus station, looks up at the grey sky over the river and listens. Across what used to be the Kakhovka reservoir, six kilometres away, lie the cooling towers of the Zaporizhzhia nuclear plant and the town of Energodar (Enerhodar), both in Russian hands since March 2022.

"You learn to hear the difference," she says. "The artillery whistles. The drones buzz, like a mosquito in your ear. With the drones you have maybe ten seconds."

Since the reservoir drained in the summer of 2023, the Russian positions on the opposite bank feel closer than ever. Russian soldiers fire artillery from the area around Energodar and Kamenka-Dneprovskaya (Kamianka-Dniprovska), and FPV drones now cross the dry bed in minutes. Over the past week alone, the Nikopol district was shelled more than 120 times, the regional governor said on Friday.

On Tuesday morning, an FPV drone hit a minibus at a stop on the road into the city centre. The driver and three passengers were wounded. On Wednesday evening, artillery shells landed in the Pivdennyi neighbourhood, killing a 71-year-old woman in her kitchen.

Photo caption: A municipal worker sweeps glass outside an apartment block in Nikopol's Pivdennyi neighbourhood on Thursday, a day after the shelling. Photo: Taras Olenych for Longitude

The city's population has fallen from about 105,000 before the war to fewer than 60,000. Those who stay are mostly older people, workers of the ferroalloy plant, and families who cannot afford to rent elsewhere.

"People ask why we do not leave. Leave to where? My pension is 3,600 hryvnias," says Mykola Bezuhlyi, 74, who repairs bicycles in a garage behind his house.

The acting head of the city military administration, Yevhen Shramko, keeps a map of impacts on the wall of his office. "We record every hit. In some streets there is not one house without damage," he says. "But the water works, the buses run, the schools are online. That is our victory."

The neighbouring towns have it worse. A drone hit the pumping station that supplies Marhanets on Monday, and the town of 40,000 has had no running water since. Trucks bring drinking water to courtyards twice a day. On Thursday, shelling damaged a power line in the Chervonohryhorivka hromada, leaving about 3,000 households without electricity.

In the village of Pokrovske, a few kilometres downstream, a drone dropped a grenade near a queue for humanitarian aid on 17 January, wounding two women. Volunteers now deliver the parcels door to door.

Father Andrii, who serves at the wooden church on the edge of the city, has stopped ringing the bell. "It was too loud, people thought it was an explosion," he says. He still holds services every Sunday, in the basement.

Photo caption: Father Andrii lights candles in the basement of his church in Nikopol, Ukraine, January 2025. Photo: Taras Olenych for Longitude

As the light fades, Sydorenko pulls down her shutters. A siren starts somewhere over the river. She does not look up.

This reportage was supported by the Lowlands Fund for Independent Journalism.
Share this story
Read next: The engineers keeping Kharkiv's metro running
"""
DOC = {"id": "a13", "date": "2025-01-24", "source": "Longitude (magazine reportage)",
       "url": "https://longitude-magazine.example/reportage/nikopol-living-under-the-guns", "text": TEXT}

D = "2025-01-24"
MON, TUE, WED, THU = "2025-01-20", "2025-01-21", "2025-01-22", "2025-01-23"
EVENTS = [
    E("a13-1", "missile_artillery_strike", "2025-01-18", L("Nikopol", 2, "Nikopol district"), "RU", "UA", prec="range",
      end=D, agg=True, family=["air_drone_strike"], claimant="regional governor",
      note="'Over the past week … shelled more than 120 times': 18-24 January (reference-6 … reference); district named "
           "after its town = precision 2; weekly tally = aggregate; no count of attacks field"),
    E("a13-2", "air_drone_strike", TUE, L("Nikopol"), None, "UA", inj=N(4), weapons=[W("drone", "FPV")],
      note="'On Tuesday morning' = 21 January; driver + three passengers wounded; the sentence names no perpetrator "
           "(actor1 null, blind16 call 7; null is not scored), though the article's context is Russian fire"),
    E("a13-3", "missile_artillery_strike", WED, L("Nikopol", 1, "Nikopol (Pivdennyi neighbourhood)"), None, "UA", fat=N(1),
      weapons=[W("artillery")], note="'On Wednesday evening' = 22 January; neighbourhood = the city; the caption "
                                     "('a day after the shelling') repeats it; no perpetrator in the sentence"),
    E("a13-4", "air_drone_strike", MON, L("Marhanets", 2, "pumping station supplying Marhanets"), None, "UA",
      weapons=[W("drone")], note="'on Monday' = 20 January; the station is not placed exactly: precision 2"),
    E("a13-5", "infrastructure_disruption", MON, L("Marhanets"), None, "UA",
      note="no running water in Marhanets since Monday (water trucked in)"),
    E("a13-6", "missile_artillery_strike", THU, L("Chervonohryhorivka", 2, "Chervonohryhorivka hromada"), None, "UA",
      weapons=[W("artillery")], note="'On Thursday, shelling' = 23 January; hromada = precision 2"),
    E("a13-7", "infrastructure_disruption", THU, L("Chervonohryhorivka", 2, "Chervonohryhorivka hromada"), None, "UA",
      note="about 3,000 households without electricity"),
    E("a13-8", "air_drone_strike", "2025-01-17", L("Pokrovske-Nk"), None, "UA", inj=N(2), weapons=[W("drone")],
      note="recalled incident with a resolvable day (17 January): its own event; Pokrovske 696721 (Nikopol district, "
           "'a few kilometres downstream'); grenade dropped from a drone = air_drone_strike"),
]
STATEMENTS = [
    S("Valentyna Sydorenko", "UA", "The artillery whistles. The drones buzz, like a mosquito in your ear", "kiosk owner"),
    S("Mykola Bezuhlyi", "UA", "People ask why we do not leave. Leave to where?", "resident"),
    S("Yevhen Shramko", "UA", "In some streets there is not one house without damage",
      "acting head of the city military administration"),
    S("Father Andrii", "UA", "It was too loud, people thought it was an explosion", "priest"),
]
MUST_NOT = ["LONGITUDE", "Reportage | Ukraine | Long read", "Words by Femke de Groot · Photographs by Taras Olenych",
            "18 minutes", "This reportage was supported by the Lowlands Fund for Independent Journalism.",
            "Share this story", "Read next: The engineers keeping Kharkiv's metro running"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
