from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS

TITLE = "Night drone attack on Poltava: consequences and the work of the emergency services"
TEXT = """POLTAVA CITY COUNCIL
Department of Civil Protection and Emergency Situations
Residents | City | Council | Documents | Emergency info
Emergency info › Releases
Night drone attack on Poltava: consequences and the work of the emergency services
10.12.2024 · 09:20 · Updated 11:05
Between 02:10 and 04:30 the city was attacked by Russian strike drones. According to the Air Force, air defence brought down eleven drones across the Poltava region, six of them on the approaches to Poltava.

Podilskyi district. At 02:47 a drone hit the seventh floor of a nine-storey building on Zinkivska Street. A fire broke out on an area of 180 square metres. Rescuers evacuated 46 residents, eleven of them children. One resident was killed and nine were injured; six of the injured were hospitalised.

Kyivskyi district. Debris of a downed drone damaged the roof of a private house and three cars. There were no casualties.

Shevchenkivskyi district. A drone hit the premises of a logistics company. The fire was put out at 05:40. No one was hurt.

In the Poltava district, outside the city, a drone crashed onto the yard of an agricultural enterprise in the village of Machukhy at about 04:20. A grain dryer was damaged; there were no casualties.

Update at 11:05: while clearing the rubble in the Podilskyi district, rescuers found the body of a second victim, a man of 74. The toll is now two dead and nine injured.

Because of a damaged power line, about 2,400 subscribers in the Podilskyi district are without electricity, and trolleybus routes No. 4 and No. 11 are running on shortened routes.

"The stairwell was full of smoke by the time the first crew got there, so we took people out through the balconies with the ladder truck," said Serhii Ponomarenko, head of the department's rescue unit.

A temporary shelter for the residents of the damaged building has been opened in school No. 9. Psychologists and social workers are working on site. Residents can report damaged property to the district administrations from tomorrow. The city asks residents not to film or publish the work of air defence.
Department hotline: 15-80 (round the clock)
Follow the department on Telegram: @poltava_dcz_example
© Poltava City Council, 2024
"""
DOC = {"id": "ld09", "date": "2024-12-10", "source": "Poltava City Council, Department of Civil Protection and Emergency Situations",
       "url": "https://poltava-city.example/emergency/releases/2024-12-10-night-attack", "text": TEXT}

D = "2024-12-10"
DEP = "Poltava city civil protection department"
EVENTS = [
    E("ld09-1", INT, D, R("UA-53", "Poltava region"), "UA", "RU", weapons=[W("drone", intercepted=N(11))],
      claimant="Ukrainian Air Force",
      note="'air defence brought down eleven drones across the Poltava region' (a number in words): a region with a count -> "
           "required (ANNOTATION rule 3); the night of a morning release = 10 December"),
    E("ld09-2", INT, D, H("Poltava", "approaches to Poltava"), "UA", "RU", parent="ld09-1",
      weapons=[W("drone", intercepted=N(6))], claimant="Ukrainian Air Force",
      note="'six of them on the approaches to Poltava': a count with a place -> required, precision 2, child of the "
           "regional interception (as blind41 kr08's regions under the country count)"),
    E("ld09-3", ADS, D, L("Poltava"), "RU", "UA", fat=N(2), inj=N(9), claimant=DEP, weapons=[W("drone")],
      note="Podilskyi district (= the city): 'At 02:47 a drone hit the seventh floor of a nine-storey building', one "
           "killed and nine injured; the 'Update at 11:05 … found the body of a second victim … The toll is now two "
           "dead and nine injured' wins -> 2 k 9 w"),
    E("ld09-4", ADS, D, L("Poltava"), "RU", "UA", fat=N(0), inj=N(0), claimant=DEP, weapons=[W("drone")],
      note="Kyivskyi district: 'Debris of a downed drone damaged the roof of a private house and three cars. There were "
           "no casualties' -> a second site in the city, 0/0"),
    E("ld09-5", ADS, D, L("Poltava"), "RU", "UA", fat=N(0), inj=N(0), claimant=DEP, weapons=[W("drone")],
      note="Shevchenkivskyi district: 'A drone hit the premises of a logistics company … No one was hurt' -> a third "
           "site in the city, 0/0 (each place hit its own event; a city district = the city)"),
    E("ld09-6", ADS, D, L("Machukhy"), "RU", "UA", fat=N(0), inj=N(0), claimant=DEP, weapons=[W("drone")],
      note="'in the village of Machukhy at about 04:20' (Poltava district, outside the city): a drone crashed onto "
           "the yard of an enterprise and damaged a grain dryer, 'there were no casualties' -> 0/0"),
    E("ld09-7", DIS, D, L("Poltava"), "RU", "UA", parent="ld09-3", claimant=DEP,
      note="'about 2,400 subscribers in the Podilskyi district are without electricity, and trolleybus routes … are "
           "running on shortened routes': one disruption caused by the damaged power line"),
]
# Not events: the evacuation of 46 residents (rescue work, part of ld09-3), the temporary shelter in school No. 9,
# psychologists on site, damage reports 'from tomorrow' (future service), the request not to film air defence
# (appeal). The council header, department line, menu, breadcrumb, date line, hotline, Telegram line and © are furniture.
STATEMENTS = [
    S("Serhii Ponomarenko", "UA", "we took people out through the balconies with the ladder truck",
      "head of the rescue unit, Poltava civil protection department"),
]
MUST_NOT = ["POLTAVA CITY COUNCIL", "Department of Civil Protection and Emergency Situations",
            "Residents | City | Council | Documents | Emergency info", "Emergency info › Releases",
            "10.12.2024 · 09:20 · Updated 11:05", "Department hotline: 15-80 (round the clock)",
            "Follow the department on Telegram: @poltava_dcz_example", "© Poltava City Council, 2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
