from common import E, L, R, C, N, W, S, gold

TITLE = "Ballistic missile hits central Dnipro as Russia sends 112 drones overnight; four dead"
TEXT = """CROSSROADS DAILY
Independent. Reader-funded. Since 2009.
EN | DE | UA
Ukraine war
Ballistic missile hits central Dnipro as Russia sends 112 drones overnight; four dead
Last updated: 41 min ago
By Henrike Falk and Taras Ostapchuk
A ballistic missile struck the centre of Dnipro early on Thursday, killing at least four people and injuring 31, officials said, as Russia attacked Ukraine overnight with more than a hundred drones.

The missile hit a street of shops and offices shortly after 7 a.m., as people were on their way to work. The regional governor first reported three dead and 19 injured; by the afternoon the toll had risen to four dead and 31 injured, nine of them in a serious condition, according to the regional health department.

"We have taken in 23 patients since the morning, most with shrapnel and glass wounds. Four are in intensive care," said Dr Iryna Movchan, deputy head of the city's Mechnikov hospital.

Ukraine's air force said Russia had launched 112 Shahed-type attack drones and decoy drones and four Iskander-M ballistic missiles overnight. Air defences shot down 71 of the drones, while 36 were "locationally lost", apparently jammed by electronic warfare. None of the missiles was intercepted, the air force said.

Drones also hit an infrastructure facility in Kryvyi Rih, starting a fire and injuring one worker, the head of the city's defence council wrote on Telegram. In the Pavlohrad district, debris damaged four private houses; no one was hurt, the governor said.

In Odesa, falling drone debris damaged a warehouse and injured two people, the head of the city military administration said.

The governor of the Kharkiv region said 12 drones had been destroyed over the region overnight. Air defence also worked in the Poltava, Sumy and Kirovohrad regions, the air force said.

Russia's Defence Ministry, for its part, said its air defences had destroyed 22 Ukrainian drones over the Belgorod, Kursk and Voronezh regions overnight. It gave no breakdown by region.

Over the past week, Russia has fired more than 1,400 attack drones, about 60 missiles and nearly 700 glide bombs at Ukraine, the president said in his evening address on Thursday, urging partners to speed up deliveries of Patriot systems.

"Every ballistic missile we cannot stop is a funeral," he said.

💛 Our reporting from Ukraine is paid for by readers, not advertisers. Support Crossroads from €3 a month
Henrike Falk reports on Eastern Europe from Berlin. Taras Ostapchuk is our correspondent in Dnipro.
Get Crossroads on your phone — download the app for iOS and Android
"""
DOC = {"id": "ke02", "date": "2025-04-10", "source": "Crossroads Daily (European online daily)",
       "url": "https://crossroadsdaily.example/ukraine-war/2025/04/10/dnipro-ballistic-missile-112-drones", "text": TEXT}

D = "2025-04-10"
AF = "Ukrainian Air Force"
EVENTS = [
    E("ke02-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(112)), W("ballistic_missile", "Iskander-M", launched=N(4))],
      claimant=AF, note="combined overnight wave typed by its heaviest weapon; 'Shahed-type attack drones and decoy "
      "drones' = one drone entry of 112"),
    E("ke02-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(71))],
      claimant=AF, parent="ke02-1",
      note="71 drones shot down; 36 'locationally lost' are not intercepted; 'None of the missiles was intercepted' "
           "gives no missile entry (blind8 call 1)"),
    E("ke02-3", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", fat=N(4, "at_least"), inj=N(31),
      weapons=[W("ballistic_missile")], parent="ke02-1", claimant="regional health department",
      note="toll rising during the day: the latest figure wins ('at least four' in the lead, 'four dead and 31 "
           "injured' later; the first report's 3/19 and the hospital's 23 patients are superseded)"),
    E("ke02-4", "air_drone_strike", D, L("Kryvyi Rih"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="ke02-1",
      note="drones hit an infrastructure facility, one worker injured"),
    E("ke02-5", "air_drone_strike", D, L("Pavlohrad", 2, "Pavlohrad district"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="ke02-1",
      note="debris on houses in a district named after its town = precision 2; 'no one was hurt' = 0/0"),
    E("ke02-6", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="ke02-1",
      note="falling drone debris damaged a warehouse, two injured"),
    E("ke02-7", "interception", D, R("UA-63", "Kharkiv region"), "UA", "RU", weapons=[W("drone", intercepted=N(12))],
      parent="ke02-1", claimant="Kharkiv region governor", note="regional count of downed drones: required"),
    E("ke02-8", "interception", D, R("UA-53", "Poltava region"), "UA", "RU", optional=True, parent="ke02-1",
      note="region merely listed ('Air defence also worked'): optional"),
    E("ke02-9", "interception", D, R("UA-59", "Sumy region"), "UA", "RU", optional=True, parent="ke02-1",
      note="region merely listed: optional"),
    E("ke02-10", "interception", D, R("UA-35", "Kirovohrad region"), "UA", "RU", optional=True, parent="ke02-1",
      note="region merely listed: optional"),
    E("ke02-11", "interception", D, C("RU", "Russia (Belgorod, Kursk and Voronezh regions)"), "RU", "UA",
      weapons=[W("drone", intercepted=N(22))], claimant="Russian Defence Ministry",
      note="22 drones over three named regions without a breakdown: one event at country precision (blind28 kc02-10)"),
    E("ke02-12", "missile_artillery_strike", "2025-04-04", C("UA", "Ukraine"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      weapons=[W("drone", launched=N(1400, "at_least")), W("missile", launched=N(60, "about")),
               W("guided_bomb", launched=N(700, "almost"))],
      note="'Over the past week' in a Thursday address = reference-6 … reference; mixed tally typed by the heaviest "
           "weapon (drone type accepted)"),
]
STATEMENTS = [
    S("Iryna Movchan", "UA", "We have taken in 23 patients since the morning", "deputy head of Mechnikov hospital"),
]
MUST_NOT = ["CROSSROADS DAILY", "Independent. Reader-funded. Since 2009.", "EN | DE | UA", "Ukraine war",
            "Last updated: 41 min ago", "By Henrike Falk and Taras Ostapchuk",
            "💛 Our reporting from Ukraine is paid for by readers, not advertisers. Support Crossroads from €3 a month",
            "Henrike Falk reports on Eastern Europe from Berlin. Taras Ostapchuk is our correspondent in Dnipro.",
            "Get Crossroads on your phone — download the app for iOS and Android"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
