from common import E, L, R, C, N, W, S, gold, evidenced

TITLE = "Russia says it captured a village near Dobropillia. Ukraine says the fight isn't over"
TEXT = """LBN NEWS
Watch LBN Live | Newsletters | Sign In
U.S. | World | Politics | Business | Health | Video | Investigations
WORLD
Russia says it captured a village near Dobropillia. Ukraine says the fight isn't over
By Grace Holloway and Dmytro Savchuk, LBN News
Wednesday, August 27, 2025, 11:14 AM EDT
Video: Inside the drone war on the Donetsk front (2:41)
KYIV, Ukraine - Russia's Defense Ministry announced Wednesday that its troops had taken Shakhove, a village of a few hundred prewar residents about 12 miles east of the mining town of Dobropillia. Within hours, Ukraine's military pushed back: the village, it said, was still contested.

In its daily briefing, the ministry said units of its Center group of forces, "as a result of active offensive actions, liberated the settlement of Shakhove."

"Shakhove is not under Russian control. Our units are holding the western part of the village, and fighting there went on all day today," said Oleksandr Moroz, a spokesman for the Ukrainian forces in the sector.

Ukraine, for its part, reported a local success. On Monday, Moroz said, assault troops cleared Russian infiltration groups from the southern outskirts of Bilozerske and retook a stretch of the road that links it with Dobropillia. LBN could not independently verify either side's account.

Earlier this month, small Russian units slipped several miles behind Ukrainian lines in the area before being contained, a breach that alarmed Kyiv's Western partners.

Dobropillia itself, a town that had about 28,000 people before the war, was hit by four guided bombs late Tuesday. Two residents were killed and six were wounded, regional officials said; a bread factory and an apartment block were damaged.

About 90 miles to the north, in the Kharkiv region, the Russian ministry claimed that its troops had captured several blocks in the northern part of Kupiansk. Ukraine's General Staff did not confirm it. Instead, it said Russian assaults had been repelled over the past day near Kindrashivka and near Petropavlivka, two villages on the approaches to the town. Moscow, for its part, said its forces had beaten off three Ukrainian counterattacks near Kruhliakivka on Tuesday.

Across the whole front, the General Staff counted 168 combat clashes in the past 24 hours.

"You clear a tree line at night, and by morning there are two of them sitting in it again," said a drone operator who gave only his first name, Taras.

Dobropillia matters because it sits on one of the last good roads between Kramatorsk and Pokrovsk, said Karen Whitcombe, a senior fellow at the Potomac Conflict Lab in Washington. "Whoever controls those few miles of asphalt controls the supply of the whole northern flank," she said. If Russian troops managed to cut the road, she added, the Ukrainian garrison in Pokrovsk would be at risk within weeks.

In Washington, the president said Tuesday he expected the Russian and Ukrainian leaders to meet "within two weeks." The Kremlin said no date had been discussed.
Trending now
LBN's Dmytro Savchuk reported from Kyiv and Grace Holloway from Washington.
© 2025 LBN Interactive. All rights reserved.
"""
DOC = {"id": "kx05", "date": "2025-08-27", "source": "LBN News (US television network website)",
       "url": "https://www.lbnnews.example/world/russia-claims-shakhove-ukraine-dobropillia-2025-08-27/", "text": TEXT}

