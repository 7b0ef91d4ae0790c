from common import E, L, H, R, C, N, W, S, gold, MAS, ADS, INT, DIS

TITLE = "Kherson oblast, Saturday 7 October 2023: two civilians killed and eleven injured in 93 attacks"
TEXT = """CIVIL SHIELD
Monitoring group for the protection of civilians in southern Ukraine
Home | Bulletins | Incident map | Methodology | Donate | Contact
Bulletins › Kherson oblast
Daily Incident Bulletin No. 212
Published 08.10.2023 · 10:30 Kyiv time · Compiled by the Kherson field team
Download PDF | Print
Kherson oblast, Saturday 7 October 2023: two civilians killed and eleven injured in 93 attacks
This bulletin covers incidents reported or verified between 00:00 and 24:00 on 7 October 2023 in the parts of Kherson oblast under Ukrainian control. Sources: the regional military administration, the National Police, hromada heads and our own field monitors. Times are local.

DAY TOTAL. Russian forces attacked 26 settlements 93 times. Two civilians were killed and eleven injured. Weapons recorded: artillery and mortars, multiple rocket launchers, tank guns, guided aerial bombs and drones.

INCIDENTS
01:20 · Kherson, Dniprovskyi district. A private house caught fire after an artillery hit. No casualties.
03:45 · Bilozerka. Grad rockets fell on a residential street; a 58-year-old woman was wounded by shrapnel in her yard.
06:10 · Antonivka. A man waiting for the first bus of the day was killed when a drone dropped an explosive on the bus stop.
07:30 · Kherson, Korabelnyi district. Artillery fire near the ship-repair yard. Two men injured.*
08:05 · Chornobaivka. Tank fire at the outskirts of the village (casualties unknown).
09:40 · Beryslav. Two guided aerial bombs (KAB) struck the town centre, killing one resident and injuring three; the administrative building was damaged.
11:15 · Komyshany. Hit by an FPV drone on the main street, a car caught fire; its driver was injured.
12:50 · Kherson, Tsentralnyi district. Shelling damaged an energy facility. No one was injured, but 2,300 subscribers lost power until about 20:00.
14:20 · Tiahynka. Mortar fire. No casualties.
15:35 · Stanislav. Near the pier, a 40-year-old fisherman was wounded by an explosive dropped from a drone.
17:05 · Novoraisk. Shell splinters injured a tractor driver working in a field.
19:30 · Naddniprianske. Residents reported a drone attack on a farm; not verified at the time of publication.
21:10 · Oblast-wide. Air defence brought down four Shahed-136 drones over Kherson oblast, the Air Force reported.
22:40 · Zelenivka. A 71-year-old woman was injured when artillery hit her home.

* Update 18:20: a third man injured in the 07:30 incident was taken to hospital. The day total above includes him.

OCCUPIED LEFT BANK (not verified by Civil Shield, listed for completeness): the Russian-installed administration claimed that Ukrainian shelling killed one person in Hola Prystan.

FIELD NOTE. "On Saturday we counted the explosions by the windows that were still whole. There were fewer windows by evening," said Oksana Lytvynenko, who coordinates our monitors in Kherson.
Civil Shield is an independent, non-partisan initiative. Data may be reproduced with attribution.
Corrections: corrections@civilshield.example
Support our field monitors
© 2023 Civil Shield
"""
DOC = {"id": "lc03", "date": "2023-10-08", "source": "Civil Shield (NGO incident bulletin)",
       "url": "https://civilshield.example/bulletins/kherson/212", "text": TEXT}

