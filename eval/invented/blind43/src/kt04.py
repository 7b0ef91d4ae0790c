from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims Petropavlivka near Kupiansk, Ukraine says village still holds as fighting spreads to Lyman sector"
TEXT = """KYIV BEACON
Ukraine | Russia-Ukraine war | Business | Opinion | Investigations | Culture
Become a member
War
Russia claims Petropavlivka near Kupiansk, Ukraine says village still holds as fighting spreads to Lyman sector
by Iryna Shulha
September 17, 2025 4:32 PM · 4 min read
Russia's Defense Ministry on Sept. 17 claimed that its troops had "liberated" Petropavlivka, a village on the eastern bank of the Oskil River a few kilometers east of Kupiansk in Kharkiv Oblast. Ukraine's military rejected the claim within the hour.

"Petropavlivka is ours. The Russians put a flag on a ruined barn at the edge of the village, filmed it and left," Andrii Pylypchuk, a spokesperson for the Joint Forces Task Force, told the Kyiv Beacon. He said fighting was going on at the village's eastern outskirts on Wednesday.

Kupiansk itself, retaken by Ukraine in September 2022, has been under pressure since the spring. On Monday, Ukrainian assault units cleared Russian infiltration groups from the town's northern outskirts, according to the Joint Forces Task Force, which published drone footage of the operation.

Further south, the front moved the other way. The monitoring project Kontur, which maps the front line from geolocated footage, said Russian forces had advanced about 1.2 kilometers near Zahryzove over the weekend.

In Donetsk Oblast, the pressure is on the Lyman sector. Ukrainian troops withdrew from their last positions near Zarichne, east of Lyman, in the night to Tuesday, a brigade operating in the area confirmed.

"We left Zarichne's last houses because there was nothing left to hold. Holding a pile of bricks costs people, and we have no people to spare," said Lieutenant Dmytro Yavorskyi, a company commander in the brigade.

Over the past day, Ukrainian defenders repelled 14 Russian assaults in the Lyman sector, including near Torske and Serebrianka, the General Staff reported on the morning of Sept. 17. Across the entire front, it counted 162 combat engagements.

Moscow countered with a claim of its own: three Ukrainian counterattacks near Kurylivka, south-east of Kupiansk, had been beaten back over the same period, its Defense Ministry said.

Civilians in the area remain in the line of fire. A Russian glide bomb hit a residential street in Kupiansk on Tuesday, killing one woman and wounding two men, the regional governor said. Late on Tuesday, a drone struck an evacuation vehicle in Borova, killing a volunteer driver.

Note from the author: The Kyiv Beacon cannot independently verify claims made by either side about the front line.

"Kupiansk is the one place on this front where the Russians cross the river in numbers, and every crossing is a target," said Oksana Rudenko, who studies the war at the Kharkiv Security Forum. "If they hold the eastern bank, the town will be shelled for months whether or not it ever falls."
Read also: How drones turned the Oskil River into a kill zone
We've been working hard to bring you independent, on-the-ground journalism from Ukraine. Consider supporting the Kyiv Beacon.
"""
DOC = {"id": "kt04", "date": "2025-09-17", "source": "Kyiv Beacon (Ukrainian national news site, English)",
       "url": "https://kyivbeacon.example/news/russia-claims-petropavlivka-ukraine-says-village-holds",
       "text": TEXT}

