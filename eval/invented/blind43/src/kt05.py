from common import E, L, R, C, N, W, S, gold

TITLE = "Death toll from morning strike on Saltivka rises to six, 41 injured"
TEXT = """VEZHA KHARKIV
УКР | ENG
Kharkiv | Region | Front | City life | Photo
Air alert map · Where to hide · Points of Invincibility
Death toll from morning strike on Saltivka rises to six, 41 injured
13 June 2024, 19:05
Text: Olena Riabko
As of 18:00, six people have died and 41 have been injured as a result of this morning's Russian strike on the Saltivskyi district, the head of the regional military administration said. In the morning he reported two dead and 17 injured; by lunchtime the numbers had grown to four and 30.

According to preliminary data, the Russians struck the district at 08:40 with two guided aerial bombs. One of them hit the courtyard between two nine-storey buildings, the other a private medical laboratory on the ground floor of a neighbouring block. Among the injured are three children.

"I was making tea when the windows came at me. My neighbour on the fifth floor is still not answering the phone," said Tetiana Lysenko, who lives in the building across the yard.

Eleven of the injured are in serious condition, according to Oleksandr Mazur, director of the regional emergency medical centre. "Half of them have shrapnel wounds to the head and chest. The surgeons have not left the operating theatres since nine," he said.

After the strike, power was cut to part of Saltivka. By 15:00, energy workers had restored supply to all but about 1,200 subscribers.

The city did not get a quiet evening either. At around 17:30, a Russian drone hit a garage cooperative in the Kyivskyi district, wounding two men.
Photo: State Emergency Service in Kharkiv region
Over the past day, 17 settlements in the region came under Russian fire, according to the regional military administration's morning summary:

Kupiansk district: in Kivsharivka, a man of 58 suffered shrapnel wounds from artillery fire.

Chuhuiv district: an FPV drone attacked a car on the road near Chuhuiv; a 33-year-old woman was injured.

Kharkiv district: in Derhachi, shelling damaged a private house and a shop; no one was hurt.

Bohodukhiv district: at about 02:00 today, a guided aerial bomb fell on the territory of an enterprise in Zolochiv, killing a 61-year-old watchman.

Velykyi Burluk and Dvorichna were also under fire.

In the north of the region, Ukrainian units continue to hold the northern part of Vovchansk, where the Russians attacked four times over the past day, the General Staff said.
Subscribe to Vezha on Telegram and WhatsApp
Tags: Saltivka, KAB, Kupiansk district, Vovchansk
Copying materials is allowed only with an active hyperlink to vezha.example
"""
DOC = {"id": "kt05", "date": "2024-06-13", "source": "Vezha Kharkiv (Ukrainian regional news site, English)",
       "url": "https://vezha.example/en/news/2024/06/13/saltivka-strike-toll-rises-to-six", "text": TEXT}

D, Y = "2024-06-13", "2024-06-12"
EVENTS = [
    E("kt05-1", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", fat=N(6), inj=N(41), weapons=[W("guided_bomb")],
      note="two guided aerial bombs on the Saltivskyi district (= Kharkiv) at 08:40: toll rising through the day "
           "(2/17, then 4/30), latest 'As of 18:00' wins: 6 dead, 41 injured; the courtyard and the laboratory are one "
           "attack at 08:40"),
    E("kt05-2", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="kt05-1",
      note="'power was cut to part of Saltivka'; about 1,200 subscribers still cut at 15:00"),
    E("kt05-3", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'At around 17:30, a Russian drone hit a garage cooperative in the Kyivskyi district, wounding two men': "
           "another site, time and weapon in the same city -> its own event (blind38 call 2)"),
    E("kt05-4", "missile_artillery_strike", Y, R("UA-63", "Kharkiv region"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      note="'Over the past day, 17 settlements in the region came under Russian fire': the regional summary, past-day range, aggregate; its lines "
           "are children (blind40 call 1)"),
    E("kt05-5", "missile_artillery_strike", Y, L("Kivsharivka"), "RU", "UA", parent="kt05-4", end=D, prec="range",
      inj=N(1), weapons=[W("artillery")],
      note="summary line: 'in Kivsharivka, a man of 58 suffered shrapnel wounds from artillery fire'; no hour -> range"),
    E("kt05-6", "air_drone_strike", Y, L("Chuhuiv", 2, "near Chuhuiv"), "RU", "UA", parent="kt05-4", end=D,
      prec="range", inj=N(1), weapons=[W("drone")],
      note="'an FPV drone attacked a car on the road near Chuhuiv; a 33-year-old woman was injured': near X = "
           "precision 2, range"),
    E("kt05-7", "missile_artillery_strike", Y, L("Derhachi"), "RU", "UA", parent="kt05-4", end=D, prec="range",
      fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'in Derhachi, shelling damaged a private house and a shop; no one was hurt' = 0/0"),
    E("kt05-8", "air_drone_strike", D, L("Zolochiv"), "RU", "UA", parent="kt05-4", fat=N(1), weapons=[W("guided_bomb")],
      note="'at about 02:00 today, a guided aerial bomb fell … in Zolochiv, killing a 61-year-old watchman': the hour "
           "gives the publication day (blind40 call 1); Zolochiv of Kharkiv oblast (686895), not the Lviv-oblast town"),
    E("kt05-9", "missile_artillery_strike", Y, L("Velykyi Burluk"), "RU", "UA", parent="kt05-4", end=D, prec="range",
      family=["air_drone_strike"], optional=True,
      note="'Velykyi Burluk and Dvorichna were also under fire': listed without detail -> optional (blind37 call 7)"),
    E("kt05-10", "missile_artillery_strike", Y, L("Dvorichna"), "RU", "UA", parent="kt05-4", end=D, prec="range",
      family=["air_drone_strike"], optional=True, note="listed without detail -> optional"),
    E("kt05-11", "armed_clash", Y, L("Vovchansk"), "RU", "UA", end=D, prec="range",
      note="'the Russians attacked four times over the past day' in Vovchansk, where Ukrainian units hold the northern "
           "part: a clash, past-day range, the town itself"),
]
# Not events: the earlier tolls (superseded), 'restored supply' (repair), 'continue to hold the northern part' (the
# state of the front, the attacks are kt05-11), 'The city did not get a quiet evening either' (framing), the photo
# credit (furniture).
STATEMENTS = [
    S("Tetiana Lysenko", "UA", "I was making tea when the windows came at me", "resident of Saltivka"),
    S("Oleksandr Mazur", "UA", "The surgeons have not left the operating theatres since nine",
      "director, regional emergency medical centre"),
]
MUST_NOT = ["VEZHA KHARKIV", "УКР | ENG", "Kharkiv | Region | Front | City life | Photo",
            "Air alert map · Where to hide · Points of Invincibility", "13 June 2024, 19:05", "Text: Olena Riabko",
            "Photo: State Emergency Service in Kharkiv region", "Subscribe to Vezha on Telegram and WhatsApp",
            "Tags: Saltivka, KAB, Kupiansk district, Vovchansk",
            "Copying materials is allowed only with an active hyperlink to vezha.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
