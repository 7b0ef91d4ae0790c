from common import E, L, R, C, N, W, S, gold

TITLE = "Shelling cuts last main power line to Ukraine nuclear plant; Nikopol hit again"
TEXT = """Shelling cuts last main power line to Ukraine nuclear plant; Nikopol hit again
By MARTA KOVAL and JAMES HENLEY
September 7, 2022
ADVERTISEMENT
KYIV, Ukraine (AtP) — Europe's largest nuclear power plant lost its last remaining main connection to Ukraine's grid on Tuesday after shelling damaged the switchyard, forcing operators to draw the electricity needed to cool its reactors from a reserve line, the U.N. nuclear watchdog said.

Shells landed within the grounds of the Zaporizhzhia nuclear power plant on Tuesday morning, hitting the roof of a building near the spent fuel storage facility, the International Atomic Energy Agency said. Ukraine and Russia blamed each other for the shelling.

The plant's 750-kilovolt line, the last of four main lines that connected it to the grid before the war, was disconnected at about 11 a.m. after a fire in the switchyard, Ukraine's nuclear operator said. It warned that the plant could be forced into a complete blackout, leaving it reliant on diesel generators.

Across the Dnipro River, Russian forces pounded the city of Nikopol overnight with Grad rockets and heavy artillery, wounding three people and damaging about 20 homes and a gas pipeline, regional governor Valentyn Reznik said. In neighbouring Marhanets, a 67-year-old man was killed when a shell hit his yard, he said.

"The enemy is shooting at Nikopol from behind the plant's walls because it knows we will not fire back there," Reznik said.

The Russian-installed administration in Enerhodar, the town that houses the plant's staff, said Ukrainian forces had shelled a residential area on Tuesday afternoon, injuring two plant workers. "Kiev continues its provocations against the Zaporozhye plant," the administration's head, Kirill Sotnikov, said.

IAEA Director General Henrik Lund briefed the U.N. Security Council in New York on Tuesday, a day after his inspectors left the site, and proposed a "nuclear safety and security protection zone" around the plant. Two IAEA experts remain there.

"Every shell that lands near the site is a roll of the dice with the safety of millions of people," Lund told the council. Russia's U.N. envoy said Moscow would study the proposal but gave no commitment.
___
Follow Atlantic Press coverage of the war at https://atlanticpress.example/hub/russia-ukraine
Copyright 2022 Atlantic Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""
DOC = {"id": "w09", "date": "2022-09-07", "source": "Atlantic Press",
       "url": "https://atlanticpress.example/article/ukraine-zaporizhzhia-nuclear-plant-power-line-nikopol-5e1a77", "text": TEXT}

D = "2022-09-06"
EVENTS = [
    E("w09-1", "missile_artillery_strike", D, L("ZNPP"), None, "UA", claimant="IAEA; each side blames the other"),
    E("w09-2", "infrastructure_disruption", D, L("ZNPP"), None, "UA", claimant="Ukraine's nuclear operator; IAEA"),
    E("w09-3", "missile_artillery_strike", "2022-09-07", L("Nikopol"), "RU", "UA", inj=N(3),
      weapons=[W("mlrs", "Grad"), W("artillery")], claimant="Valentyn Reznik"),
    E("w09-4", "missile_artillery_strike", "2022-09-07", L("Marhanets"), "RU", "UA", fat=N(1), claimant="Valentyn Reznik"),
    E("w09-5", "missile_artillery_strike", D, L("Enerhodar"), "UA", None, inj=N(2),
      claimant="Russian-installed Enerhodar administration"),
    E("w09-6", "diplomatic_contact", D, L("New York"), None, None, claimant="Atlantic Press"),
]
STATEMENTS = [
    S("Valentyn Reznik", "UA", "because it knows we will not fire back there", "Dnipropetrovsk regional governor"),
    S("Kirill Sotnikov", "RU", "Kiev continues its provocations against the Zaporozhye plant", "Russian-installed head of Enerhodar"),
    S("Henrik Lund", None, "a roll of the dice with the safety of millions of people", "IAEA Director General"),
]
MUST_NOT = ["By MARTA KOVAL and JAMES HENLEY", "ADVERTISEMENT",
            "Follow Atlantic Press coverage of the war at https://atlanticpress.example/hub/russia-ukraine",
            "Copyright 2022 Atlantic Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
