from common import E, L, R, C, N, W, S, gold

TITLE = "EU sanctions package stalls as Slovakia holds out, while London targets 30 more shadow-fleet tankers"
TEXT = """Accept all cookies | Reject non-essential | Manage preferences
RUE DE LA LOI DAILY — the EU policy newsroom
Institutions | Foreign affairs | Sanctions | Energy | Opinion | Events
SANCTIONS
EU sanctions package stalls as Slovakia holds out, while London targets 30 more shadow-fleet tankers
Bratislava wants guarantees on gas transit before it lifts its veto. Diplomats expect weeks of haggling.
By Laure Vandenberghe | 18 Nov 2026, 08:30 CET | Updated 11:15 CET
This article is free to read. Support independent EU coverage.
BRUSSELS — EU ambassadors failed again on Tuesday to agree on a new package of sanctions against Russia after Slovakia refused to lift its objections, leaving the bloc's 23rd round of measures stuck less than a month before the December summit.

The package would add 60 more vessels of Russia's so-called shadow fleet to the list of ships barred from EU ports and lower the price cap on Russian crude to $40 a barrel. It was not put to a vote, diplomats said.

Bratislava wants written guarantees that it will be compensated if Russian gas transit through Ukraine does not resume. "We will not sign anything that makes energy more expensive for Slovak families," Slovakia's EU ambassador, Marek Hudák, told reporters before the meeting.

The Slovak government denied that its veto had been coordinated with Moscow. Hungary, which blocked earlier packages for weeks, has said it will not support the new one either unless three of its businessmen are removed from the list.

The deadlock did not stop the bloc from extending its existing economic sanctions. EU governments renewed the sectoral measures for another six months on Monday by written procedure, the Council said.

In London, the British government on Tuesday sanctioned 30 tankers and two Dubai-based oil traders that it said had helped Russia move crude around the price cap. "Every tanker we list is a tanker that cannot carry the Kremlin's oil money," Britain's sanctions minister, Daniel Okafor, said in a statement.

Ukraine's foreign minister met his Slovak counterpart in Bratislava on Tuesday and offered to discuss compensation for transit fees, according to both ministries. The talks ended without an agreement.

Moscow said it would respond to any new restrictions with "painful" measures of its own, without giving details. Russia has threatened retaliation after every package since 2022 and has so far mostly targeted Western companies still operating in the country.

The European Commission is expected to present a compromise next week that could exempt Slovak refineries from the price cap until 2028. If that fails, several member states have floated adopting the shipping listings as a separate, smaller package that would need unanimity all the same.

Will the package be in force before the leaders meet on 17 December? "Possible, but I would not bet my Christmas holiday on it," one diplomat said.

Japan is considering similar measures against the shadow fleet, a government spokesman in Tokyo said, while Norway has allowed its ports to refuse entry to uninsured tankers since last year.

The EU has adopted 22 sanctions packages against Russia since February 2022.

Read more: What the shadow fleet listings mean for Baltic ports
Follow us on LinkedIn and Bluesky
Newsletter: Sanctions Watch, every Friday
© 2026 Rue de la Loi Media SRL. All rights reserved.
"""
DOC = {"id": "h14", "date": "2026-11-18", "source": "Rue de la Loi Daily (EU policy site)",
       "url": "https://ruedelaloi.example.eu/sanctions/eu-package-stalls-slovakia-uk-tankers", "text": TEXT}

T, M = "2026-11-17", "2026-11-16"
EVENTS = [
    E("h14-1", "policy_decision", M, L("Brussels", 1, "Brussels (EU Council)"), None, "RU",
      note="EU governments renewed sectoral sanctions for six months 'on Monday' by written procedure: a decision "
           "taken; the Council is placed in Brussels (dateline); the EU is no state: actor1 null. The failed "
           "ambassadors' meeting on Tuesday ('failed', 'not put to a vote') is a negation: no event"),
    E("h14-2", "policy_decision", T, L("London"), "GB", "RU",
      note="UK sanctions on 30 tankers and two traders 'on Tuesday'"),
    E("h14-3", "diplomatic_contact", T, L("Bratislava"), "UA", "SK",
      note="Ukrainian and Slovak foreign ministers met in Bratislava 'on Tuesday' (talks ended without agreement)"),
]
STATEMENTS = [
    S("Marek Hudák", "SK", "We will not sign anything that makes energy more expensive for Slovak families",
      "Slovakia's EU ambassador"),
    S("Daniel Okafor", "GB", "Every tanker we list is a tanker that cannot carry the Kremlin's oil money",
      "British sanctions minister"),
]
MUST_NOT = ["Accept all cookies | Reject non-essential | Manage preferences",
            "RUE DE LA LOI DAILY — the EU policy newsroom",
            "Institutions | Foreign affairs | Sanctions | Energy | Opinion | Events", "SANCTIONS",
            "By Laure Vandenberghe | 18 Nov 2026, 08:30 CET | Updated 11:15 CET",
            "This article is free to read. Support independent EU coverage.",
            "Read more: What the shadow fleet listings mean for Baltic ports",
            "Follow us on LinkedIn and Bluesky", "Newsletter: Sanctions Watch, every Friday",
            "© 2026 Rue de la Loi Media SRL. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
