from common import E, L, R, C, N, W, S, gold

TITLE = "Russian forces liberate Shcherbinovka in DPR — Defense Ministry"
TEXT = """RUSINFORM · РУСИНФОРМ
News agency
Russia | World | Special military operation | Economy | Sports
MILITARY OPERATION IN UKRAINE
Russian forces liberate Shcherbinovka in DPR — Defense Ministry
11 FEB, 10:47
Updated at 11:05 MSK
MOSCOW, February 11. /RUSINFORM/. Units of the Southern battlegroup have liberated the settlement of Shcherbinovka in the Donetsk People's Republic, the Russian Defense Ministry said on Tuesday.

"As a result of active offensive operations, units of the Southern battlegroup liberated the settlement of Shcherbinovka," the ministry said in its daily bulletin.

Russian troops also continued to advance in the Dzerzhinsk area, where they "improved their tactical position" and repelled three counterattacks by assault groups of the Ukrainian armed forces, the ministry said.

Over the past day, air defense systems shot down seven HIMARS rockets and 34 fixed-wing drones, according to the bulletin.

Belgorod Region Governor reported that a Ukrainian drone had attacked a car on the outskirts of Graivoron in the morning. "Two men were wounded, they received shrapnel wounds to the legs and were taken to the Belgorod regional hospital," the governor wrote on his Telegram channel. The car was burned out.

In the Kursk Region, the town of Rylsk came under artillery fire from the Ukrainian armed forces overnight, acting Governor wrote. A power line was damaged, and about 1,600 residents were temporarily left without electricity. No one was hurt.

Russian Foreign Ministry Spokeswoman Maria Orlova said at a briefing that the Kiev regime "continues to use civilians as targets" in the border regions and that "all those responsible will be brought to justice."

Tags
#Special_military_operation
#Defense_Ministry
#Belgorod_Region
Subscribe to RUSINFORM on Telegram — be the first to know
When using materials, a hyperlink to RUSINFORM is required. © RUSINFORM 2025. All rights reserved.
"""
DOC = {"id": "e11", "date": "2025-02-11", "source": "RUSINFORM (Russian state news agency, English service)",
       "url": "https://rusinform.example/en/military-operation/1893245", "text": TEXT}

D = "2025-02-11"
MOD = "Russian Defense Ministry"
EVENTS = [
    E("e11-1", "territory_change", D, L("Shcherbynivka", 1, "Shcherbinovka"), "RU", "UA", claimant=MOD,
      note="capture claim in the daily bulletin: dated the day the claim was made (blind16 call 6); Russian spelling "
           "of Shcherbynivka (Donetsk, UA-14)"),
    E("e11-2", "armed_clash", "2025-02-10", L("Toretsk", 2, "Dzerzhinsk area"), "RU", "UA", end=D, prec="range",
      claimant=MOD,
      note="'Dzerzhinsk' is the Soviet/Russian name of Toretsk; 'area' = precision 2; undated bulletin item = "
           "past-day range (blind16 call 2)"),
    E("e11-3", "interception", "2025-02-10", C("RU", "Russia"), "RU", "UA", end=D, prec="range",
      weapons=[W("mlrs", "HIMARS", intercepted=N(7)), W("drone", intercepted=N(34))], claimant=MOD,
      note="'Over the past day' tally without a place: country precision range; HIMARS rockets = mlrs"),
    E("e11-4", "air_drone_strike", D, L("Grayvoron", 2, "outskirts of Graivoron"), "UA", "RU", inj=N(2),
      weapons=[W("drone")], claimant="Belgorod Region Governor",
      note="'in the morning' of the publication day; 'outskirts of' = precision 2; governor by title only"),
    E("e11-5", "missile_artillery_strike", D, L("Rylsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("artillery")],
      claimant="acting Kursk governor", note="'overnight'; 'No one was hurt' = 0/0"),
    E("e11-6", "infrastructure_disruption", D, L("Rylsk"), "UA", "RU", parent="e11-5",
      note="power line damaged, about 1,600 residents without electricity"),
]
STATEMENTS = [
    S("Russian Defense Ministry", "RU", "units of the Southern battlegroup liberated the settlement of Shcherbinovka"),
    S("Belgorod Region Governor", "RU", "Two men were wounded, they received shrapnel wounds to the legs", "title only"),
    S("Maria Orlova", "RU", "continues to use civilians as targets", "Russian Foreign Ministry spokeswoman"),
    S("Maria Orlova", "RU", "all those responsible will be brought to justice", "Russian Foreign Ministry spokeswoman"),
]
MUST_NOT = ["RUSINFORM · РУСИНФОРМ", "News agency", "Russia | World | Special military operation | Economy | Sports",
            "MILITARY OPERATION IN UKRAINE", "11 FEB, 10:47", "Updated at 11:05 MSK", "Tags",
            "#Special_military_operation", "#Defense_Ministry", "#Belgorod_Region",
            "Subscribe to RUSINFORM on Telegram — be the first to know",
            "When using materials, a hyperlink to RUSINFORM is required. © RUSINFORM 2025. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
