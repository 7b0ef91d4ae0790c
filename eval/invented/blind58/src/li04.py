from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS, CLA, TER, POL

TITLE = "Timeline: Kostiantynivka's February, day by day"
TEXT = """SKHID MONITOR
Independent reporting from eastern Ukraine
Front | Cities | Investigations | Data | Timelines | Donate
Timelines › Donetsk region
Timeline: Kostiantynivka's February, day by day
By Bohdan Ilchenko and the data desk · 2 March 2026 · 9 min read
Kostiantynivka, an industrial city of 67,000 people before 2022 and perhaps 8,000 today, spent February as the next stop on Russia's road to Kramatorsk. It has been shelled since the spring of 2022; in 2014 it was held for a few weeks by Russian-backed separatists. Below are the dated events of the past four weeks, drawn from official statements, our reporters and verified footage. Weekdays are given for convenience.

Monday, 2 February
At around 10:30, when the covered central market was at its busiest, two guided bombs hit it. The regional prosecutor's office first spoke of three dead; by the evening of the following day the count stood at four killed and 12 wounded.

Wednesday, 4 February
The pumping station that supplies the city with water was struck by Russian drones. Nobody was hurt; the station was unmanned at night.

4-9 February
For six days the city had no piped water, until engineers ran a temporary line from a reservoir on 9 February. Water was trucked to 23 distribution points in the meantime. "We laid two kilometres of pipe in the open, under drones, with the ground still frozen," said Vitalii Kravets, the engineer who led the crew.

Saturday, 7 February
Russia's defence ministry claimed its troops had "liberated" Shcherbynivka, a village about 15 km south of the city, close to Toretsk. Ukraine's General Staff called the claim false and said fighting for the village was continuing.

Wednesday, 11 February
The regional military administration ordered the compulsory evacuation of families with children from Kostiantynivka and eleven villages around it. About 400 children were still living in the city.

Friday, 13 February
Footage filmed that day and geolocated by our data desk showed Ukrainian soldiers back in positions on the western edge of Ivanopillia, south-east of the city, which had been lost in January.

9-15 February
In the seven days to Sunday, 15 February, the General Staff counted 520 guided bombs dropped on the Kostiantynivka direction - more than on any other sector that week.

Tuesday, 17 February
On the night of 16 to 17 February a drone hit a humanitarian lorry on the road between Kostiantynivka and Druzhkivka. Its driver, a volunteer from Dnipro, was killed.

Thursday, 19 February
An Iskander-M missile struck a five-storey block of flats in Druzhkivka, 15 km to the north-west, killing three people and injuring eight.

21-24 February
Russian infantry, some of it on motorcycles, pushed into the south-eastern outskirts of the city. Ukrainian units reported four days of close-quarters fighting around the bus depot. "They come in twos and threes now, never in columns. You fight for a garage, then for the next garage," said Captain Andrii Moroz, a brigade spokesman.

Tuesday, 24 February
The fourth anniversary of the full-scale invasion. A memorial service planned in the city centre was called off because of the fighting.

Thursday, 26 February
During the night a guided bomb destroyed the gym of Lyceum No. 5. The school has stood empty since 2022, and no one was hurt.

Sunday, 1 March
A Russian FPV drone hit an ambulance near the central hospital, wounding two paramedics. "The red cross on the roof is a target for them, not a protection," said Oksana Lytvynenko, who was driving.

What comes next
Analysts expect the Russian command to try to close in on the city from the south-east before the spring thaw. If the road to Druzhkivka is cut, supplying the garrison would become far harder, and the city administration has said it would then move its remaining offices out.
Read more: How Kostiantynivka lost its last bakery
Skhid Monitor is funded by its readers. Support our reporters on the front line.
Republishing: allowed with a link and credit. Contact: desk@skhid-monitor.example
"""
DOC = {"id": "li04", "date": "2026-03-02", "source": "Skhid Monitor (Ukrainian independent site, timeline page)",
       "url": "https://skhid-monitor.example/timelines/kostiantynivka-february-2026", "text": TEXT}

