from common import E, L, R, C, N, W, S, gold

TITLE = "Week in the region: attacks on Zaporizhzhia oblast, 15-21 September"
TEXT = """ZAPORIZHZHIA TODAY
News | Front | City | Economy | Chronicle | Contacts
Chronicle › Week in the region
Week in the region: attacks on Zaporizhzhia oblast, 15-21 September
Editorial desk · 22.09.2025, 10:05 · 👁 3 912
Our weekly chronicle lists the attacks reported by the regional administration, hromada heads and police. Attacks are attributed by the authorities to Russian forces; fighting entries concern Ukrainian and Russian troops.

Photo: Zaporizhzhia RMA
15.09 — Stepnogorsk: guided aerial bomb hit the village centre, 2 houses destroyed, a man aged 58 killed.
15.09 — Zaporizhzhya, Oleksandrivskyi district: Shahed drone hit a nine-storey block at night, 5 injured incl. a 12-year-old girl.
16.09 — Orekhov: artilery shelling, a pensioner wounded, in hospital.
16.09 — Komyshuvakha: FPV drone hit a utility truck of the power company, 2 electricians injured.
17.09 — Gulyaipole: heavy fighting on the north-eastern outskirts; shelling killed a man near the market.
17.09 — Vilniansk: "Molniya" drone hit a petrol station. No casualties.
18.09 — Zaporizhzhia: ballistic missile (Iskander-M) on an industrial enterprise, 2 killed, 9 injured.
18.09 — Zaporizhzhia: missile on an enterprise — same strike as above, entered twice, ignore.
19.09 — Bilenke: glide bomb, two private houses damaged, no casualties.
20.09 — Prymorske: FPV drone hit a car on the road to Zaporizhzhia, the driver injured.
20.09 — Kamianske: reports of shelling — not confirmed by the hromada, withdrawn.
21.09 — Ternuvate: artillery hit the school building (empty at the time), no one hurt.
21.09 — Zaporizhzhia, Khortytskyi district: drone strike on a substation in the evening, about 12,000 consumers without power.

Correction (22.09): the Komyshuvakha entry happened on 15.09, not 16.09, according to the hromada head.

Read also: How the city's schools prepare for the new heating season
Found a mistake? Select it and press Ctrl+Enter
Tags: #chronicle #Zaporizhzhia_oblast #shelling
© Zaporizhzhia Today, 2025. Reproduction only with a hyperlink.
"""
DOC = {"id": "h06", "date": "2025-09-22", "source": "Zaporizhzhia Today (regional site)",
       "url": "https://zp-today.example.ua/chronicle/2025/09/22/week-in-the-region", "text": TEXT}

EVENTS = [
    E("h06-1", "air_drone_strike", "2025-09-15", L("Stepnohirsk", 1, "Stepnohirsk (Stepnogorsk)"), "RU", "UA", fat=N(1),
      weapons=[W("guided_bomb", launched=N(1))], note="guided aerial bomb; Russian spelling in the log"),
    E("h06-2", "air_drone_strike", "2025-09-15", L("Zaporizhzhia", 1, "Zaporizhzhia (Oleksandrivskyi district)"), "RU",
      "UA", inj=N(5), weapons=[W("drone", "Shahed-136")], note="city district = the city; 'at night' of 15.09"),
    E("h06-3", "missile_artillery_strike", "2025-09-16", L("Orikhiv", 1, "Orikhiv (Orekhov)"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], note="typo 'artilery' left in; hospital = injured"),
    E("h06-4", "air_drone_strike", "2025-09-15", L("Komyshuvakha-Zp", 1, "Komyshuvakha"), "RU", "UA", inj=N(2),
      weapons=[W("drone", "FPV")],
      note="logged under 16.09, the correction moves it to 15.09; Komyshuvakha 706941 (Zaporizhzhia oblast), not the "
           "Donetsk village"),
    E("h06-5", "armed_clash", "2025-09-17", L("Huliaipole", 2, "north-eastern outskirts of Huliaipole"), None, None,
      note="'heavy fighting on the north-eastern outskirts': the log names no attacker, so both sides are null (not "
           "scored); outskirts = precision 2"),
    E("h06-6", "missile_artillery_strike", "2025-09-17", L("Huliaipole", 1, "Huliaipole (Gulyaipole)"), "RU", "UA",
      fat=N(1), note="shelling killed a man near the market (in the town)"),
    E("h06-7", "air_drone_strike", "2025-09-17", L("Vilniansk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", "Molniya")], note="'Molniya' drone; 'No casualties' = 0/0"),
    E("h06-8", "missile_artillery_strike", "2025-09-18", L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(9),
      weapons=[W("ballistic_missile", "Iskander-M")], note="the second 18.09 entry is a marked duplicate: no event"),
    E("h06-9", "air_drone_strike", "2025-09-19", L("Bilenke-Zp", 1, "Bilenke"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb")], note="Bilenke 712642 (Zaporizhzhia district), not the Donetsk or Odesa ones"),
    E("h06-10", "air_drone_strike", "2025-09-20", L("Prymorske-Zp", 2, "road from Prymorske to Zaporizhzhia"), "RU", "UA",
      inj=N(1), weapons=[W("drone", "FPV")],
      note="'on the road to Zaporizhzhia' from the village: precision 2 at Prymorske 696278 (Zaporizhzhia district). "
           "The Kamianske entry is withdrawn: no event"),
    E("h06-11", "missile_artillery_strike", "2025-09-21", L("Ternuvate-Zp", 1, "Ternuvate"), "RU", "UA", fat=N(0),
      inj=N(0), weapons=[W("artillery")], note="'no one hurt' = 0/0; Ternuvate 691639 (Zaporizhzhia oblast)"),
    E("h06-12", "air_drone_strike", "2025-09-21", L("Zaporizhzhia", 1, "Zaporizhzhia (Khortytskyi district)"), "RU", "UA",
      weapons=[W("drone")], note="drone on a substation in the evening; casualties not stated"),
    E("h06-13", "infrastructure_disruption", "2025-09-21", L("Zaporizhzhia"), "RU", "UA",
      note="'about 12,000 consumers without power' after the substation strike"),
]
STATEMENTS = []
MUST_NOT = ["ZAPORIZHZHIA TODAY", "News | Front | City | Economy | Chronicle | Contacts", "Chronicle › Week in the region",
            "Editorial desk · 22.09.2025, 10:05 · 👁 3 912",
            "Photo: Zaporizhzhia RMA", "Read also: How the city's schools prepare for the new heating season",
            "Found a mistake? Select it and press Ctrl+Enter", "Tags: #chronicle #Zaporizhzhia_oblast #shelling",
            "© Zaporizhzhia Today, 2025. Reproduction only with a hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
