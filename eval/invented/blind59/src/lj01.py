from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Russian missiles and drones hit Ukraine's grid overnight; two killed in Kryvyi Rih"
TEXT = """MERIDIAN PRESS AGENCY
Home · World · Europe · Energy · Markets · Pictures · Fact Check
We use cookies to personalise content and ads and to analyse our traffic. Accept all | Reject all | Cookie settings
World › Europe › Russia-Ukraine war
Russian missiles and drones hit Ukraine's grid overnight; two killed in Kryvyi Rih
By Oksana Kravets and Daniel Whitcombe
February 11, 2025 8:05 AM GMT · Updated 3 hours ago
4 min read
KYIV, Feb 11 (MPA) - Russia struck Ukraine overnight with ballistic and cruise missiles and more than a hundred drones, killing two people in the central city of Kryvyi Rih and cutting power in parts of the west, Ukrainian officials said on Tuesday.

In all, 137 aerial weapons were used in the attack, according to the air force: four Iskander-M ballistic missiles, seven Kh-101 cruise missiles fired by strategic bombers over the Caspian Sea, and 126 Shahed-type attack drones and decoys.

All seven cruise missiles and two of the ballistic ones were destroyed, the air force said. Its crews brought down eighty-three of the drones; another 31 were "lost locationally", the military's term for drones diverted by electronic warfare, and caused no damage.

A ballistic missile slammed into a five-storey administrative building in Kryvyi Rih shortly before 4 a.m., said the head of the city's defence council. Two people were killed and 11 wounded, a 14-year-old girl among them.

"The windows came in with the frames still on them. My neighbour from the third floor was in bed," said Vasyl Hrytsenko, 58, who lives across the street and spent the rest of the night helping rescuers carry out the injured.
Rescuers search the rubble of an administrative building in Kryvyi Rih, Ukraine, February 11, 2025. MPA/Taras Lytvyn
Purchase Licensing Rights

In Kyiv, wreckage of a downed drone fell on a car park in the Holosiivskyi district, where several cars caught fire; a man was taken to hospital with burns, the city's military administration said. Outside the capital, in Brovary, a drone hit a logistics warehouse, and the fire spread over about 2,000 square metres. No casualties were reported there.

Far to the west, near the border with Poland, drones damaged an energy facility in the Stryi district of the Lviv region, leaving some 40,000 households without electricity, the regional governor said. In the Poltava region a gas production site was hit, its operator said, without saying by what.

"Repair crews are already in the Stryi district. We ask people in the west to use electricity sparingly this evening, when consumption peaks," said Iryna Solovei, a spokeswoman for the national grid operator.

Over the southern Mykolaiv region alone, nine drones were shot down, the regional governor wrote on Telegram. Air defence was also active over the Chernihiv, Sumy and Poltava regions, the air force said.

Poland scrambled fighter jets and put ground-based air defence on the highest alert while the missiles were in the air, its operational command said, adding that Polish airspace had not been violated.

Russia's defence ministry said it had struck "energy facilities supporting Ukraine's military-industrial complex" with high-precision long-range weapons. It also said its air defences had destroyed 19 Ukrainian drones overnight, including twelve that it said were downed above the Bryansk region.

The barrage came two days after a Russian drone hit a minibus in the southern city of Kherson on Sunday morning, killing the driver. Russia has repeatedly targeted Ukraine's energy system since the autumn of 2022, and officials in Kyiv have urged Western partners to speed up deliveries of interceptors while the cold lasts.
Reporting by Oksana Kravets in Kyiv and Daniel Whitcombe in London; additional reporting by Aliaksei Novik in Warsaw; editing by Fiona Lark
Meridian follows its Charter of Editorial Independence. Suggest a correction
Share: X · Facebook · LinkedIn · Email · Copy link
Get the Meridian app for breaking news alerts. Download on iOS or Android
Related coverage
Ukraine's grid operator warns of longer outages in western regions
Poland tightens rules for military flights near its eastern border
Topics: Russia-Ukraine war | Air defence | Energy
© 2025 Meridian Press Agency. All rights reserved.
"""
DOC = {"id": "lj01", "date": "2025-02-11", "source": "Meridian Press Agency (international wire)",
       "url": "https://meridianpress.example/world/europe/russia-strikes-ukraine-grid-kryvyi-rih-2025-02-11", "text": TEXT}

