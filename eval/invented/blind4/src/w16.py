from common import E, L, R, C, N, W, S, gold

TITLE = "Balloons from Belarus shut Vilnius airport twice; Estonia protests removal of Narva river buoys"
TEXT = """Baltic Ledger | Vilnius | 23 October 2025, 10:15
Listen to this article · 5 min
Balloons from Belarus shut Vilnius airport twice; Estonia protests removal of Narva river buoys

Vilnius airport was closed for about three hours on Tuesday night and again for almost two hours on Wednesday night after dozens of balloons drifted into Lithuanian airspace from Belarus, the National Crisis Management Centre said. More than 30 flights were diverted to Kaunas and Riga or cancelled.

The helium balloons are used by smugglers to carry contraband cigarettes across the border, but Lithuanian officials say Minsk tolerates, and may even encourage, the flights. "This is a hybrid attack, and we will treat it as such," Interior Minister Rūta Kazlauskienė said.

On Wednesday, police detained two men near Vilnius who were collecting cartons of cigarettes from a balloon that had come down in a field, the police department said.

At an emergency meeting in Vilnius on Wednesday, the government decided to close the two remaining crossing points on the border with Belarus, Medininkai and Šalčininkai, with immediate effect for one month. Parliament is considering amendments that would allow the army to shoot down balloons.

Belarus's leader dismissed the accusations as a "provocation" and said Lithuanian lorry drivers stranded by the closure could be "held responsible" for their own losses.
Photo: Baltic Ledger / Tomas Vaitkus
In Estonia, Russian border guards removed 24 of the 50 buoys that Estonia had placed on the Narva river to mark the fairway in the early hours of Wednesday, the Police and Border Guard Board said. It was the second such removal since the spring.

"Moving border markers is unacceptable, and we expect them to be returned," said Margus Ilves, head of the board's eastern prefecture. Estonia's foreign ministry summoned Russia's chargé d'affaires in Tallinn on Wednesday afternoon.

NATO allies could send additional surveillance assets to the region if the incidents continue, an alliance official said.

Subscribe to the Baltic Ledger morning briefing
Topics: Lithuania, Belarus, Estonia, Hybrid threats
"""
DOC = {"id": "w16", "date": "2025-10-23", "source": "Baltic Ledger",
       "url": "https://balticledger.example/lithuania/2025/10/23/vilnius-airport-balloons-narva-buoys", "text": TEXT}

T, W_ = "2025-10-21", "2025-10-22"
EVENTS = [
    E("w16-1", "infrastructure_disruption", T, L("Vilnius", 1, "Vilnius airport"), None, "LT",
      claimant="National Crisis Management Centre"),
    E("w16-2", "infrastructure_disruption", W_, L("Vilnius", 1, "Vilnius airport"), None, "LT",
      claimant="National Crisis Management Centre"),
    E("w16-3", "arrest", W_, L("Vilnius", 2, "near Vilnius"), "LT", None, claimant="police"),
    E("w16-4", "policy_decision", W_, L("Vilnius"), "LT", "BY", claimant="Baltic Ledger"),
    E("w16-5", "looting_destruction", W_, L("Narva", 2, "Narva river"), "RU", "EE",
      claimant="Estonian Police and Border Guard Board", note="border incident: buoys removed"),
    E("w16-6", "diplomatic_contact", W_, L("Tallinn"), "EE", "RU", claimant="Baltic Ledger"),
]
STATEMENTS = [
    S("Rūta Kazlauskienė", "LT", "This is a hybrid attack, and we will treat it as such", "Lithuanian interior minister"),
    S("Margus Ilves", "EE", "Moving border markers is unacceptable", "Estonian border guard official"),
]
MUST_NOT = ["Baltic Ledger | Vilnius | 23 October 2025, 10:15", "Listen to this article · 5 min",
            "Photo: Baltic Ledger / Tomas Vaitkus", "Subscribe to the Baltic Ledger morning briefing",
            "Topics: Lithuania, Belarus, Estonia, Hybrid threats"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
