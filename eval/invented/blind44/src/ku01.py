from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Consequences of enemy attacks on the region: summary as of 08:00, 9 December"
TEXT = """ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION
Official portal of the Zaporizhzhia Regional State (Military) Administration
Версія для людей з порушеннями зору | Українська | English
About | Structure | Press centre | Regulatory acts | Access to public information | Contacts
Press centre » Operational situation in the region
Consequences of enemy attacks on the region: summary as of 08:00, 9 December
09.12.2024 · 08:14 · Press service of the RMA
In the past 24 hours the occupiers struck 12 settlements of Zaporizhzhia region 403 times. Two residents were killed and nine were wounded.

During the night, air defence forces and mobile fire groups destroyed 11 attack drones over the region.

ZAPORIZHZHIA RAION
• Zaporizhzhia, 19:40 yesterday – a Shahed-type drone crashed into a warehouse in the Shevchenkivskyi district. The 45-year-old security guard was wounded.
• Zaporizhzhia, 05:55 today – the city was attacked with a ballistic missile; an infrastructure object was hit. According to preliminary information, no one was hurt.
• Stepnohirsk hromada – two guided aerial bombs were dropped on Stepnohirsk itself. An administrative building and three houses are damaged, two residents wounded.
• Prymorske – killed in her own garden: a 67-year-old woman, after an FPV drone struck it.
• Bilenke hromada – explosives dropped from a drone hit a car near the village shop; its driver and his 16-year-old son were wounded.
• Vilniansk hromada – shelling damaged a 10 kV power line, leaving 1,870 subscribers of the hromada without electricity.
• Komyshuvakha – a guided bomb destroyed a private house in the village. A man, 73, was killed; his wife was pulled out of the debris wounded.
• Ternuvate – a minibus was hit by an FPV drone at the entrance to the village, with two passengers wounded.

POLOHY RAION
• Orikhiv – 61 attacks by drones of various types on the town; a 58-year-old man was wounded.
• Mala Tokmachka (Orikhiv hromada) – artillery fire damaged a shop and two houses.
• Huliaipole – the town took 34 artillery and five MLRS attacks. Residential buildings are damaged; there were no casualties.

VASYLIVKA RAION (territory under Ukrainian control)
• Kam'ianske – a house burned down after mortar fire. No one was injured.

In total, residents filed 27 reports of destroyed housing and property. Evacuation of families with children from the frontline hromadas of Polohy raion continues.

"Guided bombs now reach villages that had been quiet for a month. In Stepnohirsk hromada we ask people not to stay in rooms with windows facing the south," said Oksana Tymoshchuk, head of the civil protection department of the RMA.
Photo: State Emergency Service in Zaporizhzhia region
Share: Facebook | Telegram | Viber
If you have noticed an error, highlight it and press Ctrl+Enter
All news of the section "Operational situation in the region"
© 2024 Zaporizhzhia Regional State (Military) Administration. Materials may be used with a hyperlink to zoda.example.
"""
DOC = {"id": "ku01", "date": "2024-12-09", "source": "Zaporizhzhia Regional Military Administration (official portal)",
       "url": "https://zoda.example/en/news/2024-12-09-operational-situation", "text": TEXT}

