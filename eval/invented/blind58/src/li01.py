from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, ARR

TITLE = "What we know so far about the night attack on Bila Tserkva"
TEXT = """THE KYIV LEDGER
News | War | Politics | Economy | Regions | Opinion | Podcasts
Home / War / Explainers
What we know so far about the night attack on Bila Tserkva
Updated 14 August 2024, 15:40 (Kyiv time)
Compiled by the Ledger news desk
This page is updated as new information comes in. Latest changes: the toll (11:20), the detention (14:55).

THE ATTACK
• Russia attacked Ukraine overnight into Wednesday with 37 Shahed-type drones and four Kh-101 cruise missiles, according to the air force.
• Twenty-nine of the drones and three of the missiles were shot down. Where the fourth missile came down, the air force has not said.
• Fourteen of the downed drones were destroyed over the Kyiv region, the regional military administration reported. Air defence was also working over the Cherkasy and Zhytomyr regions.

BILA TSERKVA
• At around 03:10 a cruise missile struck the grounds of a machine-building plant in Bila Tserkva, a city of some 200,000 people about 80 km south of the capital.
• The first figures, given at dawn, were one dead and five injured.
• The governor's most recent update, at 11:20, puts the toll at two dead and seven injured, all of them from the night shift.
• Roughly 9,000 households in the western part of the city lost electricity when the blast damaged a substation beside the plant; engineers hope to reconnect them by evening.
• "The blast threw me off the forklift. When I got up, the roof of the paint shop was simply not there," said Vasyl Onyshchenko, 46, a storekeeper whose cuts were stitched at the scene.
• At 14:55 police detained a 31-year-old local man who, according to them, had filmed the plant and the firefighters from a neighbouring roof and posted the video to an anonymous Telegram channel.

ELSEWHERE IN THE KYIV REGION
• In Fastiv, debris of a drone landed on a private house; a 70-year-old woman was taken to hospital with burns.
• In the capital, fragments of a missile brought down over the Holosiivskyi district damaged two parked cars. Nobody was hurt, the city administration said.

WHAT RUSSIA SAYS
• Moscow's defence ministry described the night as "a group strike with long-range precision weapons" on "enterprises of the military-industrial complex". It named no city.

WHAT WE DON'T KNOW
• Whether the plant still made anything for the army. Its owners say it has built only farm machinery since 2019.
• Whether the fourth missile was jammed, fell into a field or hit something that nobody has reported yet.

WHAT HAPPENED BEFORE
• Bila Tserkva has now been targeted three times since June. On 27 July a drone crashed into the gym of a lyceum in the north of the city; it was a Saturday and nobody was hurt.
• In the first weeks of the full-scale invasion, in 2022, the military airfield outside the city was struck repeatedly.

WHAT COMES NEXT
• The city council has declared Thursday a day of mourning.
• "We will rebuild the shop. We cannot rebuild the two men we lost," said Larysa Hnatiuk, the plant's director.
• More attacks on energy sites are expected as the heating season approaches. "The pattern is the same as in every summer of this war: they go for the nodes that are hardest to repair before October," said Dmytro Sokyrko, an energy analyst at the Dnipro Grid Institute.
Related: What we know about the July strike on the lyceum
Follow The Kyiv Ledger on Telegram and WhatsApp
Share: Facebook · X · Telegram · Copy link
Support independent journalism - become a member from 100 hryvnias a month
© 2024 The Kyiv Ledger. All rights reserved.
"""
DOC = {"id": "li01", "date": "2024-08-14", "source": "The Kyiv Ledger (Ukrainian English-language site)",
       "url": "https://kyivledger.example/war/explainers/what-we-know-bila-tserkva-attack", "text": TEXT}

