from common import E, L, R, C, N, W, S, gold

TITLE = "In Kherson, drones turn daily errands into a gamble with death"
TEXT = """ATLAS DISPATCH
Sections ▾   Ukraine   Europe   Analysis   Podcasts
In Kherson, drones turn daily errands into a gamble with death
Nearly three years after Ukraine retook the city, Russian drones operating from across the Dnipro hunt cars, buses and cyclists
Story by Marta Vovk, Kherson
12 September 2025
7 minute read
[Photo: A bus with shattered windows stands near Kherson's central market. Photo: Atlas Dispatch/Ihor Tkach]

Mykola Sydorenko drives his minibus with the windows open, even in the rain. "You hear the buzzing earlier that way," the 47-year-old driver explains. "Then you have maybe five seconds to decide: brake, or floor it."

His colleague did not get those five seconds. On 2 September, a Russian FPV drone slammed into a city bus near the central market, killing its driver and injuring seven passengers, according to the regional military administration. The bus was one of only a dozen still running on Kherson's routes.

Kherson has lived under fire since Ukrainian forces retook it in November 2022 and Russian troops dug in on the river's left bank, just a few hundred metres away in places. But over the past year, artillery has given way to cheap drones, which now account for most of the casualties in the city.

Over the past week alone, regional police recorded 412 drone attacks on Kherson and its suburbs, the regional governor said on Friday. Since January, drones have killed 96 people in the region, according to official figures.

Advertisement

Residents of the suburbs say nothing is off limits. On Thursday last week, a 71-year-old woman riding her bicycle to a shop in Antonivka was injured when a drone dropped a grenade next to her, local officials reported. On 28 August, drones set fire to a warehouse used by a humanitarian charity in the village of Bilozerka, destroying several tonnes of food parcels.

"We see burns, amputations, shrapnel in the eyes. Most of our patients this summer were civilians who were simply going somewhere," said Dr Iryna Lytvak, a surgeon at the regional clinical hospital. In July, Russian shelling damaged the children's ward of the same hospital.

The city has adapted in its own way. Anti-drone nets now stretch over the main roads in the Dniprovskyi district, the neighbourhood closest to the river. On Wednesday, the city council voted to extend the curfew, which now begins at 7 p.m. instead of 9 p.m., until the end of October.

Even as this correspondent was interviewing residents on Thursday morning, a drone struck a car on a street in the Korabelnyi district, wounding two men inside, the city administration said within the hour.

Moscow denies targeting civilians and says its forces strike only military targets. Russian military bloggers regularly post footage of drone attacks in Kherson, describing the city's streets as a "kill zone" for Ukrainian soldiers.

For Sydorenko, leaving is not an option. "Who will drive people to the hospital if all of us go?" he asks.

Support our journalism
Most read
Share on X · Facebook · WhatsApp
"""
DOC = {"id": "g09", "date": "2025-09-12", "source": "Atlas Dispatch (news magazine site)",
       "url": "https://atlasdispatch.example/ukraine/kherson-drones-daily-life", "text": TEXT}

D = "2025-09-12"
EVENTS = [
    E("g09-1", "air_drone_strike", "2025-09-02", L("Kherson"), "RU", "UA", fat=N(1), inj=N(7), weapons=[W("drone")],
      claimant="regional military administration",
      note="recalled with a resolvable day (2 September): own event; the photo caption shows the same bus"),
    E("g09-2", "air_drone_strike", "2025-09-06", L("Kherson"), "RU", "UA", prec="week", end=D, agg=True,
      weapons=[W("drone")], claimant="Kherson regional governor",
      note="'Over the past week' = reference-6 … reference (convention), aggregate tally of 412 attacks (attacks, not drones: no launched count) on Kherson and "
           "its suburbs (coded at the city); the year-to-date 96 killed is a statistic since January (not an event)"),
    E("g09-3", "air_drone_strike", "2025-09-04", L("Antonivka-Kh"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'On Thursday last week' in a Friday 12 Sept piece = 4 Sept; drone-dropped grenade (drone strike); "
           "Antonivka of Kherson (713304, suburb of the city)"),
    E("g09-4", "air_drone_strike", "2025-08-28", L("Bilozerka"), "RU", "UA", weapons=[W("drone")],
      note="recalled day-dated strike on a charity warehouse; casualties not stated (absent)"),
    E("g09-5", "missile_artillery_strike", "2025-07-01", L("Kherson"), "RU", "UA", prec="month", end="2025-07-31",
      optional=True, note="'In July' shelling of the hospital's children's ward: month-only, optional"),
    E("g09-6", "policy_decision", "2025-09-10", L("Kherson"), "UA", None,
      note="city council voted on Wednesday to extend the curfew: a decision taken (about the war's security regime)"),
    E("g09-7", "air_drone_strike", "2025-09-11", L("Kherson", 1, "Kherson (Korabelnyi district)"), "RU", "UA", inj=N(2),
      weapons=[W("drone")],
      note="'on Thursday morning' (11 Sept): drone on a car, two wounded; perpetrator implicit but the whole "
           "piece is about Russian drones hitting the city → RU; city district = the city"),
]
STATEMENTS = [
    S("Mykola Sydorenko", "UA", "You hear the buzzing earlier that way", "minibus driver"),
    S("Mykola Sydorenko", "UA", "Who will drive people to the hospital if all of us go?", "minibus driver"),
    S("Iryna Lytvak", "UA", "Most of our patients this summer were civilians who were simply going somewhere",
      "surgeon"),
]
MUST_NOT = ["ATLAS DISPATCH", "Sections ▾   Ukraine   Europe   Analysis   Podcasts", "Story by Marta Vovk, Kherson",
            "12 September 2025", "7 minute read", "Advertisement", "Support our journalism", "Most read",
            "Share on X · Facebook · WhatsApp"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