D, Y = "2024-12-09", "2024-12-08"
T = "ku01-1"
A = dict(prec="range", end=D, parent=T)
EVENTS = [
    E(T, MAS, Y, R("UA-23", "Zaporizhzhia region"), "RU", "UA", prec="range", end=D, agg=True, fat=N(2), inj=N(9),
      family=[ADS],
      note="'In the past 24 hours the occupiers struck 12 settlements … 403 times. Two residents were killed and nine "
           "were wounded': the RMA's past-day tally, aggregate range at region level and parent of the raion lines "
           "(blind40 call 1); 403 is a count of attacks, not munitions. Header check: killed Prymorske 1 + "
           "Komyshuvakha 1; wounded Zaporizhzhia 1, Stepnohirsk 2, Bilenke 2, Komyshuvakha 1, Ternuvate 2, Orikhiv 1"),
    E("ku01-2", INT, D, R("UA-23", "Zaporizhzhia region"), "UA", "RU", weapons=[W("drone", intercepted=N(11))],
      note="'During the night, air defence … destroyed 11 attack drones over the region': a regional count -> required "
           "interception, dated the morning of the summary (the night of a morning report)"),
    E("ku01-3", ADS, Y, L("Zaporizhzhia"), "RU", "UA", inj=N(1), weapons=[W("drone", "Shahed-136")], parent=T,
      note="'Zaporizhzhia, 19:40 yesterday': a line with an hour takes its day (8 December); Shevchenkivskyi district "
           "= the city; guard wounded"),
    E("ku01-4", MAS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("ballistic_missile")], parent=T,
      note="'05:55 today … attacked with a ballistic missile … no one was hurt' (preliminary) -> 0/0 on 9 December; "
           "a second event in the same city (other day, other weapon)"),
    E("ku01-5", ADS, Y, L("Stepnohirsk"), "RU", "UA", inj=N(2), weapons=[W("guided_bomb", launched=N(2))], **A,
      note="'two guided aerial bombs were dropped on Stepnohirsk itself': the hromada line names its centre as the "
           "place hit -> precision 1; two bombs = launched 2; two residents wounded; no hour -> past-day range"),
    E("ku01-6", ADS, Y, L("Prymorske"), "RU", "UA", fat=N(1), weapons=[W("drone")], **A,
      note="fronted 'killed in her own garden: a 67-year-old woman, after an FPV drone struck it'; Prymorske 696278 "
           "(Zaporizhzhia raion), not the Odesa or Kherson namesakes"),
    E("ku01-7", ADS, Y, H("Bilenke", "Bilenke hromada"), "RU", "UA", inj=N(2), weapons=[W("drone")], **A,
      note="agentless 'explosives dropped from a drone hit a car near the village shop': a drone-dropped munition is "
           "an air_drone_strike (blind40 call 2); the line names only the hromada -> precision 2 (Bilenke 712642, "
           "Zaporizhzhia raion); driver and son wounded"),
    E("ku01-8", MAS, Y, H("Vilniansk", "Vilniansk hromada"), "RU", "UA", weapons=[W("artillery")], **A,
      note="'shelling damaged a 10 kV power line': shelling = artillery; hromada = precision 2; casualties not stated"),
    E("ku01-9", DIS, Y, H("Vilniansk", "Vilniansk hromada"), "RU", "UA", prec="range", end=D, parent="ku01-8",
      note="'leaving 1,870 subscribers of the hromada without electricity'"),
    E("ku01-10", ADS, Y, L("Komyshuvakha"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("guided_bomb")], **A,
      note="'a guided bomb destroyed a private house in the village' (Komyshuvakha 706941, Zaporizhzhia raion, not the "
           "Donetsk namesake); a man killed, his wife wounded"),
    E("ku01-11", ADS, Y, L("Ternuvate"), "RU", "UA", inj=N(2), weapons=[W("drone")], **A,
      note="passive 'a minibus was hit by an FPV drone at the entrance to the village' (Ternuvate 691639, "
           "Zaporizhzhia); the entrance of the village is the village; two passengers wounded"),
    E("ku01-12", ADS, Y, L("Orikhiv"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      note="'61 attacks by drones of various types on the town': the town itself (precision 1); 61 attacks are not a "
           "launched count; one man wounded"),
    E("ku01-13", MAS, Y, L("Mala Tokmachka"), "RU", "UA", weapons=[W("artillery")], **A,
      note="village named with its hromada in brackets -> the village (precision 1); artillery; damage only, "
           "casualties not stated"),
    E("ku01-14", MAS, Y, L("Huliaipole"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery"), W("mlrs")], **A,
      note="'34 artillery and five MLRS attacks': one strike type (both are missile_artillery_strike), one event with "
           "both weapons; attacks are not munitions -> no launched; 'there were no casualties' -> 0/0"),
    E("ku01-15", MAS, Y, L("Kamianske"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")], **A,
      note="apostrophised spelling 'Kam'ianske'; mortar fire (artillery) on Kamianske 706967 (Vasylivka raion, Zaporizhzhia; not the Dnipropetrovsk city); "
           "'No one was injured' -> 0/0 (blind40 kq07-2 reading)"),
]
# Not events: '27 reports of destroyed housing and property' (a tally of claims, no place), the evacuation of families
# from Polohy raion that 'continues' (ongoing measure, no incident), the advice to avoid south-facing rooms. The raion
# headings only group the lines; 'territory under Ukrainian control' is not a place.
STATEMENTS = [
    S("Oksana Tymoshchuk", "UA", "Guided bombs now reach villages that had been quiet for a month",
      "head of the civil protection department of the Zaporizhzhia RMA"),
]
MUST_NOT = ["ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION",
            "Official portal of the Zaporizhzhia Regional State (Military) Administration",
            "Версія для людей з порушеннями зору | Українська | English",
            "About | Structure | Press centre | Regulatory acts | Access to public information | Contacts",
            "Press centre » Operational situation in the region", "09.12.2024 · 08:14 · Press service of the RMA",
            "Photo: State Emergency Service in Zaporizhzhia region", "Share: Facebook | Telegram | Viber",
            "If you have noticed an error, highlight it and press Ctrl+Enter",
            "All news of the section \"Operational situation in the region\"",
            "© 2024 Zaporizhzhia Regional State (Military) Administration. Materials may be used with a hyperlink to "
            "zoda.example."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
