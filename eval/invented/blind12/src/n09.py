from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims another village near Pokrovsk as Ukrainian troops pull back near Novohrodivka"
TEXT = """APN  Allied Press Network
U.S.   World   Politics   Business   Science   Health   Sports   Photography
Russia claims another village near Pokrovsk as Ukrainian troops pull back near Novohrodivka
By KATERYNA MARSH and DAVID OKONKWO
Updated 9:47 AM EDT, September 5, 2024
Share ▸ Facebook ▸ X ▸ Email ▸ Print

KYIV, Ukraine (APN) — Russia's Defense Ministry said Thursday its troops had captured the village of Hrodivka near the embattled eastern city of Pokrovsk, as Ukrainian officials acknowledged that their forces had pulled back from positions on the eastern outskirts of Novohrodivka to avoid being encircled.

The ministry, which used the Russian name Grodovka, said the village had been "liberated" by units of its Center group of forces. Ukraine's General Staff did not confirm the loss, saying only that its troops had repelled 11 Russian attacks near Hrodivka over the past day.

"The enemy is pressing with everything it has. We left two positions near Novohrodivka on Wednesday to save the lives of our soldiers, and we are holding the next line," said Lt. Col. Andrii Levytskyi, a spokesman for the Ukrainian forces in the sector.

Fighting also reached Ukrainsk, a mining town south of Novohrodivka, where Russian troops entered the southern outskirts on Tuesday, according to the Ukrainian monitoring project Frontline Atlas, which maps the front from open-source footage.

Pokrovsk, a logistics hub that had a prewar population of about 60,000, lies on the main road and railway supplying Ukrainian forces in the Donetsk region. Russian forces have advanced toward it since the fall of Avdiivka in February. If they take the city, military analysts say, Ukraine would lose one of the last rail links to the southern part of the region.

Russian shelling and airstrikes killed five civilians in the Donetsk region over the past day, the regional governor said on Thursday. Two people died in Pokrovsk, where a missile hit a residential area, one in Myrnohrad, one in Kurakhove and one in Kostiantynivka, where a drone struck a car, he said. Eight more people were wounded across the region.

Ukrainian authorities ordered families with children to leave Pokrovsk and several nearby communities in August, and the city's water supply has been cut since the summer.

In Russia, debris from Ukrainian rockets shot down over the Belgorod region damaged several houses and cars in the village of Razumnoye, near the regional capital, and a woman was slightly injured, the regional governor said. The Russian Defense Ministry said air defenses had destroyed 10 Vampire multiple rocket launcher rockets over the region.

Ukraine's top commander said this week that his troops were holding more than 1,300 square kilometers of Russia's Kursk region a month after their surprise incursion, and that Moscow had moved some units from the Pokrovsk area to counter it — though the pressure on Pokrovsk has not eased.

The Kremlin said Thursday there could be no talks with Ukraine "while Ukrainian troops remain on Russian soil."

___

Oksana Pylypiv in Kyiv contributed to this report.
Follow APN's coverage of the war at https://apnnews.example/hub/russia-ukraine-war
Copyright 2024 Allied Press Network. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""
DOC = {"id": "n09", "date": "2024-09-05", "source": "Allied Press Network (APN)",
       "url": "https://apnnews.example/article/russia-ukraine-war-pokrovsk-hrodivka-2024-09-05", "text": TEXT}

D, Y = "2024-09-05", "2024-09-04"
EVENTS = [
    E("n09-1", "territory_change", D, L("Hrodivka"), "RU", "UA", claimant="Russian Defense Ministry",
      note="claimed capture on Thursday (Russian name Grodovka), not confirmed by Ukraine"),
    E("n09-2", "armed_clash", Y, L("Hrodivka", 2, "near Hrodivka"), "RU", "UA", prec="range", end=D,
      claimant="Ukrainian General Staff", note="'repelled 11 Russian attacks near Hrodivka over the past day': one clash "
                                                "at the place over the past day (range), blind4 call 4 counter-claim"),
    E("n09-3", "territory_change", Y, L("Novohrodivka", 2, "eastern outskirts of Novohrodivka"), "RU", "UA",
      claimant="Andrii Levytskyi", note="Ukrainian pull-back 'on Wednesday' = gain for RU (blind9 call 4)"),
    E("n09-4", "territory_change", "2024-09-03", L("Ukrainsk", 2, "southern outskirts of Ukrainsk"), "RU", "UA",
      family=["armed_clash"], claimant="Frontline Atlas", note="'entered the southern outskirts on Tuesday'"),
    E("n09-5", "missile_artillery_strike", Y, R("UA-14", "Donetsk region"), "RU", "UA", prec="range", end=D, agg=True,
      fat=N(5), inj=N(8), family=["air_drone_strike"], claimant="Donetsk regional governor",
      note="past-day regional toll (shelling and airstrikes): aggregate; 'Eight more people were wounded'"),
    E("n09-6", "missile_artillery_strike", Y, L("Pokrovsk"), "RU", "UA", prec="range", end=D, fat=N(2),
      weapons=[W("missile")], parent="n09-5"),
    E("n09-7", "missile_artillery_strike", Y, L("Myrnohrad"), "RU", "UA", prec="range", end=D, fat=N(1),
      family=["air_drone_strike"], parent="n09-5", note="weapon not stated"),
    E("n09-8", "missile_artillery_strike", Y, L("Kurakhove"), "RU", "UA", prec="range", end=D, fat=N(1),
      family=["air_drone_strike"], parent="n09-5", note="weapon not stated"),
    E("n09-9", "air_drone_strike", Y, L("Kostiantynivka"), "RU", "UA", prec="range", end=D, fat=N(1),
      weapons=[W("drone")], parent="n09-5", note="drone struck a car"),
    E("n09-10", "missile_artillery_strike", D, L("Razumnoye"), "UA", "RU", inj=N(1), weapons=[W("mlrs", "Vampire")],
      claimant="Belgorod regional governor",
      note="debris of downed rockets damages houses and cars; date: reported Thursday, no time given (±1 day)"),
    E("n09-11", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA",
      weapons=[W("mlrs", "Vampire", intercepted=N(10))], claimant="Russian Defense Ministry"),
    E("n09-12", "policy_decision", "2024-08-01", L("Pokrovsk"), "UA", None, prec="month", end="2024-08-31",
      optional=True, note="evacuation order 'in August': optional (recalled, month)"),
    E("n09-13", "infrastructure_disruption", None, L("Pokrovsk"), None, None, prec="unknown", optional=True,
      note="water supply 'cut since the summer': undated, cause not stated; optional"),
    E("n09-14", "military_mobilization", None, C("RU", "Russia"), "RU", None, prec="unknown", optional=True,
      note="units moved from the Pokrovsk area to Kursk region, told in reported speech 'this week': optional"),
]
STATEMENTS = [
    S("Andrii Levytskyi", "UA", "We left two positions near Novohrodivka on Wednesday", "spokesman"),
    S("Kremlin", "RU", "while Ukrainian troops remain on Russian soil"),
]
MUST_NOT = [
    "APN  Allied Press Network",
    "U.S.   World   Politics   Business   Science   Health   Sports   Photography",
    "By KATERYNA MARSH and DAVID OKONKWO",
    "Updated 9:47 AM EDT, September 5, 2024",
    "Share ▸ Facebook ▸ X ▸ Email ▸ Print",
    "Oksana Pylypiv in Kyiv contributed to this report.",
    "Follow APN's coverage of the war at https://apnnews.example/hub/russia-ukraine-war",
    "Copyright 2024 Allied Press Network. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
