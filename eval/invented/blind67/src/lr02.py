from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Morning summary of the regional military administration, 14 September"
TEXT = """DNIPROPETROVSK RMA · OFFICIAL
Dnipropetrovsk Regional Military Administration — posts in English translation
Morning summary of the regional military administration, 14 September
🕗 08:05 · Saturday
The evening and the night were restless in three districts. The aggressor struck the region 27 times with artillery, kamikaze drones, a guided bomb and a ballistic missile. Ten people were wounded. By district and hromada:

NIKOPOL DISTRICT
Nikopol: shelled with artillery and kamikaze drones; a garage, a power line and a private house damaged. A man of 57 wounded, treated as an outpatient.
Nikopol, energy: after the damage to the line about 1,300 families in the town's eastern part were left without electricity; by 07:00 power engineers had switched 800 of them back on.
Marhanets hromada: a kamikaze drone struck a car travelling between two villages. The driver, 34, is in hospital.
Chervonohryhorivka hromada: artillery fire; the buildings of an agricultural enterprise damaged. No casualties.
Pokrov hromada: a drone let explosives fall onto a farm. Nobody was hurt.
Myrove hromada: calm.

KRYVYI RIH DISTRICT
Kryvyi Rih: in the evening, at 21:10, the enemy struck the city with a ballistic missile. An educational institution and infrastructure were damaged. Four people were wounded, the condition of two is grave.
Zelenodolsk hromada: artillery shells landed at the town's edge. Nobody was injured.
Apostolove hromada: an FPV drone hit a bus of a farming company that was taking people to the fields. Three workers were wounded.

SYNELNYKOVE AND PAVLOHRAD DISTRICTS
Mezhova hromada: a guided aerial bomb fell near a village at about 23:30. Three private houses damaged. There are no victims.
Pavlohrad: a five-storey building was damaged by the wreckage of a drone that had been shot down. A woman of 71 was cut by glass.

AIR DEFENCE
Overnight the Air Command East destroyed nine drones and one missile over the region.

UPDATE TO YESTERDAY'S SUMMARY
The 66-year-old woman wounded in Tomakivka on Friday afternoon died in hospital this night. The hromada has lost another resident.

Invincibility points in Nikopol are working at the usual addresses. The psychological support line is open around the clock.
Do not approach unfamiliar objects. Report them to 101 or 102.
#Dnipropetrovshchyna #summary
Subscribe: t.me/dnipro_rma_en
"""
DOC = {"id": "lr02", "date": "2024-09-14", "source": "Dnipropetrovsk Regional Military Administration (channel in English translation)",
       "url": "https://t.me/dnipro_rma_en/9812", "text": TEXT}

