from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, ARR

TITLE = "Dnipropetrovsk region, 13-14 June: the day and the night in eleven points"
TEXT = """FRONTLINE IN TRANSLATION
Ukrainian and Russian regional channels, in English, every day
Digests | Ukraine | Russia | Occupied areas | Glossary | About
Dnipropetrovsk region, 13-14 June: the day and the night in eleven points
Source: "Dnipro Operatyvnyi" regional Telegram channel (412K subscribers), posts of 13 June 07:00 to 14 June 10:15
Translated from Ukrainian by Marta Oliinyk · machine-assisted, checked by an editor
Saturday, 14 June 2025 · 11:02
What follows is the channel's own numbering and wording, shortened. Times are Kyiv time. Translator's notes are in square brackets.

1. Dnipro. In the night the enemy attacked the city with Shahed-type attack drones. A fire broke out on the premises of a transport company in the Samarskyi district [on the left bank]. Three people were injured, two of them hospitalised. Director of the company Anatolii Shvets: "Six buses burned, twelve are left. Tomorrow we go out on the routes."

2. Air defence. Over the region during the night, the forces of Air Command "Skhid" destroyed 9 UAVs.

3. Nikopolshchyna [the Nikopol district, across the reservoir from the occupied Enerhodar]. Throughout Friday the enemy struck the district more than 20 times with artillery and FPV drones. The Nikopol, Marhanets, Pokrov and Chervonohryhorivka hromadas came under fire.

4. In Marhanets an FPV drone hit a 58-year-old man who was riding a bicycle near the market. He died on the spot. The head of the hromada, Ihor Fedchenko: "He was going to buy bread. That is all he was doing."

5. In Pokrov a shell damaged a power line. 2,100 subscribers were left without light [electricity]. Power engineers reconnected them by evening.

6. Pavlohrad. At 16:40 on Friday the enemy struck Pavlohrad with a ballistic missile. An infrastructure object was damaged. There were no casualties.

7. Synelnykivshchyna [the Synelnykove district]. A guided aerial bomb hit the Mezhova hromada. A 40-year-old woman was wounded; she is being treated at home.

8. Kryvyi Rih. In the night a drone struck a private house in the south of the city; a man and a woman were injured.
UPD 09:40: the number of injured has risen to four, among them a 9-year-old girl. Surgeon of the city hospital Yuliia Verbytska: "The girl is stable, the glass did not reach her eyes."

9. Dnipro district. Also in the night, in the Obukhivka hromada, debris of a downed drone set a farm shed on fire. No one was hurt.

10. Detained. On Friday, in Dnipro, the SBU detained a 27-year-old woman who, according to investigators, had passed the coordinates of air defence positions to the Russians. [The SBU posted this itself; we could not confirm it independently.]

11. Announcements. From Monday, summer camps for children in the city will be held in shelters. Donors with blood group 0(-) are asked to come to the Mechnikov hospital. Curfew as before: from 00:00 to 05:00.
Original posts: t.me/dnipro_operatyvnyi (Ukrainian)
Help us keep translating - support Frontline in Translation on Patreon
Tags: #Dnipropetrovsk #Nikopol #Dnipro #KryvyiRih #digest
© 2025 Frontline in Translation. Translations may be quoted with a link.
"""
DOC = {"id": "li03", "date": "2025-06-14", "source": "Frontline in Translation (translated regional Telegram digest)",
       "url": "https://frontline-translated.example/digests/dnipropetrovsk-2025-06-13-14", "text": TEXT}

