from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA

TITLE = "Vampire rockets over Belgorod, mortars on Kozinka, a drone on a gas point in Krasnaya Yaruga: how the region lived through Saturday"
TEXT = """BELGOROD SEGODNYA
Белгород Сегодня · news of the Belgorod region since 2009
Belgorod −2°C · wind 6 m/s · USD 91.60
Main | Region | Incidents | City | Economy | Culture | People's Control | Contacts
Main › Incidents › Operational situation
Vampire rockets over Belgorod, mortars on Kozinka, a drone on a gas point in Krasnaya Yaruga: how the region lived through Saturday
17.03.2024 · 09:35 · 👁 11 208
Prepared by Marina Efremova
On Saturday, 23 settlements in eight municipalities of the region came under attack. According to the governor's evening summary, Ukrainian formations fired 212 artillery shells and rockets and sent 47 drones against the region over the day; two civilians were killed and nine were wounded. Below is what happened, district by district, as the governor and the operational headquarters described it.

Belgorod. Shortly after three in the afternoon the regional centre was shelled from Vampire multiple rocket launchers. Fourteen rockets were destroyed over the city by air defence, the Ministry of Defence said, but fragments, and at least one rocket that got through, fell on the Khargorka microdistrict and on Shchorsa Street. A man was killed at a bus stop. Four people were wounded, among them a twelve-year-old girl, who was operated on in the evening.

"The girl has a fragment in her shoulder. She is conscious and keeps asking for her mother," said Sergei Gorshkov, chief physician of the regional children's hospital.

"The windows came in together with the frames. The cat was in the bath before we were," said Irina Lobanova, who lives on the fourth floor of a house on Shchorsa Street.

Shebekino urban district. Two shells exploded in the yard of a five-storey building on Lesnaya Street in Shebekino in the morning. Two women who were hanging out washing were hurt and taken to the Belgorod hospital. The same day, on the road leading out of Novaya Tavolzhanka, an FPV drone attacked a passenger car; the driver has shrapnel wounds to his legs.

Graivoron district. In Graivoron, an explosive device dropped from a drone landed on the roof of a garage belonging to the district hospital. The roof and an ambulance were damaged; no one was hurt. The village of Kozinka, a kilometre from the border, was under mortar fire from morning until dark. A 67-year-old man who had refused to leave the village was killed in his own yard.

Early in the morning, according to the governor, who cited the military, border guards and army units repelled another attempt by a Ukrainian sabotage and reconnaissance group to break through near Kozinka. The Defence Ministry later said that up to 30 militants had been eliminated and two armoured vehicles destroyed; the figures could not be verified.

"We hear the fighting from the village every morning now. The ones who stayed are mostly old people who have nowhere to go," said Pavel Kustov, head of the Kozinka rural settlement.

Krasnaya Yaruga district. A drone struck a gas distribution point in the village of Krasnaya Yaruga at about half past eleven. Nobody was hurt, but 340 households were left without gas supply. Gas workers will start the repair as soon as the military allow them in.

Belgorod district. In the village of Oktyabrsky, a kamikaze drone hit a grocery shop: two people, a saleswoman and a customer, were injured. Debris of a drone shot down over Maslova Pristan damaged the roofs of two private houses. There were no casualties there.

Valuyki urban district. Artillery hit the outskirts of Urazovo after dark. A shell cut a power line, and about half of Urazovo was left without electricity for the night; by the morning power had been restored to most streets.

Stary Oskol urban district. Two drones were shot down over Stary Oskol on their approach to an industrial enterprise, the headquarters reported. There was no damage.

This morning the Defence Ministry added that air defence units had intercepted and destroyed eleven Ukrainian drones over the Belgorod region overnight.

Since the beginning of March, the region has been attacked more than 900 times. Schools and colleges in Belgorod, Shebekino and the Graivoron district will continue distance learning until the end of next week, and another group of 300 children from the border areas is due to leave for summer camps in the Kaluga and Penza regions on Monday. Compensation for damaged housing will be paid after the commissions have inspected it, the governor reminded residents.
Subscribe to Belgorod Segodnya on Telegram and VK
Found a mistake? Select the text and press Ctrl+Enter
© 2009–2024 Belgorod Segodnya. Mass media registration EL No. FS 77-00001. 16+
"""
DOC = {"id": "lm01", "date": "2024-03-17", "source": "Belgorod Segodnya (Russian regional portal of the Belgorod region, in translation)",
       "url": "https://belgorod-segodnya.example/incidents/2024/03/17/kak-region-perezhil-subbotu", "text": TEXT}

