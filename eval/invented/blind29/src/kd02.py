from common import E, L, R, C, N, W, S, gold

TITLE = "Last bridge to Lysychansk destroyed as Russian troops push into centre of Sievierodonetsk"
TEXT = """SKHID EXPRESS | English edition
Front · Politics · Economy · Opinion · Video
13.06.2022 · 10:24 (Kyiv time)
Author: Iryna Savchuk
Last bridge to Lysychansk destroyed as Russian troops push into centre of Sievierodonetsk
Russian forces destroyed the third and last bridge linking Sievierodonetsk with its twin city of Lysychansk on Sunday evening, cutting the only road by which civilians could still be evacuated, the governor of the Luhansk region said on Telegram.

Over the past day Russian troops, backed by heavy artillery, pushed Ukrainian units out of the centre of Sievierodonetsk, the governor said, although Ukrainian forces still hold the Azot chemical plant and the industrial zone around it. About 500 civilians, among them some 40 children, are sheltering in the plant's basements.

The Azot plant came under heavy shelling again on Monday morning, according to Oleksandr Stryzhak, head of the city's military administration. "The city is not surrounded, but evacuation is now simply impossible. Every vehicle that moves is a target," he told Skhid Express.
Support independent journalism from eastern Ukraine — donate
In Lysychansk, across the Siverskyi Donets river, shelling killed two people and wounded five on Sunday, the governor said. Residents of several high-rise blocks have been living in basements since early May, when the Russian assault on the two cities began.

According to the General Staff, Ukrainian troops repelled an assault near Bilohorivka over the past day and inflicted losses on the enemy. Russian forces also shelled the areas of Rubizhne and Syrotyne, the morning update said.

Russia's defence ministry claimed that Kalibr cruise missiles had destroyed a depot of weapons supplied by Western countries near Lysychansk on Sunday. Kyiv did not comment, and the claim could not be independently verified.

Moscow's troops now control most of the Luhansk region. Ukrainian officials have said the army is losing between 100 and 200 soldiers a day in the Donbas, and Kyiv again asked its partners on Monday for more long-range artillery and multiple rocket launchers.

Moscow said it would open a "humanitarian corridor" from the Azot plant to Svatove, a town under Russian control, on Wednesday. Kyiv rejected the offer in advance, saying civilians must be evacuated to territory it controls.

"Lysychansk sits on high ground, and it will be much harder to take than Sievierodonetsk. But if the supply road to Bakhmut is cut, the garrison there will be in real trouble," said Mykola Bielik of the Centre for Army Studies in Kyiv.

Most read
Kyiv metro extends night hours for the summer
Exam season: what changes for school leavers in 2022
Ukrzaliznytsia adds trains to the west
Subscribe to Skhid Express on Telegram and Viber
© Skhid Express, 2014–2022. Any use of materials requires a hyperlink to skhid-express.example
"""
DOC = {"id": "kd02", "date": "2022-06-13", "source": "Skhid Express (Ukrainian news site)",
       "url": "https://skhid-express.example/en/news/2022/06/13/last-bridge-lysychansk", "text": TEXT}

D = "2022-06-13"
EVENTS = [
    E("kd02-1", "missile_artillery_strike", "2022-06-12", L("Sievierodonetsk", 2, "Sievierodonetsk (bridge to Lysychansk)"),
      "RU", "UA", family=["air_drone_strike"], claimant="governor of the Luhansk region",
      note="'destroyed the third and last bridge … on Sunday evening' (Mon 13 Jun -> Sun 12); the means is not stated "
           "-> shelling with the drone/air type accepted (ANNOTATION rule 4); the bridge "
           "between the twin cities is precision 2 at Sievierodonetsk (looting_destruction not it: a strike)"),
    E("kd02-2", "territory_change", "2022-06-12", L("Sievierodonetsk", 1, "Sievierodonetsk (city centre)"), "RU", "UA",
      end=D, prec="range", claimant="governor of the Luhansk region",
      note="'Over the past day … pushed Ukrainian units out of the centre' -> Russian gain, range 12-13 Jun (not an "
           "aggregate)"),
    E("kd02-3", "missile_artillery_strike", D, L("Sievierodonetsk", 1, "Sievierodonetsk (Azot chemical plant)"), "RU",
      "UA", claimant="Oleksandr Stryzhak",
      note="'came under heavy shelling again on Monday morning' = the publication day; the plant is coded to the city"),
    E("kd02-4", "missile_artillery_strike", "2022-06-12", L("Lysychansk"), "RU", "UA", fat=N(2), inj=N(5),
      claimant="governor of the Luhansk region", note="'shelling killed two people and wounded five on Sunday'"),
    E("kd02-5", "armed_clash", "2022-06-12", L("Bilohorivka", 2, "near Bilohorivka"), "RU", "UA", end=D, prec="range",
      claimant="General Staff of the Armed Forces of Ukraine",
      note="General Staff morning update: 'repelled an assault near Bilohorivka over the past day' -> attacker RU, "
           "range, precision 2"),
    E("kd02-6", "missile_artillery_strike", "2022-06-12", L("Rubizhne", 2, "areas of Rubizhne"), "RU", "UA", end=D,
      prec="range", optional=True,
      note="'also shelled the areas of Rubizhne and Syrotyne' in the past-day update: a listed, vague mention "
           "(Syrotyne not in the gazetteer); optional"),
    E("kd02-7", "missile_artillery_strike", "2022-06-12", L("Lysychansk", 2, "near Lysychansk (weapons depot)"), "RU",
      "UA", weapons=[W("cruise_missile", "Kalibr")], claimant="Ministry of Defence of the Russian Federation",
      note="MoD claim: Kalibr missiles 'destroyed a depot … near Lysychansk on Sunday'; unverified, required as the "
           "reported claim, precision 2"),
]
STATEMENTS = [
    S("Oleksandr Stryzhak", "UA", "The city is not surrounded, but evacuation is now simply impossible",
      "head of the Sievierodonetsk city military administration"),
    S("Mykola Bielik", "UA", "Lysychansk sits on high ground, and it will be much harder to take than Sievierodonetsk",
      "analyst, Centre for Army Studies"),
]
MUST_NOT = ["SKHID EXPRESS | English edition", "Front · Politics · Economy · Opinion · Video",
            "13.06.2022 · 10:24 (Kyiv time)", "Author: Iryna Savchuk",
            "Support independent journalism from eastern Ukraine — donate", "Most read",
            "Kyiv metro extends night hours for the summer", "Exam season: what changes for school leavers in 2022",
            "Ukrzaliznytsia adds trains to the west", "Subscribe to Skhid Express on Telegram and Viber",
            "© Skhid Express, 2014–2022. Any use of materials requires a hyperlink to skhid-express.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
