from common import E, L, R, C, N, W, S, gold

TITLE = "NATO agrees air-defence fund for Ukraine in Ankara as missiles kill four in Zaporizhzhia"
TEXT = """THE ATLANTIC LEDGER
Politics | World | Defense | Business | Opinion
WORLD · NATO SUMMIT 2026
NATO agrees air-defence fund for Ukraine in Ankara as missiles kill four in Zaporizhzhia
Updated July 8, 2026, 4:17 PM ET
Leaders of NATO's 32 members agreed on Wednesday to set up a joint fund of €12 billion to buy air-defence systems and interceptor missiles for Ukraine, closing a two-day summit in Ankara that had been overshadowed by disputes over defence spending.

The fund, to be managed by the alliance rather than by individual governments, is meant to make deliveries more predictable. Several members said they would pay in by the end of the year, though Hungary and Slovakia did not commit.

Ukraine's president, attending the summit as a guest, met the US president on the sidelines on Tuesday. Neither side gave details, and a planned joint press appearance was cancelled. Germany's chancellor told reporters that Berlin would send two more Patriot systems "as soon as the industry can deliver them".

Turkey's president offered again to host peace talks in Istanbul. The Kremlin said the summit's decisions would "prolong the war" and warned of unspecified countermeasures.

"For the first time the alliance as a whole is buying the interceptors, not a coalition of the willing. That is a political signal Moscow will read," said Elif Aksoy, a security analyst at the Bosphorus Policy Institute.

Deadly night in Zaporizhzhia
While the leaders met, Russia attacked Ukraine overnight with 52 drones and five ballistic missiles, Ukraine's air force said on Wednesday. Air defences shot down 40 drones and one missile.

Missiles hit an industrial area and a residential street in Zaporizhzhia, killing four people and injuring 22, the regional governor said. In Dnipro, a drone hit a private house, injuring a 60-year-old woman.

On Tuesday, Russian artillery shelled Orikhiv, south-east of Zaporizhzhia, killing a 52-year-old man, the governor said.

"I was still asleep. The window frame landed on my bed," said Tetiana Bondar, 34, whose apartment is across the road from one of the impact sites.

Related coverage
NATO spending row: who pays what
Analysis: What the Ankara summit means for Ukraine's membership hopes
Sign up for Ledger Daily, our free morning newsletter
The Atlantic Ledger · Washington, D.C.
"""
DOC = {"id": "ke14", "date": "2026-07-08", "source": "The Atlantic Ledger (US news site)",
       "url": "https://atlanticledger.example/world/2026/07/08/nato-ankara-air-defence-fund-zaporizhzhia", "text": TEXT}

D = "2026-07-08"
T = "2026-07-07"
AF = "Ukrainian Air Force"
EVENTS = [
    E("ke14-1", "policy_decision", D, L("Ankara"), None, "RU",
      note="NATO 'agreed on Wednesday to set up a joint fund of €12 billion' at the summit in Ankara: a decision "
           "actually taken; an alliance is not a state, actor1 null; pledges to pay 'by the end of the year' are "
           "plans"),
    E("ke14-2", "diplomatic_contact", T, L("Ankara"), "UA", "US",
      note="the Ukrainian and US presidents 'met … on the sidelines on Tuesday'; the cancelled press appearance is no "
           "event"),
    E("ke14-3", "diplomatic_contact", T, L("Ankara"), None, None, optional=True,
      note="the two-day summit itself (leaders meeting, first day Tuesday): a meeting, but its decision is coded as "
           "ke14-1: optional"),
    E("ke14-4", "policy_decision", D, C("DE", "Germany"), "DE", "RU", optional=True,
      note="German chancellor 'told reporters that Berlin would send two more Patriot systems': an announcement of a "
           "future delivery, not clearly a decision taken that day: optional"),
    E("ke14-5", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(52)), W("ballistic_missile", launched=N(5))], claimant=AF,
      note="overnight wave reported on Wednesday = Wednesday ('While the leaders met' does not change the day)"),
    E("ke14-6", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("drone", intercepted=N(40)), W("ballistic_missile", intercepted=N(1))], parent="ke14-5",
      claimant=AF, note="'shot down 40 drones and one missile'"),
    E("ke14-7", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(4), inj=N(22),
      weapons=[W("ballistic_missile")], parent="ke14-5", claimant="Zaporizhzhia region governor",
      note="missiles of the wave (the wave's missiles are ballistic)"),
    E("ke14-8", "air_drone_strike", D, L("Dnipro"), "RU", "UA", inj=N(1), weapons=[W("drone")], parent="ke14-5",
      note="drone hit a private house, one injured"),
    E("ke14-9", "missile_artillery_strike", T, L("Orikhiv"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="'On Tuesday, Russian artillery shelled Orikhiv' (Wednesday report); Turkey's offer to host talks, the "
           "Kremlin's warning and the countermeasures are not events"),
]
STATEMENTS = [
    S("Elif Aksoy", "TR", "the alliance as a whole is buying the interceptors", "security analyst"),
    S("Tetiana Bondar", "UA", "The window frame landed on my bed", "Zaporizhzhia resident"),
]
MUST_NOT = ["THE ATLANTIC LEDGER", "Politics | World | Defense | Business | Opinion", "WORLD · NATO SUMMIT 2026",
            "Updated July 8, 2026, 4:17 PM ET", "Related coverage", "NATO spending row: who pays what",
            "Analysis: What the Ankara summit means for Ukraine's membership hopes",
            "Sign up for Ledger Daily, our free morning newsletter", "The Atlantic Ledger · Washington, D.C."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
