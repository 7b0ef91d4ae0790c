from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war: Nikopol shelled again from across the river as nuclear plant fears grow"
TEXT = """ANGLIA WORLD SERVICE · NEWS
Home | News | Sport | Radio | Weather
World › Europe
Ukraine war: Nikopol shelled again from across the river as nuclear plant fears grow
17 August 2022
By Natalia Oliinyk in Dnipro
Image source, AWS/Staff
Image caption, A house in Nikopol damaged by rockets overnight on Wednesday
Russian forces fired more than 40 Grad rockets at the Ukrainian town of Nikopol overnight, wounding two people and damaging about 20 homes and a gas pipeline, the regional governor says.

About 2,000 residents have been left without gas, the local authorities say.

Nikopol lies on the northern bank of the Dnipro river, directly opposite the Russian-occupied town of Enerhodar and the Zaporizhzhia nuclear power station, Europe's largest. Ukraine says Russia is using the plant as a shield, firing from its grounds because it knows Ukrainian troops will not fire back.

Nearby Marhanets was also shelled. A man was killed when an artillery shell hit a boiler house on Tuesday evening, said Yevhen Koval, the head of the Marhanets district council. "We have almost no one left in the streets after dark. The people who stayed are mostly pensioners who have nowhere to go," he said.

The village of Chervonohryhorivka came under fire on Wednesday morning, but no casualties were reported.

In Enerhodar, the Russian-installed authorities said Ukrainian artillery had shelled the town and the grounds of the power station on Tuesday, damaging a building near the plant's training centre. Ukraine denies targeting the plant and accuses Russia of staging the attacks to discredit Kyiv.

"Nobody on either bank sleeps properly any more. You lie there and count the explosions and think about the reactors," said Oksana Rudenko, a 39-year-old teacher in Nikopol.

The head of the UN nuclear watchdog has repeatedly asked to be allowed to send inspectors to the plant. Talks on a mission are continuing, but no date has been agreed.

The UN secretary general is due to meet the Ukrainian president and the Turkish president in Lviv on Thursday.
Related Topics
Russia-Ukraine war
Zaporizhzhia nuclear plant crisis
More on this story
"""
DOC = {"id": "kn14", "date": "2022-08-17", "source": "Anglia World Service (British public broadcaster's news site)",
       "url": "https://www.angliaworld.example/news/world-europe-62571904", "text": TEXT}

D, Y = "2022-08-17", "2022-08-16"
EVENTS = [
    E("kn14-1", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", inj=N(2),
      weapons=[W("mlrs", "Grad", launched=N(40, "at_least"))],
      note="'more than 40 Grad rockets' on Nikopol 'overnight' (Wednesday page): 2 wounded, homes and a gas pipeline "
           "damaged; 'more than 40' = at_least; the caption repeats this event"),
    E("kn14-2", "infrastructure_disruption", D, L("Nikopol"), "RU", "UA", parent="kn14-1",
      note="'About 2,000 residents have been left without gas'"),
    E("kn14-3", "missile_artillery_strike", Y, L("Marhanets"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="artillery shell on a boiler house in Marhanets 'on Tuesday evening' (16 Aug): 1 killed"),
    E("kn14-4", "missile_artillery_strike", D, L("Chervonohryhorivka"), "RU", "UA", fat=N(0), inj=N(0),
      note="'came under fire on Wednesday morning, but no casualties were reported' = 'No casualties' -> exact 0/0 "
           "(EVENTS.md); attacker from the article's framing"),
    E("kn14-5", "missile_artillery_strike", Y, L("Enerhodar"), None, "UA",
      note="Russian-installed authorities: Ukrainian artillery shelled Enerhodar and the plant's grounds 'on Tuesday'; "
           "Ukraine denies and accuses Russia of staging -> mutual blame, actor1 null (blind35 call 2)"),
]
# Not events: 'firing from its grounds' (general accusation, no day), the watchdog's requests and 'Talks … continuing'
# (no date), the UN secretary general's meeting in Lviv 'on Thursday' (future).
STATEMENTS = [
    S("Yevhen Koval", "UA", "We have almost no one left in the streets after dark", "head of the Marhanets district council"),
    S("Oksana Rudenko", "UA", "You lie there and count the explosions", "teacher in Nikopol"),
]
MUST_NOT = ["ANGLIA WORLD SERVICE · NEWS", "Home | News | Sport | Radio | Weather", "World › Europe", "17 August 2022",
            "By Natalia Oliinyk in Dnipro", "Image source, AWS/Staff", "Related Topics",
            "Russia-Ukraine war", "Zaporizhzhia nuclear plant crisis", "More on this story"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
