from common import E, L, R, C, N, W, S, gold

TITLE = "May 2024 in numbers: fewer missiles, more drones and a record month for glide bombs"
TEXT = """SIGNAL & NOISE — the data desk
Home > Data > Ukraine air war monthly
May 2024 in numbers: fewer missiles, more drones and a record month for glide bombs
By the Signal & Noise data team | Published 03.06.2024, 07:00 | Methodology
Every month we compile Ukraine's air force reports, regional administrations' statements and our own database of incidents into a single overview. Figures are as reported; Russian and Ukrainian claims are not independently verified.

The headline numbers

In May 2024, Russia launched 283 missiles and 512 Shahed-type drones against Ukraine, according to our tally of the Ukrainian air force's daily reports. That is fewer missiles than in April (329) but more drones (April: 445). Ukraine's air force reported shooting down 167 of the missiles and 441 of the drones, an interception rate of 59% for missiles and 86% for drones.

Chart: Missiles and drones launched per day, May 2024 · Source: Ukrainian Air Force · Get the data · Embed

The lower missile count should not be read as a sign of Russian restraint. Russia has shifted toward fewer, heavier raids aimed at the power grid, and it has increasingly used ballistic missiles, which Ukraine can intercept only with the small number of Patriot batteries it operates. Of the 283 missiles, we count 71 ballistic missiles, the highest monthly share since we began the tally in October 2022.

The biggest night

The largest single attack of the month came on May 8, when Russia launched 55 missiles and 21 drones at energy facilities in at least six regions. The air force said 39 of the missiles and 20 of the drones were shot down. Thermal power plants in the Kirovohrad and Ivano-Frankivsk regions were damaged, and the national grid operator introduced scheduled blackouts for households from May 14 that continued through the end of the month.

The deadliest incident

The deadliest single strike of the month was on Kharkiv on May 19, when two glide bombs hit a sports complex in the city's Kyivskyi district, killing nine people and injuring 34. Kharkiv was hit with guided bombs on at least 17 days in May, a pattern that began when Russia opened its new offensive north of the city on May 10.

Where the missiles went

The geography of the strikes changed during the month. In the first half of May, Russia concentrated on the power system: thermal and hydroelectric plants, large substations and, for the first time in months, gas production and storage sites in the west of the country. In the second half, the focus shifted toward the Kharkiv region, where missiles and glide bombs supported the ground offensive, and toward the ports of the Odesa region, which were hit on several nights as grain exports through the Ukrainian corridor reached their highest level since the war began.

Kyiv was comparatively spared. The capital's air defence, the densest in the country, stopped almost everything aimed at it in May, and the city recorded no fatalities from air attacks during the month. That contrast — a protected capital and exposed regional cities — has become one of the most politically sensitive features of the air war, and mayors of cities such as Kharkiv, Dnipro and Odesa have said so openly.

How we count

Our tally relies on the Ukrainian air force's morning reports, which give the number of missiles and drones launched overnight and the number shot down. These reports do not always cover daytime attacks, and they exclude most guided bombs, artillery and short-range drones used near the front, which cause the majority of civilian casualties in front-line communities. We therefore treat the monthly totals as a measure of the long-range campaign only. Where the air force later corrected a figure, we use the corrected one. Days without a report are counted as zero, which may slightly understate the totals.

We also do not attempt to estimate how many of the drones were decoys without warheads. Ukrainian officials have said that a growing share of what Russia launches are cheap imitations designed to exhaust air defences, but they have not published consistent figures, and any estimate we made would be a guess.

Glide bombs: a record

Russian aircraft dropped more than 3,200 guided aerial bombs in May, according to statements by the Ukrainian commander-in-chief, more than in any previous month. The vast majority fell on front-line areas in the Donetsk and Kharkiv regions, but KABs with extended-range kits now regularly reach cities 40 to 60 kilometres behind the front, including Kharkiv, Sumy and Zaporizhzhia.

Energy: the cost of the month

The grid operator's figures give a sense of the damage. By the end of May, Ukraine had lost about 9 gigawatts of generating capacity to Russian strikes since March, roughly half of what it needs on a summer evening. Imports from the European Union covered part of the gap, but they are limited by the capacity of the interconnectors, about 1.7 gigawatts. The rest was managed through scheduled cuts that in the last week of the month reached up to four hours a day in some regions. Independent energy analysts expect the deficit to grow in July, when air conditioning raises demand and several nuclear units go into scheduled maintenance.

A note on Russia's figures

Russia's defence ministry reported downing 1,180 Ukrainian drones over Russian territory and annexed Crimea in May, including 87 in a single night over the Belgorod, Kursk and Bryansk regions. The ministry's figures cannot be compared with Ukraine's: it rarely publishes how many drones were launched, and it never reports damage.

Casualties

The UN human rights monitoring mission in Ukraine reported at least 174 civilians killed and 690 injured in May, the highest monthly toll since June 2023. More than half of the casualties were in the Kharkiv region.

What to expect in June

Two factors will shape June's numbers. The first is the arrival of additional Patriot systems promised by Germany and other partners, which could raise interception rates for ballistic missiles if they arrive before the summer peak in electricity demand. The second is the permission several Western governments gave Ukraine in late May to strike military targets on Russian territory near the Kharkiv border with Western weapons, which may reduce the number of glide bombs launched from Belgorod region airspace. Neither effect is likely to be visible in the data before July.

Our methodology, sources and the full daily dataset are available on GitHub.
Corrections: email data@signalnoise.example
Support data journalism: €3/month
"""
DOC = {"id": "l07", "date": "2024-06-03", "source": "Signal & Noise (data desk)",
       "url": "https://signalnoise.example/data/ukraine-air-war-monthly/2024-05", "text": TEXT}

