from common import E, L, R, C, N, W, S, gold

TITLE = "Drone fragments found near Isaccea after night attack on Ukrainian port of Izmail"
TEXT = """ȘTIRI DE LA DUNĂRE
Acasă | Actualitate | Externe | Economie | Sport | English
De: Irina Munteanu
Publicat: 20.05.2025, ora 09:31 | Actualizat: 20.05.2025, ora 11:02
Drone fragments found near Isaccea after night attack on Ukrainian port of Izmail
Pieces of a drone turned up on Tuesday morning on the bank of the Danube near Isaccea, in Tulcea county, a few hours after Russian drones attacked the Ukrainian port of Izmail across the river, the Ministry of National Defence (MApN) said.

Nobody was hurt and nothing was damaged, according to the ministry. The debris, scattered over roughly 200 square metres of reeds, was collected by army specialists and sent for analysis.

Residents of the northern part of Tulcea county received an RO-Alert message at 02:14 urging them to take shelter. Shortly afterwards two F-16 fighters took off from the 86th Air Base and patrolled the border area until just before dawn.
Sursa foto: MApN
On the Ukrainian side, the head of the Izmail district administration said drones had damaged a grain warehouse and the administrative building of a port company; a watchman and a crane operator were injured.

"You hear them over the water long before you see anything. Around three o'clock the whole sky over Izmail turned orange," said Gheorghe Ciobanu, a fisherman from Isaccea.

The defence ministry said it was in permanent contact with its allies and that the incident would be discussed by the Supreme Council of National Defence, which is scheduled to meet next week.
Abonează-te la newsletterul nostru zilnic
Acest articol a fost tradus din limba română.
© 2025 Știri de la Dunăre SRL · Str. Portului nr. 12, Galați · Toate drepturile rezervate
"""
DOC = {"id": "lb03", "date": "2025-05-20", "source": "Știri de la Dunăre (Romanian regional news site, English page)",
       "url": "https://stiridunare.example/en/2025/05/20/fragmente-drona-isaccea", "text": TEXT}

D = "2025-05-20"
EVENTS = [
    E("lb03-1", "air_drone_strike", D, L("Isaccea", 2, "Danube bank near Isaccea"), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      evidence="Pieces of a drone turned up on Tuesday morning on the bank of the Danube near Isaccea",
      note="pieces of a drone of the Russian night attack on Izmail that 'turned up on Tuesday morning' near Isaccea: a "
           "drone coming down on NATO soil is RU->RO (blind43 call 9), 'Nobody was hurt' = 0/0, near X = precision 2"),
    E("lb03-2", "military_mobilization", D, R("RO-TL", "Tulcea county"), None, None, optional=True,
      evidence="received an RO-Alert message at 02:14 urging them to take shelter",
      note="RO-Alert at 02:14 to the north of Tulcea county: an alert with its hour -> optional, sides null (blind43 "
           "call 9)"),
    E("lb03-3", "military_mobilization", D, C("RO", "Romania"), "RO", None,
      evidence="two F-16 fighters took off from the 86th Air Base and patrolled the border area",
      note="two F-16s took off and patrolled: the scramble of Romania (the air base is where they started, not the "
           "event's place) -> country"),
    E("lb03-4", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      evidence="drones had damaged a grain warehouse and the administrative building of a port company; a watchman "
               "and a crane operator were injured",
      note="the night attack on Izmail port (before the Tuesday-morning find -> Tuesday): grain warehouse and port "
           "building damaged, 'a watchman and a crane operator were injured' = 2 (counted from a list)"),
]
# Not events: the fragments sent for analysis (follow-up), the Supreme Council 'scheduled to meet next week'
# (future), 'in permanent contact with its allies' (stance).
STATEMENTS = [
    S("Gheorghe Ciobanu", "RO", "the whole sky over Izmail turned orange", "fisherman from Isaccea"),
]
MUST_NOT = ["ȘTIRI DE LA DUNĂRE", "Acasă | Actualitate | Externe | Economie | Sport | English", "De: Irina Munteanu",
            "Publicat: 20.05.2025, ora 09:31 | Actualizat: 20.05.2025, ora 11:02", "Sursa foto: MApN",
            "Abonează-te la newsletterul nostru zilnic", "Acest articol a fost tradus din limba română.",
            "© 2025 Știri de la Dunăre SRL · Str. Portului nr. 12, Galați · Toate drepturile rezervate"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
