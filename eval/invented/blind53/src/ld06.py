from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA

TITLE = "Governor's digest: shelling of Klimovo, Suzemka and Pogar, drones over the Trubchevsky district"
TEXT = """BRYANSK VESTNIK
Regional news of the Bryansk region
Politics | Society | Incidents | Economy | Sport | Digest
Incidents › Governor's digest
Governor's digest: shelling of Klimovo, Suzemka and Pogar, drones over the Trubchevsky district
10 October 2023, 20:40 · 3,418 views
We collect the governor's reports of the day in one place. All information comes from his official channel and from the regional operational headquarters.

Klimovo. At about 07:30, the settlement came under mortar fire from the Ukrainian side, the governor said. A private house and a gas pipeline were damaged. There were no casualties.

Sevsky district. In a field near Sevsk, a Ukrainian drone released a munition over a tractor. According to the governor, the tractor driver was wounded and taken to hospital.

Suzemka. The village was fired on from Grad multiple rocket launchers. Two residential houses were damaged; a 64-year-old local woman was hospitalised with shrapnel wounds.

Pogarsky district. The outskirts of Pogar came under artillery fire in the afternoon. A power line was damaged, and three villages of the district remain without electricity; repair crews will start work once the shelling stops.

Trubchevsky district. Two Ukrainian drones were shot down by air defence over the district, the governor reported. There was no damage on the ground.

Klintsy. A Ukrainian Tochka-U missile was intercepted over the city in the evening, according to the governor. Its fragments fell on a row of garages and damaged several of them. Nobody was hurt.

Starodub. Debris from a drone landed on the territory of a farm; the roof of a cowshed was damaged. No one was injured.

The governor also said that on Monday evening border guards of the FSB, together with army units, had stopped a Ukrainian sabotage and reconnaissance group that tried to enter the region near Suzemka. Two saboteurs were killed; the rest retreated to Ukrainian territory.

"The group came out of the forest right onto the border post's line of fire. After a short exchange, the rest of them turned back," said Aleksandr Lavrov, head of the Suzemsky district administration.

Since the beginning of October, the Bryansk region has been shelled more than 200 times. The operational headquarters reminds residents that they can apply for compensation for damaged property at the district administrations.
Subscribe to Bryansk Vestnik in Telegram and VK
Advertising on the site: ads@bryansk-vestnik.example
Registered by Roskomnadzor, EL No. FS 77-00000. 16+
"""
DOC = {"id": "ld06", "date": "2023-10-10", "source": "Bryansk Vestnik (Russian regional news site, governor's digest)",
       "url": "https://bryansk-vestnik.example/incidents/2023/10/10/governor-digest", "text": TEXT}

D, MON = "2023-10-10", "2023-10-09"
GOV = "Bryansk governor"
EVENTS = [
    E("ld06-1", MAS, D, L("Klimovo"), "UA", "RU", fat=N(0), inj=N(0), claimant=GOV, weapons=[W("artillery")],
      note="'At about 07:30, the settlement came under mortar fire' (the digest of Tuesday 10 October); 'There were "
           "no casualties' -> 0/0"),
    E("ld06-2", ADS, D, H("Sevsk", "field near Sevsk"), "UA", "RU", inj=N(1), claimant=GOV, weapons=[W("drone")],
      note="'In a field near Sevsk, a Ukrainian drone released a munition over a tractor': near X = precision 2; "
           "the driver wounded"),
    E("ld06-3", MAS, D, L("Suzemka"), "UA", "RU", inj=N(1), claimant=GOV, weapons=[W("mlrs", "Grad")],
      note="'fired on from Grad multiple rocket launchers … a 64-year-old local woman was hospitalised' -> injured 1"),
    E("ld06-4", MAS, D, H("Pogar", "outskirts of Pogar"), "UA", "RU", claimant=GOV, weapons=[W("artillery")],
      note="'The outskirts of Pogar came under artillery fire in the afternoon': outskirts = precision 2; casualties "
           "not stated"),
    E("ld06-5", DIS, D, H("Pogar", "Pogarsky district"), "UA", "RU", parent="ld06-4", claimant=GOV,
      note="'three villages of the district remain without electricity' (unnamed villages of the Pogarsky district = "
           "precision 2 at Pogar); the repairs 'once the shelling stops' are a plan"),
    E("ld06-6", INT, D, H("Trubchevsk", "Trubchevsky district"), "RU", "UA", claimant=GOV,
      weapons=[W("drone", intercepted=N(2))],
      note="fronted number 'Two Ukrainian drones were shot down by air defence over the district': a count with a place "
           "-> required; a district named after its centre = precision 2"),
    E("ld06-7", INT, D, L("Klintsy"), "RU", "UA", claimant=GOV,
      weapons=[W("missile", "Tochka-U", intercepted=N(1))],
      note="'A Ukrainian Tochka-U missile was intercepted over the city in the evening': an interception over the city "
           "itself; Tochka-U is a tactical ballistic missile, the gold keeps the generic 'missile' the text says"),
    E("ld06-8", MAS, D, L("Klintsy"), "UA", "RU", fat=N(0), inj=N(0), claimant=GOV, parent="ld06-7",
      weapons=[W("missile", "Tochka-U")],
      note="'Its fragments fell on a row of garages and damaged several of them. Nobody was hurt': the intercepted "
           "missile's fragments that damage something are a strike (blind41 kr08-11), 0/0"),
    E("ld06-9", ADS, D, L("Starodub"), "UA", "RU", fat=N(0), inj=N(0), claimant=GOV, weapons=[W("drone")],
      note="'Debris from a drone landed on the territory of a farm; the roof of a cowshed was damaged. No one was "
           "injured' -> 0/0"),
    E("ld06-10", CLA, MON, H("Suzemka", "near Suzemka"), "UA", "RU", fat=N(2), claimant=GOV,
      note="reported speech: 'on Monday evening border guards … had stopped a Ukrainian sabotage and reconnaissance "
           "group that tried to enter the region near Suzemka. Two saboteurs were killed' -> a cross-border clash of "
           "the raiding side (UA) on Monday 9 October, precision 2, 2 killed"),
]
# Not events: 'Since the beginning of October … more than 200 times' (a running count), the repairs 'once the shelling
# stops' (plan), the reminder about compensation (notice), 'There was no damage on the ground' (part of ld06-6). The
# masthead, tagline, menu, breadcrumb, date/views line, subscribe line, advertising line and the registration line are
# furniture; the outlet's opening note on its sources stays as text.
STATEMENTS = [
    S("Aleksandr Lavrov", "RU", "The group came out of the forest right onto the border post's line of fire",
      "head of the Suzemsky district administration"),
]
MUST_NOT = ["BRYANSK VESTNIK", "Regional news of the Bryansk region", "Politics | Society | Incidents | Economy | Sport | Digest",
            "Incidents › Governor's digest", "10 October 2023, 20:40 · 3,418 views",
            "Subscribe to Bryansk Vestnik in Telegram and VK", "Advertising on the site: ads@bryansk-vestnik.example",
            "Registered by Roskomnadzor, EL No. FS 77-00000. 16+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
