from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Evening summary, 28 July: ballistic missile on a Kryvyi Rih enterprise, a dozen hurt in a Marhanets minibus"
TEXT = """DNIPROPETROVSK REGIONAL MILITARY ADMINISTRATION
Official website
УКР | ENG
News | Administration | Districts | Civil protection | Appeals of citizens
News › Evening summaries
Evening summary, 28 July: ballistic missile on a Kryvyi Rih enterprise, a dozen hurt in a Marhanets minibus
28.07.2025 · 20:15 · Press service of the RMA
As of 20:00. Over the day the enemy attacked five districts of the region with artillery, drones, a guided aerial bomb and a ballistic missile. Four people were killed and 27 injured.

Air defence forces destroyed nine UAVs over the region: five over the Pavlohrad district and four over the Dnipro district.

KRYVYI RIH DISTRICT
At 14:20 a ballistic missile hit an industrial enterprise in Kryvyi Rih. Three workers were killed. The number of injured has risen to 11 (in the 16:00 update we reported nine); six of them are in hospital, two in a serious condition.

"The shift had just come back from lunch. We are still going through the list of who was on the site," said Vadym Tkachenko, the enterprise's deputy director for safety.

NIKOPOL DISTRICT
The district was under fire for most of the day. Artillery wounded a 47-year-old man in Nikopol, and a guided aerial bomb fell on the outskirts of Pokrov without causing casualties. In Marhanets, an FPV drone struck a minibus waiting at a stop in the morning: a dozen passengers were injured, three of them seriously. A 63-year-old man was killed by artillery fire in the Chervonohryhorivka hromada.

"Twelve people came to us in one hour, most of them with shrapnel in the legs and back," said Oksana Rudenko, head of the surgical department of the Marhanets hospital.

SYNELNYKOVE DISTRICT
Two children and their mother were injured when a drone hit their house in the Mezhova hromada. The boys are 6 and 11; all three are in hospital in a moderate condition.

PAVLOHRAD DISTRICT
Shortly after 03:00, a drone struck an infrastructure facility in Pavlohrad, and a fire broke out. The blast also damaged five private houses and a gas pipeline. About 4,000 families in the city are temporarily without electricity.

"We will have the line back by the morning if nothing else arrives tonight," said Ihor Sydorenko, the chief engineer of the district power company.

DNIPRO
Overnight, debris of a downed drone fell near a high-rise building in the Shevchenkivskyi district of the city. No casualties.

Evacuation from the front-line hromadas of the Synelnykove district continues. Tomorrow, 29 July, Kryvyi Rih mourns its dead: the city has announced a day of mourning.
Hotline of the regional military administration: 0 800 00 00 00
Follow us: Telegram | Facebook | Viber
© Dnipropetrovsk Regional Military Administration, 2025
"""
DOC = {"id": "lk07", "date": "2025-07-28", "source": "Dnipropetrovsk Regional Military Administration (invented page: "
       "evening summary)", "url": "https://dp-rma.example/en/news/evening-summary-2025-07-28", "text": TEXT}

