from common import E, L, R, C, N, W, S, gold

TITLE = "November in numbers: Russia's air war reaches a new monthly record"
TEXT = """KYIV DATA ROOM
Trackers · Data stories · Methodology · About the data
Air war tracker | Monthly report
November in numbers: Russia's air war reaches a new monthly record
Data analysis: Taras Horbenko and Ksenia Ulianova · Visualisation: Roman Petrenko
Published 1 December 2025 · Data as of 08:00, 1 December
Download the dataset (CSV, 212 KB)
How we count: we use the daily reports of the Air Force of the Armed Forces of Ukraine. Figures for drones include decoys. "Intercepted" includes drones suppressed by electronic warfare.

Russia launched more long-range drones at Ukraine in November than in any previous month of the war, according to our count of the Ukrainian air force's daily reports. The total number of missiles fell slightly compared with October, but the month saw two of the five largest combined attacks since the start of the full-scale invasion, and the highest number of civilian deaths from long-range strikes since July.

The headline figures

Drones launched in November: 5,612 (October: 5,298)
Missiles launched: 171 (October: 186), of them 64 ballistic
Drones intercepted or suppressed: 4,989, or 88.9%
Missiles intercepted: 118, or 69.0%
Guided aerial bombs dropped on front-line areas: about 4,300, according to the General Staff
Nights with more than 100 drones: 24 of 30

On average, Russia launched 187 drones a night in November, compared with 171 in October and 143 in September. Only six nights passed with fewer than 100 drones, and there was not a single night without an attack. The share of decoy drones, which carry no warhead and are meant to exhaust air defences, remained at about a third, according to air force estimates.

The share of drones that were intercepted or suppressed fell slightly, from 90.4% in October to 88.9% in November. That may sound like a small change, but at the current volume it means that about 600 drones reached their targets or crashed in populated areas, compared with about 510 in October. Analysts attribute the decline to Russian tactics: drones now fly at lower altitude, in larger swarms and increasingly with jet engines, which makes them harder for mobile fire groups to hit.

"The numbers are moving in the wrong direction for Ukraine, slowly but steadily," said Taras Horbenko, who compiles the tracker. "Every month Russia launches more, and every month a slightly larger share gets through."

The largest attacks

The largest single attack of the month came overnight into 19 November, when Russia launched 476 drones and 48 missiles, including 8 Kinzhal and Iskander-M ballistic missiles and 40 Kh-101 cruise missiles, the air force said. Air defences downed 442 drones and 41 of the missiles. In Dnipro, a missile struck a nine-storey apartment building, killing six people and injuring 27, the regional governor said. In Lviv region, drones hit an energy facility, causing a fire but no casualties. Emergency power cuts were imposed in nine regions that morning.

The second-largest attack came overnight into 8 November, when Russia launched 458 drones and 45 missiles, mainly against energy infrastructure. Missiles and drones hit the Burshtyn thermal power plant in Ivano-Frankivsk region, which was forced to stop generating, the plant's operator said. Nobody was hurt at the plant.

Kyiv was the target of the deadliest attack of the month. Overnight into 25 November, Russian ballistic missiles struck a residential neighbourhood in the capital's Darnytskyi district, killing seven people and injuring 19, the head of the city's military administration said. Rescue workers spent two days clearing the rubble of a five-storey building. "We pulled the last body out on Wednesday morning," said Olha Yatsenko, a rescue team leader with the State Emergency Service.

Civilians

The United Nations human rights monitoring mission, which publishes its own monthly count with a delay, said in its preliminary data that at least 180 civilians were killed and more than 900 injured across Ukraine in November, the highest monthly toll since July. Long-range strikes by missiles and drones accounted for about a third of the deaths; the rest were caused mainly by short-range drones, glide bombs and artillery in front-line regions.

In Kharkiv, a glide bomb hit an industrial area on 14 November, killing one person, the regional governor said. Kharkiv was hit by long-range drones on 22 of the month's 30 nights. The city's mayor has repeatedly called on Western partners to supply more air defence systems, and the city now operates underground schools for about 3,000 pupils.

In Zaporizhzhia and Kherson, which sit close to the front line, most casualties were caused by short-range drones. Kherson's military administration recorded about 1,100 drone attacks on the city in November, an average of 37 a day. Such figures are not included in our tracker, which covers only long-range strikes, but they are a reminder that the daily reality in front-line cities is very different from the picture that the national totals convey.

Where the drones struck

Impacts were recorded in 21 of Ukraine's 24 regions during the month. Kharkiv, Dnipropetrovsk and Odesa regions together accounted for about 41% of the impacts that the air force reported by location, followed by Sumy and Chernihiv regions in the north, where drones launched from just across the border give air defences only minutes to react. Western regions, which were rarely targeted in the first years of the war, accounted for 9% of the impacts, almost all of them on energy facilities.

The railways were a frequent target. Ukraine's state railway company counted 63 attacks on its infrastructure during the month, most of them on locomotives and substations in the north and east. On 3 November, a drone hit a passenger train at the station in Shostka, in Sumy region, injuring four passengers and the train's driver, the regional governor said. The railway company has since cut the number of trains that stop in Shostka and moved some departures to the night, when drones are easier to detect.

Ports were hit less often than in the summer, but the Odesa region still recorded impacts on port infrastructure on eleven nights. The regional administration said that two foreign-flagged vessels were damaged in port during November, without giving dates.

The grid

November was also the month in which Russia's campaign against the power grid resumed in earnest. Scheduled power outages were in force in most regions on 20 of the month's 30 days, according to the grid operator's notices, and several thermal power plants were damaged. The grid operator said on 29 November that it expected outages to continue through December.

"The enemy is trying to break the energy system before the cold sets in," said Colonel Yurii Nazarenko, a spokesperson for the air force, at a briefing on 28 November. "They are using more ballistic missiles against energy facilities because they know how few interceptors we have for them."

Ukraine's strikes on Russia

Ukraine's own long-range campaign also reached new levels in November. According to our count of statements by the General Staff and Russian regional governors, Ukrainian drones struck Russian oil refineries and depots at least nine times during the month. Overnight into 20 November, drones attacked the refinery in Saratov; the regional governor said a fire broke out at an industrial facility and that nobody was hurt. The Russian defence ministry claimed to have shot down about 3,900 Ukrainian drones over Russia during the month, a figure that cannot be verified.

How November compares

For the year as a whole, Russia has launched about 50,000 long-range drones at Ukraine since January, more than double the total for 2024. The number of missiles has been broadly stable, at between 150 and 250 a month. If the current trend continues, Russia will launch more than 6,000 drones in December, and the first winter months of 2026 could see nightly attacks of 700 or more.

Russia has also expanded its production. Ukrainian military intelligence estimates that Russian factories now assemble about 2,700 Shahed-type drones a month, plus a similar number of decoys, compared with about 300 a month at the start of 2024. Without a major increase in Ukraine's stock of interceptor missiles and interceptor drones, analysts say, the share of drones getting through is likely to rise further.

"If the trend continues, we should expect December to beat November," Horbenko said. "But trends are not destiny. Interceptor drones could change the picture quickly if they are produced at scale."

What the numbers do not show

Monthly totals flatten the experience of the people under attack. A night with 400 drones over the whole country can pass almost unnoticed in one city and be the worst night of the war in another. Our tracker also cannot show the cost of the attacks to Ukraine's air defence: every interceptor missile fired at a drone is one that will not be available for a ballistic missile, and Ukraine's partners have been slow to replace them. Nor can it show the exhaustion of the mobile fire groups, many of them volunteers in their fifties and sixties, who spend every night in the open with machine guns and searchlights.

Methodology note

Our figures are based on the daily reports of Ukraine's air force, which cover attacks between 18:00 and 08:00 or, in the case of daytime attacks, the preceding 24 hours. Missile figures include cruise, ballistic and guided anti-aircraft missiles used against ground targets, but not guided aerial bombs, which are reported separately by the General Staff. Figures for the number of civilians killed and injured come from regional authorities and the UN monitoring mission and are preliminary.

Read the October report
Corrections: our October report overstated the number of Iskander-M missiles by four. The figures above are correct.
Kyiv Data Room is a non-profit newsroom. Our data are free to reuse with attribution (CC BY 4.0).
"""
DOC = {"id": "kb08", "date": "2025-12-01", "source": "Kyiv Data Room (data newsroom)",
       "url": "https://kyivdataroom.example/trackers/air-war/2025-11", "text": TEXT}

