from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS, AGR, with_evidence

TITLE = "Ukrainian gas output hit again as energy moratorium frays"
TEXT = """GRIDPULSE
Energy market news for Central and Eastern Europe
Power | Gas | Oil | Carbon | Renewables | Analysis | Data
Gas › Ukraine
Ukrainian gas output hit again as energy moratorium frays
22 Apr 2026 · 13:05 CET · by Marek Novotný
Prices mentioned: TTF front-month €31.40/MWh (-0.6%) · Ukraine DAM base UAH 5,980/MWh
Russian drones struck Naftogaz gas production facilities in the Poltava region overnight, halting output of about 1.4 million cubic metres a day, the state company said on Wednesday. It was the fourth breach of the energy moratorium that Naftogaz has recorded since the 30-day truce took effect on 15 April.

The facilities, in the Lokhvytsia hromada, were hit by at least six Shahed-type drones shortly after 3 a.m., according to Naftogaz. Nobody was hurt.

"We had just brought the wells in that field back to full pressure after the winter. Now we start again from zero," said Ihor Pasichnyk, head of production at the company's Poltava unit.

Two other breaches followed a pattern familiar to the market from the winter:

- On Saturday, a missile hit the Dobrotvir thermal power plant in the Lviv region, its operator said; two employees were injured.
- On Monday, drones damaged a gas processing facility near Berestyn (formerly Krasnohrad) in the Kharkiv region, Naftogaz said.

The first came within hours of the truce: a drone struck a substation in the Kherson region on 15 April.

Moscow accuses Kyiv of three breaches of its own. The latest, according to the Russian energy ministry, was a drone attack on Tuesday on an electrical substation in the Belgorod region that cut power to 9,000 residents. Kyiv denies attacking Russian energy facilities since the moratorium began.

Grid operator Ukrenergo said it would not apply scheduled outages for households on Wednesday, but that limits for industrial consumers remain in force in the Poltava region until 22:00. "The system is balanced for households. For industry in Poltava, we simply do not have the gas-fired capacity today," said Ukrenergo spokeswoman Tetiana Lukianenko.

The moratorium was agreed in Geneva on 14 April by Ukrainian and Russian delegations, with US mediation. It expires on 15 May unless extended.

Market reaction was muted. TTF front-month slipped 0.6% by midday, as traders focused on EU storage, which stood at 34% full on Tuesday. Ukraine's own storage held about 7.9 billion cubic metres.

Since the start of the month, Naftogaz has imported 410 million cubic metres via Hungary, Slovakia and Poland, and it plans to import at least 4.5 billion cubic metres before the heating season.

"The market has priced the truce as a coin toss from day one. Four breaches in a week do not change that; an attack on the storage sites in the west would," said Zsófia Baranyi, a gas analyst at the Budapest consultancy Pannon Energy Insight.
Subscribe to GridPulse Pro for real-time outage alerts
Related: Ukraine's spring storage injections start slow
GridPulse is published by Pulse Data Media s.r.o., Prague
© 2026 GridPulse. All rights reserved. Prices are indicative.
"""
DOC = {"id": "lh12", "date": "2026-04-22", "source": "GridPulse (energy-market news site for Central and Eastern Europe)",
       "url": "https://gridpulse.example/gas/ukraine/2026-04-22-naftogaz-output-hit-moratorium", "text": TEXT}