D, Y, MON = "2025-08-27", "2025-08-26", "2025-08-25"
EVENTS = [
    E("kx05-1", "territory_change", D, L("Shakhove"), "RU", "UA", family=["armed_clash"],
      claimant="Russian Defence Ministry",
      note="'Russia's Defense Ministry announced Wednesday that its troops had taken Shakhove' ('liberated the "
           "settlement'): a capture claim is required on the claim day even though Ukraine denies it (blind37 call 6)"),
    E("kx05-2", "armed_clash", D, L("Shakhove"), "RU", "UA", claimant="Oleksandr Moroz",
      note="the counter-claim: 'Our units are holding the western part of the village, and fighting there went on all "
           "day today' (Wednesday): a clash that day in the village"),
    E("kx05-3", "territory_change", MON, L("Bilozerske", 2, "southern outskirts of Bilozerske"), "UA", "RU",
      family=["armed_clash"], claimant="Oleksandr Moroz",
      note="'On Monday … assault troops cleared Russian infiltration groups from the southern outskirts of Bilozerske "
           "and retook a stretch of the road' (25 Aug): Ukraine regains ground, outskirts = precision 2"),
    E("kx05-4", "air_drone_strike", Y, L("Dobropillia"), "RU", "UA", fat=N(2), inj=N(6),
      weapons=[W("guided_bomb", launched=N(4))],
      note="'hit by four guided bombs late Tuesday' (26 Aug): 2 killed, 6 wounded"),
    E("kx05-5", "territory_change", D, L("Kupiansk", 2, "northern part of Kupiansk"), "RU", "UA",
      family=["armed_clash"], claimant="Russian Defence Ministry",
      note="the ministry 'claimed that its troops had captured several blocks in the northern part of Kupiansk' "
           "(same briefing, Wednesday); not confirmed by Kyiv -> still a required claim; part of a town = precision 2"),
    E("kx05-6", "armed_clash", Y, L("Kindrashivka", 2, "near Kindrashivka"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian General Staff",
      note="'Russian assaults had been repelled over the past day near Kindrashivka and near Petropavlivka': one clash "
           "per place, past-day range, precision 2 (Kindrashivka 705175 north of Kupiansk)"),
    E("kx05-7", "armed_clash", Y, L("Petropavlivka", 2, "near Petropavlivka"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian General Staff",
      note="same sentence; Petropavlivka 697421, east of Kupiansk (Kharkiv region, not the Dnipropetrovsk homonym)"),
    E("kx05-8", "armed_clash", Y, L("Kruhliakivka", 2, "near Kruhliakivka"), "UA", "RU",
      claimant="Russian Defence Ministry",
      note="Russian counter-claim: 'beaten off three Ukrainian counterattacks near Kruhliakivka on Tuesday' (26 Aug): "
           "a clash with the Ukrainian side attacking"),
    E("kx05-9", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True, optional=True,
      claimant="Ukrainian General Staff",
      note="'168 combat clashes in the past 24 hours' across the front: front-wide tally -> optional (blind41 call 3)"),
]
# Not events: 'Earlier this month, small Russian units slipped several miles behind Ukrainian lines' (no day),
# Dobropillia's prewar population (background), the drone operator's tree lines (habitual), 'If Russian troops
# managed to cut the road … would be at risk within weeks' (conditional), the president's expected meeting 'within
# two weeks' (future) and 'no date had been discussed' (negation).
STATEMENTS = [
    S("Oleksandr Moroz", "UA", "Shakhove is not under Russian control", "spokesman, Ukrainian forces in the sector"),
    S("Karen Whitcombe", None, "controls the supply of the whole northern flank", "senior fellow, Potomac Conflict Lab"),
]
# Not gold: the ministry's briefing formula 'as a result of active offensive actions, liberated …' (institutional
# formula), the drone operator who gave only his first name (Taras), the president's 'within two weeks' (title-only).
MUST_NOT = ["LBN NEWS", "Watch LBN Live | Newsletters | Sign In",
            "U.S. | World | Politics | Business | Health | Video | Investigations", "WORLD",
            "By Grace Holloway and Dmytro Savchuk, LBN News", "Wednesday, August 27, 2025, 11:14 AM EDT",
            "Video: Inside the drone war on the Donetsk front (2:41)", "Trending now",
            "LBN's Dmytro Savchuk reported from Kyiv and Grace Holloway from Washington.",
            "© 2025 LBN Interactive. All rights reserved."]

EVID = {  # gold_id -> a verbatim span of the text that supports the event (fed back as its claim)
    'kx05-1': "Russia's Defense Ministry announced Wednesday that its troops had taken Shakhove",
    'kx05-2': 'Our units are holding the western part of the village, and fighting there went on all day today',
    'kx05-3': 'assault troops cleared Russian infiltration groups from the southern outskirts of Bilozerske',
    'kx05-4': 'was hit by four guided bombs late Tuesday. Two residents were killed and six were wounded',
    'kx05-5': 'the Russian ministry claimed that its troops had captured several blocks in the northern part of Kupiansk',
    'kx05-6': 'Russian assaults had been repelled over the past day near Kindrashivka and near Petropavlivka',
    'kx05-7': 'Russian assaults had been repelled over the past day near Kindrashivka and near Petropavlivka',
    'kx05-8': 'its forces had beaten off three Ukrainian counterattacks near Kruhliakivka on Tuesday',
    'kx05-9': 'the General Staff counted 168 combat clashes in the past 24 hours',
}


def build():
    return DOC, gold(DOC, evidenced(DOC, EVENTS, EVID, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
