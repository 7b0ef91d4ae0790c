from common import E, L, R, C, N, W, S, H, gold, ADS, DIS, AGR, DIP, with_evidence

TITLE = "Energy truce agreed in Geneva – and within hours both sides allege breaches"
TEXT = """ALR.at
ALR – Alpenländischer Rundfunk · News in English
News | TV | Radio | Weather | Sport | ALR Mediathek
Ausland
Energy truce agreed in Geneva – and within hours both sides allege breaches
Published 15.04.2026 19.07 · Updated 21.34
Share
The first agreement between Kyiv and Moscow in many months was barely a few hours old on Wednesday when the accusations began. After two days of talks in Geneva with American mediators in the room, the Ukrainian and Russian delegations agreed on Tuesday to stop attacking each other's energy infrastructure for 30 days, beginning at midnight.

Power plants, substations, gas production sites, oil refineries and pipelines are covered by the moratorium, according to a joint text that the US delegation read out to journalists in the lobby of the lakeside hotel where the talks were held on Monday and Tuesday. Both sides also agreed to exchange 300 prisoners each "in the coming days".

A broader American proposal – a full ceasefire along the entire front for 30 days – was not accepted. Kyiv said it was ready to sign it at once; the Russian delegation said it would need "verifiable guarantees" first and would study the text in Moscow.

"We came for a ceasefire and we are leaving with a truce for transformers. It is small, but it is the first thing they have signed," said Taras Melnychuk, a member of the Ukrainian delegation.

The head of the Russian delegation's expert group, Gennady Vorobyov, said the outcome showed that Moscow was "ready for practical steps where the other side is also ready". "Everything beyond that depends on Kyiv's behaviour on the ground," he told Russian reporters.

At around 4 a.m. on Wednesday, four hours after the moratorium took effect, a Russian drone struck a substation in the Kherson region's Beryslav district, the regional military administration said. Nobody was hurt, but eleven villages lost their power supply.

Moscow, for its part, accused Kyiv of sending three drones against an oil pumping station near Unecha in the Bryansk region on Wednesday morning. A fire started and was quickly extinguished, the Russian Defence Ministry said. The Ukrainian General Staff denied that any drone had been fired at Russian energy sites since midnight.

On the eve of the talks, on Sunday, the American envoy had already met the Ukrainian delegation in Geneva for what both sides described as a preparatory session.

Austria's foreign minister welcomed the agreement and repeated the offer to host a next round in Vienna. No date has been set.

Hanna Leitgeb, who researches Russian security policy at the Vienna Institute for International Dialogue, warned against reading too much into the first day. "Every truce in this war has started with a week of mutual accusations. The test is whether the two sides report violations to the mediators or to the cameras," she said.
Links:
Mehr zu diesem Thema: Russland-Ukraine-Gespräche in Genf
ALR-Korrespondent Markus Pichler berichtet aus Genf
Impressum | Datenschutz | Barrierefreiheit
© ALR 2026
"""
DOC = {"id": "lh05", "date": "2026-04-15", "source": "ALR – Alpenländischer Rundfunk (Austrian public broadcaster, English service)",
       "url": "https://news.alr.example/en/international/energy-truce-geneva-2026-04-15", "text": TEXT}

