from common import E, L, R, C, N, W, S, gold

TITLE = "Drone crashes into barn in Mircze; airports in Lublin and Rzeszów closed for the night"
TEXT = """KURIER NADBUŻAŃSKI · English edition
Hrubieszów · Werbkowice · Mircze · Uchanie · Horodło
News | Farming | Obituaries | Classifieds | Events
Pharmacy on duty tonight: Apteka pod Lipami, ul. 3 Maja 12, Hrubieszów
Drone crashes into barn in Mircze; airports in Lublin and Rzeszów closed for the night
Wednesday, 26 August 2026 · Anna Górecka
A drone crashed into a farm building in Mircze at around 2:30 a.m. on Wednesday, setting it on fire, police and the fire brigade said. No one was hurt. The barn, which held hay and two tractors, burned down before firefighters from Hrubieszów arrived.

The Operational Command of the Polish Armed Forces said the object had most likely been a Russian drone of the Gerbera type, used as a decoy in attacks on Ukraine, that strayed across the Bug river during an overnight Russian attack on western Ukraine. "The object was tracked by radar from the moment it entered Polish airspace," the command said in a statement.

Polish and allied aircraft were scrambled overnight, and the airports in Lublin and Rzeszów were closed from 01:40 to 06:00, the air navigation agency said.

"I heard a sound like a motorbike in the sky, then it went quiet, then the bang. The cows were screaming more than I was," said farmer Marek Sadowski, 58, who owns the barn.

Police cordoned off a field near Werbkowice on Wednesday morning after residents reported finding pieces of metal and plastic. It is not yet clear whether they are from a second drone.
12 reader comments — read and add yours
Across the border, a drone hit an industrial facility in Volodymyr in Ukraine's Volyn region overnight, injuring one person, the regional governor said, adding that air defence shot down nine drones over the region.

The foreign ministry in Warsaw summoned Russia's chargé d'affaires on Wednesday. The government is considering asking for NATO consultations under Article 4, a government spokesman said, and the defence minister has said Poland could in future shoot down drones over western Ukraine if Kyiv agreed.

"We have been saying for two years that the villages along the Bug need sirens. Today it was hay, next time it could be a school," said Tadeusz Wrona, the head of Mircze municipality.

The municipality will pay for the damage from its emergency reserve if the state does not, Wrona said.
Subscribe to the print edition — every Thursday at your newsagent or delivered to your door
Kurier Nadbużański Sp. z o.o., Hrubieszów · editor-in-chief: Jolanta Mazur · Polish original translated by the editors
"""
DOC = {"id": "km10", "date": "2026-08-26", "source": "Kurier Nadbużański, English edition (Polish local weekly)",
       "url": "https://kurier-nadbuzanski.example/en/2026/08/26/drone-barn-mircze", "text": TEXT}

D = "2026-08-26"
EVENTS = [
    E("km10-1", "air_drone_strike", D, L("Mircze"), "RU", "PL", fat=N(0), inj=N(0), weapons=[W("drone", "Gerbera")],
      claimant="Operational Command of the Polish Armed Forces",
      note="drone crashed into a barn in Mircze 'at around 2:30 a.m. on Wednesday' (publication day); the command "
           "attributes it to Russia ('most likely'); 'No one was hurt' = 0/0 (blind28 call 9: a drone on a third "
           "country is an air_drone_strike RU->that country)"),
    E("km10-2", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="'Polish and allied aircraft were scrambled overnight': military_mobilization of the scrambling state "
           "(country precision)"),
    E("km10-3", "infrastructure_disruption", D, L("Lublin"), None, None,
      note="Lublin airport closed 01:40-06:00: airport restriction after a raid, no actor named (blind28 call 11)"),
    E("km10-4", "infrastructure_disruption", D, L("Rzeszow", name="Rzeszów"), None, None,
      note="Rzeszów airport closed 01:40-06:00 (second airport, another voivodeship: its own event)"),
    E("km10-5", "air_drone_strike", D, L("Werbkowice", 2, "near Werbkowice"), None, "PL", optional=True,
      note="pieces of metal and plastic found in a field near Werbkowice; 'not yet clear whether they are from a second "
           "drone' -> optional, actor unknown"),
    E("km10-6", "air_drone_strike", D, L("Volodymyr"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="drone hit an industrial facility in Volodymyr (Volyn region) 'overnight', 1 injured"),
    E("km10-7", "interception", D, R("UA-07", "Volyn region"), "UA", "RU", weapons=[W("drone", intercepted=N(9))],
      note="'air defence shot down nine drones over the region': regional count -> required"),
    E("km10-8", "diplomatic_contact", D, L("Warsaw"), "PL", "RU",
      note="the foreign ministry 'summoned Russia's chargé d'affaires on Wednesday' in Warsaw (blind16 call 8)"),
    E("km10-9", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", optional=True,
      note="'an overnight Russian attack on western Ukraine' without counts: the wave behind the incursion, optional "
           "(blind31 kf12)"),
]
# Not events: 'is considering asking for NATO consultations under Article 4' (plan), 'could in future shoot down
# drones … if Kyiv agreed' (conditional), 'will pay … if the state does not' (conditional), 'for two years' (history),
# the pharmacy-on-duty line (local-paper furniture).
STATEMENTS = [
    S("Operational Command of the Polish Armed Forces", "PL", "The object was tracked by radar",
      "Polish Armed Forces Operational Command"),
    S("Marek Sadowski", "PL", "The cows were screaming more than I was", "farmer"),
    S("Tadeusz Wrona", "PL", "the villages along the Bug need sirens", "head of Mircze municipality"),
]
MUST_NOT = ["KURIER NADBUŻAŃSKI · English edition", "Hrubieszów · Werbkowice · Mircze · Uchanie · Horodło",
            "News | Farming | Obituaries | Classifieds | Events",
            "Pharmacy on duty tonight: Apteka pod Lipami, ul. 3 Maja 12, Hrubieszów",
            "Wednesday, 26 August 2026 · Anna Górecka", "12 reader comments — read and add yours",
            "Subscribe to the print edition — every Thursday at your newsagent or delivered to your door",
            "Kurier Nadbużański Sp. z o.o., Hrubieszów · editor-in-chief: Jolanta Mazur · Polish original translated by "
            "the editors"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
