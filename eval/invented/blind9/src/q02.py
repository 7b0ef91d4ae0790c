from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine pulls troops out of Shcherbynivka as Russia closes in on Kostiantynivka"
TEXT = """ORBIS PRESS
Ukraine pulls troops out of Shcherbynivka as Russia closes in on Kostiantynivka
Posted 17 Sep 2025, 14:26 · Last update 17 Sep 2025, 16:02
Kyiv (Orbis) - Ukrainian forces have withdrawn from the village of Shcherbynivka, south of the besieged industrial city of Kostiantynivka, to avoid being encircled, the army said on Wednesday.

"Our units pulled back to prepared positions north of the village on Tuesday night. The enemy paid a very high price for every house there," said Captain Anatoliy Dovhal, a spokesman for the army's eastern operational grouping.

Russia's defence ministry said on Wednesday that its troops had also captured Ivanopillia, a village a few kilometres to the north-east, calling it by its Russian name, Ivanopolye.

Dovhal rejected the claim. "Ivanopillia is contested. Our soldiers are still in its western part and the fighting has not stopped for a single hour," he told Orbis by phone on Wednesday afternoon.

Orbis could not independently verify the situation on the ground.

SEE ALSO: Inside Kostiantynivka, where 9,000 people still live under the bombs

Ukraine's general staff reported 186 combat clashes along the front over the past day, 52 of them in the Pokrovsk sector. Troops repelled eleven Russian assaults near Chasiv Yar in the same period, it said.

In the north-east, the 14th Mechanised Brigade said its soldiers had advanced about 1.5 kilometres near Kurylivka, south-east of Kupiansk, since Sunday, recapturing a tree line and two Russian positions.

Behind the front, Russian aircraft dropped four guided bombs on Kostiantynivka on Wednesday morning, killing two civilians and wounding five, Donetsk regional governor Artem Nechyporuk said. In nearby Druzhkivka, a drone hit a humanitarian aid truck on Tuesday afternoon, wounding its driver.

"There is no safe street left in Kostiantynivka. Whoever can still leave must leave now," Nechyporuk said.

— Sponsored content —

Russian forces have been trying to take Kostiantynivka since the spring, advancing slowly from the south and east. Of the 67,000 people who lived there before the war, about 9,000 remain, according to the regional administration.

Military analysts say that if Kostiantynivka falls, Russian artillery would be able to reach Kramatorsk and Sloviansk, the last large cities under Ukrainian control in the Donetsk region. Western officials expect the offensive to slow once the autumn rains begin, but they have said the same in previous years.

orb-ik/ds/pz
© Orbis Press 2025 — all rights reserved
"""
DOC = {"id": "q02", "date": "2025-09-17", "source": "Orbis Press",
       "url": "https://www.orbis-press.example/en/20250917-ukraine-pulls-troops-shcherbynivka", "text": TEXT}

D, Y = "2025-09-17", "2025-09-16"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("q02-1", "territory_change", Y, L("Shcherbynivka"), "RU", "UA", claimant="Anatoliy Dovhal",
      note="Ukrainian withdrawal 'on Tuesday night' (dated Tuesday, as blind8 r02-3): ground passes to RU"),
    E("q02-2", "territory_change", D, L("Ivanopillia", 1, "Ivanopillia (Ivanopolye)"), "RU", "UA",
      claimant="Russian defence ministry", note="capture claimed on Wednesday; disputed (q02-3)"),
    E("q02-3", "armed_clash", D, L("Ivanopillia"), "RU", "UA", claimant="Anatoliy Dovhal",
      note="counter-claim: 'contested', fighting goes on (blind4 judgment 4)"),
    E("q02-4", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", agg=True, claimant="Ukrainian general staff",
      note="186 clashes over the past day: aggregate, range", **PAST),
    E("q02-5", "armed_clash", Y, L("Pokrovsk", 2, "Pokrovsk sector"), "RU", "UA", agg=True, optional=True,
      note="front-sector sub-tally of q02-4 (blind8 judgment 7)", **PAST),
    E("q02-6", "armed_clash", Y, L("Chasiv Yar", 2, "near Chasiv Yar"), "RU", "UA", claimant="Ukrainian general staff",
      note="eleven assaults repelled 'in the same period' (past day); actor1 = attacker", **PAST),
    E("q02-7", "territory_change", "2025-09-14", L("Kurylivka", 2, "near Kurylivka"), "UA", "RU", prec="range", end=D,
      claimant="14th Mechanised Brigade", note="advance of ~1.5 km 'since Sunday' (14 Sep) up to publication"),
    E("q02-8", "air_drone_strike", D, L("Kostiantynivka"), "RU", "UA", fat=N(2), inj=N(5),
      weapons=[W("guided_bomb", launched=N(4))], claimant="Artem Nechyporuk"),
    E("q02-9", "air_drone_strike", Y, L("Druzhkivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      claimant="Artem Nechyporuk", note="'on Tuesday afternoon'"),
]
STATEMENTS = [
    S("Anatoliy Dovhal", "UA", "The enemy paid a very high price for every house there", "army spokesman"),
    S("Anatoliy Dovhal", "UA", "Ivanopillia is contested", "army spokesman"),
    S("Artem Nechyporuk", "UA", "There is no safe street left in Kostiantynivka", "Donetsk regional governor"),
]
MUST_NOT = ["ORBIS PRESS", "Posted 17 Sep 2025, 14:26 · Last update 17 Sep 2025, 16:02",
            "SEE ALSO: Inside Kostiantynivka, where 9,000 people still live under the bombs",
            "— Sponsored content —", "orb-ik/ds/pz", "© Orbis Press 2025 — all rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
