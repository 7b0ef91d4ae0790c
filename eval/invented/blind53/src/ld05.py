from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Consequences of attacks by the Ukrainian armed forces on the Kursk region for 19 October"
TEXT = """KURSK REGION
Official portal of the Government of the Kursk Region
Русская версия | English | Для слабовидящих
Acting governor | Government | Districts | Operational headquarters | Reception
Operational headquarters › Daily summaries
Consequences of attacks by the Ukrainian armed forces on the Kursk region for 19 October
20.10.2025 08:12 | Operational headquarters of the Kursk region
Over the day, the enemy attacked 27 settlements of the region, launching 96 drones and firing 41 artillery shells. One civilian was killed, six were injured. Details by district are below.

Glushkovsky district. Tyotkino was attacked by FPV drones eleven times during the day; the roof of a private house caught fire, and a man born in 1968 received shrapnel wounds to his arm. He was taken to the central district hospital. In the village of Popovo-Lezhachi, mortar shells damaged a power line: 640 subscribers are without electricity. The district centre, Glushkovo, came under artillery fire in the evening; a shop and two cars were damaged, no one was hurt.

Rylsk. A UAV struck a passenger car near the bus station in the afternoon. The driver, a woman born in 1979, was wounded; her passenger, born in 1951, died at the scene.

Lgov. Debris of a drone brought down by air defence damaged the roof of school No. 3 and the windows of two residential buildings. There were no casualties.

Korenevsky district. In Korenevo, an FPV drone hit a municipal utility truck; two workers were injured, one of them seriously.

Kurchatov. Four UAVs were destroyed by air defence units in the morning on the approach to the city. Falling fragments damaged a fence in the industrial zone. No one was injured.

Belovsky district. The village of Belaya was shelled with mortars; a 60-year-old woman was hospitalised with a concussion.

Sudzhansky district. The outskirts of Sudzha came under artillery fire twice. There were no casualties; the damage is being assessed.

Khomutovsky district. A drone dropped an explosive device near the building of the district administration in Khomutovka. A security guard was slightly injured.

In addition, the Russian Defence Ministry reports that 31 Ukrainian UAVs were intercepted and destroyed overnight over the Kursk region.

"The guard was inside the booth when the device hit the ground two metres away, and the glass took most of the blast," said Igor Lapin, head of the Khomutovsky district.

Payments to residents whose homes were damaged will be made after the commission's inspection. Temporary accommodation centres in Kursk now house 1,420 people from the border districts. I ask all residents of the border areas to observe the safety rules.
Print version | Email this page
Share: VK | OK | Telegram | MAX
Hotline of the operational headquarters: 8 (4712) 00-00-00
© Government of the Kursk Region, 2025. Use of materials requires a link to the portal.
"""
DOC = {"id": "ld05", "date": "2025-10-20",
       "source": "Government of the Kursk Region (official portal, operational headquarters' daily summary)",
       "url": "https://kursk-region-gov.example/en/oh/2025-10-20-summary-19-october", "text": TEXT}

