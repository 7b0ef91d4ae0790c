from common import E, L, R, C, N, W, S, gold

TITLE = "Moscow claims village near Kupiansk as fighting flares along the Oskil"
TEXT = """L'ÉCHO DE L'EST
International · Europe · Guerre en Ukraine · Économie · Culture
Moscow claims village near Kupiansk as fighting flares along the Oskil
Publié le 03/02/2026 à 07h45 · Mis à jour le 03/02/2026 à 09h12
Temps de lecture : 3 min.
Russia's defence ministry announced on Tuesday that its troops had "liberated" Kurylivka, a village on the Oskil's left bank, south-east of Kupiansk. Ukraine's General Staff did not confirm the loss; in its midday update it said that fighting was still going on in the village.

Kupiansk itself, held by Ukrainian forces since they retook it in September 2022, came under artillery fire on Monday. A 58-year-old man was killed in his yard, the head of the city military administration said.
Cet article vous est offert. Abonnez-vous pour lire tous nos contenus.
Further south, near Lyman in the Donetsk region, Ukrainian units beat off eleven Russian assaults over the past day, according to the General Staff's morning report.

"They attack in groups of three or four, mostly at night and in fog. They come on motorcycles, and they come again the next night," said Captain Andrii Lysak, a spokesman for one of the brigades holding the area.

For Olivier Ternaux, a researcher at the Centre d'analyse des conflits in Lyon, the announcement is above all a signal. "Holding Kurylivka would let Russia threaten the southern supply roads into Kupiansk. But a claim is not a capture, and Moscow has claimed this village before," he said.
Lire aussi | À Kharkiv, les écoles souterraines font le plein
Partager : Facebook · X · LinkedIn · E-mail
Avec AFP
Cet article a été traduit du français par notre rédaction.
"""
DOC = {"id": "lb06", "date": "2026-02-03", "source": "L'Écho de l'Est (French news site, English edition)",
       "url": "https://echodelest.example/international/article/2026/02/03/moscou-revendique-kurylivka", "text": TEXT}

D = "2026-02-03"
MON = "2026-02-02"
EVENTS = [
    E("lb06-1", "territory_change", D, L("Kurylivka"), "RU", "UA", family=["armed_clash"],
      claimant="Russian Defence Ministry",
      evidence="Russia's defence ministry announced on Tuesday that its troops had \"liberated\" Kurylivka",
      note="MoD 'announced on Tuesday' it had 'liberated' Kurylivka; Kyiv does not confirm: a capture claim is "
           "required on the claim day (blind41 call 4). Kurylivka 703610 in Kharkiv oblast on the Oskil south-east of "
           "Kupiansk, not the Dnipropetrovsk homonym"),
    E("lb06-2", "armed_clash", D, L("Kurylivka"), "RU", "UA", claimant="General Staff of Ukraine",
      evidence="fighting was still going on in the village",
      note="the General Staff's midday update (Tuesday): 'fighting was still going on in the village' -> a clash that "
           "day, RU attacking"),
    E("lb06-3", "missile_artillery_strike", MON, L("Kupiansk"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      evidence="came under artillery fire on Monday. A 58-year-old man was killed in his yard",
      note="Kupiansk 'came under artillery fire on Monday' (2 Feb): 1 killed"),
    E("lb06-4", "armed_clash", MON, L("Lyman", 2, "near Lyman"), "RU", "UA", end=D, prec="range",
      evidence="near Lyman in the Donetsk region, Ukrainian units beat off eleven Russian assaults over the past day",
      note="'beat off eleven Russian assaults over the past day' near Lyman (Donetsk oblast 704204, not the Kharkiv "
           "or Odesa villages): one clash near the place, past-day range (the assault count is no casualty count)"),
]
# Not events: Kupiansk 'retook it in September 2022' (history), 'They come again the next night' (habit), 'would let
# Russia threaten' (conditional analysis), 'Moscow has claimed this village before' (undated earlier claims).
STATEMENTS = [
    S("Andrii Lysak", "UA", "They come on motorcycles, and they come again the next night", "brigade spokesman"),
    S("Olivier Ternaux", None, "But a claim is not a capture", "researcher, Centre d'analyse des conflits"),
]
# Not gold: "liberated" (single-word term).
MUST_NOT = ["L'ÉCHO DE L'EST", "International · Europe · Guerre en Ukraine · Économie · Culture",
            "Publié le 03/02/2026 à 07h45 · Mis à jour le 03/02/2026 à 09h12", "Temps de lecture : 3 min.",
            "Cet article vous est offert. Abonnez-vous pour lire tous nos contenus.",
            "Lire aussi | À Kharkiv, les écoles souterraines font le plein", "Partager : Facebook · X · LinkedIn · E-mail",
            "Avec AFP", "Cet article a été traduit du français par notre rédaction."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
