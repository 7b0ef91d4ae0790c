from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "On the situation in the region over the past day"
TEXT = """GOVERNOR OF THE BELGOROD REGION
Official page · English version
Home | Governor | Government | Operational information | Municipalities | Citizens' appeals
Operational information › Daily summaries
On the situation in the region over the past day
28.11.2023, 08:35
Press service of the Governor
Over the past day, the Armed Forces of Ukraine fired 187 shells at settlements of the Belgorod region and attacked them with 23 drones, the Governor reported. Nine municipalities came under fire.

Shebekino urban district. Yesterday evening Shebekino was shelled from multiple rocket launchers; 12 rockets were recorded. A private house caught fire, and a 58-year-old woman received shrapnel wounds to her legs. She was taken to the Shebekino central district hospital. Windows were broken in four apartment buildings.

In Novaya Tavolzhanka, at about 07:10 this morning, an FPV drone struck a car on Sadovaya Street. The driver died on the spot. "I express my deepest condolences to his family and friends," the Governor wrote.

Graivoron urban district. Kozinka was shelled with artillery - 34 shells. Nobody was hurt. A power line was damaged, and part of the village is without electricity; repair crews will start work as soon as the operational situation allows. In Grayvoron itself a 15-year-old boy was wounded when a drone attacked a private yard yesterday at 14:05. He was taken to the regional children's clinical hospital.

Valuyki urban district. At 23:40 yesterday a drone attacked an agricultural enterprise in the village of Urazovo. A hangar with equipment caught fire; there were no casualties.

Krasnaya Yaruga district. The settlement of Krasnaya Yaruga came under mortar fire: six mines. No one was injured.

Belgorod district. Overnight, air defence systems shot down four rockets of a Vilkha multiple rocket launcher over the Belgorod district. Debris fell in the settlement of Oktyabrsky, damaging the roof of a private house and a car. There were no casualties.

According to the Ministry of Defence of the Russian Federation, six Ukrainian unmanned aerial vehicles were destroyed over the territory of the region during the night as well.

The condition of the woman wounded in Shebekino is assessed as moderate. "She is conscious, the fragments have been removed, and there is no threat to her life," said Aleksandr Kuznetsov, chief physician of the Shebekino central district hospital.

"The first explosion threw me off my feet, I crawled to the cellar on my knees," Valentina Sokolova, who lives across the street from the burned house, told the municipal administration's social worker.

Commissions will inspect the damaged houses in Shebekino and Oktyabrsky today; owners will be able to submit applications for compensation from Wednesday. Since the beginning of the special military operation, more than 2,000 private houses in the Shebekino urban district have been damaged by shelling.
Share: VK | OK | Telegram
Subscribe to the Governor's channel to receive operational information first
© 2023 Governor and Government of the Belgorod Region. All rights reserved.
"""
DOC = {"id": "kx03", "date": "2023-11-28", "source": "Official page of the Governor of the Belgorod Region (English version)",
       "url": "https://belregion-governor.example/en/operational/2023/11/28/situation-past-day/", "text": TEXT}

