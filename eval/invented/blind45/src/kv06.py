from common import E, L, R, C, N, W, S, gold

TITLE = "Civilian harm in Ukraine, November 2023: shelling of front-line towns drives the month's toll"
TEXT = """CIVILIAN TOLL MONITOR UKRAINE
Home · Monthly bulletins · Incident map · Methods · Team · Contact
Monthly bulletin No. 21 | Reporting period: 1-30 November 2023
Civilian harm in Ukraine, November 2023: shelling of front-line towns drives the month's toll
Issued 12 December 2023
Download this bulletin (PDF) · Download the incident table (XLSX)
For press enquiries, write to media@ctmu.example

1. Summary
Civilian Toll Monitor Ukraine (CTMU) verified 193 civilian deaths and 621 civilian injuries caused by the war in Ukraine in November 2023. The figures cover the territory controlled by the Government of Ukraine and the areas of Ukraine occupied by the Russian Federation, where verification is much harder and the real numbers are likely higher.

The November toll is lower than October's (226 killed, 780 injured), but it remains above the monthly average for the summer. As in every month since the spring, most civilian casualties occurred within 20 kilometres of the front line, in towns and villages that Russian artillery, multiple-launch rocket systems and guided bombs can reach every day. Long-range missile and drone attacks on cities in the rear caused fewer casualties in November than in any month since February, but CTMU does not expect that to last into the winter.

2. The deadliest incidents of the month
The following incidents each killed or injured at least six civilians. All of them were verified by at least two independent sources, including, in most cases, site visits by CTMU's field monitors.

3 November, Kherson. Russian artillery shelled a residential street in the Dniprovskyi district of Kherson in the early afternoon, killing three civilians and injuring nine. Among the injured were two children. The street had been shelled several times in October.

9 November, Myrnohrad. Two S-300 missiles, fired in the surface-to-surface mode, struck a five-storey apartment building in Myrnohrad shortly after midnight. Two residents were killed and 11 injured. Rescuers worked for 30 hours to clear the rubble.

15 November, Orikhiv. A guided aerial bomb hit a humanitarian aid distribution point in Orikhiv, killing four civilians and injuring two. The distribution had been announced in a local messaging group the day before; CTMU has documented at least three other attacks on aid points in Zaporizhzhia region since the summer and is examining whether the timing was a coincidence.

21 November, Kupiansk. Russian forces fired Uragan multiple-launch rockets at the centre of Kupiansk in the morning. Two civilians were killed and six injured near the post office, where pensioners had gathered to collect their payments.

24 November, Beryslav. Artillery shells struck a queue outside the only functioning shop in Beryslav, killing two civilians and injuring four. Beryslav lies on the right bank of the Dnipro, opposite Russian positions on the left bank.

28 November, Kherson. A drone-dropped munition struck a car on the eastern outskirts of Kherson, killing one man and injuring five passengers who had been travelling to a clinic. CTMU counts this as a single incident although the car was hit twice within a minute.

3. Regions
Donetsk region again accounted for the largest share of civilian casualties: 74 killed and 219 injured, or more than a third of the national total. It was followed by Kherson region (41 killed, 158 injured), Kharkiv region (27 killed, 96 injured), Zaporizhzhia region (22 killed, 71 injured) and Dnipropetrovsk region (12 killed, 39 injured). Seventeen other civilians were killed and 38 injured in other regions, including Sumy and Chernihiv regions along the Russian border.

In occupied areas, CTMU verified 14 civilian deaths, most of them in the city of Donetsk and its suburbs. The Russian-installed authorities attributed all of them to Ukrainian shelling. CTMU could not establish the responsible party in nine of those cases.

4. Weapons
Artillery and multiple-launch rocket systems caused 61 per cent of all civilian casualties in November; guided aerial bombs 14 per cent; missiles 11 per cent; drones, including small first-person-view drones, 10 per cent; and mines and unexploded ordnance the remainder. The share of drones has risen every month since May. CTMU is concerned that small drones are increasingly used against individual civilians and civilian vehicles, which, if confirmed in individual cases, would amount to deliberate attacks on civilians.

4a. Children and infrastructure
Eleven children were killed and 39 injured in November, compared with 15 killed and 52 injured in October. Most of the child casualties occurred in Donetsk and Kherson regions. CTMU also recorded damage to 27 educational facilities and 16 health facilities during the month, and 31 attacks that damaged energy, water or heating infrastructure, mostly in front-line communities where repair crews themselves come under fire. In at least six communities in Kherson and Zaporizhzhia regions, CTMU documented residents who had been without running water for more than a month. CTMU does not attribute these figures to individual incidents and does not include them in the casualty counts above.

4b. Mines and unexploded ordnance
Mines and explosive remnants of war killed eight civilians and injured 13 in November, most of them farmers working fields in areas that Russian forces occupied in 2022. On 7 November, a tractor driver was killed when his tractor struck an anti-tank mine in a field near Velyka Oleksandrivka in Kherson region; the regional administration said the mine had been left by Russian forces before they withdrew from the area in the autumn of 2022. Demining organisations estimate that clearing the land will take decades.

5. Casualties in the Russian Federation
Russian authorities reported that Ukrainian shelling and drone attacks killed 9 civilians and injured 47 in Belgorod, Kursk and Bryansk regions in November. CTMU has no monitors in Russia and cannot verify these figures.

6. Corrections to earlier bulletins
Following further verification, CTMU has revised the toll of the Russian missile strike on the Kherson regional hospital complex on 19 October 2023. The strike killed two civilians and injured 14, not one killed and eight injured as reported in bulletin No. 20. The October totals in this bulletin reflect the revision.

CTMU has also removed from its records an incident reported in bulletin No. 19, the shelling of a bus in the Donetsk region on 12 September, after establishing that the bus was a military vehicle.

7. Cumulative figures
Since 24 February 2022, CTMU has verified 10,214 civilian deaths and 19,487 injuries in Ukraine. The real numbers are considerably higher, in particular for Mariupol, where CTMU estimates that several thousand civilian deaths in the spring of 2022 remain unverified.

8. Preliminary figures for December
In the first ten days of December, CTMU recorded at least 47 civilian deaths and 160 injuries. These figures are preliminary and will change as verification continues.

9. Voices
CTMU's field monitors interviewed 87 victims and witnesses in November. Halyna Shevel, whose husband was injured in the Kupiansk rocket attack on 21 November, told a monitor: "We went to get his pension. The pension is 3,000 hryvnias. That is what they shot at." A monitor in Kherson, Yevhen Prytula, described the city's right bank as a place "where every trip to the shop is a calculation."

10. Outlook
With winter approaching, CTMU expects Russian forces to resume large-scale attacks on energy infrastructure, as in the autumn and winter of 2022. If those attacks succeed in damaging the grid, the civilian harm of the war will extend far beyond casualty figures: to heating, water and medical care for millions of people. CTMU calls on all parties to the conflict to respect international humanitarian law and to take all feasible precautions to protect civilians.

Methodology: CTMU records only incidents verified through at least two independent sources. Figures are revised as new information emerges. Casualties among military personnel are not included.
CTMU is an independent monitoring initiative supported by private foundations. It accepts no government funding.
This bulletin may be reproduced with attribution to Civilian Toll Monitor Ukraine.
"""
DOC = {"id": "kv06", "date": "2023-12-12", "source": "Civilian Toll Monitor Ukraine (monitoring initiative, monthly bulletin)",
       "url": "https://ctmu.example/bulletins/2023-11-monthly-bulletin-21", "text": TEXT}

