from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims Niu-York near Toretsk, Ukrainian army says fighting still going on"
TEXT = """UKRAINA SOHODNI | English edition
Home › War › Front line
Russia claims Niu-York near Toretsk, Ukrainian army says fighting still going on
Author: Iryna Savchuk, military correspondent
05.07.2024 14:27 · updated 15:02
Photo: illustrative / 24th Separate Mechanised Brigade

Russia's Defence Ministry claimed on Thursday that its troops had "liberated" the village of Niu-York in the Toretsk direction, a settlement it calls Novgorodskoye. Ukraine's military rejected the claim.

"The enemy has been trying to take Niu-York for weeks. As of this morning, fighting continues in the southern and central parts of the village, and our units hold their positions," said Anatoliy Kovalchuk, spokesman for the Khortytsia operational-strategic group, on Friday.

According to the General Staff, 142 combat clashes took place along the front over the past day. The heaviest fighting was in the Pokrovsk direction, where Ukrainian forces repelled 34 Russian assaults, most of them near Novohrodivka.

Read also: How the "Donbas fortress belt" has changed since 2022

Around Chasiv Yar, Russian assault groups attacked the Kanal microdistrict eight times over the past day, but all attacks were repelled, Kovalchuk said. The town, which sits on high ground west of Bakhmut, has been under attack since the spring.

Russian forces also continue to hit the cities behind the front. In Kostiantynivka, a 68-year-old man was killed when an artillery shell hit his yard overnight, the head of the Donetsk regional military administration, Ruslan Moroz, said. Two houses and a shop were damaged.

In Pokrovsk, a Russian drone attacked a volunteers' evacuation vehicle on Thursday morning, wounding a 32-year-old volunteer, the police said. The car was taking two elderly residents out of the city.

On Thursday afternoon, Russian aircraft dropped two guided aerial bombs on Toretsk, damaging a school building and several garages. No one was killed or injured, Moroz said.

An open-source mapping group said in its update on Thursday evening that Russian troops had advanced near Kalynove, east of Pokrovsk.

Military analysts warn that if Russia takes the heights around Toretsk and Chasiv Yar, its artillery could bring Kostiantynivka and Druzhkivka within closer range. Moscow has sent more reserves to the area in recent weeks, the Ukrainian command says, but it has not given figures.

"Russia is paying with hundreds of soldiers for every kilometre here. They want Toretsk before autumn, and they will not get it cheaply," Kovalchuk said.

Subscribe to Ukraina Sohodni on Telegram — only verified news
Tags: Toretsk, Niu-York, Chasiv Yar, General Staff, Donetsk region
"""
DOC = {"id": "s02", "date": "2024-07-05", "source": "Ukraina Sohodni (Ukrainian national site)",
       "url": "https://en.ukrainasohodni.example/war/front/2024/07/05/niu-york-claim", "text": TEXT}

D, Y = "2024-07-05", "2024-07-04"
PAST_DAY = dict(prec="range", end=D)
EVENTS = [
    E("s02-1", "territory_change", Y, L("Niu-York"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claimed on Thursday, denied by Ukraine (s02-2)"),
    E("s02-2", "armed_clash", D, L("Niu-York"), "RU", "UA", claimant="Anatoliy Kovalchuk",
      note="'As of this morning, fighting continues' (Friday)"),
    E("s02-3", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", agg=True, claimant="General Staff", **PAST_DAY,
      note="142 combat clashes over the past day"),
    E("s02-4", "armed_clash", Y, L("Novohrodivka", 2, "near Novohrodivka"), "RU", "UA", claimant="General Staff",
      **PAST_DAY, note="34 assaults repelled in the Pokrovsk direction, most near Novohrodivka"),
    E("s02-5", "armed_clash", Y, L("Chasiv Yar", 1, "Chasiv Yar, Kanal microdistrict"), "RU", "UA",
      claimant="Anatoliy Kovalchuk", **PAST_DAY),
    E("s02-6", "missile_artillery_strike", D, L("Kostiantynivka"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="Ruslan Moroz"),
    E("s02-7", "air_drone_strike", Y, L("Toretsk"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb", launched=N(2))], claimant="Ruslan Moroz"),
    E("s02-9", "air_drone_strike", Y, L("Pokrovsk"), "RU", "UA", inj=N(1), weapons=[W("drone")], claimant="police"),
    E("s02-8", "territory_change", Y, L("Kalynove", 2, "near Kalynove"), "RU", "UA", optional=True,
      claimant="open-source mapping group", note="advance reported in Thursday evening's update; the day of the advance is not said"),
]
STATEMENTS = [
    S("Anatoliy Kovalchuk", "UA", "fighting continues in the southern and central parts of the village",
      "spokesman, Khortytsia operational-strategic group"),
    S("Anatoliy Kovalchuk", "UA", "Russia is paying with hundreds of soldiers for every kilometre here",
      "spokesman, Khortytsia operational-strategic group"),
]
MUST_NOT = ["UKRAINA SOHODNI | English edition", "Home › War › Front line",
            "Author: Iryna Savchuk, military correspondent", "05.07.2024 14:27 · updated 15:02",
            "Photo: illustrative / 24th Separate Mechanised Brigade",
            "Read also: How the \"Donbas fortress belt\" has changed since 2022",
            "Subscribe to Ukraina Sohodni on Telegram — only verified news",
            "Tags: Toretsk, Niu-York, Chasiv Yar, General Staff, Donetsk region"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
