from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA, POL, AGR, ARR, DIP

TITLE = "Ukraine war live: Dnipro toll rises to five after overnight missile attack; 120 prisoners home in swap"
TEXT = """THE ALBION COURIER
News | World | Ukraine | Politics | Business | Sport | Culture | Live
LIVE
Ukraine war live: Dnipro toll rises to five after overnight missile attack; 120 prisoners home in swap
Wednesday 11 February 2026 · Updated 21:48 EET
Blog editors: Harriet Vane-Okafor (London) and Bohdan Sirenko (Kyiv)
All times are Kyiv time (EET).
Summary of the day
Russia fired three Iskander-M ballistic missiles, eight Kh-101 cruise missiles and 157 drones at Ukraine overnight; an apartment block in Dnipro was hit, and five people are now known to have died there. Ukraine and Russia exchanged 120 prisoners each. Officials ordered the evacuation of families from border villages of the Sumy region. Scroll down for the full story of the day.
Jump to: 06:20 Overnight attack · 10:05 Prisoner swap · 15:10 Dnipro toll · 19:30 Evening summary

06:20
Hello from London and Kyiv, where we are following the war in Ukraine through the day. It has been a long night across much of the country. Air raid alerts were in force in almost every region from shortly after 1am, and explosions were reported in Kyiv, Dnipro, Lviv and Odesa. We will bring you the details as they come in.

06:41
Ukraine's air force has published its count of the night. According to its statement, Russia launched three Iskander-M ballistic missiles, eight Kh-101 cruise missiles and 157 strike and decoy drones. Air defence forces destroyed six of the cruise missiles and 129 of the drones. None of the three ballistic missiles was shot down, the statement says.

06:55
In Dnipro, a ballistic missile struck a nine-storey apartment block in the centre of the city, the head of the regional military administration says. One person was killed and six were injured, according to his first statement. Rescuers are working in the rubble of two collapsed entrances.

07:20
In Kyiv, debris from a downed cruise missile hit a warehouse in the Sviatoshynskyi district, starting a large fire, the head of the city military administration writes. Two people were hurt. Separately, fragments of a drone fell on the grounds of a kindergarten in the Podilskyi district; nobody was injured, as the building was empty at the time.

07:48
Drones struck an energy facility in the Lviv region overnight, the regional governor says, without saying where the facility is. Nobody was hurt. Parts of the city of Lviv are without power this morning, and the city's trams have been replaced by buses.

"We were lucky with the casualties and unlucky with the target. The repair will not be a matter of hours," the governor said in a video address.

08:15
A reader asks why so few ballistic missiles are shot down. The short answer is that only a few systems can intercept them, chiefly the US-made Patriot, and Ukraine does not have enough of them to cover every city. The longer answer is in our explainer, published last month.

08:32
Russia's defence ministry says its air defence systems destroyed 48 Ukrainian drones over Russian regions overnight, 19 of them over the Belgorod region. The others were shot down over the Kursk and Bryansk regions, the ministry said, without giving numbers.

08:50
In the Belgorod region, a Ukrainian drone struck a car on a street in Shebekino, killing the driver, the region's governor says. Shebekino lies about six kilometres from the Ukrainian border and has been hit regularly since 2023.

09:40
Dnipro's death toll has climbed to three, with 14 injured, the regional military administration says. Four of the injured are children.

10:05
Ukraine and Russia have carried out a prisoner exchange, with 120 prisoners returning to each side. Ukraine's coordination headquarters for prisoners of war says most of the returning Ukrainians had been held since 2022, and that some of them were defenders of Mariupol. The United Arab Emirates mediated the exchange, according to the headquarters.

"I saw my son on the bus and I did not recognise him at first. He had lost so much weight," said Olha Martyniuk, whose son returned after almost four years in captivity.

10:40
Some more on the swap: the exchange was the third this year, and the headquarters says it is preparing the next. Dates of future exchanges are never announced in advance.

11:12
Odesa: a drone hit port infrastructure overnight, killing a port worker, the regional governor said earlier this morning. A grain storage hall was damaged.

11:30
Not everything today is about the front. Ukraine's central bank has kept its key rate unchanged at 15.5%, citing the cost of repairing the power grid and the risk of new price increases if the outages continue. The bank's governor said the economy had grown slightly faster than expected in the fourth quarter.

12:05
The Sumy regional military administration has ordered the mandatory evacuation of families with children from eleven villages near the Russian border, citing daily shelling and drone attacks. About 260 children live in the villages, it said.

"We will not wait until a school bus is hit. Those who have children must leave now," said Yurii Mazur, a deputy head of the regional administration.

12:40
Ukraine's foreign minister has met his visiting Finnish counterpart in Kyiv. The two discussed air defence and Finland's plans to finance the production of long-range drones in Ukraine, according to a statement from the Ukrainian foreign ministry. The Finnish minister arrived in Kyiv by train this morning.

13:25
Analysis from our defence editor, Callum Redfern: Last night's attack followed a pattern that has become familiar this winter. The cruise missiles came in from the north and west, looping around the main air defence clusters; the ballistic missiles went for the cities in the east, where warning times are shortest. Ukraine's problem is not how many drones it can shoot down, which is now the large majority, but how many ballistic missiles it cannot. Unless new Patriot batteries arrive, we should expect more mornings like this one.

14:30
A guided bomb struck a warehouse on the outskirts of Kharkiv shortly after 2pm, the head of the regional military administration says. Three people were injured.

14:52
Ukraine's security service, the SBU, says it detained a man in Kharkiv on Tuesday on suspicion of passing the coordinates of energy facilities to Russian intelligence. The man, a 34-year-old employee of a logistics company, faces life imprisonment if convicted.

15:10
The toll in Dnipro has risen again. Five people were killed and 21 were injured, the regional military administration says, after rescuers pulled two more bodies from the rubble. Thursday will be a day of mourning in the city.

"I was in the kitchen when the windows came in. The neighbours from the fourth floor are gone. The whole entrance is gone," said Taras Holub, who lives in the building's undamaged wing.

15:40
Correction: In our 11:12 entry we said a port worker had been killed in Odesa. The regional governor has since corrected his statement: the worker was seriously injured, not killed. We apologise for the error.

16:20
The general staff in Kyiv says there have been 147 combat clashes along the front since the start of the day, 38 of them in the Pokrovsk direction. It did not give details of the fighting.

16:48
From Brussels, our Europe correspondent reports that EU ambassadors failed again today to agree on a new package of sanctions against Russia. Two member states are still holding out over measures against Russian liquefied natural gas. Diplomats say a deal could come next week, but they have said that before. If it is agreed, the package would also add more ships of Russia's so-called shadow fleet to the list of vessels banned from European ports. Ukraine's foreign ministry called the delay "a gift to the Kremlin".

17:05
Sport: Ukraine's biathletes have won silver in the women's relay at the World Cup stage in Antholz, their best result of the season. The team dedicated the medal to the victims in Dnipro.

17:45
The Kremlin spokesman has said that Russia strikes only military targets, and that today's exchange "shows that humanitarian channels work". He did not comment on the Dnipro strike.

18:30
Energy update: Ukrenergo says outage schedules will be introduced in the Lviv, Dnipro and Odesa regions tomorrow morning if repairs are not completed overnight. In Lviv, power has been restored to about half of the affected homes, the city says.

19:30
Evening summary
Here is where things stand at the end of the day. Russia's overnight attack with missiles and drones killed five people in Dnipro and injured 21 there; a warehouse burned in Kyiv, and an energy facility in the Lviv region was damaged, leaving parts of Lviv in the dark. In Odesa a port worker was seriously injured. Ukraine and Russia exchanged 120 prisoners each. Families with children are being evacuated from eleven villages of the Sumy region. We are closing this blog now; thank you for following.

Show earlier entries
Newsletter: Ukraine at war — a daily briefing from our correspondents. Enter your email address
Topics: Ukraine · Russia · Europe · Defence
© 2026 The Albion Courier Ltd. All rights reserved.
"""
DOC = {"id": "lq04", "date": "2026-02-11", "source": "The Albion Courier (British newspaper, full-day live blog)",
       "url": "https://albion-courier.example/world/live/2026/feb/11/ukraine-war-live", "text": TEXT}

