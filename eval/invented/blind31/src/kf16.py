from common import E, L, R, C, N, W, S, gold

TITLE = "Sanctions & aid week: new US and UK listings, a Norwegian package and cheaper gas"
TEXT = """KONTOR ECONOMIC WEEKLY
The newsletter for Europe's energy and trade desks
Issue 312 · Wednesday, 26 March 2025
You are reading the free edition. Upgrade for the full data appendix.
Sanctions & aid week: new US and UK listings, a Norwegian package and cheaper gas
Good morning. This week: Washington and London tighten the screws on Russia's oil trade, Oslo opens its wallet again, and European gas prices slide on hopes of a Black Sea deal. As always, we separate what was decided from what was only talked about.

1. What was decided
The US Treasury on Monday sanctioned 19 companies in the United Arab Emirates, Hong Kong and Turkey that it said had helped Russia buy machine tools and electronics for its arms industry, as well as six vessels of the so-called shadow fleet. "We will keep closing the loopholes as fast as they open," said Deputy Treasury Secretary Laura Kincaid in a statement.

On Tuesday, Britain added 40 more tankers to its sanctions list, bringing the number of shadow-fleet ships it has designated to more than 200. The UK government said the vessels had carried oil worth $4.3 billion since the start of last year.

Also on Tuesday, Norway's government announced an aid package of 5 billion kroner (about €430 million) for Ukraine, most of it for air defence and for gas purchases ahead of next winter. "Gas for Ukraine is security for Europe. A cold Ukraine is a weaker Ukraine," said Norway's development minister, Ingvild Sæther.

2. What was only talked about
The EU's 17th sanctions package is expected in May, diplomats say, and could include a ban on Russian liquefied natural gas transhipment. Hungary and Slovakia have signalled they might object.

Japan said it was considering new export controls but gave no date. And in Washington, officials said some sanctions on Russian agricultural banks could be eased if Moscow agreed to a ceasefire at sea — a proposal the Kremlin welcomed but linked to a list of conditions. Kyiv says any relief before a full ceasefire would reward aggression.

Moscow, for its part, promised a "mirror response" to the British listings, without saying what that would be.

3. Energy: gas slides, Ukraine imports
Dutch TTF front-month gas fell 6% over the week to €41 per megawatt hour, its lowest since November, as traders priced in a possible truce on energy infrastructure. Analysts warn the move could reverse quickly if talks stall.

Ukraine itself will need to import about 4.6 billion cubic metres of gas before next heating season, the state energy company says, after months of Russian strikes on its production. The latest came on Sunday, when Russian drones hit a gas production facility in the Poltava region, causing a fire, the company said. It did not report casualties.

"Every strike on our fields turns into an import bill," said Oleksandr Hrebeniuk, a board member of the company. "This winter we will buy what we used to produce."

4. Numbers of the week
200+ shadow-fleet tankers designated by the UK
€41/MWh TTF front month
4.6 bcm Ukraine's import need before winter

That's it for this week. Forward this newsletter to a colleague who should read it.
Kontor Economic Weekly · Kontor Media GmbH, Hamburg · Unsubscribe · Manage preferences
"""
DOC = {"id": "kf16", "date": "2025-03-26", "source": "Kontor Economic Weekly (German business newsletter, English)",
       "url": "https://kontor-weekly.example/issues/312", "text": TEXT}

EVENTS = [
    E("kf16-1", "policy_decision", "2025-03-24", L("Washington"), "US", None, claimant="US Treasury",
      note="sanctions designations 'on Monday' (24 Mar) by the US Treasury: policy_decision in Washington"),
    E("kf16-2", "policy_decision", "2025-03-25", L("London"), "GB", None,
      note="UK listing of 40 tankers 'On Tuesday': policy_decision placed in the capital the intro names for it "
           "('Washington and London tighten the screws'; blind28 call 5: decisions go to the capital)"),
    E("kf16-3", "policy_decision", "2025-03-25", L("Oslo"), "NO", None,
      note="Norway's aid package announced 'on Tuesday': policy_decision (aid), placed in Oslo, which the intro names "
           "for it ('Oslo opens its wallet again'; blind28 call 5)"),
    E("kf16-4", "air_drone_strike", "2025-03-23", R("UA-53", "Poltava region"), "RU", "UA", weapons=[W("drone")],
      note="'on Sunday, when Russian drones hit a gas production facility in the Poltava region' = 23 Mar, region only; "
           "casualties not reported = null"),
]
# Not events: the 17th package 'expected in May' and 'could include' (plan), objections 'might', Japan 'considering',
# easing 'could … if' (conditional), the 'mirror response' (threat), gas prices and forecasts, 'months of Russian
# strikes' (vague history), the import need (plan), the numbers box, ships designated 'since the start of last year'.
STATEMENTS = [
    S("Laura Kincaid", "US", "We will keep closing the loopholes as fast as they open", "US deputy Treasury secretary"),
    S("Ingvild Sæther", "NO", "Gas for Ukraine is security for Europe", "Norway's development minister"),
    S("Oleksandr Hrebeniuk", "UA", "Every strike on our fields turns into an import bill", "board member, state energy company"),
]
MUST_NOT = ["KONTOR ECONOMIC WEEKLY", "The newsletter for Europe's energy and trade desks",
            "Issue 312 · Wednesday, 26 March 2025", "You are reading the free edition. Upgrade for the full data appendix.",
            "That's it for this week. Forward this newsletter to a colleague who should read it.",
            "Kontor Economic Weekly · Kontor Media GmbH, Hamburg · Unsubscribe · Manage preferences"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
