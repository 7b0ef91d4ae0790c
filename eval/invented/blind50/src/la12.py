from common import E, L, H, R, C, N, W, S, gold, with_evidence, ADS, DIP

TITLE = "Loans, vetoes and ballots: Europe's Ukraine week ends where it began"
TEXT = """BRUSSELS LENS
Politics | Economy | Foreign affairs | Enlargement | Newsletters | Events
Foreign affairs › Ukraine
Loans, vetoes and ballots: Europe's Ukraine week ends where it began
Ministers could not agree on the frozen assets, Budapest kept its options open, and the talk of elections in Kyiv got louder
Analysis by Corentin Maes | 23 April 2026 | 7 min read
Listen · Share · Save
For a week that was supposed to settle how Europe pays for Ukraine's defence next year, remarkably little was settled.

EU foreign ministers met in Luxembourg on Tuesday with a draft that would have turned the remaining immobilised Russian central bank assets into a long-term loan for Kyiv. They left without a decision. Two governments wanted stronger guarantees that they would not be liable if a court ordered the money returned; a third, Hungary, said it would not discuss the question at all until the Commission released funds frozen over its rule-of-law record.

"Every month we postpone this, Ukraine borrows on worse terms, and Russia learns that our red lines are drawn in pencil," said Pieter de Graaff, a Dutch liberal member of the European Parliament who has campaigned for the loan. Diplomats now speak of a decision "in June, if at all".

Hours before the ministers sat down in Luxembourg, a Russian drone struck a trolleybus depot in Zaporizhzhia, injuring four workers who were preparing the morning shift, according to the regional governor. The strike barely registered in the corridors of the Kirchberg conference centre, where the conversation was about guarantees and ratings.

The Hungarian question
Budapest's position has hardened since the spring. The Hungarian foreign minister told reporters that his government "will not be rushed" into approving either the loan or the next sanctions package, and hinted that it could veto the opening of the first negotiating cluster with Ukraine, which the Commission would like to see in June. Officials in Brussels say a veto is unlikely if the frozen funds are released, and likely if they are not.

Several capitals have begun to discuss how the EU could proceed without Hungary: by moving the loan outside the EU budget, or by asking a group of willing states to guarantee it. None of these ideas has been put on paper. A Commission spokesperson said on Wednesday that "all options remain on the table", a phrase that in Brussels usually means that none of them is ready.

Elections on the horizon
In Kyiv, meanwhile, the debate about elections is growing louder. Under martial law, no national vote can take place, and parliament has extended martial law every 90 days since February 2022. But several members of parliament from the ruling party have started to say in public that an election could be organised within six months of a ceasefire, if one is agreed.

"Nobody in this building wants elections under the drones. But if the guns go quiet, we will have to give people a vote quickly, or we will lose the right to speak for them," said Oksana Tkachenko, a member of the Ukrainian parliament's foreign affairs committee.

Washington, for its part, has signalled that it would like to see a date. The US special envoy is expected to travel to Moscow next week, and officials in both capitals have floated the idea of a summit between the two presidents "before the summer", though no date or place has been proposed.

The Kremlin's response has been to repeat that it is ready for talks and to keep its conditions where they were: a Ukrainian withdrawal from the rest of the Donetsk region and guarantees that Ukraine will not join NATO. "Moscow is negotiating the way it fights: slowly, and by making the other side pay for every week," said Marta Zielińska, a researcher at the Vistula Centre for Strategic Studies in Warsaw. "It does not need a deal in April. It needs Europe to be tired by October."

What Europe can still do
On the military side, the picture is less gloomy than on the financial one. European production of artillery shells has roughly tripled since 2023, according to Commission figures, and several governments are preparing new air-defence packages to be announced at the NATO summit in July. A plan for a reassurance force in Ukraine after a ceasefire exists on paper, but no government has said how many troops it would send or under what rules of engagement.

Far from the conference rooms, the war went on at its usual pace. On the night to Thursday, an electrical substation on the outskirts of Kurchatov, in Russia's Kursk region, was hit by a Ukrainian drone that damaged a transformer, the regional governor said. No one was hurt. Kurchatov is home to a nuclear power plant, which the governor said was operating normally.

The foreign ministers will try again at their next meeting in May. Until then, the loan remains a draft, the veto remains a threat, and the elections remain a sentence that begins with "if".
This article is part of our coverage of EU enlargement and Ukraine.
Get Brussels Lens Daily, our morning briefing on EU politics
Brussels Lens is an independent publication. Read our editorial principles.
© 2026 Brussels Lens SRL
"""
DOC = {"id": "la12", "date": "2026-04-23", "source": "Brussels Lens (EU politics site, analysis)",
       "url": "https://brusselslens.example/foreign-affairs/ukraine/2026/04/23/loans-vetoes-ballots-europe-ukraine-week",
       "text": TEXT}

