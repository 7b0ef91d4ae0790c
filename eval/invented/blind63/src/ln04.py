from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, CLA, MOB, POL, AGR, ARR

TITLE = "Russia-Ukraine war live: three killed by missile in Kryvyi Rih; 84 prisoners swapped each way; Poland scrambles jets"
TEXT = """THE MERIDIAN STANDARD
News | World | UK | Business | Opinion | Sport | Culture | Podcasts
World › Europe › Russia-Ukraine war
LIVE
Russia-Ukraine war live: three killed by missile in Kryvyi Rih; 84 prisoners swapped each way; Poland scrambles jets
Updated 21:14 EEST
Blog editors: Hannah Ketteridge (now) and Tomasz Wilk (earlier)
Key events
3h ago Afternoon missile on Kryvyi Rih: toll at three
9h ago Swap brokered by the UAE brings 84 home
14h ago Overnight package: the air force's numbers
Show key events only
All times are Kyiv time (EEST).

Pinned post
A short guide to today: an overnight attack with missiles and drones hit Kyiv, Odesa and the west; an Iskander struck Kryvyi Rih around midday; a prisoner exchange took place; and Poland put its jets in the air before dawn. Scroll down for everything as it happened.

21:10
Summary of the day
We are wrapping up our coverage for today. Here is where things stand:
• Russia attacked overnight with 141 drones, four Kalibr cruise missiles and two Iskander-M ballistic missiles; a night watchman was killed at a grain terminal in Odesa and two people were hurt in Kyiv.
• A ballistic missile struck an industrial enterprise in Kryvyi Rih shortly before noon; three people are dead and 14 injured.
• Ukraine and Russia each released 84 prisoners of war.
• The Netherlands approved €350m for Ukrainian drone makers.
• Families with children must leave Myrnohrad, the Donetsk regional authorities ordered.

19:45
Power back in Odesa
DTEK, the private energy company, says electricity has been restored to all 21,000 households in Odesa that lost supply after this morning's attack damaged power lines. Repair crews worked through the day in the Kyivskyi district.

19:00
Netherlands adds €350m for Ukrainian drones
The Dutch government has approved a further €350m for the production of drones in Ukraine, the defence ministry in The Hague said this evening. The money will be paid directly to Ukrainian manufacturers, a model first used by Denmark. The ministry said the first contracts could be signed "within weeks", and a second tranche will be considered in the autumn if the first one works as intended.

18:20
Explosions in Zaporizhzhia
Explosions were heard in Zaporizhzhia shortly after 18:00, as drones approached the city from the south. The head of the regional military administration said an hour later that no damage or casualties had been reported.

17:40
Correction
Our 10:30 entry, citing the first statement of Kharkiv's mayor, said four people were injured by the guided bombs. The mayor has since revised the figure to three, saying one person had been counted twice. The entry has been amended.

17:05
Kryvyi Rih: three dead
The death toll in Kryvyi Rih has risen to three, with 14 people injured, the head of the Dnipropetrovsk regional military administration says. The air force has confirmed that the weapon was an Iskander-M ballistic missile, which struck an industrial enterprise at 11:52. Thursday will be a day of mourning in the city.

Olena Marchuk, who lives two streets away from the plant, told our correspondent she had been hanging washing on her balcony when it hit. "The glass from the kitchen came past me like snow," she said. "Then there was nothing, no sound, for maybe half a minute."

16:30
Sumy region: municipal workers hit by drone
A Russian FPV drone struck a utility van on the outskirts of Krasnopillia, injuring two municipal workers who were repairing a water main, the Sumy regional military administration says. Krasnopillia lies about ten kilometres from the Russian border, and its hromada has been under fire almost every day for a year.

15:55
In pictures
A woman walks past the burned-out shell of a warehouse in Kyiv's Sviatoshynskyi district, where firefighters worked until late morning.

15:20
General Staff: 96 clashes so far today
In its afternoon update, Ukraine's general staff counts 96 combat clashes since the start of the day, 41 of them in the Pokrovsk direction. Further east, Ukrainian units repelled assaults near Chasiv Yar and inside Toretsk, according to the update. No changes to the front line are mentioned.

14:45
Kremlin
Asked about the prisoner exchange, the Kremlin spokesman told reporters that Moscow "remains open to direct talks" with Kyiv but would first want "the root causes" of the conflict addressed. He did not comment on the strike on Kryvyi Rih.

14:10
Compulsory evacuation from Myrnohrad
The Donetsk regional military administration has ordered the compulsory evacuation of families with children from Myrnohrad. About 300 children are still living in the town, where Russian drones now reach the centre daily, the administration said. Myrnohrad had some 46,000 residents before the full-scale invasion.

13:30
Kryvyi Rih toll rises
Two people are now known to have been killed and 11 injured in the missile strike on Kryvyi Rih, the city's defence council says.

12:40
SBU detains alleged spotter in Odesa
Ukraine's SBU security service says it detained a 41-year-old man in Odesa on Tuesday on suspicion of sending the coordinates of port facilities to Russian military intelligence. He faces life imprisonment if convicted. The service did not say whether any of the facilities he is accused of reporting were hit.

12:15
Missile strike on Kryvyi Rih
A missile has hit Kryvyi Rih, the head of the city's defence council says. An industrial enterprise was struck; preliminary figures are one dead and five injured. We will update as soon as we know more.

11:40
Prisoner exchange
Ukraine and Russia have exchanged 84 prisoners of war each, Ukraine's coordination headquarters for the treatment of prisoners of war says. The swap was mediated by the United Arab Emirates. Among those coming home are 11 defenders of Mariupol, captured in the spring of 2022.

"I recognised him from the bus window by the way he holds his head," said Tetiana Holub, whose son was among the 84. "He was thinner, but it was him."

11:05
Why decoys matter
Ilse Vandermeer, an air-defence researcher at the Rotterdam Security Lab, told us that the overnight package followed what has become the standard Russian pattern this year: a few missiles hidden among dozens of drones, most of them cheap decoys. "Every decoy that draws an interceptor is a Kalibr that gets a free run," she said. "Ukraine is winning the count and losing the arithmetic."

10:30
Guided bombs on Kharkiv
Two guided aerial bombs have struck Kharkiv's Kyivskyi district, the city's mayor says. Three people were injured, among them a 12-year-old girl. (This entry was amended at 17:40; see the correction above.)

09:55
What does "locationally lost" mean?
Several readers have asked about the air force's term. It is used for drones that vanish from radar tracking without being shot down, in most cases because electronic warfare has jammed their navigation. The air force does not add them to the number of drones destroyed.

09:20
Drone hits lorry near Grayvoron
Across the border, the governor of Russia's Belgorod region says a Ukrainian drone struck a lorry on the road outside Grayvoron, wounding the driver. We have not been able to verify the governor's account.

08:50
Moscow's count
Russia's defence ministry says its air defences destroyed 36 Ukrainian drones overnight: 19 over the Belgorod region and the rest over the Kursk and Voronezh regions.

08:15
Poland scrambles aircraft
Poland's Operational Command says Polish and allied aircraft were scrambled at around 02:30 because of what it called "intensive activity of Russian long-range aviation" striking targets in western Ukraine. Ground-based air defence was put on the highest state of readiness. No violation of Polish airspace was recorded, the command added.

"Our pilots were in the air for ninety minutes and came home without firing a shot, which is exactly how we like it," said Lt Col Marek Zawada, a spokesman for the command.

07:40
Odesa: night watchman killed
A drone hit the office building of a grain terminal in Odesa, killing a night watchman, the head of the regional military administration says. Another drone damaged power lines in the city's Kyivskyi district, cutting electricity to part of the city.

07:10
Facility hit near Starokostiantyniv
The head of the Khmelnytskyi regional military administration says that an "infrastructure facility" near Starokostiantyniv was hit during the night. He did not say what struck it or what kind of facility it is; there were no casualties. The town is home to a military airfield that Russia has targeted repeatedly since 2022.

06:45
Warehouse on fire in Kyiv
In Kyiv, debris from a downed drone set a warehouse alight in the Sviatoshynskyi district, the head of the city military administration says. Two people were hurt; one of them, a security guard, was taken to hospital with burns.

06:20
The air force's numbers
Ukraine's air force says Russia attacked overnight with 141 drones — Shaheds and the cheaper Gerbera decoys — along with four Kalibr cruise missiles fired from a ship in the Black Sea, plus a pair of Iskander-M ballistic missiles fired from the Voronezh region. By its count, 97 drones and all four Kalibrs were shot down, and a further 31 drones were "locationally lost". Neither of the Iskanders was brought down.

06:02
Good morning
Good morning and welcome to our live coverage of Russia's war in Ukraine. I'm Tomasz Wilk. Explosions were heard in Kyiv and in several western cities overnight, and the first reports of damage are coming in. Stay with us.
Load earlier entries
Get Meridian Morning, the war in five minutes, in your inbox every weekday
Enter your email address
Topics: Russia-Ukraine war · Kryvyi Rih · Air defence · Poland · Prisoners of war
© 2025 Meridian Standard Media Ltd. All rights reserved.
"""
DOC = {"id": "ln04", "date": "2025-05-14", "source": "The Meridian Standard (British newspaper site, live blog, newest entry first)",
       "url": "https://www.meridianstandard.example/world/live/2025/may/14/russia-ukraine-war-live-kryvyi-rih-prisoners-poland",
       "text": TEXT}

