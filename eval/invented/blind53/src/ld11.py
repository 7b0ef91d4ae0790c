from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, TER, AGR, POL

TITLE = "The week in review: Ladyzhyn in the dark, 157 home, a disputed village near Huliaipole"
TEXT = """ZMIST
independent Ukrainian media
Ukraine | War | Economy | Culture | Weekly review | Support us
Weekly review › 19–25 January 2026
The week in review: Ladyzhyn in the dark, 157 home, a disputed village near Huliaipole
Sunday, 25 January 2026 · 18:30 · Editors of Zmist
Every Sunday we go through the week day by day. This week: a night that cut power in Vinnytsia region, another exchange, and a village that Moscow says it has taken and Kyiv says it has not.

MONDAY, 19 JANUARY
The week opened with a heavy night. Russia fired four Iskander-M ballistic missiles and 132 Shahed-type drones; two of the missiles and 104 drones were brought down, the Air Force reported. Missiles and drones hit the Ladyzhyn thermal power plant, which was not working at full capacity at the time. Nobody at the plant was hurt, but much of Vinnytsia region stayed without power until late evening. In Kyiv, debris of a drone fell on a warehouse in the Darnytskyi district; one man was injured.

"We had three hours to restart one unit, and we did it in four," said Andrii Voloshyn, a shift engineer at the plant.

TUESDAY, 20 JANUARY
Parliament voted to prolong martial law and general mobilisation by 90 days. The same afternoon, a guided aerial bomb struck a street of garages and small workshops in Kharkiv's Industrialnyi district. Two people were killed and eight injured.

WEDNESDAY, 21 JANUARY
Overnight, Ukrainian drones reached the Syzran oil refinery in Russia's Samara region. The regional governor wrote of "a fire at an industrial enterprise" and reported no injuries. Russia's Ministry of Defence said it had shot down 47 Ukrainian drones over its regions that night, twelve of them over the Samara region.

THURSDAY, 22 JANUARY
One hundred and fifty-seven Ukrainian prisoners of war came home in an exchange, and Russia received the same number. Also on Thursday, a woman injured in the missile strike on Dnipro on 16 January died in hospital, which brought the toll of that attack to four dead.

FRIDAY, 23 JANUARY
Russia's Ministry of Defence said its troops had taken Malynivka, a village east of Huliaipole. The General Staff rejected the claim and said that fighting for the village was still going on that day. In the Huliaipole direction alone, it counted 43 Russian assaults on Friday.

SATURDAY, 24 JANUARY
In Odesa, drones hit port infrastructure overnight. Three people were injured, and a fire at a grain terminal burned until morning.

SUNDAY, 25 JANUARY
Early this morning a Russian drone hit a minibus on the outskirts of Sumy. The driver was killed; the minibus was empty.

Summing up the week on Sunday, the president said Russia had launched about 1,150 attack drones, some 830 guided aerial bombs and 39 missiles at Ukraine over the past seven days.

WHAT COMES NEXT
Repairs at Ladyzhyn will take weeks, the energy ministry says, and Vinnytsia region may stay on outage schedules until February. The next round of talks on an exchange of the wounded is expected in early February. If the claim about Malynivka holds, Russian troops would be about fifteen kilometres from the town's eastern edge.

"People ask me if this winter is worse than the last one. It is not worse, it is longer," said Iryna Savchuk, who runs a heating point in Kharkiv.
Read the previous review: 12–18 January
Zmist is funded by its readers. Support us from 50 hryvnias a month
© 2026 Zmist. Republication with an active link
"""
DOC = {"id": "ld11", "date": "2026-01-25", "source": "Zmist (Ukrainian independent site, weekly review)",
       "url": "https://zmist.example/weekly/2026-01-19-25", "text": TEXT}


def d(dd):
    return f"2026-01-{dd:02d}"


