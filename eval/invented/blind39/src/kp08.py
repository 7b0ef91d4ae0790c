from common import E, L, R, C, N, W, S, gold

TITLE = "Civilian casualties in Ukraine: monthly update, August 2025"
TEXT = """KESTREL CIVILIAN HARM MONITOR
Data | Monthly updates | Methodology | Incidents map | Publications | About us
Monthly update No. 41
Civilian casualties in Ukraine: monthly update, August 2025
Released: Tuesday 9 September 2025
For immediate release
Download the data (CSV, 212 KB) | Download this update (PDF)
Summary
In August 2025, the Kestrel Civilian Harm Monitor recorded 286 civilians killed and 1,388 injured in Ukraine as a result of Russia's armed attack. The number of civilian casualties was 14 per cent higher than in July and the highest monthly figure since October 2022. Among the killed were 19 children.

As in previous months, the large majority of casualties (91 per cent) were caused by explosive weapons with wide-area effects: missiles, glide bombs, artillery, multiple-launch rocket systems and drones. Short-range drones alone caused 32 per cent of all casualties, most of them in the front-line areas of Donetsk, Kherson and Dnipropetrovsk oblasts, where drones are used to attack civilians on roads, in markets and at public transport stops. Long-range missile and drone attacks on cities far from the front accounted for 29 per cent of casualties.

Casualties by oblast, August 2025
Donetsk oblast: 91 killed, 302 injured
Kharkiv oblast: 38 killed, 211 injured
Dnipropetrovsk oblast: 42 killed, 233 injured
Kherson oblast: 36 killed, 198 injured
Zaporizhzhia oblast: 27 killed, 164 injured
Odesa oblast: 14 killed, 77 injured
Sumy oblast: 17 killed, 92 injured
Other oblasts: 21 killed, 111 injured
Total: 286 killed, 1,388 injured

The deadliest incidents
The deadliest single incident of the month was a ballistic missile strike on Kryvyi Rih on 4 August. A missile hit a five-storey residential building in the city's Dovhyntsivskyi district in the early evening, killing nine civilians, among them two children, and injuring 38. The Monitor's team visited the site two days later and interviewed residents and rescuers.

On 13 August, two guided aerial bombs hit a humanitarian aid distribution point in Kostiantynivka, Donetsk oblast, killing six civilians and injuring 14 who were queueing for food parcels. "People come here because they have nothing else. There was no military object within a kilometre," said Halyna Kobzar, a Monitor field researcher who interviewed survivors the following week.

On 19 August, a first-person-view drone attacked a passenger minibus on the road between Kherson and Bilozerka, killing two civilians and injuring five. The Monitor has documented 64 drone attacks on civilian vehicles in Kherson oblast since the beginning of the year.

On 22 August, a combined missile and drone attack on Odesa killed three civilians and injured 17. Drones damaged residential buildings and a school in the city's Prymorskyi district; a missile hit port infrastructure.

Children
Of the 19 children killed in August, eight were killed in long-range attacks on cities far from the front, most of them at home at night. Forty-seven children were injured. The Monitor has verified the deaths of 712 children since February 2022. Children in front-line towns of Donetsk and Kherson oblasts continue to attend school online, and many spend several hours a day in shelters.

Attacks affecting health care and education
In August, the Monitor recorded 23 incidents in which health facilities were damaged and 31 in which educational facilities were damaged. In most of these incidents, the facilities were damaged by attacks on nearby targets rather than hit directly. The Monitor is still verifying reports that an ambulance was hit by a drone in Kherson oblast in the second half of the month. "A hospital that loses its windows in August is a hospital that cannot heat its wards in January," said Halyna Kobzar.

Displacement
The increase in attacks on front-line towns has prompted new evacuations. Ukrainian authorities extended mandatory evacuation orders to several settlements in Donetsk and Dnipropetrovsk oblasts during the month. The Monitor does not record displacement figures but notes that the remaining population of many front-line towns consists mostly of elderly people who are less able to reach shelters quickly.

Preliminary figures for September
The Monitor's preliminary data for the first week of September show at least 41 civilians killed across Ukraine, which suggests that the high level of harm recorded in August is continuing. These figures will be verified and published in the next monthly update.

Trends
Since 24 February 2022, the Monitor has verified 14,212 civilians killed and 36,870 injured in Ukraine. The actual figures are likely considerably higher, particularly in areas occupied by Russia or close to the front line, where access is limited. The Monitor's figures for Mariupol in 2022, for example, remain incomplete.

The rise in casualties in August reflects two developments. First, Russia has increased the number of long-range drones it launches each month: the Ukrainian Air Force reported more than 4,500 in August, compared with about 2,000 a month in the first quarter of the year. Second, the front line has moved closer to several towns in Donetsk oblast that still have large civilian populations, exposing them to artillery and glide bombs.

Civilians in the Russian-controlled areas of Ukraine and in Russia's border regions have also been killed and injured. The Monitor does not have the access needed to verify these casualties independently and does not include them in its totals. Russian authorities reported 31 civilians killed in Belgorod, Kursk and Bryansk regions in August; the Monitor cannot confirm these figures.

Regional patterns
Kharkiv oblast recorded fewer casualties than in July, largely because of a drop in glide bomb attacks on Kharkiv City after Ukrainian air defence was strengthened in the north. Dnipropetrovsk oblast, by contrast, recorded its highest number of casualties since the Monitor began its work, driven by drone attacks on Nikopol and Marhanets and by missile strikes on Kryvyi Rih and Dnipro. In Sumy oblast, most casualties occurred in settlements within 20 kilometres of the border. Kyiv city recorded no civilian deaths in August for the first time in several months.

Methodology
The Monitor records a civilian casualty only when it has been verified through at least three independent sources, such as interviews with victims and witnesses, official records, open-source imagery and visits to the site. Casualties among members of the armed forces are not included. Figures are updated as new information becomes available, so the totals for previous months may change.

Outlook
With the heating season approaching, the Monitor is concerned that Russia may again target Ukraine's energy infrastructure, as it did in the winters of 2022-23 and 2024-25. Such attacks would put elderly people and people with disabilities at particular risk. "If last winter is any guide, the casualties from cold and from the loss of water and heating will never show up in our figures, but they are real," said Daniel Ferrante, the Monitor's head of research.

The Monitor calls on all parties to the conflict to stop using explosive weapons with wide-area effects in populated areas.

Media enquiries: press@kestrel-monitor.example
The Kestrel Civilian Harm Monitor is funded by foundations in Norway, Switzerland and Canada. It does not accept government funding.
© Kestrel Civilian Harm Monitor 2025. Data may be reused with attribution (CC BY 4.0).
"""
DOC = {"id": "kp08", "date": "2025-09-09", "source": "Kestrel Civilian Harm Monitor (monitoring NGO, monthly statistics)",
       "url": "https://kestrel-monitor.example/updates/2025-08-civilian-casualties-ukraine", "text": TEXT}

