from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, REX, ABD

TITLE = "Civilian harm in Ukraine, September 2022: summary of the monthly report"
TEXT = """KORDON CIVILIAN HARM OBSERVATORY
Documenting the human cost of the war since 2014
About | Reports | Data | Methodology | Press | Donate
Reports › Monthly reports › 2022
Civilian harm in Ukraine, September 2022: summary of the monthly report
Published 12 October 2022 · Report No. 7 (series 2022)
Download the full report (PDF, 46 pages, English and Ukrainian)
Contents
1. Overview .......... 2
2. Selected incidents .......... 4
3. Patterns of harm .......... 19
4. Newly accessible areas .......... 27
5. Corrections to earlier reports .......... 33
6. Methodology and limitations .......... 38
7. Notes .......... 44

1 Overview
In September 2022, Kordon recorded at least 398 civilians killed and 1,170 injured in Ukraine as a result of the Russian Federation's armed attack[1]. As in every month since February, the real figures are certainly higher: access to the areas of heaviest fighting and to the territories under Russian occupation remains limited, and many reports are still being verified.
Most of the harm recorded in September occurred in Donetsk, Kharkiv, Zaporizhzhia and Mykolaiv oblasts. Explosive weapons with wide-area effects, above all artillery and multiple-launch rocket systems, caused 87 per cent of the civilian casualties we were able to attribute to a weapon type.
"September was the month in which the front moved for the first time in a long while, and every time the front moves, the people who were behind it are suddenly counted again," said Halyna Yarmolenko, Kordon's director of research.

2 Selected incidents
The incidents below are a small selection of those verified by our field teams and are described in more detail in the full report. They were chosen to illustrate the patterns in Section 3, not because they were the deadliest.

Mykolaiv, 3 September. Two S-300 missiles struck a nine-storey residential building in the Zavodskyi district of the city shortly after 5 a.m. One woman was killed in her flat on the eighth floor and four residents, including a 14-year-old boy, were injured. Kordon found no military object within 500 metres of the building.

Kramatorsk, 8 September. In the evening, rockets carrying cluster submunitions hit a residential street in the city centre. A 71-year-old man was killed in his courtyard and six people were injured, two of them seriously. Our field team documented remnants of a 9M27K rocket of the Uragan system at the site. "I heard the small explosions walking down the street like footsteps, one after another," said Oleksandr Diadiura, who lives in the house opposite.

Kherson, 11 September. A local journalist was detained by Russian forces at a checkpoint at the entrance to the city, which was then under Russian occupation. His family has received no information about his whereabouts since. Kordon has documented 63 cases of enforced disappearance in Kherson oblast since March; this is one of them. "They took his phone, his car and him, in that order," said his mother, Liudmyla Shcherbak, who asked that her son not be named.

Sloviansk, 14 September. A missile hit a former sports school that volunteers had been using as a distribution point for humanitarian aid. The strike took place at night, when the building was empty except for a guard. No one was killed, but two people living in the neighbouring house were injured by flying glass.

Near Chuhuiv, 17 September. A tractor driver was killed when his tractor ran over an anti-tank mine in a field on the edge of the town, a week after the area returned to Ukrainian control. It could not be established who laid the mine. Contamination by mines and unexploded ordnance in the newly accessible parts of Kharkiv oblast is described in Section 4.

Orikhiv, 20 September. Shortly before noon, artillery shells landed next to a humanitarian aid distribution point in the centre of the town while about forty people were waiting in line. Two women were killed and five people were injured. The distribution had been announced the day before on a local Telegram channel, a practice our field team has asked the organisers to stop.

Marhanets, 23 September. At night, Grad rockets hit a five-storey dormitory in the town, which lies across the former reservoir from the occupied town of Enerhodar. One resident was killed and three were injured.

Ochakiv, 27 September. In the afternoon, a Russian drone dropped an explosive charge on a fishing boat at the quay of the town's harbour, injuring one fisherman. Ochakiv, at the mouth of the Dnipro-Buh estuary, is shelled almost daily from the Kinburn Spit.

Children were among the victims in every oblast where hostilities took place: Kordon recorded 19 children killed and 61 injured in September, most of them in their homes or in courtyards. Women and older people continue to make up a disproportionate share of the victims in front-line towns, where many of the residents who stayed are pensioners who cannot or will not leave.

Casualties by oblast, September 2022 (killed / injured)
Donetsk oblast: 141 / 302
Kharkiv oblast: 88 / 264
Zaporizhzhia oblast: 47 / 181
Mykolaiv oblast: 36 / 139
Other oblasts: 86 / 284

3 Patterns of harm
Three patterns stand out in September. First, strikes on places where civilians gather for aid (a distribution point in Orikhiv, a former sports school in Sloviansk, queues for water in Bakhmut) continued throughout the month. Second, cluster munitions were used in populated areas of Donetsk oblast on at least eleven days. Third, civilians in areas that had just returned to Ukrainian control were killed and injured by mines and unexploded ordnance in numbers that we expect to grow through the autumn, as people return to their fields and houses.
"The mines are the part of this war that will outlast it," said Ruslan Ostapchuk, who leads Kordon's field team in Kharkiv oblast. "We will be counting victims from these fields in ten years."

4 Newly accessible areas
After Ukrainian forces regained control of large parts of Kharkiv oblast in September, our teams were able for the first time to visit towns and villages that had been under Russian occupation since the spring, including Balakliia, Izium and Kupiansk. Residents described detentions, torture, looting and killings during the occupation. Most of these cases took place months ago and cannot yet be dated to a day; they are being documented in a separate thematic report, expected in December. The exhumations in Izium are being carried out by Ukrainian law enforcement and are not part of our count.

5 Corrections to earlier reports
The shelling of a bus stop in the Saltivskyi district of Kharkiv on 19 August, which our August report listed with six people killed, has since claimed a seventh victim: a woman who was injured that day died in hospital on 2 September. The number of people injured in that attack remains at 14.
Our June report attributed a strike in Bakhmut to artillery; further analysis of the remnants shows that it was a Smerch rocket. The figures are unchanged.

6 Methodology and limitations
Kordon counts a civilian casualty only when it has been corroborated by at least two independent sources, one of them a direct source such as a witness, a relative, a medical worker or a member of our field teams. Figures for territories under Russian occupation are based on remote interviews and are considered a substantial undercount. Casualties among members of armed forces, and among civilians directly participating in hostilities, are not included. Kordon does not attribute an incident to a party unless the weapon, the direction of fire or a claim of responsibility allows it; where this is not possible, the incident is recorded without a perpetrator. Monthly figures are revised as verification continues; the figures for August have been revised from 342 to 361 killed.

7 Notes
[1] All figures as of 30 September 2022, 24:00 Kyiv time.
[2] Incident descriptions are based on site visits, witness interviews and open-source material; see Annex B of the full report.
[3] Kordon is a member of the Ukrainian Civil Society Monitoring Network.
Media enquiries: press@kordon-observatory.example · +380 44 000 00 00
Support our field teams: donate
This summary may be reproduced with attribution under CC BY 4.0.
"""
DOC = {"id": "ln05", "date": "2022-10-12", "source": "Kordon Civilian Harm Observatory (NGO, monthly report summary)",
       "url": "https://kordon-observatory.example/reports/monthly/2022-09-summary", "text": TEXT}


