from common import E, L, H, R, C, N, W, S, gold, MAS, ADS, INT, DIS, CLA

TITLE = "Drone kills minibus driver near Belgorod, Borisovka shelled overnight - governor"
TEXT = """DERZHAVA INFORMATION AGENCY
Russia | World | Economy | Defence | Regions | Science | Sport
Defence ▸ Situation in the border regions
OCT 11, 11:06
UPDATED: OCT 11, 13:40
Drone kills minibus driver near Belgorod, Borisovka shelled overnight - governor
Over the past night, air defence systems destroyed 47 Ukrainian drones over three border regions, the Russian Defence Ministry said
BELGOROD, October 11. /DIA/. A Ukrainian FPV drone struck a minibus carrying workers near the settlement of Oktyabrsky in the Belgorod district on Thursday evening, killing the driver and wounding three passengers, Belgorod Region Governor said on Friday.

"The passengers have been taken to the regional clinical hospital with shrapnel wounds, one of them is in serious condition," the governor wrote on his Telegram channel.

"We heard it coming and lay down on the floor between the seats. The driver did not have time," Galina Tereshchenko, one of the passengers, told DIA by telephone from the hospital.

Overnight, the Ukrainian Armed Forces shelled Borisovka with multiple rocket launchers. Two private houses and a garage were damaged; nobody was hurt, according to the governor.

In the Shebekino city district, a tractor driver ploughing a field outside Maslova Pristan was wounded on Friday morning by a munition released from a drone. He has been hospitalized with a leg wound.

Far from the border, in Alexeyevka, a drone attacked an electrical substation, and about 4,500 residents were left without electricity. "Repair crews will work through the night, we expect to restore supply by Saturday morning," said Vitaly Gorshkov, head of the Alexeyevsky district administration.

On Thursday afternoon, air defence systems shot down eight rockets of the Czech-made RM-70 Vampire multiple rocket launcher over Belgorod and the Belgorod district. Falling fragments damaged five cars in the car park of a shopping centre in Razumnoye; there were no casualties.

Earlier on Thursday, border guards and army units beat back a Ukrainian sabotage and reconnaissance group that attempted to slip across the border near the village of Kozinka in the Graivoron district. "The enemy was detected in time, suffered losses and retreated to Ukrainian territory," the Border Directorate of the FSB for the Belgorod Region said.

In the Bryansk Region, the village of Belaya Berezka in the Trubchevsk district came under mortar fire from Ukrainian territory on Friday morning, Bryansk Region Governor said. A school gym and a power line were damaged, there were no casualties.

The Russian Defence Ministry said that on-duty air defences had brought down 47 Ukrainian fixed-wing drones overnight. Twenty-one of them were downed over the Belgorod Region, fifteen over the Bryansk Region and eleven over the Kursk Region.

Ever since the special military operation began, the border districts of the Belgorod Region have come under fire almost daily. Compensation for damaged housing will be paid from the regional budget, the governor said.
Tags: Belgorod Region, Bryansk Region, drones, shelling, air defence
DIA is on Telegram: t.me/dia_news_en
Copyright © Derzhava Information Agency 2024. Full or partial use of materials requires a hyperlink to DIA.
"""
DOC = {"id": "lc04", "date": "2024-10-11", "source": "Derzhava Information Agency (DIA, Russian state news agency, English)",
       "url": "https://dia.example/en/defence/20241011/belgorod-oktyabrsky-minibus-borisovka-1104567", "text": TEXT}