SAT = "2023-10-07"
P = "lc03-1"
EVENTS = [
    E(P, MAS, SAT, R("UA-65", "Kherson oblast"), "RU", "UA", agg=True, fat=N(2), inj=N(11), family=["air_drone_strike"],
      weapons=[W("artillery"), W("mlrs"), W("guided_bomb"), W("drone")],
      ev="Russian forces attacked 26 settlements 93 times. Two civilians were killed and eleven injured.",
      note="the bulletin's day total for 7 Oct (published Sunday 8 Oct): 93 attacks on 26 settlements, 2 killed, 11 "
           "injured (the total already includes the update's third man) -> aggregate parent of the day, dated the log "
           "day; 'attacked … 93 times' is no munition count; the recorded weapon kinds are its weapons (tank guns have "
           "no category of their own)"),
    E("lc03-2", MAS, SAT, L("Kherson"), "RU", "UA", parent=P, fat=N(0), inj=N(0), weapons=[W("artillery")],
      ev="01:20 · Kherson, Dniprovskyi district. A private house caught fire after an artillery hit. No casualties.",
      note="01:20 artillery on a house in the Dniprovskyi district (= the city): 'No casualties' = 0/0"),
    E("lc03-3", MAS, SAT, L("Bilozerka"), "RU", "UA", parent=P, inj=N(1), weapons=[W("mlrs", "Grad")],
      ev="03:45 · Bilozerka. Grad rockets fell on a residential street",
      note="03:45 Grad rockets on Bilozerka: 1 woman wounded"),
    E("lc03-4", ADS, SAT, L("Antonivka"), "RU", "UA", parent=P, fat=N(1), weapons=[W("drone")],
      ev="06:10 · Antonivka. A man waiting for the first bus of the day was killed when a drone dropped an explosive on the bus stop.",
      note="06:10 drone drop on a bus stop in Antonivka (the Kherson suburb, 713304): 1 killed (sentence opens with the "
           "victim, the weapon in the when-clause)"),
    E("lc03-5", MAS, SAT, L("Kherson"), "RU", "UA", parent=P, inj=N(3), weapons=[W("artillery")],
      ev="07:30 · Kherson, Korabelnyi district. Artillery fire near the ship-repair yard.",
      note="07:30 artillery near the ship-repair yard in the Korabelnyi district (= the city): 'Two men injured*' raised "
           "by the 18:20 update to three -> 3 injured; the update is no event of its own (blind44 call 4)"),
    E("lc03-6", MAS, SAT, H("Chornobaivka", "outskirts of Chornobaivka"), "RU", "UA", parent=P,
      ev="08:05 · Chornobaivka. Tank fire at the outskirts of the village (casualties unknown).",
      note="08:05 tank fire at the outskirts of Chornobaivka: shelling -> missile_artillery_strike, outskirts = "
           "precision 2; '(casualties unknown)' -> counts absent; tank guns have no weapon category, so no weapon"),
    E("lc03-7", ADS, SAT, L("Beryslav"), "RU", "UA", parent=P, fat=N(1), inj=N(3),
      weapons=[W("guided_bomb", "KAB", launched=N(2))],
      ev="09:40 · Beryslav. Two guided aerial bombs (KAB) struck the town centre, killing one resident and injuring three",
      note="09:40 two KABs on the centre of Beryslav: 1 killed, 3 injured; bombs counted by number = launched 2"),
    E("lc03-8", ADS, SAT, L("Komyshany"), "RU", "UA", parent=P, inj=N(1), weapons=[W("drone")],
      ev="11:15 · Komyshany. Hit by an FPV drone on the main street, a car caught fire; its driver was injured.",
      note="11:15 FPV drone on a car in Komyshany (fronted participle): driver injured"),
    E("lc03-9", MAS, SAT, L("Kherson"), "RU", "UA", parent=P, fat=N(0), inj=N(0), family=["air_drone_strike"],
      ev="12:50 · Kherson, Tsentralnyi district. Shelling damaged an energy facility.",
      note="12:50 shelling of an energy facility in the Tsentralnyi district (= the city): 'No one was injured' = 0/0; "
           "'Shelling' without a named weapon -> missile_artillery_strike, drone type accepted"),
    E("lc03-10", DIS, SAT, L("Kherson"), "RU", "UA", parent="lc03-9",
      ev="No one was injured, but 2,300 subscribers lost power until about 20:00.",
      note="2,300 subscribers without power until about 20:00: an outage restored the same day is still an outage "
           "(blind44 call 6)"),
    E("lc03-11", MAS, SAT, L("Tiahynka"), "RU", "UA", parent=P, fat=N(0), inj=N(0), weapons=[W("artillery")],
      ev="14:20 · Tiahynka. Mortar fire. No casualties.",
      note="14:20 mortar fire on Tiahynka: 0/0 (mortar = artillery)"),
    E("lc03-12", ADS, SAT, L("Stanislav"), "RU", "UA", parent=P, inj=N(1), weapons=[W("drone")],
      ev="15:35 · Stanislav. Near the pier, a 40-year-old fisherman was wounded by an explosive dropped from a drone.",
      note="15:35 drone drop in Stanislav (the Kherson-oblast village, 692944, not Ivano-Frankivsk's old name): 1 "
           "wounded; 'Near the pier' is inside the village -> precision 1"),
    E("lc03-13", MAS, SAT, L("Novoraisk"), "RU", "UA", parent=P, inj=N(1), weapons=[W("artillery")],
      ev="17:05 · Novoraisk. Shell splinters injured a tractor driver working in a field.",
      note="17:05 shell splinters in Novoraisk: 1 injured (a shell = artillery)"),
    E("lc03-14", ADS, SAT, L("Naddniprianske"), "RU", "UA", parent=P, optional=True, weapons=[W("drone")],
      ev="19:30 · Naddniprianske. Residents reported a drone attack on a farm; not verified at the time of publication.",
      note="a report the bulletin itself has not verified -> optional (blind44 call 4)"),
    E("lc03-15", INT, SAT, R("UA-65", "Kherson oblast"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(4))],
      ev="21:10 · Oblast-wide. Air defence brought down four Shahed-136 drones over Kherson oblast, the Air Force reported.",
      note="four Shahed-136 downed over the oblast: a regional interception with its own count -> required; not part "
           "of the attack total"),
    E("lc03-16", MAS, SAT, L("Zelenivka"), "RU", "UA", parent=P, inj=N(1), weapons=[W("artillery")],
      ev="22:40 · Zelenivka. A 71-year-old woman was injured when artillery hit her home.",
      note="22:40 artillery on a home in Zelenivka (Kherson suburb, 687383): 1 injured"),
    E("lc03-17", MAS, SAT, L("Hola Prystan"), "UA", None, optional=True, fat=N(1), family=["air_drone_strike"],
      claimant="Russian-installed administration",
      ev="the Russian-installed administration claimed that Ukrainian shelling killed one person in Hola Prystan",
      note="an occupation-side claim the bulletin lists without verifying it: optional; claimed attacker UA, actor2 "
           "null (blind41 call 6)"),
]
# Not events: the scope and sources lines (method), 'Weapons recorded: …' (part of lc03-1), the administrative
# building damaged (part of lc03-7), the update line (changes lc03-5, no event of its own), the field note's 'counted
# the explosions' (recollection). The day total's injured (11) = 1 + 3 + 3 + 1 + 1 + 1 + 1 and killed (2) = 1 + 1 of the
# verified entries.
STATEMENTS = [
    S("Oksana Lytvynenko", "UA", "There were fewer windows by evening", "monitoring coordinator in Kherson, Civil Shield"),
]
MUST_NOT = ["CIVIL SHIELD", "Monitoring group for the protection of civilians in southern Ukraine",
            "Home | Bulletins | Incident map | Methodology | Donate | Contact", "Bulletins › Kherson oblast",
            "Daily Incident Bulletin No. 212", "Published 08.10.2023 · 10:30 Kyiv time · Compiled by the Kherson field team",
            "Download PDF | Print",
            "Civil Shield is an independent, non-partisan initiative. Data may be reproduced with attribution.",
            "Corrections: corrections@civilshield.example", "Support our field monitors", "© 2023 Civil Shield"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
