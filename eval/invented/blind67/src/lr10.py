from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Police of the Donetsk region: what Russian fire did in the region in 24 hours"
TEXT = """NATIONAL POLICE · DONETSK REGION
Main Directorate of the National Police in the Donetsk Region · communications sector
Police of the Donetsk region: what Russian fire did in the region in 24 hours
21.06.2024 | 09:40
Over the past day the police recorded 31 enemy attacks on 12 settlements of the region. Three civilians were killed and eleven were wounded. The Russians struck with aviation, multiple rocket launchers, artillery and drones. 54 civilian objects were destroyed or damaged, among them 29 residential buildings.

Pokrovsk district
Selydove — three attacks recorded, artillery. Two people were killed and three wounded; damage to four private houses and a gas pipe.
Kurakhove — hit from an Uragan MLRS; one resident wounded; a multi-storey building and a school damaged.
Myrnohrad — a KAB-250 aerial bomb on an industrial zone. No casualties.
Rodynske — FPV drone on a car; the man at the wheel wounded.

Kramatorsk district
Kostiantynivka — four attacks recorded. Killed: 1. Wounded: 4. a high-rise, a shop and a bus station damaged. Weapons: artillery and a guided aerial bomb.
Chasiv Yar — three private houses damaged by artillery.
Sloviansk — the outskirts were hit by cluster munitions from an Uragan MLRS; one man wounded.
Mykolaivka — a drone hit an electrical substation. There were no casualties; part of the town has no power.

Bakhmut district
Siversk — artillery; one house damaged.

Pokrovsk district, north
Dobropillia — a drone dropped explosives near the market; one woman wounded.

Update on 19 June: the man wounded in Toretsk that afternoon died in hospital. Two people were killed by that attack on Toretsk.
Over the past day the police evacuated 61 people from the frontline towns, among them eight children. Investigators documented 34 war crimes.
"In Selydove the crew got there before the second shell and pulled a woman from under the porch. Then we went back for her husband," said police Captain Yurii Lytvyn of the Selydove department.
Evacuation — 0 800 300 102 · Police — 102
#DonetskPolice #evacuation
Subscribe to the police of the Donetsk region
"""
DOC = {"id": "lr10", "date": "2024-06-21", "source": "National Police, Donetsk region (daily report)",
       "url": "https://dn.police.example/news/2024/06/21/daily", "text": TEXT}

