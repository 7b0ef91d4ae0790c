from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "24 January: military transport plane down near Bekhteyevka; shelling of Shebekino and border villages"
TEXT = """БЕЛОГОРЬЕ ОНЛАЙН · BELOGORYE ONLINE
Belgorod −6° · USD 88.1 · EUR 95.9
News | Region | Incidents | SVO | Society | Sport | English
Section: Incidents
24.01.2024 13:45 | Updated 18:10
Views: 12 408
24 January: military transport plane down near Bekhteyevka; shelling of Shebekino and border villages
A military transport plane crashed in a field near the village of Bekhteyevka in the Korochansky district at about 11:00 on Wednesday, the regional governor said. He did not say how many people had been on board; investigators and the military are working at the site.

In the afternoon, the Russian Ministry of Defence stated that the Il-76 had been shot down by two missiles launched by the Armed Forces of Ukraine from the territory of the Kharkiv region. According to the ministry, the plane was carrying 63 captured Ukrainian servicemen to an exchange, as well as six crew members and three escorts; all 72 people on board were killed. Kyiv has not confirmed this version. Ukraine's military intelligence agency said in the evening that it had no reliable information about who was on the plane.

"The ground shook, then black smoke rose over the field behind the farm. We ran to the road but the police were already there," Valentina Sokolova, 67, a resident of Bekhteyevka, told our correspondent.

"All emergency services of the district are at the site, the road to Bekhteyevka is closed to traffic. I ask residents not to go near the field," said Igor Lomakin, head of the administration of the Korochansky district.

Over the past day, the governor's operational summary says, the Armed Forces of Ukraine fired on nine settlements in four districts of the region, using 47 shells and 12 drones.
In Shebekino, a shell hit a private house on Tuesday evening. A man was injured and taken to the city hospital with shrapnel wounds.
In Novaya Tavolzhanka, 14 mortar shells were fired; nobody was hurt. A power line was damaged, and about 70 homes were left without electricity.
In the village of Kozinka in the Grayvoron district, an FPV drone hit a car; the driver was injured.
In Krasnaya Yaruga, a drone dropped an explosive device on a farm shed. There were no casualties.
On Wednesday morning, air defence systems shot down four rockets of the Vilkha multiple launch rocket system over the Belgorod district.

A regime of missile danger was declared in Belgorod three times during the morning.
Subscribe to Belogorye Online on Telegram and VKontakte
Founder: Belogorye Media LLC · Online media outlet, certificate ЭЛ № ФС 77-86607 · 16+
"""
DOC = {"id": "lg10", "date": "2024-01-24", "source": "Belogorye Online (Russian regional news portal, Belgorod)",
       "url": "https://belogorye-online.example/incidents/2024/01/24/samolet-bekhteyevka", "text": TEXT}

