from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, REX

TITLE = "De-mining log, Kharkiv region: 21–22 April"
TEXT = """HUMANITARIAN DE-MINING CENTRE · KHARKIV REGION
Field log of the pyrotechnic groups · published every working day
De-mining log, Kharkiv region: 21–22 April
Posted 23.04.2024 · duty officer of the centre
Savyntsi hromada (Izium district): 14.2 hectares of farmland surveyed and handed over to the owners; 63 explosive objects removed and destroyed.
Balakliia: call-out to a private yard on Sadova Street; an unexploded 152-mm shell was taken away and destroyed at the range.
Husarivka: yesterday at 11:40 a tractor driver, 58, who was ploughing a field outside the village ran over an anti-tank mine. He died at the scene. The field had not yet been surveyed.
Kivsharivka: during clearance of a forest belt near the town, one of our sappers was injured by a tripwire mine. He is in hospital in Kupiansk; his life is not in danger.
Shevchenkove hromada: the group working at the edge of the hromada came under an FPV drone attack. No one was hurt; the group's pick-up truck was damaged. Work was stopped and moved to another site.
Borova: the area where the group was to work on Monday was shelled with artillery in the afternoon. The group did not go out.
Izium: on Sunday a boy of 12 was injured when a cluster submunition that he had picked up near the river exploded in his hands. He was airlifted to Kharkiv.
"Children pick these things up because they look like toys or like a piece of a pipe. We go from school to school, but a lesson does not reach everyone," said Oleksandr Bondar, the group leader in Izium.
From January to date the centre's groups have surveyed 2,400 hectares and destroyed 9,118 explosive objects.
Reminder: do not touch unfamiliar objects, do not go into fields and forest belts that are not marked as surveyed. Call 101.
👷 Humanitarian De-mining Centre · Kharkiv region
#demining #Kharkivshchyna #mine_safety
"""
DOC = {"id": "lr13", "date": "2024-04-23", "source": "Humanitarian De-mining Centre, Kharkiv region (field log)",
       "url": "https://demining-kharkiv.example/log/2024-04-23", "text": TEXT}

CTR = "Humanitarian De-mining Centre, Kharkiv region"
EVENTS = [
    E("lr13-1", REX, "2024-04-22", H("Husarivka", "field outside Husarivka"), None, "UA", fat=N(1), claimant=CTR,
      evidence="Husarivka: yesterday at 11:40 a tractor driver, 58, who was ploughing a field outside the village ran over an anti-tank mine.",
      note="'yesterday at 11:40' in a log posted Tuesday 23 Apr -> 22 Apr (the log's heading '21-22 April' agrees); a "
           "mine -> remote_explosive, actor1 null; 'outside the village' -> precision 2 at Husarivka 707853 (Balakliia "
           "hromada, not the Lozova-district namesake); 1 k"),
    E("lr13-2", REX, "2024-04-22", H("Kivsharivka", "forest belt near Kivsharivka"), None, "UA", inj=N(1), claimant=CTR,
      evidence="Kivsharivka: during clearance of a forest belt near the town, one of our sappers was injured by a tripwire mine.",
      note="no day of its own -> the log's last day, 22 Apr (the log covers 21-22 Apr and the Sunday item is marked); a "
           "sapper of a humanitarian de-mining centre is a civilian; 'near the town' -> precision 2; 1 w"),
    E("lr13-3", ADS, "2024-04-22", H("Shevchenkove", "edge of the Shevchenkove hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant=CTR,
      evidence="Shevchenkove hromada: the group working at the edge of the hromada came under an FPV drone attack.",
      note="a drone attack on de-miners (attacker RU); hromada -> precision 2 at Shevchenkove 694137 (Kharkiv); 'No one "
           "was hurt' -> 0/0; dated like lr13-2"),
    E("lr13-4", MAS, "2024-04-22", H("Borova", "area near Borova"), "RU", "UA", weapons=[W("artillery")], claimant=CTR,
      evidence="Borova: the area where the group was to work on Monday was shelled with artillery in the afternoon.",
      note="'where the group was to work on Monday … was shelled … in the afternoon' -> Monday 22 Apr; 'the area' -> "
           "precision 2; casualties not stated; the group staying in is no event"),
    E("lr13-5", REX, "2024-04-21", L("Izium"), None, "UA", inj=N(1), claimant=CTR,
      evidence="Izium: on Sunday a boy of 12 was injured when a cluster submunition that he had picked up near the river exploded in his hands.",
      note="'on Sunday' in a Tuesday log -> 21 Apr; an unexploded submunition handled later -> remote_explosive, actor1 "
           "null; 'near the river' is in the town -> precision 1; 1 w"),
]
# Not events: Savyntsi survey and 63 objects destroyed, the 152-mm shell taken away in Balakliia (clearance work, nobody
# hurt); the Shevchenkove work 'moved to another site' and the Borova group that 'did not go out' (consequences);
# the year's totals (2,400 hectares, 9,118 objects); the reminder; the boy airlifted to Kharkiv (treatment).
STATEMENTS = [
    S("Oleksandr Bondar", "UA", "Children pick these things up because they look like toys", "group leader in Izium"),
]
MUST_NOT = ["HUMANITARIAN DE-MINING CENTRE · KHARKIV REGION", "Field log of the pyrotechnic groups · published every working day",
            "Posted 23.04.2024 · duty officer of the centre", "👷 Humanitarian De-mining Centre · Kharkiv region",
            "#demining #Kharkivshchyna #mine_safety"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