NOV = ("2025-11-01", "2025-11-30")
EVENTS = [
    E("kb08-1", "missile_artillery_strike", NOV[0], C("UA", "Ukraine"), "RU", "UA", prec="month", end=NOV[1], agg=True,
      optional=True, weapons=[W("drone", launched=N(5612)), W("missile", launched=N(171))],
      note="November totals (the brief: monthly totals optional); October's and September's figures are comparisons, "
           "not events"),
    E("kb08-2", "interception", NOV[0], C("UA", "Ukraine"), "UA", "RU", prec="month", end=NOV[1], agg=True,
      optional=True, weapons=[W("drone", intercepted=N(4989)), W("missile", intercepted=N(118))],
      note="monthly interception totals: optional"),
    E("kb08-3", "air_drone_strike", NOV[0], C("UA", "Ukraine"), "RU", "UA", prec="month", end=NOV[1], agg=True,
      optional=True, weapons=[W("guided_bomb", launched=N(4300, "about"))],
      note="'about 4,300' guided bombs in the month: optional; Kherson's '1,100 drone attacks' likewise not a dated "
           "incident (left out)"),
    E("kb08-4", "missile_artillery_strike", "2025-11-19", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(476)), W("ballistic_missile", launched=N(8)),
               W("cruise_missile", "Kh-101", launched=N(40))],
      note="'overnight into 19 November': the dated wave inside a monthly piece is a required event; kinds given "
           "separately are separate weapon entries (Kinzhal and Iskander-M together: no single model)"),
    E("kb08-5", "interception", "2025-11-19", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(442)), W("missile", intercepted=N(41))],
      note="'downed 442 drones and 41 of the missiles' (kinds not split: generic missile entry, blind16 call 5)"),
    E("kb08-6", "missile_artillery_strike", "2025-11-19", L("Dnipro"), "RU", "UA", fat=N(6), inj=N(27),
      weapons=[W("missile")], parent="kb08-4", note="apartment building in Dnipro: 6 killed, 27 injured"),
    E("kb08-7", "air_drone_strike", "2025-11-19", R("UA-46", "Lviv region"), "RU", "UA", fat=N(0), inj=N(0),
      parent="kb08-4", note="energy facility in Lviv region, fire, 'no casualties'"),
    E("kb08-8", "infrastructure_disruption", "2025-11-19", C("UA", "Ukraine"), "RU", "UA", parent="kb08-4",
      note="emergency cuts in nine regions 'that morning': one country-level disruption"),
    E("kb08-9", "missile_artillery_strike", "2025-11-08", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(458)), W("missile", launched=N(45))],
      note="second-largest attack 'overnight into 8 November'"),
    E("kb08-10", "missile_artillery_strike", "2025-11-08", L("Burshtyn"), "RU", "UA", fat=N(0), inj=N(0),
      family=["air_drone_strike"], parent="kb08-9",
      note="'Missiles and drones hit the Burshtyn thermal power plant': the plant coded to its town; both weapons -> "
           "missile type, drone accepted; 'Nobody was hurt' = 0/0"),
    E("kb08-11", "infrastructure_disruption", "2025-11-08", L("Burshtyn"), "RU", "UA", optional=True,
      parent="kb08-9", note="the plant 'forced to stop generating': a plant stopping, optional (blind16 call 4)"),
    E("kb08-12", "missile_artillery_strike", "2025-11-25", L("Kyiv", 1, "Darnytskyi district, Kyiv"), "RU", "UA",
      fat=N(7), inj=N(19), weapons=[W("ballistic_missile")],
      note="'Overnight into 25 November', a city district = the city; the Wednesday recovery of the last body is not a "
           "separate event"),
    E("kb08-13", "missile_artillery_strike", NOV[0], C("UA", "Ukraine"), "RU", "UA", prec="month", end=NOV[1], agg=True,
      optional=True, fat=N(180, "at_least"), inj=N(900, "at_least"), family=["air_drone_strike",
                                                                            "attack_on_civilians"],
      note="UN monthly civilian toll from all weapons: optional month aggregate (both strike types and "
           "attack_on_civilians accepted; RU as the piece attributes the strikes)"),
    E("kb08-14", "air_drone_strike", "2025-11-14", L("Kharkiv"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      note="glide bomb on an industrial area 'on 14 November': a dated incident inside the monthly piece, required; "
           "'22 of the month's 30 nights' is a count"),
    E("kb08-15", "infrastructure_disruption", NOV[0], C("UA", "Ukraine"), "RU", "UA", prec="month", end=NOV[1],
      agg=True, optional=True, note="scheduled outages 'on 20 of the month's 30 days': monthly, optional; December "
                                    "outages 'expected' are not an event"),
    E("kb08-18", "air_drone_strike", "2025-11-03", L("Shostka"), "RU", "UA", inj=N(5),
      note="'On 3 November' a drone hit a passenger train at Shostka station: four passengers and the driver = 5 "
           "injured; the 63 railway attacks of the month are a count (no event)"),
    E("kb08-19", "air_drone_strike", NOV[0], R("UA-51", "Odesa region"), "RU", "UA", prec="month", end=NOV[1],
      optional=True, family=["missile_artillery_strike"],
      note="two foreign-flagged vessels damaged in port 'without giving dates': optional month, region only"),
    E("kb08-16", "air_drone_strike", "2025-11-20", L("Saratov"), "UA", "RU", fat=N(0), inj=N(0),
      note="'Overnight into 20 November' drones on the Saratov refinery; governor: fire, 'nobody was hurt' = 0/0; "
           "'at least nine times' is a monthly count (no event)"),
    E("kb08-17", "interception", NOV[0], C("RU", "Russia"), "RU", "UA", prec="month", end=NOV[1], agg=True,
      optional=True, weapons=[W("drone", intercepted=N(3900, "about"))],
      note="MoD's monthly claim of about 3,900 drones: optional month aggregate"),
]
STATEMENTS = [
    S("Taras Horbenko", "UA", "The numbers are moving in the wrong direction for Ukraine"),
    S("Taras Horbenko", "UA", "If the trend continues, we should expect December to beat November"),
    S("Olha Yatsenko", "UA", "We pulled the last body out on Wednesday morning", role="rescue team leader"),
    S("Yurii Nazarenko", "UA", "The enemy is trying to break the energy system before the cold sets in",
      role="air force spokesperson"),
]
MUST_NOT = ["KYIV DATA ROOM", "Trackers · Data stories · Methodology · About the data",
            "Air war tracker | Monthly report",
            "Data analysis: Taras Horbenko and Ksenia Ulianova · Visualisation: Roman Petrenko",
            "Published 1 December 2025 · Data as of 08:00, 1 December", "Download the dataset (CSV, 212 KB)",
            "Read the October report",
            "Kyiv Data Room is a non-profit newsroom. Our data are free to reuse with attribution (CC BY 4.0)."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
