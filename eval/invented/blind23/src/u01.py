from common import E, L, R, C, N, W, S, gold

TITLE = "Russia hurls 94 missiles and 193 drones at Ukraine's energy system, western regions hit"
TEXT = """Skip to main content
TNA  TRANSMERIDIAN NEWS AGENCY
TNA » World » Europe » Russia-Ukraine war
Russia hurls 94 missiles and 193 drones at Ukraine's energy system, western regions hit
Friday 13 December 2024 · 08:52 CET | Last updated 11:20 CET
KYIV (TNA) — Russia fired 94 missiles and 193 drones at Ukraine overnight into Friday in a new attack on the energy system, damaging power plants in the west of the country and forcing the grid operator to cut electricity in most regions, Ukrainian officials said.

The air force said it had shot down 81 of the missiles, most of them Kh-101 and Kalibr cruise missiles, and 80 drones. Another 105 drones were "lost" on radar, it said, a reference to decoys disabled by electronic warfare.

In the Ivano-Frankivsk region, missiles struck the Burshtyn thermal power plant, one of the largest in the west, regional officials said. There were no casualties, but the plant's output fell to zero.

— Story continues below —

A drone crashed into a five-storey residential building in the city of Vinnytsia, injuring three people, including a teenager, the city's mayor said. In the Bila Tserkva district south of Kyiv, a 54-year-old man was killed when fragments of a drone fell on his house, the regional police said.

Over the Khmelnytskyi region, air defences destroyed 11 drones and five missiles, the regional administration said. Air defence units were also active over the Lviv, Rivne and Zhytomyr regions.

The grid operator applied emergency outages in most regions from 7 a.m. on Friday and asked consumers in Kyiv to limit the use of electric heaters.

"Our engineers are already on site, but this was the twelfth massive attack on generation this year, and every repair now takes longer," said Marta Yurchenko, a spokeswoman for the operator.

TNA MORNING CALL: the day's five stories before 7 a.m. Subscribe free ›

Russia's Defence Ministry said its forces had carried out "a massive combined strike with high-precision weapons" on fuel and energy facilities that supply Ukraine's defence industry, and that all targets had been hit.

Poland said it had scrambled fighter aircraft overnight as a precaution because of the attack on western Ukraine.

The Ukrainian president called again on Western allies to deliver more air defence systems, and the foreign ministry said Kyiv would raise the issue at a meeting of European ministers next week. Russia has struck Ukraine's power system repeatedly since October 2022.

About the authors
Denys Holub reports on Ukraine for TNA from Kyiv. Ines Kahl edits the agency's Europe desk in Vienna.
KEEP READING ON TNA
Moldova reports drone fragments on its territory after Russian attack
EU ministers to discuss new air defence fund next week
© 2024 Transmeridian News Agency. Redistribution requires written permission.
"""
DOC = {"id": "u01", "date": "2024-12-13", "source": "Transmeridian News Agency (wire)",
       "url": "https://tna.example/world/europe/russia-ukraine/2024/12/13/missiles-drones-energy", "text": TEXT}
D = "2024-12-13"
AF = "Ukrainian Air Force"
EVENTS = [
    E("u01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(94)), W("drone", launched=N(193))], claimant=AF,
      note="combined wave typed by its heaviest weapon, country precision; no kind counts for the 94 missiles (generic "
           "missile); 'overnight into Friday' = publication day"),
    E("u01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(81)), W("drone", intercepted=N(80))], claimant=AF, parent="u01-1",
      note="81 missiles ('most of them Kh-101 and Kalibr': no count per kind, generic missile) and 80 drones shot "
           "down; 105 'lost' on radar not counted as intercepted"),
    E("u01-3", "missile_artillery_strike", D, L("Burshtyn", 1, "Burshtyn thermal power plant"), "RU", "UA",
      fat=N(0), inj=N(0), weapons=[W("missile")], parent="u01-1",
      note="plant coded to its town; 'There were no casualties' = 0/0"),
    E("u01-4", "infrastructure_disruption", D, L("Burshtyn"), "RU", "UA", optional=True, parent="u01-1",
      note="plant output fell to zero: a station stopping production without a stated consumer outage is optional "
           "(blind16 call 4)"),
    E("u01-5", "air_drone_strike", D, L("Vinnytsia"), "RU", "UA", inj=N(3), weapons=[W("drone")], parent="u01-1",
      note="drone crashed into a residential building: three injured"),
    E("u01-6", "air_drone_strike", D, L("Bila Tserkva", 2, "Bila Tserkva district"), "RU", "UA", fat=N(1),
      weapons=[W("drone")], parent="u01-1", note="district named after its town: precision 2; drone fragments"),
    E("u01-7", "interception", D, R("UA-68", "Khmelnytskyi Oblast"), "UA", "RU",
      weapons=[W("drone", intercepted=N(11)), W("missile", intercepted=N(5))], parent="u01-2",
      note="a region reporting downed weapons with a count: required, region precision"),
    E("u01-8", "interception", D, R("UA-46", "Lviv Oblast"), "UA", "RU", optional=True, parent="u01-2",
      note="regions merely listed as 'air defence … active': optional"),
    E("u01-9", "interception", D, R("UA-56", "Rivne Oblast"), "UA", "RU", optional=True, parent="u01-2",
      note="merely listed region: optional"),
    E("u01-10", "interception", D, R("UA-18", "Zhytomyr Oblast"), "UA", "RU", optional=True, parent="u01-2",
      note="merely listed region: optional"),
    E("u01-11", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="u01-1",
      note="emergency outages 'in most regions' from 7 a.m. Friday: one country-level disruption"),
    E("u01-12", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="Poland scrambled fighter aircraft overnight as a precaution"),
]
STATEMENTS = [
    S("Marta Yurchenko", "UA", "every repair now takes longer", "spokeswoman for the grid operator"),
    S("Russian Defence Ministry", "RU", "a massive combined strike with high-precision weapons"),
]
MUST_NOT = ["Skip to main content", "TNA  TRANSMERIDIAN NEWS AGENCY", "TNA » World » Europe » Russia-Ukraine war",
            "Friday 13 December 2024 · 08:52 CET | Last updated 11:20 CET", "— Story continues below —",
            "TNA MORNING CALL: the day's five stories before 7 a.m. Subscribe free ›", "About the authors",
            "Denys Holub reports on Ukraine for TNA from Kyiv. Ines Kahl edits the agency's Europe desk in Vienna.",
            "KEEP READING ON TNA", "Moldova reports drone fragments on its territory after Russian attack",
            "EU ministers to discuss new air defence fund next week",
            "© 2024 Transmeridian News Agency. Redistribution requires written permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
