from common import E, L, R, C, N, W, S, gold

TITLE = "Missile Strike on Odesa Port Kills Three Workers and Damages a Container Ship"
TEXT = """THE CONTINENTAL HERALD
Today's Paper | Subscribe | Log in
WORLD / EUROPE
Missile Strike on Odesa Port Kills Three Workers and Damages a Container Ship
Russia's attacks on Ukraine's Black Sea ports have intensified this month, threatening a shipping route that Kyiv depends on for its exports.
Gift this article
By Jenna Okafor
Reporting from Odesa, Ukraine
March 16, 2026 Updated 12:18 p.m. ET
A Russian ballistic missile slammed into a cargo terminal in the port of Odesa on Sunday evening, killing three dock workers, wounding seven others and setting a Liberian-flagged container ship ablaze, Ukrainian officials said.

The missile, an Iskander-M according to Ukraine's navy, struck the terminal at about 8:15 p.m. as cranes were loading the Aurora Bay, a vessel operated by a Greek company that had arrived from Constanța two days earlier. Crew members fought the fire on deck for nearly two hours before firefighters from the shore brought it under control. None of the 19 crew members was hurt.

"The Russians knew the ship was loading. They waited for it," said Capt. Serhii Lavrenko, a spokesman for the Ukrainian navy. "This is not a military target, it is the economy of an entire country."

Port operations in Odesa were suspended for the night, the port authority said, and resumed on Monday morning after sappers cleared the terminal.

A spokesman for the ship's operator in Piraeus, Nikos Varvitsiotis, said the company was assessing the damage and would decide this week whether to keep sending vessels to Ukrainian ports. "Our first concern is the crew. They are safe, and that is what matters today," he said in a telephone interview.

Hours later, overnight into Monday, drones struck the grain terminal at the port of Pivdenne, east of Odesa, causing a fire in a storage facility. There were no casualties, the regional administration said.

On Saturday, drones attacked the Danube port of Izmail, injuring a truck driver waiting to unload grain. On Sunday, Romania's Defense Ministry said drone fragments had been found on a riverbank in Tulcea County, across the river, after that attack. No one was hurt and no damage was reported; the ministry called the incident "an unacceptable violation of Romanian sovereignty".

In occupied Crimea, the Russian-installed governor of Sevastopol said on Monday that the Black Sea Fleet had destroyed four Ukrainian naval drones off the city's coast in the early hours. His claim could not be verified.

Ukraine has also taken the fight to Russia's own ports. On Sunday night, naval drones struck a Russian tanker loading at an oil terminal in Novorossiysk, Ukraine's military intelligence agency said on Monday, calling the vessel part of the "shadow fleet" that carries Russian oil past Western sanctions. The Novorossiysk port administration said the tanker had been damaged above the waterline and that two crew members had been taken to hospital; it said tanker loading at the terminal had been halted until further notice.

The drone war on the Danube has also intensified. Early on Monday, drones hit a warehouse at the port of Reni, upriver from Izmail, the regional administration said, without reporting casualties. In Galați, the Romanian port city across the river, residents said they had heard explosions through the night, and the authorities sent text alerts urging people to stay indoors. Romania scrambled two F-16 jets from its air base at Fetești shortly after midnight, the Defense Ministry said, but the aircraft did not engage any targets.

Romanian officials have repeatedly protested debris landing on their territory. "We are a NATO country. Every fragment that lands on our soil is a problem for the whole alliance," Romania's defense minister told reporters in Bucharest.

The latest strikes come as Ukraine's seaborne exports have recovered to nearly pre-war levels, relying on a corridor that hugs the coasts of Romania and Bulgaria. Shipping brokers said war-risk insurance premiums for Odesa calls, already about 1 percent of a ship's value, were likely to rise again.

"Every attack on a foreign-flagged ship is a message to owners: think twice," said Maria Lindgren, a maritime risk analyst in London. "So far they have kept coming, because the freight rates are good. That can change fast."

A version of this article appears in print on March 17, 2026, Section A, Page 9 with the headline: Missile Strike Hits Odesa Port.
Jenna Okafor is the Herald's Ukraine correspondent, based in Kyiv.
See more on: Black Sea · Ukraine · Shipping
"""
DOC = {"id": "b14", "date": "2026-03-16", "source": "The Continental Herald (US newspaper)",
       "url": "https://www.continentalherald.example/2026/03/16/world/europe/odesa-port-missile-strike.html",
       "text": TEXT}

