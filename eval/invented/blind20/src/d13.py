from common import E, L, R, C, N, W, S, gold

TITLE = "Across the water from the reactor: a summer under fire in Nikopol"
TEXT = """BORDERLAND
Stories from the edges of Europe
Reportage · Ukraine
Across the water from the reactor: a summer under fire in Nikopol
The town faces a Russian-occupied nuclear plant across what used to be a reservoir. Its residents have learned to read the sky, the river and the sound of a drone motor.
Text by Sofia Hartmann · Photographs by Iryna Sokil
29 August 2024
12 min read
Listen to this article (18:40)

On the embankment, where the Kakhovka reservoir used to lap against the concrete, there is now a mile of cracked mud and young willows. From here, on a clear day, you can see the six reactor blocks of the Zaporizhzhia nuclear power plant on the far side, in occupied Enerhodar. You can also be seen.

"Everything that moves on this side, they can see," says Valentyna Prokopenko, 63, who has sold vegetables at the central market for thirty years. "They hunt cars, bicycles, even old women with shopping bags."

Before the full-scale invasion, the town had about 105,000 residents. Fewer than half remain. The ones who stayed have learned a vocabulary of sounds: the dull thump of an artillery round leaving the far bank, the high whine of a first-person-view drone, the silence that follows.

On Tuesday morning, a drone dropped a charge on a minibus at the stop by the market, wounding the driver and two passengers. Prokopenko saw it from her stall. "He was still holding the steering wheel when they pulled him out," she says.

Four days earlier, on Friday, artillery shells landed in the streets around the old water tower. A 70-year-old man who was tending his tomatoes was killed in his garden. His neighbours buried him on Monday in the cemetery on the edge of town, which the Russians shell as well.

Photo: A municipal worker sweeps glass from the road after a drone attack near the central market on Tuesday. Iryna Sokil for Borderland

The shelling comes mostly from the far bank, the town's military administration says, where Russian troops have dug in around the power plant and in the villages along the former shoreline. Ukrainian officials have long accused Moscow of using the plant as a shield, knowing that Ukraine cannot return fire without risking a nuclear incident. Moscow denies this.

Water is the other front. Since the dam was destroyed in June 2023, the town has depended on a patchwork of wells and a pipeline built in a hurry from the north. On Sunday night, shelling hit a substation on the northern side of town; the power went out, and with it the pumps. For most of Monday, residents queued at tanker trucks with plastic canisters.

"We are used to this," says Oleksandr Lytvyn, a 41-year-old engineer at the municipal water company, who spent that night with his crew repairing cables by torchlight. "The problem is that they know we are used to it. So they do it again."

Photo: Residents of the Nikopol district inspect a house damaged by shelling in Chervonohryhorivka on Monday. Iryna Sokil for Borderland

The surrounding raion has fared little better. In the neighbouring Marhanets hromada, a drone attack on a tractor killed a farmer in the fields on Wednesday, according to the regional governor. Children from several villages along the shore were evacuated this summer, and schools in the district will teach online again this year.

There are small acts of defiance. A café near the main square reopened in July, its windows replaced with plywood painted in bright yellow. On weekends, a group of pensioners does aerobics in a basement gym. The municipal theatre is rehearsing a comedy.

Asked why she has not left, Prokopenko shrugs. "Where would I go? My husband is buried here. My market is here." Then she looks across the water, where the cooling towers catch the evening light, and adds: "Anyway, they would find me anywhere."

This reporting was supported by the Nordic Fund for Independent Journalism.
More reportage
In Kupiansk, the last bakery keeps its ovens on
Sign up to Borderland Weekly
© Borderland Media 2024 · Terms · Privacy
"""
DOC = {"id": "d13", "date": "2024-08-29", "source": "Borderland (reportage magazine)",
       "url": "https://borderland.example.eu/reportage/nikopol-across-the-water", "text": TEXT}

TUE, FRI, SUN, MON, WED = "2024-08-27", "2024-08-23", "2024-08-25", "2024-08-26", "2024-08-28"
NIK = L("Nikopol")
EVENTS = [
    E("d13-1", "air_drone_strike", TUE, L("Nikopol", 1, "Nikopol, stop by the central market"), "RU", "UA", inj=N(3),
      weapons=[W("drone")],
      note="'On Tuesday morning' (27 Aug): the town is named in the title/standfirst only; 'the driver and two "
           "passengers' = 3 injured; the caption repeats it (same event); perpetrator implied by the piece (the far "
           "bank's Russian troops)"),
    E("d13-2", "missile_artillery_strike", FRI, L("Nikopol", 1, "Nikopol, around the old water tower"), "RU", "UA",
      fat=N(1), weapons=[W("artillery")],
      note="'Four days earlier, on Friday' = 23 August (four days before Tuesday); the burial on Monday is no event"),
    E("d13-3", "missile_artillery_strike", SUN, L("Nikopol", 1, "Nikopol, substation on the northern side of town"),
      "RU", "UA", weapons=[W("artillery")], note="'On Sunday night' = 25 August; casualties not told (absent)"),
    E("d13-4", "infrastructure_disruption", SUN, NIK, "RU", "UA", prec="range", end=MON,
      note="power and with it the water pumps out from Sunday night through most of Monday: range 25–26 August"),
    E("d13-5", "missile_artillery_strike", MON, L("Chervonohryhorivka"), "RU", "UA", weapons=[W("artillery")],
      note="caption with its credit glued to it is article text; 'on Monday' = 26 August; 'Nikopol district' here is "
           "the raion"),
    E("d13-6", "air_drone_strike", WED, L("Marhanets", 2, "Marhanets hromada"), "RU", "UA", fat=N(1),
      weapons=[W("drone")], claimant="Dnipropetrovsk regional governor",
      note="hromada named after its town = precision 2; 'on Wednesday' = 28 August"),
]
STATEMENTS = [
    S("Valentyna Prokopenko", "UA", "They hunt cars, bicycles, even old women with shopping bags", "market trader"),
    S("Oleksandr Lytvyn", "UA", "they know we are used to it", "engineer, municipal water company"),
]
MUST_NOT = ["BORDERLAND", "Stories from the edges of Europe", "Reportage · Ukraine",
            "Text by Sofia Hartmann · Photographs by Iryna Sokil", "29 August 2024", "12 min read",
            "Listen to this article (18:40)",
            "This reporting was supported by the Nordic Fund for Independent Journalism.", "More reportage",
            "In Kupiansk, the last bakery keeps its ovens on", "Sign up to Borderland Weekly",
            "© Borderland Media 2024 · Terms · Privacy"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
