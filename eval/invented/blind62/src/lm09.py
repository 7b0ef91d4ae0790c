from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA

TITLE = "General Staff: Novokuybyshevsk refinery on fire, radar hit in Crimea, 171 clashes in a day"
TEXT = """UKRAINSKYI OHLIADACH
УКР | ENG
News | Front | Politics | Economy | Opinions | Video | Special projects
Front › General Staff summaries
General Staff: Novokuybyshevsk refinery on fire, radar hit in Crimea, 171 clashes in a day
18 September 2025, 09:14
By Olena Voitsekhivska
The General Staff of the Armed Forces of Ukraine published its regular morning summary, with data as of 08:00 on 18 September. We retell the main points, adding what the Russian side has said.

Over the past day, 171 combat clashes took place along the front. The enemy launched three missile strikes with five missiles and 79 air strikes, dropping 131 guided aerial bombs. In addition, it used 5,214 kamikaze drones and carried out 4,306 attacks on Ukrainian positions and settlements, most of them with artillery.

Strikes in the enemy's rear
Overnight, units of the Unmanned Systems Forces, together with other components of the Defence Forces, struck the Novokuybyshevsk oil refinery in the Samara region of Russia, the General Staff said. A fire was recorded in the area of one of the primary processing units; the results are being clarified.

The plant, which processes close to nine million tonnes of crude a year, supplies fuel to units fighting in the south, according to the summary.

The governor of the Samara region wrote in the morning that "an industrial enterprise" in Novokuybyshevsk had been attacked by drones and that no one had been hurt. Russia's Defence Ministry, for its part, said its air defences had destroyed 43 Ukrainian drones over Russian regions overnight, including twelve above the Samara region.

On Wednesday evening, according to the General Staff, a Nebo-U radar station was hit near Chornomorske in occupied Crimea. An ammunition depot of the Russian 2nd Army Corps near Rovenky in the temporarily occupied part of the Luhansk region was struck overnight; secondary detonations went on for about an hour.

"Every depot we take out behind their lines is a few hundred shells that will not land on our positions next week," said Colonel Dmytro Zahorodnii, a spokesman for the General Staff, on national television.

The night over Ukraine
Russia attacked Ukraine overnight with one Iskander-M ballistic missile and 88 Shahed-type drones, the Air Force said. Air defence shot down or suppressed 69 of the drones. In Kharkiv, drones hit a warehouse and a residential building in the Kyivskyi district; three people were injured, the regional governor said.

Along the front
Kursk direction. Ukrainian units repelled three Russian assaults near Tyotkino in the Kursk region of Russia.

North Slobozhanskyi direction. The enemy attacked twice near Yunakivka, in the Sumy region, without success.

Pokrovsk direction. The hottest sector again: 54 Russian assaults, most of them near Pokrovsk and Myrnohrad. Ukrainian troops are holding their lines and inflicting losses on the enemy, the General Staff said.

Huliaipole and Orikhiv directions. Near Stepnohirsk, defenders repelled an attack by a Russian assault group on armoured vehicles.

No offensive groupings have been spotted on the Volyn or Polissia axes, the summary adds.

Russian losses over the day, by the General Staff's count: 930 servicemen; since February 2022, about 1,101,000.

"The summaries show two different wars: a grinding one in Donetsk and a long-range one that is slowly becoming Ukraine's main lever on the Russian economy," said Iryna Malyk, a researcher at the Kyiv Institute of Security Studies.
Join our Telegram channel: t.me/ohliadach_example
Read also: How the Unmanned Systems Forces choose their targets
Tags: General Staff, refinery, Crimea, Pokrovsk, Samara region
© 2025 Ukrainskyi Ohliadach. Reprints require a hyperlink to the source.
"""
DOC = {"id": "lm09", "date": "2025-09-18", "source": "Ukrainskyi Ohliadach (Ukrainian national news site, English edition)",
       "url": "https://ohliadach.example/en/front/2025/09/18/general-staff-novokuybyshevsk", "text": TEXT}

