from common import E, L, R, C, N, W, S, gold

TITLE = "Glide bombs kill three in Kharkiv as Russian assaults on Vovchansk grind on"
TEXT = """THE PRAIRIE LEDGER
Subscribe now | Sign in | e-Edition
News / World
Glide bombs kill three in Kharkiv as Russian assaults on Vovchansk grind on
By the Atlas Wire team
Published Jun 16, 2024  •  Last updated 3 hours ago  •  3 minute read
Join the conversation
KHARKIV, Ukraine — Two Russian glide bombs slammed into a residential neighbourhood of Kharkiv on Saturday afternoon, killing three people and wounding 21, regional officials said, as Moscow kept up pressure on Ukraine's second-largest city and on the border town of Vovchansk.

The KAB-500 bombs hit the Saltivskyi district in the city's north-east, a sprawl of Soviet-era high-rises that Russian troops shelled almost daily in the spring of 2022. One struck a courtyard between two nine-storey buildings, the other a closed petrol station, the regional governor said on Telegram.

"We heard the whistle and then the windows came in. My neighbour was carrying groceries up the stairs," said Kateryna Leshchenko, 47, a nurse who lives in one of the blocks. "Saltovka has been through all this before. We thought it was over."

Advertisement 2
Story continues below

Overnight, Russian drones struck an industrial enterprise in the Kholodnohirskyi district, setting a warehouse on fire. No one was hurt, the mayor said Sunday morning.

North of the city, a 64-year-old man was killed on Saturday when Russian artillery hit his house in Lyptsi, a village Russian forces have tried to approach since launching a cross-border offensive in May.

In Vovchansk, some 5 kilometres from the Russian border, Ukrainian troops repelled six Russian assaults over the past day, including attacks on the ruins of the town's aggregate plant, the General Staff said on Sunday. Russia's Defence Ministry, which refers to the town as Volchansk, said its units had "improved their tactical position" there.

On the other side of the border, the governor of Russia's Belgorod region said one woman was injured on Saturday when Ukrainian shelling hit a street in Shebekino. Ukraine does not usually comment on such reports.

The attacks come weeks after Washington allowed Kyiv to use some U.S.-supplied weapons against military targets just across the border in Russia's Belgorod region, a decision Ukrainian officials credit with slowing the Russian push. They say the permission is still too narrow to stop the glide bombs, which are dropped by jets flying well inside Russian airspace.

"As long as the planes that carry these bombs are untouchable, Kharkiv will keep burying people," said Dmytro Kovalenko, a member of the city council's defence committee.

— With files from Atlas Wire Service and The Canadian Desk
Photo: Emergency workers at the site of a glide bomb strike in Kharkiv. OLEKSII VARENYK / ATLAS
Trending
Ottawa pledges $500 million in new military aid to Ukraine
Postmedia-style comments are moderated. Please keep comments relevant and respectful.
© 2024 The Prairie Ledger, a division of Prairie Media Inc. All rights reserved.
"""
DOC = {"id": "d03", "date": "2024-06-16", "source": "The Prairie Ledger (Canadian daily, wire copy)",
       "url": "https://prairieledger.example.ca/news/world/glide-bombs-kharkiv-vovchansk", "text": TEXT}

D, SAT = "2024-06-16", "2024-06-15"
EVENTS = [
    E("d03-1", "air_drone_strike", SAT, L("Kharkiv", 1, "Kharkiv (Saltivskyi district)"), "RU", "UA", fat=N(3),
      inj=N(21), weapons=[W("guided_bomb", "KAB-500", launched=N(2))], claimant="Kharkiv regional governor",
      note="'on Saturday afternoon' = 15 June; city district = the city; glide bombs = air_drone_strike; the "
           "witness's 'Saltovka' is the Russian form of the same district"),
    E("d03-2", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv (Kholodnohirskyi district)"), "RU", "UA", fat=N(0),
      inj=N(0), weapons=[W("drone")], claimant="Kharkiv mayor",
      note="'Overnight' in a Sunday report = Sunday; 'No one was hurt' = 0/0"),
    E("d03-3", "missile_artillery_strike", SAT, L("Lyptsi"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="Saturday; 'a village Russian forces have tried to approach since … May' is background"),
    E("d03-4", "armed_clash", SAT, L("Vovchansk"), "RU", "UA", prec="range", end=D, claimant="Ukraine's General Staff",
      note="six assaults repelled 'over the past day' (range, one place, not a tally across the front); the Russian "
           "MoD's 'improved their tactical position' (Volchansk) is the same fighting"),
    E("d03-5", "missile_artillery_strike", SAT, L("Shebekino"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      claimant="Belgorod regional governor",
      note="cross-border shelling claimed by the Russian governor; attribution as he states it"),
    E("d03-6", "policy_decision", "2024-05-26", L("Washington"), "US", "UA", prec="range", end="2024-06-02",
      optional=True,
      note="'weeks after Washington allowed Kyiv…': a real decision but undated ('weeks after'); optional, dates "
           "a guess"),
]
STATEMENTS = [
    S("Kateryna Leshchenko", "UA", "We heard the whistle and then the windows came in", "nurse, resident"),
    S("Dmytro Kovalenko", "UA", "Kharkiv will keep burying people", "member of the city council's defence committee"),
]
MUST_NOT = ["THE PRAIRIE LEDGER", "Subscribe now | Sign in | e-Edition", "News / World", "By the Atlas Wire team",
            "Published Jun 16, 2024  •  Last updated 3 hours ago  •  3 minute read", "Join the conversation",
            "Advertisement 2", "Story continues below", "— With files from Atlas Wire Service and The Canadian Desk",
            "Trending", "Ottawa pledges $500 million in new military aid to Ukraine",
            "Postmedia-style comments are moderated. Please keep comments relevant and respectful.",
            "© 2024 The Prairie Ledger, a division of Prairie Media Inc. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