D, TUE = "2026-04-23", "2026-04-21"
EVENTS = [
    E("la12-1", ADS, TUE, L("Zaporizhzhia"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="'Hours before the ministers sat down in Luxembourg' (Tuesday 21 Apr), 'a Russian drone struck a trolleybus "
           "depot in Zaporizhzhia, injuring four workers': the first buried incident, dated by the meeting's day"),
    E("la12-2", ADS, D, H("Kurchatov", "outskirts of Kurchatov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Kursk governor",
      note="'On the night to Thursday, an electrical substation on the outskirts of Kurchatov … was hit by a Ukrainian "
           "drone … "
           "No one was hurt': the second buried incident, the night named by its later day (23 Apr), outskirts = "
           "precision 2, 0/0; the nuclear plant 'operating normally' is no event"),
    E("la12-3", DIP, TUE, L("Luxembourg"), None, None, optional=True,
      note="'EU foreign ministers met in Luxembourg on Tuesday … They left without a decision': a ministers' meeting "
           "that decides nothing -> optional (blind42 call 3)"),
]
# Not events: the draft loan and the guarantees (proposal); Hungary 'would not discuss' and 'will not be rushed', the
# possible veto of the first cluster in June (threat, conditional: 'unlikely if … likely if'); a decision 'in June, if
# at all' (forecast); ways to proceed without Hungary ('None of these ideas has been put on paper'); the Commission's
# 'all options remain on the table'; martial law extended 'every 90 days since February 2022' (habit, no day); an
# election 'within six months of a ceasefire, if one is agreed' (conditional); the envoy 'expected to travel to Moscow
# next week' and a summit 'before the summer' with no date or place (plans); the Kremlin's conditions (statement);
# shell production tripled 'since 2023' (trend); packages 'to be announced at the NATO summit in July' (future); the
# reassurance-force plan 'on paper' (plan); 'the war went on at its usual pace' (habit); the ministers' next meeting
# 'in May' (future).
STATEMENTS = [
    S("Pieter de Graaff", None, "our red lines are drawn in pencil", "Dutch member of the European Parliament"),
    S("Oksana Tkachenko", "UA", "Nobody in this building wants elections under the drones",
      "member of the Ukrainian parliament's foreign affairs committee"),
    S("Marta Zielińska", None, "It needs Europe to be tired by October", "researcher, Vistula Centre for Strategic Studies, Warsaw"),
]
# Not gold: the Hungarian foreign minister ("will not be rushed") and the Commission spokesperson ("all options remain on
# the table"), title only; the diplomats' "in June, if at all" and the officials' "before the summer" (unnamed).
MUST_NOT = ["BRUSSELS LENS", "Politics | Economy | Foreign affairs | Enlargement | Newsletters | Events",
            "Foreign affairs › Ukraine", "Analysis by Corentin Maes | 23 April 2026 | 7 min read",
            "Listen · Share · Save", "This article is part of our coverage of EU enlargement and Ukraine.",
            "Get Brussels Lens Daily, our morning briefing on EU politics",
            "Brussels Lens is an independent publication. Read our editorial principles.", "© 2026 Brussels Lens SRL"]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la12-1": "Hours before the ministers sat down in Luxembourg, a Russian drone struck a trolleybus depot in Zaporizhzhia, injuring four workers",
    "la12-2": "On the night to Thursday, an electrical substation on the outskirts of Kurchatov, in Russia's Kursk region, was hit by a Ukrainian drone that damaged a transformer",
    "la12-3": "EU foreign ministers met in Luxembourg on Tuesday",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
