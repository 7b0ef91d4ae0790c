from common import E, L, R, C, N, W, S, gold

TITLE = "Kramatorsk station toll rises to 57 as trains are rerouted"
TEXT = """AHP — Agence Hexagone Presse | English Desk
Priority: URGENT ★★
Kramatorsk station toll rises to 57 as trains are rerouted
Filed 09/04/2022 10:17 GMT · Update 2
KRAMATORSK, Ukraine (AHP) — The death toll from the missile strike on the railway station in Kramatorsk rose to 57, including five children, regional officials said on Saturday, as police finished clearing the square where thousands of people had been waiting for evacuation trains.

The strike on Friday morning wounded 109 people, the regional military administration said, many of them elderly residents and women with children who had queued since dawn to leave the Donbas ahead of an expected Russian offensive.

The remains of a Tochka-U ballistic missile lay next to the station building, with the words "for the children" painted on its side in Russian. An AHP photographer saw at least a dozen bodies covered with plastic sheets on the platform before they were removed.

"There were bags everywhere, prams, suitcases, and nobody left to pick them up," said Yurii Bondar, a railway dispatcher who was on duty when the missile hit.

Russia's Defence Ministry denied any involvement, saying its forces no longer use the Tochka-U. "Tochka-U missiles are used only by the Ukrainian armed forces," the ministry said. Ukrainian officials and independent military analysts say both armies have the missile in their arsenals.
Graphic available: ▣ Map of rail links in eastern Ukraine (AHP infographic)
Evacuation trains were leaving from Sloviansk and Pokrovsk instead on Saturday, the state railway company said, after Kramatorsk station was closed to passengers.

In the Kyiv region, prosecutors said 132 bodies of civilians had been found in and around Makariv since Russian troops withdrew from the area. Most of them had been shot, they said, without saying when the killings took place.

On Friday, the president of the European Commission and the EU's foreign policy chief visited Kyiv and met the Ukrainian president, a day after touring Bucha. The same day, EU governments formally adopted a fifth package of sanctions in Brussels, including a ban on Russian coal imports from August.

The British prime minister was in Kyiv on Saturday for talks with the Ukrainian president, his office said, a visit that had not been announced in advance.
— ahp/jm/dhw —
Keywords: UKRAINE-RUSSIA-CONFLICT-RAIL-CASUALTIES
AHP Mobile: receive urgent alerts on your phone
© AHP 2022 — No archiving without licence
"""
DOC = {"id": "kl03", "date": "2022-04-09", "source": "Agence Hexagone Presse (French news agency, English desk)",
       "url": "https://ahp.example/en/europe/2022/04/09/kramatorsk-station-toll-rises-to-57", "text": TEXT}

EVENTS = [
    E("kl03-1", "missile_artillery_strike", "2022-04-08", L("Kramatorsk"), "RU", "UA", fat=N(57), inj=N(109),
      weapons=[W("ballistic_missile", "Tochka-U", launched=N(1))],
      note="'The strike on Friday morning' (8 Apr); toll 'rose to 57' (the latest figure wins), 109 wounded; Russia's "
           "denial ('used only by the Ukrainian armed forces') is a counter-claim on the same event, actor1 RU as the "
           "Ukrainian side states it"),
    E("kl03-2", "infrastructure_disruption", "2022-04-09", L("Kramatorsk"), "RU", "UA", parent="kl03-1",
      note="station 'closed to passengers', trains rerouted 'on Saturday' (publication day) because of the strike"),
    E("kl03-3", "attack_on_civilians", None, L("Makariv", 2, "in and around Makariv"), "RU", "UA", prec="unknown",
      optional=True,
      note="132 bodies found 'since Russian troops withdrew'; the killings have no day ('without saying when'): "
           "optional, undated; the finding itself is no event"),
    E("kl03-4", "diplomatic_contact", "2022-04-08", L("Kyiv"), None, None,
      note="'On Friday' the EU's leaders 'visited Kyiv and met the Ukrainian president': meeting, sides null (EU)"),
    E("kl03-5", "policy_decision", "2022-04-08", L("Brussels"), None, None,
      note="'The same day, EU governments formally adopted a fifth package of sanctions in Brussels' (Friday 8 Apr); "
           "EU = side null; the coal ban 'from August' is part of the decision"),
    E("kl03-6", "diplomatic_contact", "2022-04-09", L("Kyiv"), None, None,
      note="the British prime minister 'was in Kyiv on Saturday for talks': a meeting, sides null (two states)"),
]
# Not events: the touring of Bucha 'a day before' (a visit without a meeting), 'an expected Russian offensive'
# (forecast), the photographer's observation (same event), both armies' arsenals (background).
STATEMENTS = [
    S("Yurii Bondar", "UA", "There were bags everywhere, prams, suitcases", "railway dispatcher"),
    S("Russian Defence Ministry", "RU", "Tochka-U missiles are used only by the Ukrainian armed forces",
      "Russian Defence Ministry"),
]
MUST_NOT = ["AHP — Agence Hexagone Presse | English Desk", "Priority: URGENT ★★", "Filed 09/04/2022 10:17 GMT · Update 2",
            "Graphic available: ▣ Map of rail links in eastern Ukraine (AHP infographic)", "— ahp/jm/dhw —",
            "Keywords: UKRAINE-RUSSIA-CONFLICT-RAIL-CASUALTIES", "AHP Mobile: receive urgent alerts on your phone",
            "© AHP 2022 — No archiving without licence"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
