from common import E, L, R, C, N, W, S, gold

TITLE = "(LEAD) Russia, Ukraine swap 205 POWs after Istanbul talks; Seoul summons Russian envoy over troop reports"
TEXT = """HAN RIVER PRESS
한국어 | English | 中文 | 日本語 | Français
NATIONAL  NORTH KOREA  WORLD  ECONOMY  MARKETS
(LEAD) Russia, Ukraine swap 205 POWs after Istanbul talks; Seoul summons Russian envoy over troop reports
(ATTN: ADDS Seoul summons in paras 7-9)
SEOUL/ISTANBUL, June 18 (HRP) -- Russia and Ukraine exchanged 205 prisoners of war each on Wednesday, a day after their delegations met in Istanbul for a fourth round of direct talks, officials from both sides said.

The exchange took place at an undisclosed point on Ukraine's border with Belarus and was mediated by the United Arab Emirates, Ukraine's coordination headquarters for the treatment of POWs said. Among those freed were 31 soldiers captured in the Mariupol area in 2022.

At the talks on Tuesday, the two sides agreed to prepare a further exchange of 1,000 prisoners and to hand over the bodies of fallen soldiers, but made no progress on a ceasefire, Ukraine's chief negotiator told reporters. "We asked for a 30-day truce on energy facilities. The Russian side said it would take the proposal to Moscow," he said.

The Kremlin's spokesman said Russia was "ready to continue contacts" but that a ceasefire would be possible only after Ukraine withdrew its troops from four regions, a demand Kyiv rejects.

Kim Soo-jin ksj@hrp.example
[Most-read] N. Korea fires short-range ballistic missile into East Sea

On Thursday, South Korea's foreign ministry summoned the Russian ambassador in Seoul to protest against reports that North Korea had sent additional troops to Russia's Kursk region.

According to the National Intelligence Service, about 3,000 more North Korean soldiers were deployed to the Kursk region in May, bringing the total to about 14,000. Moscow has denied that North Korean units take part in combat.

"We will respond firmly to any military cooperation that threatens the security of the Korean Peninsula," a ministry spokesperson, Park Min-ho, said.

Seoul has so far refused to supply lethal weapons to Ukraine directly, but officials said the government could review that position if cooperation between Pyongyang and Moscow deepens.

(END)
Copyright (c) Han River Press. All rights reserved. Redistribution and republishing without permission are prohibited.
2026/06/18 17:22 KST
"""
DOC = {"id": "u12", "date": "2026-06-18", "source": "Han River Press (South Korean agency, English service)",
       "url": "https://hrp.example/en/world/2026/06/18/russia-ukraine-pow-swap", "text": TEXT}
D = "2026-06-18"
WED = "2026-06-17"
TUE = "2026-06-16"
EVENTS = [
    E("u12-1", "agreement", WED, C("UA", "Ukraine"), "RU", "UA",
      claimant="Ukraine's coordination headquarters for the treatment of POWs",
      note="prisoner exchange of 205 for 205 on Wednesday = agreement; 'an undisclosed point on Ukraine's border with "
           "Belarus': country precision; sides RU/UA (parties), UAE as mediator not an actor; the Mariupol captures of "
           "2022 are background"),
    E("u12-2", "diplomatic_contact", TUE, L("Istanbul"), "RU", "UA",
      note="fourth round of direct talks in Istanbul on Tuesday; the agreement to 'prepare' a further exchange is a plan, "
           "the truce proposal and 'would take the proposal to Moscow' are not events"),
    E("u12-3", "diplomatic_contact", D, L("Seoul"), "KR", "RU",
      note="South Korea summoned the Russian ambassador on Thursday"),
    E("u12-4", "military_mobilization", "2026-05-01", R("RU-KRS", "Kursk Oblast"), "KP", "UA", end="2026-05-31",
      prec="month", optional=True, claimant="National Intelligence Service",
      note="about 3,000 more North Korean soldiers deployed to the Kursk region 'in May' (intelligence estimate, denied by "
           "Moscow): month precision, optional"),
]
STATEMENTS = [
    S("Ukraine's chief negotiator", "UA", "We asked for a 30-day truce on energy facilities"),
    S("Kremlin spokesman", "RU", "ready to continue contacts"),
    S("Park Min-ho", "KR", "We will respond firmly to any military cooperation", "foreign ministry spokesperson"),
]
MUST_NOT = ["HAN RIVER PRESS", "한국어 | English | 中文 | 日本語 | Français", "NATIONAL  NORTH KOREA  WORLD  ECONOMY  MARKETS",
            "(ATTN: ADDS Seoul summons in paras 7-9)", "Kim Soo-jin ksj@hrp.example",
            "[Most-read] N. Korea fires short-range ballistic missile into East Sea", "(END)",
            "Copyright (c) Han River Press. All rights reserved. Redistribution and republishing without permission are prohibited.",
            "2026/06/18 17:22 KST"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
