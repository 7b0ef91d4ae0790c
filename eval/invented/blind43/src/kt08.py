from common import E, L, R, C, N, W, S, gold

TITLE = "Russians shell 38 settlements of Kherson region in a day: two killed, 13 wounded"
TEXT = """DELTA KHERSON
UA | EN
Kherson | Left bank | Region | Shelling | Help
Saturday, 19 July 2025, 10:20
Russians shell 38 settlements of Kherson region in a day: two killed, 13 wounded
Author: Nataliia Dovhan
Over the past day, the Russian army shelled 38 settlements of the Kherson region, including the city of Kherson, the head of the regional military administration wrote on Telegram on Saturday morning. Two people were killed and 13 others were wounded. The enemy used artillery, mortars, multiple rocket launchers, drones and guided aerial bombs.

In Kherson's Dniprovskyi district, explosives dropped from a Russian drone hit a minibus at a stop on Friday evening. The driver, 52, was killed, and four passengers were wounded.

"The driver pulled up to the stop as always. Then there was a buzz, a bang, and he was slumped over the wheel," said Liudmyla Kovalchuk, a nurse who was waiting at the stop and gave first aid to the passengers.

A 74-year-old woman was killed by shelling in her yard in Bilozerka.

In Antonivka, a drone attacked a man riding a bicycle; he was hospitalised with a blast injury and shrapnel wounds.

At about 06:30 this morning, a guided aerial bomb struck Beryslav, damaging a high-rise building. Two residents were hurt.

In Stanislav, artillery damaged a school and three houses; nobody was injured.

Overnight, a Russian shell hit a substation in the Korabelnyi district of Kherson. As a result, 6,800 consumers were left without electricity, the regional power company said. Repair crews will start work as soon as the security situation allows.

The Southern Defence Forces said their air defence had destroyed 31 Russian drones over the region during the night.

"They hunt for anything that moves on the riverbank roads: cars, bicycles, pedestrians. The city has learned to live under the buzz," said Ihor Levchenko, a spokesman for the Southern Defence Forces.

Two days earlier, on Thursday, a Russian drone dropped a munition on an ambulance in Komyshany, wounding a paramedic.

On the occupied left bank, the Russian-installed authorities claimed that a Ukrainian drone had struck a bus in Oleshky on Friday, injuring three people. The Southern Defence Forces called the claim a fabrication and said the Russian troops stationed in the town had shelled it themselves.
Shelter addresses: delta-kherson.example/shelters
Support independent regional media in Kherson
Read also: Where to get free evacuation from the Dniprovskyi district
All rights reserved. Delta Kherson, 2025
"""
DOC = {"id": "kt08", "date": "2025-07-19", "source": "Delta Kherson (Ukrainian regional news site, English)",
       "url": "https://delta-kherson.example/en/news/2025-07-19-38-settlements-shelled", "text": TEXT}

D, FRI, THU = "2025-07-19", "2025-07-18", "2025-07-17"
EVENTS = [
    E("kt08-1", "missile_artillery_strike", FRI, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range",
      agg=True, fat=N(2), inj=N(13), family=["air_drone_strike"],
      weapons=[W("artillery"), W("mlrs"), W("drone"), W("guided_bomb")],
      note="'Over the past day … shelled 38 settlements … Two people were killed and 13 others were wounded': the "
           "regional tally, past-day range, aggregate, parent of the lines"),
    E("kt08-2", "air_drone_strike", FRI, L("Kherson"), "RU", "UA", parent="kt08-1", fat=N(1), inj=N(4),
      weapons=[W("drone")],
      note="explosives dropped from a drone hit a minibus in the Dniprovskyi district (= Kherson) 'on Friday evening' (18 Jul): "
           "driver killed, four passengers wounded"),
    E("kt08-3", "missile_artillery_strike", FRI, L("Bilozerka"), "RU", "UA", parent="kt08-1", end=D, prec="range",
      fat=N(1), weapons=[W("artillery")],
      note="'A 74-year-old woman was killed by shelling in her yard in Bilozerka': no hour -> range"),
    E("kt08-4", "air_drone_strike", FRI, L("Antonivka"), "RU", "UA", parent="kt08-1", end=D, prec="range", inj=N(1),
      weapons=[W("drone")],
      note="drone on a cyclist in Antonivka (the Kherson suburb 713304, not the southern homonym), hospitalised = "
           "injured; range"),
    E("kt08-5", "air_drone_strike", D, L("Beryslav"), "RU", "UA", parent="kt08-1", inj=N(2), weapons=[W("guided_bomb")],
      note="'At about 06:30 this morning, a guided aerial bomb struck Beryslav … Two residents were hurt': the hour "
           "gives the publication day"),
    E("kt08-6", "missile_artillery_strike", FRI, L("Stanislav"), "RU", "UA", parent="kt08-1", end=D, prec="range",
      fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'In Stanislav, artillery damaged a school and three houses; nobody was injured' = 0/0, range"),
    E("kt08-7", "missile_artillery_strike", D, L("Kherson"), "RU", "UA", parent="kt08-1", weapons=[W("artillery")],
      note="'Overnight, a Russian shell hit a substation in the Korabelnyi district of Kherson' (Saturday report -> "
           "Saturday); casualties not stated"),
    E("kt08-8", "infrastructure_disruption", D, L("Kherson"), "RU", "UA", parent="kt08-7",
      note="'6,800 consumers were left without electricity'"),
    E("kt08-9", "interception", D, R("UA-65", "Kherson region"), "UA", "RU", weapons=[W("drone", intercepted=N(31))],
      claimant="Southern Defence Forces",
      note="'destroyed 31 Russian drones over the region during the night': a region with its own count -> required"),
    E("kt08-10", "air_drone_strike", THU, L("Komyshany"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Two days earlier, on Thursday' (17 Jul) a drone dropped a munition on an ambulance in Komyshany, a "
           "paramedic wounded: recalled with its day -> required"),
    E("kt08-11", "air_drone_strike", FRI, L("Oleshky"), None, None, inj=N(3), family=["missile_artillery_strike"],
      claimant="Russian-installed authorities; Southern Defence Forces",
      note="occupation claim of a Ukrainian drone on a bus in Oleshky 'on Friday', 3 injured; Ukraine calls it a "
           "fabrication and blames Russian shelling -> mutual blame: actor1 null, actor2 null for the occupied town "
           "(blind37 call 4); both weapons claimed -> both types"),
]
# Not events: the list of weapons (part of kt08-1), repairs 'as soon as the security situation allows' (future), 'The
# city has learned to live under the buzz' (habitual), the 'Read also' headline and the shelter line (furniture).
STATEMENTS = [
    S("Liudmyla Kovalchuk", "UA", "he was slumped over the wheel", "nurse, witness at the Kherson stop"),
    S("Ihor Levchenko", "UA", "They hunt for anything that moves on the riverbank roads",
      "spokesman, Southern Defence Forces"),
]
MUST_NOT = ["DELTA KHERSON", "UA | EN", "Kherson | Left bank | Region | Shelling | Help", "Saturday, 19 July 2025, 10:20",
            "Author: Nataliia Dovhan", "Shelter addresses: delta-kherson.example/shelters",
            "Support independent regional media in Kherson",
            "Read also: Where to get free evacuation from the Dniprovskyi district",
            "All rights reserved. Delta Kherson, 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