D = "2024-08-14"
WAVE, INTC = "li01-1", "li01-2"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", "Shahed-136", launched=N(37)), W("cruise_missile", "Kh-101", launched=N(4))],
      evidence="Russia attacked Ukraine overnight into Wednesday with 37 Shahed-type drones and four Kh-101 cruise missiles, according to the air force.",
      note="the nationwide wave 'overnight into Wednesday' (page of Wednesday 14 Aug) -> one country event typed by the "
           "missiles, totals in weapons"),
    E(INTC, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(29)), W("cruise_missile", intercepted=N(3))],
      evidence="Twenty-nine of the drones and three of the missiles were shot down.",
      note="the wave's interception, country precision, actor1 the defender; the fourth missile's fate is unknown (no "
           "event)"),
    E("li01-3", INT, D, R("UA-32", "Kyiv region"), "UA", "RU", parent=INTC, weapons=[W("drone", intercepted=N(14))],
      evidence="Fourteen of the downed drones were destroyed over the Kyiv region, the regional military administration reported.",
      note="a region with its own count of downed drones -> required regional interception (precision 3)"),
    E("li01-4", INT, D, R("UA-71", "Cherkasy region"), "UA", "RU", parent=INTC, optional=True,
      evidence="Air defence was also working over the Cherkasy and Zhytomyr regions.",
      note="region merely listed as 'air defence was also working' -> optional"),
    E("li01-5", INT, D, R("UA-18", "Zhytomyr region"), "UA", "RU", parent=INTC, optional=True,
      evidence="Air defence was also working over the Cherkasy and Zhytomyr regions.",
      note="second listed region -> optional"),
    E("li01-6", MAS, D, L("Bila Tserkva"), "RU", "UA", parent=WAVE, fat=N(2), inj=N(7),
      weapons=[W("cruise_missile")],
      evidence="The governor's most recent update, at 11:20, puts the toll at two dead and seven injured, all of them from the night shift.",
      note="cruise missile on the plant 'At around 03:10' of the night into Wednesday; toll 1 k 5 w at dawn -> 2 k 7 w "
           "at 11:20: the latest figure wins; child of the wave"),
    E("li01-7", DIS, D, L("Bila Tserkva"), "RU", "UA", parent="li01-6",
      evidence="Roughly 9,000 households in the western part of the city lost electricity when the blast damaged a substation beside the plant",
      note="outage caused by the strike, its own event (child of the strike); the reconnection 'by evening' is a hope"),
    E("li01-8", ARR, D, L("Bila Tserkva"), "UA", None, claimant="National Police of Ukraine",
      evidence="At 14:55 police detained a 31-year-old local man who, according to them, had filmed the plant and the firefighters from a neighbouring roof",
      note="a detention by Ukrainian police with its own hour on the publication day -> arrest, actor1 the arresting "
           "state, actor2 null"),
    E("li01-9", ADS, D, L("Fastiv"), "RU", "UA", parent=WAVE, inj=N(1), weapons=[W("drone")],
      evidence="In Fastiv, debris of a drone landed on a private house; a 70-year-old woman was taken to hospital with burns.",
      note="drone debris on a house, one woman hospitalised (= injured); fatalities not stated (absent); child of the "
           "wave, section 'ELSEWHERE IN THE KYIV REGION' gives no other day"),
    E("li01-10", MAS, D, L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("cruise_missile")],
      evidence="In the capital, fragments of a missile brought down over the Holosiivskyi district damaged two parked cars. Nobody was hurt, the city administration said.",
      note="'In the capital' = Kyiv city (Holosiivskyi district is the city); fragments of a downed missile (the wave's "
           "cruise missiles) damage cars -> a strike 0/0 ('Nobody was hurt')"),
    E("li01-11", ADS, "2024-07-27", L("Bila Tserkva"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="On 27 July a drone crashed into the gym of a lyceum in the north of the city; it was a Saturday and nobody was hurt.",
      note="recalled strike with its own day (27 July 2024, a Saturday, as the text says) -> required on that day, 0/0"),
]
# Not events: the dawn figures 'one dead and five injured' (a stage of li01-6's toll); the fourth missile 'Where … came
# down, the air force has not said' and 'Whether the fourth missile was jammed, fell into a field or hit something'
# (unknown); the MoD's 'group strike … on enterprises of the military-industrial complex' (the same wave, Russia's
# version); the plant's farm machinery 'since 2019' (background); 'targeted three times since June' (count); the
# airfield 'struck repeatedly' in 2022 (history without a day); the day of mourning on Thursday (future, not a war
# event); 'More attacks on energy sites are expected' (forecast); engineers' reconnection 'by evening' (hope).
# Quoted fragments that are not gold statements: the MoD's "a group strike with long-range precision weapons" and
# "enterprises of the military-industrial complex" (institution, no named speaker).
STATEMENTS = [
    S("Vasyl Onyshchenko", "UA", "The blast threw me off the forklift", "storekeeper, Bila Tserkva plant"),
    S("Larysa Hnatiuk", "UA", "We cannot rebuild the two men we lost", "plant director, Bila Tserkva"),
    S("Dmytro Sokyrko", None, "they go for the nodes that are hardest to repair before October",
      "energy analyst, Dnipro Grid Institute"),
]
MUST_NOT = ["THE KYIV LEDGER", "News | War | Politics | Economy | Regions | Opinion | Podcasts",
            "Home / War / Explainers", "Updated 14 August 2024, 15:40 (Kyiv time)", "Compiled by the Ledger news desk",
            "This page is updated as new information comes in. Latest changes: the toll (11:20), the detention (14:55).",
            "Related: What we know about the July strike on the lyceum",
            "Follow The Kyiv Ledger on Telegram and WhatsApp", "Share: Facebook · X · Telegram · Copy link",
            "Support independent journalism - become a member from 100 hryvnias a month",
            "© 2024 The Kyiv Ledger. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
