from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, MOB, DIP, TER

TITLE = "Ukraine war live: Russia hits energy sites overnight; Kharkiv guided-bomb toll rises to two"
TEXT = """THE LANTERN
News | Opinion | Culture | Lifestyle | Podcasts | Log in
Live › World › Ukraine
Ukraine war live: Russia hits energy sites overnight; Kharkiv guided-bomb toll rises to two
Live coverage by Miriam Achterberg in London and Yurii Savchenko in Kyiv
🔴 LIVE · last update Wed 3 Sep 2025, 17:05 EEST
Turn on notifications for this blog

17:05
That's all from us for today. A recap of the main developments:
• Russia launched 102 drones and eight cruise missiles overnight, mostly at energy and gas sites.
• Two people were killed and seven injured by a guided bomb in Kharkiv.
• Ukraine's foreign minister hosted his Turkish counterpart in Kyiv.
We will be back tomorrow morning.

16:20
The toll from this morning's guided bomb on Kharkiv's industrial zone has risen to two dead, the regional governor says. Seven people are now being treated in hospital, three of them in a serious condition.

15:40
Ukraine's general staff says its troops repelled Russian assaults near Rodynske and Bilytske, north of Pokrovsk, over the past day. Of the 137 clashes recorded along the front since yesterday morning, 53 were in the Pokrovsk sector.

14:10
Ukraine's foreign minister has hosted his Turkish counterpart in Kyiv this afternoon. According to the Ukrainian readout, the two discussed Black Sea shipping and a possible new round of prisoner exchanges, which Ankara has offered to mediate.

13:30
Analysis: why gas?
Our energy correspondent writes: Russia has hit Ukraine's gas production sites more than a dozen times since the spring, and each attack forces the country to import more for the winter. If storage falls below the government's target by November, households could face rationing.
"Every hit on a compressor station is a hit on next winter," said Taras Yeremenko, an analyst at the Dnipro Energy Policy Lab.

12:40
Correction: in a post at 09:20 we reported that two people had been killed in Bila Tserkva. That was wrong. According to the Kyiv regional administration, both were injured and no one died. We apologise for the error.

11:50
Poland's operational command says it scrambled fighter jets overnight as Russia struck western Ukraine. No violation of Polish airspace was recorded.

11:15
Russia's defence ministry says its air defences destroyed 27 Ukrainian drones overnight, thirteen of them over the Bryansk region and six over the Voronezh region.
The ministry also says Russian troops have "liberated" the village of Novoyegorovka in the Kharkov region. Ukraine's military has not commented.

10:05
A Russian guided bomb struck the industrial zone in Kharkiv's Industrialnyi district at 09:48, killing one person and injuring four, the city's mayor says.

09:20
Two people have been killed in Bila Tserkva, south of Kyiv, after a drone hit a logistics warehouse during the night, local officials say.

08:45
In the Rivne region eleven drones were shot down, the governor says. Falling debris started a grass fire but caused no other damage.

08:10
In Kyiv, debris fell on a private house in the Holosiivskyi district, injuring two people, the mayor says. "The roof is gone, but we are alive," Halyna Moroz, 71, told our reporter outside what was left of her kitchen.

07:30
Khmelnytskyi region: a cruise missile hit an energy facility near Starokostiantyniv, the regional administration says. There were no casualties.

07:05
Good morning and welcome to our live coverage. Russia launched 102 drones and eight Kh-101 cruise missiles at Ukraine overnight, the air force says; 89 of the drones and six of the missiles were shot down. The main targets were energy and gas facilities in the west and centre of the country.
Load 12 earlier posts
The Lantern's journalism is funded by readers. Become a member from £4 a month
© The Lantern Media Group 2025 · Privacy · Cookies · Terms
"""
DOC = {"id": "ky05", "date": "2025-09-03", "source": "The Lantern (newspaper site, live blog)",
       "url": "https://thelantern.example/world/live/2025/sep/03/ukraine-war-live", "text": TEXT}