D, TUE, MON, SAT = "2026-04-22", "2026-04-21", "2026-04-20", "2026-04-18"
EVENTS = [
    E("lh12-1", ADS, D, H("Lokhvytsia", "Lokhvytsia hromada"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone", "Shahed-136", launched=N(6, "at_least"))], claimant="Naftogaz",
      note="'Russian drones struck Naftogaz gas production facilities in the Poltava region overnight' / 'in the "
           "Lokhvytsia hromada … by at least six Shahed-type drones shortly after 3 a.m. … Nobody was hurt' -> 22 Apr, a "
           "hromada = precision 2, 0/0, 'at least six' = at_least 6"),
    E("lh12-2", DIS, D, H("Lokhvytsia", "Lokhvytsia hromada"), "RU", "UA", parent="lh12-1",
      note="'halting output of about 1.4 million cubic metres a day': gas production stopped by the strike (blind49 kz13)"),
    E("lh12-3", MAS, SAT, L("Dobrotvir"), "RU", "UA", inj=N(2), weapons=[W("missile")], claimant="plant operator",
      note="bullet 'On Saturday, a missile hit the Dobrotvir thermal power plant in the Lviv region … two employees were "
           "injured' -> 18 Apr (Wednesday page)"),
    E("lh12-4", ADS, MON, H("Berestyn", "near Berestyn (formerly Krasnohrad)"), "RU", "UA", weapons=[W("drone")],
      claimant="Naftogaz",
      note="bullet 'On Monday, drones damaged a gas processing facility near Berestyn (formerly Krasnohrad) in the "
           "Kharkiv region' -> 20 Apr; the renamed town is Berestyn 704388; near X = precision 2; casualties not given"),
    E("lh12-5", ADS, "2026-04-15", R("UA-65", "Kherson region"), "RU", "UA", weapons=[W("drone")],
      note="recap with its own day: 'a drone struck a substation in the Kherson region on 15 April' -> required (a "
           "recalled event with a day), region precision (the district is not named here)"),
    E("lh12-6", ADS, TUE, R("RU-BEL", "Belgorod region"), "UA", "RU", weapons=[W("drone")],
      claimant="Russian energy ministry",
      note="'according to the Russian energy ministry, … a drone attack on Tuesday on an electrical substation in the "
           "Belgorod region': the Russian claim is kept although Kyiv denies it; region precision"),
    E("lh12-7", DIS, TUE, R("RU-BEL", "Belgorod region"), "UA", "RU", parent="lh12-6",
      claimant="Russian energy ministry", note="'that cut power to 9,000 residents'"),
    E("lh12-8", DIS, D, R("UA-53", "Poltava region"), None, None, claimant="Ukrenergo",
      note="'limits for industrial consumers remain in force in the Poltava region until 22:00': consumption limits in "
           "force today, region, sides null (blind53 ld13); 'would not apply scheduled outages for households' is a "
           "negation"),
    E("lh12-9", AGR, "2026-04-14", L("Geneva"), "UA", "RU",
      note="'The moratorium was agreed in Geneva on 14 April by Ukrainian and Russian delegations, with US mediation': a "
           "recalled agreement with its day and place -> required"),
]
# Not events: 'the fourth breach' and 'three breaches of its own' (counts, their dated members are the events),
# 'a pattern familiar … from the winter' (comparison), Kyiv's denial (kept as the claim lh12-6), no household outages
# on Wednesday (negation), the moratorium 'expires on 15 May unless extended' (future), prices, EU and Ukrainian storage
# levels, 'Since the start of the month, Naftogaz has imported 410 million cubic metres' (cumulative, trade) and 'plans
# to import at least 4.5 billion' (plan), Baranyi's 'an attack on the storage sites … would' (conditional). The prices
# line under the byline is furniture; the bullet lines are text.
STATEMENTS = [
    S("Ihor Pasichnyk", "UA", "Now we start again from zero", "head of production, Naftogaz Poltava unit"),
    S("Tetiana Lukianenko", "UA", "we simply do not have the gas-fired capacity today", "Ukrenergo spokeswoman"),
    S("Zsófia Baranyi", None, "The market has priced the truce as a coin toss from day one",
      "gas analyst, Pannon Energy Insight"),
]
MUST_NOT = ["GRIDPULSE", "Energy market news for Central and Eastern Europe",
            "Power | Gas | Oil | Carbon | Renewables | Analysis | Data", "Gas › Ukraine",
            "22 Apr 2026 · 13:05 CET · by Marek Novotný",
            "Prices mentioned: TTF front-month €31.40/MWh (-0.6%) · Ukraine DAM base UAH 5,980/MWh",
            "Subscribe to GridPulse Pro for real-time outage alerts", "Related: Ukraine's spring storage injections start slow",
            "GridPulse is published by Pulse Data Media s.r.o., Prague", "© 2026 GridPulse. All rights reserved. Prices are indicative."]

EVIDENCE = {
    'lh12-1': "The facilities, in the Lokhvytsia hromada, were hit by at least six Shahed-type drones shortly after 3 a.m., according to Naftogaz.",
    'lh12-2': "halting output of about 1.4 million cubic metres a day",
    'lh12-3': "On Saturday, a missile hit the Dobrotvir thermal power plant in the Lviv region, its operator said; two employees were injured.",
    'lh12-4': "On Monday, drones damaged a gas processing facility near Berestyn (formerly Krasnohrad) in the Kharkiv region, Naftogaz said.",
    'lh12-5': "a drone struck a substation in the Kherson region on 15 April.",
    'lh12-6': "a drone attack on Tuesday on an electrical substation in the Belgorod region",
    'lh12-7': "that cut power to 9,000 residents",
    'lh12-8': "limits for industrial consumers remain in force in the Poltava region until 22:00",
    'lh12-9': "The moratorium was agreed in Geneva on 14 April by Ukrainian and Russian delegations, with US mediation.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
