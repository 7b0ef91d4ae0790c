from common import E, L, R, C, N, W, S, H, gold, MAS, INT, CLA, ARR, POL, MOB

TITLE = "What Russian state media said on Wednesday: the 'referendums', Lyman, Donetsk and the mobilisation"
TEXT = """EASTWATCH DIGEST
Russian and occupation media, translated and annotated
Home | Daily digest | Occupied territories | Propaganda watch | About
Digest › Wednesday
What Russian state media said on Wednesday: the 'referendums', Lyman, Donetsk and the mobilisation
28 September 2022 | Compiled by the Eastwatch desk
Editor's note: This digest retells reports of the Russian state news agency RIN (Rossiiskie Informatsionnye Novosti) in English. We keep RIN's vocabulary (the "special military operation", "Kiev", the "DPR" and "LPR") in quotation marks or as written, and add our own notes in square brackets. None of the claims below could be verified independently.

1. Voting in what Moscow calls referendums on joining Russia ended on Tuesday in the occupied parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions, RIN reported, quoting the Russian-installed election commissions. RIN put the vote for joining at between 87 and 99 per cent. [Ukraine and its Western partners call the votes a sham held at gunpoint.] "People came with their passports and their children; nobody had to be asked twice," Vladislav Kuznetsov, deputy head of the "DPR" election commission, told RIN.

2. According to RIN, the formal treaties on admitting the four regions are to be signed in the Kremlin on Friday.

3. The forces of the "Kiev regime" shelled the Kuibyshevsky district of Donetsk on Tuesday afternoon with 155-millimetre artillery supplied by NATO countries, killing two civilians at a bus stop, RIN said, citing the "DPR" mission to the Joint Centre for Control and Coordination. [Kyiv does not comment on such claims.]

4. The Russian defence ministry's briefing, as reported by RIN: over the past day, Russian air defence shot down four HIMARS rockets near Nova Kakhovka and eleven Ukrainian drones over the Kherson region. Units of the "allied forces" beat off an attack by two Ukrainian battalion tactical groups near Lyman on Tuesday, the ministry said. [Ukrainian officials say their forces are closing in on the town from three sides.]

5. Separately, RIN reported that HIMARS rockets hit a residential street in Nova Kakhovka on Tuesday evening, and one man was killed, according to the Russian-installed town administration.

6. In Melitopol, FSB officers on Monday detained a local man suspected of passing the positions of Russian units to the Ukrainian armed forces, RIN reported, citing the Russian-installed regional administration. RIN published a video of the detention.

7. Across the border, shells fell on the outskirts of Shebekino in the Belgorod region on Tuesday evening, injuring one woman, the regional governor said, according to RIN.

8. RIN ran a long feature on the "partial mobilisation" that the president ordered in his decree of 21 September. "Whoever is called up will be trained before anything else. No one goes to the front straight from the enlistment office," Colonel (retd.) Gennady Obukhov, a military commentator, told the agency. [Reports from several regions contradict this.]

9. The Kremlin spokesman, as quoted by RIN, said that the results of the votes would be "respected" and that any attack on the new territories would be an attack on Russia.
Support independent translation: eastwatch.example/donate
Eastwatch Digest is published by the Eastwatch Media Foundation. Translations may be reused with attribution.
"""
DOC = {"id": "lt03", "date": "2022-09-28", "source": "Eastwatch Digest retelling the Russian state agency RIN",
       "url": "https://eastwatch.example/digest/2022-09-28", "text": TEXT}

