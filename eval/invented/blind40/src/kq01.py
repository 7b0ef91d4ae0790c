from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Security situation in Sumy region as of 08:00 on 17 June"
TEXT = """SUMY REGIONAL MILITARY ADMINISTRATION
Official web portal of the Sumy Regional Military Administration
Accessibility: A- | A | A+ | High contrast | Screen reader version
Українською | English
Home | Administration | News | Documents | Public information | Appeals | Contacts
Home › News › Security situation
Security situation in Sumy region as of 08:00 on 17 June
17.06.2025 | 08:20 | Views: 1 284
Over the past day, Russian troops carried out 97 attacks on 34 settlements in 14 hromadas of Sumy region. One person was killed and five were injured.

Attacks by hromada:
Bilopillia: a drone hit a private house, one injured.
Krasnopillia: mortar shelling (11 explosions) and an FPV drone strike on a car; no casualties.
Yunakivka: KAB guided bombs (3 explosions). A 58-year-old man was killed in his yard.
Khotin: artillery (14 explosions).
Myropillia: a Molniya-type UAV struck an agricultural enterprise; a tractor and a barn were damaged.
Velyka Pysarivka: MLRS (18 explosions), two women injured. A power line was damaged; 340 subscribers are without electricity.
Esman: mortar (6 explosions).
Seredyna-Buda: explosives dropped from a drone on a farm (2 explosions).
Shostka: at 23:40 yesterday a Shahed-type drone hit an industrial enterprise in the town. A fire broke out and was extinguished by SES rescuers. Two employees were injured.
Sumy: at 05:10 today, debris of a downed drone damaged the roof of a shop in the Zarichnyi district; no casualties.

"The enemy is hitting fields and farmyards in the middle of haymaking. People go out to the cattle and come back wounded," said Oleh Hrytsenko, head of the civil protection department of the Regional Military Administration.

Residents of the border hromadas are reminded that the mandatory evacuation of the settlements of the 10-kilometre zone remains in force since last year. Take shelter during air raid alerts.
Photo: press service of the Sumy RMA
Print | Share: Facebook | Telegram | X
Found a mistake? Select the text and press Ctrl+Enter
Other news: Humanitarian hub in Sumy changes working hours
© 2025 Sumy Regional Military Administration. The use of materials is permitted provided there is a hyperlink to this site.
"""
DOC = {"id": "kq01", "date": "2025-06-17", "source": "Sumy Regional Military Administration (official website)",
       "url": "https://sumy-rma.example/en/news/security-situation-2025-06-17", "text": TEXT}

D, Y = "2025-06-17", "2025-06-16"
T = "kq01-1"
A = dict(prec="range", end=D, parent=T)
EVENTS = [
    E(T, MAS, Y, R("UA-59", "Sumy region"), "RU", "UA", prec="range", end=D, agg=True, fat=N(1), inj=N(5),
      family=[ADS],
      note="'Over the past day … 97 attacks on 34 settlements in 14 hromadas … One person was killed and five were "
           "injured': the RMA's past-day tally, aggregate range at region level, parent of the hromada lines "
           "(blind33 call 4); attack counts are not munitions"),
    E("kq01-2", ADS, Y, H("Bilopillia", "Bilopillia hromada"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A,
      note="terse line 'Bilopillia: a drone hit a private house, one injured'; a hromada line = precision 2; no hour "
           "-> past-day range (not an aggregate)"),
    E("kq01-3", MAS, Y, H("Krasnopillia", "Krasnopillia hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")], **A,
      note="mortar shelling (11 explosions); 'no casualties' covers the whole line -> 0/0"),
    E("kq01-4", ADS, Y, H("Krasnopillia", "Krasnopillia hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], **A,
      note="FPV drone strike on a car in the same line: the other strike type is a second event (blind33 call 1)"),
    E("kq01-5", ADS, Y, H("Yunakivka", "Yunakivka hromada"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb", "KAB")],
      **A, note="KAB guided bombs, a man killed; '3 explosions' is not a launched count"),
    E("kq01-6", MAS, Y, H("Khotin", "Khotin hromada"), "RU", "UA", weapons=[W("artillery")], **A,
      note="artillery (14 explosions); Khotin 706253 is the Sumy-oblast village, not Khotyn (Chernivtsi)"),
    E("kq01-7", ADS, Y, H("Myropillia", "Myropillia hromada"), "RU", "UA", weapons=[W("drone", "Molniya")], **A,
      note="Molniya-type UAV on an agricultural enterprise; damage only, casualties not stated -> absent"),
    E("kq01-8", MAS, Y, H("Velyka Pysarivka", "Velyka Pysarivka hromada"), "RU", "UA", inj=N(2), weapons=[W("mlrs")],
      **A, note="MLRS (18 explosions), two women injured"),
    E("kq01-9", DIS, Y, H("Velyka Pysarivka", "Velyka Pysarivka hromada"), "RU", "UA", prec="range", end=D,
      parent="kq01-8", note="'340 subscribers are without electricity' after the power line was damaged (blind33 call 2)"),
    E("kq01-10", MAS, Y, H("Esman", "Esman hromada"), "RU", "UA", weapons=[W("artillery")], **A,
      note="mortar (6 explosions)"),
    E("kq01-11", ADS, Y, H("Seredyna-Buda", "Seredyna-Buda hromada"), "RU", "UA", weapons=[W("drone")], **A,
      note="agentless 'explosives dropped from a drone on a farm': air_drone_strike, attacker from the header (RU)"),
    E("kq01-12", ADS, Y, L("Shostka"), "RU", "UA", inj=N(2), weapons=[W("drone", "Shahed-136")], parent=T,
      note="'at 23:40 yesterday' = 16 June, a day; 'in the town' = Shostka itself (precision 1); two employees "
           "injured; the fire put out by the SES is the same incident"),
    E("kq01-13", ADS, D, L("Sumy"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], parent=T,
      note="'at 05:10 today' debris of a downed drone damaged a shop roof in the Zarichnyi district (= the city), "
           "'no casualties' -> 0/0 (blind33 call 6: debris that damages something is a strike child)"),
    E("kq01-14", INT, D, L("Sumy"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="'a downed drone' over Sumy: the shoot-down is only implied, no count -> optional"),
]
# Not events: the mandatory evacuation of the 10-km zone 'in force since last year' (background), the shelter advice,
# the fire extinguished by the SES (part of the Shostka strike), the 'Other news' headline (furniture).
# Check of the header: 1 killed (Yunakivka) and 5 injured (Bilopillia 1, Velyka Pysarivka 2, Shostka 2).
STATEMENTS = [
    S("Oleh Hrytsenko", "UA", "The enemy is hitting fields and farmyards in the middle of haymaking",
      "head of the civil protection department, Sumy RMA"),
]
MUST_NOT = ["SUMY REGIONAL MILITARY ADMINISTRATION", "Official web portal of the Sumy Regional Military Administration",
            "Accessibility: A- | A | A+ | High contrast | Screen reader version", "Українською | English",
            "Home | Administration | News | Documents | Public information | Appeals | Contacts",
            "Home › News › Security situation", "17.06.2025 | 08:20 | Views: 1 284",
            "Photo: press service of the Sumy RMA", "Print | Share: Facebook | Telegram | X",
            "Found a mistake? Select the text and press Ctrl+Enter",
            "Other news: Humanitarian hub in Sumy changes working hours",
            "© 2025 Sumy Regional Military Administration. The use of materials is permitted provided there is a "
            "hyperlink to this site."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
