from common import E, L, R, C, N, W, S, gold

TITLE = "Armed group crosses into Belgorod region, counter-terrorist regime declared"
TEXT = """SVOBODNY KRAY · English
News · Investigations · Opinion · Podcasts
23 May 2023, 11:15 (Vilnius, GMT+3)
This article is also available in Russian
Armed group crosses into Belgorod region, counter-terrorist regime declared
An armed group crossed the border from Ukraine near the village of Kozinka in the Graivoron district on Monday morning and fought Russian border guards, the governor of the Belgorod region said. Two groups of Russian citizens who fight for Ukraine, the Russian Volunteer Corps and the Freedom of Russia Legion, said they had carried out the raid.

The governor declared a counter-terrorist operation regime across the Belgorod region on Monday afternoon, giving the security services powers to restrict movement, tap phones and search homes.

In Graivoron itself, shelling wounded eight civilians on Monday, the governor said on Telegram, and a drone dropped an explosive device on the building of the district administration.

On Tuesday, Russia's defence ministry said the incursion had been crushed, that "more than 70 Ukrainian nationalists" had been killed and that the remnants of the group had been pushed back to Ukrainian territory that morning. The figures could not be independently verified, and the legion's spokesman called them "a fantasy".

Mortar fire hit Novaya Tavolzhanka, a village near Shebekino, on Tuesday morning, wounding a woman, local authorities said. Over the past week, the governor's office counted 114 cases of shelling of the region's border districts.
Popular this week
Why the Wagner chief keeps attacking the generals
Exiled theatre director sentenced in absentia
The Kremlin spokesman called the raiders "Ukrainian saboteurs" and said the aim was to distract attention from Bakhmut, which Russia said last weekend it had captured. A spokesman for Ukraine's military intelligence said the fighting was "an internal Russian matter".

"We heard shooting from nine in the morning, and then the power went out. Nobody told us anything until the evening," said Lyudmila Kovaleva, a resident of Graivoron who left for Belgorod with her grandson.

Residents of several villages in the district have left their homes, and some of them are staying in temporary accommodation centres in Belgorod.

"This is a pinprick, militarily speaking. But it shows that the border is long and the Russian army has few men to watch it," said Pavel Ilyin, a military analyst who left Russia last year.

Mirror: svkray-mirror.example opens without a VPN
Svobodny Kray is registered in Latvia. Russian authorities have declared it an "undesirable organisation".
"""
DOC = {"id": "kd10", "date": "2023-05-23", "source": "Svobodny Kray (Russian exile outlet, English edition)",
       "url": "https://svkray.example/en/2023/05/23/belgorod-incursion", "text": TEXT}

D = "2023-05-23"
GOV = "governor of the Belgorod region"
EVENTS = [
    E("kd10-1", "armed_clash", "2023-05-22", L("Kozinka", 2, "near Kozinka (Graivoron district)"),
      "UA", "RU", claimant=GOV,
      note="group crossed 'near the village of Kozinka … on Monday morning and fought Russian border guards' (Tue 23 "
           "May -> Mon 22); the raiders are Russian citizens fighting for Ukraine -> actor1 side UA; precision 2"),
    E("kd10-2", "policy_decision", "2023-05-22", R("RU-BEL", "Belgorod region"), "RU", None,
      family=["military_mobilization"],
      note="'declared a counter-terrorist operation regime across the Belgorod region on Monday afternoon'"),
    E("kd10-3", "missile_artillery_strike", "2023-05-22", L("Graivoron"), "UA", "RU", inj=N(8), claimant=GOV,
      note="'In Graivoron itself, shelling wounded eight civilians on Monday'; perpetrator as the governor blames it "
           "(the raid's side)"),
    E("kd10-4", "air_drone_strike", "2023-05-22", L("Graivoron", 1, "Graivoron (district administration)"), "UA", "RU",
      claimant=GOV, note="'a drone dropped an explosive device on the building of the district administration'"),
    E("kd10-5", "armed_clash", D, R("RU-BEL", "Belgorod region (Graivoron district)"), "UA", "RU",
      fat=N(70, "at_least"), claimant="Ministry of Defence of the Russian Federation",
      note="MoD on Tuesday: remnants 'pushed back to Ukrainian territory that morning', 'more than 70' killed (the "
           "operation's total as claimed, disputed as 'a fantasy'): the end of the fighting, dated Tuesday; no "
           "place beyond the incursion area -> region (the Graivoron district is named only earlier)"),
    E("kd10-6", "missile_artillery_strike", D, L("Novaya Tavolzhanka"), "UA", "RU", inj=N(1),
      claimant="local authorities", note="'Mortar fire hit Novaya Tavolzhanka … on Tuesday morning, wounding a woman'"),
    E("kd10-7", "missile_artillery_strike", "2023-05-17", R("RU-BEL", "Belgorod region (border districts)"), "UA", "RU",
      end=D, prec="range", agg=True, claimant=GOV,
      note="'Over the past week … 114 cases of shelling' -> week aggregate 17-23 May (reference-6 … reference)"),
    E("kd10-8", "territory_change", "2023-05-20", L("Bakhmut"), "RU", "UA", end="2023-05-21", prec="range", optional=True,
      note="'Bakhmut, which Russia said last weekend it had captured': a recalled claim with only 'last weekend' -> "
           "optional (the weekend 20-21 May as a range)"),
]
STATEMENTS = [
    S("Lyudmila Kovaleva", "RU", "We heard shooting from nine in the morning", "resident of Graivoron"),
    S("Pavel Ilyin", None, "it shows that the border is long and the Russian army has few men to watch it",
      "military analyst"),
]
MUST_NOT = ["SVOBODNY KRAY · English", "News · Investigations · Opinion · Podcasts",
            "23 May 2023, 11:15 (Vilnius, GMT+3)", "This article is also available in Russian", "Popular this week",
            "Why the Wagner chief keeps attacking the generals", "Exiled theatre director sentenced in absentia",
            "Mirror: svkray-mirror.example opens without a VPN",
            "Svobodny Kray is registered in Latvia. Russian authorities have declared it an \"undesirable organisation\"."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
