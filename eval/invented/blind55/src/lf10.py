from common import E, L, R, C, N, W, S, H, gold, MAS, INT, DIS, REX, POL, MOB

TITLE = "Missiles hit Kyiv and power stations across Ukraine; Kremlin calls it retaliation for Crimean bridge blast"
TEXT = """DALA REPORT
Қаз | Рус | Eng
Kazakhstan | World | Economy | Society | Tech | Sport
World news › Ukraine
Missiles hit Kyiv and power stations across Ukraine; Kremlin calls it retaliation for Crimean bridge blast
10 October 2022, 18:25
Views: 5 271
Author: Aigerim Sultanbekova
Russia struck cities across Ukraine with missiles and drones on Monday morning, hitting central Kyiv at rush hour and knocking out power plants and substations from Lviv in the west to Kharkiv in the east.

According to Ukraine's Armed Forces, 75 missiles and 17 Iranian-made Shahed-136 drones were launched; air defences destroyed 41 of the missiles and nine of the drones.

In Kyiv, missiles landed in the Shevchenkivskyi district shortly after 8:00, near the university, a children's playground and a busy crossroads. Five people were killed and 12 wounded in the capital, the city's police said.

"We were going down into the metro when the second one hit. The glass from the kiosk was everywhere, and a man was sitting on the kerb holding his arm," said Dana Zhakupova, a third-year medical student from Almaty who lives in Kyiv.

In Lviv, two strikes on energy facilities cut electricity and hot water to most of the city, the mayor said. In Dnipro, a missile hit a minibus at a crossroads and killed its driver, according to the regional governor. Kharkiv's thermal power plant was hit twice, and parts of the city were left without power and water.

"Last time we had the turbines turning again within four hours. This time there is not much left to turn," said Serhii Holovko, an engineer at the Kharkiv plant.

At a meeting of his Security Council on Monday, the Russian president called the attack a "massive strike with long-range precision weapons" on energy, military command and communications facilities, and warned that Russia's response to any further "terrorist attacks" on its territory would be harsh.
Read also: Kazakhstan's oil exports via CPC: what changes after the latest sanctions
The strikes came two days after an explosion on the Crimean bridge early on Saturday, which Russia's Investigative Committee says was caused by a truck bomb. Three people were killed, two road spans fell into the sea, and fuel tanks of a train on the parallel railway bridge caught fire. Moscow blames Ukrainian special services; Kyiv has not claimed responsibility.

Road traffic, halted after the blast, resumed on one lane on Saturday evening.

Kazakhstan's Foreign Ministry said on Monday it had no information about Kazakh citizens among the victims and urged nationals in Ukraine to follow the instructions of the local authorities. The embassy in Kyiv continues to work.

More than 200,000 Russian citizens have entered Kazakhstan since their president announced the mobilisation on 21 September, according to the Interior Ministry; about 147,000 of them have since left again.

"Astana will say what it always says: territorial integrity and a call for talks. What it cannot say out loud is how much of its oil still flows through Russian pipes," said Marat Ospanov of the Steppe Policy Institute in Astana.
Subscribe to Dala Report on Telegram
Materials may be reprinted only with an active link to dalareport.example
"""
DOC = {"id": "lf10", "date": "2022-10-10", "source": "Dala Report (Kazakh news website, English version)",
       "url": "https://dalareport.example/en/world/missiles-hit-kyiv-power-stations-2022-10-10", "text": TEXT}

