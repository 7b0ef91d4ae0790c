from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine retakes Ruska Lozova north of Kharkiv, pushes Russians back toward border"
TEXT = """PBNA — PAN-BALTIC NEWS AGENCY
Latest | Baltics | Europe | Ukraine | Business
Ukraine retakes Ruska Lozova north of Kharkiv, pushes Russians back toward border
PBNA · 09.05.2022 · 10:54 EEST
RIGA/KYIV, May 9 (PBNA) — Ukrainian troops liberated the village of Ruska Lozova north of Kharkiv on Saturday and have pushed Russian forces back several kilometres toward the border near Staryi Saltiv, Ukraine's military said on Monday.

Fighting was continuing on Sunday for Tsyrkuny, a village on the northern edge of the city, the Kharkiv regional governor said.

Russian shelling of Kharkiv's Saltivka district killed two people and wounded five on Sunday, he said. Russian troops still hold positions from which they can hit the city with artillery.

Further south, Russian forces tried to advance from Izium toward Barvinkove and Sloviansk and were repelled near Izium on Sunday, the General Staff said. It said Russia was moving units from the Kharkiv area toward Izium to reinforce that push.

"Ruska Lozova was under occupation for more than two months. People came out of their cellars crying," said volunteer Andris Pētersons, who helped evacuate 200 residents on Sunday.

Moscow did not comment. Russia marked Victory Day with a military parade in Moscow on Monday.

— PBNA —
Related: Estonia to send more howitzers to Ukraine | Latvian volunteers collect generators
PBNA materials may not be reproduced without permission.
"""
DOC = {"id": "kc13", "date": "2022-05-09", "source": "Pan-Baltic News Agency (wire)",
       "url": "https://pbna.example/en/ukraine/2022/05/09/ruska-lozova-retaken", "text": TEXT}

D = "2022-05-09"
GS = "General Staff of the Armed Forces of Ukraine"
EVENTS = [
    E("kc13-1", "territory_change", "2022-05-07", L("Ruska Lozova"), "UA", "RU", claimant="Ukrainian military",
      note="'liberated the village of Ruska Lozova … on Saturday' (7 May)"),
    E("kc13-2", "territory_change", "2022-05-07", L("Staryi Saltiv", 2, "near Staryi Saltiv"), "UA", "RU", end=D,
      prec="range", note="'have pushed Russian forces back several kilometres … near Staryi Saltiv' (since Saturday, "
      "no day): ground regained by UA, near X = precision 2; range Saturday … Monday"),
    E("kc13-3", "armed_clash", "2022-05-08", L("Tsyrkuny"), "UA", "RU", family=["territory_change"],
      note="'Fighting was continuing on Sunday for Tsyrkuny': a clash at the village; actor1 UA (the side attacking to "
           "retake it, as the context presents)"),
    E("kc13-4", "missile_artillery_strike", "2022-05-08", L("Kharkiv", 1, "Kharkiv (Saltivka district)"), "RU", "UA",
      fat=N(2), inj=N(5), weapons=[W("artillery")], note="city district = the city; Sunday"),
    E("kc13-5", "armed_clash", "2022-05-08", L("Izium", 2, "near Izium"), "RU", "UA", claimant=GS,
      note="attack 'from Izium toward Barvinkove and Sloviansk' repelled 'near Izium on Sunday': the clash is placed "
           "near Izium; Barvinkove and Sloviansk are direction targets, not places of events"),
    E("kc13-6", "military_mobilization", "2022-05-09", L("Izium", 2, "toward Izium"), "RU", None, optional=True,
      claimant=GS, note="'Russia was moving units from the Kharkiv area toward Izium': ongoing movement without a day, "
      "optional; placed at the destination"),
]
STATEMENTS = [
    S("Andris Pētersons", "LV", "People came out of their cellars crying", "volunteer"),
]
MUST_NOT = ["PBNA — PAN-BALTIC NEWS AGENCY", "Latest | Baltics | Europe | Ukraine | Business",
            "PBNA · 09.05.2022 · 10:54 EEST", "— PBNA —",
            "Related: Estonia to send more howitzers to Ukraine | Latvian volunteers collect generators",
            "PBNA materials may not be reproduced without permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