D, THU = "2024-10-11", "2024-10-10"
GOV = "Belgorod Region Governor"
EVENTS = [
    E("lc04-1", ADS, THU, H("Oktyabrsky", "near Oktyabrsky"), "UA", "RU", fat=N(1), inj=N(3), weapons=[W("drone")],
      claimant=GOV,
      ev="A Ukrainian FPV drone struck a minibus carrying workers near the settlement of Oktyabrsky in the Belgorod district on Thursday evening, killing the driver and wounding three passengers",
      note="FPV drone on a minibus near Oktyabrsky (Belgorod district, 515907) 'on Thursday evening' (10 Oct, said "
           "Friday): 1 killed, 3 wounded; near X = precision 2"),
    E("lc04-2", MAS, D, L("Borisovka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("mlrs")], claimant=GOV,
      ev="Overnight, the Ukrainian Armed Forces shelled Borisovka with multiple rocket launchers.",
      note="MLRS fire on Borisovka 'Overnight' (Friday report -> Friday 11 Oct): 'nobody was hurt' = 0/0"),
    E("lc04-3", ADS, D, H("Maslova Pristan", "field outside Maslova Pristan"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], claimant=GOV,
      ev="a tractor driver ploughing a field outside Maslova Pristan was wounded on Friday morning by a munition released from a drone",
      note="drone-dropped device on a tractor driver in a field outside Maslova Pristan 'on Friday morning': 1 wounded "
           "(agentless passive); a field outside X = precision 2"),
    E("lc04-4", ADS, D, L("Alexeyevka"), "UA", "RU", weapons=[W("drone")],
      ev="Far from the border, in Alexeyevka, a drone attacked an electrical substation",
      note="drone on a substation in Alexeyevka (Belgorod region, 582956), no time given -> the report day; casualties "
           "not stated -> absent"),
    E("lc04-5", DIS, D, L("Alexeyevka"), "UA", "RU", parent="lc04-4",
      ev="about 4,500 residents were left without electricity",
      note="'about 4,500 residents were left without electricity' (restoration 'by Saturday morning' is a plan)"),
    E("lc04-6", INT, THU, H("Belgorod", "Belgorod and the Belgorod district"), "RU", "UA",
      weapons=[W("mlrs", "RM-70 Vampire", intercepted=N(8))],
      ev="On Thursday afternoon, air defence systems shot down eight rockets of the Czech-made RM-70 Vampire multiple rocket launcher over Belgorod and the Belgorod district.",
      note="eight RM-70 Vampire rockets shot down over Belgorod and the Belgorod district on Thursday afternoon: "
           "interception by RU, the city and its district -> precision 2 at Belgorod (blind44 ku02)"),
    E("lc04-7", MAS, THU, L("Razumnoye"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("mlrs", "RM-70 Vampire")],
      ev="Falling fragments damaged five cars in the car park of a shopping centre in Razumnoye; there were no casualties.",
      note="fragments of the downed rockets on a car park in Razumnoye: the rocket attack's result on the ground, 0/0 "
           "('there were no casualties'), as blind41 kr08's Belgorod debris"),
    E("lc04-8", CLA, THU, H("Kozinka", "near Kozinka"), "UA", "RU", claimant="FSB Border Directorate",
      ev="Earlier on Thursday, border guards and army units beat back a Ukrainian sabotage and reconnaissance group that attempted to slip across the border near the village of Kozinka in the Graivoron district.",
      note="sabotage group's attempted crossing near Kozinka 'Earlier on Thursday', fought off: armed_clash of the "
           "raiding side, precision 2 (blind41 call 5); 'suffered losses' gives no count"),
    E("lc04-9", MAS, D, L("Belaya Berezka"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      claimant="Bryansk Region Governor",
      ev="the village of Belaya Berezka in the Trubchevsk district came under mortar fire from Ukrainian territory on Friday morning",
      note="mortar fire on Belaya Berezka (Bryansk region, 578172) 'on Friday morning': 'there were no casualties' = "
           "0/0 (mortar = artillery)"),
    E("lc04-10", INT, D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(47))],
      claimant="Russian Defence Ministry",
      ev="on-duty air defences had brought down 47 Ukrainian fixed-wing drones overnight",
      note="the MoD's 47 drones 'brought down' overnight over three regions: the country interception (the subtitle repeats "
           "it)"),
    E("lc04-11", INT, D, R("RU-BEL", "Belgorod Region"), "RU", "UA", parent="lc04-10",
      weapons=[W("drone", intercepted=N(21))], claimant="Russian Defence Ministry",
      ev="Twenty-one of them were downed over the Belgorod Region",
      note="'Twenty-one of them … over the Belgorod Region' (number in words opening the sentence): regional count -> "
           "required"),
    E("lc04-12", INT, D, R("RU-BRY", "Bryansk Region"), "RU", "UA", parent="lc04-10",
      weapons=[W("drone", intercepted=N(15))], claimant="Russian Defence Ministry",
      ev="fifteen over the Bryansk Region", note="'fifteen over the Bryansk Region'"),
    E("lc04-13", INT, D, R("RU-KRS", "Kursk Region"), "RU", "UA", parent="lc04-10",
      weapons=[W("drone", intercepted=N(11))], claimant="Russian Defence Ministry",
      ev="eleven over the Kursk Region", note="'eleven over the Kursk Region'"),
    E("lc04-14", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True,
      ev="on-duty air defences had brought down 47 Ukrainian fixed-wing drones overnight",
      note="the overnight drone attack on Russia as a whole, implied by the MoD count: optional"),
]
# Not events: the hospital details (part of lc04-1), the restoration 'by Saturday morning' (plan), 'come under fire
# almost daily' since the start of the special military operation (habitual background), compensation 'will be paid'
# (future), the subtitle (repeats lc04-10).
STATEMENTS = [
    S("Galina Tereshchenko", "RU", "lay down on the floor between the seats", "passenger of the minibus"),
    S("Vitaly Gorshkov", "RU", "Repair crews will work through the night", "head of the Alexeyevsky district administration"),
    S("FSB Border Directorate", "RU", "suffered losses and retreated to Ukrainian territory",
      "Border Directorate of the FSB for the Belgorod Region"),
]
# Not gold: the Belgorod governor's quote (title-only speaker).
MUST_NOT = ["DERZHAVA INFORMATION AGENCY", "Russia | World | Economy | Defence | Regions | Science | Sport",
            "Defence ▸ Situation in the border regions", "OCT 11, 11:06", "UPDATED: OCT 11, 13:40",
            "Tags: Belgorod Region, Bryansk Region, drones, shelling, air defence", "DIA is on Telegram: t.me/dia_news_en",
            "Copyright © Derzhava Information Agency 2024. Full or partial use of materials requires a hyperlink to DIA."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