D = "2025-07-28"
T, I1 = "lk07-1", "lk07-11"
RMA = "Dnipropetrovsk regional military administration"
A = dict(parent=T, claimant=RMA)
EVENTS = [
    E(T, MAS, D, R("UA-12", "Dnipropetrovsk region"), "RU", "UA", agg=True, fat=N(4), inj=N(27), family=[ADS],
      claimant=RMA,
      evidence="Over the day the enemy attacked five districts of the region with artillery, drones, a guided aerial bomb and a ballistic missile. Four people were killed and 27 injured.",
      note="the evening summary's day tally ('Over the day', 'As of 20:00') -> 28 Jul, day precision, aggregate parent "
           "of the district lines; no munition counts (no weapons); typed as blind53 ld05-1's tally, both types. "
           "Check: killed Kryvyi Rih 3 + Chervonohryhorivka hromada 1 = 4; injured Nikopol 1 + Marhanets 12 + Mezhova "
           "hromada 3 + Kryvyi Rih 11 = 27"),
    E("lk07-2", MAS, D, L("Kryvyi Rih"), "RU", "UA", fat=N(3), inj=N(11), weapons=[W("ballistic_missile")], **A,
      evidence="At 14:20 a ballistic missile hit an industrial enterprise in Kryvyi Rih.",
      note="'At 14:20 a ballistic missile hit an industrial enterprise': 3 k; 'The number of injured has risen to 11 "
           "(in the 16:00 update we reported nine)' -> 11 (the latest figure)"),
    E("lk07-3", MAS, D, L("Nikopol"), "RU", "UA", inj=N(1), weapons=[W("artillery")], **A,
      evidence="Artillery wounded a 47-year-old man in Nikopol",
      note="first of two incidents in one sentence (different places, different weapons): artillery in Nikopol, 1 w"),
    E("lk07-4", ADS, D, H("Pokrov", "outskirts of Pokrov"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb")], **A,
      evidence="a guided aerial bomb fell on the outskirts of Pokrov without causing casualties",
      note="second incident of the same sentence: a guided bomb on 'the outskirts of Pokrov' (precision 2), 'without "
           "causing casualties' -> 0/0"),
    E("lk07-5", ADS, D, L("Marhanets"), "RU", "UA", inj=N(12, "about"), weapons=[W("drone")], **A,
      evidence="In Marhanets, an FPV drone struck a minibus waiting at a stop in the morning: a dozen passengers were injured, three of them seriously.",
      note="'a dozen passengers were injured, three of them seriously' -> 12 in words (the surgeon's 'Twelve people' "
           "agrees; the three serious cases are inside)"),
    E("lk07-6", MAS, D, H("Chervonohryhorivka", "Chervonohryhorivka hromada"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")], **A,
      evidence="A 63-year-old man was killed by artillery fire in the Chervonohryhorivka hromada.",
      note="a hromada = precision 2 (its centre's point); 1 k"),
    E("lk07-7", ADS, D, H("Mezhova", "Mezhova hromada"), "RU", "UA", inj=N(3), weapons=[W("drone")], **A,
      evidence="Two children and their mother were injured when a drone hit their house in the Mezhova hromada.",
      note="'Two children and their mother were injured' -> 3 in words; a hromada = precision 2"),
    E("lk07-8", ADS, D, L("Pavlohrad"), "RU", "UA", weapons=[W("drone")], **A,
      evidence="Shortly after 03:00, a drone struck an infrastructure facility in Pavlohrad, and a fire broke out.",
      note="'Shortly after 03:00' of the summary's day -> 28 Jul; casualties not stated (absent)"),
    E("lk07-9", DIS, D, L("Pavlohrad"), "RU", "UA", parent="lk07-8", claimant=RMA,
      evidence="About 4,000 families in the city are temporarily without electricity.",
      note="a follow-up naming no town ('The blast also damaged …', 'About 4,000 families in the city') -> the Pavlohrad "
           "outage"),
    E("lk07-10", ADS, D, L("Dnipro"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A,
      evidence="Overnight, debris of a downed drone fell near a high-rise building in the Shevchenkivskyi district of the city.",
      note="'DNIPRO' heading + 'the Shevchenkivskyi district of the city' (= Dnipro); 'Overnight' in an evening summary "
           "of 28 Jul -> the night into 28 Jul; debris damage is the strike, 'No casualties' -> 0/0"),
    E(I1, INT, D, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", claimant=RMA,
      weapons=[W("drone", intercepted=N(9))],
      evidence="Air defence forces destroyed nine UAVs over the region",
      note="'destroyed nine UAVs over the region' -> regional interception with a count, required"),
    E("lk07-12", INT, D, H("Pavlohrad", "Pavlohrad district"), "UA", "RU", parent=I1, claimant=RMA,
      weapons=[W("drone", intercepted=N(5))],
      evidence="five over the Pavlohrad district",
      note="a district with its own count inside the total (blind53 ld06's 'over the district', ld09-2) -> required, "
           "precision 2"),
    E("lk07-13", INT, D, H("Dnipro", "Dnipro district"), "UA", "RU", parent=I1, claimant=RMA,
      weapons=[W("drone", intercepted=N(4))],
      evidence="four over the Dnipro district",
      note="the other district count: four over the Dnipro district (raion named after its centre, precision 2)"),
]
# Not events: the evacuation that 'continues' (ongoing, no event), the day of mourning 'Tomorrow, 29 July' (future),
# the engineer's 'by the morning if nothing else arrives' (conditional), 'six of them are in hospital' (inside lk07-2's
# injured), the 16:00 figure of nine (a stage of lk07-2). The district headings and the 'As of 20:00' line are text.
# Masthead, 'Official website', language row, menu, breadcrumb, date/press-service line, hotline, follow line and ©
# are furniture.
STATEMENTS = [
    S("Vadym Tkachenko", "UA", "We are still going through the list of who was on the site",
      "deputy director for safety, Kryvyi Rih enterprise"),
    S("Oksana Rudenko", "UA", "most of them with shrapnel in the legs and back",
      "head of the surgical department, Marhanets hospital"),
    S("Ihor Sydorenko", "UA", "We will have the line back by the morning", "chief engineer, Pavlohrad district power company"),
]
MUST_NOT = ["DNIPROPETROVSK REGIONAL MILITARY ADMINISTRATION", "Official website", "УКР | ENG",
            "News | Administration | Districts | Civil protection | Appeals of citizens", "News › Evening summaries",
            "28.07.2025 · 20:15 · Press service of the RMA", "Hotline of the regional military administration: 0 800 00 00 00",
            "Follow us: Telegram | Facebook | Viber", "© Dnipropetrovsk Regional Military Administration, 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