D, DAY = "2025-10-20", "2025-10-19"
T = "ld05-1"
OH = "Kursk region operational headquarters"
A = dict(parent=T, claimant=OH)
EVENTS = [
    E(T, MAS, DAY, R("RU-KRS", "Kursk region"), "UA", "RU", agg=True, fat=N(1), inj=N(6), family=[ADS], claimant=OH,
      weapons=[W("drone", launched=N(96)), W("artillery", launched=N(41))],
      note="'for 19 October … Over the day, the enemy attacked 27 settlements …, launching 96 drones and firing 41 "
           "artillery shells. One civilian was killed, six were injured': a tally of a named day (not 'the past 24 "
           "hours') -> date 19 Oct, day precision, aggregate; drones and shells: typed by the heavier weapon as blind44 ku02's tally, both types accepted. Check: "
           "killed Rylsk 1; injured Tyotkino 1, Rylsk 1, Korenevo 2, Belaya 1, Khomutovka 1 = 6"),
    E("ld05-2", ADS, DAY, L("Tyotkino"), "UA", "RU", inj=N(1), weapons=[W("drone")], **A,
      note="'Tyotkino was attacked by FPV drones eleven times during the day': one event for the day's attacks on one "
           "village ('eleven times' counts attacks, not drones); a man born in 1968 wounded"),
    E("ld05-3", MAS, DAY, L("Popovo-Lezhachi"), "UA", "RU", weapons=[W("artillery")], **A,
      note="'In the village of Popovo-Lezhachi, mortar shells damaged a power line'; casualties not stated"),
    E("ld05-4", DIS, DAY, L("Popovo-Lezhachi"), "UA", "RU", parent="ld05-3", claimant=OH,
      note="'640 subscribers are without electricity'"),
    E("ld05-5", MAS, DAY, L("Glushkovo"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")], **A,
      note="'The district centre, Glushkovo, came under artillery fire in the evening … no one was hurt' -> 0/0; an "
           "apposition names the place"),
    E("ld05-6", ADS, DAY, L("Rylsk"), "UA", "RU", fat=N(1), inj=N(1), weapons=[W("drone")], **A,
      note="'A UAV struck a passenger car near the bus station in the afternoon': the driver (born 1979) wounded, the "
           "passenger (born 1951) killed"),
    E("ld05-7", ADS, DAY, L("Lgov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      note="'Debris of a drone brought down by air defence damaged the roof of school No. 3 …. There were no "
           "casualties': debris that damages buildings is the strike, 0/0; the shoot-down without a count is not a "
           "separate required interception"),
    E("ld05-8", ADS, DAY, L("Korenevo"), "UA", "RU", inj=N(2), weapons=[W("drone")], **A,
      note="'In Korenevo, an FPV drone hit a municipal utility truck; two workers were injured'"),
    E("ld05-9", INT, DAY, H("Kurchatov", "approach to Kurchatov"), "RU", "UA", weapons=[W("drone", intercepted=N(4))],
      claimant=OH,
      note="fronted number 'Four UAVs were destroyed by air defence units in the morning on the approach to the city': a count with a place "
           "-> required interception; 'on the approach to' = precision 2 (blind44 ku14)"),
    E("ld05-10", ADS, DAY, L("Kurchatov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      note="'Falling fragments damaged a fence in the industrial zone. No one was injured': the fragments' damage is "
           "a strike child with 0/0"),
    E("ld05-11", MAS, DAY, L("Belaya"), "UA", "RU", inj=N(1), weapons=[W("artillery")], **A,
      note="'The village of Belaya was shelled with mortars; a 60-year-old woman was hospitalised' (Belaya 578230, "
           "Kursk region): hospitalised = injured"),
    E("ld05-12", MAS, DAY, H("Sudzha", "outskirts of Sudzha"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], **A,
      note="'The outskirts of Sudzha came under artillery fire twice. There were no casualties': one event, outskirts "
           "= precision 2, 0/0"),
    E("ld05-13", ADS, DAY, L("Khomutovka"), "UA", "RU", inj=N(1), weapons=[W("drone")], **A,
      note="'A drone dropped an explosive device near the building of the district administration in Khomutovka. A "
           "security guard was slightly injured'"),
    E("ld05-14", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(31))],
      claimant="Russian Ministry of Defence",
      note="'the Russian Defence Ministry reports that 31 Ukrainian UAVs were intercepted and destroyed overnight "
           "over the Kursk region': a region with a count -> required; 'overnight' in a morning "
           "summary of 20 October = 20 October (not the summary's day)"),
]
# Not events: payments 'will be made after the commission's inspection' (plan), 1,420 people in temporary
# accommodation centres (a standing count), the appeal to observe safety rules, 'the damage is being assessed'
# (Sudzha, part of ld05-12). Portal header, language row, menu, breadcrumb, date/headquarters line, print/share rows,
# hotline and © are furniture.
STATEMENTS = [
    S("Igor Lapin", "RU", "the glass took most of the blast", "head of the Khomutovsky district"),
]
MUST_NOT = ["KURSK REGION", "Official portal of the Government of the Kursk Region", "Русская версия | English | Для слабовидящих",
            "Acting governor | Government | Districts | Operational headquarters | Reception",
            "Operational headquarters › Daily summaries", "20.10.2025 08:12 | Operational headquarters of the Kursk region",
            "Print version | Email this page", "Share: VK | OK | Telegram | MAX",
            "Hotline of the operational headquarters: 8 (4712) 00-00-00",
            "© Government of the Kursk Region, 2025. Use of materials requires a link to the portal."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