MAY = dict(prec="month", agg=True)
EVENTS = [
    E("l07-1", "missile_artillery_strike", "2024-05-01", C("UA", "Ukraine"), "RU", "UA", end="2024-05-31", optional=True,
      family=["air_drone_strike"], weapons=[W("missile", launched=N(283)), W("drone", "Shahed-136", launched=N(512))],
      **MAY, note="monthly total: optional (brief convention); April figures are comparison only"),
    E("l07-2", "interception", "2024-05-01", C("UA", "Ukraine"), "UA", "RU", end="2024-05-31", optional=True,
      weapons=[W("missile", intercepted=N(167)), W("drone", intercepted=N(441))], **MAY,
      note="monthly interception total: optional"),
    E("l07-3", "missile_artillery_strike", "2024-05-08", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(55)), W("drone", launched=N(21))],
      note="recalled 'on May 8' wave with counts: a resolvable day -> required; 'at least six regions' unnamed"),
    E("l07-4", "interception", "2024-05-08", C("UA", "Ukraine"), "UA", "RU", parent="l07-3",
      weapons=[W("missile", intercepted=N(39)), W("drone", intercepted=N(20))], note="39 missiles and 20 drones"),
    E("l07-5", "missile_artillery_strike", "2024-05-08", R("UA-35", "Kirovohrad region"), "RU", "UA", parent="l07-3",
      family=["air_drone_strike"],
      note="thermal power plant damaged in the Kirovohrad region: region only, weapon not said"),
    E("l07-6", "missile_artillery_strike", "2024-05-08", R("UA-26", "Ivano-Frankivsk region"), "RU", "UA",
      parent="l07-3", family=["air_drone_strike"],
      note="thermal power plant damaged in the Ivano-Frankivsk region: region only, weapon not said"),
    E("l07-7", "infrastructure_disruption", "2024-05-14", C("UA", "Ukraine"), None, None, prec="range",
      end="2024-05-31", optional=True,
      note="scheduled household blackouts 'from May 14 … through the end of the month': a period, nationwide; optional "
           "as a recalled period in a monthly review"),
    E("l07-8", "air_drone_strike", "2024-05-19", L("Kharkiv", 1, "Kharkiv, Kyivskyi district"), "RU", "UA", fat=N(9),
      inj=N(34), weapons=[W("guided_bomb", launched=N(2))],
      note="recalled 'on May 19' with a toll: required"),
    E("l07-9", "air_drone_strike", "2024-05-01", L("Kharkiv"), "RU", "UA", end="2024-05-31", optional=True,
      weapons=[W("guided_bomb")], **MAY, note="'on at least 17 days in May': a monthly pattern, optional"),
    E("l07-10", "armed_clash", "2024-05-10", R("UA-63", "Kharkiv region"), "RU", "UA", optional=True,
      note="'Russia opened its new offensive north of the city on May 10': recalled with a day but only as background "
           "to a pattern, no place beyond 'north of the city' -> optional"),
    E("l07-11", "air_drone_strike", "2024-05-01", C("UA", "Ukraine"), "RU", "UA", end="2024-05-31", optional=True,
      weapons=[W("guided_bomb", launched=N(3200, "at_least"))], **MAY, note="monthly glide bomb total: optional"),
    E("l07-12", "interception", "2024-05-01", C("RU", "Russia"), "RU", "UA", end="2024-05-31", optional=True,
      weapons=[W("drone", intercepted=N(1180))], **MAY, note="Russian MoD monthly total: optional"),
    E("l07-13", "interception", "2024-05-01", R("RU-BEL", "Belgorod, Kursk and Bryansk regions"), "RU", "UA",
      end="2024-05-31", prec="range", optional=True, weapons=[W("drone", intercepted=N(87))],
      note="'87 in a single night' in May, the night not named: undatable -> optional"),
    E("l07-15", "missile_artillery_strike", "2024-05-01", C("UA", "Ukraine"), "RU", "UA", end="2024-05-31",
      optional=True, family=["air_drone_strike"], fat=N(174, "at_least"), inj=N(690), **MAY,
      note="UN monthly civilian toll (at least 174 killed, 690 injured): a monthly total, optional"),
    E("l07-14", "policy_decision", "2024-05-20", C(None, "Western governments"), None, None, prec="range",
      end="2024-05-31", optional=True,
      note="permissions 'in late May' by several unnamed governments: vague -> optional"),
]
STATEMENTS = []
MUST_NOT = ["SIGNAL & NOISE — the data desk", "Home > Data > Ukraine air war monthly",
            "By the Signal & Noise data team | Published 03.06.2024, 07:00 | Methodology",
            "Chart: Missiles and drones launched per day, May 2024 · Source: Ukrainian Air Force · Get the data · Embed",
            "Our methodology, sources and the full daily dataset are available on GitHub.",
            "Corrections: email data@signalnoise.example", "Support data journalism: €3/month"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