def d(dd):
    return f"2022-09-{dd:02d}"


EVENTS = [
    E("ln05-1", MAS, d(3), L("Mykolaiv"), "RU", "UA", fat=N(1), inj=N(4), weapons=[W("missile", "S-300", launched=N(2))],
      note="'Mykolaiv, 3 September. Two S-300 missiles struck a nine-storey residential building in the Zavodskyi district "
           "… One woman was killed … four residents … were injured' (district = the city); S-300 on a ground target = "
           "missile_artillery_strike; Mykolaiv 700569, not the Lviv-oblast town"),
    E("ln05-2", MAS, d(8), L("Kramatorsk"), "RU", "UA", fat=N(1), inj=N(6), weapons=[W("mlrs", "9M27K Uragan")],
      note="'Kramatorsk, 8 September. In the evening, rockets carrying cluster submunitions hit a residential street … A "
           "71-year-old man was killed … six people were injured' -> MLRS (Uragan 9M27K remnants); the line names no "
           "attacker, the report counts harm 'as a result of the Russian Federation's armed attack' (overview) -> RU"),
    E("ln05-3", ABD, d(11), L("Kherson"), "RU", "UA",
      note="'Kherson, 11 September. A local journalist was detained by Russian forces at a checkpoint at the entrance to "
           "the city … no information about his whereabouts' -> enforced disappearance = abduction RU -> UA on its day; "
           "'63 cases … since March' is a running total"),
    E("ln05-4", MAS, d(14), L("Sloviansk"), "RU", "UA", fat=N(0), inj=N(2), weapons=[W("missile")],
      note="'Sloviansk, 14 September. A missile hit a former sports school … No one was killed, but two people living in "
           "the neighbouring house were injured' -> 0 killed, 2 injured; kind of missile not said"),
    E("ln05-5", REX, d(17), H("Chuhuiv", "field on the edge of Chuhuiv"), None, "UA", fat=N(1),
      note="'Near Chuhuiv, 17 September. A tractor driver was killed when his tractor ran over an anti-tank mine in a "
           "field on the edge of the town … It could not be established who laid the mine' -> remote_explosive, actor1 "
           "null, 'edge of X' = precision 2"),
    E("ln05-6", MAS, d(20), L("Orikhiv"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("artillery")],
      note="'Orikhiv, 20 September. Shortly before noon, artillery shells landed next to a humanitarian aid distribution "
           "point in the centre of the town … Two women were killed and five people were injured'"),
    E("ln05-7", MAS, d(23), L("Marhanets"), "RU", "UA", fat=N(1), inj=N(3), weapons=[W("mlrs", "BM-21 Grad")],
      note="'Marhanets, 23 September. At night, Grad rockets hit a five-storey dormitory … One resident was killed and "
           "three were injured'"),
    E("ln05-8", ADS, d(27), L("Ochakiv"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Ochakiv, 27 September. In the afternoon, a Russian drone dropped an explosive charge on a fishing boat at "
           "the quay … injuring one fisherman'; 'shelled almost daily from the Kinburn Spit' is habit"),
    E("ln05-9", MAS, "2022-08-19", L("Kharkiv"), "RU", "UA", fat=N(7), inj=N(14), weapons=[W("artillery")],
      note="correction with its own date: 'The shelling of a bus stop in the Saltivskyi district of Kharkiv on 19 August "
           "… has since claimed a seventh victim … injured … remains at 14' -> the 19 August event with its latest toll "
           "(blind50 la08's corrected strike); the death in hospital on 2 September is no event of its own"),
]
# Not events: the month totals (398 killed, 1,170 injured), the oblast ranking, the 87 per cent, the 'eleven days' of
# cluster munitions, the 63 disappearances 'since March', the revised August figure of 361 (monthly and running
# totals: not events, as the brief of this set says), the children killed and injured and the oblast table; the 'queues for water in Bakhmut' (pattern, no day); the
# occupation-era detentions, torture and killings in Balakliia, Izium and Kupiansk 'months ago' that 'cannot yet be
# dated' (no day, no place-day incident) and the Izium exhumations (law-enforcement work, not part of the count); the
# regaining of Kharkiv oblast 'in September' (month-level history); the Bakhmut strike of the June report re-attributed
# to a Smerch (no day given); the thematic report 'expected in December' (plan); mines 'we expect to grow' (forecast).
STATEMENTS = [
    S("Halyna Yarmolenko", None, "the people who were behind it are suddenly counted again", "director of research, Kordon"),
    S("Oleksandr Diadiura", "UA", "walking down the street like footsteps", "resident, Kramatorsk"),
    S("Liudmyla Shcherbak", "UA", "They took his phone, his car and him, in that order", "mother of a detained journalist, Kherson"),
    S("Ruslan Ostapchuk", None, "The mines are the part of this war that will outlast it", "field team leader, Kordon"),
]
MUST_NOT = ["KORDON CIVILIAN HARM OBSERVATORY", "Documenting the human cost of the war since 2014",
            "About | Reports | Data | Methodology | Press | Donate", "Reports › Monthly reports › 2022",
            "Published 12 October 2022 · Report No. 7 (series 2022)",
            "Download the full report (PDF, 46 pages, English and Ukrainian)", "Contents", "1. Overview .......... 2",
            "2. Selected incidents .......... 4", "3. Patterns of harm .......... 19",
            "4. Newly accessible areas .......... 27", "5. Corrections to earlier reports .......... 33",
            "6. Methodology and limitations .......... 38", "7. Notes .......... 44",
            "Media enquiries: press@kordon-observatory.example · +380 44 000 00 00", "Support our field teams: donate",
            "This summary may be reproduced with attribution under CC BY 4.0.",
            "[1] All figures as of 30 September 2022, 24:00 Kyiv time.",
            "[2] Incident descriptions are based on site visits, witness interviews and open-source material; see Annex B "
            "of the full report.",
            "[3] Kordon is a member of the Ukrainian Civil Society Monitoring Network."]

EVIDENCE = {
    "ln05-1": "Two S-300 missiles struck a nine-storey residential building in the Zavodskyi district of the city shortly after 5 a.m.",
    "ln05-2": "In the evening, rockets carrying cluster submunitions hit a residential street in the city centre.",
    "ln05-3": "A local journalist was detained by Russian forces at a checkpoint at the entrance to the city, which was then under Russian occupation.",
    "ln05-4": "A missile hit a former sports school that volunteers had been using as a distribution point for humanitarian aid.",
    "ln05-5": "A tractor driver was killed when his tractor ran over an anti-tank mine in a field on the edge of the town",
    "ln05-6": "Shortly before noon, artillery shells landed next to a humanitarian aid distribution point in the centre of the town while about forty people were waiting in line.",
    "ln05-7": "At night, Grad rockets hit a five-storey dormitory in the town",
    "ln05-8": "In the afternoon, a Russian drone dropped an explosive charge on a fishing boat at the quay of the town's harbour, injuring one fisherman.",
    "ln05-9": "The shelling of a bus stop in the Saltivskyi district of Kharkiv on 19 August, which our August report listed with six people killed, has since claimed a seventh victim",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