D, SAT = "2022-10-10", "2022-10-08"
WAVE = "lf10-1"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Armed Forces of Ukraine",
      weapons=[W("missile", launched=N(75)), W("drone", "Shahed-136", launched=N(17))],
      evidence="According to Ukraine's Armed Forces, 75 missiles and 17 Iranian-made Shahed-136 drones were launched",
      note="the nationwide wave of Monday morning (10 October), agentless passive: country precision, typed by the "
           "missiles; the Kremlin's 'massive strike' is the same wave"),
    E("lf10-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Armed Forces of Ukraine",
      weapons=[W("missile", intercepted=N(41)), W("drone", "Shahed-136", intercepted=N(9))],
      evidence="air defences destroyed 41 of the missiles and nine of the drones",
      note="41 missiles and 'nine' drones destroyed by air defence"),
    E("lf10-3", MAS, D, L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(5), inj=N(12), weapons=[W("missile")],
      evidence="Five people were killed and 12 wounded in the capital, the city's police said",
      note="missiles in the Shevchenkivskyi district (= Kyiv) 'shortly after 8:00'; 5 k 12 w for the capital"),
    E("lf10-4", MAS, D, L("Lviv"), "RU", "UA", parent=WAVE, family=["air_drone_strike"],
      evidence="In Lviv, two strikes on energy facilities cut electricity and hot water to most of the city, the mayor said",
      note="'two strikes on energy facilities' in Lviv, one sentence, one place: one child event; the weapon is not "
           "said (missiles and drones in the wave) -> both strike types (ANNOTATION 4); casualties not given"),
    E("lf10-5", DIS, D, L("Lviv"), "RU", "UA", parent="lf10-4",
      evidence="In Lviv, two strikes on energy facilities cut electricity and hot water to most of the city, the mayor said",
      note="electricity and hot water cut to most of Lviv: one outage event"),
    E("lf10-6", MAS, D, L("Dnipro"), "RU", "UA", parent=WAVE, fat=N(1), weapons=[W("missile")],
      evidence="In Dnipro, a missile hit a minibus at a crossroads and killed its driver, according to the regional governor",
      note="the minibus driver killed -> 1 k; injured not given"),
    E("lf10-7", MAS, D, L("Kharkiv"), "RU", "UA", parent=WAVE, family=["air_drone_strike"],
      evidence="Kharkiv's thermal power plant was hit twice, and parts of the city were left without power and water",
      note="the plant 'hit twice' (no weapon said -> both strike types); one place, one event; casualties not given"),
    E("lf10-8", DIS, D, L("Kharkiv"), "RU", "UA", parent="lf10-7",
      evidence="Kharkiv's thermal power plant was hit twice, and parts of the city were left without power and water",
      note="'parts of the city were left without power and water'"),
    E("lf10-9", REX, SAT, H("Kerch", "Crimean bridge near Kerch"), "UA", "RU", fat=N(3),
      claimant="Investigative Committee of Russia",
      evidence="The strikes came two days after an explosion on the Crimean bridge early on Saturday, which Russia's Investigative Committee says was caused by a truck bomb",
      note="recalled with its day: 'two days after … early on Saturday' = 8 October -> required; a truck bomb = an IED "
           "-> remote_explosive; three killed; only Moscow names an attacker (UA) and Kyiv neither claims nor denies -> "
           "the accused side stays actor1 (this set's call 3); the bridge starts at Kerch (UA-43, Crimea) -> precision "
           "2 (blind49 kz14-4)"),
    E("lf10-10", DIS, SAT, H("Kerch", "Crimean bridge near Kerch"), None, None, parent="lf10-9",
      evidence="Road traffic, halted after the blast, resumed on one lane on Saturday evening",
      note="road traffic on the bridge halted after the blast until Saturday evening: a closure of a bridge -> "
           "infrastructure_disruption with sides null (blind49 kz14-4), 8 October"),
    E("lf10-11", POL, "2022-09-21", C("RU", "Russia"), "RU", "UA", family=[MOB],
      evidence="since their president announced the mobilisation on 21 September",
      note="a recalled decision with its own day (21 September) inside a migration statistic: required (blind49: "
           "a recalled event with a resolvable day is required); the 200,000 entries are not an event"),
]
# Not events: the president's warning of a 'harsh' response to further attacks (conditional threat), the fuel-train
# fire on the railway bridge (part of lf10-9), 'Kyiv has not claimed responsibility' (negation), the Foreign Ministry's
# 'no information' and its advice, 'The embassy … continues to work' (state), 'More than 200,000 Russian citizens have
# entered Kazakhstan' and 'about 147,000 … have since left' (cumulative migration figures), Ospanov's analysis,
# Holovko's 'Last time' (earlier, undated strike). Quoted fragments that are not gold statements: "massive strike with
# long-range precision weapons", "terrorist attacks" (the president, title only). Masthead, language row, menu, section
# line, date, views, author, the 'Read also' line, the Telegram line and the reprint rule are furniture.
STATEMENTS = [
    S("Dana Zhakupova", "KZ", "The glass from the kiosk was everywhere", "medical student from Almaty in Kyiv"),
    S("Serhii Holovko", "UA", "This time there is not much left to turn", "engineer, Kharkiv thermal power plant"),
    S("Marat Ospanov", None, "What it cannot say out loud is how much of its oil still flows through Russian pipes",
      "Steppe Policy Institute, Astana"),
]
MUST_NOT = ["DALA REPORT", "Қаз | Рус | Eng", "Kazakhstan | World | Economy | Society | Tech | Sport", "World news › Ukraine",
            "10 October 2022, 18:25", "Views: 5 271", "Author: Aigerim Sultanbekova",
            "Read also: Kazakhstan's oil exports via CPC: what changes after the latest sanctions",
            "Subscribe to Dala Report on Telegram", "Materials may be reprinted only with an active link to dalareport.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