D, SAT = "2024-03-17", "2024-03-16"
T = "lm01-1"
GOV = "Belgorod governor"
A = dict(parent=T, claimant=GOV)
EVENTS = [
    E(T, MAS, SAT, R("RU-BEL", "Belgorod region"), "UA", "RU", agg=True, fat=N(2), inj=N(9), family=[ADS],
      claimant=GOV, weapons=[W("artillery", launched=N(212)), W("drone", launched=N(47))],
      evidence="According to the governor's evening summary, Ukrainian formations fired 212 artillery shells and rockets "
               "and sent 47 drones against the region over the day; two civilians were killed and nine were wounded.",
      note="the governor's tally of a named day ('On Saturday … over the day') in a Sunday page -> 16 Mar, day "
           "precision, aggregate, parent of the day's lines (blind53 ld05-1); typed by the heavier weapon, both types "
           "accepted. Check: killed Belgorod 1 + Kozinka 1 = 2; injured Belgorod 4, Shebekino 2, Novaya Tavolzhanka 1, "
           "Oktyabrsky 2 = 9"),
    E("lm01-2", INT, SAT, L("Belgorod"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("mlrs", "RM-70 Vampire", intercepted=N(14))],
      evidence="Fourteen rockets were destroyed over the city by air defence, the Ministry of Defence said",
      note="fronted number 'Fourteen rockets were destroyed over the city by air defence': an interception with a count "
           "over the city itself -> required, precision 1; the rockets are MLRS rockets (Vampire)"),
    E("lm01-3", MAS, SAT, L("Belgorod"), "UA", "RU", fat=N(1), inj=N(4), weapons=[W("mlrs", "RM-70 Vampire")], **A,
      evidence="Shortly after three in the afternoon the regional centre was shelled from Vampire multiple rocket launchers.",
      note="'the regional centre was shelled from Vampire multiple rocket launchers' (Khargorka and Shchorsa Street = the "
           "city): 'A man was killed … Four people were wounded' -> 1 k 4 w; 'at least one rocket that got through' is no "
           "launched count of the salvo"),
    E("lm01-4", MAS, SAT, L("Shebekino"), "UA", "RU", inj=N(2), weapons=[W("artillery", launched=N(2))], **A,
      evidence="Two shells exploded in the yard of a five-storey building on Lesnaya Street in Shebekino in the morning.",
      note="'Two shells exploded in the yard …. Two women … were hurt' -> launched 2 (shells counted by number), 2 w"),
    E("lm01-5", ADS, SAT, H("Novaya Tavolzhanka", "road out of Novaya Tavolzhanka"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], **A,
      evidence="on the road leading out of Novaya Tavolzhanka, an FPV drone attacked a passenger car",
      note="'The same day [Saturday], on the road leading out of Novaya Tavolzhanka, an FPV drone attacked a passenger "
           "car; the driver has shrapnel wounds' -> road near X = precision 2, 1 w"),
    E("lm01-6", ADS, SAT, L("Graivoron"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="In Graivoron, an explosive device dropped from a drone landed on the roof of a garage belonging to the "
               "district hospital.",
      note="drone drop on the hospital garage in Graivoron (geonames Grayvoron): 'no one was hurt' -> 0/0"),
    E("lm01-7", MAS, SAT, L("Kozinka"), "UA", "RU", fat=N(1), weapons=[W("artillery")], **A,
      evidence="The village of Kozinka, a kilometre from the border, was under mortar fire from morning until dark.",
      note="apposition 'a kilometre from the border'; a day of mortar fire on one village = one event; 'A 67-year-old "
           "man … was killed' -> 1 k"),
    E("lm01-9", CLA, SAT, H("Kozinka", "near Kozinka"), "UA", "RU", claimant=GOV,
      evidence="border guards and army units repelled another attempt by a Ukrainian sabotage and reconnaissance group "
               "to break through near Kozinka",
      note="a repelled cross-border raid 'Early in the morning' (Saturday) = clash of the raiding side (UA -> RU), near "
           "X = precision 2; the MoD's 'up to 30 militants … eliminated' is an unverified losses claim, not coded as "
           "fatalities (blind50 la05-8); not a child of the strike tally"),
    E("lm01-10", ADS, SAT, L("Krasnaya Yaruga"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="A drone struck a gas distribution point in the village of Krasnaya Yaruga at about half past eleven.",
      note="'Nobody was hurt' -> 0/0"),
    E("lm01-11", DIS, SAT, L("Krasnaya Yaruga"), "UA", "RU", parent="lm01-10", claimant=GOV,
      evidence="340 households were left without gas supply",
      note="a gas cut caused by the strike; the repair 'as soon as the military allow them in' is a plan"),
    E("lm01-12", ADS, SAT, L("Oktyabrsky"), "UA", "RU", inj=N(2), weapons=[W("drone")], **A,
      evidence="In the village of Oktyabrsky, a kamikaze drone hit a grocery shop: two people, a saleswoman and a "
               "customer, were injured.",
      note="Oktyabrsky 515907 of the Belgorod district (not the Bashkir town); people listed = 2 w"),
    E("lm01-14", ADS, SAT, L("Maslova Pristan"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="Debris of a drone shot down over Maslova Pristan damaged the roofs of two private houses.",
      note="debris of a downed drone that damages houses is placed as a strike, 'There were no casualties there' -> 0/0; "
           "the shoot-down without a count is no separate required interception"),
    E("lm01-15", MAS, SAT, H("Urazovo", "outskirts of Urazovo"), "UA", "RU", weapons=[W("artillery")], **A,
      evidence="Artillery hit the outskirts of Urazovo after dark.",
      note="outskirts = precision 2; casualties not stated -> absent"),
    E("lm01-16", DIS, SAT, L("Urazovo"), "UA", "RU", parent="lm01-15", claimant=GOV,
      evidence="about half of Urazovo was left without electricity for the night",
      note="'A shell cut a power line, and about half of Urazovo was left without electricity for the night': an outage "
           "caused by the shelling, restored by morning (still an outage)"),
    E("lm01-17", INT, SAT, L("Stary Oskol"), "RU", "UA", claimant="Belgorod operational headquarters",
      weapons=[W("drone", intercepted=N(2))],
      evidence="Two drones were shot down over Stary Oskol on their approach to an industrial enterprise, the "
               "headquarters reported.",
      note="a count over a named town -> required interception, precision 1 (over the town); 'There was no damage'"),
    E("lm01-18", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(11))],
      evidence="air defence units had intercepted and destroyed eleven Ukrainian drones over the Belgorod region "
               "overnight",
      note="'This morning the Defence Ministry added that … eleven … drones over the Belgorod region overnight': a region "
           "with a count, 'overnight' in a Sunday morning page = 17 Mar (not Saturday's tally)"),
]
# Not events: 'Since the beginning of March, … more than 900 times' (running count); distance learning 'until the end
# of next week' (ongoing measure, not a war event); 300 children 'due to leave … on Monday' (plan); compensation 'will be
# paid after the commissions have inspected it' (plan); the repair 'as soon as the military allow them in' (plan); the
# MoD's 'up to 30 militants … eliminated and two armoured vehicles destroyed' (losses claim inside lm01-9); 'at least one
# rocket that got through' (part of lm01-3); the girl 'operated on in the evening' (treatment); 'by the morning power
# had been restored' (end of lm01-16). Masthead, Cyrillic tagline, weather strip, menu, breadcrumb, date/views line,
# author line, subscribe line, Ctrl+Enter line and © line are furniture.
STATEMENTS = [
    S("Sergei Gorshkov", "RU", "She is conscious and keeps asking for her mother",
      "chief physician, regional children's hospital"),
    S("Irina Lobanova", "RU", "The cat was in the bath before we were", "resident, Shchorsa Street, Belgorod"),
    S("Pavel Kustov", "RU", "The ones who stayed are mostly old people who have nowhere to go",
      "head of the Kozinka rural settlement"),
]
# Not gold: the governor (title only, reported speech).
MUST_NOT = ["BELGOROD SEGODNYA", "Белгород Сегодня · news of the Belgorod region since 2009",
            "Belgorod −2°C · wind 6 m/s · USD 91.60",
            "Main | Region | Incidents | City | Economy | Culture | People's Control | Contacts",
            "Main › Incidents › Operational situation", "17.03.2024 · 09:35 · 👁 11 208", "Prepared by Marina Efremova",
            "Subscribe to Belgorod Segodnya on Telegram and VK", "Found a mistake? Select the text and press Ctrl+Enter",
            "© 2009–2024 Belgorod Segodnya. Mass media registration EL No. FS 77-00001. 16+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
