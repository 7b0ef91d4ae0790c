from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, DIS, POL

TITLE = "Steel, sanctions and the courts: what the Luxembourg ruling means"
TEXT = """VISTULA POLICY INSTITUTE
Warsaw · Independent analysis on security in Central and Eastern Europe
Research | Publications | Experts | Events | About
Policy Brief No. 14/2026
Steel, sanctions and the courts: what the Luxembourg ruling means
26 February 2026 · 4-minute read · PDF (212 KB)
Key points
1. The EU's General Court has upheld the sanctions on a Russian steel producer whose alloys end up in cruise missiles.
2. The ruling strengthens the legal basis for listings built on supply-chain evidence.
3. The EU should use it to list the suppliers' foreign intermediaries.

What happened
On Tuesday, the General Court of the European Union in Luxembourg dismissed an action brought by the Russian steel producer Uralsplav and its main shareholder against their inclusion on the EU sanctions list. The court found that the Council had shown "a sufficiently solid factual basis" for the claim that the company's special alloys were used in the manufacture of Russian cruise missiles. The company can still appeal to the Court of Justice.

A day earlier, on Monday, EU member states had renewed all individual listings, among them Uralsplav's, for another six months at a meeting of the Council in Brussels.

Why it matters
The evidence the court accepted came partly from the debris of missiles that hit Ukrainian cities. Ukrainian investigators traced alloy components in the wreckage of the cruise missile that struck the regional hospital in Chernihiv on 3 January 2026, killing four people, and in fragments of the drones that set the Sumy thermal power plant on fire on 11 February, when some 60,000 households in the city lost heating in freezing weather.

"For the first time a European court has followed a piece of metal from a Ukrainian hospital back to a Russian furnace and said: that is enough," said Zofia Maj, a senior fellow at the Institute who follows sanctions litigation.

Belgium moved on Wednesday, a day after the ruling: its government decided to transfer a further 1.7 billion euros of windfall profits from immobilised Russian central bank assets to the EU facility for Ukraine.

Since 2022 the EU has listed more than 2,500 individuals and entities, and about one in ten has challenged its listing in court. Most have lost.

Recommendations
- The Council should list the intermediaries in third countries that buy Russian alloys and resell them.
- Member states should share wreckage analysis with the Commission as a matter of routine.
- If the Court of Justice upholds the ruling on appeal, it should be used as a template for future listings.

"Lawyers for listed companies will now have to argue about the metal, not about the procedure, and that is a much harder case to win," said Pieter-Jan Claes, a sanctions lawyer in Brussels who was not involved in the case.
Cite as: Vistula Policy Institute, Brief 14 (2026), Warsaw.
The views expressed are the author's own. © Vistula Policy Institute 2026
"""
DOC = {"id": "ls13", "date": "2026-02-26", "source": "Vistula Policy Institute (think tank, short policy brief)",
       "url": "https://vistula-policy.example/publications/policy-brief-14-2026-luxembourg-ruling", "text": TEXT}

D, MON, TUE, WED = "2026-02-26", "2026-02-23", "2026-02-24", "2026-02-25"
SUMY = "ls13-5"
EVENTS = [
    E("ls13-1", POL, TUE, L("Luxembourg"), None, "RU", optional=True, claimant="General Court of the European Union",
      note="'On Tuesday, the General Court of the European Union in Luxembourg dismissed an action brought by … "
           "Uralsplav' -> a court ruling: optional policy_decision (blind13 call 11, blind15 call 10), Tue 24 Feb, at "
           "Luxembourg, actor1 null (an EU court)"),
    E("ls13-2", POL, MON, L("Brussels"), None, "RU", claimant="Council of the European Union",
      note="'A day earlier, on Monday, EU member states had renewed all individual listings … for another six months at a "
           "meeting of the Council in Brussels' -> a sanctions decision at its place, actor1 null for the EU (blind30 call "
           "6), Mon 23 Feb"),
    E("ls13-3", POL, WED, C("BE", "Belgium"), "BE", "UA", claimant="Belgian government",
      note="'Belgium moved on Wednesday …: its government decided to transfer a further 1.7 billion euros of windfall "
           "profits … to the EU facility for Ukraine' -> an aid decision at the deciding country, Wed 25 Feb"),
    E("ls13-4", MAS, "2026-01-03", L("Chernihiv"), "RU", "UA", fat=N(4), weapons=[W("cruise_missile", launched=N(1))],
      note="recap with its own date: 'the cruise missile that struck the regional hospital in Chernihiv on 3 January "
           "2026, killing four people' -> required on 3 Jan (a relative clause inside the evidence sentence); the "
           "missile is Russian (the brief's subject), actor1 RU"),
    E(SUMY, ADS, "2026-02-11", L("Sumy"), "RU", "UA", weapons=[W("drone")],
      note="recap with its own date: 'the drones that set the Sumy thermal power plant on fire on 11 February' -> "
           "required on 11 Feb; casualties not given (absent)"),
    E("ls13-6", DIS, "2026-02-11", L("Sumy"), "RU", "UA", parent=SUMY,
      note="'when some 60,000 households in the city lost heating in freezing weather' -> a heating cut caused by the "
           "plant strike, same day"),
]
# Not events: the Key points (summary of the ruling and a recommendation), the Council's 'sufficiently solid factual
# basis' (reasoning), the appeal the company 'can still' bring (possibility), the investigators' tracing (analysis, no
# day), 'Since 2022 the EU has listed more than 2,500' and 'one in ten has challenged … Most have lost' (cumulative), the
# Recommendations ('should', 'If the Court of Justice upholds …'), Claes's forecast. Not gold statements: the court's
# "a sufficiently solid factual basis" (institution). Section headings ('What happened', 'Why it matters',
# 'Recommendations', 'Key points') and the key points stay as text.
STATEMENTS = [
    S("Zofia Maj", None, "followed a piece of metal from a Ukrainian hospital back to a Russian furnace",
      "senior fellow, Vistula Policy Institute"),
    S("Pieter-Jan Claes", None, "argue about the metal, not about the procedure", "sanctions lawyer, Brussels"),
]
MUST_NOT = ["VISTULA POLICY INSTITUTE", "Warsaw · Independent analysis on security in Central and Eastern Europe",
            "Research | Publications | Experts | Events | About", "Policy Brief No. 14/2026",
            "26 February 2026 · 4-minute read · PDF (212 KB)",
            "Cite as: Vistula Policy Institute, Brief 14 (2026), Warsaw.",
            "The views expressed are the author's own. © Vistula Policy Institute 2026"]
EVIDENCE = {
    "ls13-1": "On Tuesday, the General Court of the European Union in Luxembourg dismissed an action brought by the Russian steel producer Uralsplav",
    "ls13-2": "A day earlier, on Monday, EU member states had renewed all individual listings, among them Uralsplav's, for another six months at a meeting of the Council in Brussels.",
    "ls13-3": "its government decided to transfer a further 1.7 billion euros of windfall profits from immobilised Russian central bank assets to the EU facility for Ukraine",
    "ls13-4": "the cruise missile that struck the regional hospital in Chernihiv on 3 January 2026, killing four people",
    "ls13-5": "fragments of the drones that set the Sumy thermal power plant on fire on 11 February",
    "ls13-6": "some 60,000 households in the city lost heating in freezing weather",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