D, PREV = "2024-06-20", "2024-06-20"
END = "2024-06-21"
T = "lr10-1"
POL_ = "National Police, Donetsk region"
A = dict(parent=T, claimant=POL_)
KW = dict(end=END, prec="range")
EVENTS = [
    E(T, MAS, PREV, R("UA-14", "Donetsk region"), "RU", "UA", agg=True, fat=N(3), inj=N(11), family=[ADS], claimant=POL_,
      **KW,
      evidence="Over the past day the police recorded 31 enemy attacks on 12 settlements of the region. Three civilians were killed and eleven were wounded.",
      note="'Over the past day' in a daily report -> range 20-21 Jun (ANNOTATION 6), aggregate parent of the lines; 31 "
           "'attacks' are no launched count; 3 k = Selydove 2 + Kostiantynivka 1; 11 w = Selydove 3, Kurakhove 1, "
           "Rodynske 1, Kostiantynivka 4, Sloviansk 1, Dobropillia 1; the Toretsk update is outside it"),
    E("lr10-2", MAS, PREV, L("Selydove"), "RU", "UA", fat=N(2), inj=N(3), weapons=[W("artillery")], **A, **KW,
      evidence="Selydove — three attacks recorded, artillery. Two people were killed and three wounded",
      note="a line of a past-day report carries no time of its own -> the report's range; three attacks on one town = one "
           "event; 2 k 3 w"),
    E("lr10-3", MAS, PREV, L("Kurakhove"), "RU", "UA", inj=N(1), weapons=[W("mlrs", "Uragan")], **A, **KW,
      evidence="Kurakhove — hit from an Uragan MLRS; one resident wounded",
      note="Uragan MLRS; 1 w"),
    E("lr10-4", ADS, PREV, L("Myrnohrad"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb", "KAB-250", launched=N(1))],
      **A, **KW,
      evidence="Myrnohrad — a KAB-250 aerial bomb on an industrial zone. No casualties.",
      note="a verbless line; KAB-250 -> guided_bomb; 0/0"),
    E("lr10-5", ADS, PREV, L("Rodynske"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A, **KW,
      evidence="Rodynske — FPV drone on a car; the man at the wheel wounded.",
      note="1 w"),
    E("lr10-6", MAS, PREV, L("Kostiantynivka"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("artillery"), W("guided_bomb", launched=N(1))], family=[ADS], **A, **KW,
      evidence="Kostiantynivka — four attacks recorded. Killed: 1. Wounded: 4.",
      note="four attacks on one town in one line = one event; weapons given after the toll ('artillery and a guided "
           "aerial bomb') -> typed by artillery, drone/bomb type accepted; 1 k 4 w; Kostiantynivka 705104 (Donetsk)"),
    E("lr10-7", MAS, PREV, L("Chasiv Yar"), "RU", "UA", weapons=[W("artillery")], **A, **KW,
      evidence="Chasiv Yar — three private houses damaged by artillery.",
      note="casualties not stated -> absent"),
    E("lr10-8", MAS, PREV, H("Sloviansk", "outskirts of Sloviansk"), "RU", "UA", inj=N(1), weapons=[W("mlrs", "Uragan")],
      **A, **KW,
      evidence="Sloviansk — the outskirts were hit by cluster munitions from an Uragan MLRS; one man wounded.",
      note="outskirts -> precision 2; cluster rockets of an Uragan -> mlrs; 1 w"),
    E("lr10-9", ADS, PREV, L("Mykolaivka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], **A, **KW,
      evidence="Mykolaivka — a drone hit an electrical substation. There were no casualties",
      note="Mykolaivka 700119 (the Donetsk-region town near Sloviansk, not the many namesakes); 0/0"),
    E("lr10-10", DIS, PREV, L("Mykolaivka"), "RU", "UA", parent="lr10-9", claimant=POL_, **KW,
      evidence="part of the town has no power",
      note="an outage caused by the substation strike"),
    E("lr10-11", MAS, PREV, L("Siversk"), "RU", "UA", weapons=[W("artillery")], **A, **KW,
      evidence="Siversk — artillery; one house damaged.",
      note="casualties not stated -> absent"),
    E("lr10-12", ADS, PREV, L("Dobropillia"), "RU", "UA", inj=N(1), weapons=[W("drone")], **A, **KW,
      evidence="Dobropillia — a drone dropped explosives near the market; one woman wounded.",
      note="Dobropillia 709900 (the town, not its village namesake 709901); 'near the market' is inside the town -> "
           "precision 1; 1 w"),
    E("lr10-13", MAS, "2024-06-19", L("Toretsk"), "RU", "UA", fat=N(2), family=[ADS], claimant=POL_,
      evidence="Update on 19 June: the man wounded in Toretsk that afternoon died in hospital. Two people were killed by that attack on Toretsk.",
      note="a recalled event with its day ('19 June … that afternoon') -> required on 19 Jun with the latest toll, 2 k; "
           "the weapon is not said -> both types; outside the past-day range, not a child"),
]
# Not events: 54 civilian objects and 29 residential buildings (damage counts inside lr10-1); 61 people evacuated (a
# service); 34 war crimes documented (procedure); the hotline numbers. The district headings (the Pokrovsk district twice) are
# text.
STATEMENTS = [
    S("Yurii Lytvyn", "UA", "Then we went back for her husband", "police captain, Selydove department"),
]
MUST_NOT = ["NATIONAL POLICE · DONETSK REGION",
            "Main Directorate of the National Police in the Donetsk Region · communications sector",
            "21.06.2024 | 09:40", "Evacuation — 0 800 300 102 · Police — 102", "#DonetskPolice #evacuation",
            "Subscribe to the police of the Donetsk region"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