D, Y = "2025-05-14", "2025-05-13"
WAVE, RUI = "ln04-1", "ln04-8"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(141)), W("cruise_missile", "Kalibr", launched=N(4)),
               W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="06:20: 'Russia attacked overnight with 141 drones … four Kalibr cruise missiles … plus a pair of Iskander-M "
           "ballistic missiles' (Wednesday blog = 14 May); one country event typed by the missiles; the pinned post and the 21:10 "
           "summary repeat it; the Black Sea and the Voronezh region are launch areas"),
    E("ln04-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(97)), W("cruise_missile", "Kalibr", intercepted=N(4)),
               W("ballistic_missile", "Iskander-M", intercepted=N(0))],
      note="'97 drones and all four Kalibrs were shot down'; 'Neither of the Iskanders was brought down' = an exact 0 "
           "(blind50 la01-2); the 31 'locationally lost' are not counted (09:55 says so)"),
    E("ln04-3", ADS, D, L("Kyiv"), "RU", "UA", parent=WAVE, inj=N(2), weapons=[W("drone")],
      note="06:45: 'debris from a downed drone set a warehouse alight in the Sviatoshynskyi district … Two people were "
           "hurt' (district = the city); the 15:55 picture repeats it"),
    E("ln04-4", MAS, D, H("Starokostiantyniv", "near Starokostiantyniv"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0),
      family=[ADS],
      note="07:10: 'an \"infrastructure facility\" near Starokostiantyniv was hit during the night … He did not say what "
           "struck it … there were no casualties' -> 0/0, near X = precision 2, weapon unsaid -> both strike types; the "
           "airfield targeted 'repeatedly since 2022' is habit"),
    E("ln04-5", ADS, D, L("Odesa"), "RU", "UA", parent=WAVE, fat=N(1), weapons=[W("drone")],
      note="07:40: 'A drone hit the office building of a grain terminal in Odesa, killing a night watchman'; injured not "
           "stated"),
    E("ln04-6", DIS, D, L("Odesa"), "RU", "UA", parent="ln04-5",
      note="07:40 'Another drone damaged power lines in the city's Kyivskyi district, cutting electricity to part of the "
           "city' and 19:45 'restored to all 21,000 households' -> one outage (restored later is still an outage, "
           "blind50 call 6)"),
    E("ln04-7", MOB, D, C("PL", "Poland"), "PL", "RU", claimant="Polish Operational Command",
      note="08:15: 'Polish and allied aircraft were scrambled at around 02:30' -> military_mobilization of the scrambling "
           "state (blind49 call 9), no place beyond the country; 'No violation of Polish airspace was recorded' is a "
           "negation"),
    E(RUI, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian defence ministry",
      weapons=[W("drone", intercepted=N(36))],
      note="08:50: 'its air defences destroyed 36 Ukrainian drones overnight'"),
    E("ln04-9", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent=RUI, claimant="Russian defence ministry",
      weapons=[W("drone", intercepted=N(19))], note="'19 over the Belgorod region': a region with its own count -> required"),
    E("ln04-10", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent=RUI, optional=True, weapons=[W("drone")],
      note="'the rest over the Kursk and Voronezh regions': listed -> optional"),
    E("ln04-11", INT, D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent=RUI, optional=True, weapons=[W("drone")],
      note="second listed region -> optional"),
    E("ln04-12", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional"),
    E("ln04-13", ADS, D, H("Grayvoron", "road outside Grayvoron"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Belgorod governor",
      note="09:20: 'a Ukrainian drone struck a lorry on the road outside Grayvoron, wounding the driver' -> outside X = "
           "precision 2; 'We have not been able to verify' does not remove a claimed strike"),
    E("ln04-14", ADS, D, L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      note="10:30: 'Two guided aerial bombs have struck Kharkiv's Kyivskyi district' with the amended 'Three people were "
           "injured'; the 17:40 correction (above it, the blog runs newest first) replaces the first four -> 3 "
           "(blind50 call 1)"),
    E("ln04-15", AGR, D, C(None, "undisclosed"), "UA", "RU", claimant="Ukrainian coordination headquarters for POWs",
      note="11:40: 'Ukraine and Russia have exchanged 84 prisoners of war each … mediated by the United Arab Emirates': a "
           "prisoner exchange is an agreement without a place (blind53 ld11-11); Mariupol 'in the spring of 2022' is "
           "history"),
    E("ln04-16", MAS, D, L("Kryvyi Rih"), "RU", "UA", fat=N(3), inj=N(14), weapons=[W("ballistic_missile", "Iskander-M")],
      note="12:15 '1 dead, 5 injured' -> 13:30 '2 … 11' -> 17:05 'risen to three, with 14 people injured … an Iskander-M "
           "… struck an industrial enterprise at 11:52': the latest figure and the confirmed weapon win; a daytime "
           "strike, not part of the night wave (no parent); the day of mourning is no event"),
    E("ln04-17", ARR, Y, L("Odesa"), "UA", None, claimant="SBU",
      note="12:40: 'detained a 41-year-old man in Odesa on Tuesday on suspicion of sending the coordinates of port "
           "facilities to Russian military intelligence' -> arrest by UA on its own day (Tuesday 13 May), actor2 null "
           "(blind51 call 7); 'life imprisonment if convicted' is conditional"),
    E("ln04-18", POL, D, L("Myrnohrad"), "UA", None, claimant="Donetsk regional military administration",
      note="14:10: 'has ordered the compulsory evacuation of families with children from Myrnohrad' -> policy_decision "
           "about a named town (precision 1; blind50 call 2 for a hromada); drones reaching the centre 'daily' is habit"),
    E("ln04-19", CLA, D, C("UA", "Ukraine"), "RU", "UA", optional=True, agg=True, claimant="Ukrainian General Staff",
      note="15:20: '96 combat clashes since the start of the day': front-wide count -> optional aggregate (blind50 call 5)"),
    E("ln04-20", CLA, D, H("Pokrovsk", "Pokrovsk direction"), "RU", "UA", optional=True, agg=True,
      claimant="Ukrainian General Staff",
      note="'41 of them in the Pokrovsk direction': a sector count -> optional"),
    E("ln04-21", CLA, D, H("Chasiv Yar", "near Chasiv Yar"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'Ukrainian units repelled assaults near Chasiv Yar and inside Toretsk' (since the start of the day = 14 "
           "May): one clash per place; near X = precision 2"),
    E("ln04-22", CLA, D, L("Toretsk"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'inside Toretsk' -> precision 1"),
    E("ln04-23", ADS, D, H("Krasnopillia", "outskirts of Krasnopillia"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="16:30: 'A Russian FPV drone struck a utility van on the outskirts of Krasnopillia, injuring two municipal "
           "workers' -> outskirts = precision 2; Krasnopillia 704343 (Sumy oblast), not the Mykolaiv namesake; 'almost "
           "every day for a year' is habit"),
    E("ln04-24", ADS, D, L("Zaporizhzhia"), "RU", "UA", optional=True, fat=N(0), inj=N(0), weapons=[W("drone")],
      note="18:20: 'Explosions were heard in Zaporizhzhia shortly after 18:00, as drones approached the city … no damage "
           "or casualties had been reported': an attack attempt without a hit or an interception count -> optional"),
    E("ln04-25", POL, D, C("NL", "Netherlands"), "NL", "UA", claimant="Dutch defence ministry",
      note="19:00: 'The Dutch government has approved a further €350m for the production of drones in Ukraine' -> "
           "policy_decision at the deciding country (precision 4) even though The Hague is named (blind49 call 10); the "
           "contracts 'within weeks' and the second tranche 'if' are plans"),
]
# Optional: the 18:20 explosions in Zaporizhzhia (ln04-24: no hit, no interception count).
# Not events: the 'Key events' links and 'Show key events only' (furniture); the pinned guide and the 21:10 summary
# (repeats); 'Explosions were heard in Kyiv and in several western cities' (06:02, no incident); the 31 'locationally
# lost' drones and the 09:55 reader question; 'No violation of Polish airspace' (negation); the 11:05 analysis (pattern
# 'this year', opinion); the Kremlin entry (statement; no comment on the strike); 'Myrnohrad had some 46,000 residents'
# (background); 'No changes to the front line are mentioned' (negation); the 15:55 picture (repeats ln04-3); the day of
# mourning on Thursday (future, commemoration); the Dutch contracts 'within weeks' and the autumn tranche 'if' (plans);
# Mariupol 'in the spring of 2022' and the airfield 'targeted repeatedly since 2022' (history, habit); the 13:30 and
# 12:15 tolls (superseded); the 10:30 'four' (corrected at 17:40).
STATEMENTS = [
    S("Olena Marchuk", "UA", "The glass from the kitchen came past me like snow", "resident, Kryvyi Rih"),
    S("Tetiana Holub", "UA", "by the way he holds his head", "mother of a released prisoner"),
    S("Ilse Vandermeer", None, "Ukraine is winning the count and losing the arithmetic",
      "air-defence researcher, Rotterdam Security Lab"),
    S("Marek Zawada", "PL", "came home without firing a shot", "spokesman, Polish Operational Command"),
]
# Not gold: the Kremlin spokesman ("remains open to direct talks", "the root causes": title only), the Khmelnytskyi
# head's "infrastructure facility", the Operational Command's "intensive activity of Russian long-range aviation"
# (institutional fragment), the Dutch ministry's "within weeks", the air force's "locationally lost".
MUST_NOT = ["THE MERIDIAN STANDARD", "News | World | UK | Business | Opinion | Sport | Culture | Podcasts",
            "World › Europe › Russia-Ukraine war", "LIVE", "Updated 21:14 EEST",
            "Blog editors: Hannah Ketteridge (now) and Tomasz Wilk (earlier)", "Key events",
            "3h ago Afternoon missile on Kryvyi Rih: toll at three", "9h ago Swap brokered by the UAE brings 84 home",
            "14h ago Overnight package: the air force's numbers", "Show key events only", "Pinned post",
            "Load earlier entries", "Get Meridian Morning, the war in five minutes, in your inbox every weekday",
            "Enter your email address",
            "Topics: Russia-Ukraine war · Kryvyi Rih · Air defence · Poland · Prisoners of war",
            "© 2025 Meridian Standard Media Ltd. All rights reserved."]

EVIDENCE = {
    "ln04-1": "Ukraine's air force says Russia attacked overnight with 141 drones — Shaheds and the cheaper Gerbera decoys — along with four Kalibr cruise missiles fired from a ship in the Black Sea, plus a pair of Iskander-M ballistic missiles fired from the Voronezh region.",
    "ln04-2": "By its count, 97 drones and all four Kalibrs were shot down",
    "ln04-3": "In Kyiv, debris from a downed drone set a warehouse alight in the Sviatoshynskyi district",
    "ln04-4": "an \"infrastructure facility\" near Starokostiantyniv was hit during the night",
    "ln04-5": "A drone hit the office building of a grain terminal in Odesa, killing a night watchman",
    "ln04-6": "Another drone damaged power lines in the city's Kyivskyi district, cutting electricity to part of the city.",
    "ln04-7": "Poland's Operational Command says Polish and allied aircraft were scrambled at around 02:30",
    "ln04-8": "Russia's defence ministry says its air defences destroyed 36 Ukrainian drones overnight",
    "ln04-9": "19 over the Belgorod region",
    "ln04-10": "the rest over the Kursk and Voronezh regions",
    "ln04-11": "the rest over the Kursk and Voronezh regions",
    "ln04-12": "Russia's defence ministry says its air defences destroyed 36 Ukrainian drones overnight",
    "ln04-13": "a Ukrainian drone struck a lorry on the road outside Grayvoron, wounding the driver",
    "ln04-14": "Two guided aerial bombs have struck Kharkiv's Kyivskyi district, the city's mayor says. Three people were injured",
    "ln04-15": "Ukraine and Russia have exchanged 84 prisoners of war each",
    "ln04-16": "The death toll in Kryvyi Rih has risen to three, with 14 people injured",
    "ln04-17": "Ukraine's SBU security service says it detained a 41-year-old man in Odesa on Tuesday",
    "ln04-18": "The Donetsk regional military administration has ordered the compulsory evacuation of families with children from Myrnohrad.",
    "ln04-19": "Ukraine's general staff counts 96 combat clashes since the start of the day",
    "ln04-20": "41 of them in the Pokrovsk direction",
    "ln04-21": "Ukrainian units repelled assaults near Chasiv Yar and inside Toretsk",
    "ln04-22": "Ukrainian units repelled assaults near Chasiv Yar and inside Toretsk",
    "ln04-23": "A Russian FPV drone struck a utility van on the outskirts of Krasnopillia, injuring two municipal workers",
    "ln04-24": "Explosions were heard in Zaporizhzhia shortly after 18:00, as drones approached the city from the south.",
    "ln04-25": "The Dutch government has approved a further €350m for the production of drones in Ukraine",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
