from common import E, L, R, C, N, W, S, gold

TITLE = "Shells hit Europe's largest nuclear plant as Kyiv and Moscow trade blame"
TEXT = """THE KANTO EVENING POST
Japan | World | Business | Science | Sports | Opinion
World > Europe
12:05 JST, August 6, 2022
🔊 Read aloud
Shells hit Europe's largest nuclear plant as Kyiv and Moscow trade blame
Shells struck the site of the Zaporizhzhia nuclear power plant in Enerhodar on Friday, damaging a high-voltage power line and forcing operators to shut down one of its reactors, Ukraine's state nuclear company Energoatom said. Russian-installed officials in the town said Ukrainian forces had fired on the plant.

Energoatom said three shells hit near one of the reactor units, and that the emergency protection system had switched the unit off. There was no release of radiation, the company said.

"The Russian military once again resorted to provocation, shelling the plant it has turned into a military base," Energoatom said in a statement on Telegram.

"Ukrainian units fired on the plant from the other bank of the reservoir with 220-millimetre rockets. Only luck prevented a catastrophe," said Nikolai Lesnikov, a member of the Russian-installed administration in Enerhodar. Neither account could be independently verified.

Russian forces have held the plant, Europe's largest, since early March. Ukrainian staff continue to run it under the control of Russian troops.

Across the Kakhovka reservoir, Russian forces fired Grad rockets at the city of Nikopol overnight, wounding two people and damaging about 40 houses, the governor of the Dnipropetrovsk region said. On Friday, rockets hit Marhanets, damaging a school; no one was hurt. Ukrainian officials say the Russian launchers stand in the grounds of the nuclear plant, where Ukraine cannot fire back.

The head of the International Atomic Energy Agency said in Vienna on Saturday that he was "extremely concerned" and again asked to send experts to the plant. Moscow says it supports such a visit; Kyiv says it must not legitimise the occupation.

In Hiroshima, where the prime minister attended the memorial ceremony on Saturday, the 77th anniversary of the atomic bombing, speakers warned of nuclear risks in Ukraine. Tokyo is considering further sanctions on Russia, but has not decided whether to stay in the Sakhalin-2 gas project.

"Reactors are built to withstand a lot, but not to sit in the middle of an artillery duel. The loss of external power is the scenario that worries me most," said Haruka Sato, a professor of nuclear engineering at a university in Sendai.
Recommended
Heatwave: Tokyo issues alert as temperatures reach 37 C
Yen slips against dollar ahead of US jobs data
Copyright The Kanto Evening Post Co., Ltd. No reproduction without permission.
"""
DOC = {"id": "kd09", "date": "2022-08-06", "source": "The Kanto Evening Post (Japanese daily, English)",
       "url": "https://kantoevening.example/world/europe/20220806-0041", "text": TEXT}

D = "2022-08-06"
EVENTS = [
    E("kd09-1", "missile_artillery_strike", "2022-08-05", L("Enerhodar", 1, "Enerhodar (Zaporizhzhia nuclear power plant)"),
      None, None, claimant="Energoatom",
      note="shells hit the plant site 'on Friday' (Sat 6 Aug -> Fri 5); Energoatom blames Russia, the occupation "
           "officials blame Ukraine -> one event with both sides null (blind8 call 11); the plant is coded to its "
           "town"),
    E("kd09-2", "infrastructure_disruption", "2022-08-05", L("Enerhodar", 1, "Enerhodar (Zaporizhzhia nuclear power plant)"),
      None, None, optional=True, parent="kd09-1",
      note="power line damaged and one reactor shut down: a plant unit out of operation, optional (blind16 call 4)"),
    E("kd09-3", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", inj=N(2), weapons=[W("mlrs", "Grad")],
      claimant="governor of the Dnipropetrovsk region",
      note="'fired Grad rockets at the city of Nikopol overnight' in a Saturday report (12:05 JST = early morning in "
           "Ukraine) -> 6 Aug; 'launchers stand in the grounds of the nuclear plant' is a launch site, no event there"),
    E("kd09-4", "missile_artillery_strike", "2022-08-05", L("Marhanets"), "RU", "UA", fat=N(0), inj=N(0),
      claimant="governor of the Dnipropetrovsk region",
      note="'On Friday, rockets hit Marhanets, damaging a school; no one was hurt' -> 0/0; perpetrator from the "
           "context (the paragraph's Russian forces)"),
]
STATEMENTS = [
    S("Energoatom", "UA", "The Russian military once again resorted to provocation", "Ukraine's state nuclear company"),
    S("Nikolai Lesnikov", "RU", "Only luck prevented a catastrophe", "member of the Russian-installed administration"),
    S("Haruka Sato", None, "The loss of external power is the scenario that worries me most",
      "professor of nuclear engineering"),
]
MUST_NOT = ["THE KANTO EVENING POST", "Japan | World | Business | Science | Sports | Opinion", "World > Europe",
            "12:05 JST, August 6, 2022", "🔊 Read aloud", "Recommended",
            "Heatwave: Tokyo issues alert as temperatures reach 37 C", "Yen slips against dollar ahead of US jobs data",
            "Copyright The Kanto Evening Post Co., Ltd. No reproduction without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
