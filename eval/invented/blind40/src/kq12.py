from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, MOB

TITLE = "Night air raid alert: consequences of the attack on Kremenchuk"
TEXT = """KREMENCHUK CITY COUNCIL
Official website of the Kremenchuk City Council of Poltava region
A  A  A  |  Contrast  |  Sign-language version
City | Council | Executive committee | Documents | e-Services | Contacts
Home / Press centre / Safety
Night air raid alert: consequences of the attack on Kremenchuk
Published 19.09.2023 at 09:14 | Department of Information | Views: 3 412
On the night of 19 September, the air raid alert in Kremenchuk lasted from 01:12 to 04:47.

During the alert, air defence forces destroyed two attack drones over the Kremenchuk district. Debris of one of them fell in the Kryukiv district of the city: the roof of a private house and a garage were damaged. No one was injured.

At 03:20, another drone hit an infrastructure facility in the industrial zone on the left bank. A fire broke out and was extinguished by rescuers by 06:00. Three workers of the facility were injured; one of them was hospitalised.

Due to the damage to the contact network, trolleybuses of routes No. 3 and No. 7 are not running today. Buses have been put on these routes instead.

"The facility is not residential, but three people were on shift. Everyone got to the shelter except those three, who were checking the equipment," said Andrii Kovalenko, head of the city's department of emergencies and civil protection.

Residents whose homes were damaged can apply to the Centre for Administrative Services for compensation. Educational institutions are working as usual.
Print
Did you find this information useful?  Yes | No
Electronic petitions | Participatory budget | Report a problem
39600, Kremenchuk, Peremohy Square, 2 · tel. (0536) 00-00-00
© Kremenchuk City Council, 2023. All rights reserved.
"""
DOC = {"id": "kq12", "date": "2023-09-19", "source": "Kremenchuk City Council (official website)",
       "url": "https://kremenchuk-rada.example/press/2023-09-19-night-alert", "text": TEXT}

D = "2023-09-19"
EVENTS = [
    E("kq12-1", MOB, D, L("Kremenchuk"), None, None, optional=True,
      note="'the air raid alert in Kremenchuk lasted from 01:12 to 04:47': a stated alert is an optional "
           "military_mobilization with both sides null (blind26 call 8)"),
    E("kq12-2", INT, D, H("Kremenchuk", "Kremenchuk district"), "UA", "RU", weapons=[W("drone", intercepted=N(2))],
      note="'destroyed two attack drones over the Kremenchuk district': a count with a place -> required; the district "
           "around the city = precision 2; attacker implied (Russia) -> actor2 RU"),
    E("kq12-3", ADS, D, L("Kremenchuk"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="debris of a downed drone in the Kryukiv district (= the city): roof and garage damaged, 'No one was "
           "injured' -> 0/0; the debris is the drone's strike child (blind33 call 6)"),
    E("kq12-4", ADS, D, L("Kremenchuk"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="'At 03:20, another drone hit an infrastructure facility in the industrial zone': a second incident in the "
           "same city (other target and harm), three workers injured, one hospitalised (part of the three)"),
    E("kq12-5", DIS, D, L("Kremenchuk"), "RU", "UA", parent="kq12-4",
      note="trolleybus routes 3 and 7 'not running today' because of the damaged contact network: transport "
           "suspension caused by the attack (blind33 call 9)"),
]
# Not events: replacement buses (the arrangement, not the disruption), compensation applications, schools 'working as
# usual' (negation of disruption), the fire extinguished by 06:00 (same incident).
STATEMENTS = [
    S("Andrii Kovalenko", "UA", "The facility is not residential, but three people were on shift",
      "head of the city's department of emergencies and civil protection"),
]
MUST_NOT = ["KREMENCHUK CITY COUNCIL", "Official website of the Kremenchuk City Council of Poltava region",
            "A  A  A  |  Contrast  |  Sign-language version",
            "City | Council | Executive committee | Documents | e-Services | Contacts", "Home / Press centre / Safety",
            "Published 19.09.2023 at 09:14 | Department of Information | Views: 3 412", "Print",
            "Did you find this information useful?  Yes | No",
            "Electronic petitions | Participatory budget | Report a problem",
            "39600, Kremenchuk, Peremohy Square, 2 · tel. (0536) 00-00-00",
            "© Kremenchuk City Council, 2023. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