D, Y, S2 = "2026-03-16", "2026-03-15", "2026-03-14"
EVENTS = [
    E("b14-1", "missile_artillery_strike", Y, L("Odesa", 1, "port of Odesa"), "RU", "UA", fat=N(3), inj=N(7),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(1))], claimant="Ukrainian navy",
      note="'on Sunday evening … at about 8:15 p.m.' = 15 March; 3 dock workers killed, 7 wounded; the ship's crew "
           "unhurt is part of the same event; port coded to the city"),
    E("b14-2", "infrastructure_disruption", Y, L("Odesa", 1, "port of Odesa"), "RU", "UA", claimant="Odesa port authority",
      note="port operations suspended for the night after the strike (resumed Monday): dated the start"),
    E("b14-3", "air_drone_strike", D, L("Pivdenne", 1, "port of Pivdenne"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Odesa regional administration",
      note="'overnight into Monday' = publication day; 'There were no casualties' = 0/0; Pivdenne (geonames 687997, "
           "formerly Yuzhne) east of Odesa"),
    E("b14-4", "air_drone_strike", S2, L("Izmail", 1, "port of Izmail"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'On Saturday' = 14 March; one truck driver injured; perpetrator by the article's frame"),
    E("b14-5", "air_drone_strike", S2, R("RO-TL", "Tulcea County"), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Romanian Defence Ministry",
      note="drone fragments found on Romanian soil 'after that attack' (Saturday's): dated the attack day, announced on "
           "Sunday; 'No one was hurt' = 0/0; coded RU->RO as blind4 call 9; a riverbank in the county, no town -> "
           "region precision"),
    E("b14-6", "interception", D, L("Sevastopol", 2, "off the coast of Sevastopol"), "RU", "UA",
      weapons=[W("drone", intercepted=N(4))], claimant="Sevastopol Russian-installed governor",
      note="four naval drones destroyed 'in the early hours' (said Monday); off the coast = precision 2; occupied "
           "Sevastopol keeps UA-40"),
    E("b14-7", "air_drone_strike", Y, L("Novorossiysk", 1, "oil terminal, Novorossiysk"), "UA", "RU", inj=N(2),
      weapons=[W("drone")], family=["remote_explosive"], claimant="Ukrainian military intelligence",
      note="naval drones 'On Sunday night' = 15 March hit a tanker at the terminal; the port administration's two "
           "hospitalised crew = injured 2; sea drones = air_drone_strike, remote_explosive accepted (blind4 call 8)"),
    E("b14-8", "infrastructure_disruption", D, L("Novorossiysk", 1, "oil terminal, Novorossiysk"), "UA", "RU",
      family=["policy_decision"], claimant="Novorossiysk port administration",
      note="tanker loading halted 'until further notice', announced Monday: dated the announcement day (the halt is in "
           "force on the publication day; 15 March would be the strike night)"),
    E("b14-9", "air_drone_strike", D, L("Reni", 1, "port of Reni"), "RU", "UA", weapons=[W("drone")],
      claimant="Odesa regional administration",
      note="'Early on Monday' drones hit a warehouse; casualties not reported = absent"),
    E("b14-10", "military_mobilization", D, C("RO", "Romania"), "RO", None, claimant="Romanian Defence Ministry",
      note="two F-16s scrambled 'shortly after midnight' (Monday) from Fetești (not in the place table; Fetești is in "
           "Ialomița county) -> Romania, country precision; the Galați explosions heard and text alerts are not events"),
]
STATEMENTS = [
    S("Serhii Lavrenko", "UA", "The Russians knew the ship was loading. They waited for it", "Ukrainian navy spokesman"),
    S("Serhii Lavrenko", "UA", "it is the economy of an entire country", "Ukrainian navy spokesman"),
    S("Nikos Varvitsiotis", "GR", "Our first concern is the crew", "spokesman for the ship's operator"),
    S("Romanian Defence Ministry", "RO", "an unacceptable violation of Romanian sovereignty"),
    S("Romania's defense minister", "RO", "Every fragment that lands on our soil is a problem for the whole alliance"),
    S("Maria Lindgren", None, "Every attack on a foreign-flagged ship is a message to owners: think twice",
      "maritime risk analyst"),
]
MUST_NOT = ["THE CONTINENTAL HERALD", "Today's Paper | Subscribe | Log in", "WORLD / EUROPE", "Gift this article",
            "By Jenna Okafor", "Reporting from Odesa, Ukraine", "March 16, 2026 Updated 12:18 p.m. ET",
            "A version of this article appears in print on March 17, 2026, Section A, Page 9 with the headline: Missile "
            "Strike Hits Odesa Port.", "Jenna Okafor is the Herald's Ukraine correspondent, based in Kyiv.",
            "See more on: Black Sea · Ukraine · Shipping"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
