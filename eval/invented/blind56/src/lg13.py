from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Sumy region, 13 November: 41 attacks on the border hromadas, a man killed in Velyka Pysarivka"
TEXT = """ПРИКОРДОННЯ · PRYKORDONNIA
News of the Sumy borderland
News | Hromadas | War | Economy | Photo | Contacts
Home / News / War
Sumy region, 13 November: 41 attacks on the border hromadas, a man killed in Velyka Pysarivka
14 November 2023, 09:20
Author: Yuliia Tkachenko
On Monday, 13 November, Russian troops fired on the border areas of the Sumy region 41 times, the regional military administration said in its evening summary. Some 214 explosions were recorded in eleven hromadas. Here is what the administration reported, hromada by hromada.

Krasnopillia hromada: mortar fire (12 explosions) and an FPV drone attack; a farm building was damaged.
Velyka Pysarivka hromada: artillery (17 explosions). In Velyka Pysarivka itself, a man of 58 died in the yard of his house.
Esman hromada: Russian troops shelled the hromada from multiple rocket launchers (20 explosions); two houses were damaged, nobody was hurt.
Khotin hromada: a guided aerial bomb was dropped (1 explosion), no casualties.
Bilopillia hromada: artillery (14 explosions). In Bilopillia, a power line was damaged and 1,300 consumers were left without electricity.
The Myropillia, Seredyna-Buda and Znob-Novhorodske hromadas also came under fire.

On Monday night, an FPV drone hit a car on the road near Yunakivka; the driver, 37, was wounded and is now in a Sumy hospital.

Overnight into Tuesday, air defence shot down four Shahed drones over the Sumy region, the Air Command "East" said.

"For people here, a day with forty attacks is an ordinary Monday. They go to the shop between the explosions, and they still refuse to leave," said Oleksandr Hrytsai, the head of the Krasnopillia hromada.

Families with children are still being moved out of the villages closest to the border under the mandatory evacuation order. In the first thirteen days of November the region counted more than 500 attacks.
Photo: illustrative, Sumy regional military administration
Follow Prykordonnia on Telegram and Viber
Tags: shelling, Krasnopillia, Bilopillia, Esman, Velyka Pysarivka, Khotin
Materials may be used only with a hyperlink to prykordonnia.info
"""
DOC = {"id": "lg13", "date": "2023-11-14", "source": "Prykordonnia (Ukrainian regional news site, Sumy region)",
       "url": "https://prykordonnia.example/news/war/2023-11-14-sumy-region-13-november", "text": TEXT}

