from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drones hit Danube ports overnight; Romania finds fragments near Isaccea"
TEXT = """BCNS ▸ Newsroom ▸ Eastern Europe ▸ Shipping
BALTIC COURIER NEWS SERVICE
Russian drones hit Danube ports overnight; Romania finds fragments near Isaccea
Filed 12.09.2023, 11:02 EEST | Rev. 2
Est. reading: 3 min
ODESA/BUCHAREST, Sept 12 (BCNS) – Russian attack drones and a guided missile struck port facilities on the Danube and in Odesa overnight into Tuesday, wounding four people and setting a grain terminal ablaze, Ukrainian officials said, while Romania said fragments of a drone had been found on its side of the river.

Ukraine's air force said Russia had launched 28 Shahed drones from the Cape Chauda area of occupied Crimea and one Kh-59 guided missile. Air defences destroyed 21 of the drones, mostly over the Odesa region.

In Izmail, the largest of the Danube ports, drones hit a grain terminal and an administrative building, injuring three dock workers, the regional governor said. Fire crews worked until morning to contain a blaze in two storage hangars.

"The drones came in low over the water, in waves, for almost three hours," said Andriy Palamar, a dispatcher at the Izmail terminal. "We counted the explosions from the shelter."

Downstream in Reni, debris from a downed drone set fire to a fuel storage tank. Nobody was hurt, according to the regional emergency service.

In Odesa itself, the Kh-59 missile hit a warehouse near the sea port in the city's Prymorskyi district, wounding a 40-year-old security guard.

Photo: A firefighter sprays water on a burning hangar at the Izmail grain terminal on Tuesday. BCNS/Oksana Riabko

Romania's Defence Ministry said soldiers had found fragments of what appeared to be a drone on a riverbank near Isaccea, in Tulcea county, on Tuesday morning. No one was hurt. The ministry said two F-16 jets had been scrambled from the Fetesti air base during the night to monitor the situation along the border.

"We are analysing the fragments together with our NATO allies. Any confirmation will be communicated openly," the ministry said in a statement.

Kyiv has accused Moscow of trying to choke off its Danube route since Russia quit the Black Sea grain deal in July. Ukraine's infrastructure minister said exports through Izmail would resume on Wednesday if the damage allowed it.

"This is a strike on world food security, not on Ukraine alone," the minister wrote on social media.

Brokers in Constanta said insurers could raise war-risk premiums for Danube calls again if the attacks continued.

Tip the desk: tips@bcns.example
(Reporting by Oksana Riabko in Odesa and Mihai Stoica in Bucharest; edited by Ilze Kalnina)
© BCNS Riga 2023. Redistribution only under licence.
Keywords: Odesa; Danube; Romania; grain; drones
"""
DOC = {"id": "a01", "date": "2023-09-12", "source": "Baltic Courier News Service (wire)",
       "url": "https://www.bcns.example/newsroom/eastern-europe/danube-ports-drones-2023-09-12", "text": TEXT}

D = "2023-09-12"
AF = "Ukrainian Air Force"
EVENTS = [
    E("a01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", inj=N(4),
      weapons=[W("drone", "Shahed-136", launched=N(28)), W("missile", "Kh-59", launched=N(1))], claimant=AF,
      note="drone-and-missile wave overnight into Tuesday: one parent typed by the heaviest weapon (missile), country "
           "precision; 'wounding four people' carried by the wave (3 Izmail + 1 Odesa)"),
    E("a01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(21))], claimant=AF,
      parent="a01-1", note="21 of 28 drones destroyed, 'mostly over the Odesa region' (no regional count: country)"),
    E("a01-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(3), weapons=[W("drone")], parent="a01-1",
      note="grain terminal and administrative building in Izmail; three dock workers injured"),
    E("a01-4", "air_drone_strike", D, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")], parent="a01-1",
      note="debris of a downed drone sets a fuel tank on fire: drone-type child; 'Nobody was hurt' = 0/0"),
    E("a01-5", "missile_artillery_strike", D, L("Odesa", 1, "Odesa (Prymorskyi district)"), "RU", "UA", inj=N(1),
      weapons=[W("missile", "Kh-59")], parent="a01-1", note="city district = the city; the Kh-59 (guided missile, kind "
                                                             "left generic)"),
    E("a01-6", "air_drone_strike", D, L("Isaccea", 2, "near Isaccea, Tulcea county"), None, "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")], family=["interception"],
      note="fragments of 'what appeared to be a drone' found on a Romanian riverbank on Tuesday morning; the text names "
           "no perpetrator (actor1 null); 'near X' = precision 2; 'No one was hurt' = 0/0"),
    E("a01-7", "military_mobilization", D, C("RO", "Romania"), "RO", None,
      note="two F-16s scrambled from Fetesti during the night (Fetesti is not in the place table: country precision)"),
]
STATEMENTS = [
    S("Andriy Palamar", "UA", "The drones came in low over the water, in waves, for almost three hours", "port dispatcher"),
    S("Romanian Defence Ministry", "RO", "We are analysing the fragments together with our NATO allies"),
    S("Ukraine's infrastructure minister", "UA", "This is a strike on world food security, not on Ukraine alone"),
]
MUST_NOT = ["BCNS ▸ Newsroom ▸ Eastern Europe ▸ Shipping", "BALTIC COURIER NEWS SERVICE",
            "Filed 12.09.2023, 11:02 EEST | Rev. 2", "Est. reading: 3 min", "Tip the desk: tips@bcns.example",
            "(Reporting by Oksana Riabko in Odesa and Mihai Stoica in Bucharest; edited by Ilze Kalnina)",
            "© BCNS Riga 2023. Redistribution only under licence.", "Keywords: Odesa; Danube; Romania; grain; drones"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