D, Y = "2023-11-28", "2023-11-27"
GOV = "Belgorod governor"
EVENTS = [
    E("kx03-1", "missile_artillery_strike", Y, R("RU-BEL", "Belgorod region"), "UA", "RU", end=D, prec="range",
      agg=True, family=["air_drone_strike"], claimant=GOV,
      weapons=[W("artillery", launched=N(187)), W("drone", launched=N(23))],
      note="'Over the past day … fired 187 shells … and attacked them with 23 drones' (08:35 Tuesday): the "
           "governor's regional tally, past-day range, aggregate; shells and drones -> both types"),
    E("kx03-2", "missile_artillery_strike", Y, L("Shebekino"), "UA", "RU", parent="kx03-1", inj=N(1), claimant=GOV,
      weapons=[W("mlrs", launched=N(12))],
      note="'Yesterday evening Shebekino was shelled from multiple rocket launchers; 12 rockets' (27 Nov): woman "
           "wounded and hospitalised; broken windows are damage, not casualties"),
    E("kx03-3", "air_drone_strike", D, L("Novaya Tavolzhanka"), "UA", "RU", parent="kx03-1", fat=N(1), claimant=GOV,
      weapons=[W("drone")], note="'at about 07:10 this morning, an FPV drone struck a car': the driver killed (28 Nov)"),
    E("kx03-4", "missile_artillery_strike", Y, L("Kozinka"), "UA", "RU", parent="kx03-1", end=D, prec="range",
      fat=N(0), inj=N(0), claimant=GOV, weapons=[W("artillery", launched=N(34))],
      note="'Kozinka was shelled with artillery - 34 shells. Nobody was hurt' = 0/0; no time -> past-day range"),
    E("kx03-5", "infrastructure_disruption", Y, L("Kozinka"), "UA", "RU", parent="kx03-4", end=D, prec="range",
      note="'part of the village is without electricity' after the power line was damaged by the shelling; dated as "
           "its cause; repairs 'will start' (future, no event)"),
    E("kx03-6", "air_drone_strike", Y, L("Grayvoron"), "UA", "RU", parent="kx03-1", inj=N(1), claimant=GOV,
      weapons=[W("drone")],
      note="'In Grayvoron itself a 15-year-old boy was wounded when a drone attacked a private yard yesterday at "
           "14:05' (27 Nov); the district heading spells it 'Graivoron', the town 'Grayvoron' (same place)"),
    E("kx03-7", "air_drone_strike", Y, L("Urazovo"), "UA", "RU", parent="kx03-1", fat=N(0), inj=N(0), claimant=GOV,
      weapons=[W("drone")],
      note="'At 23:40 yesterday a drone attacked an agricultural enterprise in the village of Urazovo' (27 Nov); 'no "
           "casualties' = 0/0"),
    E("kx03-8", "missile_artillery_strike", Y, L("Krasnaya Yaruga"), "UA", "RU", parent="kx03-1", end=D, prec="range",
      fat=N(0), inj=N(0), claimant=GOV, weapons=[W("artillery", launched=N(6))],
      note="'came under mortar fire: six mines. No one was injured' = 0/0; mortars = artillery; no time -> range"),
    E("kx03-9", "interception", D, L("Belgorod", 2, "Belgorod district"), "RU", "UA", claimant=GOV,
      weapons=[W("mlrs", "Vilkha", intercepted=N(4))],
      note="'Overnight, air defence systems shot down four rockets of a Vilkha multiple rocket launcher over the "
           "Belgorod district': the municipal district around the city = precision 2 at Belgorod"),
    E("kx03-10", "missile_artillery_strike", D, L("Oktyabrsky"), "UA", "RU", parent="kx03-1", fat=N(0), inj=N(0),
      claimant=GOV, weapons=[W("mlrs")],
      note="debris of the downed rockets fell in Oktyabrsky (Belgorod district, GeoNames 515907), roof and car "
           "damaged, 'no casualties' = 0/0: the debris is placed as the strike (blind41 kr08-11)"),
    E("kx03-11", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", claimant="Russian Defence Ministry",
      weapons=[W("drone", intercepted=N(6))],
      note="'six Ukrainian unmanned aerial vehicles were destroyed over the territory of the region during the night' "
           "(MoD): regional count -> required"),
]
# Not events: 'Nine municipalities came under fire' (part of the tally), the broken windows in Shebekino (damage of
# kx03-2), repair crews 'will start work as soon as' (future), commissions 'will inspect … today' and applications
# 'from Wednesday' (administrative steps, no war event), 'Since the beginning of the special military operation, more
# than 2,000 private houses … damaged' (cumulative history).
STATEMENTS = [
    S("Aleksandr Kuznetsov", "RU", "the fragments have been removed, and there is no threat to her life",
      "chief physician, Shebekino central district hospital"),
    S("Valentina Sokolova", "RU", "I crawled to the cellar on my knees", "resident of Shebekino"),
]
# Not gold: the Governor's condolences (title-only speaker).
MUST_NOT = ["GOVERNOR OF THE BELGOROD REGION", "Official page · English version",
            "Home | Governor | Government | Operational information | Municipalities | Citizens' appeals",
            "Operational information › Daily summaries", "28.11.2023, 08:35", "Press service of the Governor", "Share: VK | OK | Telegram",
            "Subscribe to the Governor's channel to receive operational information first",
            "© 2023 Governor and Government of the Belgorod Region. All rights reserved."]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx03-1': 'the Armed Forces of Ukraine fired 187 shells at settlements of the Belgorod region and attacked them with 23 drones',
    'kx03-2': 'Yesterday evening Shebekino was shelled from multiple rocket launchers; 12 rockets were recorded.',
    'kx03-3': 'In Novaya Tavolzhanka, at about 07:10 this morning, an FPV drone struck a car on Sadovaya Street. The driver died on the spot.',
    'kx03-4': 'Kozinka was shelled with artillery - 34 shells. Nobody was hurt.',
    'kx03-5': 'part of the village is without electricity',
    'kx03-6': 'In Grayvoron itself a 15-year-old boy was wounded when a drone attacked a private yard yesterday at 14:05.',
    'kx03-7': 'At 23:40 yesterday a drone attacked an agricultural enterprise in the village of Urazovo.',
    'kx03-8': 'The settlement of Krasnaya Yaruga came under mortar fire: six mines. No one was injured.',
    'kx03-9': 'Overnight, air defence systems shot down four rockets of a Vilkha multiple rocket launcher over the Belgorod district.',
    'kx03-10': 'Debris fell in the settlement of Oktyabrsky, damaging the roof of a private house and a car. There were no casualties.',
    'kx03-11': 'six Ukrainian unmanned aerial vehicles were destroyed over the territory of the region during the night as well',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
