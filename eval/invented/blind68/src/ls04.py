from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, INT, DIS, MOB

TITLE = "Russia pounds Ukraine's power grid in massive overnight attack: live updates"
TEXT = """ATLANTIC CABLE NEWS
US | World | Politics | Business | Health | Entertainment | Video | Live TV
LIVE UPDATES
Russia pounds Ukraine's power grid in massive overnight attack: live updates
By ACN staff
Updated 9:12 a.m. ET, Wed December 3, 2025
Watch ACN live
What we know so far
Russia fired 48 missiles and 112 drones at Ukraine overnight in one of its largest attacks on the energy system this year, the country's air force said. Emergency blackouts are in force in most regions, and at least three people were killed in Dnipro.

9:05 a.m. ET
Dnipro toll rises to three
Rescuers in Dnipro found the body of another man under the rubble of a house next to the damaged power facility, bringing the number of dead in the city to three, the regional governor said. Seven people were injured, two of them seriously.

8:40 a.m. ET
Poland scrambles jets as missiles head west
Poland's operational command said it had scrambled fighter jets and put ground-based air defense on the highest alert in the early hours, as Russian missiles flew toward targets in western Ukraine. Polish airspace was not violated, it said.

8:10 a.m. ET
Moscow: "all targets were hit"
Russia's defense ministry said it had carried out a "massive strike with long-range precision weapons" on energy facilities that "support Ukraine's military-industrial complex." All designated targets were hit, it claimed.

7:30 a.m. ET
Five drones downed over Rivne region
Air defense units shot down five drones over the Rivne region, its governor said. Falling debris damaged the roof of a warehouse on the outskirts of Rivne city; nobody was hurt.

7:00 a.m. ET
220,000 households without power in Lviv region
A missile slammed into a high-voltage substation in the Stryi district early this morning, the governor of the Lviv region said. Some 220,000 households across the region have no electricity, and trams in Lviv are not running.

"We have crews at every site, but we are repairing equipment that was repaired two weeks ago," said Olena Kovalchuk, a spokesperson for the national grid operator Ukrenergo. "Every winter they aim at the same places."

6:35 a.m. ET
Burshtyn power plant hit again
Missiles struck the thermal power plant in Burshtyn, in the Ivano-Frankivsk region, the plant's owner said. A fire broke out in the turbine hall and was put out by 8 a.m. local time. No one was injured.

6:00 a.m. ET
Kyiv: two hurt by falling debris
Two people were wounded when fragments of a downed drone fell on a parking lot in Kyiv's Darnytskyi district, the head of the city military administration said. In the Kyiv region, a drone hit a boiler house in Bila Tserkva, according to the regional governor, who gave no information on casualties.

5:30 a.m. ET
Three missiles on Kharkiv
Three missiles struck an energy facility in Kharkiv at around 6 a.m. local time (11 p.m. ET on Tuesday), the city's mayor said. There were no casualties.

5:15 a.m. ET
Deadly hit in Dnipro
A missile hit a power facility in Dnipro, killing two people and injuring five in nearby homes, the regional governor said.

5:00 a.m. ET
Odesa region: worker injured, water cut
A drone attack damaged energy infrastructure in the Odesa region, injuring a worker, the regional administration said. Parts of Odesa city are without running water because pumping stations lost power.

4:30 a.m. ET
Air force: 48 missiles, 112 drones
Ukraine's air force said Russia had launched six Iskander-M ballistic missiles, 38 Kh-101 cruise missiles, four Kalibr cruise missiles and 112 attack drones overnight. Air defenses destroyed 33 of the cruise missiles and 86 of the drones. None of the Iskanders was intercepted.

"The ballistic ones are the problem. Ukraine shoots down most of what flies low and slow, and very little of what comes down from the edge of space," ACN military analyst Jim Harlan, a retired Army colonel, said on air.

4:00 a.m. ET
Blackouts nationwide
Ukrenergo introduced emergency power outages in most regions of the country after the attack, including the capital. Hourly schedules will return "once the system is stabilized," it said.

3:20 a.m. ET
Air raid alert across Ukraine
Air raid alerts are in effect in all regions of Ukraine as Russia launches what officials describe as a massive combined attack. We will bring you updates as they come in.

Sign up for our Ukraine newsletter
© 2025 Atlantic Cable News. All Rights Reserved.
"""
DOC = {"id": "ls04", "date": "2025-12-03", "source": "ACN Atlantic Cable News (US cable network, live page)",
       "url": "https://acn.example/world/live-news/russia-ukraine-war-power-grid-12-03-25", "text": TEXT}

