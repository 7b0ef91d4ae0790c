from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims village near Dobropillia, Kyiv says battle not over"
TEXT = """AMP - Agence Mondiale de Presse
Russia claims village near Dobropillia, Kyiv says battle not over
Published on: 21/08/2025 - 14:37 Modified: 21/08/2025 - 16:05
2 min
Kyiv (AMP) - Russia said Wednesday its troops had captured the village of Volodymyrivka in eastern Ukraine's Donetsk region, but the Ukrainian army said on Thursday that its soldiers were still holding positions there and that fighting was continuing.

"Units of the Centre group of forces have liberated the settlement of Volodymyrovka in the Donetsk People's Republic," the Russian defence ministry said in its daily briefing, using the Russian spelling of the village's name.

"Nobody has liberated anything. Our infantry is in Volodymyrivka, the fighting goes on and the Russians are losing people there every hour," Serhiy Dmytriv, a spokesman for the Ukrainian forces in the sector, told AMP by phone.

AMP could not independently verify either claim.

Volodymyrivka lies some 15 kilometres (nine miles) east of Dobropillia, a mining town that Russian units tried to outflank earlier this month with a rapid push of about ten kilometres before being stopped.

Further south, Ukrainian assault units pushed Russian troops back about two kilometres north of Rodynske on Tuesday night, Ukraine's general staff said, without giving further details.

Small Russian infantry groups that tried to infiltrate Ukrainian lines near Shakhove on Wednesday were destroyed, according to the same source.

The general staff reported 176 combat clashes along the front over the past day, 51 of them in the Pokrovsk sector, the most intense part of the front line for months.

Behind the lines, Russian aircraft dropped two guided bombs on Druzhkivka on Wednesday evening, killing two people and wounding six, the regional governor said. Overnight, a Russian multiple rocket launcher hit a residential street in Bilytske, killing a 59-year-old man.

Regional authorities on Thursday ordered the evacuation of families with children from eleven more villages around Dobropillia.

Read also: Ukraine's eastern towns brace for another winter without gas

Russia launched its summer offensive in May and has since advanced slowly at a high cost in men and equipment, according to Western military analysts. They say Moscow could try to cut the road linking Dobropillia to Kramatorsk before the autumn rains.

Kyiv fears that Russia will use any pause in diplomatic efforts to press its advantage on the ground. "If they take Dobropillia, the whole northern flank of the agglomeration opens up," said military analyst Yevhen Kostenko.

bur-ok/jm
© 2025 AMP
Advertising
"""
DOC = {"id": "r02", "date": "2025-08-21", "source": "AMP (Agence Mondiale de Presse)",
       "url": "https://www.amp-news.example/en/20250821-russia-claims-village-near-dobropillia", "text": TEXT}

D, Y = "2025-08-21", "2025-08-20"
EVENTS = [
    E("r02-1", "territory_change", Y, L("Volodymyrivka"), "RU", "UA", claimant="Russian defence ministry",
      note="capture claimed on Wednesday; disputed by Ukraine (counter-claim = r02-2)"),
    E("r02-2", "armed_clash", D, L("Volodymyrivka"), "RU", "UA", claimant="Serhiy Dmytriv",
      note="Ukrainian side: fighting continues on Thursday"),
    E("r02-3", "territory_change", "2025-08-19", L("Rodynske", 2, "north of Rodynske"), "UA", "RU",
      claimant="Ukrainian general staff", note="'on Tuesday night'; pushed back ~2 km"),
    E("r02-4", "armed_clash", Y, L("Shakhove", 2, "near Shakhove"), "RU", "UA", claimant="Ukrainian general staff",
      note="infiltration attempt repelled; actor1 = attacker"),
    E("r02-5", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", prec="range", end=D, agg=True,
      claimant="Ukrainian general staff", note="176 clashes over the past day"),
    E("r02-6", "armed_clash", Y, L("Pokrovsk", 2, "Pokrovsk sector"), "RU", "UA", prec="range", end=D, agg=True,
      optional=True, note="51 clashes in the Pokrovsk sector: a sub-tally of r02-5 for a front sector"),
    E("r02-7", "air_drone_strike", Y, L("Druzhkivka"), "RU", "UA", fat=N(2), inj=N(6),
      weapons=[W("guided_bomb", launched=N(2))], claimant="regional governor"),
    E("r02-8", "missile_artillery_strike", D, L("Bilytske"), "RU", "UA", fat=N(1), weapons=[W("mlrs")]),
    E("r02-9", "policy_decision", D, L("Dobropillia", 2, "villages around Dobropillia"), "UA", None, optional=True,
      note="evacuation order: no taxonomy type fits well"),
    E("r02-10", "territory_change", "2025-08-01", L("Dobropillia", 2, "near Dobropillia"), "RU", "UA",
      prec="month", end="2025-08-20", optional=True, note="'earlier this month' push of ~10 km"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "have liberated the settlement of Volodymyrovka"),
    S("Serhiy Dmytriv", "UA", "Nobody has liberated anything", "spokesman of the Ukrainian forces in the sector"),
    S("Yevhen Kostenko", "UA", "the whole northern flank of the agglomeration opens up", "military analyst"),
]
MUST_NOT = ["AMP - Agence Mondiale de Presse", "Published on: 21/08/2025 - 14:37 Modified: 21/08/2025 - 16:05",
            "Read also: Ukraine's eastern towns brace for another winter without gas", "bur-ok/jm", "© 2025 AMP",
            "Advertising"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
