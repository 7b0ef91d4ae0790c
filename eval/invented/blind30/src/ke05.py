from common import E, L, R, C, N, W, S, gold

TITLE = "Russian troops push into Kurakhove as pressure on Pokrovsk grows"
TEXT = """VISTULA REVIEW
English edition · Central & Eastern Europe
Politics | Security | Economy | Ukraine | Opinion | Podcasts
SECURITY
Russian troops push into Kurakhove as pressure on Pokrovsk grows
Wednesday, 27 November 2024
Russian forces have entered the eastern districts of Kurakhove and were fighting there on Tuesday, Ukrainian officers and Russian war correspondents said, as Moscow kept up its most intense offensive of the year in Ukraine's Donetsk region.

Kurakhove, a mining town whose thermal power plant once supplied much of the region, has been under attack from three sides for weeks. Ukrainian units still hold the power plant and the western part of the town, said Oleh Sydorchuk, a spokesman for the Ukrainian forces in the area.

"They come in small groups of three or four, on foot and on motorbikes, and they come twenty times a day. We destroy them, and then the next group comes," Sydorchuk said.

Russia's Defence Ministry said on Tuesday that its troops had "liberated" Sontsivka, a village about 15 km west of Kurakhove. Ukraine's General Staff did not confirm the loss of the village.

Pokrovsk under glide bombs
Further north, the logistics hub of Pokrovsk is coming under growing pressure. The regional governor said Russian attacks had killed three civilians in the Donetsk region on Tuesday: two in Pokrovsk, where a glide bomb hit a street near the central market, and one in Kostiantynivka, which was shelled with multiple rocket launchers.

The General Staff counted 41 Russian assaults in the Pokrovsk sector over the past day. Ukrainian troops repelled attacks near Myrnohrad, the town that adjoins Pokrovsk to the east, on Tuesday, a brigade spokesman said.

Toretsk and Chasiv Yar
In Toretsk, fighting continued in the town centre on Tuesday, according to the Ukrainian military. Russian-installed officials claimed their troops had reached the outskirts of Shcherbynivka, west of the town, a claim that could not be verified.

Russia's Defence Ministry said on Wednesday that its forces had taken control of the area around the refractory plant in Chasiv Yar, the last large industrial site in the hilltop town. "Fighting is going on at the plant; the enemy has not taken it," a Ukrainian brigade spokesman said on Wednesday.

The week in numbers
Over the past week, Russian forces captured about 235 square kilometres in the Donetsk region, according to FrontMap, a Ukrainian monitoring group that tracks the front line from geolocated video. That would be the fastest weekly pace since the spring of 2022.

Analysts warn that if Kurakhove falls, Russian troops could turn north and cut the roads that supply Pokrovsk from the west. Kyiv has not said whether it would withdraw from the town.

"Russia is trading men for ground at a rate no army can keep up for ever, but it can keep it up for longer than our reserves last," said Marek Wiśniewski, a military analyst at the Warsaw Strategy Forum.

Jakub Lis covers security and defence for Vistula Review. He reported from Donetsk region in October.
🎙 Podcast: Front Line Weekly, episode 112 — "The battle for Kurakhove"
Independent journalism costs money. Become a Vistula Review supporter today
© 2024 Vistula Review Sp. z o.o.
"""
DOC = {"id": "ke05", "date": "2024-11-27", "source": "Vistula Review (Polish English-language site)",
       "url": "https://vistulareview.example/security/2024/11/27/kurakhove-pokrovsk", "text": TEXT}

