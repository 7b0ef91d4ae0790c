from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, POL

TITLE = "Security situation in the region: summary for 18–19 August"
TEXT = """ХАРКІВСЬКА ОБЛАСНА ВІЙСЬКОВА АДМІНІСТРАЦІЯ
Kharkiv Regional Military Administration · official portal
Українською | English
Version for the visually impaired
Home | Administration | News | Civil protection | Evacuation | Humanitarian aid | Contacts
Home › News › Security situation
Security situation in the region: summary for 18–19 August
19 August 2024, 08:50 · Press service of the Kharkiv Regional Military Administration
Print version | Send by e-mail
The head of the Kharkiv Regional Military Administration has reported on the consequences of enemy attacks over the past day.

Over the past 24 hours, the occupiers struck more than 20 settlements of the region with artillery, multiple rocket launchers, guided aerial bombs and drones. Two people were killed and three were wounded.

Kharkiv. At 21:15 yesterday, an enemy drone hit a garage cooperative in the Kholodnohirskyi district. A 47-year-old man was injured; garages and two cars were damaged.

Vovchansk. Two KAB-500 guided aerial bombs were dropped on the town, destroying private houses and the building of a former bread factory. There were no casualties.

Kozacha Lopan. This morning, at about 06:30, the village came under mortar and artillery fire. A 68-year-old woman was killed in her own yard.

Zolochiv. An FPV drone attacked the vehicle of utility workers who were restoring a power line on the edge of the settlement. Two men, aged 39 and 51, were injured.

"The men knew the risk, but without that line the pumping station would have stopped and the whole hromada would have been left without water," said Viktor Kovalenko, head of the Zolochiv settlement military administration.

Velykyi Burluk. The settlement was shelled with multiple rocket launchers. A power line was damaged, and four villages of the hromada were left without electricity. Repairs will begin once the security situation permits.

Kupiansk. The city was under artillery fire. A 73-year-old man was killed.

Slatyne, Prudianka and Strilecha also came under fire; information on the consequences is being clarified.

Overnight, air defence forces destroyed six Shahed-type attack drones over the region.

Lyptsi. As reported earlier, a guided aerial bomb hit a house in Lyptsi on Saturday evening. On Sunday, rescuers recovered a second body from beneath the rubble, so the number of people killed in that attack has risen to two.

By a decision of the regional defence council adopted on Sunday, the compulsory evacuation of families with children from nine settlements of the Kupiansk hromada has been announced. Buses leave from the Kupiansk bus station every day at 10:00.

"Every day we take out ten to fifteen families. Those who stay are mostly elderly people who refuse to leave their gardens," said Andrii Tarasiuk, head of the Kupiansk city military administration.

We remind you that civilians are not allowed to enter the three-kilometre zone along the state border.
Hotline of the Regional Military Administration: 0 800 33 47 12 (calls are free)
Report the consequences of shelling via the chatbot @kharkiv_rma_help_bot
Share: Facebook · Telegram · Viber
© 2024 Kharkiv Regional Military Administration. When using materials, a reference to the source is mandatory.
"""
DOC = {"id": "lj05", "date": "2024-08-19", "source": "Kharkiv Regional Military Administration (official portal, "
       "the head's posts retold by the press service)",
       "url": "https://kharkivoda.example/en/news/security-situation-18-19-august-2024", "text": TEXT}

