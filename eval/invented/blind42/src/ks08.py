from common import E, L, R, C, N, W, S, gold

TITLE = "Civilian harm in Ukraine: February 2026 — 241 killed and 1,102 injured; ballistic missile on Kryvyi Rih deadliest incident"
TEXT = """CIVILIAN HARM OBSERVATORY UKRAINE
Home | Monthly updates | Data explorer | Methodology | About us | Contact
Monthly update No. 52
Civilian harm in Ukraine: February 2026 — 241 killed and 1,102 injured; ballistic missile on Kryvyi Rih deadliest incident
Released: 10 March 2026, 10:00 CET
FOR IMMEDIATE RELEASE
Download the full report (PDF, 2.4 MB) | Download the dataset (CSV)

Summary
In February 2026, the Civilian Harm Observatory Ukraine (CHOU) recorded 241 civilians killed and 1,102 injured in Ukraine as a result of the Russian Federation's armed attack. The monthly toll is 9 per cent lower than in January 2026 (265 killed, 1,187 injured) but 31 per cent higher than in February 2025. As in every month since the autumn of 2024, the great majority of casualties (86 per cent) were caused by explosive weapons with wide-area effects: missiles, guided aerial bombs, artillery and multiple-launch rocket systems, and increasingly short-range drones.

"February showed again that no city in Ukraine is outside the reach of these weapons, and that the front-line towns carry a burden that the national figures hide," said Ilse Verhoeven, who heads CHOU's monitoring team. "Kostiantynivka, Kherson and Nikopol lose people every week, and most of those deaths never make the news."

The figures below are verified cases only. CHOU believes the actual numbers are higher, particularly in areas near the front line and in territory occupied by the Russian Federation, where access for monitors is impossible or severely restricted.

1. Casualties by region, February 2026 (verified)
Region | Killed | Injured
Donetsk | 78 | 301
Kharkiv | 37 | 214
Dnipropetrovsk | 34 | 169
Kherson | 29 | 152
Zaporizhzhia | 22 | 118
Sumy | 19 | 63
Kyiv city | 6 | 41
Other regions | 16 | 44
Total | 241 | 1,102

Donetsk region again accounted for the largest number of casualties, almost all of them in the towns still under Ukrainian control between Kostiantynivka and Sloviansk and in the Dobropillia area. Casualties in Sumy region rose for the third month in a row, as Russian forces intensified the use of guided bombs and drones against border communities.

2. Deadliest incidents of the month
- 3 February, Kryvyi Rih (Dnipropetrovsk region): an Iskander-M ballistic missile struck a five-storey apartment building in the Metalurhiinyi district in the evening. 11 civilians were killed, including three children, and 46 were injured. This was the deadliest single incident recorded by CHOU since July 2025.
- 9 February, Kostiantynivka (Donetsk region): two guided aerial bombs struck the central market at about 11:00. 5 civilians were killed and 12 injured.
- 17 February, near Bilopillia (Sumy region): a first-person-view drone struck a minibus carrying workers to a farm on the outskirts of the town. 4 civilians were killed and 3 injured.
- 21 February, Kharkiv: a combined attack with missiles and drones on the Kyivskyi and Saltivskyi districts during the night. 3 civilians were killed and 21 injured.
- 26 February, Kherson: artillery shelling of the Dniprovskyi district in the afternoon killed 3 civilians and injured 7, among them a municipal worker clearing debris from an earlier strike.

Voices from the month
CHOU monitors interviewed 112 victims and witnesses in February. A woman who survived the 3 February strike in Kryvyi Rih, where she lived on the fourth floor, described the moment the missile hit. "There was no siren before, or maybe there was and nobody heard it. The light went, the wall went, and then I was standing in the stairwell holding my daughter's hand and I did not know how I got there," said Valentyna Hordiyenko, 41. Her neighbours on the floor above were among those killed.

In Kostiantynivka, monitors spoke to traders who had returned to the central market in the weeks before the 9 February attack, after it had been closed for most of the winter because of shelling. "People have to buy food somewhere, and the market was the only place left," one trader said. The market has not reopened.

3. Weapons and patterns
Missiles and long-range drones caused 29 per cent of civilian casualties in February, mostly in cities far from the front line, such as Kryvyi Rih, Kharkiv, Odesa and Kyiv. Guided aerial bombs caused 24 per cent. Short-range drones, including first-person-view drones, caused 27 per cent of casualties, the highest share ever recorded by CHOU; almost all of these casualties occurred within 25 kilometres of the front line. Artillery and rocket systems caused most of the remainder.

CHOU documented 64 attacks on civilian vehicles in February, including ambulances, buses and the cars of aid workers. Attacks on vehicles by short-range drones have become a daily occurrence in the Kherson, Nikopol and Kostiantynivka areas, and local authorities have restricted road traffic in several communities.

CHOU notes that the monthly distribution of casualties has changed markedly since 2024. In the first two years of the full-scale invasion, most civilian casualties were caused by artillery and rockets in towns close to the front line. Since the second half of 2024, long-range missiles and drones have caused a growing share of casualties in cities far from the front, while short-range drones have made the roads and streets of front-line communities dangerous at any hour. CHOU has recorded civilian casualties from short-range drones at distances of up to 30 kilometres from the front line, compared with about 10 kilometres two years ago.

4. Children
At least 14 children were killed and 78 injured in February. Since February 2022, CHOU has verified the deaths of 743 children in Ukraine. The real number is likely much higher, particularly in Mariupol and other areas where CHOU has been unable to verify information.

5. Damage to civilian infrastructure
CHOU recorded damage to 31 educational facilities and 18 health facilities in February. Attacks on energy infrastructure continued: CHOU recorded 38 attacks that damaged energy facilities during the month, causing power and heating outages in at least nine regions. The largest outage followed the attack of 21 February on Kharkiv, after which about 180,000 consumers in the city were without electricity for more than a day.

6. Corrections to previous months
After two people injured in the strike of 12 January 2026 on Zaporizhzhia died in hospital in February, CHOU has revised the toll of that strike from 7 to 9 killed; the number of injured falls from 29 to 27. The January total has been revised accordingly and is shown above. No other corrections were made.

7. Preliminary figures for March
In the first week of March (1 to 7 March), CHOU recorded at least 38 civilians killed and 190 injured. These figures are preliminary and will be verified for the March update.

8. Reports from the Russian side
The Russian authorities reported that 21 civilians were killed and 96 injured in Belgorod, Kursk and Bryansk regions of the Russian Federation in February as a result of attacks by the armed forces of Ukraine. Russian-installed authorities in the occupied part of Donetsk region reported 14 civilians killed by Ukrainian shelling during the month. CHOU has not verified these reports, which fall outside its mandate and its access.

9. Cumulative figures
Since 24 February 2022, CHOU has verified 14,683 civilians killed and 38,902 injured in Ukraine, including 743 children killed. The figures include 1,382 people killed in the territory occupied by the Russian Federation, verified mostly in the first months of the full-scale invasion.

10. Outlook
Large combined attacks on energy infrastructure are likely to continue while the heating season lasts. CHOU is also concerned that the front-line towns of Donetsk region, where several tens of thousands of civilians remain, will see more casualties if Russian forces advance toward Kostiantynivka and Druzhkivka in the spring. CHOU calls on all parties to respect international humanitarian law, to refrain from using explosive weapons with wide-area effects in populated areas and to allow the evacuation of civilians who wish to leave.

Methodology
CHOU verifies each civilian casualty through at least three independent and reliable sources, including interviews with victims and witnesses, medical records, official data and open-source information. Casualties that cannot be verified are not included. Figures for recent months may change as new information becomes available.

Media enquiries: press@chou-monitor.example
CHOU is funded by the governments of Norway, Switzerland and Ireland. The views expressed are those of CHOU.
This update is published under a Creative Commons Attribution 4.0 licence.
"""
DOC = {"id": "ks08", "date": "2026-03-10", "source": "Civilian Harm Observatory Ukraine (monitoring NGO, monthly statistics)",
       "url": "https://chou-monitor.example/monthly/2026-02-civilian-harm-update-52", "text": TEXT}