D, TUE, MON, SUN = "2026-04-15", "2026-04-14", "2026-04-13", "2026-04-12"
EVENTS = [
    E("lh05-1", DIP, MON, L("Geneva"), None, None, end=TUE, prec="range",
      note="'After two days of talks in Geneva with American mediators in the room' / 'the lakeside hotel where the talks "
           "were held on Monday and Tuesday': the talks themselves, a range 13–14 Apr at the named city; three delegations "
           "without a host -> sides null (blind49 kz03-3, a multilateral meeting)"),
    E("lh05-2", AGR, TUE, L("Geneva"), "UA", "RU",
      note="'the Ukrainian and Russian delegations agreed on Tuesday to stop attacking each other's energy infrastructure "
           "for 30 days, beginning at midnight': the partial energy truce, agreed in Geneva (the place the text names); "
           "the promised exchange of 300 prisoners 'in the coming days' is part of it, not an exchange yet"),
    E("lh05-3", ADS, D, H("Beryslav", "Beryslav district"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Kherson regional military administration",
      note="'At around 4 a.m. on Wednesday, four hours after the moratorium took effect, a Russian drone struck a "
           "substation in the Kherson region's Beryslav district … Nobody was hurt': the alleged first breach; a raion named after its "
           "centre = precision 2"),
    E("lh05-4", DIS, D, H("Beryslav", "Beryslav district"), "RU", "UA", parent="lh05-3",
      note="'eleven villages lost their power supply'"),
    E("lh05-5", ADS, D, H("Unecha", "near Unecha"), "UA", "RU", weapons=[W("drone", launched=N(3))],
      claimant="Russian Defence Ministry",
      note="'Moscow … accused Kyiv of sending three drones against an oil pumping station near Unecha in the Bryansk "
           "region on Wednesday morning. A fire started': the Russian claim is kept although Kyiv denies it "
           "(claims of both sides are kept, never averaged away); casualties not given; near X = precision 2"),
    E("lh05-6", DIP, SUN, L("Geneva"), "US", "UA",
      note="'On the eve of the talks, on Sunday, the American envoy had already met the Ukrainian delegation in Geneva': "
           "the eve of talks that began on Monday = Sunday 12 Apr; the visitor who 'met' is actor1"),
]
# Not events: the US proposal of a full 30-day ceasefire 'was not accepted' (a proposal, and its refusal), Kyiv 'ready to
# sign it at once' and Moscow 'would study the text' (stances), the exchange of 300 prisoners 'in the coming days'
# (future), the General Staff's denial (reported speech; the claim stays lh05-5), the Austrian foreign minister's welcome
# and 'the offer to host a next round in Vienna. No date has been set' (offer, plan), Leitgeb's 'Every truce … has
# started with a week of mutual accusations' (generalisation). The correspondent line 'ALR-Korrespondent Markus Pichler
# berichtet aus Genf' is furniture (a credit line of the page), as are the German 'Links:' box and the imprint row. Not
# gold statements: the joint text's "in the coming days", the Russian "verifiable guarantees" (fragments) and Vorobyov's
# reported clause "ready for practical steps where the other side is also ready"; his full quote "Everything beyond
# that depends on Kyiv's behaviour on the ground" is gold.
STATEMENTS = [
    S("Taras Melnychuk", "UA", "we are leaving with a truce for transformers", "member of the Ukrainian delegation"),
    S("Gennady Vorobyov", "RU", "Everything beyond that depends on Kyiv's behaviour on the ground",
      "head of the Russian delegation's expert group"),
    S("Hanna Leitgeb", None, "report violations to the mediators or to the cameras",
      "researcher, Vienna Institute for International Dialogue"),
]
MUST_NOT = ["ALR.at", "ALR – Alpenländischer Rundfunk · News in English",
            "News | TV | Radio | Weather | Sport | ALR Mediathek", "Ausland",
            "Published 15.04.2026 19.07 · Updated 21.34", "Share", "Links:",
            "Mehr zu diesem Thema: Russland-Ukraine-Gespräche in Genf",
            "ALR-Korrespondent Markus Pichler berichtet aus Genf", "Impressum | Datenschutz | Barrierefreiheit",
            "© ALR 2026"]

EVIDENCE = {
    'lh05-1': "After two days of talks in Geneva with American mediators in the room",
    'lh05-2': "the Ukrainian and Russian delegations agreed on Tuesday to stop attacking each other's energy infrastructure for 30 days, beginning at midnight.",
    'lh05-3': "At around 4 a.m. on Wednesday, four hours after the moratorium took effect, a Russian drone struck a substation in the Kherson region's Beryslav district, the regional military administration said.",
    'lh05-4': "Nobody was hurt, but eleven villages lost their power supply.",
    'lh05-5': "Moscow, for its part, accused Kyiv of sending three drones against an oil pumping station near Unecha in the Bryansk region on Wednesday morning.",
    'lh05-6': "On the eve of the talks, on Sunday, the American envoy had already met the Ukrainian delegation in Geneva",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
