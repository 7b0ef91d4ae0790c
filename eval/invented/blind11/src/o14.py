from common import E, L, R, C, N, W, S, gold

TITLE = "Families of Ukrainian prisoners rally in Vilnius and Warsaw as exchanges stall"
TEXT = """AMBER COAST DAILY
Home | Lithuania | Region | Ukraine | Business | Opinion | LT | RU
Families of Ukrainian prisoners rally in Vilnius and Warsaw as exchanges stall
Rūta Jankauskaitė
08.12.2023 14:05
This website uses cookies. By continuing to browse, you agree to our use of cookies. [OK] [More information]

Several hundred people, most of them Ukrainians living in Lithuania, gathered outside the Russian embassy in Vilnius on Thursday evening to demand the release of Ukrainian prisoners of war and civilians held in Russia. Police said about 400 people took part and that the rally was peaceful.

Protesters held portraits of missing soldiers and chanted "Free the defenders of Mariupol". A similar rally took place in Warsaw on Wednesday, where about 250 people marched from the Palace of Culture to the Russian embassy.

There has been no large prisoner exchange between Ukraine and Russia since early August, when 45 Ukrainians returned home.

"Every week without an exchange is another week of torture for our men," said Olha Kravets, whose son, a marine, has been held since April 2022. "We don't ask for politics. We ask for a list, a letter, a sign that they are alive."

On Tuesday, Ukraine received the bodies of 58 fallen soldiers in a repatriation mediated by the International Committee of the Red Cross, Ukraine's coordination headquarters for the treatment of prisoners of war said. It did not say where the handover took place.

A Ukrainian delegation held talks with Emirati mediators in Abu Dhabi on Monday about resuming exchanges, a source in the coordination headquarters told Amber Coast Daily. The source said a new round "could take place before Christmas, if Moscow stops inventing conditions".

Why have the exchanges stopped? Ukraine's human rights commissioner said this week that he had proposed an "all for all" exchange to his Russian counterpart and received no answer. Russia's commissioner, for her part, said an exchange would be possible "if Kyiv stops putting forward unacceptable conditions". The Kremlin denied on Thursday that it was deliberately blocking the talks.

Analysts in Kyiv believe Moscow is holding back to increase pressure before the winter.

Since February 2022, 2,598 Ukrainians have been freed in 49 exchanges, according to the coordination headquarters.

Lithuania's parliament on Thursday adopted a resolution calling on the International Committee of the Red Cross to seek access to all Ukrainian prisoners in Russia. "The Red Cross must be able to visit every one of them, not only those Russia chooses to show," said Laurynas Vaitkus, the member of parliament who drafted it.

Organisers said they would hold a new rally in Vilnius next Thursday.

Share: Facebook | X | Email
Comments (14)
© Amber Coast Daily, 2023. Reproduction of materials without written permission is prohibited.
"""
DOC = {"id": "o14", "date": "2023-12-08", "source": "Amber Coast Daily (Vilnius)",
       "url": "https://ambercoast.example/ukraine/families-of-ukrainian-prisoners-rally-vilnius-warsaw", "text": TEXT}

D, THU, WED, TUE, MON = "2023-12-08", "2023-12-07", "2023-12-06", "2023-12-05", "2023-12-04"
EVENTS = [
    E("o14-1", "protest", THU, L("Vilnius", 1, "Vilnius, outside the Russian embassy"), "UA", None, claimant="police",
      note="peaceful rally of Ukrainians living in Lithuania (actor1 = protesters' state)"),
    E("o14-2", "protest", WED, L("Warsaw"), "UA", None,
      note="'A similar rally' (relatives of Ukrainian prisoners) 'on Wednesday'"),
    E("o14-3", "agreement", TUE, C(None, "unspecified"), "UA", "RU", claimant="Ukrainian coordination headquarters",
      note="repatriation of 58 bodies mediated by the ICRC; the place is explicitly not given"),
    E("o14-4", "diplomatic_contact", MON, L("Abu Dhabi"), "UA", "AE", claimant="source in the coordination headquarters",
      note="talks with Emirati mediators; the new round 'could take place ... if' is not an event"),
    E("o14-5", "agreement", "2023-08-01", C(None, "unspecified"), "UA", "RU", end="2023-08-10", prec="range",
      optional=True, note="last exchange 'early August' (45 returned): vague recalled event"),
    E("o14-6", "policy_decision", THU, L("Vilnius", 1, "Vilnius (Seimas)"), "LT", None, optional=True,
      claimant="Lithuanian parliament", note="non-binding resolution calling on the ICRC: a decision, but not a measure"),
]
STATEMENTS = [
    S("Olha Kravets", "UA", "Every week without an exchange is another week of torture for our men", "mother of a POW"),
    S("Olha Kravets", "UA", "a sign that they are alive", "mother of a POW"),
    S("Laurynas Vaitkus", "LT", "not only those Russia chooses to show", "member of parliament"),
]
MUST_NOT = ["AMBER COAST DAILY", "Home | Lithuania | Region | Ukraine | Business | Opinion | LT | RU",
            "Rūta Jankauskaitė", "08.12.2023 14:05",
            "This website uses cookies. By continuing to browse, you agree to our use of cookies. [OK] [More information]",
            "Share: Facebook | X | Email", "Comments (14)",
            "© Amber Coast Daily, 2023. Reproduction of materials without written permission is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
