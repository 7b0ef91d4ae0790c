from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, CLA, TER, POL

TITLE = "Russia claims another village near Lyman, Kyiv says the fighting goes on"
TEXT = """NORTHLINE NEWS AGENCY
NNA | Top stories | Europe | Ukraine | World | Economy | Sport | Photos
Published: 08/11/2025 17:05 (GMT+1) · Updated: 08/11/2025 19:32 (GMT+1)
Russia claims another village near Lyman, Kyiv says the fighting goes on
by Marek Ostrowski with Halyna Rudenko in Kyiv
Kyiv (NNA) - Russia said on Saturday that its troops had captured Torske, a village east of Lyman in Ukraine's Donetsk region, the second claim of its kind in the sector this week. Kyiv's army rejected it, saying its soldiers were still fighting street by street in the village.

"Torske is not taken. Our infantry holds the northern part, and the enemy is sitting in the houses on the southern edge," said Major Andrii Lisovyi, a spokesman for the Ukrainian forces in the Lyman sector.

Two days earlier, on Thursday, Moscow's defence ministry had claimed Zarichne, a smaller village just west of Torske on the Zherebets river. On Saturday the ministry added that its units had beaten off four Ukrainian counter-attacks near Zarichne.

Ukrainian commanders have said nothing about Zarichne. They said instead that an assault group had pushed Russian infantry out of a tree line south of Yampil on Friday, and released drone footage of the operation.

In its evening summary, Ukraine's general staff said Russian forces had attacked 27 times in the Lyman sector over the past day, near Novoselivka, Drobysheve and Serebrianka among other places.

"The flag over Torske is a promise, not a fact yet. The boys are clearing it house by house," wrote Yuzhny Veter, a Russian military blogger with close ties to units in the sector, on Telegram.
Photo gallery: Life in Lyman under the glide bombs (12 photos)
Lyman itself was hit by Russian glide bombs on Saturday morning. Two men who were patching the roof of a block of flats were killed, the regional governor said.

Late on Friday, a drone struck a car on the outskirts of Sloviansk, some 25 kilometres to the south-west, and wounded the driver. Early on Saturday, S-300 missiles hit an industrial site in Kramatorsk, injuring three workers, the city's military administration said.

On Friday, the regional administration ordered the compulsory evacuation of families with children from nine villages of the Sviatohirsk hromada, north of Sloviansk.

Across the front, in the part of the Luhansk region that Russia has held since 2022, the Moscow-installed authorities said Ukrainian HIMARS rockets had hit a bakery in Lysychansk on Friday afternoon, killing two employees. NNA could not verify the claims of either side.

Russian troops occupied Lyman for five months in 2022 before they were pushed out that October, and they have been edging back towards it since April.

"Russia is not trying to take Lyman head-on. It is trying to cut the roads into it, one village at a time," said Ilse Vandermeulen, a military analyst at the Scheldt Institute for Conflict Studies in Antwerp. "If the road from Siversk is lost, Lyman becomes a salient, and salients get expensive."
mo-hr/jb
© NNA 2025 · All rights reserved
Related: Kyiv and Moscow trade blame over stalled prisoner swap
"""
DOC = {"id": "lo06", "date": "2025-11-08", "source": "Northline News Agency (international news agency)",
       "url": "https://northline-news.example/europe/ukraine/2025/11/08/russia-claims-torske-lyman", "text": TEXT}

