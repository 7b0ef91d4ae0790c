from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS, REX

TITLE = "Civilian harm log, week 6: 5–11 February 2024"
TEXT = """VARTOVI
Civilian Protection Monitoring · Харків · Суми · Чернігів · Херсон
About | Method | Logs | Reports | Contact | Donate
Logs › 2024 › Week 6
Civilian harm log, week 6: 5–11 February 2024
Posted 13.02.2024 by the monitoring team · PDF version (212 KB)
One line per incident, in the form "place, oblast: what happened". Each incident is listed under the day it happened. We record only incidents in which civilians or civilian objects were harmed and which we could confirm with at least two sources. Casualty figures are those known when the log was closed on Monday evening.

Mon 5 February
Vorozhba, Sumy oblast: Private house destroyed by shelling, 2 injured.
Velyka Pysarivka, Sumy oblast: Car hit by an FPV drone near the hromada office; the driver killed.
Kupiansk, Kharkiv oblast: Residential block struck by two guided bombs, two killed, 7 injured.
Nikopol, Dnipropetrovsk oblast: Bus stop hit, reportedly by artillery; one man wounded.

Tue 6 February
Hremiach (Novhorod-Siverskyi hromada), Chernihiv oblast: Farm building set on fire by mortar shelling. No casualties.
Semenivka, Chernihiv oblast: Power line cut by a drone-dropped munition; part of the town without electricity until the evening.
Kherson, Kherson oblast: Trolleybus depot hit in the morning, a worker (58) killed. Type of munition not established.
Komyshany (Kherson hromada), Kherson oblast: Woman injured in her yard by an explosive dropped from a drone.

Wed 7 February
Kharkiv, Kharkiv oblast: Industrial site hit by an S-300 missile overnight; three injured.
Ruski Tyshky (Kharkiv raion), Kharkiv oblast: School building damaged in a guided-bomb strike; nobody hurt.
Pokrov, Dnipropetrovsk oblast: Enterprise hit by a Shahed-type drone; one employee injured.
Ochakiv, Mykolaiv oblast: Two private houses damaged by artillery fire; a couple in their seventies injured.

Thu 8 February
Odesa, Odesa oblast: Residential building in the Kyivskyi district damaged by falling debris of a downed drone; no casualties.
Bilozerka, Kherson oblast: FPV drone struck an ambulance on a call, paramedic wounded.
Lyptsi, Kharkiv oblast: Shop damaged by MLRS fire; casualties unknown.

Fri 9 February
Krasnopillia, Sumy oblast: Three guided bombs dropped on the outskirts, four houses damaged; no casualties.
Field near Kurylivka (Kupiansk raion), Kharkiv oblast: Tractor blown up on an anti-tank mine; the driver killed.
Marhanets, Dnipropetrovsk oblast: Kindergarten damaged by night shelling. No one hurt.

Sat 10 February
Shalyhyne (Shostka raion), Sumy oblast: Village council building struck by a drone; 1 injured.
Kherson, Kherson oblast: High-rise in the Korabelnyi district shelled in the evening; two killed, 3 injured.
Dvorichna, Kharkiv oblast: Church damaged by artillery, the priest lightly injured.

Sun 11 February
Zolochiv, Kharkiv oblast: Post office hit by a guided aerial bomb; three injured.
Novhorod-Siverskyi, Chernihiv oblast: Boiler house hit by a drone; heating cut to 14 apartment buildings.
Myropillia, Sumy oblast: Man repairing a roof wounded by an explosive that a drone let fall.
Tiahynka (Beryslav raion), Kherson oblast: House burned down after shelling; an elderly woman killed.

Update, 12 February: in the Kupiansk entry of 5 February, a woman died in hospital; the toll is now three killed and six injured.
Removed: the 6 February entry on Balakliia. The explosion there turned out to be planned demining work.

Week in numbers: 25 incidents logged, 12 of them in Kharkiv and Kherson oblasts. In January we logged 118 incidents in which 41 civilians were killed and 163 injured.

If you witnessed an incident that is missing here, send us photos and the exact address. We never publish the names of people who write to us.
Cite as: Vartovi civilian harm log, week 6/2024
Data: CC BY 4.0 · Contact: log@vartovi.example
"""
DOC = {"id": "ld03", "date": "2024-02-13", "source": "Vartovi Civilian Protection Monitoring (NGO civilian-harm log)",
       "url": "https://vartovi.example/logs/2024/week-06", "text": TEXT}


