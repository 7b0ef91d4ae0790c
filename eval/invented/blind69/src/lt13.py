from common import E, L, R, C, N, W, S, H, gold, MAS, TER, CLA, ABD, MOB

AGC = "armed_group_change"
TITLE = "Defence intelligence week: Soledar, a new commander, trains to Belarus and children sent to Anapa"
TEXT = """THE FRONTLINE BRIEF
A weekly newsletter on the war in Ukraine
Issue 47 | Saturday 14 January 2023
Share | Forward to a friend | View in browser
Defence intelligence week: Soledar, a new commander, trains to Belarus and children sent to Anapa
Each Saturday we retell, in plain language, what the British Ministry of Defence's daily intelligence updates said over the week, and add what the two armies reported themselves. The updates are assessments; where the ministry says "likely", so do we.

1. Soledar
The town is almost certainly lost to Ukraine. Russia's defence ministry announced on Friday that Soledar had been "liberated", and the British updates of the week assess that Wagner units, reinforced by airborne troops, likely now control most of it. Kyiv says its units are still holding positions on the western edge.

2. Fighting around Bakhmut
Ukraine's General Staff reported on Friday evening that its troops had beaten off Russian attacks near Bakhmut, Krasna Hora and Siversk in the previous 24 hours. The ministry notes that Russian assaults north of Bakhmut have intensified since Soledar began to fall.

3. A new man in charge
On Wednesday, Moscow named the chief of its General Staff as overall commander of the forces fighting in Ukraine, making the previous commander, appointed only in October, one of his deputies. According to the ministry, the change likely reflects the Kremlin's impatience with the pace of the campaign.

4. Trains to Belarus
Since 7 January, at least nine trains carrying tanks, artillery and several hundred troops have arrived in Belarus from Russia, the ministry says. Their arrival does not, in its assessment, signal a new attack on Kyiv in the coming weeks; the units are likely there for training.

5. Children from the left bank
Between 5 and 11 January, at least 200 children from occupied Oleshky, on the left bank of the Dnipro, were taken to so-called "recreation camps" near Anapa on Russia's Black Sea coast, according to the ministry, which cites local reporting. Parents were told the children would return within three weeks. Ukrainian officials describe such transfers as deportations.

6. And one strike
On Wednesday morning, a missile hit an empty school building in Kramatorsk. The city's military administration said there were no casualties.

What to watch: whether Russia throws the units freed by Soledar at Bakhmut directly, or tries to cut the last supply road from the north.
You received this because you subscribed at frontlinebrief.example
Unsubscribe | Update your preferences
"""
DOC = {"id": "lt13", "date": "2023-01-14", "source": "The Frontline Brief retelling the British MoD's intelligence updates",
       "url": "https://frontlinebrief.example/issues/47", "text": TEXT}

D, FRI, THU, WED = "2023-01-14", "2023-01-13", "2023-01-12", "2023-01-11"
EVENTS = [
    E("lt13-1", TER, FRI, L("Soledar"), "RU", "UA", claimant="Russian Ministry of Defence",
      evidence="Russia's defence ministry announced on Friday that Soledar had been \"liberated\"",
      note="a capture claim on its claim day (13 Jan), required; the British assessment 'likely now control most of it' "
           "and Kyiv's 'still holding positions on the western edge' are about the same change"),
    E("lt13-2", CLA, THU, H("Bakhmut", "near Bakhmut"), "RU", "UA", end=FRI, prec="range", agg=True,
      claimant="Ukrainian General Staff",
      evidence="its troops had beaten off Russian attacks near Bakhmut, Krasna Hora and Siversk in the previous 24 hours",
      note="'in the previous 24 hours' of the General Staff's Friday-evening report -> range 12-13 Jan (the report's day "
           "and the day before, ANNOTATION 6 applied to the report's own day, not the Saturday page); one clash per "
           "place (blind63 call 2), attacker RU, near X -> precision 2"),
    E("lt13-3", CLA, THU, H("Krasna Hora", "near Krasna Hora"), "RU", "UA", end=FRI, prec="range", agg=True,
      claimant="Ukrainian General Staff",
      evidence="its troops had beaten off Russian attacks near Bakhmut, Krasna Hora and Siversk in the previous 24 hours",
      note="the second place of the list: range 12-13 Jan, attacker RU, near X -> precision 2"),
    E("lt13-4", CLA, THU, H("Siversk", "near Siversk"), "RU", "UA", end=FRI, prec="range", agg=True,
      claimant="Ukrainian General Staff",
      evidence="its troops had beaten off Russian attacks near Bakhmut, Krasna Hora and Siversk in the previous 24 hours",
      note="the third place of the list: range 12-13 Jan, attacker RU, near X -> precision 2"),
    E("lt13-5", AGC, WED, C("RU", "Russia"), "RU", None, claimant="British Ministry of Defence",
      evidence="On Wednesday, Moscow named the chief of its General Staff as overall commander of the forces fighting in Ukraine",
      note="a change of command of the Russian force -> armed_group_change (Change to group/activity), 11 Jan, at the "
           "deciding country; the October appointment is history"),
    E("lt13-6", MOB, "2023-01-07", C("BY", "Belarus"), "RU", None, end=FRI, prec="range", agg=True,
      claimant="British Ministry of Defence",
      evidence="Since 7 January, at least nine trains carrying tanks, artillery and several hundred troops have arrived in Belarus from Russia",
      note="troop movements -> military_mobilization of RU, placed in Belarus (country, no region named); 'Since 7 "
           "January' up to the week's last update (Friday 13 Jan) -> range aggregate; 'does not … signal a new attack' "
           "is the assessment (no event)"),
    E("lt13-7", ABD, "2023-01-05", L("Oleshky"), "RU", "UA", end=WED, prec="range", agg=True,
      claimant="British Ministry of Defence",
      evidence="Between 5 and 11 January, at least 200 children from occupied Oleshky, on the left bank of the Dnipro, were taken to so-called \"recreation camps\" near Anapa",
      note="children of an occupied town transferred into Russia -> abduction (deportation) RU -> UA, range 5-11 Jan, "
           "placed where they were taken from (Oleshky, UA-65); 'at least 200' children are no casualty field"),
    E("lt13-8", MAS, WED, L("Kramatorsk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("missile")],
      claimant="Kramatorsk city military administration",
      evidence="On Wednesday morning, a missile hit an empty school building in Kramatorsk.",
      note="11 Jan; 'no casualties' -> 0/0"),
]
# Not events: 'almost certainly lost' and 'likely now control most of it' (assessments of lt13-1), Kyiv's units 'still
# holding positions' (a state), assaults 'have intensified since' (a trend), 'the Kremlin's impatience' (analysis), the
# previous commander 'appointed only in October' (history), 'no new attack … in the coming weeks' (assessment), the
# children 'would return within three weeks' (a promise), 'What to watch' (forecast). No gold statements: the page
# quotes only single words ("likely", "liberated", "recreation camps"). Masthead, tagline, issue line, share row,
# subscription line and unsubscribe row are furniture; the method note and numbered headings stay as text.
STATEMENTS = []
MUST_NOT = ["THE FRONTLINE BRIEF", "A weekly newsletter on the war in Ukraine", "Issue 47 | Saturday 14 January 2023",
            "Share | Forward to a friend | View in browser", "You received this because you subscribed at frontlinebrief.example",
            "Unsubscribe | Update your preferences"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