D = "2024-11-27"
T = "2024-11-26"
GOV = "Donetsk region governor"
EVENTS = [
    E("ke05-1", "armed_clash", T, L("Kurakhove"), "RU", "UA",
      note="'entered the eastern districts of Kurakhove and were fighting there on Tuesday': a city district is the "
           "city (precision 1); attacker RU is actor1"),
    E("ke05-2", "territory_change", T, L("Sontsivka"), "RU", "UA", claimant="Russian Defence Ministry",
      note="MoD 'said on Tuesday' it had 'liberated' Sontsivka: capture claim dated the claim day; Kyiv's "
           "non-confirmation is no denial with fighting, so no clash"),
    E("ke05-3", "missile_artillery_strike", T, R("UA-14", "Donetsk region"), "RU", "UA", agg=True, fat=N(3),
      family=["air_drone_strike"], claimant=GOV,
      note="regional day tally 'killed three civilians in the Donetsk region on Tuesday': a required aggregate parent "
           "of its two places (blind16 call 1); mixed weapons, the other strike type accepted"),
    E("ke05-4", "air_drone_strike", T, L("Pokrovsk"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      parent="ke05-3", claimant=GOV, note="glide bomb on a street near the central market, two killed"),
    E("ke05-5", "missile_artillery_strike", T, L("Kostiantynivka"), "RU", "UA", fat=N(1), weapons=[W("mlrs")],
      parent="ke05-3", claimant=GOV, note="'shelled with multiple rocket launchers', one killed"),
    E("ke05-6", "armed_clash", T, L("Myrnohrad", 2, "near Myrnohrad"), "RU", "UA",
      note="attacks 'repelled … near Myrnohrad … on Tuesday'; the 41 assaults 'in the Pokrovsk sector over the past "
           "day' are a sector sub-tally (ke05-11, optional)"),
    E("ke05-7", "armed_clash", T, L("Toretsk"), "RU", "UA", note="'fighting continued in the town centre on Tuesday'"),
    E("ke05-8", "territory_change", T, L("Shcherbynivka", 2, "outskirts of Shcherbynivka"), "RU", "UA", optional=True,
      note="unverified claim by Russian-installed officials of reaching the outskirts; undated (no day given): "
           "optional (blind14 call 7)"),
    E("ke05-9", "territory_change", D, L("Chasiv Yar", 2, "refractory plant area, Chasiv Yar"), "RU", "UA",
      claimant="Russian Defence Ministry",
      note="MoD 'said on Wednesday' it controlled the area around the refractory plant: a capture claim dated the claim "
           "day; part of a town = precision 2"),
    E("ke05-10", "armed_clash", D, L("Chasiv Yar", 2, "refractory plant, Chasiv Yar"), "RU", "UA",
      note="the Ukrainian answer 'Fighting is going on at the plant' said on Wednesday: a clash dated the statement "
           "day (blind8 call 8)"),
    E("ke05-11", "armed_clash", T, L("Pokrovsk", 2, "Pokrovsk sector"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, claimant="Ukrainian General Staff",
      note="41 assaults 'in the Pokrovsk sector over the past day': sector sub-tally, optional (blind8 call 7)"),
    E("ke05-12", "territory_change", "2024-11-21", R("UA-14", "Donetsk region"), "RU", "UA", end=D, prec="range",
      agg=True, claimant="FrontMap",
      note="'Over the past week … about 235 square kilometres in the Donetsk region': week tally reference-6 … "
           "reference, aggregate; 'if Kurakhove falls … could' is a conditional, no event"),
]
STATEMENTS = [
    S("Oleh Sydorchuk", "UA", "they come twenty times a day", "spokesman"),
    S("Marek Wiśniewski", None, "Russia is trading men for ground", "military analyst"),
]
MUST_NOT = ["VISTULA REVIEW", "English edition · Central & Eastern Europe",
            "Politics | Security | Economy | Ukraine | Opinion | Podcasts", "SECURITY", "Wednesday, 27 November 2024",
            "Jakub Lis covers security and defence for Vistula Review. He reported from Donetsk region in October.",
            "🎙 Podcast: Front Line Weekly, episode 112 — \"The battle for Kurakhove\"",
            "Independent journalism costs money. Become a Vistula Review supporter today",
            "© 2024 Vistula Review Sp. z o.o."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