EVENTS = [
    E("li04-1", ADS, "2026-02-02", L("Kostiantynivka"), "RU", "UA", fat=N(4), inj=N(12),
      weapons=[W("guided_bomb", launched=N(2))],
      evidence="by the evening of the following day the count stood at four killed and 12 wounded",
      note="entry 'Monday, 2 February': two guided bombs on the market; first 'three dead', latest 4 k 12 w (the later "
           "figure wins, even though given the next day); its own day, not the page's"),
    E("li04-2", ADS, "2026-02-04", L("Kostiantynivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="The pumping station that supplies the city with water was struck by Russian drones. Nobody was hurt",
      note="entry 'Wednesday, 4 February' (agentless passive); 'Nobody was hurt' = 0/0"),
    E("li04-3", DIS, "2026-02-04", L("Kostiantynivka"), "RU", "UA", end="2026-02-09", prec="range",
      parent="li04-2",
      evidence="For six days the city had no piped water, until engineers ran a temporary line from a reservoir on 9 February.",
      note="entry '4-9 February': the water cut caused by the strike on the pumping station, a range 4-9 Feb"),
    E("li04-4", TER, "2026-02-07", L("Shcherbynivka"), "RU", "UA", claimant="Russian Defence Ministry",
      evidence="Russia's defence ministry claimed its troops had \"liberated\" Shcherbynivka, a village about 15 km south of the city, close to Toretsk.",
      note="entry 'Saturday, 7 February': a capture claim is required on the claim day even when the other side "
           "denies it; Shcherbynivka 694290 (Donetsk oblast, near Toretsk)"),
    E("li04-5", CLA, "2026-02-07", L("Shcherbynivka"), "RU", "UA", claimant="General Staff of Ukraine",
      evidence="Ukraine's General Staff called the claim false and said fighting for the village was continuing.",
      note="the denial's 'fighting for the village was continuing' is a clash on the claim day, in the village itself"),
    E("li04-6", POL, "2026-02-11", H("Kostiantynivka", "Kostiantynivka and eleven villages around it"), "UA", None,
      evidence="The regional military administration ordered the compulsory evacuation of families with children from Kostiantynivka and eleven villages around it.",
      note="entry 'Wednesday, 11 February': a compulsory evacuation order for a city and the villages around it -> "
           "policy_decision at precision 2 (the order covers more than the city)"),
    E("li04-7", TER, "2026-02-13", H("Ivanopillia", "western edge of Ivanopillia"), "UA", "RU",
      evidence="Footage filmed that day and geolocated by our data desk showed Ukrainian soldiers back in positions on the western edge of Ivanopillia",
      note="entry 'Friday, 13 February': footage-dated Ukrainian regain of positions lost in January -> "
           "territory_change UA on the footage day; 'edge of X' = precision 2; Ivanopillia 707464 (SE of the city)"),
    E("li04-8", ADS, "2026-02-09", H("Kostiantynivka", "Kostiantynivka direction"), "RU", "UA", end="2026-02-15",
      prec="week", agg=True, claimant="General Staff of Ukraine", weapons=[W("guided_bomb", launched=N(520))],
      evidence="In the seven days to Sunday, 15 February, the General Staff counted 520 guided bombs dropped on the Kostiantynivka direction",
      note="entry '9-15 February': a week tally with a munitions count -> required week aggregate (Mon 9 - Sun 15 "
           "Feb); 'the Kostiantynivka direction' = precision 2 at the city's point"),
    E("li04-9", ADS, "2026-02-17", H("Kostiantynivka", "road between Kostiantynivka and Druzhkivka"), "RU", "UA",
      fat=N(1), weapons=[W("drone")],
      evidence="On the night of 16 to 17 February a drone hit a humanitarian lorry on the road between Kostiantynivka and Druzhkivka. Its driver, a volunteer from Dnipro, was killed.",
      note="'the night of 16 to 17 February' -> 17 Feb (the entry's heading agrees); a road between two towns = "
           "precision 2 at the first; the driver from Dnipro does not place it in Dnipro"),
    E("li04-10", MAS, "2026-02-19", L("Druzhkivka"), "RU", "UA", fat=N(3), inj=N(8),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(1))],
      evidence="An Iskander-M missile struck a five-storey block of flats in Druzhkivka, 15 km to the north-west, killing three people and injuring eight.",
      note="entry 'Thursday, 19 February': the named town Druzhkivka, not Kostiantynivka (the page's subject)"),
    E("li04-11", CLA, "2026-02-21", H("Kostiantynivka", "south-eastern outskirts of Kostiantynivka"), "RU", "UA",
      end="2026-02-24", prec="range",
      evidence="Russian infantry, some of it on motorcycles, pushed into the south-eastern outskirts of the city. Ukrainian units reported four days of close-quarters fighting around the bus depot.",
      note="entry '21-24 February': four days of fighting on the outskirts -> one clash, range, precision 2"),
    E("li04-12", ADS, "2026-02-26", L("Kostiantynivka"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(1))],
      evidence="During the night a guided bomb destroyed the gym of Lyceum No. 5. The school has stood empty since 2022, and no one was hurt.",
      note="entry 'Thursday, 26 February', 'During the night' under that heading -> 26 Feb; 0/0"),
    E("li04-13", ADS, "2026-03-01", L("Kostiantynivka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      evidence="A Russian FPV drone hit an ambulance near the central hospital, wounding two paramedics.",
      note="entry 'Sunday, 1 March' (the day before publication); 'near the central hospital' is inside the city -> "
           "precision 1"),
]
# Not events: the city's population figures, shelling 'since the spring of 2022' and the separatists 'in 2014'
# (history without a day); the prosecutor's first 'three dead' (superseded); the water trucked to 23 points (relief);
# the 400 children (count); Ivanopillia 'lost in January' (no day); the anniversary on 24 February and the memorial
# service 'called off' (negated); 'What comes next' (analysts 'expect', 'If the road … is cut … would', the
# administration 'would then move'); the lyceum empty 'since 2022'.
# Quoted fragment that is not a gold statement: the MoD's "liberated".
STATEMENTS = [
    S("Vitalii Kravets", "UA", "We laid two kilometres of pipe in the open, under drones", "water engineer, Kostiantynivka"),
    S("Andrii Moroz", "UA", "You fight for a garage, then for the next garage", "brigade spokesman"),
    S("Oksana Lytvynenko", "UA", "The red cross on the roof is a target for them, not a protection",
      "paramedic and ambulance driver"),
]
MUST_NOT = ["SKHID MONITOR", "Independent reporting from eastern Ukraine",
            "Front | Cities | Investigations | Data | Timelines | Donate", "Timelines › Donetsk region",
            "By Bohdan Ilchenko and the data desk · 2 March 2026 · 9 min read",
            "Read more: How Kostiantynivka lost its last bakery",
            "Skhid Monitor is funded by its readers. Support our reporters on the front line.",
            "Republishing: allowed with a link and credit. Contact: desk@skhid-monitor.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