FRI, SAT = "2025-06-13", "2025-06-14"
TALLY = "li03-3"
EVENTS = [
    E("li03-1", ADS, SAT, L("Dnipro"), "RU", "UA", inj=N(3), weapons=[W("drone", "Shahed-136")],
      evidence="In the night the enemy attacked the city with Shahed-type attack drones. A fire broke out on the premises of a transport company in the Samarskyi district [on the left bank]. Three people were injured, two of them hospitalised.",
      note="item 1: 'In the night' of a digest covering 'the night to Saturday, 14 June' -> 14 June; the Samarskyi "
           "district is the city; three injured (the two hospitalised are among them)"),
    E("li03-2", INT, SAT, R("UA-12", "Dnipropetrovsk region"), "UA", "RU", weapons=[W("drone", intercepted=N(9))],
      evidence="Over the region during the night, the forces of Air Command \"Skhid\" destroyed 9 UAVs.",
      note="item 2: a region with its own count of downed drones -> required regional interception; no wave on the "
           "page, so no parent"),
    E(TALLY, MAS, FRI, H("Nikopol", "Nikopol district"), "RU", "UA", agg=True, family=[ADS],
      weapons=[W("artillery"), W("drone")],
      evidence="Throughout Friday the enemy struck the district more than 20 times with artillery and FPV drones.",
      note="item 3: 'Nikopolshchyna' (the colloquial name, glossed by the translator) = the Nikopol district -> "
           "precision 2 at Nikopol's point; 'Throughout Friday' = 13 June, a day tally (aggregate, day precision) and "
           "parent of items 4-5; 'more than 20 times' are attacks, not launched munitions; mixed weapons -> both types"),
    E("li03-4", ADS, FRI, L("Marhanets"), "RU", "UA", parent=TALLY, fat=N(1), weapons=[W("drone")],
      evidence="In Marhanets an FPV drone hit a 58-year-old man who was riding a bicycle near the market. He died on the spot.",
      note="item 4, a line of the district's Friday -> 13 June, 1 k"),
    E("li03-5", MAS, FRI, L("Pokrov"), "RU", "UA", parent=TALLY, weapons=[W("artillery")],
      evidence="In Pokrov a shell damaged a power line.",
      note="item 5: a shell on Friday; casualties not stated (absent)"),
    E("li03-6", DIS, FRI, L("Pokrov"), "RU", "UA", parent="li03-5",
      evidence="2,100 subscribers were left without light [electricity]. Power engineers reconnected them by evening.",
      note="outage caused by the shell; reconnected by evening is still an outage"),
    E("li03-7", MAS, FRI, H("Chervonohryhorivka", "Chervonohryhorivka hromada"), "RU", "UA", parent=TALLY,
      optional=True, family=[ADS],
      evidence="The Nikopol, Marhanets, Pokrov and Chervonohryhorivka hromadas came under fire.",
      note="a hromada merely listed as under fire, without a line of its own -> optional (precision 2)"),
    E("li03-8", MAS, FRI, L("Pavlohrad"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("ballistic_missile")],
      evidence="At 16:40 on Friday the enemy struck Pavlohrad with a ballistic missile. An infrastructure object was damaged. There were no casualties.",
      note="item 6: 'At 16:40 on Friday' -> 13 June; 'no casualties' = 0/0"),
    E("li03-9", ADS, FRI, H("Mezhova", "Mezhova hromada"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb")],
      evidence="A guided aerial bomb hit the Mezhova hromada. A 40-year-old woman was wounded; she is being treated at home.",
      note="item 7 (Synelnykove district): a hromada only -> precision 2; Friday's digest part -> 13 June; a wounded "
           "woman treated at home is injured"),
    E("li03-10", ADS, SAT, L("Kryvyi Rih"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      evidence="UPD 09:40: the number of injured has risen to four, among them a 9-year-old girl.",
      note="item 8: 'In the night' -> 14 June; two injured at first, the UPD line raises it to four: the latest "
           "figure wins, the update is no event of its own"),
    E("li03-11", ADS, SAT, H("Obukhivka", "Obukhivka hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      evidence="Also in the night, in the Obukhivka hromada, debris of a downed drone set a farm shed on fire. No one was hurt.",
      note="item 9: debris of a downed drone that sets a shed alight is a strike (0/0 'No one was hurt'); a hromada "
           "-> precision 2 at Obukhivka (705796, Dnipro district)"),
    E("li03-12", ARR, FRI, L("Dnipro"), "UA", None, claimant="Security Service of Ukraine",
      evidence="On Friday, in Dnipro, the SBU detained a 27-year-old woman who, according to investigators, had passed the coordinates of air defence positions to the Russians.",
      note="item 10: detention by the SBU 'On Friday' -> 13 June, arrest UA, actor2 null; the translator's caveat "
           "does not withdraw it"),
]
# Not events: the summer camps in shelters 'From Monday' (future), the blood-donor appeal, the curfew 'as before'
# (standing rule); the first Kryvyi Rih figure ('a man and a woman were injured', replaced by the UPD line); the
# translator's notes (glosses, not facts: Enerhodar is named only as the town across the reservoir).
STATEMENTS = [
    S("Anatolii Shvets", "UA", "Six buses burned, twelve are left", "director of a Dnipro transport company"),
    S("Ihor Fedchenko", "UA", "He was going to buy bread", "head of the Marhanets hromada"),
    S("Yuliia Verbytska", "UA", "the glass did not reach her eyes", "surgeon, Kryvyi Rih city hospital"),
]
# Not gold: "Dnipro Operatyvnyi" and "Skhid" (names in quotation marks, not speech).
MUST_NOT = ["FRONTLINE IN TRANSLATION", "Ukrainian and Russian regional channels, in English, every day",
            "Digests | Ukraine | Russia | Occupied areas | Glossary | About",
            "Source: \"Dnipro Operatyvnyi\" regional Telegram channel (412K subscribers), posts of 13 June 07:00 to 14 June 10:15",
            "Translated from Ukrainian by Marta Oliinyk · machine-assisted, checked by an editor",
            "Saturday, 14 June 2025 · 11:02", "Original posts: t.me/dnipro_operatyvnyi (Ukrainian)",
            "Help us keep translating - support Frontline in Translation on Patreon",
            "Tags: #Dnipropetrovsk #Nikopol #Dnipro #KryvyiRih #digest",
            "© 2025 Frontline in Translation. Translations may be quoted with a link."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