D, Y = "2025-09-18", "2025-09-17"
PAST = dict(prec="range", end=D)
GS = "Ukrainian General Staff"
EVENTS = [
    E("lm09-1", MAS, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, family=[ADS], claimant=GS,
      weapons=[W("missile", launched=N(5)), W("guided_bomb", launched=N(131)), W("drone", launched=N(5214))], **PAST,
      evidence="The enemy launched three missile strikes with five missiles and 79 air strikes, dropping 131 guided "
               "aerial bombs. In addition, it used 5,214 kamikaze drones",
      note="the General Staff's past-day munitions tally ('as of 08:00 on 18 September', 'Over the past day') -> a "
           "required country aggregate, range 17-18 Sep (blind50 la09 call 5): missiles 5 (kind not said), guided bombs "
           "131, kamikaze drones 5,214; the 4,306 'attacks' and the strike/air-strike counts are no munitions"),
    E("lm09-2", CLA, Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, claimant=GS, **PAST,
      evidence="Over the past day, 171 combat clashes took place along the front.",
      note="front-wide clash count without a place -> optional aggregate"),
    E("lm09-3", ADS, D, L("Novokuybyshevsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], claimant=GS,
      evidence="Overnight, units of the Unmanned Systems Forces, together with other components of the Defence Forces, "
               "struck the Novokuybyshevsk oil refinery in the Samara region of Russia, the General Staff said.",
      note="'Overnight' in a Thursday morning summary = 18 Sep; the Unmanned Systems Forces' strike = drones (the "
           "governor: 'attacked by drones'); the governor's 'an industrial enterprise … no one had been hurt' is the same "
           "incident told by the other side -> one event, 0/0; 'results are being clarified' adds nothing"),
    E("lm09-4", INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(43))],
      evidence="its air defences had destroyed 43 Ukrainian drones over Russian regions overnight",
      note="the MoD's night count over Russia: country interception (the defender RU as actor1)"),
    E("lm09-5", INT, D, R("RU-SAM", "Samara region"), "RU", "UA", parent="lm09-4", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(12))],
      evidence="including twelve above the Samara region",
      note="a region with its own count -> required interception, child of the MoD's night total"),
    E("lm09-6", ADS, Y, H("Chornomorske", "near Chornomorske"), "UA", "RU", family=[MAS], claimant=GS,
      evidence="On Wednesday evening, according to the General Staff, a Nebo-U radar station was hit near Chornomorske "
               "in occupied Crimea.",
      note="'On Wednesday evening' = 17 Sep; near X = precision 2 (Chornomorske 710687, Crimea UA-43, not the Odesa-oblast "
           "namesake); the weapon is not said -> both strike types"),
    E("lm09-7", MAS, D, H("Rovenky", "near Rovenky"), "UA", "RU", family=[ADS], claimant=GS,
      evidence="An ammunition depot of the Russian 2nd Army Corps near Rovenky in the temporarily occupied part of the "
               "Luhansk region was struck overnight",
      note="agentless passive 'was struck overnight' -> 18 Sep; near X = precision 2 (Luhansk oblast UA-09); weapon not "
           "said -> both types; the secondary detonations are part of it"),
    E("lm09-8", MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(1)), W("drone", "Shahed", launched=N(88))],
      evidence="Russia attacked Ukraine overnight with one Iskander-M ballistic missile and 88 Shahed-type drones, the "
               "Air Force said.",
      note="the night wave on Ukraine: one country event typed by the missile, with its totals"),
    E("lm09-9", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="lm09-8", claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(69))],
      evidence="Air defence shot down or suppressed 69 of the drones.",
      note="'shot down or suppressed' counts together (blind49 call 1); nothing said of the missile -> no missile entry"),
    E("lm09-10", ADS, D, L("Kharkiv"), "RU", "UA", parent="lm09-8", inj=N(3), weapons=[W("drone")],
      claimant="Kharkiv regional governor",
      evidence="In Kharkiv, drones hit a warehouse and a residential building in the Kyivskyi district; three people "
               "were injured, the regional governor said.",
      note="a place hit by the wave, child event; the Kyivskyi district = the city; 3 w"),
    E("lm09-11", CLA, Y, H("Tyotkino", "near Tyotkino"), "RU", "UA", claimant=GS, **PAST,
      evidence="Ukrainian units repelled three Russian assaults near Tyotkino in the Kursk region of Russia.",
      note="fighting inside Russia in which Russia attacks: actor1 RU (the assaulting side), RU-KRS; past-day range, "
           "near X = precision 2; 'three assaults' is no casualty count"),
    E("lm09-12", CLA, Y, H("Yunakivka", "near Yunakivka"), "RU", "UA", claimant=GS, **PAST,
      evidence="The enemy attacked twice near Yunakivka, in the Sumy region, without success.",
      note="one clash per named place (range, precision 2)"),
    E("lm09-14", CLA, Y, H("Pokrovsk", "near Pokrovsk"), "RU", "UA", claimant=GS, **PAST,
      evidence="54 Russian assaults, most of them near Pokrovsk and Myrnohrad",
      note="a named place of the sector sentence -> required clash, precision 2"),
    E("lm09-15", CLA, Y, H("Myrnohrad", "near Myrnohrad"), "RU", "UA", claimant=GS, **PAST,
      evidence="54 Russian assaults, most of them near Pokrovsk and Myrnohrad",
      note="second named place -> its own clash"),
    E("lm09-16", CLA, Y, R("UA-14", "Pokrovsk direction (Donetsk region)"), "RU", "UA", agg=True, optional=True,
      claimant=GS, **PAST,
      evidence="The hottest sector again: 54 Russian assaults",
      note="a sector count -> optional aggregate (blind53 call 3)"),
    E("lm09-17", CLA, Y, H("Stepnohirsk", "near Stepnohirsk"), "RU", "UA", claimant=GS, **PAST,
      evidence="Near Stepnohirsk, defenders repelled an attack by a Russian assault group on armoured vehicles.",
      note="fronted place; one clash, precision 2 (Zaporizhzhia region)"),
]
# Not events: 'the results are being clarified'; the plant's nine million tonnes and its supply role (description);
# 'Ukrainian troops are holding their lines' (ongoing); the negated Volyn and Polissia directions; Russia's losses of
# the day and since February 2022; the researcher's view; the three 'missile strikes' and 79 'air strikes' (counts of
# sorties inside lm09-1, not separate events). Furniture: masthead, language row, menu, breadcrumb, date, byline,
# Telegram line, 'Read also' line, tags, ©.
STATEMENTS = [
    S("Dmytro Zahorodnii", "UA", "a few hundred shells that will not land on our positions next week",
      "spokesman, General Staff of the Armed Forces of Ukraine"),
    S("Iryna Malyk", None, "a long-range one that is slowly becoming Ukraine's main lever on the Russian economy",
      "researcher, Kyiv Institute of Security Studies"),
]
# Not gold: "an industrial enterprise" (the Samara governor, title only, fragment).
MUST_NOT = ["UKRAINSKYI OHLIADACH", "УКР | ENG", "News | Front | Politics | Economy | Opinions | Video | Special projects",
            "Front › General Staff summaries", "18 September 2025, 09:14", "By Olena Voitsekhivska",
            "Join our Telegram channel: t.me/ohliadach_example",
            "Read also: How the Unmanned Systems Forces choose their targets",
            "Tags: General Staff, refinery, Crimea, Pokrovsk, Samara region",
            "© 2025 Ukrainskyi Ohliadach. Reprints require a hyperlink to the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
