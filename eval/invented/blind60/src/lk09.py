from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Governor's digest: woman killed in Kozinka, power cut in Urazovo after mortar fire"
TEXT = """OSKOL VESTI
news of the Belgorod region
Home | Region | Incidents | Society | Economy | Photo
Incidents › Governor's digest
Governor's digest: woman killed in Kozinka, power cut in Urazovo after mortar fire
24.11.2023 10:05 · 2,377 views · Oskol Vesti
As every morning, we retell the governor's Telegram posts about the past day, district by district, and add what the district heads wrote.

In the past 24 hours, the governor reports, the Ukrainian armed forces fired 112 shells and launched 27 drones at 13 settlements of the region. One civilian was killed and five were injured.

GRAIVORON URBAN DISTRICT. On Thursday evening, a woman was killed in the village of Kozinka when a shell exploded in the courtyard of her home; the governor named her only as a pensioner born in 1956. In Graivoron itself, a drone dropped an explosive device on a car at the town's exit on Friday morning. Two men were wounded, of whom one seriously; both were taken to the city hospital in Belgorod.

SHEBEKINO URBAN DISTRICT. Shebekino came under artillery fire twice, and a man received shrapnel wounds to the leg. In Novaya Tavolzhanka, two women were hurt when a mortar round exploded near a shop.

"We sleep in the corridor now, all four of us, with the mattresses on the floor," said Lyudmila Grebenkina, a resident of Shebekino, in the comments under the governor's post.

BELGOROD DISTRICT. Overnight, air defence shot down six rockets of a Vampire MLRS over the district. Fragments fell in Razumnoye, damaging a private home's roof and a garage. No one was hurt.

VALUISKY DISTRICT. Urazovo was shelled with mortars on Thursday afternoon. A power line was cut, leaving about 1,200 residents without electricity. Power engineers will start repairs once the shelling stops.

"The crews are standing by at the substation. We will not send people under the mortars," wrote the head of the Valuisky district, Aleksei Sukhoverkhov.

KRASNOYARUZHSKY DISTRICT. An FPV drone hit the building of an agricultural enterprise in Krasnaya Yaruga. There were no casualties.

Subscribe to Oskol Vesti on VK and Telegram
Registered by Roskomnadzor. El No. FS77-00000. 16+
"""
DOC = {"id": "lk09", "date": "2023-11-24", "source": "Oskol Vesti (Russian regional site retelling the Belgorod "
       "governor's Telegram digest)", "url": "https://oskolvesti.example/incidents/2023/11/24/governor-digest", "text": TEXT}

