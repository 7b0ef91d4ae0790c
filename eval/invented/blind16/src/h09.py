from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims village near Kostiantynivka, Kyiv says fighting goes on"
TEXT = """EPI — Europresse Internationale
Europe | Ukraine | World | Business | Culture
Russia claims village near Kostiantynivka, Kyiv says fighting goes on
Published on 13/08/2026 - 15:42 · Modified on 13/08/2026 - 17:05
Reading time: 3 min
Kyiv (EPI) - Russia's defence ministry claimed on Thursday that its troops had captured the village of Virolyubivka north-east of Kostiantynivka in eastern Ukraine, but the Ukrainian army said fighting there was continuing.

"Units of the South group of forces liberated the settlement of Verolyubovka as a result of decisive offensive actions," the ministry said in its daily bulletin.

Viktor Trokhymenko, a spokesman for Ukraine's eastern group of forces, rejected the claim. "The enemy is trying to gain a foothold on the eastern edge of Virolyubivka, but the village has not been captured. Fighting is going on right now," he told EPI by telephone.

Advertising

Further south, the ministry said on Wednesday that its forces had taken Malinovka, a village east of Huliaipole in the Zaporizhzhia region. Ukraine's southern command called that claim false, saying Malynivka remained under its control and that Russian infantry had tried three times overnight to storm it and been repelled.

Ukrainian troops, for their part, pushed Russian units out of Illinivka, west of Kostiantynivka, on Tuesday, the army said, releasing drone footage that EPI geolocated to the village's main street. The Russian ministry did not mention Illinivka, saying only that it had repelled four counterattacks "in the Konstantinovka direction".

Read also: In Kramatorsk, a city learns to live under glide bombs

Ukraine's General Staff said 164 clashes had taken place along the front over the past day, 38 of them in the Kostiantynivka sector.

Russian infantry groups have been infiltrating the south-eastern outskirts of Kostiantynivka for weeks, and street fighting there has become a daily routine, local officials say.

Two guided bombs hit the centre of Kramatorsk, a city some 20 kilometres to the north, on Wednesday evening, killing one man and injuring six people, the regional governor said.

Pro-Russian military bloggers on Thursday also claimed advances near Dobropillia, which EPI could not verify.

Analysts say the fall of Virolyubivka would let Russian forces threaten the road linking Kostiantynivka and Druzhkivka. "If that road comes under drone control, supplying the city becomes very hard," said Marta Lindqvist, a military analyst at the Baltic Defence Institute.

Moscow has tried since early 2025 to break into the belt of fortified cities in the Donetsk region. Whether Ukraine can hold the line through the autumn may depend on how quickly new brigades reach the front.

The Kremlin on Thursday denied that its forces were short of reserves, calling such reports "wishful thinking in the West".

gv-ab/dc
© 2026 EPI
More on the same topic: Zaporizhzhia front: a month of assaults on Huliaipole
"""
DOC = {"id": "h09", "date": "2026-08-13", "source": "Europresse Internationale (wire)",
       "url": "https://www.europresse-i.example/en/europe/20260813-russia-claims-village-near-kostiantynivka",
       "text": TEXT}

D, Y = "2026-08-13", "2026-08-12"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("h09-1", "territory_change", D, L("Virolyubivka", 1, "Virolyubivka (Verolyubovka)"), "RU", "UA", claimant=MOD,
      note="capture claimed 'on Thursday' and denied: the claim is a territory_change dated the day of the claim "
           "(blind8 call 8)"),
    E("h09-2", "armed_clash", D, L("Virolyubivka", 2, "eastern edge of Virolyubivka"), "RU", "UA",
      claimant="Viktor Trokhymenko", note="'Fighting is going on right now' on the eastern edge: precision 2"),
    E("h09-3", "territory_change", Y, L("Malynivka-Zp", 1, "Malynivka (Malinovka)"), "RU", "UA", claimant=MOD,
      note="claim made 'on Wednesday', called false; Malynivka 702103, the Zaporizhzhia-region village east of Huliaipole"),
    E("h09-4", "armed_clash", D, L("Malynivka-Zp", 1, "Malynivka"), "RU", "UA", claimant="Ukraine's southern command",
      note="three assaults 'overnight' repelled; overnight in a Thursday-afternoon wire = the night into Thursday"),
    E("h09-5", "territory_change", "2026-08-11", L("Illinivka"), "UA", "RU", claimant="Ukrainian army",
      note="'pushed Russian units out of Illinivka … on Tuesday' with geolocated footage"),
    E("h09-6", "armed_clash", Y, L("Kostiantynivka", 2, "Konstantinovka direction"), "UA", "RU", optional=True,
      prec="range", end=D, claimant=MOD,
      note="'repelled four counterattacks in the Konstantinovka direction': direction only, no settlement — optional"),
    E("h09-7", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", agg=True, optional=True, prec="range", end=D,
      claimant="Ukraine's General Staff", note="164 clashes over the past day: national tally, optional"),
    E("h09-8", "armed_clash", Y, L("Kostiantynivka", 2, "Kostiantynivka sector"), "RU", "UA", agg=True, optional=True,
      prec="range", end=D, note="sector sub-tally (38): optional (blind8 call 7)"),
    E("h09-9", "armed_clash", D, L("Kostiantynivka", 2, "south-eastern outskirts of Kostiantynivka"), "RU", "UA",
      optional=True, note="ongoing background 'for weeks', 'a daily routine': optional (blind14 call 6)"),
    E("h09-10", "air_drone_strike", Y, L("Kramatorsk"), None, "UA", fat=N(1), inj=N(6),
      weapons=[W("guided_bomb", launched=N(2))], claimant="Donetsk regional governor",
      note="'on Wednesday evening' = 12 August; the sentence names no perpetrator: actor1 null"),
    E("h09-11", "territory_change", D, L("Dobropillia", 2, "near Dobropillia"), "RU", "UA", optional=True,
      claimant="pro-Russian military bloggers", note="unverified milblogger claim of advances: optional"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "liberated the settlement of Verolyubovka"),
    S("Viktor Trokhymenko", "UA", "the village has not been captured", "spokesman for Ukraine's eastern group of forces"),
    S("Marta Lindqvist", None, "supplying the city becomes very hard", "military analyst, Baltic Defence Institute"),
]
MUST_NOT = ["EPI — Europresse Internationale", "Europe | Ukraine | World | Business | Culture",
            "Published on 13/08/2026 - 15:42 · Modified on 13/08/2026 - 17:05", "Reading time: 3 min", "Advertising",
            "Read also: In Kramatorsk, a city learns to live under glide bombs", "gv-ab/dc", "© 2026 EPI",
            "More on the same topic: Zaporizhzhia front: a month of assaults on Huliaipole"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
