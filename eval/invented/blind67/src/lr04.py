from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS, REX

TITLE = "Tracker update No. 118: entries of 31 March – 3 April 2025"
TEXT = """CIVILIAN HARM TRACKER UKRAINE
an open, volunteer-run register of verified incidents · est. 2022
Home · Register · Map · Methodology · Corrections · Support us
Tracker update No. 118: entries of 31 March – 3 April 2025
Update posted 4 April 2025 · verification team Kappa
Format: place, date: what happened. Entries are written without attributing responsibility; figures are those verified when the entry was closed.

Kherson, 31 March: In the Dniprovskyi district a drone struck a minibus. 1 killed, 5 injured.
Stanislav (Kherson raion), 31 March: A woman was injured when explosives were dropped onto her yard.
Bilozerka, 1 April: A pharmacy was damaged by artillery fire. No casualties.
Antonivka, 1 April: Two men waiting at a bus stop were wounded by a drone.
Zaporizhzhia, 1 April: An apartment block was hit by a guided aerial bomb. 1 killed, 8 injured.
Stepnohirsk, 2 April: A house was destroyed; the cause could not be established. 1 killed.
Kupiansk, 2 April: The central market came under MLRS fire. 3 injured.
Kharkiv, 2 April: Overnight, a civilian enterprise was struck by two ballistic missiles. 4 injured.
Krasnopillia hromada, 2 April: An FPV drone struck a car heading for the hromada centre. The driver was killed.
Velyka Pysarivka, 3 April: Mortar fire damaged a school building. 0 casualties.
Nikopol, 3 April: A substation was struck by drones; about 6,000 residents were left without electricity. No casualties.
Sloviansk, 3 April: A high-rise was hit by a missile, reportedly an Iskander-M. 1 killed, 9 injured.
Druzhkivka, 3 April: A man collecting firewood in a forest belt outside the town was injured by a mine.
Kramatorsk, 28–30 March: Houses on the eastern outskirts were damaged in repeated shelling over three days. No casualties recorded.

Update, 3 April: a woman injured in Zaporizhzhia on 1 April died in hospital, and three more people from the same block sought medical help. The entry now reads 2 killed, 11 injured.
Correction: the entry "Kherson, 30 March" in update No. 117 duplicated an incident already registered on 29 March and has been withdrawn.

This update: 14 entries, 6 oblasts, 6 killed, 36 injured. Running total since February 2022: 11,406 entries.
We are volunteers. Server costs are covered by readers: support the register
Data licence CC BY-SA 4.0 · press@harm-tracker.example
"""
DOC = {"id": "lr04", "date": "2025-04-04", "source": "Civilian Harm Tracker Ukraine (volunteer register)",
       "url": "https://harm-tracker.example/updates/118", "text": TEXT}


def d(day, m=4):
    return f"2025-{m:02d}-{day:02d}"