D, PREV = "2024-09-14", "2024-09-13"
T = "lr02-1"
HEAD = "head of the Dnipropetrovsk regional military administration"
A = dict(parent=T, claimant=HEAD)
EVENTS = [
    E(T, MAS, PREV, R("UA-12", "Dnipropetrovsk region"), "RU", "UA", end=D, prec="range", agg=True, inj=N(10),
      family=[ADS], claimant=HEAD,
      evidence="The aggressor struck the region 27 times with artillery, kamikaze drones, a guided bomb and a ballistic missile. Ten people were wounded.",
      note="the summary of 'The evening and the night' in a Saturday morning post: a range over 13-14 Sep, aggregate, "
           "parent of the district lines (blind53 ld12 night tally); 27 strikes are no launched count; 10 w = Nikopol 1 "
           "+ Marhanets 1 + Kryvyi Rih 4 + Apostolove 3 + Pavlohrad 1; the Tomakivka death (Friday afternoon) is not in it"),
    E("lr02-2", MAS, D, L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("artillery"), W("drone")], family=[ADS], **A,
      evidence="Nikopol: shelled with artillery and kamikaze drones; a garage, a power line and a private house damaged.",
      note="a night line without a time -> 14 Sep; two weapons in one line = one event, typed by the artillery, drone "
           "type accepted; 'A man of 57 wounded' -> 1 w"),
    E("lr02-3", DIS, D, L("Nikopol"), "RU", "UA", parent="lr02-2", claimant=HEAD,
      evidence="after the damage to the line about 1,300 families in the town's eastern part were left without electricity",
      note="an outage caused by the damaged power line of lr02-2; partly restored by 07:00, still an outage"),
    E("lr02-4", ADS, D, H("Marhanets", "Marhanets hromada"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      evidence="Marhanets hromada: a kamikaze drone struck a car travelling between two villages.",
      note="a hromada line without a settlement -> precision 2 at the hromada centre; 'The driver, 34, is in hospital' "
           "-> hospitalised = 1 injured"),
    E("lr02-5", MAS, D, H("Chervonohryhorivka", "Chervonohryhorivka hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")], **A,
      evidence="Chervonohryhorivka hromada: artillery fire; the buildings of an agricultural enterprise damaged. No casualties.",
      note="hromada only -> precision 2; 'No casualties' -> 0/0"),
    E("lr02-6", ADS, D, H("Pokrov", "Pokrov hromada"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="Pokrov hromada: a drone let explosives fall onto a farm. Nobody was hurt.",
      note="drone drop; hromada -> precision 2; 'Nobody was hurt' -> 0/0"),
    E("lr02-7", MAS, PREV, L("Kryvyi Rih"), "RU", "UA", inj=N(4), weapons=[W("ballistic_missile", launched=N(1))], **A,
      evidence="Kryvyi Rih: in the evening, at 21:10, the enemy struck the city with a ballistic missile.",
      note="'in the evening, at 21:10' in a morning summary -> the evening before, 13 Sep; four wounded"),
    E("lr02-8", MAS, D, H("Zelenodolsk", "outskirts of Zelenodolsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")], **A,
      evidence="Zelenodolsk hromada: artillery shells landed at the town's edge.",
      note="'at the town's edge' -> precision 2; 'Nobody was injured' -> 0/0; shells without a number"),
    E("lr02-9", ADS, D, H("Apostolove", "Apostolove hromada"), "RU", "UA", inj=N(3), weapons=[W("drone")], **A,
      evidence="Apostolove hromada: an FPV drone hit a bus of a farming company that was taking people to the fields.",
      note="hromada only -> precision 2; 'Three workers were wounded' -> 3 w; the night line has no time -> 14 Sep"),
    E("lr02-10", ADS, PREV, H("Mezhova", "near a village of the Mezhova hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(1))], **A,
      evidence="Mezhova hromada: a guided aerial bomb fell near a village at about 23:30.",
      note="'at about 23:30' -> before midnight, 13 Sep; an unnamed village of the hromada -> precision 2; 'There are "
           "no victims' -> 0/0"),
    E("lr02-11", ADS, D, L("Pavlohrad"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      evidence="Pavlohrad: a five-storey building was damaged by the wreckage of a drone that had been shot down.",
      note="debris that damages a building is placed as a strike; 'A woman of 71 was cut by glass' -> 1 w"),
    E("lr02-12", INT, D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", claimant="Air Command East",
      weapons=[W("drone", intercepted=N(9)), W("missile", intercepted=N(1))],
      evidence="Overnight the Air Command East destroyed nine drones and one missile over the region.",
      note="a region with its own count -> required interception, 'Overnight' in a morning post -> 14 Sep; the missile's "
           "kind is not said -> missile; not a child of the strike tally"),
    E("lr02-13", MAS, PREV, L("Tomakivka"), "RU", "UA", fat=N(1), family=[ADS], claimant=HEAD,
      evidence="The 66-year-old woman wounded in Tomakivka on Friday afternoon died in hospital this night.",
      note="a recalled event with a resolvable day: 'on Friday afternoon' in a Saturday post -> 13 Sep; the weapon is "
           "not said (both types); the death raises yesterday's incident to 1 k (injured then, now dead: fatalities 1, "
           "injured absent)"),
]
# Not events: 'Myrove hromada: calm' (negation); 'by 07:00 … switched 800 of them back on' (part of lr02-3);
# invincibility points and the support line (services); the warning about unfamiliar objects (advice); the 27 strikes
# (inside lr02-1). Channel name, channel description, 🕗 time line, hashtags and subscribe line are furniture; the
# district headings are text.
STATEMENTS = []
# No quotations on this page.
MUST_NOT = ["DNIPROPETROVSK RMA · OFFICIAL", "Dnipropetrovsk Regional Military Administration — posts in English translation",
            "🕗 08:05 · Saturday", "#Dnipropetrovshchyna #summary", "Subscribe: t.me/dnipro_rma_en"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
