from common import E, L, R, C, N, W, S, gold

TITLE = "Poland approves new military aid package for Ukraine as jets scrambled over night of drone attacks"
TEXT = """VISTULA REVIEW
Poland's news in English
Politics | Economy | Society | Ukraine war | Culture
Support our journalism: become a patron from 5 zł a month
Poland approves new military aid package for Ukraine as jets scrambled over night of drone attacks
4 February 2026
Piotr Walewski
Main image credit: Chancellery of the Prime Minister / public domain
The Polish government on Tuesday approved its 48th package of military aid to Ukraine, worth around 1.1 billion zloty and including ammunition, spare parts for Leopard tanks and anti-drone systems, the defence ministry announced.

The package will be delivered "in the coming weeks", the ministry said, without giving details of the timetable for security reasons.

On Wednesday, the foreign minister met his Ukrainian counterpart in Rzeszów, the hub through which most Western military aid for Ukraine passes. The two discussed the aid, the reconstruction of Ukraine's energy grid and the exhumation of Polish victims of wartime massacres in western Ukraine, a long-running point of friction between the neighbours.

"We will not let historical questions block what is most urgent, which is Ukraine's survival this winter," said Adam Szczepański, a government spokesman.

The talks came after another night of Russian attacks on western Ukraine. Russian drones struck a gas infrastructure facility near Stryi in the Lviv region overnight, causing a fire, regional officials said. No one was injured.

"Firefighters needed almost four hours to put out the flames. The facility's work is suspended for now," said Khrystyna Bilan, a spokeswoman for the Lviv regional military administration.
Share:
Poland's Operational Command said Polish and allied aircraft had been scrambled overnight as a precaution, and ground-based air defence systems were placed on the highest readiness. It said no violation of Polish airspace had been recorded.

Poland has been one of Ukraine's largest military donors since 2022. Warsaw says it has sent equipment worth more than 4 billion euros, including over 300 tanks.

Russia's embassy in Warsaw did not respond to a request for comment.
Tags: Polish-Ukrainian relations, military aid, Rzeszów, Lviv region
Related: Polish farmers end border blockade after government deal
"""
DOC = {"id": "kn11", "date": "2026-02-04", "source": "Vistula Review (Polish news site in English)",
       "url": "https://vistulareview.example/2026/02/04/poland-approves-new-military-aid-package-for-ukraine/", "text": TEXT}

D, Y = "2026-02-04", "2026-02-03"
EVENTS = [
    E("kn11-1", "policy_decision", Y, C("PL", "Poland"), "PL", "UA",
      note="the government 'on Tuesday approved its 48th package of military aid': an aid decision at the deciding "
           "country, precision 4 (brief convention); delivery 'in the coming weeks' is future"),
    E("kn11-2", "diplomatic_contact", D, L("Rzeszow", name="Rzeszów"), "PL", "UA",
      note="foreign minister met the Ukrainian counterpart in Rzeszów 'On Wednesday': the named venue"),
    E("kn11-3", "air_drone_strike", D, L("Stryi", 2, "near Stryi"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="drones on a gas facility 'near Stryi … overnight': fire, 'No one was injured' = 0/0; near X = precision 2"),
    E("kn11-4", "infrastructure_disruption", D, L("Stryi", 2, "near Stryi"), "RU", "UA", optional=True,
      parent="kn11-3",
      note="'The facility's work is suspended for now': a plant stopping without a stated consumer outage -> optional "
           "(blind16 call 4)"),
    E("kn11-5", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="'Polish and allied aircraft had been scrambled overnight as a precaution' + air defence on highest "
           "readiness: one military_mobilization of Poland; 'no violation' gives no airspace event"),
    E("kn11-6", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", optional=True,
      note="'another night of Russian attacks on western Ukraine' without counts: the wave, optional (blind31 kf12)"),
]
# Not events: the exhumation question and 'wartime massacres' (history), 'since 2022' totals, 'will not let … block'
# (stance), the embassy's silence, the farmers' blockade headline (furniture).
STATEMENTS = [
    S("Adam Szczepański", "PL", "Ukraine's survival this winter", "government spokesman"),
    S("Khrystyna Bilan", "UA", "Firefighters needed almost four hours to put out the flames",
      "spokeswoman, Lviv regional military administration"),
]
MUST_NOT = ["VISTULA REVIEW", "Poland's news in English", "Politics | Economy | Society | Ukraine war | Culture",
            "Support our journalism: become a patron from 5 zł a month", "4 February 2026", "Piotr Walewski",
            "Main image credit: Chancellery of the Prime Minister / public domain", "Share:",
            "Tags: Polish-Ukrainian relations, military aid, Rzeszów, Lviv region",
            "Related: Polish farmers end border blockade after government deal"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
