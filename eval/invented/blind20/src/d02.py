from common import E, L, R, C, N, W, S, gold

TITLE = "Drone breaches Romanian airspace during Russian attack on Danube ports; fragments found near Isaccea"
TEXT = """DANUBIUS PRESS AGENCY — English Service
Home | National | Politics | Economy | International | Sport | Photo
Posted 23-11-2025 13:27 | Category: International
Drone breaches Romanian airspace during Russian attack on Danube ports; fragments found near Isaccea
Bucharest, Nov 23 /Danubius/ - A drone entered Romanian airspace for about eight minutes early on Sunday during a Russian attack on Ukrainian ports across the Danube, and fragments of an aircraft were later found on farmland near Isaccea, in Tulcea county, the Ministry of National Defence (MApN) informs.

According to the ministry, Romanian radars detected the drone at 02:38 as it crossed the river from the direction of the Ukrainian port of Izmail. Two F-16 fighter jets of the Romanian Air Force took off at 02:35 to monitor the situation, after the air surveillance system had picked up groups of drones heading for the Danube, but did not receive the order to engage.

Residents of northern Tulcea county received RO-Alert messages at 02:31 urging them to take shelter.

At 10:10 on Sunday, a team of the ministry identified a small crater and fragments that could belong to a drone on a field about three kilometres from Isaccea. No one was injured and no property was damaged, MApN specifies. The area has been cordoned off and specialists are examining the debris.

"The intrusion of a drone into the national airspace is an irresponsible act that endangers the safety of Romanian citizens," the ministry said in a press release.

Across the river, Russian drones attacked port infrastructure in Izmail and Reni in Ukraine's Odesa region overnight, the regional governor said on Telegram. In Izmail a grain terminal caught fire and two port workers were injured; in Reni an administrative building was damaged, without casualties.

The Ministry of Foreign Affairs (MAE) summoned the chargé d'affaires of the Russian Federation on Sunday to protest against the violation of the airspace.

"We have conveyed a firm message: such incidents are unacceptable and we are informing our allies in real time," MAE spokesperson Cristian Vlad told Danubius.

It is the second such incident this month. On November 8, fragments of a drone were discovered on the outskirts of Galati after a similar Russian attack on the Ukrainian port of Reni.

NATO allies are monitoring the situation, and the ministry said Romania would ask for additional air defence systems at the next meeting of alliance defence ministers. A law adopted earlier this year allows Romanian forces to shoot down drones that enter the country's airspace, but only under strict conditions.

Translated by: Ioana Marinescu
Editor: Radu Stoica
(c) 2025 DANUBIUS - all rights reserved. Reproduction only with mention of the source.
"""
DOC = {"id": "d02", "date": "2025-11-23", "source": "Danubius Press Agency (Romanian national agency, English service)",
       "url": "https://www.danubius-press.example/en/international/drona-isaccea-23-11-2025", "text": TEXT}

D = "2025-11-23"
EVENTS = [
    E("d02-1", "air_drone_strike", D, L("Isaccea", 2, "field about three kilometres from Isaccea"), "RU", "RO",
      fat=N(0), inj=N(0), weapons=[W("drone")], claimant="Romanian Ministry of National Defence",
      note="drone entered Romanian airspace and fragments were found near Isaccea: air_drone_strike RU->RO with 0/0 as "
           "blind4 call 9; 'about three kilometres from' = precision 2"),
    E("d02-2", "military_mobilization", D, C("RO", "Romania"), "RO", None,
      note="two F-16s took off 'to monitor the situation': scrambled aircraft; no place named for the take-off -> country"),
    E("d02-3", "military_mobilization", D, R("RO-TL", "northern Tulcea county", 3), "RO", None, optional=True,
      note="RO-Alert messages to residents: a civil alert; optional (alerts are listed under military_mobilization, "
           "but a shelter warning is not clearly one)"),
    E("d02-4", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Odesa regional governor", note="'overnight' in a Sunday report = Sunday; grain terminal fire, 2 injured"),
    E("d02-5", "air_drone_strike", D, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Odesa regional governor", note="'without casualties' = 0/0"),
    E("d02-6", "diplomatic_contact", D, C("RO", "Romania"), "RO", "RU",
      note="MAE summoned the Russian chargé d'affaires on Sunday; no place named beyond the 'Bucharest' dateline, and "
           "Bucharest's ISO code RO-B does not fit the referee's admin1 shape: country precision"),
    E("d02-7", "air_drone_strike", "2025-11-08", L("Galati", 2, "outskirts of Galati"), "RU", "RO",
      weapons=[W("drone")],
      note="recalled incident with a stated day (November 8): required; 'outskirts of' = precision 2; the Reni attack "
           "that night is only background here (no casualties or damage told) and is not coded"),
]
STATEMENTS = [
    S("Romanian Ministry of National Defence", "RO", "is an irresponsible act that endangers the safety of Romanian citizens"),
    S("Cristian Vlad", "RO", "such incidents are unacceptable", "MAE spokesperson"),
]
MUST_NOT = ["DANUBIUS PRESS AGENCY — English Service", "Home | National | Politics | Economy | International | Sport | Photo",
            "Posted 23-11-2025 13:27 | Category: International", "Translated by: Ioana Marinescu", "Editor: Radu Stoica",
            "(c) 2025 DANUBIUS - all rights reserved. Reproduction only with mention of the source."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
