from common import E, L, R, C, N, W, S, H, P, gold, ADS, AGR, POL, DIP

TITLE = "UN assembly demands return of Ukraine's deported children; Brazil abstains"
TEXT = """JORNAL MERIDIANO
International Edition · English
Brazil | Americas | World | Economy | Agribusiness | Opinion
WORLD
UN assembly demands return of Ukraine's deported children; Brazil abstains
Resolution passes 91 to 12 with 57 abstentions; Itamaraty confirms deaths of two Brazilian volunteers
Dec. 4, 2025 at 7:50 a.m. (Brasília time)
Jornal Meridiano's New York and São Paulo bureaus
NEW YORK — The UN General Assembly on Wednesday adopted a non-binding resolution calling on Russia to return Ukrainian children taken from occupied territories, by 91 votes to 12, with 57 abstentions. Brazil was among the countries that abstained.

"Brazil does not vote for texts that close doors. Our abstention is a vote for the negotiation that has to come," Ambassador Sérgio Vasconcellos, Brazil's permanent representative, told the chamber.

The vote came a day after Russia handed eleven Ukrainian children back to their families under an arrangement brokered by Qatar, Ukraine's presidential office said.

"Every one of the children in these figures has a name, a school and a mother who is still waiting," said Khrystyna Savchuk, Ukraine's deputy permanent representative.

In Moscow on Monday, the Brazilian president's special adviser for international affairs met the Russian foreign minister, who, according to the Russian side, welcomed Brazil's "balanced position".

Also on Tuesday, the foreign ministry in Brasília confirmed that two Brazilian volunteers serving with Ukraine's International Legion had been killed by a Russian drone near Kostiantynivka, in the Donetsk region, on Sunday. Their bodies are expected to be repatriated through Poland.

"He told me he was a medic and stayed behind the lines. I believed him because I wanted to believe him," said Roberto Alves, a retired bank clerk from Campinas whose son was one of the two.

Overnight into Wednesday, a Russian drone attack damaged a vessel loading fertiliser for Brazilian farms at the Danube port of Izmail. Its crew were unhurt, the port authority said. Brazil buys roughly a fifth of its potash and nitrogen fertilisers from Russia.
Read more: Soy exporters weigh Black Sea freight risks
Jornal Meridiano · All rights reserved · Reproduction prohibited without authorisation
"""
DOC = {"id": "ll09", "date": "2025-12-04", "source": "Jornal Meridiano (Brazilian daily, international English edition)",
       "url": "https://internacional.jornalmeridiano.example/en/world/2025/12/un-assembly-demands-return-of-ukraines-deported-children.shtml",
       "text": TEXT}

WED, TUE, MON, SUN = "2025-12-03", "2025-12-02", "2025-12-01", "2025-11-30"
EVENTS = [
    E("ll09-1", POL, WED, L("New York"), None, None, optional=True,
      note="'The UN General Assembly on Wednesday adopted a non-binding resolution' (Thursday page -> 3 Dec), New York "
           "dateline: the vote of an intergovernmental body is no government's decision (policy_decision covers "
           "governments); real and dated -> optional, sides null; Brazil's abstention is part of the vote"),
    E("ll09-2", AGR, TUE, P("undisclosed"), "RU", "UA", claimant="Ukrainian presidential office",
      note="'The vote came a day after Russia handed eleven Ukrainian children back to their families under an "
           "arrangement brokered by Qatar' -> Tuesday 2 Dec; a handover between the warring parties under a mediated "
           "deal = agreement without a place (as a prisoner exchange, blind49 kz16-12); the side that hands over (RU) "
           "is actor1"),
    E("ll09-3", DIP, MON, L("Moscow"), "BR", "RU",
      note="'In Moscow on Monday, the Brazilian president's special adviser … met the Russian foreign minister' -> 1 Dec; "
           "a meeting at a named place, the visitor who met as actor1 (fronted place and day)"),
    E("ll09-4", ADS, SUN, H("Kostiantynivka", "near Kostiantynivka"), "RU", "UA", fat=N(2), weapons=[W("drone")],
      claimant="Brazilian foreign ministry",
      note="'Also on Tuesday, the foreign ministry … confirmed that two Brazilian volunteers serving with Ukraine's "
           "International Legion had been killed by a Russian drone near Kostiantynivka … on Sunday' -> the death day "
           "Sunday 30 Nov, not the confirmation day; near X = precision 2; volunteers of a Ukrainian unit -> actor2 UA"),
    E("ll09-5", ADS, WED, L("Izmail"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Izmail port authority",
      note="'Overnight into Wednesday, a Russian drone attack damaged a vessel loading fertiliser for Brazilian farms at "
           "the Danube port of Izmail. Its crew were unhurt' -> 3 Dec, 0/0; a foreign ship in a Ukrainian port -> "
           "RU -> UA"),
]
# Not events: Brazil's abstention (part of ll09-1), the Russian foreign minister's welcome of a "balanced position" (a
# quoted fragment of a title-only speaker, not a gold statement), the repatriation 'expected … through Poland' (plan),
# Brazil's fertiliser imports (economy). The standfirst under the title is text.
STATEMENTS = [
    S("Sérgio Vasconcellos", "BR", "Our abstention is a vote for the negotiation that has to come",
      "Brazil's permanent representative to the UN"),
    S("Khrystyna Savchuk", "UA", "a mother who is still waiting", "Ukraine's deputy permanent representative to the UN"),
    S("Roberto Alves", "BR", "I believed him because I wanted to believe him", "father of a volunteer"),
]
MUST_NOT = ["JORNAL MERIDIANO", "International Edition · English",
            "Brazil | Americas | World | Economy | Agribusiness | Opinion", "WORLD",
            "Dec. 4, 2025 at 7:50 a.m. (Brasília time)", "Jornal Meridiano's New York and São Paulo bureaus",
            "Read more: Soy exporters weigh Black Sea freight risks",
            "Jornal Meridiano · All rights reserved · Reproduction prohibited without authorisation"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