EVENTS = [
    E("lr04-1", ADS, d(31, 3), L("Kherson"), "RU", "UA", fat=N(1), inj=N(5), weapons=[W("drone")],
      evidence="Kherson, 31 March: In the Dniprovskyi district a drone struck a minibus. 1 killed, 5 injured.",
      note="'<place>, <date>:' entry, agentless passive; attacker RU (a Ukrainian register of harm in government-held "
           "areas; the Dniprovskyi district = the city)"),
    E("lr04-2", ADS, d(31, 3), L("Stanislav"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      evidence="Stanislav (Kherson raion), 31 March: A woman was injured when explosives were dropped onto her yard.",
      note="'Stanislav (Kherson raion)': the village 692944 with its raion (not Ivano-Frankivsk, the city's old name); "
           "explosives 'dropped' without a named carrier: a drone drop -> air_drone_strike"),
    E("lr04-3", MAS, d(1), L("Bilozerka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      evidence="Bilozerka, 1 April: A pharmacy was damaged by artillery fire. No casualties.",
      note="'No casualties' -> 0/0"),
    E("lr04-4", ADS, d(1), L("Antonivka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      evidence="Antonivka, 1 April: Two men waiting at a bus stop were wounded by a drone.",
      note="Antonivka 713304, the Kherson suburb (the register's Kherson lines; not the smaller Kherson-oblast village or "
           "namesakes elsewhere); 'Two men … were wounded' -> 2 w"),
    E("lr04-5", ADS, d(1), L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(11), weapons=[W("guided_bomb", launched=N(1))],
      evidence="Zaporizhzhia, 1 April: An apartment block was hit by a guided aerial bomb. 1 killed, 8 injured.",
      note="1 k 8 w in the entry, raised by 'Update, 3 April' to 'now reads 2 killed, 11 injured' -> 2 k 11 w (the latest "
           "figure wins; the update is no event)"),
    E("lr04-6", MAS, d(2), L("Stepnohirsk"), "RU", "UA", fat=N(1), family=[ADS],
      evidence="Stepnohirsk, 2 April: A house was destroyed; the cause could not be established. 1 killed.",
      note="'the cause could not be established' -> no weapon, both strike types"),
    E("lr04-7", MAS, d(2), L("Kupiansk"), "RU", "UA", inj=N(3), weapons=[W("mlrs")],
      evidence="Kupiansk, 2 April: The central market came under MLRS fire. 3 injured.",
      note="MLRS fire on the market, 3 w"),
    E("lr04-8", MAS, d(2), L("Kharkiv"), "RU", "UA", inj=N(4), weapons=[W("ballistic_missile", launched=N(2))],
      evidence="Kharkiv, 2 April: Overnight, a civilian enterprise was struck by two ballistic missiles. 4 injured.",
      note="'Overnight' under the entry's date 2 April -> 2 Apr; two ballistic missiles -> launched 2"),
    E("lr04-9", ADS, d(2), H("Krasnopillia", "road in the Krasnopillia hromada"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      evidence="Krasnopillia hromada, 2 April: An FPV drone struck a car heading for the hromada centre. The driver was killed.",
      note="a hromada and a road to its centre -> precision 2 at Krasnopillia (Sumy oblast, 704343)"),
    E("lr04-10", MAS, d(3), L("Velyka Pysarivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      evidence="Velyka Pysarivka, 3 April: Mortar fire damaged a school building. 0 casualties.",
      note="mortar = artillery; '0 casualties' -> 0/0"),
    E("lr04-11", ADS, d(3), L("Nikopol"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Nikopol, 3 April: A substation was struck by drones; about 6,000 residents were left without electricity. No casualties.",
      note="drones on a substation, 'No casualties' -> 0/0; no count of drones"),
    E("lr04-12", DIS, d(3), L("Nikopol"), "RU", "UA", parent="lr04-11",
      evidence="about 6,000 residents were left without electricity",
      note="the outage caused by the substation strike (same entry)"),
    E("lr04-13", MAS, d(3), L("Sloviansk"), "RU", "UA", fat=N(1), inj=N(9), weapons=[W("ballistic_missile", "Iskander-M")],
      evidence="Sloviansk, 3 April: A high-rise was hit by a missile, reportedly an Iskander-M. 1 killed, 9 injured.",
      note="'reportedly an Iskander-M': the hedged model is still named -> ballistic_missile Iskander-M"),
    E("lr04-14", REX, d(3), H("Druzhkivka", "forest belt outside Druzhkivka"), None, "UA", inj=N(1),
      evidence="Druzhkivka, 3 April: A man collecting firewood in a forest belt outside the town was injured by a mine.",
      note="a mine -> remote_explosive, who laid it is not said -> actor1 null; 'outside the town' -> precision 2"),
    E("lr04-15", MAS, d(28, 3), H("Kramatorsk", "eastern outskirts of Kramatorsk"), "RU", "UA", end=d(30, 3),
      prec="range", agg=True, fat=N(0), inj=N(0), weapons=[W("artillery")], optional=True,
      evidence="Kramatorsk, 28–30 March: Houses on the eastern outskirts were damaged in repeated shelling over three days.",
      note="'repeated shelling over three days' on the outskirts: a series, not one incident -> optional range aggregate "
           "(28-30 Mar, precision 2); 'No casualties recorded' -> 0/0"),
]
# Not events: the 'Update, 3 April' line (it changes lr04-5); the withdrawn 'Kherson, 30 March' entry (a duplicate of an
# incident of 29 March that is not in this update: no event is told here); 'This update: 14 entries, 6 oblasts, 5
# killed, 37 injured' (a count of the lines above); the running total since February 2022; the appeal for support.
STATEMENTS = []
# The quoted '"Kherson, 30 March"' is the name of a withdrawn entry, not a statement.
MUST_NOT = ["CIVILIAN HARM TRACKER UKRAINE", "an open, volunteer-run register of verified incidents · est. 2022",
            "Home · Register · Map · Methodology · Corrections · Support us",
            "Update posted 4 April 2025 · verification team Kappa",
            "We are volunteers. Server costs are covered by readers: support the register",
            "Data licence CC BY-SA 4.0 · press@harm-tracker.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