D, THU = "2023-11-24", "2023-11-23"
T = "lk09-1"
GOV = "Belgorod governor"
A = dict(parent=T, claimant=GOV)
PAST = dict(end=D, prec="range")
EVENTS = [
    E(T, MAS, THU, R("RU-BEL", "Belgorod region"), "UA", "RU", agg=True, fat=N(1), inj=N(5), family=[ADS],
      claimant=GOV, weapons=[W("artillery", launched=N(112)), W("drone", launched=N(27))], **PAST,
      evidence="In the past 24 hours, the governor reports, the Ukrainian armed forces fired 112 shells and launched 27 drones at 13 settlements of the region.",
      note="'In the past 24 hours' in a Friday morning digest -> range 23-24 Nov, aggregate parent (ANNOTATION rule 6); "
           "112 shells + 27 drones, typed by the shells as blind53 ld05-1 (both types); 1 k 5 w. Check: killed Kozinka 1; "
           "injured Graivoron 2 + Shebekino 1 + Novaya Tavolzhanka 2 = 5"),
    E("lk09-2", MAS, THU, L("Kozinka"), "UA", "RU", fat=N(1), weapons=[W("artillery")], **A,
      evidence="On Thursday evening, a woman was killed in the village of Kozinka when a shell exploded in the courtyard of her home",
      note="'On Thursday evening' -> 23 Nov (its own day inside the range); Kozinka (543229), west of Graivoron"),
    E("lk09-3", ADS, D, L("Graivoron"), "UA", "RU", inj=N(2), weapons=[W("drone")], **A,
      evidence="In Graivoron itself, a drone dropped an explosive device on a car at the town's exit on Friday morning.",
      note="'on Friday morning' -> 24 Nov; 'Two men were wounded, of whom one seriously' -> 2 (the serious case is "
           "inside); 'the city hospital in Belgorod' is where they were taken, not the place"),
    E("lk09-4", MAS, THU, L("Shebekino"), "UA", "RU", inj=N(1), weapons=[W("artillery")], **A, **PAST,
      evidence="Shebekino came under artillery fire twice, and a man received shrapnel wounds to the leg.",
      note="a digest line without its own time -> the past-day range (blind49 call 5); 'twice' = one event for the day; "
           "1 w"),
    E("lk09-5", MAS, THU, L("Novaya Tavolzhanka"), "UA", "RU", inj=N(2), weapons=[W("artillery")], **A, **PAST,
      evidence="In Novaya Tavolzhanka, two women were hurt when a mortar round exploded near a shop.",
      note="mortar = artillery; 2 w; no time -> the past-day range"),
    E("lk09-6", INT, D, H("Belgorod", "Belgorod district"), "RU", "UA", claimant=GOV,
      weapons=[W("mlrs", "Vampire", intercepted=N(6))],
      evidence="Overnight, air defence shot down six rockets of a Vampire MLRS over the district.",
      note="'BELGOROD DISTRICT. Overnight, air defence shot down six rockets … over the district' -> a district with a "
           "count (blind53 ld06's Trubchevsky district) -> required, precision 2 at Belgorod's point; overnight in a "
           "Friday morning digest -> 24 Nov"),
    E("lk09-7", MAS, D, L("Razumnoye"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("mlrs", "Vampire")], **A,
      evidence="Fragments fell in Razumnoye, damaging a private home's roof and a garage. No one was hurt.",
      note="the fragments of the downed rockets damage a house in Razumnoye: a strike event with 0/0 (blind53 ld06's "
           "Klintsy fragments); MLRS rockets -> missile_artillery_strike"),
    E("lk09-8", MAS, THU, L("Urazovo"), "UA", "RU", weapons=[W("artillery")], **A,
      evidence="Urazovo was shelled with mortars on Thursday afternoon.",
      note="'on Thursday afternoon' -> 23 Nov; casualties not stated (absent)"),
    E("lk09-9", DIS, THU, L("Urazovo"), "UA", "RU", parent="lk09-8", claimant=GOV,
      evidence="A power line was cut, leaving about 1,200 residents without electricity.",
      note="a follow-up naming no place -> the Urazovo outage; repairs 'once the shelling stops' are a condition"),
    E("lk09-10", ADS, THU, L("Krasnaya Yaruga"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A, **PAST,
      evidence="An FPV drone hit the building of an agricultural enterprise in Krasnaya Yaruga. There were no casualties.",
      note="no time -> the past-day range; 'There were no casualties' -> 0/0"),
]
# Not events: repairs 'once the shelling stops' (condition), the crews 'standing by' (no event), 'As every morning'
# (habit of the site), 'the city hospital in Belgorod' (where the wounded were taken). Not gold: the governor's words
# (retold, title only). The district headings in capitals are text. Masthead, tagline, menu, breadcrumb, date/views
# line, subscribe line and the registration/16+ line are furniture.
STATEMENTS = [
    S("Lyudmila Grebenkina", "RU", "We sleep in the corridor now, all four of us", "resident, Shebekino"),
    S("Aleksei Sukhoverkhov", "RU", "We will not send people under the mortars", "head of the Valuisky district"),
]
MUST_NOT = ["OSKOL VESTI", "news of the Belgorod region", "Home | Region | Incidents | Society | Economy | Photo",
            "Incidents › Governor's digest", "24.11.2023 10:05 · 2,377 views · Oskol Vesti",
            "Subscribe to Oskol Vesti on VK and Telegram", "Registered by Roskomnadzor. El No. FS77-00000. 16+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