D, Y = "2026-02-11", "2026-02-10"
WAVE, RUI = "lq04-1", "lq04-9"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(3)), W("cruise_missile", "Kh-101", launched=N(8)),
               W("drone", launched=N(157))],
      note="06:41: 'Russia launched three Iskander-M ballistic missiles, eight Kh-101 cruise missiles and 157 strike and "
           "decoy drones' overnight in a Wednesday morning entry = 11 Feb; nationwide wave typed by the missiles; the "
           "summary and the 19:30 entry repeat it"),
    E("lq04-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kh-101", intercepted=N(6)), W("drone", intercepted=N(129)),
               W("ballistic_missile", "Iskander-M", intercepted=N(0))],
      note="'Air defence forces destroyed six of the cruise missiles and 129 of the drones. None of the three ballistic "
           "missiles was shot down' -> an exact 0 for the Iskanders"),
    E("lq04-3", MAS, D, L("Dnipro"), "RU", "UA", parent=WAVE, fat=N(5), inj=N(21),
      weapons=[W("ballistic_missile")], claimant="head of the Dnipropetrovsk regional military administration",
      note="06:55 'a ballistic missile struck a nine-storey apartment block' with 1 k 6 w, 09:40 3 k 14 w, 15:10 'Five "
           "people were killed and 21 were injured' -> the latest figure wins (one event); the day of mourning "
           "'Thursday' is future"),
    E("lq04-4", MAS, D, L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(2), weapons=[W("cruise_missile")],
      claimant="head of the Kyiv City Military Administration",
      note="07:20: 'debris from a downed cruise missile hit a warehouse in the Sviatoshynskyi district … Two people were "
           "hurt': missile debris = missile strike at the place; district = the city"),
    E("lq04-5", ADS, D, L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="07:20: 'fragments of a drone fell on the grounds of a kindergarten in the Podilskyi district; nobody was "
           "injured': a second Kyiv site of the same wave is its own child (blind63 call 5), 0/0"),
    E("lq04-6", ADS, D, R("UA-46", "Lviv region"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Lviv regional governor",
      note="07:48: 'Drones struck an energy facility in the Lviv region overnight … without saying where' -> region "
           "only (precision 3); 'Nobody was hurt' -> 0/0"),
    E("lq04-7", DIS, D, L("Lviv"), "RU", "UA", parent=WAVE,
      note="07:48: 'Parts of the city of Lviv are without power this morning': the outage in the city (half restored by "
           "18:30: still an outage); Ukrenergo's schedules 'tomorrow morning … if' are conditional and future"),
    E("lq04-8", ADS, D, L("Odesa"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(1), weapons=[W("drone")],
      claimant="Odesa regional governor",
      note="11:12 'a drone hit port infrastructure overnight, killing a port worker'; the 15:40 correction: 'the worker "
           "was seriously injured, not killed' -> 0 killed, 1 injured (a correction replaces what it corrects)"),
    E(RUI, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian MoD", weapons=[W("drone", intercepted=N(48))],
      note="08:32: 'destroyed 48 Ukrainian drones over Russian regions overnight' -> the country interception on 11 Feb"),
    E("lq04-10", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent=RUI, claimant="Russian MoD",
      weapons=[W("drone", intercepted=N(19))], note="'19 of them over the Belgorod region': a region with its own count"),
    E("lq04-11", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent=RUI, optional=True, weapons=[W("drone")],
      note="'The others were shot down over the Kursk and Bryansk regions … without giving numbers' -> optional"),
    E("lq04-12", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent=RUI, optional=True, weapons=[W("drone")],
      note="second listed region -> optional"),
    E("lq04-13", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole behind the MoD's 48: optional"),
    E("lq04-14", ADS, D, L("Shebekino"), "UA", "RU", fat=N(1), weapons=[W("drone")], claimant="Belgorod region governor",
      note="08:50: 'a Ukrainian drone struck a car on a street in Shebekino, killing the driver'; 'hit regularly since "
           "2023' is habit"),
    E("lq04-15", AGR, D, C(None, "undisclosed"), "UA", "RU",
      claimant="Ukrainian coordination headquarters for prisoners of war",
      note="10:05: 'Ukraine and Russia have carried out a prisoner exchange, with 120 prisoners returning to each side': "
           "an agreement without a place (blind63 ln04-15); the UAE as mediator; 'the third this year' and 'preparing "
           "the next' are a count and a plan"),
    E("lq04-16", POL, D, R("UA-59", "Sumy region"), "UA", None, claimant="Sumy regional military administration",
      note="12:05: 'ordered the mandatory evacuation of families with children from eleven villages near the Russian "
           "border': a decision about the war by a Ukrainian authority, placed in the region (villages unnamed)"),
    E("lq04-17", DIP, D, L("Kyiv"), "FI", "UA", claimant="Ukrainian foreign ministry",
      note="12:40: 'Ukraine's foreign minister has met his visiting Finnish counterpart in Kyiv': the visitor is actor1 "
           "(FI) at the place of the meeting (blind53 call 7); Finland's financing 'plans' are no decision"),
    E("lq04-18", ADS, D, H("Kharkiv", "outskirts of Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      claimant="head of the Kharkiv regional military administration",
      note="14:30: 'A guided bomb struck a warehouse on the outskirts of Kharkiv shortly after 2pm … Three people were "
           "injured': outskirts = precision 2"),
    E("lq04-19", ARR, Y, L("Kharkiv"), "UA", None, claimant="SBU",
      note="14:52: the SBU 'says it detained a man in Kharkiv on Tuesday' in a Wednesday entry = 10 Feb; arrest by "
           "Ukrainian authorities; 'faces life imprisonment if convicted' is conditional"),
    E("lq04-20", CLA, D, C("UA", "Ukraine"), "RU", "UA", optional=True, agg=True, claimant="Ukrainian General Staff",
      note="16:20: '147 combat clashes along the front since the start of the day': front-wide count -> optional "
           "aggregate (blind63 ln04-19)"),
    E("lq04-21", CLA, D, H("Pokrovsk", "Pokrovsk direction"), "RU", "UA", optional=True, agg=True,
      claimant="Ukrainian General Staff", note="'38 of them in the Pokrovsk direction': a sector count -> optional"),
]
# Not events: the 06:20 alerts and 'explosions were reported in Kyiv, Dnipro, Lviv and Odesa' (the wave's sites, told
# in later entries); the reader question (explainer); 'held since 2022', the UAE mediation (part of lq04-15), 'the
# third this year', 'preparing the next' (count, plan); the 11:30 central bank entry (no war event); the 13:25 analysis
# ('a pattern … familiar this winter', 'Unless new Patriot batteries arrive, we should expect' — habit, forecast);
# Shebekino 'hit regularly since 2023' (habit); 'faces life imprisonment if convicted' (conditional); Thursday's day of
# mourning (future); the EU ambassadors who 'failed again today to agree' (negation) and the deal that 'could come next
# week' (forecast, conditional); the 17:05 sport entry; the Kremlin entry (statement, title only); Ukrenergo's schedules 'tomorrow
# morning if' (future, conditional); the evening summary (repeats); the Finnish financing 'plans' (plan).
STATEMENTS = [
    S("Olha Martyniuk", "UA", "I saw my son on the bus and I did not recognise him at first", "mother of a returned prisoner"),
    S("Yurii Mazur", "UA", "We will not wait until a school bus is hit", "deputy head, Sumy regional administration"),
    S("Taras Holub", "UA", "The whole entrance is gone", "resident, Dnipro"),
]
# Not gold: the Lviv governor (title only): "We were lucky with the casualties …"; the Kremlin spokesman's fragment
# "shows that humanitarian channels work" (title only); the Ukrainian foreign ministry's "a gift to the Kremlin" (no person).
MUST_NOT = ["THE ALBION COURIER",
            "News | World | Ukraine | Politics | Business | Sport | Culture | Live",
            "LIVE",
            "Wednesday 11 February 2026 · Updated 21:48 EET",
            "Blog editors: Harriet Vane-Okafor (London) and Bohdan Sirenko (Kyiv)",
            "Jump to: 06:20 Overnight attack · 10:05 Prisoner swap · 15:10 Dnipro toll · 19:30 Evening summary",
            "Show earlier entries",
            "Newsletter: Ukraine at war — a daily briefing from our correspondents. Enter your email address",
            "Topics: Ukraine · Russia · Europe · Defence",
            "© 2026 The Albion Courier Ltd. All rights reserved."]

EVIDENCE = {
    "lq04-1": "According to its statement, Russia launched three Iskander-M ballistic missiles, eight Kh-101 cruise missiles and 157 strike and decoy drones.",
    "lq04-2": "Air defence forces destroyed six of the cruise missiles and 129 of the drones. None of the three ballistic missiles was shot down, the statement says.",
    "lq04-3": "Five people were killed and 21 were injured, the regional military administration says, after rescuers pulled two more bodies from the rubble.",
    "lq04-4": "In Kyiv, debris from a downed cruise missile hit a warehouse in the Sviatoshynskyi district, starting a large fire",
    "lq04-5": "Separately, fragments of a drone fell on the grounds of a kindergarten in the Podilskyi district; nobody was injured",
    "lq04-6": "Drones struck an energy facility in the Lviv region overnight, the regional governor says, without saying where the facility is.",
    "lq04-7": "Parts of the city of Lviv are without power this morning",
    "lq04-8": "The regional governor has since corrected his statement: the worker was seriously injured, not killed.",
    "lq04-9": "Russia's defence ministry says its air defence systems destroyed 48 Ukrainian drones over Russian regions overnight",
    "lq04-10": "19 of them over the Belgorod region",
    "lq04-11": "The others were shot down over the Kursk and Bryansk regions",
    "lq04-12": "The others were shot down over the Kursk and Bryansk regions",
    "lq04-13": "Russia's defence ministry says its air defence systems destroyed 48 Ukrainian drones over Russian regions overnight",
    "lq04-14": "In the Belgorod region, a Ukrainian drone struck a car on a street in Shebekino, killing the driver",
    "lq04-15": "Ukraine and Russia have carried out a prisoner exchange, with 120 prisoners returning to each side.",
    "lq04-16": "The Sumy regional military administration has ordered the mandatory evacuation of families with children from eleven villages near the Russian border",
    "lq04-17": "Ukraine's foreign minister has met his visiting Finnish counterpart in Kyiv.",
    "lq04-18": "A guided bomb struck a warehouse on the outskirts of Kharkiv shortly after 2pm",
    "lq04-19": "Ukraine's security service, the SBU, says it detained a man in Kharkiv on Tuesday",
    "lq04-20": "The general staff in Kyiv says there have been 147 combat clashes along the front since the start of the day",
    "lq04-21": "38 of them in the Pokrovsk direction",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