A1, A31 = "2025-08-01", "2025-08-31"


def month(gid, loc, fat, inj, what):
    return E(gid, "missile_artillery_strike", A1, loc, "RU", "UA", end=A31, prec="month", agg=True, optional=True,
             fat=N(fat), inj=N(inj), family=["air_drone_strike"],
             note=f"{what}: a monthly casualty total of a statistics release -> optional aggregate (blind34 call 4); "
                  "weapons mixed, so both strike types")


EVENTS = [
    month("kp08-1", C("UA", "Ukraine"), 286, 1388, "'In August 2025 … 286 civilians killed and 1,388 injured' (the "
          "table's Total repeats it)"),
    month("kp08-2", R("UA-14", "Donetsk oblast"), 91, 302, "Donetsk oblast row"),
    month("kp08-3", R("UA-63", "Kharkiv oblast"), 38, 211, "Kharkiv oblast row"),
    month("kp08-4", R("UA-12", "Dnipropetrovsk oblast"), 42, 233, "Dnipropetrovsk oblast row"),
    month("kp08-5", R("UA-65", "Kherson oblast"), 36, 198, "Kherson oblast row"),
    month("kp08-6", R("UA-23", "Zaporizhzhia oblast"), 27, 164, "Zaporizhzhia oblast row"),
    month("kp08-7", R("UA-51", "Odesa oblast"), 14, 77, "Odesa oblast row"),
    month("kp08-8", R("UA-59", "Sumy oblast"), 17, 92, "Sumy oblast row"),
    E("kp08-9", "missile_artillery_strike", "2025-08-04", L("Kryvyi Rih"), "RU", "UA", fat=N(9), inj=N(38),
      weapons=[W("ballistic_missile")],
      note="'ballistic missile strike on Kryvyi Rih on 4 August' (Dovhyntsivskyi district = the city), 9 k 38 w; the "
           "team's visit 'two days later' is not an event"),
    E("kp08-10", "air_drone_strike", "2025-08-13", L("Kostiantynivka"), "RU", "UA", fat=N(6), inj=N(14),
      weapons=[W("guided_bomb")],
      note="'On 13 August, two guided aerial bombs hit a humanitarian aid distribution point in Kostiantynivka', 6 k 14 w"),
    E("kp08-11", "air_drone_strike", "2025-08-19", L("Kherson", 2), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("drone")],
      note="'On 19 August' FPV drone on a minibus 'on the road between Kherson and Bilozerka': between two places -> "
           "near the first, precision 2 (blind34 ki07's minibus 'near Kherson')"),
    E("kp08-12", "missile_artillery_strike", "2025-08-22", L("Odesa"), "RU", "UA", fat=N(3), inj=N(17),
      weapons=[W("missile"), W("drone")],
      note="'On 22 August, a combined missile and drone attack on Odesa killed three … injured 17': combined attack "
           "typed by its heaviest weapon; the Prymorskyi district is the city"),
    E("kp08-13", "missile_artillery_strike", "2025-09-01", C("UA", "Ukraine"), "RU", "UA", end="2025-09-07", prec="week",
      agg=True, optional=True, fat=N(41, "at_least"), family=["air_drone_strike"],
      note="preliminary 'first week of September … at least 41 civilians killed': a week tally, optional"),
    E("kp08-14", "missile_artillery_strike", A1, C("RU", "Russia"), "UA", "RU", end=A31, prec="month", agg=True,
      optional=True, fat=N(31), family=["air_drone_strike"],
      note="'Russian authorities reported 31 civilians killed in Belgorod, Kursk and Bryansk regions in August': the "
           "other side's monthly figure, unverified -> optional (blind34 ki07)"),
]
# Not events: the comparison with July ('14 per cent higher', no July counts), 'highest … since October 2022'; the 19
# children and the weapon shares (91, 32, 29 per cent: breakdowns of the same total); 'Other oblasts' (no place);
# the 64 drone attacks on vehicles in Kherson oblast 'since the beginning of the year' (year-to-date tally); the
# cumulative 14,212 killed / 36,870 injured 'Since 24 February 2022'; Mariupol 2022; the Air Force's 4,500 drones in
# August and 'about 2,000 a month in the first quarter' (launch statistics quoted as explanation, not incidents; not
# annotated); the front 'moved closer'; methodology; the Outlook ('may again target', 'would put … at risk', the
# winters of 2022-23 and 2024-25) and Ferrante's conditional; the call on all parties; the children's breakdown and
# the 712 children 'since February 2022'; the 23 health and 31 education incidents (monthly breakdowns without
# places); the ambulance 'still verifying … in the second half of the month' (unverified, no day, no town); the
# evacuation orders 'during the month' (no day, no named settlement); 'Regional patterns' (comparisons with July, drone
# attacks on Nikopol and Marhanets and strikes on Kryvyi Rih and Dnipro without days: parts of the monthly totals;
# Kyiv 'no civilian deaths in August': a negation).
STATEMENTS = [
    S("Halyna Kobzar", None, "There was no military object within a kilometre", "Monitor field researcher"),
    S("Daniel Ferrante", None, "will never show up in our figures, but they are real", "head of research, the Monitor"),
]
MUST_NOT = ["KESTREL CIVILIAN HARM MONITOR",
            "Data | Monthly updates | Methodology | Incidents map | Publications | About us",
            "Monthly update No. 41", "Released: Tuesday 9 September 2025", "For immediate release",
            "Download the data (CSV, 212 KB) | Download this update (PDF)",
            "Media enquiries: press@kestrel-monitor.example",
            "The Kestrel Civilian Harm Monitor is funded by foundations in Norway, Switzerland and Canada. It does not "
            "accept government funding.",
            "© Kestrel Civilian Harm Monitor 2025. Data may be reused with attribution (CC BY 4.0)."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