def d(dd):
    return f"2024-02-{dd:02d}"


EVENTS = [
    E("ld03-1", MAS, d(5), L("Vorozhba"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="'Mon 5 February' heading dates its lines; passive, agentless 'Private house destroyed by shelling, 2 "
           "injured'; attacker RU (a Ukrainian NGO's log of harm in government-held oblasts)"),
    E("ld03-2", ADS, d(5), L("Velyka Pysarivka"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      note="'Car hit by an FPV drone near the hromada office; the driver killed' (the town 690230)"),
    E("ld03-3", ADS, d(5), L("Kupiansk"), "RU", "UA", fat=N(3), inj=N(6), weapons=[W("guided_bomb", launched=N(2))],
      note="'struck by two guided bombs, two killed, 7 injured', revised by the 'Update, 12 February' line: 'a woman "
           "died in hospital; the toll is now three killed and six injured' -> 3 k 6 w (the latest figure wins; the "
           "update is no event of its own)"),
    E("ld03-4", MAS, d(5), L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'Bus stop hit, reportedly by artillery; one man wounded': the hedged weapon is still named -> shelling"),
    E("ld03-5", MAS, d(6), L("Hremiach"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'Hremiach (Novhorod-Siverskyi hromada)': the village 708146 itself; mortar shelling, 'No casualties' -> 0/0"),
    E("ld03-6", ADS, d(6), L("Semenivka"), "RU", "UA", weapons=[W("drone")],
      note="'Power line cut by a drone-dropped munition' in Semenivka 694590 (Chernihiv oblast, not the "
           "Poltava or Kherson namesakes); casualties not stated"),
    E("ld03-7", DIS, d(6), L("Semenivka"), "RU", "UA", parent="ld03-6",
      note="'part of the town without electricity until the evening': the same line's outage (restored the same day, "
           "still an outage)"),
    E("ld03-8", MAS, d(6), L("Kherson"), "RU", "UA", fat=N(1), family=[ADS],
      note="'Trolleybus depot hit in the morning, a worker (58) killed. Type of munition not established' -> both "
           "strike types"),
    E("ld03-9", ADS, d(6), L("Komyshany"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Komyshany (Kherson hromada)': the village 706945; 'Woman injured … by an explosive dropped from a drone'"),
    E("ld03-10", MAS, d(7), L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("missile", "S-300")],
      note="'Industrial site hit by an S-300 missile overnight; three injured' under 'Wed 7 February' -> the night "
           "into 7 February"),
    E("ld03-11", ADS, d(7), L("Ruski Tyshky"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="'Ruski Tyshky (Kharkiv raion)': the village 695101 named with its raion; 'nobody hurt' -> 0/0"),
    E("ld03-12", ADS, d(7), L("Pokrov"), "RU", "UA", inj=N(1), weapons=[W("drone", "Shahed-136")],
      note="'Enterprise hit by a Shahed-type drone; one employee injured'"),
    E("ld03-13", MAS, d(7), L("Ochakiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      note="'Two private houses damaged by artillery fire; a couple in their seventies injured' -> 2 injured"),
    E("ld03-14", ADS, d(8), L("Odesa"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'Residential building in the Kyivskyi district damaged by falling debris of a downed drone; no casualties': debris "
           "that damages a building is the strike (blind44 ku02); the district = the city"),
    E("ld03-15", ADS, d(8), L("Bilozerka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'FPV drone struck an ambulance on a call, paramedic wounded'"),
    E("ld03-16", MAS, d(8), L("Lyptsi"), "RU", "UA", weapons=[W("mlrs")],
      note="'Shop damaged by MLRS fire; casualties unknown' -> counts absent (EVENTS.md)"),
    E("ld03-17", ADS, d(9), H("Krasnopillia", "outskirts of Krasnopillia"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(3))],
      note="'Three guided bombs dropped on the outskirts, four houses damaged; no casualties': outskirts = precision "
           "2; launched 3; 0/0"),
    E("ld03-18", REX, d(9), H("Kurylivka", "field near Kurylivka"), None, "UA", fat=N(1),
      note="'Field near Kurylivka (Kupiansk raion) … Tractor blown up on an anti-tank mine; the driver killed': a mine "
           "= remote_explosive, who laid it is not said -> actor1 null (blind44 call 5); near X = precision 2 "
           "(Kurylivka 703610, Kharkiv oblast, not the Dnipropetrovsk namesake)"),
    E("ld03-19", MAS, d(9), L("Marhanets"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'Kindergarten damaged by night shelling. No one hurt.' under 'Fri 9 February' -> 9 Feb, 0/0"),
    E("ld03-20", ADS, d(10), L("Shalyhyne"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Shalyhyne (Shostka raion)': the village 694369 named with its raion; council building struck by a drone, "
           "1 injured"),
    E("ld03-21", MAS, d(10), L("Kherson"), "RU", "UA", fat=N(2), inj=N(3), weapons=[W("artillery")],
      note="'High-rise in the Korabelnyi district shelled in the evening; two killed, 3 injured': a second Kherson line, "
           "another day than ld03-8"),
    E("ld03-22", MAS, d(10), L("Dvorichna"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'Church damaged by artillery, the priest lightly injured'"),
    E("ld03-23", ADS, d(11), L("Zolochiv"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      note="'Zolochiv, Kharkiv oblast' = 686895, not the Lviv-oblast town of the same name; guided aerial bomb on the "
           "post office, three injured"),
    E("ld03-24", ADS, d(11), L("Novhorod-Siverskyi"), "RU", "UA", weapons=[W("drone")],
      note="'Boiler house hit by a drone'; casualties not stated"),
    E("ld03-25", DIS, d(11), L("Novhorod-Siverskyi"), "RU", "UA", parent="ld03-24",
      note="'heating cut to 14 apartment buildings': a heating cut caused by the strike"),
    E("ld03-26", ADS, d(11), L("Myropillia"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Man repairing a roof wounded by an explosive that a drone let fall' (fronted victim, agentless)"),
    E("ld03-27", MAS, d(11), L("Tiahynka"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="'Tiahynka (Beryslav raion)': the village 690903; 'House burned down after shelling; an elderly woman "
           "killed'"),
    E("ld03-28", MAS, "2024-01-01", C("UA", "Ukraine"), "RU", "UA", end="2024-01-31", prec="month", agg=True,
      fat=N(41), inj=N(163), family=[ADS], optional=True,
      note="'In January we logged 118 incidents in which 41 civilians were killed and 163 injured': the NGO's month "
           "statistic over the oblasts it covers -> optional month aggregate (blind42 ks08 convention)"),
]
# Not events: the method paragraph, the 'Update, 12 February' line (it changes ld03-3), the removed Balakliia entry
# ('planned demining work', withdrawn by the log), 'Week in numbers: 25 incidents logged, 12 of them …' (a count of the
# lines above), the appeal to witnesses. Masthead, the tagline with Cyrillic city names, menu, breadcrumb, posted line,
# cite line and licence/contact line are furniture.
STATEMENTS = []
MUST_NOT = ["VARTOVI", "Civilian Protection Monitoring · Харків · Суми · Чернігів · Херсон",
            "About | Method | Logs | Reports | Contact | Donate", "Logs › 2024 › Week 6",
            "Posted 13.02.2024 by the monitoring team · PDF version (212 KB)",
            "Cite as: Vartovi civilian harm log, week 6/2024", "Data: CC BY 4.0 · Contact: log@vartovi.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
