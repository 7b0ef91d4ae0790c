from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA

TITLE = "Friday in the region: one dead in Shebekino, rockets over the Belgorod district, gas cut in Maslova Pristan"
TEXT = """BELOGORYE ONLINE
news portal of the Belgorod region · 18+
Main | Region | Incidents | Operational HQ | Society | Sport
Main › Incidents
Friday in the region: one dead in Shebekino, rockets over the Belgorod district, gas cut in Maslova Pristan
01.06.2024 08:45 · Incidents · 👁 3 418
The governor has summed up Friday, 31 May: the Ukrainian armed forces fired 142 shells and 37 drones at nine districts of the region. One person was killed, eight were wounded.

The heaviest blow fell on the Shebekino urban district. A drone hit a car on the road to the town cemetery; the driver died at the scene, and his two passengers, a married couple, were taken to the Shebekino central hospital with shrapnel wounds.

"We heard the buzzing and then nothing, the whole street went quiet," said Valentina Semyonova, a neighbour who called the ambulance.

In Novaya Tavolzhanka a private house was destroyed by shelling; no one was hurt, the family had left for Belgorod two weeks earlier. Mortar fire reached Graivoron in the afternoon: a woman of 52 was wounded by shrapnel in her own garden.

In Maslova Pristan, a drone dropped an explosive device on a gas pipe. Nobody was hurt, but about 300 households have had no gas since the evening; gas workers will begin repairs as soon as it is safe.

In the evening, six rockets of the Vampire multiple launch system were shot down over the Belgorod district, the operational headquarters reported. Their debris fell in Razumnoye, damaging three houses and two cars; two men were wounded.

Three workers of an enterprise in Valuyki were wounded when a drone hit its yard, the head of the district wrote.

On the border near Shebekino, FSB border guards beat off an attempt by a Ukrainian reconnaissance group to cross into Russia on Friday, the border department said; the group withdrew under fire.

"The boys held the line as they always do," said Nikolai Voronin, head of the Shebekino district's territorial defence, who confirmed the clash.

The Ministry of Defence reported this morning that overnight, air defences destroyed 11 Ukrainian drones over the Belgorod region.

Compensation for damaged housing can be claimed at the district's multifunctional centres. Schools in the Shebekino district will finish the year remotely.
Subscribe to Belogorye Online on Telegram and VK
Registered as a mass medium, certificate EL No. FS 77-00000
© 2024 Belogorye Online. Use of materials requires a hyperlink.
"""
DOC = {"id": "lu05", "date": "2024-06-01", "source": "Belogorye Online (Russian regional news portal, Belgorod)",
       "url": "https://belogorye-online.example/incidents/2024/06/01/friday-in-the-region", "text": TEXT}

