from common import E, L, R, C, N, W, S, gold

TITLE = "EU adopts 20th sanctions package; drones set Russian arsenal ablaze in Toropets"
TEXT = """THE SCHUMAN DISPATCH
Europe, decoded.
Institutions · Member states · Foreign policy · Ukraine · Energy
EU adopts 20th sanctions package; drones set Russian arsenal ablaze in Toropets
21.01.2026 – 08:40 CET
🔊 Audio version (AI voice) — 6 min
The European Union on Tuesday formally adopted its 20th package of sanctions against Russia, after Slovakia dropped its objections in exchange for assurances on gas transit, ending three weeks of wrangling among member states.

The package, approved by EU ambassadors in Brussels and confirmed by written procedure later in the day, lists 118 more vessels of Russia's so-called shadow fleet, bans transactions with four Russian refineries and adds 43 companies in China, the UAE and Central Asia accused of supplying drone parts. It enters into force once published in the Official Journal, expected on Thursday.

"Every tanker we list is a tanker that no longer pays for a Shahed," said Kadri Tamm, an Estonian member of the European Parliament who has pushed for tougher measures on shipping.

Ukraine's foreign minister, in Brussels for talks with the EU's foreign policy chief on Tuesday, welcomed the decision but said the bloc should move faster to use frozen Russian assets. A 21st package could be proposed in the spring, diplomats said, though Hungary has threatened to block it.

Arsenal hit in Tver region
Overnight, Ukrainian drones attacked Toropets, a town in Russia's Tver region that hosts one of the country's largest missile and ammunition depots. The regional governor said a fire had broken out "at a facility on the outskirts of the town" after drone debris fell and that seven people had been injured, three of whom were in hospital. Part of the town was evacuated overnight, he said.

Videos posted by residents showed a series of large explosions lighting up the sky for more than an hour. The governor said air defences had shot down 26 drones over the Tver region.

Russia's Defence Ministry said it had destroyed 97 Ukrainian drones over eight regions overnight, without mentioning Toropets.

It was the second Ukrainian strike deep inside Russia this week. On Sunday, drones hit the Engels air base in the Saratov region, home to Russia's strategic bombers, Ukraine's General Staff said. The Saratov governor said debris damaged several houses in Engels and injured one woman.

Sanctions experts note that the EU's packages have become narrower as the list of untouched sectors shrinks. The bloc has been sanctioning Russia since 2014.

MOST READ
1. Commission proposes new defence-industry loans
2. What the shadow-fleet listings mean for Baltic ports
Written by Mathilde Verhoeven. Mathilde is the Dispatch's foreign-policy editor and a former Council press officer.
Forward this newsletter to a colleague · Manage your subscription
"""
DOC = {"id": "ke07", "date": "2026-01-21", "source": "The Schuman Dispatch (Brussels newsletter site)",
       "url": "https://schumandispatch.example/2026/01/21/eu-20th-package-toropets", "text": TEXT}

D = "2026-01-21"
T = "2026-01-20"
EVENTS = [
    E("ke07-1", "policy_decision", T, L("Brussels"), None, "RU",
      note="package 'formally adopted … on Tuesday', approved by ambassadors in Brussels: a decision actually taken; "
           "the EU is not a state, so actor1 null (blind16 call 7); entry into force 'expected on Thursday' and the "
           "'21st package could be proposed' are plans, no events"),
    E("ke07-2", "diplomatic_contact", T, L("Brussels"), "UA", None,
      note="Ukraine's foreign minister 'in Brussels for talks with the EU's foreign policy chief on Tuesday'"),
    E("ke07-3", "air_drone_strike", D, L("Toropets", 2, "outskirts of Toropets"), "UA", "RU", inj=N(7),
      weapons=[W("drone")], claimant="Tver region governor",
      note="'Overnight' in a Wednesday-morning report = Wednesday; the fire is 'at a facility on the outskirts of the "
           "town' = precision 2; seven injured (three in hospital)"),
    E("ke07-4", "interception", D, R("RU-TVE", "Tver region"), "RU", "UA", weapons=[W("drone", intercepted=N(26))],
      claimant="Tver region governor", note="regional count of downed drones in the same night attack: required"),
    E("ke07-5", "policy_decision", D, L("Toropets"), "RU", None, optional=True,
      note="'Part of the town was evacuated overnight': evacuation, optional (blind8 call 10)"),
    E("ke07-6", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(97))],
      claimant="Russian Defence Ministry",
      note="nationwide tally 'overnight' in a Wednesday report, without mentioning Toropets"),
    E("ke07-7", "air_drone_strike", "2026-01-18", L("Engels"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="Saratov region governor",
      note="recalled 'On Sunday' (Wednesday report): debris damaged houses in Engels, one woman injured; required"),
    E("ke07-8", "air_drone_strike", "2026-01-18", L("Engels", 2, "Engels air base"), "UA", "RU", optional=True,
      weapons=[W("drone")], claimant="Ukrainian General Staff",
      note="the General Staff's hit on the air base: the same night's attack as ke07-7, which an Engels prediction "
           "already matches: optional (blind28 kc16-3)"),
]
STATEMENTS = [
    S("Kadri Tamm", "EE", "Every tanker we list is a tanker that no longer pays for a Shahed", "Estonian MEP"),
]
MUST_NOT = ["THE SCHUMAN DISPATCH", "Europe, decoded.", "Institutions · Member states · Foreign policy · Ukraine · Energy",
            "21.01.2026 – 08:40 CET", "🔊 Audio version (AI voice) — 6 min", "MOST READ",
            "1. Commission proposes new defence-industry loans", "2. What the shadow-fleet listings mean for Baltic ports",
            "Written by Mathilde Verhoeven. Mathilde is the Dispatch's foreign-policy editor and a former Council press officer.",
            "Forward this newsletter to a colleague · Manage your subscription"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