D, MON = "2023-11-14", "2023-11-13"
RMA = "Sumy regional military administration"
TALLY = "lg13-1"
EVENTS = [
    E(TALLY, MAS, MON, R("UA-59", "Sumy region"), "RU", "UA", agg=True, family=[ADS], claimant=RMA,
      evidence="On Monday, 13 November, Russian troops fired on the border areas of the Sumy region 41 times",
      note="the evening summary 'On Monday, 13 November' -> a tally of a named day: day precision, aggregate parent of "
           "the hromada lines (blind53 ld05, call 3); '41 times' and '214 explosions' count attacks and explosions, not "
           "munitions launched"),
    E("lg13-2", MAS, MON, H("Krasnopillia", "Krasnopillia hromada"), "RU", "UA", parent=TALLY, family=[ADS],
      weapons=[W("artillery"), W("drone")], claimant=RMA,
      evidence="Krasnopillia hromada: mortar fire (12 explosions) and an FPV drone attack; a farm building was damaged.",
      note="one hromada line with two weapons = one event (blind53 ld12 Vovchansk); mortars and a drone -> missile/"
           "artillery type, air type accepted; a hromada = precision 2; explosions are not a launched count; "
           "casualties not stated (absent)"),
    E("lg13-3", MAS, MON, L("Velyka Pysarivka"), "RU", "UA", parent=TALLY, fat=N(1), weapons=[W("artillery")],
      claimant=RMA,
      evidence="In Velyka Pysarivka itself, a man of 58 died in the yard of his house.",
      note="'In Velyka Pysarivka itself' -> the settlement (precision 1), not the hromada; 1 killed; the hromada's "
           "artillery line and the death are one event"),
    E("lg13-4", MAS, MON, H("Esman", "Esman hromada"), "RU", "UA", parent=TALLY, fat=N(0), inj=N(0),
      weapons=[W("mlrs")], claimant=RMA,
      evidence="Esman hromada: Russian troops shelled the hromada from multiple rocket launchers (20 explosions); two houses were damaged, nobody was hurt.",
      note="MLRS, 'nobody was hurt' -> 0/0; hromada = precision 2"),
    E("lg13-5", ADS, MON, H("Khotin", "Khotin hromada"), "RU", "UA", parent=TALLY, fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(1))], claimant=RMA,
      evidence="Khotin hromada: a guided aerial bomb was dropped (1 explosion), no casualties.",
      note="'a guided aerial bomb was dropped' -> launched 1; 'no casualties' -> 0/0; Khotin 706253 (Sumy, not Khotyn)"),
    E("lg13-6", MAS, MON, L("Bilopillia"), "RU", "UA", parent=TALLY, weapons=[W("artillery")], claimant=RMA,
      evidence="Bilopillia hromada: artillery (14 explosions). In Bilopillia, a power line was damaged",
      note="the line names the town for its damage -> precision 1; casualties not stated (absent)"),
    E("lg13-7", DIS, MON, L("Bilopillia"), "RU", "UA", parent="lg13-6", claimant=RMA,
      evidence="1,300 consumers were left without electricity",
      note="outage caused by the shelling of lg13-6"),
    E("lg13-8", MAS, MON, H("Myropillia", "Myropillia hromada"), "RU", "UA", parent=TALLY, optional=True,
      family=[ADS], claimant=RMA,
      evidence="The Myropillia, Seredyna-Buda and Znob-Novhorodske hromadas also came under fire.",
      note="hromada listed 'also came under fire' -> optional (blind50 la06)"),
    E("lg13-9", MAS, MON, H("Seredyna-Buda", "Seredyna-Buda hromada"), "RU", "UA", parent=TALLY, optional=True,
      family=[ADS], claimant=RMA,
      evidence="The Myropillia, Seredyna-Buda and Znob-Novhorodske hromadas also came under fire.",
      note="listed hromada -> optional"),
    E("lg13-10", MAS, MON, H("Znob-Novhorodske", "Znob-Novhorodske hromada"), "RU", "UA", parent=TALLY,
      optional=True, family=[ADS], claimant=RMA,
      evidence="The Myropillia, Seredyna-Buda and Znob-Novhorodske hromadas also came under fire.",
      note="listed hromada -> optional"),
    E("lg13-11", ADS, MON, H("Yunakivka", "road near Yunakivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      evidence="On Monday night, an FPV drone hit a car on the road near Yunakivka; the driver, 37, was wounded and is now in a Sumy hospital.",
      note="'On Monday night' -> Monday 13 Nov (not the night into Tuesday, which the page calls 'Overnight into "
           "Tuesday'); a road near X = precision 2; 1 injured; the Sumy hospital is not the event's place; no parent "
           "(the evening summary does not list it)"),
    E("lg13-12", INT, D, R("UA-59", "Sumy region"), "UA", "RU", weapons=[W("drone", "Shahed-136", intercepted=N(4))],
      claimant="Air Command East",
      evidence="Overnight into Tuesday, air defence shot down four Shahed drones over the Sumy region",
      note="'Overnight into Tuesday' -> 14 Nov (publication day); a region with its own count -> required"),
]
# Not events: '214 explosions … in eleven hromadas' (part of the tally); the farm building, houses and yard (damage of
# their lines); Hrytsai's 'an ordinary Monday' (habit); the mandatory evacuation ('are still being moved out', ongoing, no taxonomy
# event); 'more than 500 attacks' in the first thirteen days of November (cumulative). The title's '13 November' is the day of
# the summary, not the publication day.
STATEMENTS = [
    S("Oleksandr Hrytsai", "UA", "they still refuse to leave", "head of the Krasnopillia hromada"),
]
MUST_NOT = ["ПРИКОРДОННЯ · PRYKORDONNIA", "News of the Sumy borderland", "News | Hromadas | War | Economy | Photo | Contacts",
            "Home / News / War", "14 November 2023, 09:20", "Author: Yuliia Tkachenko",
            "Photo: illustrative, Sumy regional military administration", "Follow Prykordonnia on Telegram and Viber",
            "Tags: shelling, Krasnopillia, Bilopillia, Esman, Velyka Pysarivka, Khotin",
            "Materials may be used only with a hyperlink to prykordonnia.info"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