D = "2025-12-03"
WAVE = "ls04-1"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(6)), W("cruise_missile", "Kh-101", launched=N(38)),
               W("cruise_missile", "Kalibr", launched=N(4)), W("drone", launched=N(112))],
      note="4:30 a.m. ET: 'Russia had launched six Iskander-M ballistic missiles, 38 Kh-101 cruise missiles, four Kalibr "
           "cruise missiles and 112 attack drones overnight' -> the combined wave, country precision, typed by its "
           "missiles, 3 Dec (the night into the publication Wednesday); the summary's '48 missiles and 112 drones' and "
           "the MoD's 'massive strike' (8:10) are the same wave"),
    E("ls04-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", intercepted=N(33)), W("drone", intercepted=N(86)),
               W("ballistic_missile", "Iskander-M", intercepted=N(0))],
      note="'Air defenses destroyed 33 of the cruise missiles and 86 of the drones. None of the Iskanders was "
           "intercepted' -> cruise 33 (Kh-101 and Kalibr together), drones 86, Iskander-M an exact 0"),
    E("ls04-3", MAS, D, L("Dnipro"), "RU", "UA", parent=WAVE, fat=N(3), inj=N(7), weapons=[W("missile")],
      claimant="Dnipropetrovsk governor",
      note="5:15 'A missile hit a power facility in Dnipro, killing two … injuring five', raised at 9:05 ('the body of "
           "another man … bringing the number of dead "
           "in the city to three … Seven people were injured') -> the latest entry wins: 3 k 7 w; newest-first page"),
    E("ls04-4", MOB, D, C("PL", "Poland"), "PL", "RU", claimant="Polish Operational Command",
      note="8:40: 'scrambled fighter jets and put ground-based air defense on the highest alert in the early hours' -> a "
           "scramble is the scrambling state's mobilization (blind63 call 6), country precision; 'Polish airspace was "
           "not violated' is a negation"),
    E("ls04-5", INT, D, R("UA-56", "Rivne region"), "UA", "RU", parent="ls04-2", weapons=[W("drone", intercepted=N(5))],
      claimant="Rivne governor",
      note="7:30: 'Air defense units shot down five drones over the Rivne region' -> a region with its own count: "
           "required, child of the wave's interception"),
    E("ls04-6", ADS, D, H("Rivne", "outskirts of Rivne"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Rivne governor",
      note="'Falling debris damaged the roof of a warehouse on the outskirts of Rivne city; nobody was hurt' -> a drone's "
           "debris: an air_drone_strike child, outskirts = precision 2, 0/0"),
    E("ls04-7", MAS, D, H("Stryi", "Stryi district"), "RU", "UA", parent=WAVE, weapons=[W("missile")],
      claimant="Lviv governor",
      note="7:00: 'A missile slammed into a high-voltage substation in the Stryi district early this morning' -> a raion "
           "named after its centre = precision 2 (UA-46); casualties not given (absent)"),
    E("ls04-8", DIS, D, R("UA-46", "Lviv region"), "RU", "UA", parent="ls04-7", claimant="Lviv governor",
      note="'Some 220,000 households across the region have no electricity, and trams in Lviv are not running' -> one "
           "regional disruption caused by the substation hit (region precision: 'across the region')"),
    E("ls04-9", MAS, D, L("Burshtyn"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("missile")],
      claimant="owner of the Burshtyn plant",
      note="6:35: 'Missiles struck the thermal power plant in Burshtyn, in the Ivano-Frankivsk region … No one was "
           "injured' -> 0/0 (UA-26); 'again' in the headline is no second event"),
    E("ls04-10", ADS, D, L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(2), weapons=[W("drone")],
      claimant="head of the Kyiv city military administration",
      note="6:00: 'Two people were wounded when fragments of a downed drone fell on a parking lot in Kyiv's Darnytskyi "
           "district' -> the city (UA-30), 2 w"),
    E("ls04-11", ADS, D, L("Bila Tserkva"), "RU", "UA", parent=WAVE, weapons=[W("drone")], claimant="Kyiv regional governor",
      note="'In the Kyiv region, a drone hit a boiler house in Bila Tserkva … who gave no information on casualties' -> "
           "casualties absent (UA-32)"),
    E("ls04-12", MAS, D, L("Kharkiv"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("missile", launched=N(3))],
      claimant="Kharkiv mayor",
      note="5:30: 'Three missiles struck an energy facility in Kharkiv at around 6 a.m. local time (11 p.m. ET on "
           "Tuesday)' -> the local day is Wednesday 3 Dec (blind61 call 1), not the ET Tuesday; 'no casualties' 0/0"),
    E("ls04-13", ADS, D, R("UA-51", "Odesa region"), "RU", "UA", parent=WAVE, inj=N(1), weapons=[W("drone")],
      claimant="Odesa regional administration",
      note="5:00: 'A drone attack damaged energy infrastructure in the Odesa region, injuring a worker' -> region only "
           "(precision 3), 1 w"),
    E("ls04-14", DIS, D, L("Odesa"), "RU", "UA", parent="ls04-13", claimant="Odesa regional administration",
      note="'Parts of Odesa city are without running water because pumping stations lost power' -> a water cut in the city"),
    E("ls04-15", DIS, D, C("UA", "Ukraine"), "RU", "UA", parent=WAVE, claimant="Ukrenergo",
      note="4:00: 'Ukrenergo introduced emergency power outages in most regions of the country after the attack' -> a "
           "nationwide disruption (country precision); the summary's 'Emergency blackouts are in force in most regions' "
           "is the same; hourly schedules 'will return' is future"),
]
# Not events: the 'What we know so far' summary (repeats ls04-1, -3, -15), the 8:10 MoD claim 'massive strike … All
# designated targets were hit' (the same wave, ls04-1), 'Polish airspace was not violated' (negation), 'the Burshtyn
# power plant hit again' (headline; one event), 'repairing equipment that was repaired two weeks ago' and 'Every winter
# they aim at the same places' (history, habit), the fire in the turbine hall (part of ls04-9), Harlan's analysis, the
# return of schedules (future), the 3:20 air raid alerts in all regions (an alert without a place hit; the live page's
# announcement). Entry times and entry headlines stay as text. Not gold statements: the MoD's "massive strike with
# long-range precision weapons" / "support Ukraine's military-industrial complex", the headline's "all targets were
# hit", Ukrenergo's "once the system is stabilized" (institution, fragment).
STATEMENTS = [
    S("Olena Kovalchuk", "UA", "we are repairing equipment that was repaired two weeks ago", "spokesperson, Ukrenergo"),
    S("Jim Harlan", None, "very little of what comes down from the edge of space", "ACN military analyst"),
]
MUST_NOT = ["ATLANTIC CABLE NEWS", "US | World | Politics | Business | Health | Entertainment | Video | Live TV",
            "LIVE UPDATES", "By ACN staff", "Updated 9:12 a.m. ET, Wed December 3, 2025", "Watch ACN live",
            "Sign up for our Ukraine newsletter", "© 2025 Atlantic Cable News. All Rights Reserved."]