D, Y = "2025-09-03", "2025-09-02"
WAVE = "ky05-1"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(102)), W("cruise_missile", "Kh-101", launched=N(8))],
      note="07:05: '102 drones and eight Kh-101 cruise missiles at Ukraine overnight' on the blog's day = 3 Sep; "
           "typed by the missiles; the 17:05 recap repeats it"),
    E("ky05-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE,
      weapons=[W("drone", intercepted=N(89)), W("cruise_missile", intercepted=N(6))],
      note="'89 of the drones and six of the missiles were shot down'"),
    E("ky05-3", MAS, D, H("Starokostiantyniv", "near Starokostiantyniv"), "RU", "UA", parent=WAVE, fat=N(0),
      inj=N(0), weapons=[W("cruise_missile")],
      note="07:30: 'a cruise missile hit an energy facility near Starokostiantyniv', 'no casualties' = 0/0; near -> "
           "precision 2"),
    E("ky05-4", ADS, D, L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(2), family=[MAS],
      note="08:10: debris on a private house in the Holosiivskyi district (= the city), 2 injured; debris of what is "
           "not said -> the missile type accepted"),
    E("ky05-5", INT, D, R("UA-56", "Rivne region"), "UA", "RU", parent="ky05-2", weapons=[W("drone", intercepted=N(11))],
      note="08:45: 'In the Rivne region eleven drones were shot down': a region with a count (required); the grass "
           "fire from debris caused 'no other damage' -> no strike event"),
    E("ky05-6", ADS, D, L("Bila Tserkva"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(2), weapons=[W("drone")],
      note="09:20 drone on a logistics warehouse 'during the night' as corrected at 12:40: 'both were injured and no "
           "one died' -> 0 killed, 2 injured; the correction amends this event, it is not a second one"),
    E("ky05-7", ADS, D, L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(7), weapons=[W("guided_bomb")],
      note="10:05 guided bomb 'at 09:48' on the Industrialnyi district (= the city), 1 killed 4 injured -> 16:20 'risen "
           "to two dead … Seven people are now being treated': the latest figures win; not part of the night wave"),
    E("ky05-8", INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(27))],
      claimant="Russian defence ministry", note="11:15: 27 Ukrainian drones destroyed overnight (country level)"),
    E("ky05-9", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent="ky05-8",
      weapons=[W("drone", intercepted=N(13))], note="'thirteen of them over the Bryansk region' (number in words)"),
    E("ky05-10", INT, D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent="ky05-8",
      weapons=[W("drone", intercepted=N(6))], note="'six over the Voronezh region'"),
    E("ky05-11", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole: optional (blind37 call 5)"),
    E("ky05-17", TER, D, L("Novoiehorivka", name="Novoiehorivka (Novoyegorovka)"), "RU", "UA",
      claimant="Russian defence ministry",
      note="11:15: the MoD says its troops 'have \"liberated\" the village of Novoyegorovka in the Kharkov region' "
           "(Russian forms of Novoiehorivka and Kharkiv); a capture claim the other side has not denied, on the claim "
           "day (blind40 call 3); 'in the Kharkov region' makes it the Kharkiv-oblast village 699013, not the Mykolaiv- "
           "or Kirovohrad-oblast namesakes"),
    E("ky05-12", MOB, D, C("PL", "Poland"), "PL", None,
      note="11:50: Poland 'scrambled fighter jets overnight as Russia struck western Ukraine' = 3 Sep; 'No violation "
           "of Polish airspace' gives no airspace event"),
    E("ky05-13", DIP, D, L("Kyiv"), "UA", "TR",
      note="14:10: Ukraine's foreign minister 'has hosted his Turkish counterpart in Kyiv this afternoon' (the host "
           "as actor1); the prisoner-exchange round is only 'possible' (no event)"),
    E("ky05-14", CLA, Y, H("Rodynske", "near Rodynske"), "RU", "UA", prec="range", end=D,
      note="15:40: 'repelled Russian assaults near Rodynske and Bilytske … over the past day': one clash per place, "
           "past-day range, precision 2"),
    E("ky05-15", CLA, Y, H("Bilytske", "near Bilytske"), "RU", "UA", prec="range", end=D,
      note="the second place of the same general-staff line"),
    E("ky05-16", CLA, Y, C("UA", "Ukraine"), "RU", "UA", prec="range", end=D, agg=True, optional=True,
      note="'137 clashes … along the front since yesterday morning, 53 … in the Pokrovsk sector': front-wide and "
           "sector clash counts of the general staff -> optional aggregate (blind41 call 3)"),
]
# Not events: the 17:05 recap (repeats the wave, the Kharkiv toll and the Kyiv meeting); the superseded Kharkiv figures
# (one killed, four injured) and the 09:20 'two people have been killed' (corrected); the 13:30 analysis (gas sites hit
# 'more than a dozen times since the spring': tally; 'If storage falls … could face rationing': conditional); the
# possible new round of prisoner exchanges and Ankara's offer to mediate (future); 'No violation of Polish airspace'
# (negation); the grass fire in the Rivne region ('no other damage'); 'We will be back tomorrow morning'.
STATEMENTS = [
    S("Taras Yeremenko", None, "Every hit on a compressor station is a hit on next winter",
      "analyst, Dnipro Energy Policy Lab"),
    S("Halyna Moroz", "UA", "The roof is gone, but we are alive", "resident of Kyiv"),
]
MUST_NOT = ["THE LANTERN", "News | Opinion | Culture | Lifestyle | Podcasts | Log in", "Live › World › Ukraine",
            "Live coverage by Miriam Achterberg in London and Yurii Savchenko in Kyiv",
            "🔴 LIVE · last update Wed 3 Sep 2025, 17:05 EEST", "Turn on notifications for this blog",
            "Load 12 earlier posts", "The Lantern's journalism is funded by readers. Become a member from £4 a month",
            "© The Lantern Media Group 2025 · Privacy · Cookies · Terms"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