D, TUE, MON, SAT, SUN = "2025-09-17", "2025-09-16", "2025-09-15", "2025-09-13", "2025-09-14"
EVENTS = [
    E("kt04-1", "territory_change", D, L("Petropavlivka"), "RU", "UA", family=["armed_clash"],
      claimant="Russian Defense Ministry",
      note="MoD 'on Sept. 17 claimed that its troops had \"liberated\" Petropavlivka' (Kharkiv oblast, east of "
           "Kupiansk; not the Dnipropetrovsk homonym): a capture claim is required on the claim day even when denied "
           "(blind37 call 6); the denial is kt04-2"),
    E("kt04-2", "armed_clash", D, L("Petropavlivka", 2, "eastern outskirts of Petropavlivka"), "RU", "UA",
      claimant="Andrii Pylypchuk",
      note="the spokesperson 'said fighting was going on at the village's eastern outskirts on Wednesday': a clash "
           "that day, outskirts = precision 2"),
    E("kt04-3", "territory_change", MON, L("Kupiansk", 2, "northern outskirts of Kupiansk"), "UA", "RU",
      family=["armed_clash"],
      note="'On Monday' (15 Sep) 'Ukrainian assault units cleared Russian infiltration groups from the town's "
           "northern outskirts': Ukraine regains ground, precision 2"),
    E("kt04-4", "territory_change", SAT, L("Zahryzove", 2, "near Zahryzove"), "RU", "UA", end=SUN, prec="range",
      family=["armed_clash"], claimant="Kontur monitoring project",
      note="'Russian forces had advanced about 1.2 kilometers near Zahryzove over the weekend': an advance over a "
           "stated period -> Sat 13 - Sun 14 Sep range, near X = precision 2 (blind38 call 5)"),
    E("kt04-5", "territory_change", TUE, L("Zarichne", 2, "near Zarichne"), "RU", "UA", family=["armed_clash"],
      note="'withdrew from their last positions near Zarichne, east of Lyman, in the night to Tuesday' (16 Sep): a "
           "withdrawal = territory_change of the advancing side, the night's day; Zarichne of Donetsk oblast "
           "(705808), not the Rivne or Dnipropetrovsk homonyms"),
    E("kt04-6", "armed_clash", TUE, L("Torske", 2, "near Torske"), "RU", "UA", end=D, prec="range",
      note="'repelled 14 Russian assaults in the Lyman sector, including near Torske and Serebrianka' over the past "
           "day: one clash per place, past-day range, precision 2 (blind37 call 6)"),
    E("kt04-7", "armed_clash", TUE, L("Serebrianka", 2, "near Serebrianka"), "RU", "UA", end=D, prec="range",
      note="same sentence, near Serebrianka"),
    E("kt04-8", "armed_clash", TUE, R("UA-14", "Lyman sector, Donetsk Oblast", 2), "RU", "UA", end=D, prec="range",
      agg=True, optional=True, note="'repelled 14 Russian assaults in the Lyman sector': sector tally -> optional"),
    E("kt04-9", "armed_clash", TUE, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True, optional=True,
      note="'Across the entire front, it counted 162 combat engagements': front-wide tally -> optional"),
    E("kt04-10", "armed_clash", TUE, L("Kurylivka", 2, "near Kurylivka"), "UA", "RU", end=D, prec="range",
      claimant="Russian Defense Ministry",
      note="Moscow's counter-claim: 'three Ukrainian counterattacks near Kurylivka … had been beaten back over the same period': a clash with "
           "the Ukrainian side attacking, past-day range"),
    E("kt04-11", "air_drone_strike", TUE, L("Kupiansk"), "RU", "UA", fat=N(1), inj=N(2),
      weapons=[W("guided_bomb")],
      note="'A Russian glide bomb hit a residential street in Kupiansk on Tuesday, killing one woman and wounding two "
           "men'"),
    E("kt04-12", "air_drone_strike", TUE, L("Borova"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="'Late on Tuesday, a drone struck an evacuation vehicle in Borova, killing a volunteer driver' (Borova of "
           "Kharkiv oblast, 711623, not the Kyiv-oblast homonym)"),
]
# Not events: 'retaken by Ukraine in September 2022' (history), 'under pressure since the spring' (no day), 'the
# pressure is on the Lyman sector' (summary), 'we have no people to spare', the author's note, the analyst's 'If they
# hold the eastern bank, the town will be shelled for months' (conditional forecast).
STATEMENTS = [
    S("Andrii Pylypchuk", "UA", "The Russians put a flag on a ruined barn at the edge of the village, filmed it and left",
      "spokesperson, Joint Forces Task Force"),
    S("Dmytro Yavorskyi", "UA", "Holding a pile of bricks costs people", "company commander"),
    S("Oksana Rudenko", None, "every crossing is a target", "analyst, Kharkiv Security Forum"),
]
# Not gold: the MoD's 'liberated' (a term in quotes).
MUST_NOT = ["KYIV BEACON", "Ukraine | Russia-Ukraine war | Business | Opinion | Investigations | Culture", "Become a member",
            "War", "by Iryna Shulha", "September 17, 2025 4:32 PM · 4 min read",
            "Note from the author: The Kyiv Beacon cannot independently verify claims made by either side about the "
            "front line.",
            "Read also: How drones turned the Oskil River into a kill zone",
            "We've been working hard to bring you independent, on-the-ground journalism from Ukraine. Consider "
            "supporting the Kyiv Beacon."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