EVIDENCE = {
    "ls04-1": "Ukraine's air force said Russia had launched six Iskander-M ballistic missiles, 38 Kh-101 cruise missiles, four Kalibr cruise missiles and 112 attack drones overnight.",
    "ls04-2": "Air defenses destroyed 33 of the cruise missiles and 86 of the drones.",
    "ls04-3": "bringing the number of dead in the city to three, the regional governor said",
    "ls04-4": "Poland's operational command said it had scrambled fighter jets and put ground-based air defense on the highest alert in the early hours",
    "ls04-5": "Air defense units shot down five drones over the Rivne region, its governor said.",
    "ls04-6": "Falling debris damaged the roof of a warehouse on the outskirts of Rivne city; nobody was hurt.",
    "ls04-7": "A missile slammed into a high-voltage substation in the Stryi district early this morning, the governor of the Lviv region said.",
    "ls04-8": "Some 220,000 households across the region have no electricity, and trams in Lviv are not running.",
    "ls04-9": "Missiles struck the thermal power plant in Burshtyn, in the Ivano-Frankivsk region, the plant's owner said.",
    "ls04-10": "Two people were wounded when fragments of a downed drone fell on a parking lot in Kyiv's Darnytskyi district",
    "ls04-11": "In the Kyiv region, a drone hit a boiler house in Bila Tserkva",
    "ls04-12": "Three missiles struck an energy facility in Kharkiv at around 6 a.m. local time (11 p.m. ET on Tuesday), the city's mayor said.",
    "ls04-13": "A drone attack damaged energy infrastructure in the Odesa region, injuring a worker, the regional administration said.",
    "ls04-14": "Parts of Odesa city are without running water because pumping stations lost power.",
    "ls04-15": "Ukrenergo introduced emergency power outages in most regions of the country after the attack, including the capital.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
