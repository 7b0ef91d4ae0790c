from common import E, L, R, C, N, W, S, gold

TITLE = "Kyiv proposes 30-day energy truce; Moscow noncommittal as fighting rages around Chasiv Yar"
TEXT = """THE PACIFIC HERALD
TOKYO · ENGLISH EDITION
Font size: A  A  A
Premium: unlock every article for ¥980 a month — first month free
WORLD / EUROPE
Kyiv proposes 30-day energy truce; Moscow noncommittal as fighting rages around Chasiv Yar
April 4, 2026 (Sat) 18:22 JST
KYIV — Ukraine's president on Friday proposed a 30-day moratorium on strikes against energy infrastructure by both sides, starting as soon as Russia agrees, in what officials in Kyiv called a test of Moscow's willingness to negotiate.

The Kremlin spokesman said on Saturday that Russia would "study" the proposal but that any pause had to be verifiable and could not be used by Ukraine to rearm. He did not say when Moscow would answer.

Ukraine's foreign minister discussed the proposal with his Turkish counterpart in Kyiv on Friday, the ministry said. Turkey has offered to help monitor a moratorium if one is agreed.

"A truce on energy costs nothing to the side that wants peace. If Moscow says no, everyone will know why," said Hiroshi Tanabe, a former Japanese ambassador to Ukraine.

Hours after the proposal, Russian drones hit energy facilities in Kramatorsk overnight, leaving about 40,000 people without electricity, the city's military administration said. No one was injured.

Donetsk front
Fighting raged around Chasiv Yar, where Russian troops launched five assaults on Friday, said Maksym Zhuk, a spokesman for a Ukrainian brigade in the area. "They attack through the ruins of the Kanal district again and again, with armoured vehicles now, not only on foot," Zhuk said.

Russian aircraft dropped three guided bombs on Kostiantynivka on Friday, killing two people and injuring five, the regional governor said. In Druzhkivka, a drone attacked the central market on Saturday morning, injuring a woman.

Russia's Defence Ministry said on Saturday its forces had captured Shcherbynivka, west of Toretsk. Ukraine's General Staff said that fighting was continuing in the village and that nine Russian attacks near Toretsk had been repelled over the past day.

Russia has pressed its offensive in the Donetsk region since the winter, and Ukrainian commanders expect a new push toward Kramatorsk and Sloviansk in May.

🎧 The Herald's Europe podcast: "Will the energy truce hold?" — new episode every Monday
Kenji Morimoto is the Herald's Europe correspondent, based in Warsaw.
Copyright © The Pacific Herald. All rights reserved. No reproduction without permission.
"""
DOC = {"id": "ke15", "date": "2026-04-04", "source": "The Pacific Herald (Japanese English-language daily)",
       "url": "https://pacificherald.example/world/europe/2026/04/04/energy-truce-chasiv-yar", "text": TEXT}

D = "2026-04-04"
F = "2026-04-03"
EVENTS = [
    E("ke15-1", "diplomatic_contact", F, L("Kyiv"), "UA", "TR",
      note="foreign ministers 'discussed the proposal … in Kyiv on Friday'; the proposal itself, the Kremlin's 'would "
           "study', Turkey's offer to monitor 'if one is agreed' and the expected push in May are not events"),
    E("ke15-2", "air_drone_strike", D, L("Kramatorsk"), "RU", "UA", inj=N(0), weapons=[W("drone")],
      claimant="Kramatorsk city military administration",
      note="'overnight' in a Saturday report = Saturday; 'No one was injured' = injured 0 (deaths not stated)"),
    E("ke15-3", "infrastructure_disruption", D, L("Kramatorsk"), "RU", "UA",
      note="'leaving about 40,000 people without electricity'"),
    E("ke15-4", "armed_clash", F, L("Chasiv Yar"), "RU", "UA",
      note="'launched five assaults on Friday' around/in Chasiv Yar (the Kanal district of the town: precision 1)"),
    E("ke15-5", "air_drone_strike", F, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(5),
      weapons=[W("guided_bomb", launched=N(3))], note="three guided bombs 'on Friday'"),
    E("ke15-6", "air_drone_strike", D, L("Druzhkivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="drone on the central market 'on Saturday morning'"),
    E("ke15-7", "territory_change", D, L("Shcherbynivka"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claim dated the claim day (Saturday)"),
    E("ke15-8", "armed_clash", D, L("Shcherbynivka"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'fighting was continuing in the village': a clash dated the statement day (blind8 call 8)"),
    E("ke15-9", "armed_clash", F, L("Toretsk", 2, "near Toretsk"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian General Staff", note="'nine Russian attacks near Toretsk … repelled over the past day'"),
]
STATEMENTS = [
    S("Hiroshi Tanabe", "JP", "A truce on energy costs nothing to the side that wants peace",
      "former Japanese ambassador to Ukraine"),
    S("Maksym Zhuk", "UA", "They attack through the ruins of the Kanal district again and again", "brigade spokesman"),
]
MUST_NOT = ["THE PACIFIC HERALD", "TOKYO · ENGLISH EDITION", "Font size: A  A  A",
            "Premium: unlock every article for ¥980 a month — first month free", "WORLD / EUROPE",
            "April 4, 2026 (Sat) 18:22 JST",
            "🎧 The Herald's Europe podcast: \"Will the energy truce hold?\" — new episode every Monday",
            "Kenji Morimoto is the Herald's Europe correspondent, based in Warsaw.",
            "Copyright © The Pacific Herald. All rights reserved. No reproduction without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
