from common import E, L, R, C, N, W, S, H, gold, MAS, DIS, REX, POL, DIP

TITLE = "Japan to send generators and transformers to Ukraine as blackouts deepen"
TEXT = """THE KAIYO SHIMBUN
ENGLISH EDITION
Politics | Society | Business | World | Science | Culture | Sports
World > Europe
Japan to send generators and transformers to Ukraine as blackouts deepen
November 30, 2022 19:20 JST
TOKYO — The government decided on Wednesday to provide Ukraine with power generators, solar lanterns and transformers worth about ¥2.6 billion, to help people there get through a winter in which Russian missiles have knocked out much of the power grid.

The foreign minister had told his Ukrainian counterpart of the plan in a phone call on Tuesday evening, the Foreign Ministry said. The equipment is to be delivered through an international organization, and the first shipment is expected to leave Japan before the end of the year.

In Kyiv, hourly power cuts continued across the city on Wednesday, with some districts receiving electricity for only four hours a day, the capital's mayor said.

The cold is also reaching the south. In Kherson, retaken by Ukrainian forces earlier this month, Russian shelling killed two people and wounded five on Tuesday, including a 12-year-old boy, the regional governor said. Much of the city has had neither power nor running water for weeks.

"We cook on a fire in the yard. The shells come from the other bank, and nobody knows when," said Mykola Babenko, 60, a retired tram driver in the city.

Overnight, the Russians fired 40 Grad rockets and some 20 heavy artillery shells at Nikopol from positions around Enerhodar, on the other side of the Kakhovka reservoir, the Dnipropetrovsk regional governor said. Several houses and a gas pipeline were damaged, but nobody was hurt. Enerhodar is the town of the Zaporizhzhia nuclear power plant, which Russian troops have held since March.

In the Kharkiv region, a deminer was injured on Sunday when an anti-tank mine went off near Izium, where teams trained with Japanese funds began clearing fields in October.

Japan has so far provided Ukraine with about $1.6 billion in financial and humanitarian aid. "Generators are not a glamorous contribution, but in January they may matter more than anything else we send," said Yuko Hasegawa, a researcher at the Kansai Institute for Eurasian Studies.
Related: Prime minister pledges "continued solidarity" with Kyiv
This article is available to Kaiyo Shimbun Digital subscribers.
Copyright © The Kaiyo Shimbun Company. All rights reserved. No reproduction or republication without written permission.
"""
DOC = {"id": "lk11", "date": "2022-11-30", "source": "The Kaiyo Shimbun (Japanese newspaper, English edition)",
       "url": "https://kaiyo-shimbun.example/english/world/europe/20221130-ukraine-generators", "text": TEXT}

D, TUE, SUN = "2022-11-30", "2022-11-29", "2022-11-27"
EVENTS = [
    E("lk11-1", POL, D, C("JP", "Japan"), "JP", "UA", claimant="Japanese government",
      evidence="The government decided on Wednesday to provide Ukraine with power generators, solar lanterns and transformers worth about ¥2.6 billion",
      note="an aid decision 'on Wednesday' (30 Nov) -> policy_decision at the deciding country (the TOKYO dateline); the "
           "delivery 'expected … before the end of the year' is a plan"),
    E("lk11-2", DIP, TUE, C(None, "phone call"), "JP", "UA", claimant="Japanese Foreign Ministry",
      evidence="The foreign minister had told his Ukrainian counterpart of the plan in a phone call on Tuesday evening",
      note="a phone call 'on Tuesday evening' (29 Nov) -> diplomatic_contact without a place (blind49 kz06-4), the "
           "caller JP as actor1"),
    E("lk11-3", DIS, D, L("Kyiv"), "RU", "UA", claimant="mayor of Kyiv",
      evidence="In Kyiv, hourly power cuts continued across the city on Wednesday",
      note="power cuts in Kyiv on the publication day caused by the Russian strikes on the grid -> a disruption on 30 "
           "Nov (the lead names the cause)"),
    E("lk11-4", MAS, TUE, L("Kherson"), "RU", "UA", fat=N(2), inj=N(5), weapons=[W("artillery")],
      claimant="Kherson governor",
      evidence="Russian shelling killed two people and wounded five on Tuesday, including a 12-year-old boy",
      note="'on Tuesday' -> 29 Nov; 'killed two people and wounded five …, including a 12-year-old boy' -> 2 k 5 w (the "
           "boy inside); 'retaken … earlier this month' is background"),
    E("lk11-5", MAS, D, L("Nikopol"), "RU", "UA", fat=N(0), inj=N(0), claimant="Dnipropetrovsk governor",
      weapons=[W("mlrs", "Grad", launched=N(40)), W("artillery", launched=N(20, "about"))],
      evidence="Overnight, the Russians fired 40 Grad rockets and some 20 heavy artillery shells at Nikopol from positions around Enerhodar",
      note="'Overnight' in a Wednesday page -> 30 Nov; 40 Grad + 'some 20' shells (about); 'nobody was hurt' -> 0/0; "
           "Enerhodar (and the nuclear plant) is where the fire came from, across the reservoir, not a place hit"),
    E("lk11-6", REX, SUN, H("Izium", "near Izium"), None, "UA", inj=N(1),
      evidence="a deminer was injured on Sunday when an anti-tank mine went off near Izium",
      note="'on Sunday' in a Wednesday page -> 27 Nov; a mine = remote_explosive with actor1 null (who laid it is not "
           "said, blind53 ld03), near X = precision 2, 1 w; the teams' start 'in October' is background"),
    E("lk11-7", DIS, None, L("Kherson"), "RU", "UA", prec="unknown", optional=True,
      evidence="Much of the city has had neither power nor running water for weeks.",
      note="a real outage without a day ('for weeks'): optional with date null (blind50 call 7's undated incident)"),
]
# Not events: the first shipment 'expected to leave Japan before the end of the year' (plan), the Zaporizhzhia nuclear
# plant 'held since March' (background), demining begun 'in October' (background, no day), '$1.6 billion' so far
# (total), the related headline's "continued solidarity" (furniture). Masthead, edition line, menu, breadcrumb, date
# line, the 'Related:' item, subscriber line and © are furniture; the TOKYO dateline stays as text.
STATEMENTS = [
    S("Mykola Babenko", "UA", "We cook on a fire in the yard", "retired tram driver, Kherson"),
    S("Yuko Hasegawa", None, "Generators are not a glamorous contribution",
      "researcher, Kansai Institute for Eurasian Studies"),
]
MUST_NOT = ["THE KAIYO SHIMBUN", "ENGLISH EDITION", "Politics | Society | Business | World | Science | Culture | Sports",
            "World > Europe", "November 30, 2022 19:20 JST",
            "Related: Prime minister pledges \"continued solidarity\" with Kyiv",
            "This article is available to Kaiyo Shimbun Digital subscribers.",
            "Copyright © The Kaiyo Shimbun Company. All rights reserved. No reproduction or republication without "
            "written permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