F0, F1 = "2023-11-01", "2023-11-30"
BOTH = ["air_drone_strike"]
EVENTS = [
    E("kv06-1", "missile_artillery_strike", "2023-11-03", L("Kherson"), "RU", "UA", fat=N(3), inj=N(9),
      weapons=[W("artillery")],
      note="deadliest incident '3 November, Kherson': artillery on a street in the Dniprovskyi district (= the city), "
           "3 k 9 w; shelling 'several times in October' is history"),
    E("kv06-2", "missile_artillery_strike", "2023-11-09", L("Myrnohrad"), "RU", "UA", fat=N(2), inj=N(11),
      weapons=[W("missile", "S-300", launched=N(2))],
      note="'9 November, Myrnohrad': two S-300 missiles in surface-to-surface mode 'shortly after midnight' on an "
           "apartment building, 2 k 11 w"),
    E("kv06-3", "air_drone_strike", "2023-11-15", L("Orikhiv"), "RU", "UA", fat=N(4), inj=N(2),
      weapons=[W("guided_bomb")],
      note="'15 November, Orikhiv': guided bomb on a humanitarian aid point, 4 k 2 w; the 'at least three other "
           "attacks on aid points … since the summer' are a tally"),
    E("kv06-4", "missile_artillery_strike", "2023-11-21", L("Kupiansk"), "RU", "UA", fat=N(2), inj=N(6),
      weapons=[W("mlrs", "Uragan")],
      note="'21 November, Kupiansk': Uragan rockets on the centre, 2 k 6 w near the post office; the widow's quote in "
           "section 9 repeats it"),
    E("kv06-5", "missile_artillery_strike", "2023-11-24", L("Beryslav"), "RU", "UA", fat=N(2), inj=N(4),
      weapons=[W("artillery")],
      note="'24 November, Beryslav': artillery shells on a shop queue, 2 k 4 w"),
    E("kv06-6", "air_drone_strike", "2023-11-28", L("Kherson", 2), "RU", "UA", fat=N(1), inj=N(5),
      weapons=[W("drone")],
      note="'28 November, Kherson': drone-dropped munition on a car 'on the eastern outskirts of Kherson' (precision "
           "2), 1 k 5 w; 'hit twice within a minute' is counted by the page as one incident -> one event"),
    E("kv06-7", "missile_artillery_strike", "2023-10-19", L("Kherson"), "RU", "UA", fat=N(2), inj=N(14),
      weapons=[W("missile")],
      note="corrections: 'the Russian missile strike on the Kherson regional hospital complex on 19 October 2023' "
           "revised to 2 k 14 w: a recalled event with a day and its current figures (required, blind42 call 4); the "
           "superseded 1 k 8 w is not counted"),
    E("kv06-16", "remote_explosive", "2023-11-07", L("Velyka Oleksandrivka", 2), "RU", "UA", fat=N(1),
      note="4b: 'On 7 November, a tractor driver was killed when his tractor struck an anti-tank mine in a field near "
           "Velyka Oleksandrivka', the mine 'left by Russian forces' -> remote_explosive of RU, precision 2 (the field "
           "near the village); the month's 8 k 13 w from mines is a tally"),
    E("kv06-8", "missile_artillery_strike", F0, C("UA", "Ukraine"), "RU", "UA", end=F1, prec="month", agg=True,
      optional=True, fat=N(193), inj=N(621), family=BOTH,
      note="the November national total 193/621: month aggregate, optional "
           "(blind39 call 6); it includes 14 deaths in occupied areas"),
    E("kv06-9", "missile_artillery_strike", F0, R("UA-14", "Donetsk Oblast"), "RU", "UA", end=F1, prec="month",
      agg=True, optional=True, fat=N(74), inj=N(219), family=BOTH, note="region row: Donetsk 74/219"),
    E("kv06-10", "missile_artillery_strike", F0, R("UA-65", "Kherson Oblast"), "RU", "UA", end=F1, prec="month",
      agg=True, optional=True, fat=N(41), inj=N(158), family=BOTH, note="region row: Kherson 41/158"),
    E("kv06-11", "missile_artillery_strike", F0, R("UA-63", "Kharkiv Oblast"), "RU", "UA", end=F1, prec="month",
      agg=True, optional=True, fat=N(27), inj=N(96), family=BOTH, note="region row: Kharkiv 27/96"),
    E("kv06-12", "missile_artillery_strike", F0, R("UA-23", "Zaporizhzhia Oblast"), "RU", "UA", end=F1,
      prec="month", agg=True, optional=True, fat=N(22), inj=N(71), family=BOTH, note="region row: Zaporizhzhia 22/71"),
    E("kv06-13", "missile_artillery_strike", F0, R("UA-12", "Dnipropetrovsk Oblast"), "RU", "UA", end=F1,
      prec="month", agg=True, optional=True, fat=N(12), inj=N(39), family=BOTH,
      note="region row: Dnipropetrovsk 12/39"),
    E("kv06-14", "missile_artillery_strike", F0, C("RU", "Russia"), "UA", "RU", end=F1, prec="month", agg=True,
      optional=True, fat=N(9), inj=N(47), family=BOTH, claimant="Russian authorities",
      note="the Russian authorities' November figures for Belgorod, Kursk and Bryansk regions, unverified: optional"),
    E("kv06-15", "missile_artillery_strike", "2023-12-01", C("UA", "Ukraine"), "RU", "UA", end="2023-12-10",
      prec="range", agg=True, optional=True, fat=N(47, "at_least"), inj=N(160), family=BOTH,
      note="preliminary 'first ten days of December': at least 47 killed, 160 injured -> optional"),
]
# Not events: October's 226/780 and the summer average (comparisons); 'As in every month since the spring' and
# 'within 20 kilometres of the front line' (trend); long-range attacks 'fewer … than in any month since February'
# (comparison), 'does not expect that to last' (forecast); the verification sentence; the Kherson street 'shelled
# several times in October' (history); the 30 hours of rescue work (part of Myrnohrad); the aid-point announcement
# and 'at least three other attacks on aid points … since the summer' (tally), 'is examining whether the timing was a
# coincidence'; Beryslav's position opposite Russian positions (description); 'Seventeen other civilians … in other
# regions, including Sumy and Chernihiv' (no region of its own); the 14 deaths in occupied areas, mostly in Donetsk
# city, and the Russian-installed authorities' attribution (month tally without days; CTMU could not establish the
# party); the weapons' shares, drones' share 'risen every month since May', 'if confirmed … would amount to' (trend,
# conditional); the removed 12 September bus incident ('a military vehicle': withdrawn by the page, no gold);
# cumulative figures since 24 February 2022 and Mariupol's unverified deaths 'in the spring of 2022' (cumulative,
# history); section 9 (interviews; the quotes repeat the Kupiansk incident and describe Kherson); the Outlook
# ('expects Russian forces to resume', 'as in the autumn and winter of 2022', 'If those attacks succeed …'); the
# methodology and the call on the parties; section 4a (children's subtotals and the October comparison, 27
# educational and 16 health facilities, 31 attacks on infrastructure, communities without water 'for more than a
# month': month tallies without places or days); section 4b (eight killed and 13 injured by mines in the month:
# tally; the occupation 'in 2022', the withdrawal 'in the autumn of 2022', demining 'will take decades').
STATEMENTS = [
    S("Halyna Shevel", "UA", "That is what they shot at", "wife of a man injured in Kupiansk"),
    S("Yevhen Prytula", None, "where every trip to the shop is a calculation", "CTMU field monitor, Kherson"),
]
MUST_NOT = ["CIVILIAN TOLL MONITOR UKRAINE",
            "Home · Monthly bulletins · Incident map · Methods · Team · Contact",
            "Monthly bulletin No. 21 | Reporting period: 1-30 November 2023",
            "Issued 12 December 2023",
            "Download this bulletin (PDF) · Download the incident table (XLSX)",
            "For press enquiries, write to media@ctmu.example",
            "CTMU is an independent monitoring initiative supported by private foundations. It accepts no government funding.",
            "This bulletin may be reproduced with attribution to Civilian Toll Monitor Ukraine."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