D, TUE = "2024-01-24", "2024-01-23"
PAST = dict(end=D, prec="range")
GOV = "governor of the Belgorod region"
TALLY = "lg10-2"
EVENTS = [
    E("lg10-1", INT, D, H("Bekhteyevka", "field near Bekhteyevka, Korochansky district"), "UA", "RU", fat=N(72),
      family=[MAS], claimant="Russian Ministry of Defence",
      evidence="the Il-76 had been shot down by two missiles launched by the Armed Forces of Ukraine from the territory of the Kharkiv region",
      note="the crash 'near the village of Bekhteyevka … at about 11:00 on Wednesday' (24 Jan) and the MoD's version "
           "that it was 'shot down by two missiles' are one event: an aircraft shot down -> interception with the "
           "shooter (UA, per the claim) as actor1 and the aircraft's side RU as actor2; missile strike accepted; 'all "
           "72 people on board were killed' -> 72 (63 + 6 + 3, per the MoD; Kyiv has not confirmed); a field near X = "
           "precision 2 (Bekhteyevka 578283, Korochansky district, RU-BEL)"),
    E(TALLY, MAS, TUE, R("RU-BEL", "Belgorod region"), "UA", "RU", agg=True, family=[ADS], claimant=GOV, **PAST,
      weapons=[W("artillery", launched=N(47)), W("drone", launched=N(12))],
      evidence="the Armed Forces of Ukraine fired on nine settlements in four districts of the region, using 47 shells and 12 drones",
      note="'Over the past day' in a Wednesday page -> range 23-24 Jan, aggregate parent of the lines (blind53 call 3); "
           "47 shells and 12 drones are counts of munitions"),
    E("lg10-3", MAS, TUE, L("Shebekino"), "UA", "RU", parent=TALLY, inj=N(1), weapons=[W("artillery")], claimant=GOV,
      evidence="In Shebekino, a shell hit a private house on Tuesday evening.",
      note="the line's own time 'on Tuesday evening' -> 23 Jan (day), not the range; 1 injured"),
    E("lg10-4", MAS, TUE, L("Novaya Tavolzhanka"), "UA", "RU", parent=TALLY, fat=N(0), inj=N(0),
      weapons=[W("artillery", launched=N(14))], claimant=GOV, **PAST,
      evidence="In Novaya Tavolzhanka, 14 mortar shells were fired; nobody was hurt.",
      note="a line without its own time -> the past-day range (blind49 kz02); 14 mortar shells = launched 14 "
           "(mortar = artillery); 'nobody was hurt' -> 0/0"),
    E("lg10-5", DIS, TUE, L("Novaya Tavolzhanka"), "UA", "RU", parent="lg10-4", claimant=GOV, **PAST,
      evidence="A power line was damaged, and about 70 homes were left without electricity.",
      note="outage caused by the shelling of lg10-4, same range"),
    E("lg10-6", ADS, TUE, L("Kozinka"), "UA", "RU", parent=TALLY, inj=N(1), weapons=[W("drone")], claimant=GOV, **PAST,
      evidence="In the village of Kozinka in the Grayvoron district, an FPV drone hit a car; the driver was injured.",
      note="the village named with its district = the village (precision 1, Kozinka 543229); range; 1 injured"),
    E("lg10-7", ADS, TUE, L("Krasnaya Yaruga"), "UA", "RU", parent=TALLY, fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant=GOV, **PAST,
      evidence="In Krasnaya Yaruga, a drone dropped an explosive device on a farm shed. There were no casualties.",
      note="range; 'There were no casualties' -> 0/0"),
    E("lg10-8", INT, D, H("Belgorod", "Belgorod district"), "RU", "UA", weapons=[W("mlrs", "Vilkha", intercepted=N(4))],
      claimant=GOV,
      evidence="On Wednesday morning, air defence systems shot down four rockets of the Vilkha multiple launch rocket system over the Belgorod district.",
      note="interception with a count over a district named after its centre = precision 2 (blind53 call 1); Wednesday"),
    E("lg10-9", "military_mobilization", D, L("Belgorod"), None, None, optional=True,
      evidence="A regime of missile danger was declared in Belgorod three times during the morning.",
      note="an alert -> optional, sides null (blind51 lb03-2)"),
]
# Not events: the investigators at the site and the closed road to Bekhteyevka (part of lg10-1's aftermath; a road
# closed around a crash site is not a war disruption of its own); Kyiv 'has not confirmed' and the intelligence agency's
# 'no reliable information' (statements about lg10-1); the exchange the prisoners were allegedly going to (future at
# the time). The title's date names the publication day.
STATEMENTS = [
    S("Valentina Sokolova", "RU", "black smoke rose over the field behind the farm", "resident of Bekhteyevka"),
    S("Igor Lomakin", "RU", "I ask residents not to go near the field", "head of the Korochansky district administration"),
]
MUST_NOT = ["БЕЛОГОРЬЕ ОНЛАЙН · BELOGORYE ONLINE", "Belgorod −6° · USD 88.1 · EUR 95.9",
            "News | Region | Incidents | SVO | Society | Sport | English", "Section: Incidents", "24.01.2024 13:45 | Updated 18:10",
            "Views: 12 408", "Subscribe to Belogorye Online on Telegram and VKontakte",
            "Founder: Belogorye Media LLC · Online media outlet, certificate ЭЛ № ФС 77-86607 · 16+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
