from common import E, L, R, C, N, W, S, gold

TITLE = "Two killed as Russian rockets pound Nikopol across the reservoir"
TEXT = """DNIPRO NEWSWIRE · 14.08.2022 · 10:26
Two killed as Russian rockets pound Nikopol across the reservoir
NIKOPOL, Ukraine — Russian forces fired about 40 Grad rockets at the city of Nikopol overnight from positions near the occupied Zaporizhzhia nuclear power plant across the Kakhovka reservoir, killing two men and injuring three other people, the governor of the Dnipropetrovsk region said on Sunday.

The rockets damaged more than a dozen private houses, a gas pipeline and power lines, the governor wrote on Telegram. About 2,000 families in Nikopol were left without electricity on Sunday morning.

Russian artillery also shelled the neighbouring town of Marhanets, injuring a woman, he said.

"They hide behind the reactors and fire at sleeping people, because they know we cannot fire back," the head of the Nikopol district administration, Yevhen Korniichuk, said.

Nikopol, which lies about 10 km from the plant on the opposite bank, has been shelled almost every night since late July. Ukraine has accused Russia of using the site as a shield; Moscow denies it.
(dpn/ol)
Tags: #Nikopol #Marhanets #shelling
"""
DOC = {"id": "l08", "date": "2022-08-14", "source": "Dnipro Newswire (regional wire)",
       "url": "https://dnipronewswire.example.ua/en/2022/08/14/nikopol-grad", "text": TEXT}

EVENTS = [
    E("l08-1", "missile_artillery_strike", "2022-08-14", L("Nikopol"), "RU", "UA", fat=N(2), inj=N(3),
      weapons=[W("mlrs", "Grad", launched=N(40, "about"))],
      note="'overnight' in a Sunday morning wire = Sunday 14 Aug; the origin near the nuclear plant is the firing "
           "position, not the target"),
    E("l08-2", "infrastructure_disruption", "2022-08-14", L("Nikopol"), "RU", "UA",
      note="about 2,000 families without electricity after the rockets hit power lines"),
    E("l08-3", "missile_artillery_strike", "2022-08-14", L("Marhanets"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="same night (the 'also' links it to the overnight report)"),
]
STATEMENTS = [
    S("Yevhen Korniichuk", "UA", "They hide behind the reactors and fire at sleeping people",
      "head of the Nikopol district administration"),
]
MUST_NOT = ["DNIPRO NEWSWIRE · 14.08.2022 · 10:26", "(dpn/ol)", "Tags: #Nikopol #Marhanets #shelling"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