D, SUN, SAT = "2024-08-19", "2024-08-18", "2024-08-17"
PAST = dict(prec="range", end=D)
T = "lj05-1"
EVENTS = [
    E(T, MAS, SUN, R("UA-63", "Kharkiv region"), "RU", "UA", agg=True, fat=N(2), inj=N(3), family=[ADS],
      claimant="head of the Kharkiv regional military administration", **PAST,
      evidence="Over the past 24 hours, the occupiers struck more than 20 settlements of the region with artillery, "
               "multiple rocket launchers, guided aerial bombs and drones",
      note="the governor's past-24-hours tally: range 18-19 Aug (ANNOTATION 6), aggregate parent of its lines (blind53 "
           "call 3), 2 killed 3 wounded (= Kozacha Lopan + Kupiansk; Kharkiv 1 + Zolochiv 2); mixed weapons, typed by "
           "the shelling with the air type accepted; 'more than 20 settlements' is no weapon count"),
    E("lj05-2", ADS, SUN, L("Kharkiv"), "RU", "UA", parent=T, inj=N(1), weapons=[W("drone")],
      evidence="At 21:15 yesterday, an enemy drone hit a garage cooperative in the Kholodnohirskyi district",
      note="'At 21:15 yesterday' -> 18 Aug (a line with its own time takes its day); the district is the city"),
    E("lj05-3", ADS, SUN, L("Vovchansk"), "RU", "UA", parent=T, fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", "KAB-500", launched=N(2))], **PAST,
      evidence="Two KAB-500 guided aerial bombs were dropped on the town",
      note="a line without its own time -> the past-day range; 'There were no casualties' -> 0/0; two bombs counted"),
    E("lj05-4", MAS, D, L("Kozacha Lopan"), "RU", "UA", parent=T, fat=N(1), weapons=[W("artillery")],
      evidence="This morning, at about 06:30, the village came under mortar and artillery fire",
      note="'This morning, at about 06:30' -> 19 Aug; mortars and artillery -> one artillery entry; 1 killed"),
    E("lj05-5", ADS, SUN, H("Zolochiv", "edge of Zolochiv"), "RU", "UA", parent=T, inj=N(2), weapons=[W("drone")],
      **PAST,
      evidence="An FPV drone attacked the vehicle of utility workers who were restoring a power line on the edge of the "
               "settlement",
      note="'on the edge of the settlement' -> precision 2 (blind49); Zolochiv 686895 (Kharkiv oblast), not the Lviv "
           "town; two men injured; past-day range"),
    E("lj05-6", MAS, SUN, L("Velykyi Burluk"), "RU", "UA", parent=T, weapons=[W("mlrs")], **PAST,
      evidence="The settlement was shelled with multiple rocket launchers",
      note="MLRS fire on Velykyi Burluk, casualties not stated; past-day range"),
    E("lj05-7", DIS, SUN, H("Velykyi Burluk", "Velykyi Burluk hromada"), "RU", "UA", parent="lj05-6", **PAST,
      evidence="four villages of the hromada were left without electricity",
      note="the damaged power line leaves four villages of the hromada without power: outage caused by lj05-6, "
           "precision 2; 'Repairs will begin once …' is a plan"),
    E("lj05-8", MAS, SUN, L("Kupiansk"), "RU", "UA", parent=T, fat=N(1), weapons=[W("artillery")], **PAST,
      evidence="The city was under artillery fire. A 73-year-old man was killed.",
      note="Kupiansk artillery, 1 killed; past-day range"),
    E("lj05-9", MAS, SUN, L("Slatyne"), "RU", "UA", parent=T, family=[ADS], optional=True, **PAST,
      evidence="Slatyne, Prudianka and Strilecha also came under fire",
      note="a place merely listed as 'also came under fire', consequences 'being clarified' -> optional (blind50 call "
           "6); weapon unsaid"),
    E("lj05-10", MAS, SUN, L("Prudianka"), "RU", "UA", parent=T, family=[ADS], optional=True, **PAST,
      evidence="Slatyne, Prudianka and Strilecha also came under fire",
      note="listed -> optional, as lj05-9"),
    E("lj05-11", MAS, SUN, L("Strilecha"), "RU", "UA", parent=T, family=[ADS], optional=True, **PAST,
      evidence="Slatyne, Prudianka and Strilecha also came under fire",
      note="listed -> optional, as lj05-9"),
    E("lj05-12", INT, D, R("UA-63", "Kharkiv region"), "UA", "RU", weapons=[W("drone", "Shahed-136", intercepted=N(6))],
      evidence="Overnight, air defence forces destroyed six Shahed-type attack drones over the region",
      note="'Overnight' in a Monday-morning summary -> 19 Aug; a region with its own count -> required interception"),
    E("lj05-13", ADS, SAT, L("Lyptsi"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      evidence="a guided aerial bomb hit a house in Lyptsi on Saturday evening",
      note="recalled strike 'on Saturday evening' -> 17 Aug (outside the past-day tally); the second body found on "
           "Sunday raises that attack's toll to two -> the latest figure (blind49 call 4); the find is no event"),
    E("lj05-14", POL, SUN, H("Kupiansk", "Kupiansk hromada"), "UA", None,
      evidence="By a decision of the regional defence council adopted on Sunday, the compulsory evacuation of families "
               "with children from nine settlements of the Kupiansk hromada has been announced",
      note="an evacuation order about a named hromada is a policy_decision (UA, precision 2; blind50 call 2), adopted "
           "'on Sunday' -> 18 Aug; the daily buses are its implementation"),
]
# Not events: 'more than 20 settlements' (part of the tally), repairs 'once the security situation permits' (plan),
# the second body found on Sunday (update of lj05-13), the evacuation buses 'every day at 10:00' (routine), the
# Kupiansk head's 'Every day we take out …' (habitual), the ban on entering the border zone (standing rule). Portal
# masthead, portal line, language row, menu, breadcrumb, date/press-service line, print row, hotline, chatbot line,
# share row and © are furniture.
STATEMENTS = [
    S("Viktor Kovalenko", "UA", "without that line the pumping station would have stopped",
      "head, Zolochiv settlement military administration"),
    S("Andrii Tarasiuk", "UA", "Those who stay are mostly elderly people who refuse to leave their gardens",
      "head, Kupiansk city military administration"),
]
MUST_NOT = ["Version for the visually impaired",
            "ХАРКІВСЬКА ОБЛАСНА ВІЙСЬКОВА АДМІНІСТРАЦІЯ", "Kharkiv Regional Military Administration · official portal",
            "Українською | English",
            "Home | Administration | News | Civil protection | Evacuation | Humanitarian aid | Contacts",
            "Home › News › Security situation",
            "19 August 2024, 08:50 · Press service of the Kharkiv Regional Military Administration",
            "Print version | Send by e-mail",
            "Hotline of the Regional Military Administration: 0 800 33 47 12 (calls are free)",
            "Report the consequences of shelling via the chatbot @kharkiv_rma_help_bot",
            "Share: Facebook · Telegram · Viber",
            "© 2024 Kharkiv Regional Military Administration. When using materials, a reference to the source is "
            "mandatory."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