D, FRI = "2024-06-01", "2024-05-31"
EVENTS = [
    E("lu05-1", MAS, FRI, R("RU-BEL", "Belgorod region"), "UA", "RU", agg=True, fat=N(1), inj=N(8), family=[ADS],
      weapons=[W("artillery", launched=N(142)), W("drone", launched=N(37))], claimant="Belgorod governor",
      evidence="The governor has summed up Friday, 31 May: the Ukrainian armed forces fired 142 shells and 37 drones at nine districts of the region.",
      note="a governor's tally of a named day is a day-precision aggregate (blind53 call 3), parent of the day's "
           "lines; 1 killed and 8 wounded match the lines (Shebekino 1+2, Graivoron 1, Razumnoye 2, Valuyki 3)"),
    E("lu05-2", ADS, FRI, L("Shebekino"), "UA", "RU", fat=N(1), inj=N(2), parent="lu05-1", weapons=[W("drone")],
      evidence="A drone hit a car on the road to the town cemetery; the driver died at the scene",
      note="'Shebekino urban district' with the town's road and hospital -> the town; driver killed, 'his two "
           "passengers, a married couple' wounded"),
    E("lu05-3", MAS, FRI, L("Novaya Tavolzhanka"), "UA", "RU", fat=N(0), inj=N(0), parent="lu05-1", weapons=[W("artillery")],
      evidence="In Novaya Tavolzhanka a private house was destroyed by shelling; no one was hurt",
      note="agentless passive; 'no one was hurt' -> 0/0"),
    E("lu05-4", MAS, FRI, L("Graivoron"), "UA", "RU", inj=N(1), parent="lu05-1", weapons=[W("artillery")],
      evidence="Mortar fire reached Graivoron in the afternoon: a woman of 52 was wounded by shrapnel in her own garden.",
      note="mortar = artillery; Graivoron 559034 (geonames Grayvoron)"),
    E("lu05-5", ADS, FRI, L("Maslova Pristan"), "UA", "RU", fat=N(0), inj=N(0), parent="lu05-1", weapons=[W("drone")],
      evidence="In Maslova Pristan, a drone dropped an explosive device on a gas pipe.",
      note="a drone drop on a gas pipe; 'Nobody was hurt' -> 0/0"),
    E("lu05-6", DIS, FRI, L("Maslova Pristan"), "UA", "RU", parent="lu05-5",
      evidence="about 300 households have had no gas since the evening",
      note="gas cut caused by the drop, since Friday evening"),
    E("lu05-7", INT, FRI, H("Belgorod", "Belgorod district"), "RU", "UA", weapons=[W("mlrs", "Vampire", intercepted=N(6))],
      claimant="Belgorod operational headquarters",
      evidence="In the evening, six rockets of the Vampire multiple launch system were shot down over the Belgorod district",
      note="a count with a district -> required interception (district named after its centre = precision 2); not a "
           "child of the tally (blind62 call 2)"),
    E("lu05-8", MAS, FRI, L("Razumnoye"), "UA", "RU", inj=N(2), parent="lu05-1", weapons=[W("mlrs", "Vampire")],
      evidence="Their debris fell in Razumnoye, damaging three houses and two cars; two men were wounded.",
      note="debris of downed rockets is a strike where it fell; Razumnoye 502400 (Belgorod district); houses and cars "
           "are no counts"),
    E("lu05-9", ADS, FRI, L("Valuyki"), "UA", "RU", inj=N(3), parent="lu05-1", weapons=[W("drone")],
      claimant="head of the Valuyki district",
      evidence="Three workers of an enterprise in Valuyki were wounded when a drone hit its yard",
      note="fronted number in words; no day of its own -> the tally's Friday"),
    E("lu05-10", CLA, FRI, H("Shebekino", "border near Shebekino"), "UA", "RU", claimant="FSB border department",
      evidence="On the border near Shebekino, FSB border guards beat off an attempt by a Ukrainian reconnaissance group to cross into Russia on Friday",
      note="a repelled crossing is a clash, the attacker (UA) actor1; near X = precision 2; not a child of the shelling tally"),
    E("lu05-11", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian Ministry of Defence",
      evidence="overnight, air defences destroyed 11 Ukrainian drones over the Belgorod region",
      note="the MoD's 'overnight' in a Saturday morning report = 1 Jun (blind62 call 2)"),
]
# Not events: the family that 'had left for Belgorod two weeks earlier', gas repairs 'as soon as it is safe' (future),
# 'as they always do' (habit), compensation at the multifunctional centres (standing notice), remote schooling in the
# Shebekino district (arrangement). Furniture: masthead, portal/age line, menu, breadcrumb, date/views line,
# subscribe line, registration line, ©.
STATEMENTS = [
    S("Valentina Semyonova", "RU", "the whole street went quiet", "resident, Shebekino"),
    S("Nikolai Voronin", "RU", "The boys held the line", "head of territorial defence, Shebekino district"),
]
MUST_NOT = ["BELOGORYE ONLINE", "news portal of the Belgorod region · 18+",
            "Main | Region | Incidents | Operational HQ | Society | Sport", "Main › Incidents",
            "01.06.2024 08:45 · Incidents · 👁 3 418", "Subscribe to Belogorye Online on Telegram and VK",
            "Registered as a mass medium, certificate EL No. FS 77-00000",
            "© 2024 Belogorye Online. Use of materials requires a hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