WAVE = "ld11-1"
EVENTS = [
    E(WAVE, MAS, d(19), C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("drone", "Shahed-136", launched=N(132))],
      note="MONDAY heading: 'Russia fired four Iskander-M ballistic missiles and 132 Shahed-type drones': the "
           "nationwide night wave, country precision, typed by the missiles"),
    E("ld11-2", INT, d(19), C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", intercepted=N(2)), W("drone", "Shahed-136", intercepted=N(104))],
      note="'two of the missiles and 104 drones were brought down' (agentless passive)"),
    E("ld11-3", MAS, d(19), L("Ladyzhyn"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0),
      weapons=[W("missile"), W("drone")],
      note="'Missiles and drones hit the Ladyzhyn thermal power plant … Nobody at the plant was hurt' -> 0/0; typed by "
           "the missiles, both weapons"),
    E("ld11-4", DIS, d(19), R("UA-05", "Vinnytsia region"), "RU", "UA", parent="ld11-3",
      note="'much of Vinnytsia region stayed without power until late evening': a regional outage (precision 3)"),
    E("ld11-5", ADS, d(19), L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(1), weapons=[W("drone")],
      note="'In Kyiv, debris of a drone fell on a warehouse in the Darnytskyi district; one man was injured'"),
    E("ld11-6", POL, d(20), C("UA", "Ukraine"), "UA", None,
      note="TUESDAY: 'Parliament voted to prolong martial law and general mobilisation by 90 days' -> policy_decision "
           "at the deciding country (blind41 kr16-3)"),
    E("ld11-7", ADS, d(20), L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(8), weapons=[W("guided_bomb")],
      note="'The same afternoon, a guided aerial bomb struck … Kharkiv's Industrialnyi district. Two people were killed "
           "and eight injured'"),
    E("ld11-8", ADS, d(21), L("Syzran"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Samara governor",
      note="WEDNESDAY: 'Overnight, Ukrainian drones reached the Syzran oil refinery' and the governor's 'fire at an "
           "industrial enterprise … reported no injuries': one event, 0/0 (blind42 call 5)"),
    E("ld11-9", INT, d(21), C("RU", "Russia"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(47))],
      note="'shot down 47 Ukrainian drones over its regions that night'"),
    E("ld11-10", INT, d(21), R("RU-SAM", "Samara region"), "RU", "UA", parent="ld11-9",
      claimant="Russian Ministry of Defence", weapons=[W("drone", intercepted=N(12))],
      note="'twelve of them over the Samara region': a region with a count -> required"),
    E("ld11-11", AGR, d(22), C(None, "undisclosed"), "UA", "RU",
      note="THURSDAY: 'One hundred and fifty-seven Ukrainian prisoners of war came home in an exchange, and Russia "
           "received the same number': a prisoner exchange is an agreement without a place (blind41 kr06)"),
    E("ld11-12", MAS, "2026-01-16", L("Dnipro"), "RU", "UA", fat=N(4), weapons=[W("missile")],
      note="recap with its own date: 'a woman injured in the missile strike on Dnipro on 16 January died in hospital, "
           "which brought the toll of that attack to four dead' -> the 16 January strike with its latest toll "
           "(blind44 ku07-7); the death is no event of its own; injured not stated"),
    E("ld11-13", TER, d(23), L("Malynivka"), "RU", "UA", claimant="Russian Ministry of Defence",
      note="FRIDAY: the MoD 'said its troops had taken Malynivka, a village east of Huliaipole': a capture claim, "
           "required on the claim day though denied; Malynivka 702103 (Zaporizhzhia oblast, east of Huliaipole), not "
           "the Kharkiv, Chernivtsi or Donetsk namesakes"),
    E("ld11-14", CLA, d(23), H("Malynivka", "near Malynivka"), "RU", "UA", claimant="General Staff of Ukraine",
      note="the denial 'fighting for the village was still going on that day' -> a clash the same day, attacker RU; "
           "fighting 'for' the village = near it, precision 2"),
    E("ld11-15", CLA, d(23), H("Huliaipole", "Huliaipole direction"), "RU", "UA", optional=True, agg=True,
      note="'In the Huliaipole direction alone, it counted 43 Russian assaults on Friday': a sector count of the "
           "General Staff -> optional aggregate clash (blind41 call 3)"),
    E("ld11-16", ADS, d(24), L("Odesa"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="SATURDAY: 'In Odesa, drones hit port infrastructure overnight. Three people were injured' -> 24 January"),
    E("ld11-17", ADS, d(25), H("Sumy", "outskirts of Sumy"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="SUNDAY: 'Early this morning a Russian drone hit a minibus on the outskirts of Sumy. The driver was killed' "
           "-> the publication day; outskirts = precision 2"),
    E("ld11-18", MAS, d(19), C("UA", "Ukraine"), "RU", "UA", end=d(25), prec="week", agg=True, family=[ADS],
      claimant="president of Ukraine",
      weapons=[W("drone", launched=N(1150, "about")), W("guided_bomb", launched=N(830, "about")),
               W("missile", launched=N(39))],
      note="'the president said Russia had launched about 1,150 attack drones, some 830 guided aerial bombs and 39 "
           "missiles … over the past seven days' (said Sunday): the week tally is a required week aggregate "
           "(blind42 ks04, blind45 kv10), typed by the heaviest weapon; both strike types"),
]
# Not events: the plant 'not working at full capacity' (state), Voloshyn's restart account (response), repairs 'will
# take weeks' and outage schedules that 'may stay until February' (forecast), talks 'expected in early February' (plan),
# 'If the claim about Malynivka holds, Russian troops would be …' (conditional), the previous review's link. Masthead,
# tagline, menu, breadcrumb, date line, 'Read the previous review', the funding line and © are furniture; the day
# headings stay as text. Not gold statements: the governor's 'a fire at an industrial enterprise' (title-only speaker,
# an institutional fragment).
STATEMENTS = [
    S("Andrii Voloshyn", "UA", "We had three hours to restart one unit, and we did it in four",
      "shift engineer, Ladyzhyn thermal power plant"),
    S("Iryna Savchuk", "UA", "It is not worse, it is longer", "runs a heating point in Kharkiv"),
]
MUST_NOT = ["ZMIST", "independent Ukrainian media", "Ukraine | War | Economy | Culture | Weekly review | Support us",
            "Weekly review › 19–25 January 2026", "Sunday, 25 January 2026 · 18:30 · Editors of Zmist",
            "Read the previous review: 12–18 January",
            "Zmist is funded by its readers. Support us from 50 hryvnias a month",
            "© 2026 Zmist. Republication with an active link"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