F0, F1 = "2026-02-01", "2026-02-28"
EVENTS = [
    E("ks08-1", "missile_artillery_strike", "2026-02-03", L("Kryvyi Rih"), "RU", "UA", fat=N(11), inj=N(46),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="deadliest incident 3 Feb: Iskander-M on an apartment building in Kryvyi Rih, 11 k 46 w (the title repeats it)"),
    E("ks08-2", "air_drone_strike", "2026-02-09", L("Kostiantynivka"), "RU", "UA", fat=N(5), inj=N(12),
      weapons=[W("guided_bomb", launched=N(2))],
      note="9 Feb: two guided bombs on the central market of Kostiantynivka, 5 k 12 w"),
    E("ks08-3", "air_drone_strike", "2026-02-17", L("Bilopillia", 2), "RU", "UA", fat=N(4), inj=N(3),
      weapons=[W("drone")],
      note="17 Feb 'near Bilopillia': FPV drone on a minibus on the outskirts, 4 k 3 w (precision 2)"),
    E("ks08-4", "missile_artillery_strike", "2026-02-21", L("Kharkiv"), "RU", "UA", fat=N(3), inj=N(21),
      weapons=[W("missile"), W("drone")],
      note="21 Feb: combined missile-and-drone attack on two districts of Kharkiv 'during the night', 3 k 21 w; typed "
           "by the heaviest weapon"),
    E("ks08-5", "infrastructure_disruption", "2026-02-21", L("Kharkiv"), "RU", "UA", parent="ks08-4",
      note="section 5: after the 21 February attack 'about 180,000 consumers in the city were without electricity for "
           "more than a day'"),
    E("ks08-6", "missile_artillery_strike", "2026-02-26", L("Kherson"), "RU", "UA", fat=N(3), inj=N(7),
      weapons=[W("artillery")],
      note="26 Feb: artillery on the Dniprovskyi district (= the city), 3 k 7 w; 'an earlier strike' is undated"),
    E("ks08-7", "missile_artillery_strike", "2026-01-12", L("Zaporizhzhia"), "RU", "UA", fat=N(9), inj=N(27),
      family=["air_drone_strike"],
      note="corrections section: 'the strike of 12 January 2026 on Zaporizhzhia', toll revised to 9 killed, 27 "
           "injured: a recalled event with a day and its current figures (required); weapon not said -> both types"),
    E("ks08-8", "missile_artillery_strike", F0, C("UA", "Ukraine"), "RU", "UA", end=F1, prec="month", agg=True,
      optional=True, fat=N(241), inj=N(1102), family=["air_drone_strike"],
      note="the February national total 241/1,102: month aggregate, optional (blind39 call 6)"),
    E("ks08-9", "missile_artillery_strike", F0, R("UA-14", "Donetsk Oblast"), "RU", "UA", end=F1, prec="month",
      agg=True, optional=True, fat=N(78), inj=N(301), family=["air_drone_strike"], note="table row Donetsk 78/301"),
    E("ks08-10", "missile_artillery_strike", F0, R("UA-63", "Kharkiv Oblast"), "RU", "UA", end=F1, prec="month",
      agg=True, optional=True, fat=N(37), inj=N(214), family=["air_drone_strike"], note="table row Kharkiv 37/214"),
    E("ks08-11", "missile_artillery_strike", F0, R("UA-12", "Dnipropetrovsk Oblast"), "RU", "UA", end=F1,
      prec="month", agg=True, optional=True, fat=N(34), inj=N(169), family=["air_drone_strike"],
      note="table row Dnipropetrovsk 34/169"),
    E("ks08-12", "missile_artillery_strike", F0, R("UA-65", "Kherson Oblast"), "RU", "UA", end=F1, prec="month",
      agg=True, optional=True, fat=N(29), inj=N(152), family=["air_drone_strike"], note="table row Kherson 29/152"),
    E("ks08-13", "missile_artillery_strike", F0, R("UA-23", "Zaporizhzhia Oblast"), "RU", "UA", end=F1, prec="month",
      agg=True, optional=True, fat=N(22), inj=N(118), family=["air_drone_strike"], note="table row Zaporizhzhia 22/118"),
    E("ks08-14", "missile_artillery_strike", F0, R("UA-59", "Sumy Oblast"), "RU", "UA", end=F1, prec="month",
      agg=True, optional=True, fat=N(19), inj=N(63), family=["air_drone_strike"], note="table row Sumy 19/63"),
    E("ks08-15", "missile_artillery_strike", F0, L("Kyiv"), "RU", "UA", end=F1, prec="month", agg=True, optional=True,
      fat=N(6), inj=N(41), family=["air_drone_strike"], note="table row Kyiv city 6/41"),
    E("ks08-16", "missile_artillery_strike", "2026-03-01", C("UA", "Ukraine"), "RU", "UA", end="2026-03-07",
      prec="week", agg=True, optional=True, fat=N(38, "at_least"), inj=N(190), family=["air_drone_strike"],
      note="preliminary first week of March 'at least 38 … killed and 190 injured': optional"),
    E("ks08-17", "missile_artillery_strike", F0, C("RU", "Russia"), "UA", "RU", end=F1, prec="month", agg=True,
      optional=True, fat=N(21), inj=N(96), family=["air_drone_strike"],
      note="the Russian authorities' February figures for Belgorod, Kursk and Bryansk regions, unverified: optional"),
    E("ks08-18", "missile_artillery_strike", F0, R("UA-14", "Donetsk Oblast"), "UA", None, end=F1, prec="month",
      agg=True, optional=True, fat=N(14), weapons=[W("artillery")],
      note="Russian-installed authorities' 14 killed by Ukrainian shelling in occupied Donetsk region, unverified: "
           "optional"),
]
# Not events: the comparisons with January 2026 and February 2025 (percentages; January's 265/1,187 is a revised
# month total, not an incident); 'every month since the autumn of 2024' (trend); the weapons' shares; 'Other
# regions' (no region); 'the third month in a row' (trend); 'deadliest … since July 2025' (comparison); 'an earlier
# strike' on Kherson (undated); 64 attacks on civilian vehicles in the month and vehicle attacks 'a daily
# occurrence', traffic restrictions in unnamed communities (tallies, habitual); 14 children killed and 78 injured
# in the month, 743 children since 2022 (subtotals, cumulative); 31 educational and 18 health facilities damaged, 38
# attacks on energy facilities, outages 'in at least nine regions' (month tallies without places or days; the
# Kharkiv outage after 21 February is the one event); the revised January total; cumulative figures since 24
# February 2022 and the 1,382 killed in occupied territory (cumulative); the Outlook ('likely to continue', 'will
# see more casualties if …') and the call on the parties; the methodology; 'Voices from the month' (112 interviews,
# the survivor's and the trader's recollections of the 3 and 9 February incidents repeat those events; the market
# closed 'for most of the winter'); the paragraph on how the distribution of casualties changed since 2024 (trend).
STATEMENTS = [
    S("Ilse Verhoeven", None, "no city in Ukraine is outside the reach of these weapons", "head of CHOU monitoring team"),
    S("Valentyna Hordiyenko", "UA", "The light went, the wall went", "survivor of the 3 February strike, Kryvyi Rih"),
]
MUST_NOT = ["CIVILIAN HARM OBSERVATORY UKRAINE",
            "Home | Monthly updates | Data explorer | Methodology | About us | Contact", "Monthly update No. 52",
            "Released: 10 March 2026, 10:00 CET", "FOR IMMEDIATE RELEASE",
            "Download the full report (PDF, 2.4 MB) | Download the dataset (CSV)",
            "Media enquiries: press@chou-monitor.example",
            "CHOU is funded by the governments of Norway, Switzerland and Ireland. The views expressed are those of CHOU.",
            "This update is published under a Creative Commons Attribution 4.0 licence."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
