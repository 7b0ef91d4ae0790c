from common import E, L, R, C, N, W, S, gold

TITLE = "Protection of Civilians in Ukraine: Monthly Update, October 2025"
TEXT = """International Civilian Harm Monitoring Mission in Ukraine (ICHMM)
Home > Publications > Monthly updates
Protection of Civilians in Ukraine: Monthly Update, October 2025
Issued 11 November 2025
Download PDF (English) | Завантажити PDF (українською)
Print this page

Highlights

- In October 2025, the Mission recorded 172 civilians killed and 936 injured in Ukraine, a 9 per cent decrease in the number of casualties compared with September 2025, but 31 per cent more than in October 2024.
- Long-range missiles and loitering munitions caused 38 per cent of all civilian casualties in October, the highest share since the winter of 2022-2023, reflecting intensified attacks on cities far from the front line.
- Short-range drones continued to cause a large number of casualties in front-line areas, in particular in Kherson and Donetsk regions.
- A large-scale attack on energy infrastructure on 30 October caused power outages in nine regions.
- Since 24 February 2022, the Mission has verified that 14,383 civilians have been killed and 37,541 injured in Ukraine. The actual figures are likely considerably higher.

Overview

The Mission recorded 172 civilians killed (including 11 children) and 936 injured (including 68 children) in Ukraine between 1 and 31 October 2025. Ninety-seven per cent of the casualties occurred in territory controlled by the Government of Ukraine, and three per cent in territory of Ukraine occupied by the Russian Federation. Of the casualties recorded in Government-controlled territory, nearly all were caused by attacks by Russian armed forces.

Civilian casualties were recorded in 17 regions of Ukraine and in the city of Kyiv. The highest numbers were recorded in Donetsk region (58 killed, 211 injured), Kharkiv region (31 killed, 187 injured), Kherson region (27 killed, 164 injured), Dnipropetrovsk region (22 killed, 140 injured) and Zaporizhzhia region (18 killed, 121 injured). Together, these five front-line regions accounted for 90 per cent of all casualties recorded in October.

In Donetsk region, most casualties occurred in Kostiantynivka, Druzhkivka, Kramatorsk and the surrounding communities, which are within range of artillery, guided aerial bombs and short-range drones. The civilian population of these towns has decreased significantly in 2025, and those who remain are disproportionately older persons. In Kharkiv region, casualties were concentrated in Kharkiv city and in the Kupiansk and Izium districts. In Kherson region, the large majority of casualties were caused by short-range drones in Kherson city and in communities along the right bank of the Dnipro River, where residents described drones pursuing pedestrians, cyclists and cars. In Dnipropetrovsk region, casualties were concentrated in Nikopol and Marhanets, across the former Kakhovka reservoir from occupied territory, and in Kryvyi Rih. In Zaporizhzhia region, most casualties occurred in Zaporizhzhia city and in communities near the front line, including Orikhiv and Huliaipole.

Weapons used

Long-range missiles and loitering munitions, including Shahed-type drones, caused 38 per cent of civilian casualties in October (41 killed and 376 injured). Short-range drones, including first-person-view (FPV) drones, caused 31 per cent (70 killed and 272 injured). Shelling with artillery and multiple-launch rocket systems caused 17 per cent, and guided aerial bombs 12 per cent. The remaining casualties were caused by mines and explosive remnants of war.

The Mission notes with concern the continued use of short-range drones against civilians and civilian vehicles in front-line areas, including cars, buses, ambulances and bicycles, often in circumstances in which the operators of such drones should have been able to identify the targets as civilian. Such attacks may amount to deliberate attacks on civilians, which are prohibited under international humanitarian law.

Incidents of concern

The Mission documented a number of incidents in October that caused significant civilian harm. The following is not an exhaustive list.

On 4 October, two guided aerial bombs struck a residential area of Zolochiv, Kharkiv region, killing two women and injuring nine civilians, including a child. The Mission visited the site and found that the bombs hit private houses and a small shop. It did not find evidence of a military objective in the immediate vicinity.

On 13 October, a short-range drone struck a civilian minibus on a road near Bilozerka, Kherson region, killing three passengers and injuring four. According to survivors interviewed by the Mission, the minibus was clearly marked and was carrying residents to a market.

On 17 October, shelling struck a residential street in Horlivka, in territory of Donetsk region occupied by the Russian Federation, killing one woman. The Mission was unable to determine which party was responsible.

On 21 October, a ballistic missile struck the centre of Kryvyi Rih, Dnipropetrovsk region, in the afternoon, killing six civilians, including two children, and injuring 41. It was the deadliest single incident recorded by the Mission in October. The missile hit an area close to a playground and several restaurants at a time when the streets were busy.

On 27 October, artillery shelling killed two men at a bus stop in Nikopol, Dnipropetrovsk region. Nikopol, situated across the Kakhovka reservoir from territory occupied by the Russian Federation, has been subjected to near-daily shelling and drone attacks since the summer of 2022.

Attacks on energy infrastructure

On 30 October, Russian armed forces launched a combined attack involving more than 650 drones and 50 missiles against Ukraine, primarily targeting energy infrastructure. The attack caused power outages in nine regions, affecting several million people, and disrupted water and heating supplies in several cities. In Zaporizhzhia, a drone strike on the city killed two civilians and injured 17.

Since September 2025, the Mission has observed a significant increase in attacks affecting energy infrastructure, similar to the pattern documented in the autumn and winter of 2022-2023 and 2024. The Mission recalls that attacks against objects indispensable to the survival of the civilian population, as well as disproportionate attacks, are prohibited, and that the foreseeable long-term effects of power cuts in winter on civilians, including older persons and persons with disabilities, must be taken into account in the assessment of proportionality.

Other impacts on civilians

Beyond deaths and injuries, hostilities continued to damage and destroy civilian housing, schools, hospitals and other civilian infrastructure. Displacement from front-line areas continued throughout the month, with authorities organizing evacuations from parts of Donetsk, Kharkiv, Dnipropetrovsk and Sumy regions. The Mission interviewed displaced persons in collective centres in Dnipro and Zaporizhzhia, many of whom said they had left their homes only when continued residence became impossible, and that they had no information about when they might return.

Treatment of civilians and prisoners of war

On 2 October, Ukraine and the Russian Federation exchanged 185 prisoners of war each, as well as 20 civilians, with the mediation of the United Arab Emirates. The Mission interviewed 42 of the released Ukrainian prisoners of war; most of them described torture and ill-treatment during their captivity.

In territory occupied by the Russian Federation, the Mission documented the arbitrary detention of 14 civilians by Russian authorities in October, including residents accused of passing information to the Ukrainian armed forces. Several were held incommunicado for weeks. The Mission also continued to receive reports of pressure on residents of occupied territory to obtain Russian passports, without which access to healthcare, pensions and employment is restricted.

Impact on children and older persons

The Mission remains concerned about the impact of hostilities on children. In October, 11 children were killed and 68 injured, the highest monthly number of child casualties since the summer. Many of them were injured by missile and drone attacks on cities, including in their homes at night. Children living in front-line communities continue to spend a large part of their time in shelters, and many have not attended school in person since 2022. Older persons, who make up a disproportionately large share of the remaining population in front-line areas, are particularly at risk, as they are often unable or unwilling to evacuate and may have limited mobility during attacks.

Humanitarian access

Humanitarian organizations continued to face serious constraints on access to front-line communities, in particular in areas within range of short-range drones. Several humanitarian vehicles were damaged in attacks in October, although the Mission did not record any casualties among humanitarian workers during the month. Access to territory occupied by the Russian Federation remains extremely limited, and the Mission has not been granted access to such territory or to places of detention since the beginning of the full-scale invasion.

Mines and explosive remnants of war

Mines and explosive remnants of war continued to cause civilian casualties, in particular among farmers and residents returning to areas that had been retaken by Ukrainian forces. Large parts of the Kharkiv, Kherson and Mykolaiv regions remain contaminated. The Mission welcomes the efforts of the Government of Ukraine and its partners to expand demining operations and to provide compensation to affected farmers, but notes that at the current pace it will take many years to clear contaminated agricultural land.

Cumulative figures

Since 24 February 2022, the Mission has verified 14,383 civilians killed, including 721 children, and 37,541 injured, including 2,239 children. The Mission believes that the actual figures are considerably higher, as information from some locations where intense hostilities have been going on has been delayed and many reports are still pending corroboration. This concerns, for example, Mariupol (Donetsk region), where the Mission has been unable to verify the number of civilian casualties since the city came under Russian control in May 2022.

Recommendations

The Mission calls on all parties to the conflict to respect international humanitarian law, in particular the principles of distinction, proportionality and precaution; to refrain from using explosive weapons with wide-area effects in populated areas; to cease attacks against objects indispensable to the survival of the civilian population, including energy infrastructure; and to ensure prompt, impartial and effective investigations into all alleged violations. The Mission further calls on the Russian Federation to grant it unimpeded access to occupied territory and to all places where persons deprived of their liberty in connection with the armed conflict are held.

Methodology

The Mission's figures are based on information it has verified through interviews with victims and witnesses, site visits, analysis of open-source information, and information provided by authorities and other sources. A civilian casualty is recorded as verified only when the Mission has reasonable grounds to believe that it occurred. Figures are therefore likely to be revised as more information becomes available.

The Mission's mandate does not extend to the territory of the Russian Federation.

Contact: media@ichmm-ukraine.example
Follow the Mission on X and Facebook
Previous update: September 2025 | Next update: December 2025
"""
DOC = {"id": "t08", "date": "2025-11-11", "source": "International Civilian Harm Monitoring Mission in Ukraine",
       "url": "https://ichmm-ukraine.example/publications/monthly-update-october-2025", "text": TEXT}