D, FRI, THU = "2025-11-08", "2025-11-07", "2025-11-06"
GS = "Ukrainian General Staff"
EVENTS = [
    E("lo06-1", TER, D, L("Torske"), "RU", "UA", family=[CLA], claimant="Russian Defence Ministry",
      note="'Russia said on Saturday that its troops had captured Torske': a capture claim on its claim day, required "
           "though denied (blind49 call 8)"),
    E("lo06-2", CLA, D, L("Torske"), "RU", "UA", claimant="Ukrainian forces in the Lyman sector",
      note="the denial: 'its soldiers were still fighting street by street in the village', 'Our infantry holds the northern "
           "part, and the enemy is sitting in the houses on the southern edge' -> a clash in Torske that day (attacker "
           "RU); never averaged with lo06-1"),
    E("lo06-3", TER, THU, L("Zarichne"), "RU", "UA", family=[CLA], claimant="Russian Defence Ministry",
      note="'Two days earlier, on Thursday, Moscow's defence ministry had claimed Zarichne' (6 Nov, "
           "two days before the Saturday page: the check agrees): claim day; Zarichne 705808 of Donetsk oblast, 'just "
           "west of Torske' (not the larger Rivne- or Dnipropetrovsk-oblast namesakes)"),
    E("lo06-4", CLA, D, H("Zarichne", "near Zarichne"), "UA", "RU", claimant="Russian Defence Ministry",
      note="'On Saturday the ministry added that its units had beaten off four Ukrainian counter-attacks near "
           "Zarichne': repelled counter-attacks = a clash with actor1 UA (blind50 call 4); no period given -> the claim "
           "day; near X = precision 2"),
    E("lo06-5", TER, FRI, H("Yampil", "tree line south of Yampil"), "UA", "RU", family=[CLA],
      claimant="Ukrainian forces in the Lyman sector",
      note="'an assault group had pushed Russian infantry out of a tree line south of Yampil on Friday': ground regained "
           "by UA (7 Nov); south of X = precision 2; Yampil 688505 of Donetsk oblast (not Vinnytsia, Sumy or "
           "Khmelnytskyi)"),
    E("lo06-6", CLA, FRI, H("Novoselivka", "near Novoselivka"), "RU", "UA", end=D, prec="range", claimant=GS,
      note="'attacked 27 times in the Lyman sector over the past day, near Novoselivka, Drobysheve and Serebrianka': one "
           "clash per named place (blind49 call 8), past-day range (7-8 Nov), near X = precision 2; Novoselivka "
           "699185, north-west of Lyman (one of many Novoselivkas)"),
    E("lo06-7", CLA, FRI, H("Drobysheve", "near Drobysheve"), "RU", "UA", end=D, prec="range", claimant=GS,
      note="same sentence, near Drobysheve (north-west of Lyman)"),
    E("lo06-8", CLA, FRI, H("Serebrianka", "near Serebrianka"), "RU", "UA", end=D, prec="range", claimant=GS,
      note="same sentence, near Serebrianka (on the Siverskyi Donets, east of the sector)"),
    E("lo06-9", CLA, FRI, H("Lyman", "Lyman sector"), "RU", "UA", end=D, prec="range", agg=True, optional=True,
      claimant=GS,
      note="'attacked 27 times in the Lyman sector over the past day': a sector count -> optional (blind50 call 5)"),
    E("lo06-10", ADS, D, L("Lyman"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="passive with the place fronted: 'Lyman itself was hit by Russian glide bombs on Saturday morning. Two men … "
           "were killed'"),
    E("lo06-11", ADS, FRI, H("Sloviansk", "outskirts of Sloviansk"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Late on Friday, a drone struck a car on the outskirts of Sloviansk … and wounded the driver' (7 Nov); the "
           "attacker is not named but on the Ukrainian-held side of the front -> RU; outskirts = precision 2"),
    E("lo06-12", MAS, D, L("Kramatorsk"), "RU", "UA", inj=N(3), weapons=[W("missile", "S-300")],
      note="'Early on Saturday, S-300 missiles hit an industrial site in Kramatorsk, injuring three workers': S-300 used "
           "against a ground target = missile_artillery_strike (ANNOTATION rule 4)"),
    E("lo06-13", POL, FRI, H("Sviatohirsk", "nine villages of the Sviatohirsk hromada"), "UA", None,
      note="'On Friday, the regional administration ordered the compulsory evacuation of families with children from "
           "nine villages of the Sviatohirsk hromada': an evacuation order about a named area = policy_decision there "
           "(blind49 call 8), hromada = precision 2"),
    E("lo06-14", MAS, FRI, L("Lysychansk"), "UA", None, fat=N(2), weapons=[W("mlrs", "HIMARS")],
      claimant="Russian-installed authorities of the Luhansk region",
      note="'the Moscow-installed authorities said Ukrainian HIMARS rockets had hit a bakery in Lysychansk on Friday "
           "afternoon, killing two employees': the occupation side's claim keeps the claimed attacker UA with actor2 "
           "null (blind51 call 5); Luhansk oblast UA-09"),
]
# Not events: the Torske flag and 'clearing it house by house' (the blogger's version of lo06-1/-2), Ukrainian
# commanders 'have said nothing about Zarichne' (negation), the drone footage (evidence of lo06-5), the occupation of
# Lyman 'for five months in 2022 … that October' (history without a day), 'edging back towards it since April' (habit), 'NNA could not verify' (caveat), the analyst's 'If the road from Siversk is lost …' (conditional).
# The photo-gallery line, the 'mo-hr/jb' slug, © and the Related line are furniture.
STATEMENTS = [
    S("Andrii Lisovyi", "UA", "Our infantry holds the northern part", "spokesman, Ukrainian forces in the Lyman sector"),
    S("Yuzhny Veter", "RU", "The flag over Torske is a promise, not a fact yet", "Russian military blogger"),
    S("Ilse Vandermeulen", None, "It is trying to cut the roads into it, one village at a time",
      "military analyst, Scheldt Institute for Conflict Studies"),
]
MUST_NOT = ["NORTHLINE NEWS AGENCY", "NNA | Top stories | Europe | Ukraine | World | Economy | Sport | Photos",
            "Published: 08/11/2025 17:05 (GMT+1) · Updated: 08/11/2025 19:32 (GMT+1)",
            "by Marek Ostrowski with Halyna Rudenko in Kyiv",
            "Photo gallery: Life in Lyman under the glide bombs (12 photos)", "mo-hr/jb", "© NNA 2025 · All rights reserved",
            "Related: Kyiv and Moscow trade blame over stalled prisoner swap"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo06-1': "Russia said on Saturday that its troops had captured Torske",
    'lo06-2': "Kyiv's army rejected it, saying its soldiers were still fighting street by street in the village.",
    'lo06-3': "Two days earlier, on Thursday, Moscow's defence ministry had claimed Zarichne",
    'lo06-4': "On Saturday the ministry added that its units had beaten off four Ukrainian counter-attacks near Zarichne.",
    'lo06-5': "an assault group had pushed Russian infantry out of a tree line south of Yampil on Friday",
    'lo06-6': "Russian forces had attacked 27 times in the Lyman sector over the past day, near Novoselivka, Drobysheve and Serebrianka among other places",
    'lo06-7': "Russian forces had attacked 27 times in the Lyman sector over the past day, near Novoselivka, Drobysheve and Serebrianka among other places",
    'lo06-8': "Russian forces had attacked 27 times in the Lyman sector over the past day, near Novoselivka, Drobysheve and Serebrianka among other places",
    'lo06-9': "Russian forces had attacked 27 times in the Lyman sector over the past day",
    'lo06-10': "Lyman itself was hit by Russian glide bombs on Saturday morning.",
    'lo06-11': "Late on Friday, a drone struck a car on the outskirts of Sloviansk",
    'lo06-12': "Early on Saturday, S-300 missiles hit an industrial site in Kramatorsk, injuring three workers",
    'lo06-13': "the regional administration ordered the compulsory evacuation of families with children from nine villages of the Sviatohirsk hromada",
    'lo06-14': "Ukrainian HIMARS rockets had hit a bakery in Lysychansk on Friday afternoon, killing two employees",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