D, TUE, MON = "2022-09-28", "2022-09-27", "2022-09-26"
MOD = "Russian Ministry of Defence"
EVENTS = [
    E("lt03-1", POL, TUE, C("UA", "occupied Donetsk, Luhansk, Zaporizhzhia and Kherson regions"), "RU", "UA",
      optional=True, claimant="Russian-installed election commissions",
      evidence="Voting in what Moscow calls referendums on joining Russia ended on Tuesday in the occupied parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions",
      note="optional: votes organised by the occupying power in four regions that ended on Tuesday (27 Sep) are no taxonomy "
           "event of their own; a reader may see the occupier's decision in them, so the gold neither asks nor punishes; "
           "four regions -> country level"),
    E("lt03-2", MAS, TUE, L("Donetsk"), "UA", None, fat=N(2), weapons=[W("artillery")],
      claimant="DPR mission to the JCCC (via RIN)",
      evidence="The forces of the \"Kiev regime\" shelled the Kuibyshevsky district of Donetsk on Tuesday afternoon with 155-millimetre artillery",
      note="an occupation-side claim keeps the claimed attacker (UA) with actor2 null (blind62 call 6); the Kuibyshevsky "
           "district = the city; 27 Sep, 2 k"),
    E("lt03-3", INT, TUE, H("Nova Kakhovka", "near Nova Kakhovka"), "RU", "UA", end=D, prec="range", agg=True, claimant=MOD,
      weapons=[W("mlrs", "HIMARS", intercepted=N(4))],
      evidence="over the past day, Russian air defence shot down four HIMARS rockets near Nova Kakhovka",
      note="'over the past day' in a Wednesday briefing -> range 27-28 Sep (ANNOTATION 6); 'near X' -> precision 2; a "
           "count with a place -> required"),
    E("lt03-4", INT, TUE, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True, claimant=MOD,
      weapons=[W("drone", intercepted=N(11))],
      evidence="eleven Ukrainian drones over the Kherson region",
      note="the same past-day briefing: a region with its own count -> required interception, region precision, range "
           "27-28 Sep"),
    E("lt03-5", CLA, TUE, H("Lyman", "near Lyman"), "UA", "RU", claimant=MOD,
      evidence="beat off an attack by two Ukrainian battalion tactical groups near Lyman on Tuesday",
      note="'beat off an attack … near Lyman on Tuesday' -> a clash with the attacker (UA) as actor1, 27 Sep, precision 2; "
           "Lyman 704204 in Donetsk oblast (not the Kharkiv or Odesa villages); the bracketed Ukrainian view ('closing "
           "in … from three sides') is a state, not a dated event"),
    E("lt03-6", MAS, TUE, L("Nova Kakhovka"), "UA", None, fat=N(1), weapons=[W("mlrs", "HIMARS")],
      claimant="Russian-installed Nova Kakhovka administration",
      evidence="HIMARS rockets hit a residential street in Nova Kakhovka on Tuesday evening, and one man was killed",
      note="occupation claim: claimed attacker UA, actor2 null; HIMARS -> mlrs; 27 Sep, 1 k; separate from the rockets "
           "shot down 'near Nova Kakhovka' (item 4, a range)"),
    E("lt03-7", ARR, MON, L("Melitopol"), "RU", None, claimant="Russian-installed Zaporizhzhia administration (via RIN)",
      evidence="In Melitopol, FSB officers on Monday detained a local man suspected of passing the positions of Russian units",
      note="a detention by the occupier's security service -> arrest with the arresting state RU as actor1 and actor2 null "
           "(blind62 call 7), 26 Sep"),
    E("lt03-8", MAS, TUE, H("Shebekino", "outskirts of Shebekino"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      claimant="Belgorod governor (via RIN)",
      evidence="shells fell on the outskirts of Shebekino in the Belgorod region on Tuesday evening, injuring one woman",
      note="'outskirts of X' -> precision 2 (RU-BEL); shells -> artillery; 27 Sep, 1 w"),
    E("lt03-9", POL, "2022-09-21", C("RU", "Russia"), "RU", None, family=[MOB], claimant="RIN",
      evidence="the \"partial mobilisation\" that the president ordered in his decree of 21 September",
      note="a recalled decision with its own day (decree of 21 September) -> required policy_decision at the deciding "
           "country, mobilization accepted (blind62 lm02-1)"),
]
# Not events: the treaties 'to be signed in the Kremlin on Friday' (future), the vote shares (results), the Ukrainian
# bracketed view on Lyman (a state), RIN's video (coverage), 'will be trained before anything else' (a promise), the
# Kremlin spokesman's 'respected' and 'an attack on Russia' (title-only, conditional). Not gold statements: the
# Kremlin spokesman's "respected" (title only), "special military operation", "Kiev", "DPR", "LPR", "allied forces",
# "partial mobilisation" (RIN's vocabulary, fragments). Masthead, tagline, menu, section line, date/desk line, donation
# line and publisher line are furniture; the editor's note and the numbered items (with the desk's bracketed notes)
# stay as text.
STATEMENTS = [
    S("Vladislav Kuznetsov", "RU", "nobody had to be asked twice", "deputy head, DPR election commission"),
    S("Gennady Obukhov", "RU", "No one goes to the front straight from the enlistment office",
      "retired colonel, military commentator"),
]
MUST_NOT = ["EASTWATCH DIGEST", "Russian and occupation media, translated and annotated",
            "Home | Daily digest | Occupied territories | Propaganda watch | About", "Digest › Wednesday",
            "28 September 2022 | Compiled by the Eastwatch desk", "Support independent translation: eastwatch.example/donate",
            "Eastwatch Digest is published by the Eastwatch Media Foundation. Translations may be reused with attribution."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