OCT = dict(end="2025-10-31", prec="month", agg=True, optional=True)
STRIKES = ["air_drone_strike"]
EVENTS = [
    E("t08-1", "missile_artillery_strike", "2025-10-01", C("UA", "Ukraine"), "RU", "UA", fat=N(172), inj=N(936),
      family=STRIKES, note="monthly national casualty total, all weapons", **OCT),
    E("t08-2", "missile_artillery_strike", "2025-10-01", R("UA-14", "Donetsk region"), "RU", "UA", fat=N(58), inj=N(211),
      family=STRIKES, note="monthly regional total", **OCT),
    E("t08-3", "missile_artillery_strike", "2025-10-01", R("UA-63", "Kharkiv region"), "RU", "UA", fat=N(31), inj=N(187),
      family=STRIKES, note="monthly regional total", **OCT),
    E("t08-4", "missile_artillery_strike", "2025-10-01", R("UA-65", "Kherson region"), "RU", "UA", fat=N(27), inj=N(164),
      family=STRIKES, note="monthly regional total", **OCT),
    E("t08-5", "missile_artillery_strike", "2025-10-01", R("UA-12", "Dnipropetrovsk region"), "RU", "UA", fat=N(22),
      inj=N(140), family=STRIKES, note="monthly regional total", **OCT),
    E("t08-6", "missile_artillery_strike", "2025-10-01", R("UA-23", "Zaporizhzhia region"), "RU", "UA", fat=N(18),
      inj=N(121), family=STRIKES, note="monthly regional total", **OCT),
    E("t08-7", "air_drone_strike", "2025-10-04", L("Zolochiv"), "RU", "UA", fat=N(2), inj=N(9),
      weapons=[W("guided_bomb", launched=N(2))], note="perpetrator implied (Russian aviation); text names no actor"),
    E("t08-8", "air_drone_strike", "2025-10-13", L("Bilozerka", 2, "road near Bilozerka"), "RU", "UA", fat=N(3), inj=N(4),
      weapons=[W("drone")], note="short-range drone on a minibus; perpetrator implied"),
    E("t08-9", "missile_artillery_strike", "2025-10-17", L("Horlivka"), None, None, fat=N(1),
      weapons=[W("artillery")], note="occupied territory; 'unable to determine which party was responsible'"),
    E("t08-10", "missile_artillery_strike", "2025-10-21", L("Kryvyi Rih"), "RU", "UA", fat=N(6), inj=N(41),
      weapons=[W("ballistic_missile")], note="perpetrator implied"),
    E("t08-11", "missile_artillery_strike", "2025-10-27", L("Nikopol"), "RU", "UA", fat=N(2),
      weapons=[W("artillery")], note="perpetrator implied"),
    E("t08-12", "missile_artillery_strike", "2025-10-30", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(650, "at_least")), W("missile", launched=N(50))]),
    E("t08-13", "infrastructure_disruption", "2025-10-30", C("UA", "Ukraine"), "RU", "UA",
      note="outages in nine (unnamed) regions"),
    E("t08-14", "air_drone_strike", "2025-10-30", L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(17),
      weapons=[W("drone")], parent="t08-12"),
    E("t08-15", "agreement", "2025-10-02", C(None, "unspecified"), "UA", "RU",
      note="exchange of 185 POWs each + 20 civilians, UAE mediation, no place"),
    E("t08-16", "arrest", "2025-10-01", C("UA", "occupied territory of Ukraine"), "RU", "UA", family=["abduction"],
      note="14 arbitrary detentions in occupied territory over the month", **OCT),
]
STATEMENTS = []
MUST_NOT = ["Home > Publications > Monthly updates", "Download PDF (English) | Завантажити PDF (українською)",
            "Print this page", "Contact: media@ichmm-ukraine.example", "Follow the Mission on X and Facebook",
            "Previous update: September 2025 | Next update: December 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
