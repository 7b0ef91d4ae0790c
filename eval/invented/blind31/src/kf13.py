from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine and Moldova open first accession cluster after Budapest drops its veto"
TEXT = """CONTINENTAL COURIER
EU Affairs | Enlargement | Security | Economy | Podcasts
ENLARGEMENT WATCH
Ukraine and Moldova open first accession cluster after Budapest drops its veto
Posted 24/06/2026 08:10 CEST — Updated 09:55
Ana-Maria Rusu | Brussels
🔊 Listen to this article
Ukraine and Moldova formally opened the first cluster of their EU accession negotiations, on the "fundamentals" of rule of law, public administration and democratic institutions, at intergovernmental conferences in Luxembourg on Tuesday, after Hungary lifted its months-long veto.

The breakthrough followed a meeting of the Hungarian and Ukrainian foreign ministers in Uzhhorod on Friday, where Kyiv promised to amend its law on national minorities before the end of the year. Budapest said it would monitor the changes and could block the next clusters if they are not adopted.

"Today is not the finish line. It is the moment when the real work begins, chapter by chapter," said Nataliya Marchuk, Ukraine's chief negotiator. Her Moldovan counterpart, Victor Cebotari, said Chișinău hoped to open all six clusters "before the next European elections".

Most read
The Commission wants the remaining clusters opened by December, but diplomats say that is optimistic. No country has joined the EU in less than eight years from the opening of talks, and officials in several capitals speak privately of 2032 as the earliest realistic date for Ukraine.

The Kremlin spokesman said Russia had "no objection" to Ukraine's EU membership as such, but warned that the union was "becoming a military bloc". Moscow would regard any future EU defence commitments to Kyiv as hostile, he added.

Hours before the conference opened, Russian drones struck port infrastructure in Izmail overnight on Tuesday, injuring one worker and damaging a grain warehouse, the Odesa regional administration said. Air defences shot down 19 of 24 drones over the south of the country, the air force said.

What if the war is still going on when negotiations end? Under the treaties, a member state must be able to implement EU law on its whole territory; some legal experts say a special arrangement, like the one made for Cyprus in 2004, would be needed.

Ukraine was granted candidate status in June 2022, four months after the full-scale invasion.

Newsletter: The Enlargement Memo, every Wednesday morning
Continental Courier is a trademark of CC Media SA · Imprint | Privacy | Cookies
"""
DOC = {"id": "kf13", "date": "2026-06-24", "source": "Continental Courier (EU affairs site)",
       "url": "https://continentalcourier.example/enlargement/2026/06/24/ukraine-moldova-first-cluster", "text": TEXT}

EVENTS = [
    E("kf13-1", "policy_decision", "2026-06-23", L("Luxembourg"), None, None, family=["diplomatic_contact", "agreement"],
      note="opening of the first negotiating cluster at intergovernmental conferences in Luxembourg 'on Tuesday': a "
           "decision taken at a meeting (diplomatic_contact and agreement accepted); EU and two states = sides null; "
           "one event for both conferences"),
    E("kf13-2", "diplomatic_contact", "2026-06-19", L("Uzhhorod"), None, None,
      note="Hungarian and Ukrainian foreign ministers' meeting 'in Uzhhorod on Friday' (19 Jun); two states, sides null"),
    E("kf13-3", "air_drone_strike", "2026-06-23", L("Izmail"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'overnight on Tuesday' in a Wednesday article = the night into Tuesday, 23 Jun (the conference day); port "
           "coded to its town; 1 injured"),
    E("kf13-4", "interception", "2026-06-23", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", launched=N(24), intercepted=N(19))],
      note="'shot down 19 of 24 drones over the south of the country': the same night, country level (no region "
           "named); launched and intercepted on the interception (no separate wave sentence)"),
]
# Not events: promise to amend the minorities law and 'could block' (plan, conditional), 'opened by December' and
# '2032' (forecasts), the Kremlin's 'no objection' and warning, the legal hypothetical, candidate status in June 2022
# and Cyprus 2004 (history).
STATEMENTS = [
    S("Nataliya Marchuk", "UA", "It is the moment when the real work begins", "Ukraine's chief negotiator"),
    S("Victor Cebotari", "MD", "before the next European elections", "Moldova's chief negotiator"),
]
MUST_NOT = ["CONTINENTAL COURIER", "EU Affairs | Enlargement | Security | Economy | Podcasts", "ENLARGEMENT WATCH",
            "Posted 24/06/2026 08:10 CEST — Updated 09:55", "Ana-Maria Rusu | Brussels", "🔊 Listen to this article",
            "Most read", "Newsletter: The Enlargement Memo, every Wednesday morning",
            "Continental Courier is a trademark of CC Media SA · Imprint | Privacy | Cookies"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