D, SUN = "2025-02-11", "2025-02-09"
W1, I1, RI = "lj01-1", "lj01-2", "lj01-15"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("cruise_missile", "Kh-101", launched=N(7)),
               W("drone", "Shahed-136", launched=N(126))],
      evidence="four Iskander-M ballistic missiles, seven Kh-101 cruise missiles fired by strategic bombers over the "
               "Caspian Sea, and 126 Shahed-type attack drones and decoys",
      note="'In all, 137 aerial weapons …': the nationwide overnight wave (Tuesday morning report -> 11 Feb), one "
           "country-level event typed by its heaviest weapon, per-type totals 4 / 7 / 126; the total 137 is their sum, "
           "not a fourth weapon; the MoD's 'struck energy facilities …' is its version of the same wave"),
    E(I1, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", intercepted=N(2)), W("cruise_missile", "Kh-101", intercepted=N(7)),
               W("drone", "Shahed-136", intercepted=N(83))],
      evidence="All seven cruise missiles and two of the ballistic ones were destroyed",
      note="'All seven cruise missiles and two of the ballistic ones were destroyed … brought down eighty-three of the "
           "drones' (number in words): interception of the wave; the 31 'lost locationally' were jammed, not shot down, "
           "and are not counted as intercepted (blind49 call 1)"),
    E("lj01-3", MAS, D, L("Kryvyi Rih"), "RU", "UA", parent=W1, fat=N(2), inj=N(11),
      weapons=[W("ballistic_missile")],
      evidence="A ballistic missile slammed into a five-storey administrative building in Kryvyi Rih shortly before 4 a.m.",
      note="ballistic missile on an administrative building 'shortly before 4 a.m.' (11 Feb), 'Two people were killed "
           "and 11 wounded, a 14-year-old girl among them' (the girl is inside the eleven); the caption with its glued "
           "credit repeats this event"),
    E("lj01-4", ADS, D, L("Kyiv"), "RU", "UA", parent=W1, inj=N(1), weapons=[W("drone")],
      evidence="In Kyiv, wreckage of a downed drone fell on a car park in the Holosiivskyi district",
      note="wreckage of a downed drone on a car park, cars burned, 'a man was taken to hospital with burns' -> 1 injured "
           "(hospitalised = injured); the Holosiivskyi district is the city; deaths not stated"),
    E("lj01-5", ADS, D, L("Brovary"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="Outside the capital, in Brovary, a drone hit a logistics warehouse",
      note="a drone on a warehouse in Brovary (Kyiv oblast, UA-32), fire over about 2,000 m2, 'No casualties were "
           "reported there' -> 0/0"),
    E("lj01-6", ADS, D, H("Stryi", "Stryi district"), "RU", "UA", parent=W1, weapons=[W("drone")],
      evidence="drones damaged an energy facility in the Stryi district of the Lviv region",
      note="energy facility in the Stryi district (raion named after its centre -> precision 2, UA-46); casualties not "
           "stated"),
    E("lj01-7", DIS, D, H("Stryi", "Stryi district"), "RU", "UA", parent="lj01-6",
      evidence="leaving some 40,000 households without electricity",
      note="'leaving some 40,000 households without electricity': the outage caused by lj01-6 (the grid spokeswoman's "
           "request to save electricity 'this evening' is an appeal, not a second disruption)"),
    E("lj01-8", ADS, D, R("UA-53", "Poltava region"), "RU", "UA", parent=W1, family=[MAS],
      evidence="In the Poltava region a gas production site was hit, its operator said, without saying by what",
      note="'a gas production site was hit … without saying by what': a place hit in the wave, weapon unsaid -> both "
           "strike types (ANNOTATION 4); region only -> precision 3"),
    E("lj01-9", INT, D, R("UA-48", "Mykolaiv region"), "UA", "RU", parent=I1, weapons=[W("drone", intercepted=N(9))],
      evidence="Over the southern Mykolaiv region alone, nine drones were shot down",
      note="a region with its own count of downed drones -> required interception (ANNOTATION 3)"),
    E("lj01-10", INT, D, R("UA-74", "Chernihiv region"), "UA", "RU", parent=I1, optional=True,
      evidence="Air defence was also active over the Chernihiv, Sumy and Poltava regions",
      note="region merely listed without a count -> optional interception (ANNOTATION 3)"),
    E("lj01-11", INT, D, R("UA-59", "Sumy region"), "UA", "RU", parent=I1, optional=True,
      evidence="Air defence was also active over the Chernihiv, Sumy and Poltava regions",
      note="region merely listed -> optional"),
    E("lj01-12", INT, D, R("UA-53", "Poltava region"), "UA", "RU", parent=I1, optional=True,
      evidence="Air defence was also active over the Chernihiv, Sumy and Poltava regions",
      note="region merely listed -> optional"),
    E("lj01-13", MOB, D, C("PL", "Poland"), "PL", None,
      evidence="Poland scrambled fighter jets and put ground-based air defence on the highest alert",
      note="the scramble of the scrambling state at country precision (blind49 call 9); 'airspace had not been "
           "violated' is a negation, no event"),
    E("lj01-14", ADS, SUN, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      evidence="a Russian drone hit a minibus in the southern city of Kherson on Sunday morning, killing the driver",
      note="recalled strike with a resolvable day: 'two days after … on Sunday morning' of a Tuesday page = 9 Feb; "
           "required (blind49 call 3); not part of the night's wave"),
    E(RI, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(19))],
      evidence="its air defences had destroyed 19 Ukrainian drones overnight",
      note="the MoD's overnight count of Ukrainian drones destroyed over Russia: interception RU -> UA, country"),
    E("lj01-16", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent=RI, claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(12))],
      evidence="including twelve that it said were downed above the Bryansk region",
      note="'including twelve … downed above the Bryansk region': a region with its own count -> required"),
]
# Not events: the total '137 aerial weapons' (the sum of lj01-1's weapons), the 31 drones 'lost locationally' (no
# interception count, no damage), the grid operator's appeal to save electricity 'this evening' (request), 'Polish
# airspace had not been violated' (negation), the MoD's 'struck energy facilities …' (the same wave told by Russia),
# 'since the autumn of 2022' (history), the request to speed up deliveries of interceptors (ask). The caption line with its glued
# credit 'MPA/Taras Lytvyn' is article text (it repeats lj01-3); 'Purchase Licensing Rights' on its own line is
# furniture; the dateline 'KYIV, Feb 11 (MPA) -' stays as text.
STATEMENTS = [
    S("Vasyl Hrytsenko", "UA", "The windows came in with the frames still on them", "resident, Kryvyi Rih"),
    S("Iryna Solovei", "UA", "We ask people in the west to use electricity sparingly this evening",
      "spokeswoman, national grid operator"),
]
# Not gold: the MoD's "energy facilities supporting Ukraine's military-industrial complex" and "lost locationally"
# (institutional fragments).
MUST_NOT = ["Get the Meridian app for breaking news alerts. Download on iOS or Android",
            "MERIDIAN PRESS AGENCY", "Home · World · Europe · Energy · Markets · Pictures · Fact Check",
            "We use cookies to personalise content and ads and to analyse our traffic. Accept all | Reject all | Cookie settings",
            "World › Europe › Russia-Ukraine war", "By Oksana Kravets and Daniel Whitcombe",
            "February 11, 2025 8:05 AM GMT · Updated 3 hours ago", "4 min read", "Purchase Licensing Rights",
            "Reporting by Oksana Kravets in Kyiv and Daniel Whitcombe in London; additional reporting by Aliaksei Novik "
            "in Warsaw; editing by Fiona Lark",
            "Meridian follows its Charter of Editorial Independence. Suggest a correction",
            "Share: X · Facebook · LinkedIn · Email · Copy link", "Related coverage",
            "Ukraine's grid operator warns of longer outages in western regions",
            "Poland tightens rules for military flights near its eastern border",
            "Topics: Russia-Ukraine war | Air defence | Energy", "© 2025 Meridian Press Agency. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
