from common import E, L, R, C, N, W, S, gold

TITLE = "Shebekino shelled eleven times overnight, three people wounded - governor"
TEXT = """ROSTELEGRAF RUSSIAN NEWS AGENCY
Politics | Economy | Military | Regions | World | Sport | Culture
Military & Defense ▸ Border regions
MAY 26, 13:42
UPDATED: MAY 26, 15:10
Shebekino shelled eleven times overnight, three people wounded - governor
The injured, among them a teenager, have been taken to the central district hospital
BELGOROD, May 26. /RTG/. The Armed Forces of Ukraine shelled the town of Shebekino in the Belgorod Region eleven times during the night, firing multiple rocket launchers and artillery, and three people were wounded, among them a 15-year-old boy, Belgorod Region Governor said on his Telegram channel on Friday.

"A gas pipeline and four private houses have been damaged. All the wounded have been taken to the Shebekino central district hospital and are receiving the necessary help," the governor wrote.

Natalia Zhukova, head physician of the hospital, told RTG that two of the wounded were in moderate condition. "The boy was operated on overnight; his life is not in danger," she said.

In the morning, an explosive device dropped from a Ukrainian drone hit an electrical substation near Valuyki, according to the governor. About 2,600 subscribers were left without electricity; repair crews have started work.

On Thursday evening, a shell hit a car on the outskirts of Grayvoron. The driver was killed on the spot, the governor said.

In the neighboring Kursk Region, the village of Tyotkino came under mortar fire, which damaged a school building and a power line. There were no casualties, Kursk Region Governor said.

According to the governor of the Bryansk Region, the settlement of Klimovo was shelled from Ukrainian territory on Friday morning. A woman was wounded and has been hospitalized.

"The windows flew out at about three in the morning. We took the children down to the cellar and sat there until it got light," Anatoly Medvedko, a resident of Shebekino, told RTG.

The Russian Defense Ministry reported that air defense systems had destroyed eleven Ukrainian unmanned aerial vehicles overnight: eight of them over the Belgorod Region and three over the Kursk Region. In addition, two HARM anti-radar missiles were shot down over the Bryansk Region.

Over the past day, units of the Russian group of forces repelled three attacks by Ukrainian assault groups near Belogorovka in the Lugansk People's Republic, the ministry said. The Ukrainian side did not comment on the claim.

According to the three governors, hardly a day has passed without Ukrainian fire on their border districts for more than a year.
© Yuri Sokolov/RTG
Tags: Belgorod Region, Shebekino, shelling, drones
Follow RTG on Telegram
Copyright © RTG 2023
"""
DOC = {"id": "kt06", "date": "2023-05-26", "source": "Rostelegraf (RTG, Russian state news agency, English)",
       "url": "https://rtg.example/en/military-defense/1620871", "text": TEXT}

D, Y = "2023-05-26", "2023-05-25"
EVENTS = [
    E("kt06-1", "missile_artillery_strike", D, L("Shebekino"), "UA", "RU", inj=N(3),
      weapons=[W("mlrs"), W("artillery")], claimant="Belgorod Region Governor",
      note="Shebekino shelled 'eleven times during the night' with MLRS and artillery (Friday report -> Friday): "
           "3 wounded; eleven shellings of one town in one night = one event, the 'eleven' is no weapon count"),
    E("kt06-2", "air_drone_strike", D, L("Valuyki", 2, "near Valuyki"), "UA", "RU", weapons=[W("drone")],
      claimant="Belgorod Region Governor",
      note="'In the morning, an explosive device dropped from a Ukrainian drone hit an electrical substation near Valuyki': "
           "drone-dropped munition = air_drone_strike (blind40 call 2), near X = precision 2, casualties not stated"),
    E("kt06-3", "infrastructure_disruption", D, L("Valuyki", 2, "near Valuyki"), "UA", "RU", parent="kt06-2",
      note="'About 2,600 subscribers were left without electricity'"),
    E("kt06-4", "missile_artillery_strike", Y, L("Grayvoron", 2, "outskirts of Grayvoron"), "UA", "RU", fat=N(1),
      weapons=[W("artillery")], claimant="Belgorod Region Governor",
      note="'On Thursday evening, a shell hit a car on the outskirts of Grayvoron. The driver was killed on the spot': Thursday 25 May, "
           "outskirts = precision 2"),
    E("kt06-5", "missile_artillery_strike", D, L("Tyotkino"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], claimant="Kursk Region Governor",
      note="'Tyotkino came under mortar fire … There were no casualties' = 0/0 (mortar = artillery); no day -> the "
           "report's day"),
    E("kt06-6", "missile_artillery_strike", D, L("Klimovo"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      claimant="Bryansk Region Governor",
      note="'Klimovo was shelled from Ukrainian territory on Friday morning. A woman was wounded'"),
    E("kt06-7", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian Defense Ministry",
      note="'air defense systems had destroyed eleven Ukrainian unmanned aerial vehicles overnight'"),
    E("kt06-8", "interception", D, R("RU-BEL", "Belgorod Region"), "RU", "UA", parent="kt06-7",
      weapons=[W("drone", intercepted=N(8))], note="'eight of them over the Belgorod Region'"),
    E("kt06-9", "interception", D, R("RU-KRS", "Kursk Region"), "RU", "UA", parent="kt06-7",
      weapons=[W("drone", intercepted=N(3))], note="'three over the Kursk Region'"),
    E("kt06-10", "interception", D, R("RU-BRY", "Bryansk Region"), "RU", "UA",
      weapons=[W("missile", "HARM", intercepted=N(2))], claimant="Russian Defense Ministry",
      note="'two HARM anti-radar missiles were shot down over the Bryansk Region': a regional interception with its "
           "count (an anti-radar missile: category missile, not ballistic or cruise); not part of the drone count"),
    E("kt06-11", "armed_clash", Y, L("Bilohorivka", 2, "near Belogorovka (Bilohorivka)"), "UA", "RU", end=D,
      prec="range", claimant="Russian Defense Ministry",
      note="'repelled three attacks by Ukrainian assault groups near Belogorovka in the Lugansk People's Republic' over "
           "the past day: the Russian form of Bilohorivka (Luhansk oblast, UA-09; 712588); a clash with UA attacking, "
           "past-day range, precision 2"),
    E("kt06-12", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True,
      note="the overnight drone attack on Russia as a whole, implied by the MoD count: optional (blind37 call 5)"),
]
# Not events: the damage list (part of kt06-1), repair crews at work (repair), 'hardly a day has passed without
# Ukrainian fire … for more than a year' (habitual background), 'The Ukrainian side did not comment'.
STATEMENTS = [
    S("Natalia Zhukova", "RU", "his life is not in danger", "head physician, Shebekino central district hospital"),
    S("Anatoly Medvedko", "RU", "We took the children down to the cellar and sat there until it got light",
      "resident of Shebekino"),
]
# Not gold: the Belgorod governor's quote (title-only speaker).
MUST_NOT = ["ROSTELEGRAF RUSSIAN NEWS AGENCY", "Politics | Economy | Military | Regions | World | Sport | Culture",
            "Military & Defense ▸ Border regions", "MAY 26, 13:42", "UPDATED: MAY 26, 15:10", "© Yuri Sokolov/RTG",
            "Tags: Belgorod Region, Shebekino, shelling, drones", "Follow RTG on Telegram", "Copyright © RTG 2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
